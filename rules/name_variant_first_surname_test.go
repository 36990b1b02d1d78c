package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestNameVariantFirstOfTwoSurnames: a person named with two surnames may
// be named later by the first alone ("Echeverría" for "Rodrigo Echeverría
// Lanz"), and that one misspelt is the same person spelled two ways, when
// no other person's surname is as near.
func TestNameVariantFirstOfTwoSurnames(t *testing.T) {
	pub := time.Date(2014, 5, 20, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NameVariant, pub, []fireCase{
		{"Rodrigo Echeverría Lanz, president of the board, visited the site. Echevarría said the board would report in May.", true},
		{"Rosaria Quintela Pazos, a judge, spoke first. Quintella said the case was closed.", true},
		{"The coach, Martín Salgueiro Varela, picked three debutants. Salguero said they had earned it.", true},
		{"Rodrigo Echeverría Lanz, president of the board, visited the site. Echeverría said the board would report in May.", false},
		{"Rodrigo Echeverría Lanz, president of the board, visited the site. Lanz said the board would report in May.", false},
	})
}

// TestNameVariantFirstSurnameMessage: two surnames given again without the
// given name, the first misspelt, are reported as that surname spelled
// two ways, not as a given name changed.
func TestNameVariantFirstSurnameMessage(t *testing.T) {
	pub := time.Date(2014, 5, 20, 0, 0, 0, 0, time.UTC)
	checkMessages(t, rules.NameVariant, pub, []messageCase{
		{"Rodrigo Echeverría Lanz, president of the board, visited the site. Echevarría Lanz said the board would report in May.", "(Echeverría or Echevarría)"},
		{"Rosaria Quintela Pazos, a judge, spoke first. Quintella Pazos said the case was closed.", "(Quintela or Quintella)"},
		{"The coach, Martín Salgueiro Varela, picked three debutants. Salguero Varela said they had earned it.", "(Salgueiro or Salguero)"},
	})
}
