package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestAgeWhenClauseAfterItsDate: a "when" clause on the date just before
// it ("opened the roastery in 2009, when she was 24", "since 2001, when he
// was 19") gives an age at that date, and so the year of birth.
func TestAgeWhenClauseAfterItsDate(t *testing.T) {
	pub := time.Date(2026, 6, 3, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"Renata Lobo, 47, runs the roastery. She opened it in 2009, when she was 24, with a second-hand roaster.", true},
		{"Yousef Haddad, 46, drives the route. Haddad has driven it since 2001, when he was 19, and knows every bend.", true},
		{"Ines Costa, 50, chairs the board. Costa joined it in 2014, when she was 30, as its youngest member.", true},
		{"Renata Lobo, 41, runs the roastery. She opened it in 2009, when she was 24, with a second-hand roaster.", false},
	})
}

// TestAgeOfficeBeforeAName: an office before a name whose noun is first a
// thing ("Board chair Solveig Aarnes") is a title, not the thing's name
// ("the tanker Sea Breeze"); a word of kinship shows a named relative's
// gender ("Her father, Håkon Aarnes"), so a later "she" is not him.
func TestAgeOfficeBeforeAName(t *testing.T) {
	pub := time.Date(2024, 3, 12, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"Board chair Solveig Aarnes, 61, said the vote was final. Aarnes was born in 1957.", true},
		{"Council chair Ruth Ebo, 44, opened the meeting. Ebo was born in 1975.", true},
		{"Club chair Marek Ziel, 58, spoke first. Ziel was born in 1960.", true},
		{"Solveig Aarnes, 61, spoke. Her father, Håkon Aarnes, kept the light. She was born in 1962, the winter the harbour froze.", false},
	})
}
