package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventCountPresentRank: a rank in the present with only its scope
// to date it ("The trip is her second visit to Ostravia this year") is
// the one under way on the publication date; a visit and a return joined
// by "and" ("came to Ostravia in February ... and returned in June") are
// two before it, so it is the third.
func TestEventCountPresentRank(t *testing.T) {
	pub := time.Date(2004, 10, 6, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"Marrek came to Ostravia in February for talks, and returned in June to sign an accord.\n\nThe trip is her second visit to Ostravia this year.", true},
		{"The minister flew to Lodra in March for a summit and returned in July to open a port.\n\nThis journey is his second visit to Lodra this year.", true},
		{"The envoy travelled to Kestria in January and returned in May for more talks.\n\nThe visit is her second to Kestria this year, officials said.", true},
		{"Marrek came to Ostravia in February for talks.\n\nThe trip is her second visit to Ostravia this year.", false},
	})
}
