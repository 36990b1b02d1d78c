package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestSumTotalGappedShareClosedByRest: a share whose verb is left out
// ("and its wind farms 27%") is of the whole the share before it named;
// when the next sentence gives the rest, the three are all of it and
// must make 100%.
func TestSumTotalGappedShareClosedByRest(t *testing.T) {
	pub := time.Date(2026, 2, 3, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"Hydropower supplied 61% of the output, and its wind farms 27%. The rest, 9%, came from a wood-chip plant.", true},
		{"Coffee made up 52% of the cooperative's sales, and cocoa 30%. The remaining 14% came from honey and timber.", true},
		{"Lorries carried 48% of the freight, and barges 33%. The remainder, 15%, went by rail.", true},
		{"Hydropower supplied 61% of the output, and its wind farms 27%. The rest, 12%, came from a wood-chip plant.", false},
		{"Women make up 54% of the student body and men 46%. International students account for 12%.", false},
	})
}

// TestSumTotalOwnObjectAnswersSameQuestion: in a ballot's shares, an
// object that belongs to the share's own people ("spoiled their papers",
// "left their forms blank") is one more answer to the same question, not
// a question of its own.
func TestSumTotalOwnObjectAnswersSameQuestion(t *testing.T) {
	pub := time.Date(2023, 3, 14, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"Of the members who voted, 64% backed a strike, 31% voted against and 9% spoiled their papers.", true},
		{"In the ballot, 58% approved the merger, 36% rejected it and 8% left their forms blank.", true},
		{"Of the tenants who took part, 71% backed the rent deal, 22% opposed it and 10% cast their votes for neither.", true},
		{"Of the members who voted, 60% backed a strike, 31% voted against and 9% spoiled their papers.", false},
		{"In the survey, 62% backed the housing plan and 58% opposed the parking tax.", false},
	})
}

// TestSumTotalShareVerbAfterRateNoun: a noun a rate may be named by
// ("tax", "interest") that is the subject of a verb of share gives that
// part's share of the whole, not a rate.
func TestSumTotalShareVerbAfterRateNoun(t *testing.T) {
	pub := time.Date(2023, 2, 16, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"Income tax covered 46% of the town's spending last year. State transfers accounted for 31%, and the remaining 19% came from fees.", true},
		{"Property tax funded 52% of the school budget. Grants made up 30%, and the remaining 14% came from donations.", true},
		{"Interest income financed 40% of the trust's grants. Dividends accounted for 35%, and the remaining 21% came from rents.", true},
		{"Income tax covered 46% of the town's spending last year. State transfers accounted for 35%, and the remaining 19% came from fees.", false},
	})
}
