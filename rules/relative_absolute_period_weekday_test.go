package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestRelativeAbsolutePeriodDayWithWeekday: a day written with its
// weekday beside a period named from now ("last week, on Thursday, Feb.
// 27") must fall in it, as a plain day must; a span counted from now ("in
// two weeks, on Sunday, March 23") is rounded and left alone.
func TestRelativeAbsolutePeriodDayWithWeekday(t *testing.T) {
	pub := time.Date(2003, 3, 13, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.RelativeAbsolute, pub, []fireCase{
		{"His lawyers filed the motion last week, on Thursday, Feb. 27, but it was argued only yesterday.", true},
		{"The ministry announced the cuts last month, on Friday, Jan. 31.", true},
		{"Talks collapsed earlier this month, on Monday, Feb. 3.", true},
		{"His lawyers filed the motion last week, on Thursday, March 6, but it was argued only yesterday.", false},
		{"The mayor will face a run-off in two weeks, on Sunday, March 23.", false},
	})
}
