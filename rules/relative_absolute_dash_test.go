package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestRelativeAbsoluteDash: a date set off by dashes after a relative day
// ("late yesterday — on March 10 —") restates it, as one after a comma
// or in brackets does.
func TestRelativeAbsoluteDash(t *testing.T) {
	pub := time.Date(2009, 3, 12, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.RelativeAbsolute, pub, []fireCase{
		{"Defence counsel filed a fresh motion late yesterday — on March 10 — asking the judge to exclude the emails.", true},
		{"The board met on Monday – March 10 – to approve the sale.", true},
		{"Police made the arrest yesterday -- March 9 -- after a tip-off.", true},
		{"Defence counsel filed a fresh motion late yesterday — on March 11 — asking the judge to exclude the emails.", false},
	})
}
