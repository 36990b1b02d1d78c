package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestSequenceRankPastNounModifier: an ordinal picks the act a noun names
// past a noun that modifies it ("the first research flight", "the second
// test drive"), as it does right before it ("the second flight").
func TestSequenceRankPastNounModifier(t *testing.T) {
	pub := time.Date(2024, 7, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Sequence, pub, []fireCase{
		{"The campaign's first research flight, on June 24, took off from the airstrip. During the second flight, on June 19, instruments recorded dust.", true},
		{"The first survey flight came on May 30. The second survey flight, on May 12, mapped the delta.", true},
		{"The first ferry crossing, on March 9, was rough. The second crossing, on March 2, was calm.", true},
		{"The campaign's first research flight, on June 14, took off from the airstrip. During the second flight, on June 19, instruments recorded dust.", false},
	})
}
