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

// TestSumTotalSharesTakenAcross: a share won, taken or got in the next
// sentence ("Private traders took 31%, and the rest, 14%, ...") goes on
// with a share of a whole before it; a share of another whole between
// them ("With 99.8% of ballots counted, Barbosa had 46.2% of valid
// votes") ends the chain.
func TestSumTotalSharesTakenAcross(t *testing.T) {
	pub := time.Date(2025, 5, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"Government agencies bought 58% of the wheat sold in the mandis. Private traders took 31%, and the rest, 14%, went to flour mills.", true},
		{"State buyers bought 61% of the cocoa crop. Exporters got 30%, and the rest, 12%, stayed with local grinders.", true},
		{"The ruling party won 47% of the vote. The Greens received 38%, and the rest, 19%, went to independents.", true},
		{"With 99.8% of ballots counted, Barbosa had 46.2% of valid votes. Lacerda took 38.9%.", false},
		{"Government agencies bought 58% of the wheat sold in the mandis. Private traders took 31%, and the rest, 11%, went to flour mills.", false},
	})
}

// TestNumberRestatedOurCount: a count after "our" in a quote ("told our
// 381 workers") points back to the count the copy gave, as "its" does.
func TestNumberRestatedOurCount(t *testing.T) {
	pub := time.Date(2025, 5, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"The plant employs 318 workers. \"Nobody has yet told our 381 workers where they will be working,\" the union leader said.", true},
		{"The club has 1,450 members. \"Our 1,540 members deserve a vote,\" the chairman said.", true},
		{"The school has 620 pupils. \"We owe our 650 pupils a new roof,\" the head said.", true},
		{"The plant employs 318 workers. \"Nobody has yet told our 318 workers where they will be working,\" the union leader said.", false},
	})
}
