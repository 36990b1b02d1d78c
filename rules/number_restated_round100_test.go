package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestNumberRestatedUnitsOfLength: millimetres, feet and barrels are
// units, written in full or short, so a figure restated in the other
// form is compared with the first.
func TestNumberRestatedUnitsOfLength(t *testing.T) {
	pub := time.Date(2026, 6, 24, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"The storm dumped 187 millimetres of rain on the port in 36 hours. Forecasters said the 178 mm that fell on the port was typical.", true},
		{"The crew drilled the well to 2,640 feet before the pump failed. Engineers said the 2,460-ft well would be capped.", true},
		{"The tanker was carrying 1.35 million barrels of crude. The 1.53 million barrels will be pumped ashore.", true},
		{"The storm dumped 187 millimetres of rain on the port in 36 hours. Forecasters said the 187 mm that fell on the port was typical.", false},
		{"The crew drilled the well to 2,640 feet before the pump failed. Engineers said the 2,640-ft well would be capped.", false},
	})
}
