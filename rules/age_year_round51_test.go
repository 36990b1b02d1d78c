package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestAgeCoordinatedRelative: "and who" opens a second relative clause on
// the person of the first ("Hamre, who has led the programme since 2004
// and who turned 60 last spring"): the age reached there is that
// person's.
func TestAgeCoordinatedRelative(t *testing.T) {
	pub := time.Date(2026, 1, 28, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"Ines Barros, who has coached the team since 2010 and who turned 50 last year, said so. Barros was born in 1977.", true},
		{"Marek Wolny, who runs the depot and who turned 44 last March, said so. Born in 1980, Wolny grew up nearby.", true},
		{"The mayor thanked Odile Fourcade, who founded the choir and who turned 70 last year. Fourcade was born in 1952.", true},
		{"Ines Barros, who has coached the team since 2010 and who turned 50 last year, said so. Barros was born in 1975.", false},
	})
}

// TestAgeTurnedInASpanOfMonths: an age turned in a season or another span
// of months ("turned 50 in the summer") fixes the age once the span is
// past, and leaves two ages while it runs.
func TestAgeTurnedInASpanOfMonths(t *testing.T) {
	pub := time.Date(2025, 12, 3, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"The chief engineer, Mikko Saarinen, who turned 50 in the summer, will stay on. The 49-year-old engineer is due to move.", true},
		{"Ana Costa, who turned 40 in the spring, leads the crew. The 39-year-old has sailed since 2004.", true},
		{"Lars Holm, who turned 61 in the first half of the year, runs the yard. The 60-year-old started there as a boy.", true},
		{"The chief engineer, Mikko Saarinen, who turned 50 in the summer, will stay on. The 50-year-old engineer is due to move.", false},
	})
	checkFires(t, rules.AgeYear, time.Date(2025, 2, 10, 0, 0, 0, 0, time.UTC), []fireCase{
		{"Lars Holm, who turned 61 in the autumn of 2024, runs the yard. The 61-year-old started there as a boy.", false},
	})
}
