package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestTenseTimeDateBeforeClause: a date followed by a word that opens a
// clause ("whether", "how", "why", "what") times the verb before it; it
// modifies no noun after it.
func TestTenseTimeDateBeforeClause(t *testing.T) {
	pub := time.Date(2023, 3, 14, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.TenseTime, pub, []fireCase{
		{"The prosecutor's office will decide in February 2023 whether to charge a third contractor.", true},
		{"The board will announce in January 2023 how the fund will be shared.", true},
		{"The court will rule in February 2023 what the company owes.", true},
		{"The prosecutor's office will decide in April 2023 whether to charge a third contractor.", false},
	})
}
