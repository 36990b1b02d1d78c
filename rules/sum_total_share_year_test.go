package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestSumTotalSharesOfAnotherYear: a share in a sentence that names a year
// the shares before it do not is of that year's whole, not theirs; the
// chain of one whole stops there.
func TestSumTotalSharesOfAnotherYear(t *testing.T) {
	pub := time.Date(2026, 1, 27, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"Wind turbines contributed 38% of the island's power last year. In 2019, before the solar park opened, diesel supplied 88%.", false},
		{"Domestic travellers made up 58% of last year's passengers. In 2015 international arrivals accounted for 61%.", false},
		{"Exports to Asia made up 55% of sales last year. Back in 2010, Europe accounted for 70%.", false},
		{"Domestic travellers made up 58% of last year's passengers. International arrivals accounted for 61%.", true},
	})
}

// TestSumTotalPartOfOwnedWhole: in "38 of the transport company's 312
// vehicles: 22 buses and 16 trams", the list gives the part, not the whole,
// whatever determiner or owner the whole has.
func TestSumTotalPartOfOwnedWhole(t *testing.T) {
	pub := time.Date(2024, 11, 13, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"Only 38 of the transport company's 312 vehicles ran on Tuesday: 22 buses and 16 trams.", false},
		{"Nine of its 14 plants stayed open: five in Ohio and four in Texas.", false},
		{"Only 40 of the city's 312 vehicles ran on Tuesday: 22 buses and 16 trams.", true},
	})
}
