package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventCountElidedOne: "one" after "and", "or" or a comma, with a date
// after its preposition, stands for the indefinite event noun before it
// in the sentence ("an inspection in March 2022 ..., and one in July
// 2022 ..."): another event of that kind, counted against the copy's
// count.
func TestEventCountElidedOne(t *testing.T) {
	pub := time.Date(2023, 8, 16, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"Engineers inspected the bridge twice last year. An inspection in March 2022 rated the cables fair, and one in July 2022 noted rust. An inspection in November 2022 found broken wires.", true},
		{"The regulator audited the bank twice last year. An audit in February 2022 found no faults, and one in June 2022 flagged late filings. An audit in October 2022 closed the file.", true},
		{"The river flooded the town twice last year. A flood in January 2022 closed the school, one in April 2022 cut the road, and a flood in September 2022 reached the square.", true},
		{"Engineers inspected the bridge twice last year. An inspection in March 2022 rated the cables fair, and one in July 2022 noted rust.", false},
	})
}
