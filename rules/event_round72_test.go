package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestTenseFutureBeforeOver: a future bounded by a date already over
// ("will face trial before the end of 2023" in January 2024) lies wholly
// in the past.
func TestTenseFutureBeforeOver(t *testing.T) {
	pub := time.Date(2024, 1, 15, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.TenseTime, pub, []fireCase{
		{"The former mayor is expected to face a separate trial before the end of 2023.", true},
		{"The ministry will publish the audit before December 2023, officials said.", true},
		{"Engineers will finish the repairs before the end of last year.", true},
		{"The former mayor is expected to face a separate trial before the end of 2024.", false},
		{"The former mayor was expected to face a separate trial before the end of 2023.", false},
		{"If it does not, the commission will draw the map itself, using the districts in force before 2019.", false},
	})
}
