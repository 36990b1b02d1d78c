package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestTenseTimeEnactedThing: a verb of enacting or making known a
// document, dated by "in" or "on" right after its object, is timed by that
// date when the object is a thing and no event; an event object ("the
// vote", "a strike") or a "for" phrase may name a later time.
func TestTenseTimeEnactedThing(t *testing.T) {
	pub := time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.TenseTime, pub, []fireCase{
		{"The cabinet first approved the draft in May 2026, after talks broke down.", true},
		{"The two presidents signed the treaty on April 3, 2026, in Maputo.", true},
		{"The board discussed the proposal in April 2026 and rejected it.", true},
		{"The council approved the vote in May 2026.", false},
		{"The union agreed a strike in June 2026.", false},
		{"The cabinet approved the budget for May 2026.", false},
		{"The cabinet approved the draft in May 2025.", false},
	})
}

// TestTenseTimeParticipleModifier: a participle of a verb of scheduling
// set before a noun ("the extended recall", "the delayed shipment") does
// not govern the finite verb after its noun phrase, which heads a clause
// of its own; a participle it governs ("wants the vote held") still does.
func TestTenseTimeParticipleModifier(t *testing.T) {
	pub := time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.TenseTime, pub, []fireCase{
		{"All of the kettles in the extended recall left the factory in the third quarter of 2026.", true},
		{"The kettles in the delayed shipment arrived in the third quarter of 2026.", true},
		{"Workers at the planned plant started in June 2026.", true},
		{"The ministry wants the vote held in May 2026.", false},
	})
}

// TestTenseTimeNameDates: a year or span of years in brackets right after
// a name gives the dates of what the name names (a life, a founding), not
// the time of the clause's verb.
func TestTenseTimeNameDates(t *testing.T) {
	pub := time.Date(2014, 5, 20, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.TenseTime, pub, []fireCase{
		{"Maarten Dekkers (1961) will step down in June.", false},
		{"The painter Anna Vos (1921-1998) will be honoured in June.", false},
		{"The Brakel Orchestra (1961) will tour Japan in the autumn.", false},
		{"The orchestra will tour Japan in 2012, its manager said.", true},
	})
}

// TestTenseTimeDirectiveVerbs: a verb of recommending, advising or
// demanding points at a later time through its clause ("recommended last
// week that it close at the end of 2007"): the date is the clause's, not
// the verb's.
func TestTenseTimeDirectiveVerbs(t *testing.T) {
	pub := time.Date(2006, 12, 5, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.TenseTime, pub, []fireCase{
		{"Parents have asked for one more year, after officials recommended last week that it close at the end of 2007.", false},
		{"The inspectors advised in May that the bridge shut by March 2008.", false},
		{"The union demanded on Monday that talks resume in January 2008.", false},
		{"The plant closed at the end of 2007, the board said.", true},
	})
}

// TestTenseTimeParticipleAfterFigure: a past participle set off by a comma
// after a figure or its noun ("offered 4.5%, split between 2.5% this year
// and 2% in 2027") describes the figure; it is no past tense of its own.
func TestTenseTimeParticipleAfterFigure(t *testing.T) {
	pub := time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.TenseTime, pub, []fireCase{
		{"The minister offered 4.5%, split between 2.5% this year and 2% in 2027, and says he cannot go further.", false},
		{"The minister offered a 4.5% rise, divided between 2.5% this year and 2% in 2027.", false},
		{"The city pledged 40 million euros, spread over 2026 and 2027.", false},
		{"The minister offered 4.5% and left for Lisbon in 2027.", true},
	})
}

// TestTenseTimeContactRelative: a verb right after a subject pronoun that
// follows a common noun ("Next week the festival she founded returns") is
// a relative clause's; the fronted date times the clause's own verb.
func TestTenseTimeContactRelative(t *testing.T) {
	pub := time.Date(2021, 8, 5, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.TenseTime, pub, []fireCase{
		{"Next week the festival she founded returns after a year's break.", false},
		{"Next month the company he built will open a plant.", false},
		{"In 2027 the bridge they designed opens to traffic.", false},
		{"Next week the festival she founded returned after a year's break.", true},
		{"Next year it marks its 25th anniversary with a new work, paid for by the city.", false},
	})
}
