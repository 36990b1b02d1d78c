package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventCountDatedBarePlural: a bare plural of an event noun that a
// date right after it places ("after inspections in March and last
// November") names events that happened, each listed before the ranked
// one, so one dated outside the ordinal's scope is flagged.
func TestEventCountDatedBarePlural(t *testing.T) {
	pub := time.Date(2016, 7, 12, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"MARASSO, July 12, 2016 — Monday's visit was the theatre's third inspection this year, after inspections in March and last November.", true},
		{"ORVALA, July 12, 2016 — The walkout was the union's third stoppage this year, following stoppages in February and last December.", true},
		{"TELMA, July 12, 2016 — It was the depot's third police raid this year, after raids in January and last October.", true},
		{"MARASSO, July 12, 2016 — Monday's visit was the theatre's third inspection this year, after inspections in March and May.", false},
		{"TELMA, July 12, 2016 — Raids in general find little, the officer said of the depot's third raid this year.", false},
	})
}
