package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventCountAppositionRepeatsNoun: an apposition may rank the event by
// naming it again ("Tuesday's recall, the company's second recall this
// year"); the rank is the dated event's, so earlier dated events of the
// year count against it, and its date is no other instance's.
func TestEventCountAppositionRepeatsNoun(t *testing.T) {
	pub := time.Date(2024, 6, 20, 0, 0, 0, 0, time.UTC)
	twoBefore := "The dairy has had a hard year. It recalled 40,000 cartons of milk in January, and recalled a batch of yoghurt in March.\n\nThe director said Tuesday's recall, the company's second recall this year, covered only tins."
	checkFires(t, rules.EventCount, pub, []fireCase{
		{twoBefore, true},
		{"The union has had a hard year. Its drivers struck for a day on Feb. 2, and struck for two days on April 9.\n\nMonday's strike, the union's second strike this year, shut the port.", true},
		{"The town has had a wet year. The river flooded it in January, and flooded it again in March.\n\nSunday's flood, the town's second flood this year, reached the square.", true},
		{"The dairy has had a hard year. It recalled 40,000 cartons of milk in January.\n\nThe director said Tuesday's recall, the company's second recall this year, covered only tins.", false},
	})
	checkFires(t, rules.EventDate, pub, []fireCase{{twoBefore, false}})
}
