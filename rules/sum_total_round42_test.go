package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestSumOpeningWithClause: a total that opens its sentence may carry a
// relative clause before the comma ("Of the 30 league matches they have
// played this season,"); the parts after the comma still share it out.
func TestSumOpeningWithClause(t *testing.T) {
	pub := time.Date(2027, 3, 15, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"The club is top. Of the 30 league matches they have played this season, Athletic won nineteen, drew seven and lost five.", true},
		{"The storm hit in May. Of the 412 homes that the storm damaged in the two valleys, 160 were rebuilt, 200 repaired and 60 demolished.", true},
		{"The vote was close. Of the 45 councillors who sat through the long night session, 27 voted yes, 14 voted no and 6 abstained.", true},
		{"The vote was close. Of the 45 councillors who sat through the long night session, 27 voted yes, 12 voted no and 6 abstained.", false},
	})
}
