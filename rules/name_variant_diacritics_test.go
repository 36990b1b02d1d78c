package rules_test

import (
	"testing"

	"github.com/copydesk/copydesk/rules"
)

// TestNameVariantDiacritics: one name written with and without its
// diacritics ("Dvořáková" ... "Dvorakova", "Hætta" ... "Haetta") is one
// person spelled two ways, whatever the distance in letters.
func TestNameVariantDiacritics(t *testing.T) {
	runCases(t, rules.NameVariant, []ruleCase{
		{"czech", "BRNO, May 3, 2025 — Petra Dvořáková, the head of the inspectorate, spoke on Monday.\n\nDvorakova said a report would follow.", 1, "Dvorakova"},
		{"sami", "TROMSØ, May 3, 2025 — The ship's master, Captain Bjørnar Hætta, has sailed for 30 years.\n\nCaptain Haetta said the ice was thin.", 1, "Haetta"},
		{"portuguese", "PORTO, May 3, 2025 — João Gonçalves, 51, runs the yard.\n\nJoão Goncalves said orders had doubled.", 1, "Goncalves"},
		{"same spelling", "PORTO, May 3, 2025 — João Gonçalves, 51, runs the yard.\n\nGonçalves said orders had doubled.", 0, ""},
		{"two people", "BRNO, May 3, 2025 — Petra Dvořáková and her colleague Jana Dvorská spoke on Monday.\n\nDvorská said a report would follow.", 0, ""},
	})
}
