package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventCountOrdinalOfAnotherScope: an ordinal ranked within a scope of
// its own that does not meet the count's ("the first time this year"
// against "twice in 2025", in copy of 2026) ranks another stretch's
// events, not the counted ones.
func TestEventCountOrdinalOfAnotherScope(t *testing.T) {
	pub := time.Date(2026, 1, 14, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"Storm Hesketh closed the causeway on Monday for the first time this year. The causeway was closed by flooding twice in 2025, council records show.", false},
		{"Dock workers went on strike on Tuesday, their first strike this year. They went on strike three times in 2025.", false},
		{"Inspectors visited the plant on Monday, their first visit this year. They visited it twice in 2025, the firm said.", false},
		{"The causeway was closed by flooding twice in 2025, council records show. The second closure came on Monday.", true},
		{"It was the agency's third launch this year, after launches in January and on Feb. 8. The agency made five launches in all of 2025.", false},
	})
}

// TestEventCountDeferralVerb: after a verb of deferral (lexicon class
// deferral-verbs) a count or an ordinal ranks the deferrals, not the event
// its object names ("adjourned the trial for the second time this year").
func TestEventCountDeferralVerb(t *testing.T) {
	pub := time.Date(2026, 2, 12, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"The judge adjourned the trial on Wednesday for the second time this year. The first adjournment came on Dec. 18.", true},
		{"The board postponed the vote on Wednesday for the second time this year. The first postponement came on Dec. 18.", true},
		{"The ministry suspended the talks on Wednesday for the second time this year. The first suspension was ordered on Dec. 18.", true},
		{"The judge adjourned the trial on Wednesday for the second time this year. The first adjournment came on Jan. 20.", false},
		{"The board held the vote on Wednesday for the second time this year. The first postponement came on Dec. 18.", false},
	})
}

// TestEventCountOrdinalOfEventNoun: an ordinal's scope may follow a phrase
// of "of" whose noun is itself an event, the one the ranked act is of
// ("the second adjournment of the trial this year").
func TestEventCountOrdinalOfEventNoun(t *testing.T) {
	pub := time.Date(2026, 2, 12, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"The trial was adjourned again on Wednesday, the second adjournment of the trial this year. The first adjournment, granted on Dec. 18, pushed back its start.", true},
		{"The council met on Wednesday, its second postponement of the budget vote this year. The first postponement came on Dec. 18.", true},
		{"Talks broke down on Wednesday, the second suspension of the negotiations this year. The first suspension came on Dec. 18.", true},
		{"Talks broke down on Wednesday, the second suspension of the negotiations this year. The first suspension came on Jan. 19.", false},
	})
}

// TestEventCountGerundClauseRanksItsOwnAct: an ordinal inside a clause of
// time around a gerund ("after voting for industrial action for the first
// time since 1998") ranks that act, not the counted events before it.
func TestEventCountGerundClauseRanksItsOwnAct(t *testing.T) {
	pub := time.Date(2025, 7, 16, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"Nurses will stage two 24-hour strikes next month after voting for industrial action for the first time since 1998, their union said.", false},
		{"Drivers will hold three walkouts in August after balloting for action for the first time since 2010.", false},
		{"Dockers plan two stoppages next week before meeting the employer for the second time this year.", false},
		{"Porters will hold two walkouts in May upon rejecting the offer for the third time since 2019.", false},
		{"Cleaners staged two strikes last month while negotiating with the council for the first time in a decade.", false},
		{"Guards will stage two stoppages in June once balloting closes for the second time this year.", false},
	})
}

// TestEventCountDateInAppositiveNP: a date inside a noun phrase set off
// after a noun ("The first strike, a three-day stoppage from Feb. 6 to Feb.
// 8, was called ...") takes its tense from the clause's verb after the
// phrase, so it is read in the year a past tense gives.
func TestEventCountDateInAppositiveNP(t *testing.T) {
	pub := time.Date(2024, 8, 14, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"Miners walked out on Monday, the second strike at the mine this year. The first strike, a three-day stoppage from Feb. 6 to Feb. 8, was called over safety.", false},
		{"Pilots walked out on Monday, their second strike this year. The first strike, a two-day walkout on Feb. 6 and 7, was called over pay.", false},
		{"Nurses struck on Monday for the second time this year. The first strike, a one-day stoppage on Feb. 6, ended without a deal.", false},
	})
}

// TestEventCountNounModifierOfLaterAct: a count may have a noun modifier
// before a noun whose act sense is a later one ("two pilot enumerations
// in 2026"), and its headless ordinals are its members.
func TestEventCountNounModifierOfLaterAct(t *testing.T) {
	pub := time.Date(2025, 8, 5, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"The agency plans to run two pilot enumerations in 2026. The first, in the north, will take place in March. The second, in the coastal district, is planned for January 2027.", true},
		{"The ministry will hold two budget consultations in 2026. The first, for office staff, will take place in March 2026. The second, for field staff, is planned for January 2027.", true},
		{"The club will stage two charity auctions in 2026. The first, in the hall, will take place in May 2026. The second, online, is planned for February 2027.", true},
		{"The agency plans to run two pilot enumerations in 2026. The first, in the north, will take place in March 2026. The second, in the coastal district, is planned for November 2026.", false},
	})
}
