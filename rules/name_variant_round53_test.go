package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestNameVariantLongSurnameLastLetterDropped: a surname of eight letters
// or more written again alone without its last letter ("Quintanar" ...
// "Quintana") is the same person misspelled; a plural's s, and a
// nationality beside its country, are not.
func TestNameVariantLongSurnameLastLetterDropped(t *testing.T) {
	pub := time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NameVariant, pub, []fireCase{
		{"Judge Rosalba Quintanar ruled on Friday. A spokesman said Judge Quintana would not comment.", true},
		{"Coach Dimitri Papadakisz named the squad. Papadakis said the choice was easy.", true},
		{"Architect Helena Brandauer drew the plans. Brandaue said the hall would open in May.", true},
		{"Coach Dimitri Williams named the squad. William Ortega, his assistant, agreed.", false},
		{"The Australian trade minister arrived on Monday. Australia and Chile signed the deal.", false},
	})
}
