package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestDurationCoveredStretch: a span of days, weeks or months followed by
// the stretch it fills ("a four-day strike from Oct. 18 to Oct. 24") must
// fit it, counted with both ends or one.
func TestDurationCoveredStretch(t *testing.T) {
	pub := time.Date(2027, 11, 15, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Duration, pub, []fireCase{
		{"The attendants staged a four-day strike from Oct. 18 to Oct. 24.", true},
		{"Crews staged a five-day stoppage between Nov. 2 and Nov. 3.", true},
		{"Workers began a two-week walkout from May 2 to May 30.", true},
		{"They held a two-month blockade from March 3 to June 20.", true},
		{"The attendants staged a seven-day strike from Oct. 18 to Oct. 24.", false},
		{"The attendants staged a six-day strike from Oct. 18 to Oct. 24.", false},
		{"The festival is a three-week event from June 1 to June 21.", false},
		{"They held a two-month blockade from March 3 to May 2.", false},
		{"The four-day strike ended on Oct. 24, a week after talks from Oct. 10 to Oct. 17.", false},
		// Past the noun's own phrases and one comma.
		{"A four-day search for a missing hiker on the glacier, from July 26 to Aug. 3, ended on Sunday.", true},
		{"The two-week festival of music in the old harbour runs from June 1 to June 30.", true},
		{"A three-day strike by cleaners at the airport, from May 2 to May 9, closed two terminals.", true},
		{"A three-day strike by cleaners at the airport, from May 2 to May 4, closed two terminals.", false},
		{"A three-day strike by cleaners ended, and talks ran from May 2 to May 9.", false},
	})
}

// TestDurationMonthsApart: a count of months fits a stretch of whole months
// by how far apart its first and last months are, counted with both ends
// or one ("a six-month trial, from May to November").
func TestDurationMonthsApart(t *testing.T) {
	pub := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Duration, pub, []fireCase{
		{"He was sentenced after a six-month trial, from May to November 2023.", false},
		{"The pilots flew a four-month survey from June to October 2024.", false},
		{"A three-month closure, from January to April 2024, cut traffic by half.", false},
		{"He was sentenced after a three-month trial, from May to November 2023.", true},
	})
}
