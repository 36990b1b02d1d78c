package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestSequenceHeadlessBelowRank: an ordinal without its noun that opens
// the sentence after one that ranked an event above it ("It was the
// programme's third launch. The first, on Feb. 14, 2023, ...") is a lower
// rank of that series; its date set off by commas takes the clause's
// tense after them ("The first, on March 12, was annulled").
func TestSequenceHeadlessBelowRank(t *testing.T) {
	pub := time.Date(2024, 7, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Sequence, pub, []fireCase{
		{"It was the programme's third launch. The first, on Feb. 14, 2023, placed two satellites in orbit. The second launch, on Oct. 3, 2022, carried four more.", true},
		{"Friday's blast was the mine's third explosion. The first, on Jan. 9, 2024, killed two miners. The second explosion, on Dec. 2, 2023, injured five.", true},
		{"Monday's hearing was the court's third in the case. The first, on March 12, was adjourned. The second hearing, on March 5, heard two witnesses.", true},
		{"It was the council's second vote on the plan this year. The first, on March 12, was annulled by the governor in May.", false},
	})
}
