package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventDateFloodIdiomAndDayPart: a river that "broke its banks" or
// "burst its banks" tells a flood as the noun does, and "before dawn on
// Sunday" dates the clause's own act: a part of the day is no event the
// date could belong to.
func TestEventDateFloodIdiomAndDayPart(t *testing.T) {
	pub := time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"The river broke its banks before dawn on Sunday, April 28, after three nights of rain. In the days after the April 26 flood, volunteers searched the banks.", true},
		{"The Tana burst its banks after dusk on Friday, April 19. Since the April 21 flood, families have slept in schools.", true},
		{"The stream overflowed its banks on the morning of Monday, April 8. The April 10 flood cut the road.", true},
		{"The river broke its banks before dawn on Sunday, April 28, after three nights of rain. In the days after the April 28 flood, volunteers searched the banks.", false},
	})
}
