package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestTenseTimeSignedThing: a verb of enacting or signing whose object is
// a thing or a deal, past phrases on the object and an aside, is timed by
// the date after them ("signed the contract for the signalling with
// Kessler-Brandt, a Norveland engineering group, in March 2008"), so a
// past tense about a later month is flagged; an object that is an event
// ("agreed a strike in March") or a purpose ("a deal to build the line in
// March") points at a later time.
func TestTenseTimeSignedThing(t *testing.T) {
	pub := time.Date(2008, 1, 29, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.TenseTime, pub, []fireCase{
		{"TUNNEL, Jan. 29, 2008 — Nordbane signed the contract for the signalling with Kessler-Brandt, a Norveland engineering group, in March 2008.", true},
		{"ORVALA, Jan. 29, 2008 — The council approved the plan for the harbour with the port authority in April 2008.", true},
		{"TELMA, Jan. 29, 2008 — The two firms signed the deal in May 2008, the exchange said.", true},
		{"TELMA, Jan. 29, 2008 — The union agreed a strike in March 2008.", false},
		{"TELMA, Jan. 29, 2008 — The firm signed a deal to build the line in March 2008.", false},
	})
}
