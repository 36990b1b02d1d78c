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

// TestNameVariantRomanisedArticleAndY: the Arabic article written "El-"
// or "Al-", and an initial "Y" or "I", are two romanisations of one name.
func TestNameVariantRomanisedArticleAndY(t *testing.T) {
	runCases(t, rules.NameVariant, []ruleCase{
		{"khatib", "AMMAN, May 3, 2024 — Hospital director Dr. Omar Al-Khatib said the unit opened.\n\nOmar El-Khatib said the hospital would hire nurses.", 1, "El-Khatib"},
		{"sayed", "CAIRO, May 3, 2024 — Judge Mona El-Sayed read the verdict.\n\nJudge Al-Sayed said the appeal would be heard in June.", 1, "Al-Sayed"},
		{"ibarra", "BILBAO, May 3, 2024 — Álvaro Ibarra, 47, director of the theatre, spoke.\n\nThe plan is on hold, according to Álvaro Ybarra, who said funds were short.", 1, "Ybarra"},
		{"two people", "BILBAO, May 3, 2024 — Álvaro Ibarra, 47, and his cousin Marta Ibarra spoke.\n\nMarta Ibarra said funds were short.", 0, ""},
	})
}
