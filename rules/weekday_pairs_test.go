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

// TestWeekdayOffByOneInPastClause: a past clause about a date a day or so
// after the publication date, whose stated weekday is wrong this year, is
// a slip, not last year's date: a day off by one always fits the year
// before ("Friday, Aug. 8" in copy of Friday, Aug. 7, 1998).
func TestWeekdayOffByOneInPastClause(t *testing.T) {
	runCases(t, rules.WeekdayDate, []ruleCase{
		{"embassies", "NAIROBI, Aug. 7, 1998 — Bombs exploded outside the embassies Friday, Aug. 8, killing dozens.", 1, "not a Friday"},
		{"resignation", "VALMORA, March 10, 2026 — The minister resigned on Tuesday, March 11, her office said.", 1, "not a Tuesday"},
		{"ferry", "PORT ELLERY, June 2, 2025 — The ferry sank on Monday, June 3, officials said.", 1, "not a Monday"},
		{"right day", "PORT ELLERY, June 2, 2025 — The ferry sank on Sunday, June 1, officials said.", 0, ""},
	})
}

// TestRelativeAbsolutePartOfPeriod: part of a period counted from the
// publication date ("earlier this month", "later this week") must hold the
// day written beside it.
func TestRelativeAbsolutePartOfPeriod(t *testing.T) {
	runCases(t, rules.RelativeAbsolute, []ruleCase{
		{"earlier this month", "VELLANGE, May 14, 2026 — The judge rejected the motion earlier this month, on April 29.", 1, "April 29"},
		{"later this month", "VELLANGE, May 14, 2026 — Talks resume later this month, on June 2.", 1, "June 2"},
		{"earlier this week", "VELLANGE, May 14, 2026 — The ferry was seized earlier this week, on May 8.", 1, "May 8"},
		{"earlier this month, right", "VELLANGE, May 14, 2026 — The judge rejected the motion earlier this month, on May 4.", 0, ""},
	})
}
