package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventCountRankPastUnranked: a lower rank goes on with the series a
// higher rank was given, even after an unranked event of the kind told
// since ("their second strike this year ... a five-day strike that ran
// from June 9 ... The first strike came last December").
func TestEventCountRankPastUnranked(t *testing.T) {
	pub := time.Date(2025, 6, 26, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"Drivers called off their second strike this year on Wednesday. The latest stoppage, a five-day strike that ran from June 9 to June 13, emptied the campuses. The first strike came last December, when drivers stayed off the road.", true},
		{"Nurses ended their second walkout this year on Monday. The latest action, a three-day walkout that began on June 2, closed two wards. The first walkout came last November.", true},
		{"Dockers ended their third strike this year on Friday. The stoppage, a week-long strike from June 16, idled the port. The first strike came last October and the second in March.", true},
		{"Drivers called off their second strike this year on Wednesday. The latest stoppage, a five-day strike that ran from June 9 to June 13, emptied the campuses. The first strike came in February, when drivers stayed off the road.", false},
	})
}

// TestEventCountDatedWhenClause: a clause of "when" after a date tells an
// event of that date ("began in February, when inspectors shut the
// section"), named by any verb of the kind the rank counts, and it counts
// before the rank.
func TestEventCountDatedWhenClause(t *testing.T) {
	pub := time.Date(2025, 9, 18, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"Officials padlocked the market on Wednesday, the second closure of the market this year. The troubles began in February, when inspectors shut the section for four days. It was closed again for a week in June.", true},
		{"The port halted loading on Tuesday, its second stoppage this year. Problems started in March, when dockers stopped work over pay. Work was stopped again in July.", true},
		{"The council suspended the tram on Monday, its second suspension of the service this year. The trouble came in April, when engineers suspended it after a derailment. It was suspended again in August.", true},
		{"Officials padlocked the market on Wednesday, the third closure of the market this year. The troubles began in February, when inspectors shut the section for four days. It was closed again for a week in June.", false},
	})
}

// TestEventCountYearAfterDatedPlace: a year after a ranked noun's place
// scopes the rank when a finer date before the noun already times its
// event in that year ("walked out on Monday in their third strike at the
// port in 2024"); a year the day does not fall in still dates the event.
func TestEventCountYearAfterDatedPlace(t *testing.T) {
	pub := time.Date(2024, 3, 4, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"HAVRE-SUD, March 4, 2024 — Dockers walked out on Monday in their third strike at the port in 2024.\n\nThe first of the three walkouts began on Dec. 5, 2023.", true},
		{"ORVAL, March 4, 2024 — On Feb. 27 inspectors closed the abattoir, their second inspection of the site in 2024.\n\nThe first inspection came last November.", true},
		{"TERNAY, March 4, 2024 — The rocket lifted off on Sunday in the agency's second launch from Kelvaro in 2024.\n\nThe first launch came on Dec. 18, 2023.", true},
		{"HAVRE-SUD, March 4, 2024 — Dockers walked out on Monday in their third strike at the port in 2024.\n\nThe first of the three walkouts began on Jan. 5.", false},
		{"TERNAY, March 4, 2024 — On Sunday she recalled her second visit to Kelvaro in 1998.\n\nHer first visit was in 1995.", false},
	})
}

// TestEventCountHeadlessOrdinalBeforeVerb: a headless ordinal owned by a
// pronoun may stand before any finite verb ("His first came last
// October", "Her first followed in May"), and it is then a member of the
// series its owner's ranked event belongs to.
func TestEventCountHeadlessOrdinalBeforeVerb(t *testing.T) {
	pub := time.Date(2025, 9, 8, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"Sindre Halvorsen took the third stage on Friday. It was his second win this year. His first came last October, at the Kattegat Classic.", true},
		{"Ana Ferraz won the sprint on Sunday, her second victory this year. Her first followed a crash last November in Porto.", true},
		{"Kofi Boateng scored on Saturday, his second goal this season. His first arrived in April.", false},
		{"Sindre Halvorsen took the third stage on Friday. It was his second win this year. His first came in May, at the Kattegat Classic.", false},
	})
}

// TestEventCountApposedDateAfterScope: a date set off by commas after a
// ranked noun and its scope ("The first flood this year, in April,")
// dates the noun, so the series counted before a later rank is complete.
func TestEventCountApposedDateAfterScope(t *testing.T) {
	pub := time.Date(2023, 7, 18, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"The river burst its banks on Saturday, July 8, the town's second flood this year. The first flood this year, in April, washed away crops, and a smaller flood at the end of May closed the market.", true},
		{"Dockers walked out on Monday, July 10, their second strike this year. The first strike this year, in February, lasted a day, and a short strike in May shut the port.", true},
		{"The volcano erupted on Sunday, July 9, its second eruption this year. The first eruption this year, in January, was small, and a minor eruption in March closed the airport.", true},
		{"The river burst its banks on Saturday, July 8, the town's second flood this year. The first flood this year, in April, washed away crops.", false},
	})
}

// TestEventCountIdiomRanked: a rank after a fixed phrase that names the
// event ("went on strike on Monday for the third time this year", "downed
// tools ... for the second time") ranks the phrase's event, past the
// phrase's own noun.
func TestEventCountIdiomRanked(t *testing.T) {
	pub := time.Date(2024, 4, 3, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"About 4,800 workers went on strike on Monday for the third time this year. The first of the three strikes came on Dec. 18.", true},
		{"Bus drivers came out on strike on Tuesday for the second time this year. The first strike came last November, over pay.", true},
		{"Dockers downed tools on Friday for the second time this year. The first stoppage came last December, after a crane collapsed.", true},
		{"About 4,800 workers went on strike on Monday for the third time this year. The first of the three strikes came on Jan. 18.", false},
	})
}

// TestSequenceRankEndedAfterAside: a ranked event that is the subject of a
// verb of ending or opening after an aside ("The first round of talks,
// held over three days at a hotel, ended on Friday, March 22") is dated
// by it, so a second round dated before is out of order.
func TestSequenceRankEndedAfterAside(t *testing.T) {
	pub := time.Date(2024, 4, 3, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Sequence, pub, []fireCase{
		{"The first round of wage talks, held over three days at a hotel near the port, ended on Friday, March 22, without agreement. The second round, which opened on March 12, collapsed after four hours.", true},
		{"The first inquiry, the third in a decade, closed on Feb. 20 after hearing 40 witnesses. The second inquiry began on Feb. 9.", true},
		{"The first hearing, delayed twice by strikes, ended on March 8 without a ruling. The second hearing opened on March 1.", true},
		{"The first round of wage talks, held over three days at a hotel near the port, ended on Friday, March 8, without agreement. The second round, which opened on March 12, collapsed after four hours.", false},
	})
}

// TestEventCountGoalDateOfPlan: a date after a plan's infinitive, past an
// aside on the plan ("the first acquisition under Park's plan, announced
// last year, to double revenue by 2028"), times the goal, not the event
// the plan governs.
func TestEventCountGoalDateOfPlan(t *testing.T) {
	pub := time.Date(2024, 7, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"Hanbit said on Monday that it would buy Daeyang Optics, its second acquisition this year. The deal follows its purchase in February of a stake in Minh Quang. That was the first acquisition under Park's plan, announced last year, to double Hanbit's revenue by 2028.", false},
		{"The club signed Diallo on Friday, its second signing this year. It signed Okafor in March. That was the first signing under the coach's plan, unveiled in 2023, to halve the squad's age by 2027.", false},
		{"The bank cut rates on Tuesday, its second cut this year. It cut them in February. That was the first cut under a pledge, made last year, to double lending by 2030.", false},
		{"Hanbit said on Monday that it would buy Daeyang Optics, its second acquisition this year. That was after its first acquisition in November 2023.", true},
	})
}

// TestEventCountMemberSentenceFigures: figures in a sentence that opens
// with a ranked member of the series just counted ("The first tour, a
// 14-day run of 11 concerts in nine cities, opens on May 24") describe that
// member and count no other series, so "The second" after it is still the
// count's.
func TestEventCountMemberSentenceFigures(t *testing.T) {
	pub := time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"The Haewol Philharmonic will tour Europe twice in 2026, the orchestra said. The first tour, a 14-day run of 11 concerts in nine cities, opens on May 24. The second, a swing through Scandinavia, is planned for next January.", true},
		{"The agency will launch twice in 2026. The first launch, carrying three cameras and two radios, is set for June. The second, a weather craft, is planned for next January.", true},
		{"The union will strike twice in 2026. The first strike, a 48-hour stoppage at six depots, begins on March 2. The second, at four ports, is planned for next January.", true},
		{"The Haewol Philharmonic will tour Europe twice in 2026, the orchestra said. The first tour, a 14-day run of 11 concerts in nine cities, opens on May 24. The second, a swing through Scandinavia, is planned for November.", false},
	})
}
