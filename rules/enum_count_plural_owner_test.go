package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEnumCountPluralOwnerBeforeHead: a plural owner before the counted
// noun ("Four growers' cooperatives", "three farmers' unions") is no head:
// the count is of what follows it, and a list longer than the count is
// flagged; "in two weeks' time" is a span, not an owner.
func TestEnumCountPluralOwnerBeforeHead(t *testing.T) {
	pub := time.Date(2024, 9, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EnumCount, pub, []fireCase{
		{"Four growers' cooperatives, including Agrícola Carrizal, La Unión, Río Seco, Granos del Sur and Piedra Blanca, have asked for credit.", true},
		{"Three farmers' unions, namely Agra, Terra, Campo and Verde, called the strike.", true},
		{"Two workers' councils, including Arna, Telma and Salva, backed the deal.", true},
		{"Four growers' cooperatives, including Agrícola Carrizal and Granos del Sur, have asked for credit.", false},
	})
}
