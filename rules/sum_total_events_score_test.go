package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestSumTotalEventsScoreNoParts: counts of events before "a total of"
// a measure that counts none ("six wins and five draws for a total of
// 8.5 points") count what scored the total, not parts of it; counts of
// things of the total's kind still add up to it.
func TestSumTotalEventsScoreNoParts(t *testing.T) {
	pub := time.Date(2024, 3, 4, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"She went through the round robin unbeaten, with six wins and five draws for a total of 8.5 points.", false},
		{"The club ended the season with 20 victories and eight draws, a total of 68 points.", false},
		{"He finished with three goals and four assists, a total of 10 points in the standings.", false},
		{"Crews planted 1,200 oaks, 850 beeches and 430 limes, a total of 2,580 trees.", true},
	})
}
