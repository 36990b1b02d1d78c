package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventDatePublishedWork: a participle of making public right after
// the noun of a survey, a study or an audit ("a city survey published on
// Wednesday") dates the publication; the work itself may have been done
// earlier ("The survey, carried out in June, ...").
func TestEventDatePublishedWork(t *testing.T) {
	pub := time.Date(2023, 8, 9, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"Most residents want limits on the crowds, according to a city survey published on Wednesday. The survey, carried out in June, questioned 1,240 residents.", false},
		{"The ministry cited an audit released on Monday. The audit, conducted in March, found gaps in the accounts.", false},
		{"Officials pointed to a study issued on Tuesday. The study, done in May, tracked 300 households.", false},
		{"The city carried out a survey on Wednesday. The June 3 survey questioned 1,240 residents.", true},
	})
}
