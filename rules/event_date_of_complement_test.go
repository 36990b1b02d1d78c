package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventDateInsideOfPhraseOfNonEvent: a date after an event noun inside
// the "of" phrase of a noun that names no event ("was declared the winner
// of the regency election on Monday") times the clause's verb when that
// verb has no date of its own; with one ("on Wednesday certified the
// result of the referendum on Sunday, March 31"), it is the event's.
func TestEventDateInsideOfPhraseOfNonEvent(t *testing.T) {
	pub := time.Date(2024, 12, 3, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"Hendra Wijaya was declared the winner of the regency election on Monday.\n\nHe won 45.6% of the votes cast in the Nov. 27 election.", false},
		{"The commission published the results of the referendum on Friday.\n\nTurnout in the Nov. 24 referendum was 61%.", false},
		{"Ana Ruiz was named the champion of the city marathon on Tuesday.\n\nShe ran the Nov. 24 marathon in 2 hours 31 minutes.", false},
		{"The commission on Wednesday certified the result of the referendum on Sunday, Nov. 24.\n\nTurnout in the Nov. 23 referendum was 61%.", true},
	})
}
