package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventCountActVerbOfSaying: a verb that can report speech ("recall",
// "release") names an act when its object is a thing, bare or not
// ("recalled jam in January"), and the act's date is the date of the noun
// set after it that renames it ("recalled cereal on Monday, its second
// recall this year"); remembering ("recalled meeting him") is no recall.
func TestEventCountActVerbOfSaying(t *testing.T) {
	pub := time.Date(2026, 6, 24, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"The company recalled jam in January and recalled soy milk in March. It recalled cereal on Monday, its second recall this year.", true},
		{"The firm recalled honey in February. In April it recalled yoghurt. On Monday it recalled cereal, its second recall this year.", true},
		{"Brenna Foods recalled peanut butter in March and recalled flour in May. It recalled rice on Tuesday, its second recall of 2026.", true},
		{"The company recalled jam in January. It recalled cereal on Monday, its second recall this year.", false},
		{"She recalled meeting him in January and recalled his warning in March. The company recalled cereal on Monday, its second recall this year.", false},
	})
}
