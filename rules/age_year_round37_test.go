package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestAgeDelayedLeadTwoSentences: a lead that describes its subject
// without a name is joined to the person named at the opening of either
// of the next two sentences.
func TestAgeDelayedLeadTwoSentences(t *testing.T) {
	pub := time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"GRASSE, France, March 4, 2026 — A perfume house has bought 12 hectares of fields, its owner said on Tuesday. The purchase doubles its land. Grégoire Aubanel, who turned 60 last year, said the price was fair.\n\nThe 63-year-old owner said he would not sell.", true},
		{"BERGEN, Norway, March 4, 2026 — A vineyard has won a gold medal, its owner said on Friday. The medal is its first. Lucia Ferri, born in 1971, said the harvest was small.\n\nThe 49-year-old owner said prices would rise.", true},
		{"BERGEN, Norway, March 4, 2026 — A ferry firm has ordered two ships, its chief executive said on Monday. The order is worth 90 million euros. Anders Holm, 58, said the ships would run on batteries.\n\nThe 61-year-old chief executive said fares would not rise.", true},
		{"TORUN, Poland, March 4, 2026 — A baker has won the national bread prize, the jury said on Monday. The prize is worth 5,000 euros. Tomasz Wrona, 44, has run his shop since 2001.\n\nThe 44-year-old baker said he would keep his prices.", false},
	})
}
