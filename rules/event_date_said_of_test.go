package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventDateSaidOf: a date right after an event noun that is the
// matter of a verb of saying ("had warned of the storm last week, on Dec.
// 23") times the saying, not the event, so the event keeps its own date.
func TestEventDateSaidOf(t *testing.T) {
	pub := time.Date(2024, 12, 30, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"STARY GRÓDEK, Dec. 30, 2024 — The storm peaked on Saturday (Dec. 28) night. Forecasters had first warned of the storm last week, on Dec. 23.", false},
		{"ARNA, Dec. 30, 2024 — The strike began on Friday (Dec. 27). The union had spoken about the strike last week, on Dec. 23.", false},
		{"KOVEL, Dec. 30, 2024 — The flood reached the town on Sunday (Dec. 29). Officials had reported on the flood risk last week, on Dec. 24.", false},
		{"ARNA, Dec. 30, 2024 — The strike began on Friday (Dec. 27). The strike last week, on Dec. 23, closed the port.", true},
	})
}
