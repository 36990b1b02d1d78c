package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestDurationAnniversaryNearestDate: an anniversary is dated by the
// date of its own sentence nearest to it ("celebrated its 50th
// anniversary this spring"), not by a year in an aside about someone
// ("founded in 1975 by Arriaga, who died in 2019, and ...").
func TestDurationAnniversaryNearestDate(t *testing.T) {
	pub := time.Date(2025, 9, 4, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Duration, pub, []fireCase{
		{"The company was founded in April 1975 by Ignacio Arriaga, who died in 2019, and celebrated its 50th anniversary this spring.", false},
		{"The choir was formed in 1985 by Ana Vidal, who retired in 2012, and marked its 40th anniversary in May.", false},
		{"The club was set up in 2000 by two brothers, one of whom emigrated in 2008, and celebrated its 25th anniversary last month.", false},
		{"The company was founded in April 1975 by Ignacio Arriaga, who died in 2019, and celebrated its 40th anniversary this spring.", true},
	})
}
