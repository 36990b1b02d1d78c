package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventCountSinceScope: a rank of two or more "since" a date counts the
// events from that date to the publication date, so a lower rank dated
// before it contradicts it; "the first ... since" is a window after a gap
// and ranks nothing.
func TestEventCountSinceScope(t *testing.T) {
	pub := time.Date(2025, 9, 4, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"Dock workers walked out on Monday in their second strike since March. The first strike, on Feb. 20, lasted a day.", true},
		{"The ferry was halted on Tuesday for the third time since June, port officials said. The first halt came on May 28, after a fuel leak.", true},
		{"The ban is the regulator's second recall since 2023. Its first recall, in November 2022, covered baby formula.", true},
		{"Dock workers walked out on Monday in their second strike since March. The first strike, on April 20, lasted a day.", false},
		{"Monday's recall was the regulator's first recall since March. An earlier recall, on Feb. 2, covered baby formula.", false},
		{"It was her first visit to the island since 2019. Her first visit, in 2011, was a holiday.", false},
	})
}
