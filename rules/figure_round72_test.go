package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestSharesByPayingAndTaking: a share told by a verb of paying ("paid
// 12%", "bore 40%") or of taking in any tense or person ("shareholders
// get 38%") goes on with the share of the sentence before, and a rest
// closes the whole.
func TestSharesByPayingAndTaking(t *testing.T) {
	pub := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"The bill was split three ways. The state covered 30% of the cost. The EU fund paid 12%, and the city the remaining 56%.", true},
		{"Under the deal, its members will own 46% of the new company. Tafilalt's shareholders get 38%, and the rest, 18%, goes to a fund.", true},
		{"The port paid 45% of the cost of the dredging. The shipping lines bore 40%, and the city the remaining 12%.", true},
		{"The bill was split three ways. The state covered 30% of the cost. The EU fund paid 12%, and the city the remaining 58%.", false},
		{"Under the deal, its members will own 46% of the new company. Tafilalt's shareholders get 36%, and the rest, 18%, goes to a fund.", false},
	})
}
