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
