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

// TestEventCountElidedVerb: objects and dates coordinated after a dated
// verb with the verb left out ("recalled jam in January and soy milk in
// March") are each another event of the verb's kind; a second verb of
// its own ("and sold the plant in March") is not.
func TestEventCountElidedVerb(t *testing.T) {
	pub := time.Date(2026, 6, 24, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"The company recalled jam in January and soy milk in March. It recalled cereal on Monday, its second recall this year.", true},
		{"Vexa recalled kettles in February, toasters in April and heaters on Tuesday, its second recall this year.", true},
		{"Inspectors audited the port in January and the airport in April. They audited the rail yard on Monday, their second audit this year.", true},
		{"The company recalled jam in January and soy milk in January. It recalled cereal on Monday, its second recall this year.", false},
		{"It recalled jam in January and sold the plant in March. It recalled cereal on Monday, its second recall this year.", false},
	})
}

// TestEventCountRankDatedNextMonth: a month or week named from now right
// after a ranked noun dates it ("will release her fourth album next
// month"); only the current one scopes the rank ("their third strike this
// month").
func TestEventCountRankDatedNextMonth(t *testing.T) {
	pub := time.Date(2001, 7, 9, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"Sunniva Eldholm will release her fourth album next month. Eldholm, 29, was 22 when her first album came out in 1994.", false},
		{"The band will play its 100th concert next week. Its first concert was in 1990.", false},
		{"Vik staged her second walkout last month. Her first walkout was in 1999.", false},
		{"Dockers walked out on Monday, their third strike this month. The first strike came in December.", true},
	})
}
