package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestSumTotalSpanOfTime: a count of days, weeks or months after "over",
// "during" or "across" before a colon is the stretch a figure before it
// was reached over; the list after the colon divides that figure, not the
// stretch. A verb of totalling ("totalled", "numbered") makes its figure a
// total even when it names no noun.
func TestSumTotalSpanOfTime(t *testing.T) {
	pub := time.Date(2014, 12, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"Some 4,310 visitors came through the doors over the two days: 2,460 on Saturday and 1,850 on Sunday.", false},
		{"The fair drew 18,000 people during the three weekends: 5,000 on the first, 6,000 on the second and 7,000 on the third.", false},
		{"Ferries carried 96,400 passengers across the four months: 20,100 in June, 25,300 in July, 31,000 in August and 20,000 in September.", false},
		{"Crowds totalled 21,300 over the three days: 4,100 on Friday, 7,900 on Saturday and 9,500 on Sunday.", true},
		{"The delegates numbered 640 over the four sessions: 150 on Monday, 170 on Tuesday, 160 on Wednesday and 190 on Thursday.", true},
		{"Arrivals totalled 12,800 across the two weeks: 7,100 in the first and 6,100 in the second.", true},
		{"Crowds totalled 21,300 over the three days: 4,100 on Friday, 7,900 on Saturday and 9,300 on Sunday.", false},
	})
}
