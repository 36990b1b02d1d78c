package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestSumTotalDatedItem: a bare figure with only a date after it ("and
// 8,000 today") is an item of the list before it, its verb and unit left
// out; the date is no noun of the figure.
func TestSumTotalDatedItem(t *testing.T) {
	pub := time.Date(2009, 3, 12, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"The team has collected 11,500 euros for the time trial on Monday, 8,000 for a solo win on Thursday and 8,000 today, a total of 28,500 euros in prizes.", true},
		{"The appeal raised 40,000 pounds at a gala on Friday, 12,000 at a fun run on Saturday and 9,000 yesterday, a total of 66,000 pounds.", true},
		{"Donors gave $2,500 to the school fund last week, $1,200 to the library this week and $800 today, a total of $5,000.", true},
		{"The team has collected 11,500 euros for the time trial on Monday, 8,000 for a solo win on Thursday and 8,000 today, a total of 27,500 euros in prizes.", false},
	})
}
