package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventDateBareSubjectOfStarting: a bare noun of an act that is the
// subject of a verb of starting, at the head of its sentence ("Construction
// of the new span began on April 8"), names the event begun; a later
// mention of it on another start date contradicts it.
func TestEventDateBareSubjectOfStarting(t *testing.T) {
	pub := time.Date(2024, 6, 26, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"Construction of the new span began on Monday, April 8.\n\nThe construction, which started on April 10, has gone well.", true},
		{"Repair of the dam began on March 4.\n\nThe repair, which started on March 6, will last a month.", true},
		{"Restoration of the chapel began on March 4.\n\nThe restoration, which started on March 6, will last a year.", true},
		{"Construction of the new span began on Monday, April 8.\n\nThe construction, which started on April 8, has gone well.", false},
	})
}
