package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventDateOfInfinitive: a date after a verb's infinitive complement
// times the infinitive's act ("voted to strike next month"), so the verb's
// own event dated elsewhere ("Tuesday's vote") is no second date.
func TestEventDateOfInfinitive(t *testing.T) {
	pub := time.Date(2024, 2, 22, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"ISARRA, Feb. 22, 2024 — Dockworkers have voted to walk out for two days next month.\n\nOf the 900 ballots cast in Tuesday's vote, 700 backed the stoppage.", false},
		{"ORVALA, Feb. 22, 2024 — The board agreed to meet the union in April.\n\nThe agreement, reached on Monday, ended a week of protests.", false},
		{"TELMA, Feb. 22, 2024 — Nurses decided to strike on March 12.\n\nThe decision came at Sunday's meeting of the union.", false},
		{"ISARRA, Feb. 22, 2024 — Dockworkers voted next month on a strike.\n\nOf the 900 ballots cast in Tuesday's vote, 700 backed the stoppage.", true},
	})
}
