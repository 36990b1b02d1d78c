package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestNumberRestatedTheDead: those killed are counted again as "the 27
// dead" (an adjective standing for the people) or "the 13 dead men" (the
// modifier names the class and sets no part apart).
func TestNumberRestatedTheDead(t *testing.T) {
	pub := time.Date(2025, 10, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"Typhoon Dalisay killed 23 people on Monday. Most of the 27 dead were farmers.", true},
		{"The collapse killed 11 workers on the site. The families of the 13 dead men met the minister.", true},
		{"The landslide killed 14 villagers. Relatives buried the 16 dead on Thursday.", true},
		{"Typhoon Dalisay killed 23 people on Monday. Most of the 23 dead were farmers.", false},
	})
}

// TestNumberRestatedSupersededToll: a figure given in the past perfect in
// a sentence that opens with its time ("On Monday evening the ministry had
// put the toll at 41") is of that earlier moment; the toll since may
// differ. Reported speech shifted back ("told staff that the wing had
// cost ...") is no such moment.
func TestNumberRestatedSupersededToll(t *testing.T) {
	pub := time.Date(2029, 2, 20, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"Of the 57 dead, 34 were in the town. On Monday evening the ministry had put the toll at 41.", false},
		{"The quake killed 57 people. By Tuesday morning, officials had counted 41 dead.", false},
		{"The storm left 212 homes without power. On Sunday night the utility had put the number of homes at 190.", false},
		{"The minister opened the €48.5 million maternity wing. She told staff that the €58.5 million wing had been finished on budget.", true},
	})
}
