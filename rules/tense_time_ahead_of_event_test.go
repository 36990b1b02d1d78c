package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestTenseTimeDateOfEventAheadOf: a date right after an event noun that
// "ahead of", "before" or "until" opens ("has divided the island ahead of
// a referendum next month") times that event, not the clause's verb, so a
// past tense beside it is no contradiction.
func TestTenseTimeDateOfEventAheadOf(t *testing.T) {
	pub := time.Date(1999, 5, 4, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.TenseTime, pub, []fireCase{
		{"SELAVE, May 4, 1999 — The accord has divided the island nation ahead of a referendum next month.", false},
		{"ARNA, May 4, 1999 — Parties stepped up their campaigns before the election next month.", false},
		{"TELMA, May 4, 1999 — Crews worked through the night in advance of the inspection next week.", false},
		{"SELAVE, May 4, 1999 — The accord divided the island nation next month.", true},
	})
}
