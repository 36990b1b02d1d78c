package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestSumTotalAgedRangeIsNoTotal: an age after "aged", and the other end
// of a range opened there ("aged nine months to five years", "aged
// between five and 14"), tells what the counted things are; the list
// after the colon divides the count before it, not the age.
func TestSumTotalAgedRangeIsNoTotal(t *testing.T) {
	pub := time.Date(2000, 3, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"So far 184,300 children aged nine months to five years have received a dose: 71,200 in Vellakad, 58,900 in Tirumali, 36,400 in Vedam and 17,800 in Paruvai.", false},
		{"Some 9,400 pupils aged between five and 14 sat the test: 5,100 in the city and 4,300 in the villages.", false},
		{"In all 2,650 workers aged 18 to 30 joined the scheme: 1,400 in March, 900 in April and 350 in May.", false},
	})
}
