package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventCountHeadlessNearerRank: "The first" after a sentence that
// ranks an event and then something else ("the third birth this year,
// ... and the second panda cub born there since 2014") goes on the rank
// nearer before it, not the event's series.
func TestEventCountHeadlessNearerRank(t *testing.T) {
	pub := time.Date(2017, 7, 9, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"It was the third birth at the zoo this year, and the second panda cub born there since 2014. The first, a male, was sent last year to a park in Japan.", false},
		{"It was the club's second win this season and the fourth for its new coach since 2019. The first came last year in heavy rain.", false},
		{"Monday's blast was the second explosion at the plant this year and the third fire on the site since 2015. The first broke out last year in a boiler room.", false},
		{"It was the third birth at the zoo this year. The first came last year, a giraffe calf.", true},
	})
}

// TestEventCountStartedRankThisWeek: a rank that is the object of a verb
// of starting ("began the second round of the drive this week") is timed
// by the week or month after it, which scopes nothing; a rank standing
// alone with the current week ("the second strike this week") is scoped.
func TestEventCountStartedRankThisWeek(t *testing.T) {
	pub := time.Date(2024, 4, 11, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"Nurses began the second round of a measles vaccination drive this week.\n\nThe first round ran from March 4 to March 15.", false},
		{"The regulator opened its third inquiry into the bank this month.\n\nThe first inquiry was held in January.", false},
		{"Volunteers started the second phase of the river clean-up this week.\n\nThe first phase lasted from Feb. 5 to Feb. 20.", false},
		{"Dockers staged the second strike of the week on Wednesday.\n\nThe first strike this week came on Monday.", false},
	})
}

// TestEventCountListedAfterScope: months told after a count and its year
// ("visited Kastelia twice in 2025, in April and again in October") are
// the count's own, in that year, whatever year the tense alone gives
// them; a month before the count's scope may still be a slip.
func TestEventCountListedAfterScope(t *testing.T) {
	pub := time.Date(2026, 5, 20, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"Ndoye signed the deal on Wednesday, on her second visit to Kastelia this year. Her first trip this year was in February.\n\nShe visited Kastelia twice in 2025, in April and again in October.", false},
		{"The minister made his second trip to Lodra this year on Monday, after one in January.\n\nHe travelled there three times in 2025, in March, in April and in June.", false},
		{"The band played its second show in Orvik this year on Friday. The first came in February.\n\nIt played the city twice in 2025, in May and again in September.", false},
	})
}
