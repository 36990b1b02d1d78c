package rules_test

import (
	"testing"

	"github.com/copydesk/copydesk/rules"
)

// TestTenseTimeBirths: a birth date in a clause about the future is the
// date of a life, not of the clause's event.
func TestTenseTimeBirths(t *testing.T) {
	runCases(t, rules.TenseTime, []ruleCase{
		{"born in apposition", "The new utility will be run by Jonas Reuter, born in 1983, from next year.", 0, ""},
		{"who was born", "The festival will be led by Ana Ruiz, who was born in 1979, from next summer.", 0, ""},
		{"born on a day", "The team will be coached by Omar Ali, born on May 4, 1980, next season.", 0, ""},
		{"a real stale future", "The new utility will open in March 2025.", 1, "will open"},
	})
}
