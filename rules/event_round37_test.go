package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventSameDayGroup: a definite event noun dated on the very day an
// earlier event of its kind was ("the Oct. 6 inspection") refers to that
// event, not to another of the kind told since ("An earlier inspection of
// the plant, in May"); one dated otherwise is still flagged.
func TestEventSameDayGroup(t *testing.T) {
	pub := time.Date(2025, 9, 17, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"Officials will inspect the line on Monday, Oct. 6. An earlier inspection of the plant, in May, found no faults. The firm will hand over its records before the Oct. 6 inspection.", false},
		{"Officials will inspect the school on Friday, Oct. 10. An earlier inspection of the school, in April, found damp. Staff will paint the halls before the Oct. 10 inspection.", false},
		{"Police will search the site on Monday, Oct. 6. An earlier search of the site, in June, found nothing. Dogs will be brought in before the Oct. 6 search.", false},
		{"Officials will inspect the line on Monday, Oct. 6. An earlier inspection of the plant, in May, found no faults. The firm will hand over its records before the Oct. 9 inspection.", true},
		{"Officials will inspect the line on Monday, Oct. 6. An earlier inspection of the plant, in May 2023, found no faults. The firm will hand over its records before the Oct. 9 inspection.", true},
	})
}

// TestEventNounTimeOwnDate: an event noun that carries its own date is
// as far ahead as that date, whatever the tense of the clause around it
// ("have registered for the Nov. 21 auction"): it can still restate an
// event the copy put in the future.
func TestEventNounTimeOwnDate(t *testing.T) {
	pub := time.Date(2026, 11, 3, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"Coins from the wreck will be auctioned in Lisbon on Nov. 18. About 150 bidders had registered for the Nov. 21 auction.", true},
		{"The bridge will be opened on Nov. 12. Residents had campaigned for years for the Nov. 14 opening.", true},
		{"The school will be inspected on Nov. 10. Teachers had prepared for weeks for the Nov. 12 inspection.", true},
		{"The museum will be reopened on Nov. 16. Staff had worked through the summer for the Nov. 19 reopening.", true},
		{"Coins from the wreck will be auctioned in Lisbon on Nov. 18. About 150 bidders had registered for the Nov. 18 auction.", false},
		{"Coins from the wreck will be auctioned in Lisbon on Nov. 18. Bidders recalled the Oct. 21 auction, when prices fell.", false},
	})
}

// TestEventApposedParticiple: a participle set off after an event noun
// ("the fourth race, sailed on Thursday, June 18") dates the noun.
func TestEventApposedParticiple(t *testing.T) {
	pub := time.Date(2026, 6, 22, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Sequence, pub, []fireCase{
		{"A broken pole cost him the lead in the fourth race, sailed on Thursday, June 18, in high winds. The fifth race, on Wednesday, June 17, was sailed in a calm.", true},
		{"Mendes led after the first round, played in Lima on Sunday, June 14, by a stroke. The second round, on Friday, June 12, went to Ortiz.", true},
		{"The lawyers have not spoken since the second hearing, held on Monday, June 8, in Lima. The first hearing, on Friday, June 12, was closed.", true},
		{"Kovac has led since the second stage, ridden on Tuesday, June 9, in the rain. The first stage, on Thursday, June 11, was flat.", true},
		{"A broken pole cost him the lead in the fourth race, sailed on Thursday, June 18, in high winds. The fifth race, on Friday, June 19, was sailed in a calm.", false},
	})
}

// TestEventRankedKin: a lower rank of a kind that counts as one already
// ranked ("the crews' second strike of 2025 ... The first stoppage")
// belongs to the same series, so its date is counted against the scope.
func TestEventRankedKin(t *testing.T) {
	pub := time.Date(2025, 2, 12, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"Tuesday's walkout was the crews' second strike of 2025. The first stoppage, which began on Dec. 27, lasted two days.", true},
		{"Monday's action was the union's third stoppage this year. The first walkout came on Dec. 30, the second on Jan. 20.", true},
		{"Thursday's strike was the pilots' second walkout this year. The first stoppage came on Dec. 22.", true},
		{"Tuesday's walkout was the crews' second strike of 2025. The first stoppage, which began on Jan. 7, lasted two days.", false},
	})
}

// TestEventSameYearGroup: a definite event noun with a date of its own
// refers to the event of its kind dated in its year, not to one of
// another year told after it ("was auctioned in London in 2024").
func TestEventSameYearGroup(t *testing.T) {
	pub := time.Date(2026, 11, 3, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"The coins will be auctioned in Lisbon on Nov. 18. A smaller lot was auctioned in London in 2024. Dealers will attend the Nov. 21 auction.", true},
		{"The ship will be auctioned at Setubal on Nov. 24. A sister ship was auctioned at Faro in 2022. Buyers will inspect her before the Nov. 26 auction.", true},
		{"The union will vote on the offer on Nov. 12. Members voted on an older offer in 2024. Stewards will campaign before the Nov. 19 vote.", true},
		{"The council will vote on the budget on Nov. 10. It voted on a smaller budget in 2023. Campaigners will march before the Nov. 17 vote.", true},
		{"The coins will be auctioned in Lisbon on Nov. 18. A smaller lot was auctioned in London in 2024. Dealers will attend the Nov. 18 auction.", false},
	})
}

// TestEventApposedSaying: a participle of saying, thinking or deciding set
// beside an event noun ("The hearing, announced on May 1, ...") dates the
// announcement, not the event.
func TestEventApposedSaying(t *testing.T) {
	pub := time.Date(2026, 5, 11, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"The hearing, announced on May 1, will be held in June. Tenants will gather at the June 3 hearing.", false},
		{"The launch, confirmed on May 6, is planned for June. Crowds are expected at the June 9 launch.", false},
		{"The auction, announced on Friday, May 8, will be held in Lisbon. Dealers will fly in for the June 12 auction.", false},
		{"The merger, approved by shareholders on May 5, will close in June. Staff were told of the June 30 merger.", false},
	})
}

// TestEventCommunicationAct: a verb whose nominal names an act of
// communication ("ratified" / "ratification", "indicted" / "indictment")
// dates the same event as that noun.
func TestEventCommunicationAct(t *testing.T) {
	pub := time.Date(2026, 10, 22, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"The parliament ratified a fisheries treaty with Vellmark on Oct. 6. Since the Oct. 8 ratification, boats have waited.", true},
		{"The ministry declared a drought on Oct. 3. Farmers welcomed the Oct. 5 declaration.", true},
		{"A grand jury indicted the mayor on Oct. 3. Protests followed the Oct. 5 indictment.", true},
		{"The parliament ratified a fisheries treaty with Vellmark on Oct. 6. Since the Oct. 6 ratification, boats have waited.", false},
	})
}

// TestEventLaterActSense: a noun WordNet files first as a thing but later
// as an act ("audit": an audited account, then an inspection of accounts)
// names its act after an ordinal or a date when the copy also uses it as a
// verb ("have audited the cannery twice ... The third audit").
func TestEventLaterActSense(t *testing.T) {
	pub := time.Date(2026, 3, 12, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"Inspectors have audited the cannery twice this year. The first audit, on Jan. 13, found damp. The third audit, on March 3, found ammonia.", true},
		{"The firm has upgraded its software twice this year. The first upgrade, on Jan. 10, failed. The third upgrade, on March 2, worked.", true},
		{"The company has offered a deal twice this year. The first offer, on Jan. 12, was refused. The third offer, on March 3, was accepted.", true},
		{"The agency has estimated the cost twice this year. The first estimate, on Jan. 15, was low. The third estimate, on March 1, was higher.", true},
		{"Inspectors have audited the cannery twice this year. The first audit, on Jan. 13, found damp. The second audit, on March 3, found ammonia.", false},
	})
}

// TestEventPlaceAfterThe: a destination may be named with "the" ("travel
// to the Ostmark Islands", "visit the Faroe Islands"), and its visits are
// counted as one series.
func TestEventPlaceAfterThe(t *testing.T) {
	pub := time.Date(2026, 11, 17, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"Prime Minister Ana Ferreira will travel to the Ostmark Islands twice in 2027, her office said. Ferreira's second trip is planned for this December.", true},
		{"Prime Minister Ana Ferreira will visit the Ostmark Islands twice in 2027, her office said. Her second visit is planned for this December.", true},
		{"Foreign Minister Lars Holm will visit the Faroe Islands twice next year. His second trip is set for this December.", true},
		{"Foreign Minister Lars Holm will visit the Faroe Islands twice next year. His second trip is set for next March.", false},
	})
}

// TestEventContinuedIsWithin: the date of a clause whose verb continues an
// event under way ("kept up a strike on Tuesday", "entered its second day")
// is a day within the event, not a second date of its start.
func TestEventContinuedIsWithin(t *testing.T) {
	pub := time.Date(2027, 2, 12, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"Ferries stayed in port for a second day on Tuesday as crews kept up a strike. Monday's walkout was the third this year.", false},
		{"Rescuers extended the search on Thursday. Wednesday's search had found nothing.", false},
		{"Farmers continued the blockade on Friday. Thursday's blockade closed the border.", false},
	})
}

// TestEventGerundOfAct: a gerund that a verb of starting takes as its
// object ("began dredging the channel on Feb. 9") or that heads a noun
// phrase ("Since the dredging began on Feb. 16") names the verb's act.
func TestEventGerundOfAct(t *testing.T) {
	pub := time.Date(2026, 2, 26, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"Contractors began dredging the channel on Monday, Feb. 9. Since the dredging began on Feb. 16, barges have waited.", true},
		{"Workers started resurfacing the road on Monday, Feb. 9. The resurfacing started on Feb. 12, the council said.", true},
		{"The council began demolishing the old depot on Tuesday, Feb. 10. Since the demolishing began on Feb. 13, dust has covered the street.", true},
		{"Contractors began dredging the channel on Monday, Feb. 9. Since the dredging began on Feb. 9, barges have waited.", false},
	})
}

// TestEventOfThoseSeries: "The first of those three strikes" ranks one of
// the series counted before, as "the first of the three strikes" does.
func TestEventOfThoseSeries(t *testing.T) {
	pub := time.Date(2026, 11, 12, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"Dockers walked off the job on Tuesday for the third time in 2026. The first of those three strikes came last December.", true},
		{"Crews walked off the job on Monday for the second time this year. The first of those two strikes came last November.", true},
		{"Workers walked off the job on Monday for the third time this year. The first of these three strikes was last December.", true},
		{"Dockers walked off the job on Tuesday for the third time in 2026. The first of those three strikes came in January.", false},
	})
}

// TestEventSayingTheCopyNames: a verb of saying is an event of the copy's
// when the copy names its act by a noun derived from it ("announced the
// winner on Nov. 21" ... "the Nov. 23 announcement").
func TestEventSayingTheCopyNames(t *testing.T) {
	pub := time.Date(2024, 12, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"The jury announced the winner on Nov. 21. Critics praised the Nov. 23 announcement.", true},
		{"The agency warned residents on Nov. 9. Few heeded the Nov. 11 warning.", true},
		{"The court announced its ruling on Nov. 12. Lawyers studied the Nov. 14 announcement.", true},
		{"The bank warned savers on Nov. 3. Markets ignored the Nov. 5 warning.", true},
		{"The jury announced the winner on Nov. 21. Critics praised the Nov. 21 announcement.", false},
	})
}

// TestEventOrdinalAdverbOfVerb: an ordinal before a participle after "was"
// ("the launch was first scrubbed") is an adverb of the verb, no rank of
// the event.
func TestEventOrdinalAdverbOfVerb(t *testing.T) {
	pub := time.Date(2027, 2, 27, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"The agency put four satellites into orbit on Friday, a week after the launch was first scrubbed. It plans two launches to the moon next year.", false},
		{"The ferry sailed on Monday, days after the crossing was first cancelled. The line runs two crossings to the islands next year.", false},
		{"The trial opened on Tuesday, a month after the hearing was first postponed. The court will hold two hearings in the case next year.", false},
	})
}
