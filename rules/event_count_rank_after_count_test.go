package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventCountHeadlessGoesOnRankedSeries: an ordinal without its noun
// after a noun ranked one lower ("The first festival, in 1997, ... The
// second, in 1998, ...") goes on that series, even where the copy counted
// things of another kind before it ("five stages this year").
func TestEventCountHeadlessGoesOnRankedSeries(t *testing.T) {
	pub := time.Date(2022, 7, 30, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"NAGISAWA, July 30, 2022 — There are five stages this year, including a floating stage.\n\nThe first festival, in 1997, drew 800 people. The second, in 1998, added a third day.", false},
		{"ARNA, July 30, 2022 — The club plays four matches this month at the new ground.\n\nThe first tournament, in 2001, had six teams. The second, in 2003, had ten.", false},
		{"TELMA, July 30, 2022 — Organisers booked three concerts this year in the park.\n\nThe first fair, in 1999, lasted a day. The second, in 2000, lasted two.", false},
	})
}
