package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestNumberRestatedBudgetOwner: a sum named as the budget, funding or
// allocation that a thing has or owns ("The tour has a budget of 2.3
// million euros", "the festival's funding of $4 million") is that thing's
// sum, so a later figure naming the thing ("the 2.8 million euro tour")
// restates it; a sum a named person owns is not a thing's.
func TestNumberRestatedBudgetOwner(t *testing.T) {
	pub := time.Date(2025, 3, 10, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"The orchestra will play in six cities. The tour has a budget of 2.3 million euros.\n\nIts director said the 2.8 million euro tour would break even.", true},
		{"The festival's funding of $4.5 million comes from the state.\n\nOrganisers said the $5.4 million festival would sell out.", true},
		{"The museum wing had an allocation of 640 million pesos, the ministry said.\n\nWork on the 690 million peso wing starts in May.", true},
		{"The orchestra will play in six cities. The tour has a budget of 2.3 million euros.\n\nIts director said the 2.3 million euro tour would break even.", false},
		{"Vidak's budget of 2.3 million euros covers travel.\n\nThe 2.8 million euro tour starts in May.", false},
	})
}
