package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestWeekdayDateRangeEnds: each end of a range of days is checked
// against its weekday in the year the range gives it; an end without a
// year is certain of it when the other end's weekday or year fixes it.
func TestWeekdayDateRangeEnds(t *testing.T) {
	pub := time.Date(2021, 8, 5, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.WeekdayDate, pub, []fireCase{
		{"The 2022 fair will run from Thursday, Aug. 11, to Saturday, Aug. 14, organisers said.", true},
		{"The 2022 fair will run from Thursday, Aug. 11 to Saturday, Aug. 14, organisers said.", true},
		{"The 2022 congress meets from Monday, Nov. 28, through Thursday, Dec. 2, in the capital.", true},
		{"The 2022 fair will run from Thursday, Aug. 11, to Sunday, Aug. 14, organisers said.", false},
		{"The 2022 congress meets from Monday, Nov. 28, through Friday, Dec. 2, in the capital.", false},
		{"The course ran from Monday, July 26, to Friday, July 30, the school said.", false},
	})
}
