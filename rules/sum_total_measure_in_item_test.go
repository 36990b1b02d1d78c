package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestSumTotalMeasureInsideItem: a measure joined by a hyphen to the noun
// of a list's item ("2,180 in the 25-kilometre race") is part of the
// item's words, not an item, so the parts before "a total of" still add
// up past it.
func TestSumTotalMeasureInsideItem(t *testing.T) {
	pub := time.Date(2024, 3, 4, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"Organisers counted 3,420 finishers in the 50-kilometre classic, 2,180 in the 25-kilometre race and 960 in the youth event, a total of 6,650 skiers.", true},
		{"The clinic treated 410 patients at its 12-bed ward, 230 at the 40-bed annex and 95 at home, a total of 745 patients.", true},
		{"Crews planted 5,240 trees along the 8-kilometre canal, 3,130 beside the 3-kilometre road and 710 in the park, a total of 9,180 trees.", true},
		{"Organisers counted 3,420 finishers in the 50-kilometre classic, 2,180 in the 25-kilometre race and 960 in the youth event, a total of 6,560 skiers.", false},
	})
}
