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

// TestNameVariantOwnKinLater: a sentence that speaks of the named
// person's own relatives, after the name and its verb ("Park Ji-hun
// thanked employees and said his daughter had earned the job"), does not
// present the name as a relative, so a misspelling there is still one.
func TestNameVariantOwnKinLater(t *testing.T) {
	runCases(t, rules.NameVariant, []ruleCase{
		{"daughter", "Tomasz Wierzbicki, 61, founded the firm in 1990. His daughter, Ewa Wierzbicka, will run it.\n\nIn a letter, Tomasz Wierzbicky thanked staff and said his daughter had earned the job.", 1, "Wierzbicki or Wierzbicky"},
		{"brother", "Amadou Keita, 58, has coached the club since 2015.\n\nAmadou Kieta said on Monday that his younger brother would join the staff.", 1, "Keita or Kieta"},
		{"wife", "The skipper, Lars Henriksen, 49, sailed alone.\n\nLars Henriksson told reporters his wife had tracked the boat by satellite.", 1, "Henriksen or Henriksson"},
		{"presented as kin", "Tomasz Wierzbicki, 61, founded the firm in 1990.\n\nHis brother, Tomasz Wierzbicky, runs a bakery.", 0, ""},
	})
}
