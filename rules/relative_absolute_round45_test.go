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
