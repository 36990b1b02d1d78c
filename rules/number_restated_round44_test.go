package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestRestatedRandSign: a capital R glued to an amount in millions or
// written with thousands separators is the rand's sign ("a R36.4 million
// tender"), so its restatements are sums of money.
func TestRestatedRandSign(t *testing.T) {
	pub := time.Date(2025, 3, 27, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"The manager was convicted over a R36.4 million tender on Wednesday. The court ordered the repayment of the R34.6 million contract.", true},
		{"The province awarded a R1.28 billion road deal in May. Auditors questioned the R1.82 billion deal last week.", true},
		{"Residents paid R12,450 in fees last year. The council refunded the R14,250 in fees on Monday.", true},
		{"The manager was convicted over a R36.4 million tender on Wednesday. The court ordered the repayment of the R36.4 million contract.", false},
	})
}

// TestRestatedNewValue: the figure a change reached ("rose 36% to $683
// million") is what the thing now measures, so a later figure written with
// its digits in another order restates it wrongly.
func TestRestatedNewValue(t *testing.T) {
	pub := time.Date(1989, 10, 18, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"Sales increased 36% to $683 million from $502 million. Exports made up 43% of the quarter's $638 million in sales.", true},
		{"Net profit rose 12% to $418.5 million. Analysts said the $481.5 million profit beat forecasts.", true},
		{"Revenue fell 8% to 2.93 billion kroner. The board called the 2.39 billion kroner in revenue disappointing.", true},
		{"Sales increased 36% to $683 million from $502 million. Exports made up 43% of the quarter's $683 million in sales.", false},
	})
}
