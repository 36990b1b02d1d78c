package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventDatePluralNameOfOneEvent: a plural that names one event after
// "the" ("the national trials", "the games", "the festivities") is one
// event whose start given twice may disagree; other plurals name several
// events, each with its own dates.
func TestEventDatePluralNameOfOneEvent(t *testing.T) {
	pub := time.Date(2003, 8, 11, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"MAROSI, Aug. 11, 2003 — The national trials opened on Thursday, Aug. 7, in the capital.\n\nSince the trials began on Aug. 6, three records have fallen.", true},
		{"ARNA, Aug. 11, 2003 — The games opened on Monday, Aug. 4, in Geneva.\n\nSince the games began on Aug. 5, two teams have withdrawn.", true},
		{"TELMA, Aug. 11, 2003 — The festivities opened on Friday, Aug. 1.\n\nSince the festivities began on July 31, the town has been full.", true},
		{"SARALI, Aug. 11, 2003 — The floods began on Saturday, Aug. 2, when a levee gave way.\n\nSince the flooding began on Aug. 4, the state has spent 1.2 billion rupees.", true},
		{"ARNA, Aug. 11, 2003 — The protests began on Tuesday, Aug. 5, outside parliament.\n\nSince the protests began on Aug. 3, police have made 40 arrests.", true},
		{"ARNA, Aug. 11, 2003 — The strikes began on Monday, Aug. 4, at the port.\n\nSince the strikes began on Aug. 6 at the mines, output has fallen.", false},
	})
}
