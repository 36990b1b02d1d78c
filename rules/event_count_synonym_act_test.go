package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventCountSynonymAct: a verb names the act of a synonym's noun when
// the copy uses that noun ("shut the gates twice this year" ... "The third
// closure of 2023"; "quit twice" ... "the third stoppage").
func TestEventCountSynonymAct(t *testing.T) {
	pub := time.Date(2023, 7, 24, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"Seawater forced the cooperative to shut the sluice gates twice this year. The third closure of 2023, which began on May 30, lasted 11 days.", true},
		{"The council has shut the bridge twice this year for repairs. Its third closure of 2023 began on June 12.", true},
		{"Officials shut the border crossing twice this year. The third closure this year came on July 2.", true},
		{"Seawater forced the cooperative to shut the sluice gates twice this year. The second closure of 2023, which began on May 30, lasted 11 days.", false},
	})
}
