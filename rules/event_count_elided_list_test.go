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
