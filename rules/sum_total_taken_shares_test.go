package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestSumTotalTakenShares: a share a verb of taking or holding gives
// ("with private traders buying 38%", "will keep 29%", "the largest
// shareholder with 34%") goes on with the shares of one whole, which a
// rest in the next sentence closes; a combined share that sums the shares
// told is none of its own.
func TestSumTotalTakenShares(t *testing.T) {
	pub := time.Date(2026, 2, 17, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"Government agencies took 46% of this season's wheat, according to the agriculture office, with private traders buying 38%. Farmers held back the remaining 21% for seed.", true},
		{"Once the purchase closes, Kanbara will become the largest shareholder with 38%. The founding family will keep 29%, Mizuhara Bank 12%, and the remaining 27% will stay with other investors.", true},
		{"State mills bought 52% of the cotton, officials said, with exporters acquiring 33%. Growers kept the remaining 19% for their own looms.", true},
		{"Government agencies took 46% of this season's wheat, according to the agriculture office, with private traders buying 38%. Farmers held back the remaining 16% for seed.", false},
		{"Its noodle arm holds 17% of the domestic market. Hanbit holds 28%, giving the combined group 45%, well ahead of the leader with 38%.", false},
	})
}
