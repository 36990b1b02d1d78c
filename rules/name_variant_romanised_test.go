package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestNameVariantRomanisations: one name written in two romanisations
// ("Zhaksybekova" and "Jaksybekova", "Youssef" and "Yussef") is one
// person spelled two ways, though the first letters may differ.
func TestNameVariantRomanisations(t *testing.T) {
	pub := time.Date(2023, 9, 12, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NameVariant, pub, []fireCase{
		{"The department's deputy head, Aigerim Zhaksybekova, said the grain was wet. Jaksybekova said the region would ask for help.", true},
		{"The port's director, Karim Boutros, said the cranes were idle. Butros said work would resume on Monday.", true},
		{"The coach, Dmitri Tchernov, named his squad on Friday. Chernov said two players were injured.", true},
		{"The department's deputy head, Aigerim Zhaksybekova, said the grain was wet. Zhaksybekova said the region would ask for help.", false},
		{"The mayor, Ana Khalil, opened the fair. Her rival, Omar Halim, stayed away.", false},
		{"Jordanian novelist Layla Haddad won the prize on Monday. Leila Haddad told reporters she would open a workshop.", true},
		{"The striker Reina Okafor scored twice. Rayna Okafor said the team had trained hard.", true},
	})
}
