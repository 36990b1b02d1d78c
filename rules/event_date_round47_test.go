package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventDateLongRelativeClause: a date inside a relative clause set off
// by commas dates that clause, however many words it runs before its
// closing comma, not an event noun after it ("Brouwer, who sat as a deputy
// judge until she was named presiding judge of the chamber in September,
// said the sentence ...").
func TestEventDateLongRelativeClause(t *testing.T) {
	pub := time.Date(2026, 3, 12, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"Judge Brouwer sentenced Okoro to four years on Wednesday. Prosecutors had asked for a six-year sentence on Feb. 24. Brouwer, who sat as a deputy judge in the town until she was named presiding judge of the economic chamber in September, said the sentence reflected the harm done.", false},
		{"Dockers began a strike at the port on Monday, March 2. Okafor, whose long career at the port ended when she was appointed harbour master of the northern docks in November, said the strike was justified.", false},
		{"The two lenders completed the merger on Feb. 24. Ruiz, who ran the smaller of the two lenders for a decade until he was elected chairman of its board in September, said the merger had saved jobs.", false},
		{"The two lenders completed the merger on Feb. 24. Ruiz, who ran the smaller of the two lenders for a decade, said the Feb. 26 merger had saved jobs.", true},
	})
}
