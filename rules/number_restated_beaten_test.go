package rules_test

import (
	"testing"

	"github.com/copydesk/copydesk/rules"
)

// TestNumberRestatedBeatenFigure: the figure a contest overtook ("beating
// the record of 63.90 metres that Kuusela set in 2019") is the one before,
// no restatement of the new record.
func TestNumberRestatedBeatenFigure(t *testing.T) {
	runCases(t, rules.NumberRestated, []ruleCase{
		{"javelin", "Aino Lehtimäki won with a championship record of 64.72 metres. She improved with her fifth throw, beating the record of 63.90 metres that Henna Kuusela set in 2019.", 0, ""},
		{"marathon", "Kibet won in a course record of 2 hours 6 minutes. He broke the record of 2 hours 8 minutes set by his coach in 2011.", 0, ""},
		{"crowd", "The final drew a record crowd of 52,000. It surpassed the record of 48,500 set at the 2018 final.", 0, ""},
		{"restated", "Aino Lehtimäki won with a championship record of 64.72 metres. The record of 63.90 metres will stand until next year.", 1, "64.72 metres"},
	})
}

// TestNumberRestatedOwnedByNamedBody: a count whose "of" phrase names a
// body after its common noun ("the 12 members of the opposition Nagrik
// Vikas Aghadi") counts that body's, no restatement of the whole's ("the
// council's 45 members").
func TestNumberRestatedOwnedByNamedBody(t *testing.T) {
	runCases(t, rules.NumberRestated, []ruleCase{
		{"opposition", "Four of the council's 45 members were absent. The 14 votes against came from the 12 members of the opposition Nagrik Vikas Aghadi and two independents.", 0, ""},
		{"union", "The plant has 900 workers. The strike was called by the 310 workers of the union Solidarność Portowa.", 0, ""},
		{"choir", "The festival hosts 400 singers. The 60 singers of the choir Voces Andinas open it.", 0, ""},
		{"restated", "Four of the council's 45 members were absent. The 48 members of the council met again on Friday.", 1, "48"},
	})
}

// TestNumberRestatedDrowned: people who drowned are dead, so "the 19
// victims" restates "Seventeen people have drowned".
func TestNumberRestatedDrowned(t *testing.T) {
	runCases(t, rules.NumberRestated, []ruleCase{
		{"flood", "Seventeen people have drowned since Monday, officials said. The state will pay the families of the 19 victims.", 1, "19"},
		{"ferry", "Twelve people drowned when the ferry capsized. Relatives of the 14 victims gathered at the port.", 1, "14"},
		{"river", "Four children drowned in the river this summer. The four victims were all under ten.", 0, ""},
	})
}
