package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventCountRankPastUnranked: a lower rank goes on with the series a
// higher rank was given, even after an unranked event of the kind told
// since ("their second strike this year ... a five-day strike that ran
// from June 9 ... The first strike came last December").
func TestEventCountRankPastUnranked(t *testing.T) {
	pub := time.Date(2025, 6, 26, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"Drivers called off their second strike this year on Wednesday. The latest stoppage, a five-day strike that ran from June 9 to June 13, emptied the campuses. The first strike came last December, when drivers stayed off the road.", true},
		{"Nurses ended their second walkout this year on Monday. The latest action, a three-day walkout that began on June 2, closed two wards. The first walkout came last November.", true},
		{"Dockers ended their third strike this year on Friday. The stoppage, a week-long strike from June 16, idled the port. The first strike came last October and the second in March.", true},
		{"Drivers called off their second strike this year on Wednesday. The latest stoppage, a five-day strike that ran from June 9 to June 13, emptied the campuses. The first strike came in February, when drivers stayed off the road.", false},
	})
}
