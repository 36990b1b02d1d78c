package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestAgePronounOfShownGender: a pronoun that opens a sentence goes to the
// one person the sentence before names whose gender the copy has shown to
// agree ("barred her from practising"), over a subject whose gender it has
// not shown; a bare "the 61-year-old" after it is that person.
func TestAgePronounOfShownGender(t *testing.T) {
	pub := time.Date(2024, 3, 12, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"Judge Antoni Brzezicki sentenced Halina Wrzosek and barred her from practising. She was also ordered to pay damages. The 61-year-old showed no reaction. Born in 1961, Wrzosek opened her office in 1990.", true},
		{"Coach Tomasz Lis dropped Irena Kowal and told her to rest. She was also fined by the club. The 30-year-old left without a word. Kowal was born in 1992.", true},
		{"Director Ade Bello fired Grace Obi and asked her to leave. She was also barred from the site. The 45-year-old said nothing. Obi was born in 1975.", true},
		{"Judge Antoni Brzezicki sentenced Halina Wrzosek and barred her from practising. She was also ordered to pay damages. The 62-year-old showed no reaction. Born in 1961, Wrzosek opened her office in 1990.", false},
	})
}
