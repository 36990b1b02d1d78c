package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestNumberRestatedSameStretch: two counts scoped to the same stretch
// of time ("sold 41,300 tickets this year" ... "the 44,000 tickets sold
// this year") are one count given twice; a count for another stretch
// ("the 12 deaths last week") is not the whole restated.
func TestNumberRestatedSameStretch(t *testing.T) {
	pub := time.Date(1999, 9, 4, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"Organisers said the festival sold 41,300 tickets this year.\n\nThe director said the 44,000 tickets sold this year proved the point.", true},
		{"The port handled 1,240 ships last year, its busiest.\n\nOfficials credited the 1,420 ships handled last year to a new quay.", true},
		{"The clinic saw 8,600 patients this month.\n\nStaff said the 6,800 patients seen this month strained the wards.", true},
		{"Organisers said the festival sold 41,300 tickets this year.\n\nThe director said the 39,000 tickets sold last year had been a record.", false},
	})
}
