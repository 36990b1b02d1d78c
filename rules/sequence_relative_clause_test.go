package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestSequenceDateOfRelativeClause: a date inside a relative clause that
// the main clause's finite verb closes ("voters who stayed home on Sunday
// will turn out for the second round") is the relative clause's, not the
// ranked event's after it.
func TestSequenceDateOfRelativeClause(t *testing.T) {
	pub := time.Date(2026, 4, 21, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Sequence, pub, []fireCase{
		{"PRAVETS, April 21, 2026 — The first round was held on Sunday, April 19. Her campaign was sure that voters who stayed home on April 12 would turn out for the second round.", false},
		{"KORBENIK, April 21, 2026 — The first leg was played on April 18. The club said fans who missed the cup tie on April 4 would travel for the second leg.", false},
		{"SALVA, April 21, 2026 — The first hearing took place on April 16. Lawyers expect that witnesses who testified on April 2 will return for the second hearing.", false},
		{"PRAVETS, April 21, 2026 — The first round was held on Sunday, April 19. The second round was held on April 5.", true},
	})
}
