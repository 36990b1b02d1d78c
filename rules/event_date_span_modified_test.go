package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventDateSpanModifiedLasts: an event noun given a length of days or
// more before it ("a three-week field survey", "a five-day strike") lasts,
// so a date after it as the object of a preposition ("returned from a
// three-week field survey on Tuesday") is a day within it, not its date;
// its start given later is no contradiction.
func TestEventDateSpanModifiedLasts(t *testing.T) {
	pub := time.Date(2019, 2, 21, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"CALDENES, Feb. 21, 2019 — Scientists who returned from a three-week field survey on Tuesday said the glacier had shrunk.\n\nThe survey began on Jan. 28.", false},
		{"ARNA, Feb. 21, 2019 — Crews came back from a ten-day rescue mission on Sunday.\n\nThe mission began on Feb. 7.", false},
		{"TELMA, Feb. 21, 2019 — Drivers went back to work after a five-day strike on Monday.\n\nThe strike began on Feb. 13.", false},
	})
}
