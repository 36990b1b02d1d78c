package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventDateNounThatBeganAside: a noun whose relative clause set off by
// commas tells it began ("The recall, which began in Japan on Thursday,
// Aug. 17, ...") names an event, dated by that clause, so a later "the
// Aug. 15 recall" disagrees with it.
func TestEventDateNounThatBeganAside(t *testing.T) {
	pub := time.Date(2006, 8, 23, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"SAKAMI, Aug. 23, 2006 — The recall, which began in Japan on Thursday, Aug. 17, covers every cooker made since 2003.\n\nSince the Aug. 15 recall, 40,000 cookers have come back.", true},
		{"ARNA, Aug. 23, 2006 — The inspection, which started on Monday, Aug. 14, covers every ward.\n\nThe Aug. 16 inspection found two faults.", true},
		{"TELMA, Aug. 23, 2006 — The closure, which began on Friday, Aug. 11, affects three lines.\n\nSince the Aug. 9 closure, buses have run in their place.", true},
		{"SAKAMI, Aug. 23, 2006 — The recall, which began in Japan on Thursday, Aug. 17, covers every cooker made since 2003.\n\nSince the Aug. 17 recall, 40,000 cookers have come back.", false},
	})
}
