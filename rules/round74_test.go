package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventDateMovedInCoordinatedPredicate: an event that heads its
// clause and "but was moved to" a date has moved, so two dates for it
// are news; a coordinated verb of change that moves no date moves
// nothing.
func TestEventDateMovedInCoordinatedPredicate(t *testing.T) {
	pub := time.Date(2026, 3, 8, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"The referendum was first called for March 29 but was moved to Sunday, April 19. Polls show a close April 19 referendum.", false},
		{"The hearing was set for March 12 but was pushed back to March 20. Lawyers prepared for the March 20 hearing.", false},
		{"The auction was announced for March 14 and was then shifted to March 21. Bidders registered for the March 21 auction.", false},
		{"The recount was held on Tuesday, March 3, and had shifted fewer than 300 votes. Officials defended the March 2 recount.", true},
	})
}

// TestSumListOfTheWhole: a list after "N of the M-unit whole:" that adds
// up to the whole divides the whole, not the part.
func TestSumListOfTheWhole(t *testing.T) {
	pub := time.Date(2026, 3, 8, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"The solar plan would use 40 hectares of the 340-hectare park: 210 hectares of forest, 90 hectares of wetland and 40 hectares of meadow.", false},
		{"The firm will lay off 120 of its 900 workers: 500 in the plant, 300 in the depots and 100 in the offices.", false},
		{"The city will sell 3 of its 14 buildings: eight schools, four depots and two halls.", false},
		{"The coalition holds 83 of the 150 seats: 61 for the Greens and 24 for Labour.", true},
	})
}

// TestDurationTenureSinceAppointment: a tenure its holder's pronoun owns
// ("In her 14 years as director, Moura has doubled ...") counts from the
// year a sentence before says the holder took the office; one told as
// over does not.
func TestDurationTenureSinceAppointment(t *testing.T) {
	pub := time.Date(2026, 6, 10, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Duration, pub, []fireCase{
		{"The director, Teresa Moura, was appointed in 2009. The museum grew. In her 14 years as director, Moura has doubled the collection.", true},
		{"Coach Tomas Berg was named in 2015. The club rose. In his eight years at the helm, Berg has won two titles.", true},
		{"Ines Farah was elected in 2018. Turnout was low. In her six years in office, Farah has built two schools.", true},
		{"The director, Teresa Moura, was appointed in 2009. The museum grew. In her 17 years as director, Moura has doubled the collection.", false},
		{"Coach Tomas Berg was named in 2015. The club rose. In his eight years at the helm, Berg won two titles before leaving in 2023.", false},
	})
}

// TestDurationFirstRunPassive: "was first run in 1988", a passive whose
// participle is written as its base, dates the thing's start.
func TestDurationFirstRunPassive(t *testing.T) {
	pub := time.Date(2025, 10, 10, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Duration, pub, []fireCase{
		{"The marathon was first run in 1988. Crowds grew. Organisers will mark the marathon's 30th anniversary this weekend.", true},
		{"The relay was first run in 1975. Teams came. The relay's 40th anniversary fell this year.", true},
		{"The ferry was first run in 1962. Fares rose. The ferry's 50th anniversary was marked this year.", true},
		{"The marathon was first run in 1988. Crowds grew. Organisers will mark the marathon's 37th anniversary this weekend.", false},
	})
}

// TestEventCountVisitsToSiteByAnyone: a count of visits to a site named
// by a common noun groups its members whoever visits ("Inspectors have
// visited the plant twice this year ... The first of those inspections").
func TestEventCountVisitsToSiteByAnyone(t *testing.T) {
	pub := time.Date(2026, 4, 9, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"Inspectors have visited the plant twice this year. The first of those inspections, in late November, found bacteria.", true},
		{"Auditors have toured the depot twice this year. The first of those visits, last December, found gaps in the records.", true},
		{"Engineers have inspected the dam twice this year. The first of those inspections, in November, found a crack.", true},
		{"Inspectors have visited the plant twice this year. The first of those inspections, in late January, found bacteria.", false},
		{"Inspectors visited the site three times in 2022. At the first of the three inspections, in March, they found no fault.", false},
		{"Auditors toured the depot twice in 2023. The first of those visits, in May, found gaps in the records.", false},
	})
}

// TestEventCountDatedVerbInstances: a dated verb of the ranked kind in
// the past, inside the scope and before the ranked event, is one more
// instance before it ("The volcano then erupted on Feb. 17").
func TestEventCountDatedVerbInstances(t *testing.T) {
	pub := time.Date(2024, 7, 15, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"The volcano erupted on Sunday, its second eruption this year. It had erupted on Feb. 17. Ash fell again when it erupted on April 22.", true},
		{"Dockers walked out on Monday for the second time this year. They struck on Feb. 3. Crews struck again on May 9.", true},
		{"The river flooded the town on Friday, its second flood this year. It flooded on Jan. 12 and flooded on March 30.", true},
		{"The volcano erupted on Sunday, its second eruption this year. It had erupted on Feb. 17.", false},
	})
}

// TestSumFromSources: a sum said to come from N sources in the sentence
// after it is all of the figures told one by one next, a phrasal verb of
// contributing ("put up") no change; a figure given up ("originally
// budgeted at") is no such total.
func TestSumFromSources(t *testing.T) {
	pub := time.Date(2026, 6, 11, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"Trains began running on a 418 billion peso line. The project was paid for from three sources. The treasury put up 250 billion pesos, and the region 98 billion. The remaining 80 billion pesos was borrowed.", true},
		{"The new hospital cost 96 million euros. It was funded from two sources. The state paid 60 million euros and the city 31 million euros.", true},
		{"The bridge cost 212 million rand. The money came from three sources. The province put up 120 million rand, the city chipped in 50 million rand and a bank lent 45 million rand.", true},
		{"The new hospital cost 96 million euros. It was funded from two sources. The state paid 60 million euros and the city 36 million euros.", false},
		{"The line had originally been budgeted at 355 billion pesos. It was paid for from three sources. The treasury put up 250 billion pesos, and the region 98 billion. The remaining 80 billion pesos was borrowed.", false},
	})
}
