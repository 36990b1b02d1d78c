package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventDateInfinitiveOnset: an event noun before "to" and a verb of
// starting ("set the retrial to open on Monday, April 20") is dated at
// its start, as the subject of one is in a clause of time ("When the
// retrial opens on April 22", where "opens" is the clause's verb, not a
// plural noun): two starts, two dates.
func TestEventDateInfinitiveOnset(t *testing.T) {
	pub := time.Date(2026, 4, 9, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"The court set the retrial to open on Monday, April 20.\n\nWhen the retrial opens on April 22, prosecutors expect to call 30 witnesses.", true},
		{"Organisers scheduled the festival to begin on Friday, May 8.\n\nOnce the festival begins on May 9, the square will close to traffic.", true},
		{"Officials timed the hearing to begin on April 27.\n\nWhen the hearing begins on April 29, three judges will sit.", true},
		{"The court set the retrial to open on Monday, April 20.\n\nWhen the retrial opens on April 20, prosecutors expect to call 30 witnesses.", false},
	})
}
