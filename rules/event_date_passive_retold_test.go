package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventDatePassiveRetold: a passive verb whose subject is what an
// earlier event noun's "of" phrase named ("the handover of the line" ...
// "when the line is handed over") tells that event again, and its own
// date is the event's.
func TestEventDatePassiveRetold(t *testing.T) {
	pub := time.Date(2025, 7, 24, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"The formal handover of the line is set for Aug. 6.\n\nWhen the line is handed over on Aug. 8, freight trains will run.", true},
		{"The demolition of the tower is set for Aug. 6.\n\nWhen the tower is demolished on Aug. 8, the road will close.", true},
		{"The inspection of the dam took place on Aug. 6.\n\nThe dam was inspected on Aug. 8, engineers said.", true},
		{"The launch of the satellite is planned for Aug. 6.\n\nOnce the satellite is launched on Aug. 8, tests will begin.", true},
		{"The handover of the bridge took place on Aug. 6.\n\nThe bridge was handed over on Aug. 6, officials said.", false},
		{"The inspection of the dam took place on Aug. 6.\n\nThe bridge was inspected on Aug. 8, engineers said.", false},
	})
}
