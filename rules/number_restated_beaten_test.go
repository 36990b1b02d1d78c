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
