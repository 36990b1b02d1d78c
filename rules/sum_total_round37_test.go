package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestSumAcrossNoPartAbove: figures in a later sentence that each exceed a
// sum given before are no parts of it, whatever their unit ("the $2.8
// million award ... has paid out $96 million in all and has $31 million
// left"); parts that fit are still added.
func TestSumAcrossNoPartAbove(t *testing.T) {
	pub := time.Date(2026, 2, 19, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"Marchand said the $2.8 million award was the largest the fund had made. The fund has paid out $96 million in all, she said, and has $31 million left.", false},
		{"The town will get a 4 million euro grant. The grant comes from a scheme that has spent 240 million euros and holds 60 million euros in reserve.", false},
		{"The club paid a $1.5 million fee for the striker. The fee came from a budget of which $40 million has gone on players and $12 million on the stadium.", false},
		{"The county got a $2.35 million grant this week. The grant was the biggest the fund has made; it has paid $96 million in all and keeps $31 million for next year.", false},
		{"The city set aside a 3 million euro budget for parks. The budget is part of a plan that spends 80 million euros on roads and 25 million euros on schools.", false},
	})
}
