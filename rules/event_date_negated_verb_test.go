package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventDateNegatedVerb: a negated verb ("had not recalled a product
// before last month", "has never struck") tells of no event, so it opens
// no instance a later "the Aug. 23 recall" could be taken for; that one
// is the recall the copy dated, and two dates of it disagree.
func TestEventDateNegatedVerb(t *testing.T) {
	pub := time.Date(2012, 9, 5, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"ARNA, Sept. 5, 2012 — Veldhoff recalled 40,000 tins of formula on Tuesday, Aug. 21.\n\nThe firm had not recalled a product before last month.\n\nSince the Aug. 23 recall, shops have sent back 31,000 tins.", true},
		{"ORVALA, Sept. 5, 2012 — Dockers struck on Monday, Aug. 27.\n\nThey had never struck before this summer.\n\nThe Aug. 29 strike cost the port a week of traffic.", true},
		{"TELMA, Sept. 5, 2012 — The agency audited the mill on Friday, Aug. 17.\n\nIt had not audited a mill before this year.\n\nThe Aug. 15 audit found rust in two tanks.", true},
		{"ARNA, Sept. 5, 2012 — Veldhoff recalled 40,000 tins of formula on Tuesday, Aug. 21.\n\nThe firm had not recalled a product before last month.\n\nSince the Aug. 21 recall, shops have sent back 31,000 tins.", false},
	})
}
