package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventDateOpenClass: any noun the lexicon knows as an act or event is
// an event once a determiner picks out an instance, and its kind is its
// lemma ("the Oct. 23 slaying" … "the Oct. 25 slaying"). A date after such a
// noun that is a verb's object, or the object of a noun's "of", times the
// verb or that noun ("approved the ballot on Tuesday", "the final day of the
// exercise on July 22"), and nouns of occasion are no events ("for the
// first time").
func TestEventDateOpenClass(t *testing.T) {
	pub := time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"Police are hunting a man after the Oct. 23 slaying of Ruth Amsel. The city offered a reward for the Oct. 25 slaying of Amsel.", true},
		{"Inspectors closed the plant after the Sept. 14 inspection. Managers disputed the findings of the Sept. 17 inspection, which found rust.", true},
		{"Residents fled after the March 3 raid on the depot. The mayor said the March 5 raid had been planned for weeks.", true},
		{"The council approved the ballot on Tuesday. Parents will vote in the ballot on Dec. 9.", false},
		{"Troops began the exercise on Nov. 12. The minister will join the final day of the exercise on Nov. 19.", false},
		{"Workers ended the go-slow on Wednesday. The go-slow began on Nov. 2 at the northern estates.", false},
		{"The council met for the first time on Nov. 3. It sat for the second time on Nov. 10.", false},
		{"In the first case, heard on Nov. 2, the judge fined the firm. In this case, heard on Nov. 9, she did not.", false},
		{"Growth slowed in the third quarter. The move on Nov. 4 surprised traders, and the move on Nov. 6 calmed them.", false},
	})
}

// TestEventDateClassifiers: a classifying word before the event noun tells
// one event from another of its kind ("the women's final", "the men's
// final"); the same classifier, or none on one side, does not.
func TestEventDateClassifiers(t *testing.T) {
	pub := time.Date(2026, 6, 10, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"Berg won the women's final on Saturday, June 6. A day later, her brother lost the men's final.", false},
		{"Okafor won the junior race on June 6. Her cousin finished third in the senior race on June 7.", false},
		{"Turnout was low in the regional election on May 3. The national election on May 10 drew more voters.", false},
		{"Berg won the women's final on Saturday, June 6. The women's final on June 8 drew a crowd of 7,000.", true},
		{"Berg won the final on Saturday, June 6. Crowds packed the June 8 final.", true},
	})
}

// TestEventDateDecided: a date after an event noun that a verb of deciding
// or scheduling takes as its object times the decision ("approved the
// ballot on Tuesday"), unless a preposition of target gives the event's
// own date ("set the hearing for June 22").
func TestEventDateDecided(t *testing.T) {
	pub := time.Date(2026, 2, 19, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"Parents will vote next month on the merger. The board approved the ballot on Tuesday.", false},
		{"Dockers will strike next week. The union called the strike on Monday after talks failed.", false},
		{"The summit opens in March. Ministers announced the summit on Feb. 10 in Rome.", false},
		{"The hearing will open on March 3. The judge set the hearing for March 5.", true},
		{"Parents will vote on March 3. The ballot on March 5 will decide the merger.", true},
	})
}

// TestEventDateScheduledApposition: a participle of scheduling in
// apposition to an event noun ("The hearing, set for Wednesday, May 13,")
// gives the event's own date.
func TestEventDateScheduledApposition(t *testing.T) {
	pub := time.Date(2026, 5, 4, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"The hearing, set for Wednesday, May 13, will be the first in the case. Tenants will gather on the eve of the May 15 hearing.", true},
		{"The vote, scheduled for June 2, needs a quorum. Organisers expect a crowd at the June 4 vote.", true},
		{"The summit, planned for May 20, will be held in Oslo. Hotels are full for the May 22 summit.", true},
		{"The hearing, set for Wednesday, May 13, will be the first in the case. Tenants will gather on the eve of the May 13 hearing.", false},
		{"The hearing, announced on May 1, will be held in June. Tenants will gather at the June 3 hearing.", false},
	})
}

// TestEventDateBounds: a date that bounds an event ("runs until Sunday",
// "before Christmas") is no date of it, and two years are two instances of
// what recurs ("won the race in 2018" ... "the race ... in 2019").
func TestEventDateBounds(t *testing.T) {
	pub := time.Date(2025, 12, 10, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"Her film opened the festival on Friday (Dec. 5). The festival, which runs until Sunday, Dec. 14, shows 42 films.", false},
		{"The talks opened on Monday, Dec. 1. The talks, which last through Friday, Dec. 5, are closed to the press.", false},
		{"The fair opened on Dec. 3. The fair, open since Dec. 1 to traders, draws crowds.", false},
		{"She won the race in 2018 and in 2022. The men's race record was set in 2019, when the race was moved to May.", false},
		{"The festival opened on Friday (Dec. 5). The Dec. 7 festival opening drew crowds.", true},
		{"The explosion, which shook windows shortly after 11 p.m. on Monday, Dec. 1, destroyed a hall. Prices rose in the week since the Dec. 3 blast.", true},
		{"The fire, which broke out just before midnight on Dec. 1, gutted the mill. Insurers met after the Dec. 3 fire.", true},
		{"The attack, which began soon after dawn on Dec. 1, killed four. Police arrested two men over the Dec. 4 attack.", true},
	})
}

// TestSequenceBounds: an ordinal event bounded by a date ("a fourth strike
// before Christmas") is not dated by it.
func TestSequenceBounds(t *testing.T) {
	pub := time.Date(2025, 9, 17, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Sequence, pub, []fireCase{
		{"The third strike this year began on Monday. The union has not ruled out a fourth strike before Christmas.", false},
		{"The second hearing is on Oct. 2. A third hearing may come after Sept. 20.", false},
		{"The second launch came in May. The third launch will not happen until next year.", false},
		{"The third strike began on Sept. 15. The fourth strike, on Sept. 2, was shorter.", true},
	})
}

// TestEventDateVerbThenNoun: a verb dated by its own clause dates the event
// its noun names later ("merged on 5 March" ... "the 12 March merger"); a
// verb that says when an event noun before it happened names no event of
// its own ("the second strike came in March").
func TestEventDateVerbThenNoun(t *testing.T) {
	pub := time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"The two unions merged on 5 March at a joint congress. Since the 12 March merger, the union has grown.", true},
		{"Police searched the farmhouse on Oct. 14 at dawn. The Oct. 16 search found rifles in the barn.", true},
		{"The army raided the depot on Sept. 3, officials said. Residents fled after the Sept. 5 raid.", true},
		{"The two unions merged on 5 March at a joint congress. Since the 5 March merger, the union has grown.", false},
		{"The first strike came on Oct. 2. The second strike came on Oct. 9, and the third strike began on Oct. 20.", false},
		{"The blast occurred on Nov. 2 at the mine. The Nov. 2 blast killed four miners.", false},
	})
}

// TestEventDateKin: an event named again by a synonym or a more general
// word is the same event ("the Oct. 23 slaying" ... "the Oct. 25 murder");
// two kinds under one general word are not ("raid", "ambush").
func TestEventDateKin(t *testing.T) {
	pub := time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"Police are hunting a man after the Oct. 23 slaying of Ruth Amsel. The city offered a reward in the Oct. 25 murder of Amsel.", true},
		{"Rebels claimed the Sept. 3 bombing of the depot. Officials said the Sept. 5 attack killed four guards.", true},
		{"Engineers found rust in the June 4 inspection of the bridge. The June 9 examination closed one lane.", true},
		{"Police are hunting a man after the Oct. 23 slaying of Ruth Amsel. The city offered a reward in the Oct. 23 murder of Amsel.", false},
		{"Troops carried out the Sept. 3 raid on the depot. The Sept. 5 ambush on the road killed two.", false},
	})
}

// TestEventDateDayNamedOnce: a day named before the noun on one mention
// only dates the event the other mention dated ("the vote on Oct. 12" ...
// "Sunday's vote", a day earlier); a longer stretch so named, or names on
// both, tell instances apart.
func TestEventDateDayNamedOnce(t *testing.T) {
	pub := time.Date(2025, 10, 15, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"Voters in Tarsk went to the polls in the referendum on Oct. 12. Turnout in Saturday's referendum was low.", true},
		{"The summit on Oct. 9 opened with a speech. Delegates left Friday's summit early.", true},
		{"The hearing on Oct. 1 was adjourned. Lawyers said Thursday's hearing lasted four hours.", true},
		{"Voters went to the polls in the referendum on Oct. 12. Turnout in Sunday's referendum was high.", false},
		{"Saturday's debate was heated. Sunday's debate was calmer.", false},
		{"The festival opens on Oct. 20. Last year's festival drew 9,000 people.", false},
	})
}

// TestEventDateOwnedByNounBetween: a date after another event noun ("the
// death in November") is that noun's, not the event named before it.
func TestEventDateOwnedByNounBetween(t *testing.T) {
	pub := time.Date(2027, 2, 10, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"Keating is on course to win Saturday's by-election. The by-election was called after the death in November of the member.", false},
		{"Crowds gathered for Sunday's referendum. The referendum was called after the defeat in October of the coalition.", false},
		{"Doctors praised Friday's concert. The concert was planned after the departure in December of the conductor.", false},
	})
}

// TestEventDateWeekdayPossessive: a weekday's possessive before an event
// noun dates it past adjectives ("Thursday's crucial vote") and names the
// one the copy told of, so a verb dated otherwise contradicts it.
func TestEventDateWeekdayPossessive(t *testing.T) {
	pub := time.Date(1998, 2, 14, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"The convention voted Friday to back the plan. Thursday's vote was close.", true},
		{"The convention voted on Friday to back the plan. Thursday's crucial vote was close.", true},
		{"The convention held a vote on Friday. Thursday's crucial vote was close.", true},
		{"The convention voted on Friday to back the plan. Friday's crucial vote was close.", false},
		{"Sunday's first round was calm. The runoff is set for Dec. 22.", false},
	})
}

// TestEventDateInstances: a verb that says an event happens again, or one
// in the future beside a noun in the past, is another instance; a
// weekday's possessive names the day the copy dated before, within a week.
func TestEventDateInstances(t *testing.T) {
	pub := time.Date(2025, 10, 16, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"Nurses will walk out again on Tuesday, Oct. 28, a day after a strike. Tuesday's walkout was the second this year.", false},
		{"Dockers will walk out on Oct. 28, the union said. Tuesday's strike closed the port.", false},
		{"The council will vote again on Oct. 30. Tuesday's vote was close.", false},
		{"The library will celebrate its anniversary on Saturday (Oct. 18). Saturday's celebration will end at 8 p.m.", false},
		{"The town will hold a parade on Saturday, Oct. 18. Saturday's parade will start at noon.", false},
		{"The club will stage a gala on Friday (Oct. 17). Friday's gala will close the season.", false},
	})
}

// TestEventDateAsideClauses: a date in a participle or relative clause
// set off by commas dates that clause, not an event named after it.
func TestEventDateAsideClauses(t *testing.T) {
	pub := time.Date(2024, 12, 9, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Sequence, pub, []fireCase{
		{"Brenne faces a runoff on Sunday, Dec. 22, after Saturday's first round. A survey, published on Sunday, gave him 41% in the second round.", false},
		{"The runoff is on Dec. 22. A poll, released on Sunday, put her ahead in the second round.", false},
		{"The mayor, who was born in 1961, said the first round was a warning. The second round is on Dec. 22.", false},
	})
}

// TestEventDateVerbOfClosedKind: a verb whose noun is one of the listed
// kinds is that kind ("exploded" → an explosion, a blast).
func TestEventDateVerbOfClosedKind(t *testing.T) {
	pub := time.Date(2025, 10, 9, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"A storage tank exploded at the plant shortly after 7 p.m. on Sunday. The Oct. 4 blast was the second this year.", true},
		{"A gas main exploded under the square on Oct. 2. Residents said the Oct. 3 explosion woke them.", true},
		{"A boiler exploded at the school on Sunday. The Oct. 5 blast injured no one.", false},
		// an ordinal said of the dated mention ranks it, telling no other
		// instance apart
		{"A fire broke out at the market on Sunday. The Oct. 4 fire, the third this year, destroyed 40 stalls.", true},
		{"Dockers walked out at the port on Monday. The Oct. 7 walkout was the fourth this year.", true},
	})
}

// TestEventCountOrdinalOfAnotherSeries: an ordinal told before a count,
// after another count of its kind, ranks that other series.
func TestEventCountOrdinalOfAnotherSeries(t *testing.T) {
	pub := time.Date(2027, 1, 13, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"The agency plans two launches next year. The second is planned for November 2028. The agency launched twice last year.", false},
		{"The union will hold two strikes next month. The second is set for Feb. 20. It struck twice last year.", false},
		{"The agency launched twice last year. The second launch was in March 2027.", true},
	})
}

// TestEventDateNamedInstances: a month written before the noun names which
// instance is meant ("the February strike" after "a three-day stoppage in
// February"), and a weekday's possessive takes the day an earlier clause
// gave that weekday.
func TestEventDateNamedInstances(t *testing.T) {
	pub := time.Date(2025, 6, 12, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"Dockers walked out on Wednesday, the second strike this year after a stoppage in February. The union said the February strike had been a warning.", false},
		{"Nurses walked out on Monday, after a stoppage in March. The March strike had closed two wards.", false},
		{"Teachers struck on Tuesday. The April strike, their first, had been short.", false},
	})
	sat := time.Date(2027, 11, 15, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, sat, []fireCase{
		{"The orchestra will mark its anniversary on Saturday with a concert. Saturday's concert, on Nov. 20, is the third of six.", false},
		{"The club will open its new hall on Friday with a dinner. Friday's dinner, on Nov. 19, is sold out.", false},
		{"The town will hold a parade on Sunday. Sunday's parade, on Nov. 21, starts at noon.", false},
	})
}

// TestEventDateAppositiveDate: a date set off by commas right after the
// event noun ("The first round, on Feb. 24, ended ...") dates the event.
func TestEventDateAppositiveDate(t *testing.T) {
	pub := time.Date(2026, 3, 6, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"The hearing was held on Feb. 12. The hearing, on Feb. 14, lasted an hour.", true},
		{"The ceremony was held on Tuesday, March 3. The ceremony, on March 5, drew a crowd.", true},
		{"The inspection was carried out on Feb. 2. The inspection, on Feb. 4, found rust.", true},
		{"The hearing was held on Feb. 12. The hearing, on Feb. 12, lasted an hour.", false},
	})
}

// TestEventDateOnsets: a start told in a relative clause ("the outbreak,
// which began in November") is no date of the whole event ("an outbreak
// last winter").
func TestEventDateOnsets(t *testing.T) {
	pub := time.Date(2025, 6, 4, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"An outbreak last winter sickened 600 children. The outbreak, which began in November, spread along the river.", false},
		{"A strike last winter closed the port. The strike, which began in November, ended in March.", false},
		{"A cholera outbreak last winter killed nine. The outbreak, which started in late November, was contained in February.", false},
	})
}

// TestEventDateClockTimeFarFromItsDay: a clock time told paragraphs after
// the event's day, too far for the resolver to take that day, names no day
// of its own; the publication day it falls back to is no date of the event.
func TestEventDateClockTimeFarFromItsDay(t *testing.T) {
	pub := time.Date(2026, 7, 15, 0, 0, 0, 0, time.UTC)
	lead := "TALLINN, July 15, 2026 (Copydesk) — Police have recovered stolen goods, officials said on Wednesday.\n\n"
	filler := " The museum reopened its other halls last week, and volunteers have counted every remaining piece twice since then, working in shifts through the weekend while insurers and police photographers documented the damage to the display cases, the skylight and the alarm panel.\n\n"
	checkFires(t, rules.EventDate, pub, []fireCase{
		{lead + "Inspector Mari Tamm said 30 of the 35 pieces taken in the night-time break-in on May 23 had been found in a shed." + filler + "The break-in was discovered by a cleaner at about 6 a.m. The thieves had fled.", false},
		{lead + "The curator said most of the icons taken in the burglary on June 4 had been found in a barn." + filler + "The burglary was noticed by a verger at about 7 a.m. The thieves had fled.", false},
		{lead + "Inspector Mari Tamm said 30 of the 35 pieces taken in the theft on May 23 had been found in a shed." + filler + "The theft was spotted by a caretaker at about 6 a.m. The thieves had fled.", false},
	})
}

// TestEventDateActNominals: a noun that is not an event in its most
// frequent sense but is the act of a verb names that act when a date
// before it picks an instance ("the Sept. 9 launch", "the April 16
// sentencing"), and a verb whose own form is that act noun is the same
// event, dated too inside what is reported ("said she would sentence him
// on April 14"). Light verbs ("take delivery") name no event, a count
// before a noun is no date ("two jets"), and two instances each named by a
// date before the noun, side by side or of a counted series, are two.
func TestEventDateActNominals(t *testing.T) {
	pub := time.Date(2026, 3, 31, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"The judge said she would sentence him on Tuesday, April 14. Prosecutors will seek eight years at the April 16 sentencing.", true},
		{"The court will sentence Ruiz on April 20. Her lawyers will ask for mercy at the April 22 sentencing.", true},
		{"The agency will launch the satellite on Monday, April 6. Engineers checked the rocket ahead of the April 8 launch.", true},
		{"The firm plans to take delivery of its first two jets in May. The jets will fly to Oslo from June.", false},
		{"The company will broadcast the April 19 performance and stream the April 27 performance online.", false},
		{"The opera has seven performances this spring. The radio will carry the April 19 performance. Critics will attend the April 27 performance.", false},
	})
}

// TestEventDateNaturalEvents: floods and storms are events, and a date in
// a clause that "since", "after" or "before" opens with the event noun for
// its subject ("since the flood began on Oct. 14") times that event.
func TestEventDateNaturalEvents(t *testing.T) {
	pub := time.Date(2024, 10, 21, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"The flood began on Saturday, Oct. 12, when the river rose. Since the flood began on Oct. 14, volunteers have filled 60,000 sandbags.", true},
		{"The storm began on Monday, Oct. 7, over the coast. Since the storm began on Oct. 9, crews have restored power to 40,000 homes.", true},
		{"The blizzard began on Oct. 3 in the hills. Before the blizzard began on Oct. 5, the army sent 2,000 troops.", true},
		{"The flood began on Saturday, Oct. 12, when the river rose. Since the flood began on Oct. 12, volunteers have filled 60,000 sandbags.", false},
	})
}

// TestSeriesNouns: a stage, a leg or a heat is one of a series by its
// ordinal ("the third stage on Thursday"), ordered against the others; a
// compound ("his second stage win") is none, and two series of one noun
// (a women's race beside the men's) share ordinals, so the same ordinal on
// two days is no contradiction of dates.
func TestSeriesNouns(t *testing.T) {
	pub := time.Date(2026, 6, 14, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Sequence, pub, []fireCase{
		{"Ortiz won the third stage on Thursday in the hills. Bakker took the lead on the second stage, on Friday, with an attack.", true},
		{"Real won the first leg on Thursday in Seville. The second leg, on Wednesday, ended in a draw in Madrid.", true},
		{"Lena Aune won the second heat on Monday in Oslo. The first heat, on Tuesday, went to Sara Holm.", true},
		{"Ortiz won the fifth stage on Saturday for his second stage win of the race. He had taken the third stage on Thursday.", false},
		{"Moreno won the sixth stage on Sunday, her first stage victory of the race. She had finished second in the fourth stage on Friday.", false},
		{"Lund won the fourth heat on Friday, his first heat victory of the meet. He had won the second heat on Wednesday.", false},
	})
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"Ortiz won the third stage on Thursday in the hills. In the women's race, Moretti won the third stage on Saturday.", false},
		{"Aune won the second heat on Monday in the men's event. In the women's event, Holm won the second heat on Tuesday.", false},
		{"Real won the first leg on Thursday in the cup. In the league series, Porto won the first leg on Sunday.", false},
	})
}

// TestEventDateObjectOnset: a verb of starting whose object is the event
// ("began a 12-day strike on Monday, June 8") dates its start, compared
// with another start of it; its end ("is due to end on June 19") is not.
func TestEventDateObjectOnset(t *testing.T) {
	pub := time.Date(2026, 6, 11, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"Nurses began a 12-day strike on Monday, June 8, over pay. Since the strike began on June 10, 40 operations have been cancelled.", true},
		{"The court opened the trial on May 4 in Leeds. Since the trial began on May 6, 30 witnesses have spoken.", true},
		{"Dockers started a two-week stoppage on May 11 at the port. Since the stoppage began on May 13, no ships have docked.", true},
		{"Nurses began a 12-day strike on Monday, June 8, over pay. The strike is due to end on Friday, June 19.", false},
		{"Nurses began a 12-day strike on Monday, June 8, over pay. Since the strike began on June 8, 40 operations have been cancelled.", false},
	})
}

// TestEventDateRelationVerbs: a date after the object of a verb that orders
// its subject against its object dates the object ("The election followed
// the retirement in September").
func TestEventDateRelationVerbs(t *testing.T) {
	pub := time.Date(2026, 11, 12, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"Voters held the election on Thursday, Nov. 5. The election followed the retirement in September of the mayor. The Nov. 5 election cost 18,400 pounds.", false},
		{"The union held the vote on Monday, Nov. 9. The vote preceded the retirement in October of the union's chairman. The Nov. 9 vote was close.", false},
		{"Voters held the referendum on Sunday, Nov. 8. The referendum followed the retirement in August of the president. The Nov. 8 referendum drew a high turnout.", false},
	})
}

// TestEventDateGerundTheLexiconLacks: a verb's gerund used as a noun that
// the lexicon does not list ("reopening") names the verb's act, so the
// verb and the noun are one event.
func TestEventDateGerundTheLexiconLacks(t *testing.T) {
	pub := time.Date(2025, 5, 22, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"The Brenner Museum reopens on Saturday, June 14. Donors will tour it before the June 21 reopening.", true},
		{"The smelter restarts on Saturday, June 14, the firm said. Workers will be recalled before the June 21 restarting.", true},
		{"The Ness bridge will reopen on Monday, June 16. Traffic officers will be on duty for the June 18 reopening.", true},
		{"The Brenner Museum reopens on Saturday, June 14. Donors will tour it before the June 14 reopening.", false},
	})
}
