package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestRelativeSeasonOrYearWithDay: a day written beside a season, a quarter
// or a year counted from now ("last spring, on March 4, 1988") must fall
// inside it.
func TestRelativeSeasonOrYearWithDay(t *testing.T) {
	pub := time.Date(1989, 10, 26, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.RelativeAbsolute, pub, []fireCase{
		{"The strike began last spring, on March 4, 1988, by the machinists.", true},
		{"The plant closed last year, on Nov. 3, 1987, after a fire.", true},
		{"The merger was approved last summer, on Oct. 2, 1989, by the board.", true},
		{"The strike began last spring, on March 4, 1989, by the machinists.", false},
	})
}

// TestWeekdayDateInAsideTakesItsClauseTense: a weekday and date set off by
// commas after the subject ("The first strike, on Wednesday, May 14,
// closed 481 schools") take the tense of the verb after the aside, past a
// comma inside the date, so the year is the one before.
func TestWeekdayDateInAsideTakesItsClauseTense(t *testing.T) {
	pub := time.Date(2026, 1, 22, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.WeekdayDate, pub, []fireCase{
		{"CALDERBRIDGE, New Zealand, Jan. 22, 2026 (Copydesk) — Teachers voted on Monday.\n\nThe first strike, on Wednesday, May 14, closed 481 schools.", false},
		{"CALDERBRIDGE, New Zealand, Jan. 22, 2026 (Copydesk) — Teachers voted on Monday.\n\nThe flood, on Tuesday, June 17, destroyed 40 homes.", false},
		{"CALDERBRIDGE, New Zealand, Jan. 22, 2026 (Copydesk) — Teachers voted on Monday.\n\nThe derby, on Saturday, May 17, drew 40,000 fans.", false},
		{"CALDERBRIDGE, New Zealand, Jan. 22, 2026 (Copydesk) — Teachers voted on Monday.\n\nThe first strike, on Sunday, May 14, closed 481 schools.", true},
	})
}

// TestWeekdayApposedToDate: a weekday set after a full date with "a" ("Jan.
// 20, a Tuesday") is that date's day: what is counted from it counts from
// the date, and a weekday the date does not fall on is reported.
func TestWeekdayApposedToDate(t *testing.T) {
	pub := time.Date(2026, 2, 11, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.RelativeAbsolute, pub, []fireCase{
		{"STEINWALD, Austria, Feb. 11, 2026 (Copydesk) — Rescuers found him on Tuesday.\n\nHe set out on the morning of Jan. 20, a Tuesday. He was reported missing that night.\n\nHis car was found two days later, on Jan. 22.", false},
		{"STEINWALD, Austria, Feb. 11, 2026 (Copydesk) — The shop closed on Friday.\n\nIt opened on Jan. 23, a Friday. Three days later, on Jan. 26, the first customer complained.", false},
		{"STEINWALD, Austria, Feb. 11, 2026 (Copydesk) — The ferry sank on Monday.\n\nIt left port on Jan. 19, a Monday. The next day, Jan. 20, it reported engine trouble.", false},
	})
	checkFires(t, rules.WeekdayDate, pub, []fireCase{
		{"STEINWALD, Austria, Feb. 11, 2026 (Copydesk) — The vote was held on March 4, 2026, a Tuesday.", true},
		{"STEINWALD, Austria, Feb. 11, 2026 (Copydesk) — The vote was held on March 4, 2026, a Wednesday.", false},
	})
}

// TestWeekdayApposedPicksYear: a weekday apposed to a date whose year the
// copy does not write picks the year beside the chosen one that it fits
// ("the 2027 edition would be held on April 18, a Sunday").
func TestWeekdayApposedPicksYear(t *testing.T) {
	checkFires(t, rules.WeekdayDate, time.Date(2026, 4, 20, 0, 0, 0, 0, time.UTC), []fireCase{
		{"ELBMARK, Germany, April 20, 2026 (Copydesk) — The director said the 2027 edition would be held on April 18, a Sunday.", false},
		{"ELBMARK, Germany, April 20, 2026 (Copydesk) — The organisers said next year's fair would open on Sept. 12, a Sunday.", false},
		{"ELBMARK, Germany, April 20, 2026 (Copydesk) — The director said the 2027 festival would open on May 16, a Sunday.", false},
	})
}
