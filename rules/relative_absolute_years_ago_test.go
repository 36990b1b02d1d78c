package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestRelativeAbsoluteYearThenYearsAgo: a year and a count of years back
// written after it ("in 1959, 42 years ago") must agree: something in
// year Y was P−Y or P−Y−1 whole years before a date in year P. A hedged
// count ("about 42 years ago") is left alone.
func TestRelativeAbsoluteYearThenYearsAgo(t *testing.T) {
	pub := time.Date(2000, 2, 16, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.RelativeAbsolute, pub, []fireCase{
		{"Cubans marked the revolution that brought Castro to power in 1959, 42 years ago, on Wednesday.", true},
		{"The plant opened in 1985, 35 years ago.", true},
		{"The bridge was finished in 1962 (26 years ago) by a Dutch firm.", true},
		{"It began in 1959, 41 years ago.", false},
		{"It began in 1959, 40 years ago, in January.", false},
		{"It began in 1959, about 42 years ago.", false},
		{"It began in 1959, nearly 43 years ago.", false},
		{"It began in 1959, more than 42 years ago.", false},
	})
}
