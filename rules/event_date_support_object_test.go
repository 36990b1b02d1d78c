package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventDateSupportObjectBeforePreposition: the event a support verb
// reports is its object, before any preposition ("carried out a survey"),
// not a noun after one ("A survey carried out for the city in July"), so
// that noun is no event dated twice.
func TestEventDateSupportObjectBeforePreposition(t *testing.T) {
	pub := time.Date(2024, 9, 26, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"GDYNIA, Sept. 26, 2024 — A survey carried out for the city in July found that 58% backed the plan. The mayor said the city would meet the tenants next Thursday.", false},
		{"PORTO, Sept. 26, 2024 — Tests conducted for the region in March showed lead in the pipes. Officials said the region would vote on the repairs on Oct. 8.", false},
		{"ODDA, Sept. 26, 2024 — An audit carried out for the town in May found gaps. The mayor said the town would answer on Friday.", false},
		{"ODDA, Sept. 26, 2024 — Inspectors carried out an audit of the mill on May 2. The May 9 audit found gaps.", true},
	})
}
