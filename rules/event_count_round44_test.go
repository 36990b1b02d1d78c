package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventCountItWasNthTime: "it was (for) the third time" ranks the
// event told just before it, in a fronted "when" clause or in the
// sentence before, and a period after it scopes the rank.
func TestEventCountItWasNthTime(t *testing.T) {
	pub := time.Date(2026, 10, 15, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"When the drivers walked out on Aug. 31, it was for the third time this year. The first of the three walkouts came last November.", true},
		{"As the river flooded the square on Oct. 2, it was the second time this year. The first of the two floods came last December.", true},
		{"When the nurses went on strike on Sept. 4, it was the fourth time this year. The first of the four strikes came last December.", true},
		{"The drivers walked out on Aug. 31. It was the third time this year. The first of the three walkouts came last November.", true},
		{"Inspectors raided the plant on Sept. 9. It was the second time this year. The first of the two raids came last October.", true},
		{"The river flooded the square on Oct. 2. It is the second time this year. The first of the two floods came last December.", true},
		{"When the drivers walked out on Aug. 31, it was for the third time this year. The first of the three walkouts came in February.", false},
	})
}
