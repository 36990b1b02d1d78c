package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestTenseTimeBirths: a birth date in a clause about the future is the
// date of a life, not of the clause's event.
func TestTenseTimeBirths(t *testing.T) {
	runCases(t, rules.TenseTime, []ruleCase{
		{"born in apposition", "The new utility will be run by Jonas Reuter, born in 1983, from next year.", 0, ""},
		{"who was born", "The festival will be led by Ana Ruiz, who was born in 1979, from next summer.", 0, ""},
		{"born on a day", "The team will be coached by Omar Ali, born on May 4, 1980, next season.", 0, ""},
		{"a real stale future", "The new utility will open in March 2025.", 1, "will open"},
	})
}

// TestTenseTimeParticipleAfterTheVerb: a participle with its agent, or
// with its date right after it, opens a clause of its own after the
// clause's verb; its date is not the verb's.
func TestTenseTimeParticipleAfterTheVerb(t *testing.T) {
	runCases(t, rules.TenseTime, []ruleCase{
		{"firm founded by someone in a year", "The barracks will be converted by Kertesz and Sons, a construction firm founded by Ferenc Kertesz in 1991.", 0, ""},
		{"trust founded in a year", "The museum will be run by a trust founded in 2010 by local families.", 0, ""},
		{"company created by the council in a year", "The depot will be managed by a company created by the council in 2015.", 0, ""},
		{"a participle that takes no date", "The firm will sell products based on the new chip in March 2025.", 1, "will sell"},
		{"participle after a comma and its noun", "The council will decide what should happen to the old hall's murals, painted by local artists in the 1950s.", 0, ""},
		{"participle after a comma, bridge", "The army will restore the bridge, built by its engineers in 1946.", 0, ""},
		{"participle after a comma, mills", "The firm will sell the mills, opened by its founder in 1901.", 0, ""},
	})
}

// TestTenseTimeAnchoredPeriods: a period counted from the publication date
// ("the end of last year", "the first quarter of this year") stands
// whatever the tense, so a future about it is stale; a past form in a
// clause of time under "would" tells of the future.
func TestTenseTimeAnchoredPeriods(t *testing.T) {
	runCases(t, rules.TenseTime, []ruleCase{
		{"end of last year", "LONDON, March 6, 2025 — The contractor is expected to finish the bearings by the end of last year.", 1, "the end of last year"},
		{"quarter of this year", "BERN, Sept. 24, 2024 — The government plans to hold the vote in the first quarter of this year.", 1, "first quarter"},
		{"early this year", "OSLO, Nov. 2, 2026 — The ministry will publish the rules early this year.", 1, "early this year"},
		{"backshifted once", "NAKURU, July 22, 2025 — Kamau said rationing would ease once the pipes were connected, probably early next year.", 0, ""},
		{"backshifted when", "LIMA, July 22, 2025 — She said the port would reopen when the dredging was finished, early next year.", 0, ""},
		{"backshifted until", "OSLO, July 22, 2025 — He said fares would stay frozen until the new line opened next spring.", 0, ""},
	})
}

// TestTenseTimeGovernors: a past verb of offering or promising takes a
// later time as its object, and a verb inside a quotation does not time a
// date outside it.
func TestTenseTimeGovernors(t *testing.T) {
	pub := time.Date(2025, 5, 22, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.TenseTime, pub, []fireCase{
		{"The railway has offered 5.5% this year and 3% next year.", false},
		{"The owners guaranteed a second payment next year.", false},
		{"The ministry earmarked 40 million euros for the bridge next year.", false},
		{`She called the ruling "a choice the court may come to regret", a reference to two cases in 2022.`, false},
		{`He said the plan was "a step we will take", after a vote in March 2024.`, false},
		{`"We will win," she said of the race she lost in 2023.`, false},
		{"The railway will offer 3% in 2024.", true},
		{"The railway paid 3% next year.", true},
	})
}

// TestTenseTimeRecipients: "to" or "for" before a noun names who, not
// when, so a past verb with a date still ahead is stale tense there; before
// a date, a number or an infinitive it points at a later time.
func TestTenseTimeRecipients(t *testing.T) {
	pub := time.Date(2026, 6, 10, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.TenseTime, pub, []fireCase{
		{"The east wing reopened to visitors in October 2026.", true},
		{"The bakery sold bread to neighbours in December 2026.", true},
		{"The club paid bonuses for players in November 2026.", true},
		{"The council postponed the vote to October 2026.", false},
		{"The court summoned him to testify in October 2026.", false},
		{"The station closed until at least next Monday.", false},
	})
}

// TestTenseTimeReducedRelative: a date after a participle that describes
// a noun ("a terminal approved by the council last year") times the
// participle, not the verb after it.
func TestTenseTimeReducedRelative(t *testing.T) {
	pub := time.Date(2024, 12, 9, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.TenseTime, pub, []fireCase{
		{"She campaigned on the harbour, where a terminal approved by the council last year has yet to open.", false},
		{"A bridge built by the army in 2019 will be widened.", false},
		{"The levy introduced by the city last spring will rise in May.", false},
		{"The terminal will open last year.", true},
	})
}

// TestTenseTimeListAfterPreposition: every date of a list opened by
// "after" or "since" is a reference point, not the time of the verb.
func TestTenseTimeListAfterPreposition(t *testing.T) {
	runCases(t, rules.TenseTime, []ruleCase{
		{"championships after three years", "It will be her fourth world championships, after 2020, 2022 and 2024.", 0, ""},
		{"regatta after four years", "The regatta will be its fifth, after 1998, 2005, 2012 and 2019.", 0, ""},
		{"reform since two elections", "The reform will be the first since 2015, 2019 or 2023.", 0, ""},
		{"a list under 'in' still times the verb", "The ferry will sail in 2020, 2022 and 2024.", 3, "will sail"},
	})
}

// TestTenseTimeParticipleOfWanting: a participle a verb of wanting governs
// ("wants the vote held on March 4") names what is to happen, not what
// happened.
func TestTenseTimeParticipleOfWanting(t *testing.T) {
	runCases(t, rules.TenseTime, []ruleCase{
		{"wants it held", "The mayor wants the referendum held on Thursday, March 4, 2027.", 0, ""},
		{"want it launched", "The owners want the new ferry launched in March 2027.", 0, ""},
		{"want it reopened", "Residents want the clinic reopened next month.", 0, ""},
		{"held, past", "The mayor held the referendum on Thursday, March 4, 2027.", 1, "held"},
	})
}

// TestTenseTimeFinalPeriod: "the final quarter of 2024" is the last
// quarter of that year, as "the last quarter" is.
func TestTenseTimeFinalPeriod(t *testing.T) {
	runCases(t, rules.TenseTime, []ruleCase{
		{"buses", "The firm will retire its diesel buses in the final quarter of 2025.", 1, "will retire"},
		{"depot", "The council will sell the depot in the final half of 2025.", 1, "will sell"},
		{"output", "Output will rise in the final quarter of 2024, the firm said.", 1, "will rise"},
		{"ahead", "Output will rise in the final quarter of 2026, the firm said.", 0, ""},
		{"no date", "The final week of the trial will be tense.", 0, ""},
	})
}

// TestTenseTimeParticipleAside: a participle set off by commas after the
// subject ("The club, founded in 2002, marks ...") gives no tense to a
// date after its closing comma. Read through the whole check, with the
// tagger's reading.
func TestTenseTimeParticipleAside(t *testing.T) {
	checkFires(t, rules.TenseTime, pub2026, []fireCase{
		{"The club, founded in 2002, marks its 25th anniversary this summer.", false},
		{"The bridge, opened in 1962, closes for repairs next month.", false},
		{"The festival, launched in 2001, celebrates its 25th edition this summer.", false},
		{"The club, founded in 2002, will mark its anniversary in January 2026.", true},
	})
}
