package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEnumCountListClosedByQuote: a list inside a quotation ends where the
// quotation closes after a comma (`... and C," she said`), so the
// attribution after it adds no item and the count is checked.
func TestEnumCountListClosedByQuote(t *testing.T) {
	pub := time.Date(2024, 9, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EnumCount, pub, []fireCase{
		{"\"We have lost four companies since the storm: Théâtre du Grenier, Compagnie Mirabel and Les Fous de Bassan,\" said the festival's director.", true},
		{"\"The club sold three players this summer: Ruiz, Okafor, Dahl and Berg,\" the coach said.", true},
		{"\"Two towns are still cut off: Arna, Telma and Salva,\" a police spokesman told reporters.", true},
		{"\"We have lost three companies since the storm: Théâtre du Grenier, Compagnie Mirabel and Les Fous de Bassan,\" said the festival's director.", false},
	})
}
