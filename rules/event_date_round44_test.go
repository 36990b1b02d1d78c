package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventDateInReferencePhrase: an event noun inside the phrase or clause
// that "after", "before" or "since" opens after a date is the reference
// point of that date, not dated by it ("elected on Wednesday, two days after
// Labour won the council election" ... "Monday's election").
func TestEventDateInReferencePhrase(t *testing.T) {
	pub := time.Date(2026, 5, 7, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"Ingrid Holm was elected mayor on Wednesday, two days after her party won the most seats in the town's council election. Monday's election left Labour with 12 seats.", false},
		{"Parliament met on Thursday, two days after voters backed the plan in a referendum. Tuesday's referendum drew 61% of voters.", false},
		{"Rescuers found the climber on Sunday, two days after he set out in a fierce blizzard on the ridge. The blizzard on Friday dumped a metre of snow.", false},
		{"The strike began on Wednesday, two days after talks collapsed in the capital. Monday's strike closed the port.", true},
	})
}
