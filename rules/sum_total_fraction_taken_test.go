package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestSumTotalFractionTakenOf: a whole that a fraction was taken of in
// its own phrase ("1,240 pupils, about a third of the city's 3,700")
// is no total a later list with "the rest" closes: the list shares out
// the part, and what is left of the whole is not said.
func TestSumTotalFractionTakenOf(t *testing.T) {
	pub := time.Date(2025, 4, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"The change affects 1,240 pupils, about a third of the city's 3,700 schoolchildren. Around 540 of them will move to the new campus, and the rest will join other schools.", false},
		{"The cuts hit 420 nurses, roughly half of the region's 850 nurses. About 160 of them will retire early, and the rest will move to other wards.", false},
		{"The flood reached 96 farms, nearly a quarter of the valley's 410 farms. Some 60 of them lost their whole harvest, and the rest lost part of it.", false},
		// a list with the rest taken of the whole itself still sums
		{"The valley has 410 farms. Some 260 of them grow maize, 90 grow wheat, and the remaining 80 keep cattle.", true},
	})
}

// TestSumTotalUnitBack: the bare figures of a list take the unit its last
// figure carries ("of 48,000, 52,000, 41,000 and 45,000 zlotys"), so they
// are parts of a total in that unit, and a count of them is met.
func TestSumTotalUnitBack(t *testing.T) {
	pub := time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"He is charged with accepting 186,000 zlotys in four payments, of 48,000, 52,000, 41,000 and 45,000 zlotys, from two developers.", false},
		{"The ferry carried 9,400 tonnes of cargo on three runs, of 3,100, 2,900 and 3,400 tonnes.", false},
		{"The council spent 2.6 million euros on three bridges, of 0.8, 1.1 and 0.7 million euros.", false},
		{"He accepted 196,000 zlotys in four payments: 48,000, 52,000, 41,000 and 45,000 zlotys.", true},
		{"The ferry carried 9,900 tonnes of cargo on three runs: 3,100, 2,900 and 3,400 tonnes.", true},
		{"Local firms bring between 1.5 million and 2 million euros into the town. Applicants sought 1.1 million euros.", false},
	})
}

// TestSumTotalWholeNotItsPart: "Of those" after a total and its parts
// ("3,412 skiers started: 2,108 in the men's race and 1,304 in the
// women's. Of those, 3,187 reached the finish, and the remaining 225
// abandoned") takes the total apart again, not its last part: no part is
// as much as its whole.
func TestSumTotalWholeNotItsPart(t *testing.T) {
	pub := time.Date(2024, 2, 18, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"A record 3,412 skiers started: 2,108 in the men's race and 1,304 in the women's. Of those, 3,187 reached the finish, and the remaining 225 abandoned.", false},
		{"The clinic saw 940 patients: 610 adults and 330 children. Of them, 700 were treated on the spot, and the remaining 240 were sent to the city.", false},
		{"The port handled 1,250 ships: 800 cargo ships and 450 tankers. Of those, 1,100 docked on time, and the other 150 waited a day.", false},
		{"A record 3,412 skiers started, 1,304 of them women. Of those, 3,187 reached the finish, and the remaining 325 abandoned.", true},
	})
}

// TestSumTotalChangeBaseIsNoWhole: the value a change started from ("cost
// 41.5 billion shillings, up from an initial estimate of 32 billion") is
// no whole that the parts in the next sentence make up.
func TestSumTotalChangeBaseIsNoWhole(t *testing.T) {
	pub := time.Date(2025, 11, 27, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"The line cost 41.5 billion shillings, up from an initial estimate of 32 billion. A loan covered 29 billion shillings and the treasury the remaining 12.5 billion.", false},
		{"The bridge cost 96 million euros, up from a budget of 70 million. The state paid 60 million euros and the region the other 36 million.", false},
		{"The clinic now has 140 beds, down from 180 a year ago. Of them, 90 are in the new wing and the remaining 50 in the old building.", false},
	})
}

// TestSumTotalPartGivenAsCount: shares "said to make up the whole" after a
// sentence that gave one part as a count of the whole ("took 3,779 of the
// 9,842 votes cast. Labour won 27.1%, ... the remaining 12.6%") are the
// rest after that part, not all of it.
func TestSumTotalPartGivenAsCount(t *testing.T) {
	pub := time.Date(2023, 9, 12, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"The Centre Party took 3,779 of the 9,842 votes cast. Labour won 27.1%, the Conservatives 21.9% and smaller parties the remaining 12.6%.", false},
		{"The mayor won 5,120 of the 11,900 ballots. Her rival took 40%, and the remaining 17% went to two independents.", false},
		{"Cocoa filled 2,300 of the 5,000 containers. Coffee took 30% and the remaining 24% carried timber.", false},
		{"Labour won 27.1%, the Conservatives 21.9% and smaller parties the remaining 12.6%.", true},
	})
}
