package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEnumCountParticipleAfterLast: a participle's phrase after the last
// item of a list ("..., a grain cart and a swather, financed over seven
// years at a cost she called \"steep\"") ends the list; what it holds,
// quotes included, is no item.
func TestEnumCountParticipleAfterLast(t *testing.T) {
	pub := time.Date(2017, 8, 22, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EnumCount, pub, []fireCase{
		{"This spring they bought four new machines: a combine harvester, a grain cart and a swather, financed over seven years at a cost she called \"steep\".", true},
		{"The club signed four players: a goalkeeper, a winger and a defender, bought for a fee the chairman called \"modest\".", true},
		{"The museum received five paintings: a portrait, a seascape and a landscape, painted in Lisbon and described as \"early work\".", true},
		{"This spring they bought three new machines: a combine harvester, a grain cart and a swather, financed over seven years at a cost she called \"steep\".", false},
	})
}
