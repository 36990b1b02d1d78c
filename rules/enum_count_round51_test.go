package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEnumCountRolesBeforeNames: an item of a list of names may open with
// a nationality and a role ("the Slovak critic Zuzana Vrábelová") or with
// what an organisation is ("the Spanish engineering group Ibercarril").
func TestEnumCountRolesBeforeNames(t *testing.T) {
	pub := time.Date(2025, 5, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EnumCount, pub, []fireCase{
		{"The jury had five members: director Tereza Hrubá, actor Milan Kostka, cinematographer Dalibor Rys and the Slovak critic Zuzana Vrábelová.", true},
		{"The contract went to a consortium of two firms, namely Bouzid Travaux, Atlas Ferroviaire and the Spanish engineering group Ibercarril.", true},
		{"The panel had three judges: the Kenyan novelist Wanjiku Maina, poet Lars Ek, the Chilean editor Rosa Vial and critic Ana Sousa.", true},
		{"The jury had four members: director Tereza Hrubá, actor Milan Kostka, cinematographer Dalibor Rys and the Slovak critic Zuzana Vrábelová.", false},
	})
}
