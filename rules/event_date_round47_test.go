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

// TestEventDateGerundReadAsVerb: a gerund after a date inside its noun
// phrase names the verb's act even where the tagger reads it as a verb
// ("before the Oct. 11 opening, Aleksi Rönkkö said").
func TestEventDateGerundReadAsVerb(t *testing.T) {
	pub := time.Date(2025, 9, 18, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"The city will open the tram line on Saturday, Oct. 4, the mayor said. Ticket machines will be tested before the Oct. 11 opening, Aleksi Rönkkö said.", true},
		{"The council will close the old bridge on Monday, Oct. 6. Traffic will be diverted after the Oct. 13 closing, Tomas Reyes said.", true},
		{"The museum will reopen its east wing on Friday, Oct. 3. Guides will be trained before the Oct. 10 reopening, Mirja Salo said.", true},
		{"The city will open the tram line on Saturday, Oct. 4, the mayor said. Ticket machines will be tested before the Oct. 4 opening, Aleksi Rönkkö said.", false},
	})
}

// TestEventDateThemeOfAnAct: an event noun in the phrase that says what an
// act is about ("vote on the deal", "a ruling over the merger") leaves the
// date after it to the act; and a listed noun after a modal or "to" is
// that act's verb ("will vote").
func TestEventDateThemeOfAnAct(t *testing.T) {
	pub := time.Date(2026, 4, 22, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"Shareholders will vote on the deal on Thursday, May 14, in Haarstede. The chief executive will meet investors before the May 21 vote.", true},
		{"Members are due to vote on the strike on Friday, May 8. Organisers expect a high turnout in the May 15 vote.", true},
		{"The court will rule on the merger on Tuesday, May 12. Lawyers for both firms filed papers ahead of the May 19 ruling.", true},
		{"The two firms agreed the deal in March. Shareholders will vote on the deal on Thursday, May 14, and the March deal needs their approval.", false},
		{"Shareholders will vote on the deal on Thursday, May 14, in Haarstede. The chief executive will meet investors before the May 14 vote.", false},
	})
}

// TestEventDateBareWeekdayInPresent: a bare weekday in a clause with no
// past or future of its own ("Thursday's vote has wider implications")
// tells no other instance than the one a future verb dates ("will vote
// tomorrow"): which side of the publication date it falls on is a guess.
func TestEventDateBareWeekdayInPresent(t *testing.T) {
	pub := time.Date(2026, 3, 3, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"Tomorrow the council will vote on the bypass plan. But Thursday's vote has wider implications.", true},
		{"Dockers will strike tomorrow at the port. Friday's strike has support from the crane drivers.", true},
		{"Tomorrow the panel will vote on the new budget. Friday's vote matters for every school in the district.", true},
		{"Tomorrow the council will vote on the bypass plan. Last Thursday's vote was on another plan.", false},
		{"Tomorrow the council will vote on the bypass plan. Wednesday's vote has wider implications.", false},
	})
}

// TestEventDateOwnRelativeClause: a relative clause on an event noun
// dates it even after "before" or "after" ("before the fair, which begins
// Oct. 15"); an event noun right after its determiner is a noun though
// it may be an adjective ("The fair will open"); "instead of" before a
// figure compares amounts and moves no date.
func TestEventDateOwnRelativeClause(t *testing.T) {
	pub := time.Date(2024, 9, 16, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"The fair will open on Tuesday, Oct. 8, and run for five days. Visitors who buy tickets before the fair, which begins Oct. 15, will pay 18 euros instead of 25.", true},
		{"The festival will open on Friday, Oct. 4, in the old harbour. Bands must register before the festival, which starts Oct. 11, organisers said.", true},
		{"The congress will open on Monday, Oct. 7, in Lyon. Delegates who arrive after the congress, which opens Oct. 14, will pay a late fee of 90 euros instead of 60.", true},
		{"The fair will open on Tuesday, Oct. 8, and run for five days. Visitors who buy tickets before the fair, which begins Oct. 8, will pay 18 euros instead of 25.", false},
		{"The show will open on Thursday, Oct. 10, at the docks. Exhibitors who book before the show, which opens Oct. 17, will pay €240 instead of €300.", true},
	})
}

// TestEventDateScheduledObject: an event noun a verb of scheduling takes
// as its object is dated by the "for" after its phrase, not by the date of
// the act of scheduling ("Before rising on Wednesday, the judge fixed a
// hearing on the records for March 3").
func TestEventDateScheduledObject(t *testing.T) {
	pub := time.Date(2026, 2, 12, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"Before rising on Wednesday, Judge Keaveny fixed a hearing on the admissibility of the bank records for March 3. At the March 10 hearing, the defence will argue that the warrant was flawed.", true},
		{"After meeting on Monday, the council scheduled a vote on the new harbour plan for March 5. Residents will be heard before the March 12 vote.", true},
		{"On Tuesday the league set a hearing into the collapse of the north stand for March 4. Witnesses will give evidence at the March 11 hearing.", true},
		{"Before rising on Wednesday, Judge Keaveny fixed a hearing on the admissibility of the bank records for March 3. At the March 3 hearing, the defence will argue that the warrant was flawed.", false},
		{"On Tuesday the league set a hearing into the collapse of the north stand for March 4. Fans protested at Tuesday's hearing of the club's appeal.", false},
	})
}

// TestEventDateBeforeABody: "before" a noun that names a body, not an
// event ("testified before the committee on Thursday, May 28") leaves the
// date to the verb; before an event it still relates the date to it.
func TestEventDateBeforeABody(t *testing.T) {
	pub := time.Date(2026, 6, 3, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"She testified before the committee on Thursday, May 28, for four hours. During her May 26 testimony, she denied it.", true},
		{"He testified before the judge on Monday, May 25, in handcuffs. His May 22 testimony lasted an hour.", true},
		{"The governor testified before the senate on Tuesday, May 26. After her May 21 testimony, she flew home.", true},
		{"She testified before the committee on Thursday, May 28, for four hours. During her May 28 testimony, she denied it.", false},
	})
}

// TestEventDateNameHeadedByEvent: a name whose last word is an event noun
// ("The Brandwald Marathon", "the Kilmarra Folk Festival") names that
// event, and a later definite mention of its kind refers back to it.
func TestEventDateNameHeadedByEvent(t *testing.T) {
	pub := time.Date(2025, 4, 16, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"The Brandwald Marathon was run on Sunday, April 13, in cool conditions. Police said the April 12 marathon had passed without incident.", true},
		{"The Kilmarra Folk Festival opened on Friday, April 11, in the harbour. Traders said the April 10 festival had filled every hotel.", true},
		{"The Ostend Regatta was sailed on Saturday, April 12. Sailors said the April 13 regatta had been the windiest in years.", true},
		{"The Brandwald Marathon was run on Sunday, April 13, in cool conditions. Police said the April 13 marathon had passed without incident.", false},
	})
}

// TestEventDateDatedOccasionNoun: a noun the lexicon keeps as an occasion
// ("a move to cut costs") names a happening when a month and day stand
// before it ("the Feb. 1 move"), and the verb of the same form then names
// that act ("moved the patients on Sunday, Feb. 8").
func TestEventDateDatedOccasionNoun(t *testing.T) {
	pub := time.Date(2026, 2, 20, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"Ambulances moved the patients to the new hospital on Sunday, Feb. 8. Since the Feb. 1 move, staff have reported problems.", true},
		{"The bank moved its head office to Leeds on Monday, Feb. 9. Since the Feb. 2 move, staff have commuted.", true},
		{"The club moved to the new ground on Saturday, Feb. 7. Fans praised the Feb. 14 move.", true},
		{"Ambulances moved the patients to the new hospital on Sunday, Feb. 8. Since the Feb. 8 move, staff have reported problems.", false},
		{"The bank moved its head office to Leeds on Monday, Feb. 9, in a move to cut costs.", false},
	})
}

// TestEventDateCausedStart: a verb that starts an event by causing it
// (lexicon class onset-verbs: "was sparked", "was ignited") dates the
// event's start, as "began" does.
func TestEventDateCausedStart(t *testing.T) {
	pub := time.Date(2025, 8, 25, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"The fire was sparked by lightning on Saturday, Aug. 16, in dry forest. Since the blaze began on Aug. 18, it has burned 41,000 hectares.", true},
		{"The fire was sparked by lightning on Saturday, Aug. 16, in dry forest. Since the fire began on Aug. 18, it has burned 41,000 hectares.", true},
		{"The blaze was ignited by lightning on Friday, Aug. 15. Since the blaze began on Aug. 17, crews have cut firebreaks.", true},
		{"The fire was sparked by lightning on Saturday, Aug. 16, in dry forest. Since the blaze began on Aug. 16, it has burned 41,000 hectares.", false},
	})
}
