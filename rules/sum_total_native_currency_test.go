package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestSumTotalCurrencyInItsOwnSpelling: a currency named as its country
// writes it ("złoty", "złotych", "króna") is money, as "zloty" is.
func TestSumTotalCurrencyInItsOwnSpelling(t *testing.T) {
	pub := time.Date(2024, 11, 14, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"The council approved a 412 million złoty budget for 2025. The budget sets aside 171 million złoty for transport, 118 million for education and 74 million for housing, while the remaining 61 million goes to social care.", true},
		{"The city will spend 90 million złotych on roads: 40 million złotych for repairs, 35 million for new lanes and 25 million for lighting.", true},
		{"The fund holds 60 million krónur: 25 million krónur for research, 20 million for teaching and 20 million for buildings.", true},
		{"The council approved a 424 million złoty budget for 2025. The budget sets aside 171 million złoty for transport, 118 million for education and 74 million for housing, while the remaining 61 million goes to social care.", false},
	})
}
