package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestSequenceRankedToursWithoutPlace: tours or visits ranked by ordinals,
// by a traveller that is no person and with no destination of their own
// ("Its first Asian tour ... The second Asian tour"), make one series.
func TestSequenceRankedToursWithoutPlace(t *testing.T) {
	pub := time.Date(2025, 11, 12, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Sequence, pub, []fireCase{
		{"Its first Asian tour came in 2013. The second Asian tour, in 2010, took it to Seoul.", true},
		{"The choir's first tour came in 2013. Its second tour came in 2010.", true},
		{"The ballet company's first American tour was in 2016. The second American tour, in 2014, went to six cities.", true},
		{"Its first Asian tour came in 2013. The second Asian tour, in 2016, took it to Seoul.", false},
	})
}
