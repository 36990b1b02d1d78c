package rules_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/copydesk/copydesk/checker"
	"github.com/copydesk/copydesk/checker/analysis"
	"github.com/copydesk/copydesk/rules"
)

// TestEventMoved: a verb of change tells of a new date only for the event
// it bears on, as object or subject; "appointments were cancelled" in the
// sentence of a walkout moves no walkout.
func TestEventMoved(t *testing.T) {
	pub := time.Date(2026, 2, 6, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		rule *analysis.Rule
		text string
		want bool
	}{
		{seq, "The first strike came on Tuesday, Jan. 20. The second strike, which began on Jan. 13, hit clinics hardest: 3,800 appointments were cancelled.", true},
		{seq, "The first strike came on Tuesday, Jan. 20. The second strike began on Jan. 13 and flights were delayed.", true},
		{seq, "The first strike came on Tuesday, Jan. 20. The second strike, which began on Jan. 13, was postponed.", false},
		{seq, "The first strike came on Tuesday, Jan. 20. The second walkout, a 48-hour action that began on Jan. 13, hit clinics hardest.", true},
		{seq, "The first raid took place on May 9. The second raid, an operation which began on May 2, found guns.", true},
		{seq, "The first hearing was held on June 4. The second hearing, a closed session that opened on June 1, lasted an hour.", true},
		{seq, "The first hearing was held on June 4. The second hearing, a closed session that opened on June 11, lasted an hour.", false},
		{date, "The vote is set for March 3. The March 5 vote was postponed by a week.", false},
		{date, "The vote is set for March 3. The March 5 vote on the budget was delayed by the court.", false},
		{date, "The vote is set for March 3. Officials postponed the March 5 vote.", false},
		{date, "The vote is set for March 3. Trains were cancelled before the March 5 vote.", true},
	} {
		got := fires(t, c.rule, checker.Document{Text: c.text, Format: "text", Published: pub})
		assert.Equal(t, c.want, got, c.text)
	}
}

var (
	seq  = rules.Sequence
	date = rules.EventDate
)
