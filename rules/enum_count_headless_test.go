package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEnumCountHeadless: a count whose noun the copy left out ("the
// remaining two", "the other three") counts the names in apposition right
// after it; the names after a partitive's whole ("Two of the four, A and
// B,") are the part's.
func TestEnumCountHeadless(t *testing.T) {
	pub := time.Date(2009, 3, 12, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EnumCount, pub, []fireCase{
		{"The jury convicted the remaining two, Desmond Arkwright, Ffion Battersby and Lionel Sayce, of failing to keep records.", true},
		{"The board kept the other three, Ines Mota and Rui Vaz, on full pay.", true},
		{"Police released the last four, Ayo Bello, Musa Sani and Idris Lawal, without charge.", true},
		{"The jury convicted the remaining two, Desmond Arkwright and Lionel Sayce, of failing to keep records.", false},
		{"Two of the four, Agata Lindholm and Piotr Osei, pleaded not guilty.", false},
	})
}
