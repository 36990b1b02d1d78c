package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventCountRankAfterClause: "the second time this year" set after
// the comma that ends a clause ranks that clause's event, and an elided
// "and again on <date>" after a dated verb is another instance of it.
func TestEventCountRankAfterClause(t *testing.T) {
	pub := time.Date(2025, 2, 11, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"Farmers blocked the highway for six hours on Monday, the second time this year that growers have shut the road.\n\nGrowers first blocked the highway on Jan. 9, and again on Jan. 27.", true},
		{"Fishermen occupied the harbour office on Friday, the second time this year they have done so.\n\nThey first occupied it on Jan. 6, when talks stalled, and again on Jan. 24.", true},
		{"Students marched on the ministry on Monday, the second time this year.\n\nThey marched on it on Jan. 13 and again on Jan. 30.", true},
		{"Farmers blocked the highway for six hours on Monday, the third time this year that growers have shut the road.\n\nGrowers first blocked the highway on Jan. 9, and again on Jan. 27.", false},
	})
}

// TestEventCountFirstEverBefore: a rank within a period, after the copy
// dates the first event of the kind ever before that period and each one
// since with "again", cannot count the first.
func TestEventCountFirstEverBefore(t *testing.T) {
	pub := time.Date(2024, 7, 18, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"The app raised its delivery charge on Wednesday for the third time this year.\n\nThe company first raised the fee last December, and again in April.", true},
		{"The council raised bus fares on Monday for the third time this year. It first raised them last November and again in March.", true},
		{"The regulator inspected the plant on Friday for the third time this year. It first inspected it last October, and again in May.", true},
		{"The app raised its delivery charge on Wednesday for the second time this year.\n\nThe company first raised the fee last December, and again in April.", false},
		{"The app raised its delivery charge on Wednesday for the third time this year.\n\nThe company first raised the fee in January, and again in April.", false},
	})
}

// TestEventCountCountedSeries: a number counts the events a series noun
// names ("two measles vaccination rounds in 2024"), past nouns that modify
// it, and a rank of the series set as a sentence's subject takes the date
// a passive verb of scheduling gives it past an aside ("The second round,
// aimed at ..., is scheduled for February"). After "in", the number tells
// a manner ("paid in three instalments").
func TestEventCountCountedSeries(t *testing.T) {
	pub := time.Date(2024, 11, 8, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"The state will hold two measles vaccination rounds in 2024. The first round will begin on Nov. 18. The second round, aimed at children missed in November, is scheduled for February.", true},
		{"The league will play two qualifying stages this year. The first stage starts on Nov. 20. The second stage, open to clubs from the north, is planned for March.", true},
		{"Negotiators will hold two rounds of talks in 2024. The first round opens on Nov. 12. The second round, in Geneva, is set for January.", true},
		{"The state will hold two measles vaccination rounds in 2024. The first round will begin on Nov. 18. The second round, aimed at children missed in November, is scheduled for December.", false},
		{"The council will pay the arrears in three instalments next year, starting in February.", false},
	})
}

// TestEventCountCountedPluralOfListNoun: a counted plural of an event noun
// of the closed list ("two homecoming concerts") counts its events; an
// uncounted plural ("few trials") names none.
func TestEventCountCountedPluralOfListNoun(t *testing.T) {
	pub := time.Date(2026, 4, 25, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"The singer will play two homecoming concerts at the arena this year. The first concert is on Aug. 15. The second concert, next January, will be filmed.", true},
		{"The league will stage two exhibition matches in Lagos this year. The first match is on June 6. The second match, next February, will be televised.", true},
		{"The council will hold two public hearings on the plan this year. The first hearing is on May 12. The second hearing, next March, will be in the town hall.", true},
		{"The singer will play two homecoming concerts at the arena this year. The first concert is on Aug. 15. The second concert, in December, will be filmed.", false},
	})
}

// TestEventDateFrontedDate: a date opening its sentence ("On Saturday,
// July 4, officers evacuated ...") dates the verb after it, so a noun of
// its act dated otherwise later ("the July 6 evacuation") is one event
// given two dates.
func TestEventDateFrontedDate(t *testing.T) {
	pub := time.Date(2026, 7, 10, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"On Saturday, July 4, civil protection officers evacuated about 1,400 people.\n\nSince the July 6 evacuation, the health post has treated 93 people.", true},
		{"On Monday, July 6, the council demolished the old bridge.\n\nThe July 8 demolition left the village cut off.", true},
		{"Last Thursday, July 2, inspectors audited the mill.\n\nThe July 3 inspection found faults.", false},
		{"On Saturday, July 4, civil protection officers evacuated about 1,400 people.\n\nSince the July 4 evacuation, the health post has treated 93 people.", false},
	})
}

// TestEventCountSynonymVerbNoun: a verb and an event noun whose verb
// shares its first sense ("blocked" and "the first blockade", "barricaded"
// and "the blockade") are one kind, so the noun's rank is the verb's
// series.
func TestEventCountSynonymVerbNoun(t *testing.T) {
	pub := time.Date(2025, 6, 11, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"Farmers blocked the main highway for the third time this year on Tuesday.\n\nThe first blockade came last November, when farmers closed the road for two days.", true},
		{"Fishermen blocked the harbour mouth for the second time this year on Monday.\n\nThe first blockade came last October.", true},
		{"Residents blocked the quarry road for the third time this year on Friday.\n\nThe first blockade, last December, lasted a week.", true},
		{"Dockers halted loading for the second time this year on Monday.\n\nThe first stoppage came last November.", true},
		{"Farmers blocked the main highway for the third time this year on Tuesday.\n\nThe first blockade came in February, when farmers closed the road for two days.", false},
		// a light verb shares a sense with too much ("run" and "operate")
		{"The first open-heart operation took place on June 14, 2022. The unit ran out of oxygen twice this year, in February and again in April.", false},
	})
}

// TestEventCountPastVerbsAgainstCount: a count within a period against the
// events the copy dates there, told by past verbs ("was suspended on Jan.
// 23, and again on Feb. 29") and by a noun the subject of its own relative
// clause ("The six-day suspension that began on April 9").
func TestEventCountPastVerbsAgainstCount(t *testing.T) {
	pub := time.Date(2024, 4, 17, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"The line has been suspended twice since January. It was suspended on Jan. 23, and again on Thursday, Feb. 29.\n\nThe six-day suspension that began on April 9 was the longest.", true},
		{"The mine has been evacuated twice this year. It was evacuated on Jan. 12, and again on March 2.\n\nThe evacuation that began on April 3 lasted a week.", true},
		{"The bridge has been closed twice since January. It was closed on Feb. 1 and again on Feb. 20.\n\nThe closure that started on April 2 is still in force.", true},
		{"The line has been suspended twice since January. It was suspended on Jan. 23, and again on Thursday, Feb. 29.\n\nThe six-day suspension that began on Feb. 29 was the longest.", false},
	})
}

// TestEventDateFinerApposedDay: a period with a day set beside it ("last
// month, on Friday, June 30") dates the event by the day, so another day
// of the same month given for it later disagrees.
func TestEventDateFinerApposedDay(t *testing.T) {
	pub := time.Date(2023, 7, 19, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"The group that acquired the cooperative last month, on Friday, June 30, said it would close a plant.\n\nIn the weeks since the June 26 acquisition, it has replaced the managers.", true},
		{"The union, which merged with its rival last month, on June 12, elected a new board.\n\nSince the June 14 merger, it has 40,000 members.", true},
		{"The mayor, who resigned last week, on Tuesday, July 11, left for Lisbon.\n\nHer July 13 resignation surprised the council.", true},
		{"The group that acquired the cooperative last month, on Friday, June 30, said it would close a plant.\n\nIn the weeks since the June 30 acquisition, it has replaced the managers.", false},
	})
}

// TestEventCountVerbCountMembers: a verb counted within a period ("has
// erupted twice this month") opens a series its headless ranks after it
// belong to ("The first, on Sept. 4, ... The second, on Sept. 17"), which
// with the event the story tells makes more than the count.
func TestEventCountVerbCountMembers(t *testing.T) {
	pub := time.Date(2026, 9, 30, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"The volcano erupted on Tuesday afternoon.\n\nIt has erupted twice this month. The first, on Friday, Sept. 4, was small. The second, on Thursday, Sept. 17, sent ash over the town.", true},
		{"Drivers walked out on Monday, Sept. 28.\n\nThey have walked out twice this month. The first, on Sept. 3, lasted a day. The second, on Sept. 15, lasted two.", true},
		{"The river flooded the lower town on Sunday, Sept. 27.\n\nIt has flooded twice this month. The first, on Sept. 2, was minor. The second, on Sept. 12, reached the square.", true},
		{"The volcano erupted on Tuesday afternoon.\n\nIt has erupted three times this month. The first, on Friday, Sept. 4, was small. The second, on Thursday, Sept. 17, sent ash over the town.", false},
	})
}

// TestEventDateVerbAfterQuotedTitle: the verb after a quoted title set
// beside its subject ("The exhibition, "Light of the Capital," opens on
// Friday, March 14") dates the event its noun names later.
func TestEventDateVerbAfterQuotedTitle(t *testing.T) {
	pub := time.Date(2025, 3, 6, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"The exhibition, \"Light of the Golden Capital,\" opens to the public on Friday, March 14.\n\nHotels reported bookings up ahead of the show's March 21 opening.", true},
		{"The festival, \"Songs of the Delta,\" opens on Thursday, March 13.\n\nTraders are ready for the festival's March 20 opening.", true},
		{"The fair, \"Harvest Days,\" closes on Sunday, March 16.\n\nStallholders will pack up after the fair's March 23 closing.", true},
		{"The exhibition, \"Light of the Golden Capital,\" opens to the public on Friday, March 14.\n\nHotels reported bookings up ahead of the show's March 14 opening.", false},
	})
}

// TestEventCountFirstAdverbVerb: a past verb after the subject and "first"
// ("The union first struck on Jan. 11") dates an event the rank counts
// before it; the days one event spans ("on Thursday and Friday, ... their
// third strike") are that event's own.
func TestEventCountFirstAdverbVerb(t *testing.T) {
	pub := time.Date(2024, 2, 15, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"Drivers walked off the job on Wednesday for the second time this year.\n\nThe union first struck on Jan. 11, when a stoppage closed the network, and walked out again on Jan. 25.", true},
		{"Nurses walked out on Tuesday for the second time this year.\n\nThe nurses first struck on Jan. 8 and walked out again on Jan. 29.", true},
		{"Dockers walked out on Monday for the second time this year.\n\nThe dockers first struck on Jan. 3 and walked out again on Jan. 22.", true},
	})
	checkFires(t, rules.EventCount, time.Date(2025, 11, 5, 0, 0, 0, 0, time.UTC), []fireCase{
		{"Drivers will walk out on Thursday and Friday, Nov. 6 and 7, their third strike this year.\n\nThe drivers first struck on Jan. 16 and again on March 20.", false},
	})
}
