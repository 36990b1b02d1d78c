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

// TestDurationAnniversaryItAfter: "It was founded in 1975" opening the
// sentence after an anniversary dates the thing whose anniversary it is,
// before any other origin the copy gives paragraphs away.
func TestDurationAnniversaryItAfter(t *testing.T) {
	pub := time.Date(2025, 11, 6, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Duration, pub, []fireCase{
		{"When the programme began in 2019, the institute said it would sail every three years. The voyage falls in the institute's 50th anniversary year. It was founded in 1975 with a staff of six.", false},
		{"The survey began in 2015, the museum said. The exhibition marks the museum's 60th anniversary. It opened in 1965 in a former bank.", false},
		{"The league started in 2010, the club said. The final falls in the club's 100th anniversary year. It was founded in 1925 by dockers.", false},
		{"When the programme began in 2019, the institute said it would sail every three years. The voyage falls in the institute's 50th anniversary year. It was founded in 1985 with a staff of six.", true},
	})
}
