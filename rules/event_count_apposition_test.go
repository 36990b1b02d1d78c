package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventCountApposition: an ordinal without its noun in apposition to
// an event noun ("Monday's walkout, the union's third this year,") counts
// that event, and a verb of following opens the list of the events before
// it as "after" does.
func TestEventCountApposition(t *testing.T) {
	pub := time.Date(2026, 5, 12, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"Monday's walkout, the union's third this year, follows a 24-hour stoppage last December and a two-day strike in late March.", true},
		{"Friday's blast, the mine's second this year, came after a blast last November.", true},
		{"The May 4 strike, its third this year, followed a stoppage in 2025 and a strike in April.", true},
		{"Monday's walkout, the union's third this year, follows a stoppage in January and a strike in late March.", false},
		{"Friday's blast, the mine's second this year, came after a blast in February.", false},
		{"The May 4 strike, the third this year, followed strikes that the union called off.", false},
		{"Crews walked out on Wednesday in the third strike this year, after a strike in February and a stoppage in May. The walkout, the second biggest strike in the sector's history, ends on Friday.", false},
		{"The blast, the second largest this year, came after a blast last November.", false},
	})
}
