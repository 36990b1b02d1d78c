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

// TestSequenceHeadlessOrdinalWithParticiple: a count whose noun carries a
// noun modifier ("two drone surveys") opens a series; a headless ordinal
// with a participle set off after it ("The first, flown on Sept. 26,") is
// dated by that participle.
func TestSequenceHeadlessOrdinalWithParticiple(t *testing.T) {
	pub := time.Date(2025, 11, 3, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Sequence, pub, []fireCase{
		{"The council commissioned two drone surveys this autumn. The first, flown on Sept. 26, mapped the cliffs. The second survey, flown on Sept. 19, covered the sands.", true},
		{"The agency ordered two safety inspections this year. The first, carried out on May 14, found no faults. The second inspection, carried out on May 2, found two.", true},
		{"The club staged two charity matches in the summer. The first, played on Aug. 20, raised £4,000. The second match, played on Aug. 9, raised £3,000.", true},
		{"The council commissioned two drone surveys this autumn. The first, flown on Sept. 19, mapped the cliffs. The second survey, flown on Sept. 26, covered the sands.", false},
	})
}
