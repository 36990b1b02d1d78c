package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEnumCountRoleBeforeName: an item that opens with its holder's role
// ("..., and the deputy mayor, Miriama Kereama") is the name, and names
// with the body they belong to ("A and B of the Harbour ward, C of
// Kaiwhenua, and ...") go on with the list: the message counts them all.
func TestEnumCountRoleBeforeName(t *testing.T) {
	pub := time.Date(2026, 1, 20, 0, 0, 0, 0, time.UTC)
	checkMessages(t, rules.EnumCount, pub, []messageCase{
		{"Five members voted against the sale. They were Rewi Haumoana and Grace Pettigrew of the Harbour ward, Sione Latu of Kaiwhenua, and the deputy mayor, Miriama Kereama.", "names 4"},
		{"Six judges heard the case. They were Ana Ruiz and Tomas Vidal of the High Court, Lia Soto of the Appeals Bench, and the presiding judge, Marta Gil.", "names 4"},
		{"Five ministers resigned. They were Olu Ade and Femi Bello of the Labour Party, Kemi Oni of the Greens, and the finance minister, Tayo Ajayi.", "names 4"},
	})
}
