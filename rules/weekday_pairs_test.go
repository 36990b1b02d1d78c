package rules_test

import (
	"testing"

	"github.com/copydesk/copydesk/rules"
)

// TestWeekdayPairs: two weekdays joined by "and" or "or" and then two dates
// name each date's weekday in turn, and no relative day stands in
// apposition to the first date.
func TestWeekdayPairs(t *testing.T) {
	runCases(t, rules.WeekdayDate, []ruleCase{
		{"pair right", "OSLO, Sept. 16, 2026 — The team worked on Monday and Tuesday, Sept. 14 and 15, at the site.", 0, ""},
		{"pair wrong", "OSLO, Sept. 16, 2026 — The team worked on Monday and Tuesday, Sept. 15 and 16, at the site.", 2, "not a Monday"},
		{"weekend pair right", "RIGA, March 3, 2026 — Fans queued on Saturday and Sunday, Feb. 28 and March 1, for tickets.", 0, ""},
		{"pair ahead right", "OSLO, Sept. 1, 2026 — The team will visit on Monday and Tuesday, Sept. 14 and 15, to measure cracks.", 0, ""},
	})
	runCases(t, rules.RelativeAbsolute, []ruleCase{
		{"pair is no apposition", "OSLO, Sept. 16, 2026 — The team worked on Monday and Tuesday, Sept. 14 and 15, at the site.", 0, ""},
		{"pair ahead is no apposition", "OSLO, Sept. 1, 2026 — The team will visit on Monday and Tuesday, Sept. 14 and 15, to measure cracks.", 0, ""},
		{"pair with or", "OSLO, Sept. 1, 2026 — The vote falls on Monday or Tuesday, Sept. 14 or 15, officials said.", 0, ""},
	})
}
