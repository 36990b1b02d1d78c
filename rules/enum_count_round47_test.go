package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEnumCountTitledNames: a list of names may give each its office or
// role in lower case before it ("secretary of state Madeleine Albright",
// "striker Tomas Berg"); each is still one item.
func TestEnumCountTitledNames(t *testing.T) {
	pub := time.Date(2025, 2, 13, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EnumCount, pub, []fireCase{
		{"Meanwhile, two senior officials -- secretary of state Madeleine Albright, Berger and defense secretary William Cohen -- announced plans to travel.", true},
		{"Two players -- striker Tomas Berg, goalkeeper Ivo Rasa and defender Luka Mir -- were dropped.", true},
		{"Two envoys -- ambassador Lena Holm, consul Piet Vos and deputy consul Ana Ruiz -- left the capital.", true},
		{"Two players -- striker Tomas Berg and goalkeeper Ivo Rasa -- were dropped.", false},
		{"Three ministers -- finance minister Ana Ruiz, foreign minister Juan Soto and health minister Eva Lind -- resigned.", false},
	})
}
