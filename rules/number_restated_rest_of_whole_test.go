package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestNumberRestatedRestOfWhole: a later figure that is the whole less the
// part taken of it before ("24,890 of the town's 40,670 registered
// voters" ... "the roughly 15,800 registered voters who stayed at home")
// is the rest, not the whole restated.
func TestNumberRestatedRestOfWhole(t *testing.T) {
	pub := time.Date(2022, 5, 16, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"Turnout was 61.2%, with 24,890 of the town's 40,670 registered voters going to the polls.\n\nThe runoff will turn on the roughly 15,800 registered voters who stayed at home.", false},
		{"So far 1,240 of the region's 3,000 schools have reopened.\n\nThe remaining 1,760 schools will open next month.", false},
		{"Some 610 of the union's 2,400 members joined the march.\n\nOrganisers hope to reach the roughly 1,800 members who stayed away.", false},
		{"Turnout was 61.2%, with 24,890 of the town's 40,670 registered voters going to the polls.\n\nThe runoff will turn on the 30,670 registered voters of the town.", true},
	})
}
