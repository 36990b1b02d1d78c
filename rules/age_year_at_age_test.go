package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestAgeYearAtAge: an age set beside a name by "at" ("Ernesto Villaflor,
// at 57 the oldest man aboard,") or fronted before its subject ("At 57,
// Villaflor was the oldest") is the person's age now; fronted before a
// past verb of another kind ("At 23, he helped design ...") it is the age
// then, which no birth year contradicts; before a modal ("At 52, Holm
// will also sit") it is the age now.
func TestAgeYearAtAge(t *testing.T) {
	pub := time.Date(2000, 2, 16, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"The captain, Ernesto Villaflor, at 57 the oldest man aboard, was rescued.\n\nVillaflor, who was born in 1938, said the radio failed.", true},
		{"The mayor, Dita Kron, at 44, is the youngest in the region. Kron was born in 1951.", true},
		{"At 61, Oskar Lind was the oldest rider in the race. Lind was born in 1946.", true},
		{"The captain, Ernesto Villaflor, at 61 the oldest man aboard, was rescued.\n\nVillaflor, who was born in 1938, said the radio failed.", false},
		{"Tomasz Lis, 41, runs the office. At 23, he helped design a control room. Lis was born in 1958.", false},
		{"OSLO, Feb. 16, 2000 (Copydesk) — At 71, Anna Berg still rows her library to the islands.\n\nAnna Berg was born on 19 March 1932.", true},
		{"Born in Bergen in 1953, Kari Holm trained as a chemist.\n\nAt 52, Holm will also sit on the board of the centre.", true},
	})
}
