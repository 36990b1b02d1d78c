package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventDateNamedByItsDay: a mention named by its day ("Sunday's win")
// is the event of that day among several of its kind, not the last one
// told, dated otherwise ("also won the third stage, on Jan. 23").
func TestEventDateNamedByItsDay(t *testing.T) {
	pub := time.Date(2025, 1, 27, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"SALTA, Argentina, Jan. 27, 2025 (Copydesk) — Tomás Ibarguren won the Vuelta on Sunday. He also won the third stage, on Jan. 23, a climb to Cerro Pircas. Sunday's win makes him a near-certain pick for the national team.", false},
		{"OSLO, Norway, Jan. 27, 2025 (Copydesk) — Kari Lund won on Saturday, taking the sprint title. She had also won a heat on Jan. 21 in Bergen. Saturday's victory earned her 5,000 kroner.", false},
		{"LIMA, Peru, Jan. 27, 2025 (Copydesk) — The union voted on Friday to end the strike. It had also voted on Jan. 20 to reject the offer. Friday's vote passed by 412 to 96.", false},
		{"SALTA, Argentina, Jan. 27, 2025 (Copydesk) — Tomás Ibarguren won the Vuelta on Sunday, Jan. 26. Friday's win makes him a near-certain pick for the national team.", true},
	})
}
