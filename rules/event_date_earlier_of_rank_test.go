package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventDateEarlierInstanceOfRank: a mention named by a date before its
// noun ("The January 19 strike") that falls inside the scope of a rank
// past the first ("the third walkout this year") and before the ranked
// event is one of the earlier instances, not the ranked one misdated.
func TestEventDateEarlierInstanceOfRank(t *testing.T) {
	pub := time.Date(2017, 5, 23, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"VAUDRIMONT, May 23, 2017 — Trams stayed in their depots on Tuesday as drivers kept up a three-day strike, the third walkout this year.\n\n\"The January 19 strike cost us 310,000 euros,\" she said.", false},
		{"ARNA, May 23, 2017 — The plant was inspected on Monday, its second inspection this year.\n\nThe March 2 inspection found rust in two tanks.", false},
		{"TELMA, May 23, 2017 — The river flooded the square on Sunday, the fourth flood this year.\n\nThe Feb. 11 flood reached the town hall.", false},
		{"VAUDRIMONT, May 23, 2017 — Trams stayed in their depots on Tuesday as drivers kept up a three-day strike, the third walkout this year.\n\n\"The May 25 strike cost us 310,000 euros,\" she said.", true},
	})
}
