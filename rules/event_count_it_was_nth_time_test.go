package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventCountNthTimeThatClause: "It was the second time this year that Sen
// had beaten Pillai", sentences after the event it ranks, tells that event
// again in its clause after "time", and "The first came ... last
// December" opening the next sentence is the first of that series, dated
// outside the year.
func TestEventCountNthTimeThatClause(t *testing.T) {
	pub := time.Date(2026, 2, 12, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"RAVIPUR, Feb. 12, 2026 — Ishita Sen beat Meenakshi Pillai on Thursday. Pillai had led since the opening round on Monday, Feb. 9.\n\nIt was the second time this year that Sen had beaten Pillai. The first came at the Sangampur Open last December.", true},
		{"ARNA, Feb. 12, 2026 — Dockers struck on Monday. The port had reopened after a storm on Friday, Feb. 6.\n\nIt was the second time this year that the dockers had struck. The first came last November.", true},
		{"TELMA, Feb. 12, 2026 — The river flooded the square on Sunday. The council had met about the embankment on Tuesday, Feb. 3.\n\nIt is the third time this year that the river has flooded the square. The first came last October.", true},
		{"RAVIPUR, Feb. 12, 2026 — Ishita Sen beat Meenakshi Pillai on Thursday. Pillai had led since the opening round on Monday, Feb. 9.\n\nIt was the second time this year that Sen had beaten Pillai. The first came at the Sangampur Open in January.", false},
	})
}
