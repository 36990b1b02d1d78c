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
