package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestAgeYearNameGivenToDescription: "Her name is ..." names the person
// the copy had only described just before, even where the pronoun could
// be read as someone named earlier, so an age in the description and a
// birth told under the name meet.
func TestAgeYearNameGivenToDescription(t *testing.T) {
	pub := time.Date(2026, 5, 20, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"Deputy Mayor Lucía Ferreyra defended the cuts on Monday. Among the protesters stood a 71-year-old retired schoolteacher holding a sign. Her name is Dolores Pizarro.\n\nPizarro, who was born in 1949, taught for 34 years.", true},
		{"Minister Ana Ruiz opened the clinic. In the queue sat a 66-year-old farmer with a bandaged hand. His name is Tomás Ibarra.\n\nIbarra, born in 1952, has farmed the valley all his life.", true},
		{"Governor Amina Bello toured the camp. Beside the gate waited a 40-year-old nurse. Her name is Zainab Musa.\n\nMusa was born in 1978 in Kano.", true},
		{"Deputy Mayor Lucía Ferreyra defended the cuts on Monday. Among the protesters stood a 71-year-old retired schoolteacher holding a sign. Her name is Dolores Pizarro.\n\nPizarro, who was born in 1955, taught for 34 years.", false},
	})
}
