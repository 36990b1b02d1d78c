package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/checker/analysis"
	"github.com/copydesk/copydesk/rules"
)

// TestEventCountRankApartFromCount: a rank scoped to this year is not of
// a series a count scopes to next year; the count's headless "The first"
// ranks that count's events.
func TestEventCountRankApartFromCount(t *testing.T) {
	pub := time.Date(2025, 12, 3, 0, 0, 0, 0, time.UTC)
	for _, rule := range []*analysis.Rule{rules.EventCount, rules.Sequence} {
		checkFires(t, rule, pub, []fireCase{
			{"The company will attempt two launches to the moon next year. The first, a lander, is scheduled for March 2026.\n\nLast month, on Nov. 18, the rocket launched for the second time this year.", false},
			{"The club will play two friendlies in Asia next year. The first, in Seoul, is set for May 2026.\n\nOn Nov. 2 the club played abroad for the second time this year.", false},
			{"The agency plans two surveys of the reef next year. The first, by boat, is planned for February 2026.\n\nOn Oct. 30 divers surveyed the reef for the second time this year.", false},
		})
	}
}

// TestEventDateRankApposedInstance: an indefinite event noun set beside a
// headless rank ("The first, a 24-hour stoppage on Feb. 27,") is one told
// in passing; a later "The stoppage" means the story's own.
func TestEventDateRankApposedInstance(t *testing.T) {
	pub := time.Date(2026, 6, 10, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"Drivers will strike again. It will be the second walkout this year. The first, a 24-hour stoppage on Feb. 27, cancelled most services.\n\nThe stoppage will begin next Monday (June 15).", false},
		{"Nurses will march again. It will be their second protest this year. The first, a rally on March 3, drew 4,000.\n\nThe rally will start on Saturday (June 13).", false},
		{"Dockers will walk out again. It will be the third strike this year. The first, a two-day strike on Jan. 12, shut the port.\n\nThe strike will begin on Friday (June 12).", false},
	})
}

// TestTenseTimeParticipleModifiesOrRelates: a participle between a verb or its
// particle and a noun ("cut out infected trees") modifies the noun, and a
// participle after "those" ("those laid off in 2024") is a reduced
// relative whose date is its own.
func TestTenseTimeParticipleModifiesOrRelates(t *testing.T) {
	checkFires(t, rules.TenseTime, time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC), []fireCase{
		{"The union will use the money to cut out infected trees and plant 120,000 seedlings over two seasons: 70,000 this year and 50,000 in 2025.", false},
		{"Crews will clear away damaged roofs and fit 300 new ones: 200 this year and 100 in 2025.", false},
	})
	checkFires(t, rules.TenseTime, time.Date(2026, 5, 8, 0, 0, 0, 0, time.UTC), []fireCase{
		{"The union said the company should now rehire some of those laid off in 2024.", false},
		{"The firm will compensate those evacuated in 2023 before it reopens.", false},
		{"The firm will rehire workers in 2024.", true},
	})
}

// TestEventDateTimeClauseAfterNoun: a date inside a clause of time after
// an event noun ("The vote was called after the regent died in
// February") is that clause's, not the noun's.
func TestEventDateTimeClauseAfterNoun(t *testing.T) {
	pub := time.Date(2026, 6, 15, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"The vote was called after Regent Agus Santoso died in February at 64.\n\nSunday's vote was the second election this year.", false},
		{"The inquiry was ordered after the bridge collapsed in March.\n\nThe inquiry opened on Monday, June 8, and heard from engineers.", false},
		{"The strike was called after talks failed in April.\n\nThursday's strike closed the port.", false},
	})
}

// TestNameVariantForeignFirmWord: a word that opens a body's name in
// another language ("Grupo", "Banco", "Société") is no given name.
func TestNameVariantForeignFirmWord(t *testing.T) {
	pub := time.Date(2023, 4, 25, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NameVariant, pub, []fireCase{
		{"Members agreed to sell the club to shipping magnate Otávio Vasconcelos Albuquerque.\n\nUnder the deal, Grupo Vasconcelos will invest 380 million reais. Vasconcelos did not attend.", false},
		{"The bank was founded by Rafael Serra Lima. Serra retired in 2010.\n\nBanco Serra now has 40 branches.", false},
		{"The firm was built by Marcel Girard. Girard died in 1990.\n\nSociété Girard employs 300 people.", false},
	})
}
