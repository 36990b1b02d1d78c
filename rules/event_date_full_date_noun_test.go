package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventDateFullDateBeforeNoun: a date written with its year before an
// event noun ("his Feb. 17, 2022 arrest") names the event as one without
// the year does: the comma between day and year is inside the date, so
// the noun is still determined by the possessive before it.
func TestEventDateFullDateBeforeNoun(t *testing.T) {
	pub := time.Date(2023, 11, 21, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"Police arrested the mayor at his home on Feb. 14, 2022. In the weeks after his Feb. 17, 2022 arrest, residents signed a petition.", true},
		{"The board dismissed Ortega on March 3, 2021. Since her March 9, 2021 dismissal, the post has stood empty.", true},
		{"The two banks merged on June 30, 2020. The June 2, 2020 merger created the region's largest lender.", true},
		{"Police arrested the mayor at his home on Feb. 14, 2022. In the weeks after his Feb. 14, 2022 arrest, residents signed a petition.", false},
	})
}
