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
