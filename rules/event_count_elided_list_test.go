package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventCountListOfElidedItems: a list of earlier events may give every
// item without its noun ("after one last December and another in March");
// each is still an earlier event of the ordinal's kind, dated by its date.
func TestEventCountListOfElidedItems(t *testing.T) {
	pub := time.Date(2023, 8, 22, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"More than 4,300 people were moved on Monday, the third evacuation this year, after one last December and another in March.", true},
		{"The plant closed again on Friday, its second shutdown this year, after one last November.", true},
		{"Pilots stopped work on Tuesday in the third strike this year, following one last October and another in May.", true},
		{"More than 4,300 people were moved on Monday, the third evacuation this year, after one in January and another in March.", false},
		{"The plant closed again on Friday, its second shutdown this year, after one of the wettest winters on record.", false},
	})
}

// TestEventCountPluralEarlierList: a plural of the ranked kind with one
// date for each earlier event ("after stoppages on Feb. 20 and June 11")
// lists them; the series is then the one the rank counts, and a first
// event of a longer series dated before the scope does not contradict it.
func TestEventCountPluralEarlierList(t *testing.T) {
	pub := time.Date(2024, 11, 13, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"Drivers walked out on Tuesday, their third strike this year, after stoppages on Feb. 20 and June 11. The union's first strike came on Dec. 12 last year.", false},
		{"Dockers walked off on Monday in their third stoppage this year, following stoppages on March 3 and July 9. Their first stoppage came in November last year.", false},
		{"Drivers walked out on Tuesday, their third strike this year, after stoppages last December and on June 11.", true},
		{"Dockers walked off on Monday in their third stoppage this year, following stoppages on Nov. 30 last year and July 9.", true},
	})
}
