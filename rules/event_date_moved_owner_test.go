package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventDateChangeOfOwner: a verb of change whose subject is a noun
// that an event noun only qualifies ("Survivors of the Oct. 19 landslide
// have been moved") changes that noun's things, not the event, so the
// event's two dates still disagree; the event as the subject is moved.
func TestEventDateChangeOfOwner(t *testing.T) {
	pub := time.Date(1998, 10, 21, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"TALA, Oct. 21, 1998 — A landslide buried 14 houses on Sunday, Oct. 18.\n\nSurvivors of the Oct. 19 landslide have been moved to a school.", true},
		{"ARNA, Oct. 21, 1998 — A fire gutted the market on Friday, Oct. 16.\n\nTraders from the Oct. 15 fire were moved to a car park.", true},
		{"TELMA, Oct. 21, 1998 — A flood swept the valley on Monday, Oct. 12.\n\nVictims of the Oct. 13 flood have been moved to tents.", true},
		{"TALA, Oct. 21, 1998 — The vote was set for Sunday, Oct. 18.\n\nThe Oct. 25 vote was moved after the storm.", false},
	})
}
