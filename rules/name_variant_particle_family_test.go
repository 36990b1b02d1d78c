package rules_test

import (
	"testing"

	"github.com/copydesk/copydesk/rules"
)

// TestNameVariantParticleFamilyName: a word that is a particle elsewhere
// ("Le", "Du") before two names and no other particle is a family name
// written first ("Le Thi Hoa"): the full name is a person's, and a letter
// off in its last word is the same person misspelt.
func TestNameVariantParticleFamilyName(t *testing.T) {
	runCases(t, rules.NameVariant, []ruleCase{
		{"swapped", "Winds reached 150 kph, said Le Thi Hoa, deputy director of the weather centre.\n\n\"Stay in harbour,\" said Le Thi Hao, adding that boats should head home.", 1, "Hoa or Hao"},
		{"dropped", "The new bridge opened on Monday, said Le Quang Minh, the provincial transport chief.\n\nLe Quang Mnh said tolls would start in June.", 1, "Minh or Mnh"},
		{"transposed", "Le Hoang Tuan, 41, a rice farmer, lost half his crop.\n\nLe Hoang Taun said he would plant again in May.", 1, "Tuan or Taun"},
		{"two particles", "Du Van Khoa, 41, a rice farmer, lost half his crop.\n\nHis neighbour, Pham Thi Mai, lost less.", 0, ""},
		{"two people", "Le Thi Hoa runs the clinic.\n\nHer sister, Le Thi Lan, runs the pharmacy.", 0, ""},
	})
}
