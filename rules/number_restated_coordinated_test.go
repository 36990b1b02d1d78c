package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestNumberRestatedCountBeforeAnotherPhrase: a count followed by "and"
// and a determiner ("27 scientists and a crew of 14") counts its own noun
// alone, as "212 passengers and 31 crew" does; only a bare noun after
// "and" ("nine brothers and sisters") shares the count.
func TestNumberRestatedCountBeforeAnotherPhrase(t *testing.T) {
	pub := time.Date(2023, 10, 9, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"The ship left on Sept. 5 with 27 scientists and a crew of 14. The chief scientist said all 26 scientists had taken turns on watch.", true},
		{"The bus carried 38 pupils and a driver when it left. Teachers said all 36 pupils were later found safe.", true},
		{"The lodge housed 19 climbers and the two guides. Rescuers said the 17 climbers were flown out on Monday.", true},
		{"The shelter took in nine brothers and sisters on Monday. Staff said the nine children were well.", false},
	})
}
