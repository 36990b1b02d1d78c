package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestAgeYearAppositionAfterCountry: a role in apposition after a name
// and its country ("Sindre Haugland of Norway, the overall leader,") is
// that person's, so a later description by the role ("the 27-year-old
// race leader") is theirs too.
func TestAgeYearAppositionAfterCountry(t *testing.T) {
	pub := time.Date(2018, 7, 12, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"Sindre Haugland of Norway, the overall leader, kept the jersey. Haugland, who turned 24 in March, leads by 38 seconds. Liam Corrigan, 31, is second.\n\n\"I know that climb,\" said the 27-year-old race leader.", true},
		{"Amina Diallo of Senegal, the defending champion, won her heat. Diallo, 29, ran 11.02. Grace Obi, 30, was second.\n\n\"It was easy,\" said the 31-year-old champion.", true},
		{"Piotr Nowak of Poland, the team captain, scored twice. Nowak was born in 1990. Jan Kral, 28, scored once.\n\n\"We deserved it,\" said the 25-year-old captain.", true},
		{"Sindre Haugland of Norway, the overall leader, kept the jersey. Haugland, who turned 24 in March, leads by 38 seconds. Liam Corrigan, 31, is second.\n\n\"I know that climb,\" said the 24-year-old race leader.", false},
	})
}
