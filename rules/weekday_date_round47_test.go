package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestWeekdayDatePicksTheYearItFits: a yearless date with its weekday,
// told without past or future tense, is read in the nearby year whose
// weekday it fits ("strikes on Wednesday, March 12" in copy of November
// 2025 are last March's), so nothing is flagged.
func TestWeekdayDatePicksTheYearItFits(t *testing.T) {
	pub := time.Date(2025, 11, 4, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.WeekdayDate, pub, []fireCase{
		{"The stoppage follows one-day strikes on Wednesday, March 12, and Wednesday, June 18.", false},
		{"The ruling follows hearings on Tuesday, Feb. 11, and Monday, April 14.", false},
		{"The walkout follows one-day strikes on Saturday, March 12, and Wednesday, June 18.", true},
	})
}
