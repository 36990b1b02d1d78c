package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventDateRoughOffset: a date counted in whole weeks or months from
// now ("a runoff in two weeks") names its week only roughly; a day a
// little outside it ("the runoff on May 29", in copy of Monday, May 16)
// is no second date for the event.
func TestEventDateRoughOffset(t *testing.T) {
	pub := time.Date(2022, 5, 16, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"The mayor will face her challenger in a runoff in two weeks.\n\nThe two go through to the runoff on May 29.", false},
		{"The court will hold a hearing in three weeks, lawyers said.\n\nThe hearing is set for June 5.", false},
		{"The company plans a shareholder vote in a month.\n\nThe vote will take place on June 13.", false},
		{"The mayor will face her challenger in a runoff in two weeks.\n\nThe two go through to the runoff on June 26.", true},
	})
}
