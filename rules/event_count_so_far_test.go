package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventCountSoFarThenAhead: a count in the past tense counts the
// events up to the publication date ("have already walked out twice this
// year"); a higher rank told in the future or dated later ("the October
// stoppage will be their third of 2025") is one more still to come.
func TestEventCountSoFarThenAhead(t *testing.T) {
	pub := time.Date(2025, 10, 8, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"The union has called a strike for Monday, Oct. 20. Drivers have already walked out twice this year, on Feb. 13 and on June 17; the October stoppage will be their third of 2025.", false},
		{"Inspectors have visited the mine twice this year, in March and in July. A third inspection, in November, will close the review.", false},
		{"The river has flooded the town twice this year. Forecasters say a third flood could come in late October.", false},
		{"Drivers walked out twice this year, on Feb. 13 and on June 17. Their third strike of 2025 came on Sept. 2.", true},
	})
}
