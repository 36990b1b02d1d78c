package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestNameVariantRivalOffices: two offices that are rival seats of one body
// (lexicon class rival-offices: a senator and a representative, a judge
// and a prosecutor) cannot both be one person's; two people of one
// surname may hold them.
func TestNameVariantRivalOffices(t *testing.T) {
	pub := time.Date(2026, 5, 4, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NameVariant, pub, []fireCase{
		{"Sen. Maria Teresa Dizon, who chairs the energy committee, called the hearing.\n\nRep. Dizon said the committee would meet again.", true},
		{"Senator Ramon Villaluz called the hearing.\n\nRepresentative Villaluz said the panel would meet again.", true},
		{"Judge Ana Ruiz opened the trial on Monday.\n\nProsecutor Ruiz said the case was strong.", true},
		{"Sen. Ana Ruiz spoke. Her husband, Rep. Tomas Ruiz, agreed.\n\nSen. Ruiz said the bill would pass.", false},
		{"Sen. Maria Dizon, a former representative, called the hearing.\n\nSen. Dizon said the committee would meet again.", false},
	})
}
