package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventDateNounInAl: an event noun in "-al" after its date ("Since the
// May 29 acquittal") is read as a noun, so its date is compared with its
// verb's ("acquitted ... on May 27").
func TestEventDateNounInAl(t *testing.T) {
	pub := time.Date(2025, 6, 10, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"The court acquitted Captain Briggs on May 27. Since the May 29 acquittal, his lawyers have asked for costs.", true},
		{"The party withdrew its candidate on June 3. After the June 5 withdrawal, it backed the mayor.", true},
		{"The club dismissed its coach on March 9. Since the March 12 dismissal, he has sued.", true},
		{"The court acquitted Captain Briggs on May 27. Since the May 27 acquittal, his lawyers have asked for costs.", false},
	})
}

// TestEventDateVerbRetellsNoun: a verb whose object an event noun of its
// kind was told of before ("the Jan. 30 suspension of the tariff increase"
// ... "suspended the increase on Jan. 28") tells that event again, and its
// date must agree.
func TestEventDateVerbRetellsNoun(t *testing.T) {
	pub := time.Date(2026, 2, 10, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"Farmers welcomed the Jan. 30 suspension of the water-tariff increase. The regional government suspended the increase on Jan. 28.", true},
		{"Residents cheered the Feb. 2 closure of the old quarry. The council closed the quarry on Feb. 4 after a vote.", true},
		{"Neighbours filmed the March 3 demolition of the old mill. Crews demolished the mill on March 6 in a single day.", true},
		{"Farmers welcomed the Jan. 30 suspension of the water-tariff increase. The regional government suspended the increase on Jan. 30.", false},
	})
}
