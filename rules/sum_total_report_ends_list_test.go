package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestSumTotalReportEndsList: a clause of saying after a list of parts
// ("..., the commission said after counting ballots from all 2,916
// polling stations") ends the list; its own figures are no parts.
func TestSumTotalReportEndsList(t *testing.T) {
	pub := time.Date(1998, 11, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"Of the 120 seats, the Civic Union won 47, the League 31, the Social Democrats 24 and small parties the remaining 20, the commission said after counting ballots from all 2,916 polling stations.", true},
		{"Of the 60 places, the city took 25, the county 20 and the region the other 18, the board said after reviewing 4,000 applications.", true},
		{"Of the 90 beds, the surgical wing holds 40, the medical wing 30 and the children's ward 25, the director said after visiting all 14 wards.", true},
		{"Of the 120 seats, the Civic Union won 47, the League 31, the Social Democrats 24 and small parties the remaining 18, the commission said after counting ballots from all 2,916 polling stations.", false},
	})
}
