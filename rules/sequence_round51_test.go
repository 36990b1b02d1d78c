package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestSequenceRankPastUnrankedEvents: a rank goes on with the series of
// lower ranks of its kind, past unranked events of that kind told between
// ("The first eruption ... Six more eruptions have followed ... The second
// eruption").
func TestSequenceRankPastUnrankedEvents(t *testing.T) {
	pub := time.Date(2025, 2, 11, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Sequence, pub, []fireCase{
		{"The first eruption began on Nov. 28, 2023. Six more eruptions have followed since. The second eruption, which began on Nov. 10, 2023, reached the town.", true},
		{"The first strike began on March 4, 2024. Several more strikes came later. The second strike, which began on Feb. 2, 2024, closed the port.", true},
		{"The first flood came on May 9, 2023. Smaller floods have followed since. The second flood, on April 1, 2023, cut the road.", true},
		{"The first eruption began on Nov. 28, 2023. Six more eruptions have followed since. The second eruption, which began on Dec. 18, 2023, reached the town.", false},
	})
}
