package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventDateNounInsideObjectPhrase: a date before a verb whose object
// only holds the event noun in its phrase ("Last Thursday, parliament
// approved the outline of the deal") dates the verb's act on that object,
// not the event.
func TestEventDateNounInsideObjectPhrase(t *testing.T) {
	pub := time.Date(2026, 3, 17, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"KELMORE, March 17, 2026 — The two states agreed on Monday to build a pipeline. Vukelić called Monday's deal historic.\n\nLast Thursday (March 12), parliament approved the outline of the deal.", false},
		{"ARNA, March 17, 2026 — Dockers ended their strike on Monday. The union hailed Monday's settlement.\n\nLast Friday (March 13), members backed the terms of the settlement.", false},
		{"TELMA, March 17, 2026 — The clubs agreed the merger on Monday. Fans cheered Monday's merger.\n\nLast Wednesday (March 11), the board studied a draft of the merger.", false},
	})
}
