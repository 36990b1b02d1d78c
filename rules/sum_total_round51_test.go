package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestSumTotalSharesOfAWholeNamedFirst: a sentence opened by a phrase that
// names the whole its shares are of ("Within that overseas business,",
// "Of those exports,", "Among the members polled,") starts a whole of its
// own: its shares do not go on with the share before it.
func TestSumTotalSharesOfAWholeNamedFirst(t *testing.T) {
	pub := time.Date(2025, 11, 7, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"Overseas customers accounted for 58% of revenue. Within that overseas business, China made up 40%, Asia 35% and the rest of the world the remaining 25%.", false},
		{"Exports made up 64% of the harvest. Of those exports, Germany took 45%, France 30% and the rest of Europe the remaining 25%.", false},
		{"Members made up 70% of the crowd. Among the members polled, 50% backed the plan, 30% opposed it and the remaining 20% were undecided.", false},
		{"Overseas customers accounted for 58% of revenue. China made up another 40%, and the rest, 25%, came from home.", true},
	})
}

// TestSumTotalAbbreviationInsideList: the full stop of an abbreviation
// inside a list of parts ("St. Agnes College", "Mt. Elgon", "Dr. Mensah's
// clinic") does not end the list.
func TestSumTotalAbbreviationInsideList(t *testing.T) {
	pub := time.Date(2023, 8, 16, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"The 1,146 candidates sat at three centres: 402 at Ikire Grammar School, 311 at St. Agnes College and 433 at Oyedele Academy.", false},
		{"The 900 climbers were split across three camps: 420 on Mt. Elgon, 300 at the lodge and 180 in town.", false},
		{"The clinics saw 610 patients: 250 at Dr. Mensah's clinic, 200 at the port and 160 in the market.", false},
		{"The 1,100 candidates sat at three centres: 402 at Ikire Grammar School, 311 at St. Agnes College and 433 at Oyedele Academy.", true},
	})
}

// TestSumTotalAsideClosingDash: the dash that closes an aside a figure
// stands in ("— 3,420 from one and 2,185 from the other —") opens no list
// of that figure's parts.
func TestSumTotalAsideClosingDash(t *testing.T) {
	pub := time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"The trust employs 5,605 staff — 3,420 from St. Aidan's and 2,185 from Penrose — and runs 1,006 beds, 612 at one site and 394 at the other.", false},
		{"The league has 40 clubs — 22 in the north and 18 in the south — and plays 380 matches, 190 at home and 190 away.", false},
		{"The farm keeps 900 animals — 600 sheep and 300 goats — and sells 250 lambs, 150 in spring and 100 in autumn.", false},
		{"The farm keeps 900 animals — 600 sheep and 200 goats.", true},
	})
}

// TestSumTotalElidedVerbBeforePreposition: a part whose verb is left out
// may go on with any preposition ("27 voted for the budget, 14 against and
// four abstained"); parts of an opening whole that pass it are wrong.
func TestSumTotalElidedVerbBeforePreposition(t *testing.T) {
	pub := time.Date(2025, 5, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"Of the 43 councillors present, 27 voted for the budget, 14 against and four abstained.", true},
		{"Of the 60 delegates, 35 voted for the motion and 28 against it.", true},
		{"Of the 120 members polled, 70 sided with the board, 45 against it and 9 abstained.", true},
		{"Of the 45 councillors present, 27 voted for the budget, 14 against and four abstained.", false},
	})
}

// TestSumTotalRemainderAfterShares: "the remaining 19%" closes a list of
// shares of one whole, whatever its verb, so the shares must make 100%.
func TestSumTotalRemainderAfterShares(t *testing.T) {
	pub := time.Date(2025, 5, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"Of the tagged birds that returned, 46% had wintered along the coast and 31% around Kyushu, while the remaining 19% never left home.", true},
		{"Of the loans, 52% went to farmers and 30% to traders, while the remaining 14% paid for roofs.", true},
		{"Of the visitors, 61% came by car and 22% by bus, and the remaining 12% walked.", true},
		{"Of the loans, 52% went to farmers and 30% to traders, while the remaining 18% paid for roofs.", false},
	})
}

// TestSumTotalSubjectsAcrossSemicolon: in a list split by semicolons, a
// figure after "and" that is its own clause's subject ("and 51 own
// mills") is a part too, not a detail of the part before it.
func TestSumTotalSubjectsAcrossSemicolon(t *testing.T) {
	pub := time.Date(2025, 5, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"Of its 212 members, 138 are farmers and 51 sell timber; the remaining 30 are retired.", true},
		{"Of the 90 boats, 40 fish for cod and 35 carry tourists; the remaining 20 are laid up.", true},
		{"Of the 300 growers, 150 sell to the cooperative and 120 export directly; the remaining 40 have stopped.", true},
		{"Of its 219 members, 138 are farmers and 51 sell timber; the remaining 30 are retired.", false},
	})
}

// TestSumTotalThemPastCoordinatedPlaces: "them" in the next sentence
// refers back to a counted total past nouns a preposition governs, however
// many are coordinated ("in schools and chapels").
func TestSumTotalThemPastCoordinatedPlaces(t *testing.T) {
	pub := time.Date(2025, 9, 24, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"A total of 41,600 people spent the night in shelters, many of them in schools and chapels. Officials said 18,200 of them were in Lucia, 14,900 in Norte and 9,800 in Ilog.", true},
		{"A total of 2,400 pupils spent the week at home, most of them in villages and farms. Teachers said 1,300 of them were from Oda, 900 from Ketu and 400 from Abor.", true},
		{"A total of 600 cattle spent the winter indoors, some of them in pens and barns. Herders said 300 of them were from Vale, 250 from Ridge and 100 from Ford.", true},
		{"A total of 42,900 people spent the night in shelters, many of them in schools and chapels. Officials said 18,200 of them were in Lucia, 14,900 in Norte and 9,800 in Ilog.", false},
	})
}

// TestSumTotalCountOfPlacesInApposition: a definite count with its own
// noun after a list of parts ("..., the three towns that took the storm")
// counts the places in apposition; it is no part.
func TestSumTotalCountOfPlacesInApposition(t *testing.T) {
	pub := time.Date(2025, 9, 24, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"A total of 42,900 people fled. Officials said 18,200 of them were in Lucia, 14,900 in Norte and 9,800 in Ilog, the three towns that took the storm.", false},
		{"The fund paid out $9 million. It gave $5 million of it to Oda, $3 million to Ketu and $1 million to Abor, the three districts worst hit.", false},
		{"The club sold 4,000 tickets. Members bought 2,500 of them, visitors 1,200 and schools 300, the two groups it courts most.", false},
	})
}

// TestSumTotalPartsByAShareVerb: figures a verb of share introduces
// ("Rice accounts for 52,000 tonnes, wheat for 23,300 ...") are parts of
// the total of their measure counted in the sentence before.
func TestSumTotalPartsByAShareVerb(t *testing.T) {
	pub := time.Date(2025, 9, 24, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"The warehouses hold 86,500 tonnes of grain. Rice accounts for 52,000 tonnes, wheat for 23,300 tonnes and pulses for 12,700 tonnes.", true},
		{"The fleet burned 9,000 litres of fuel. Ferries accounted for 6,000 litres, tugs for 2,500 litres and launches for 1,200 litres.", true},
		{"The mine holds 40,500 tonnes of ore. Copper accounts for 25,200 tonnes, zinc for 12,100 tonnes and lead for 4,300 tonnes.", true},
		{"The warehouses hold 88,000 tonnes of grain. Rice accounts for 52,000 tonnes, wheat for 23,300 tonnes and pulses for 12,700 tonnes.", false},
	})
}

// TestSumTotalIncludedPartAboveItsTotal: a part that ", including" opens
// is some of the total, so even one alone may not exceed it; a clause of
// its own after it ("and injured 5,500") is no part.
func TestSumTotalIncludedPartAboveItsTotal(t *testing.T) {
	pub := time.Date(1989, 11, 1, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"Crane holds 204,200 Milton Roy shares, including 254,200 bought since Sept. 14.", true},
		{"The fund owns 31,000 acres of forest, including 36,500 acres of pine.", true},
		{"The airline carried 8,400 passengers, including 9,100 on its new route.", true},
		{"Crane holds 254,200 Milton Roy shares, including 204,200 bought since Sept. 14.", false},
		{"The bombings killed 258 people, including 12 Americans, and injured more than 5,500 people.", false},
		{"He has played for four clubs, including six seasons in Egypt.", false},
		{"She has worked in three countries, including eight years in Chile.", false},
	})
}
