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
