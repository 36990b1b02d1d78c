package rules_test

import (
	"testing"

	"github.com/copydesk/copydesk/rules"
)

// TestNameVariantNearestSurname: a surname alone near two people's
// surnames names the one it is nearer ("Strømnes" is one letter from
// "Strømsnes" and two from "Strømme"); as near to both, it names neither.
func TestNameVariantNearestSurname(t *testing.T) {
	runCases(t, rules.NameVariant, []ruleCase{
		{"dropped letter", "Eirik Strømsnes, a hydrologist, said the river peaked in August.\n\nMayor Arne Strømme, 59, asked for money.\n\nStrømnes said a second gauge would be installed.", 1, "Strømsnes or Strømnes"},
		{"last letter dropped", "Karin Lindqvist chairs the board.\n\nThe auditor, Nils Lindquist, signed the accounts.\n\nLindqvis said the dividend would be kept.", 1, "Lindqvist or Lindqvis"},
		{"ending dropped", "Ewa Abramowicz opened the gallery in May.\n\nHer partner, Leon Abramowitz, designed it.\n\nAbramowic said 900 people came.", 1, "Abramowicz or Abramowic"},
		{"as near to both", "Anna Berger runs the shop.\n\nHer rival, Jonas Barger, runs the next one.\n\nBurger said prices would rise.", 0, ""},
	})
}
