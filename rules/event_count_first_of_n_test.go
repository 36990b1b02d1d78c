package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventCountFirstOfNumber: "the first of two inspections the agency
// carried out in 2014" counts the series, scoped by the year of its
// relative clause, so the second dated in the next year is flagged.
func TestEventCountFirstOfNumber(t *testing.T) {
	pub := time.Date(2015, 1, 28, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"ARNA, Jan. 28, 2015 — It was the first of two inspections the agency carried out in 2014.\n\nThe second inspection, on Jan. 9, found rust.", true},
		{"TELMA, Jan. 28, 2015 — It was the first of three strikes the union called in 2014.\n\nThe third strike, on Jan. 12, closed the port.", true},
		{"SALVA, Jan. 28, 2015 — It was the first of two votes the council held in 2014.\n\nThe second vote, on Jan. 20, passed the budget.", true},
		{"ARNA, Jan. 28, 2015 — It was the first of two inspections the agency carried out in 2014.\n\nThe second inspection, on Dec. 9, found rust.", false},
	})
}
