package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventCountNthTimeClause: ", the second time this year the group has
// had to recall its products" ranks the event the clause after "time"
// tells, within its period; a lower rank dated outside it contradicts it.
// A frequency ("checks it carries out twice a year") counts no events.
func TestEventCountNthTimeClause(t *testing.T) {
	pub := time.Date(2025, 5, 14, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"A dairy pulled 38,000 tubs of cheese from shelves on Tuesday, the second time this year the group has had to recall its products.\n\nThe first of the two recalls came last November, when yoghurts had to be withdrawn.", true},
		{"Inspectors closed the market on Monday, the third time this year that the city has had to shut it.\n\nThe first of the three closures came last December, after a fire.", true},
		{"Pilots stopped work on Friday, the second time this year the union has struck.\n\nThe first of the two strikes came last October, over rosters.", true},
		{"A dairy pulled 38,000 tubs of cheese from shelves on Tuesday, the second time this year the group has had to recall its products.\n\nThe first of the two recalls came in February, when yoghurts had to be withdrawn.", false},
		{"Inspectors visited the plant on May 6 as part of the checks they carry out twice a year. The first of the two checks came in January.", false},
	})
}
