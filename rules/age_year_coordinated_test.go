package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestAgeYearReachedInCoordinatedRelative: a verb of reaching an age
// coordinated inside a relative clause ("who has skippered ferries since
// 1991 and turned 60 last year") gives the relative's person that age.
func TestAgeYearReachedInCoordinatedRelative(t *testing.T) {
	pub := time.Date(2024, 4, 10, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"The captain, Odd Halvorsen, who has skippered ferries on the route since 1991 and turned 60 last year, waved. The 58-year-old captain said he would miss it.", true},
		{"Ana Ruiz, who founded the bakery in 1998 and turned 50 last year, smiled. Ruiz, 46, said the shop would stay open.", true},
		{"Kofi Mensah, who joined the band in 1979 and turned 70 last year, sang. Mensah was born in 1948.", true},
		{"The captain, Odd Halvorsen, who has skippered ferries on the route since 1991 and turned 60 last year, waved. The 60-year-old captain said he would miss it.", false},
	})
}

// TestAgeYearParticleName: an age in apposition after a surname that opens
// with a lower-case particle hyphened to it ("al-Khatib, 61,") is that
// person's.
func TestAgeYearParticleName(t *testing.T) {
	pub := time.Date(2026, 5, 11, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"Mahmoud al-Khatib drove the route for 39 years. Passengers gave al-Khatib, 61, a round of applause. \"I'm 64 and my back hurts,\" al-Khatib said.", true},
		{"Mona el-Amin chairs the court. Lawyers praised el-Amin, 52, on Monday. El-Amin was born in 1960.", true},
		{"Yusuf bin-Salem sells dates. Traders thanked bin-Salem, 40, for his help. Bin-Salem, who was born in 1979, smiled.", true},
		{"Mahmoud al-Khatib drove the route for 39 years. Passengers gave al-Khatib, 61, a round of applause. \"I'm 61 and my back hurts,\" al-Khatib said.", false},
	})
}

// TestAgeYearChildOfSomeoneUnnamed: "the son of a gold-mine electrician,
// K.A. Mensah" says whose child the person is, told of someone the copy
// does not name; it introduces no relative, so the name is the person
// already named.
func TestAgeYearChildOfSomeoneUnnamed(t *testing.T) {
	pub := time.Date(2025, 11, 3, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"Dr. Kwabena A. Mensah, 57, leads the unit. Born on Nov. 20, 1968, in Obuasi, the son of a gold-mine electrician, K.A. Mensah was the first in his family to attend university.", true},
		{"Ama Owusu, 40, runs the farm. Born in 1980, the daughter of a fisherman, Owusu grew up on the coast.", true},
		{"Tomas Berg, 50, skippers the ferry. Raised in Kiel, the son of a welder, Tomas Berg was born in 1980.", true},
		{"Dr. Kwabena A. Mensah, 56, leads the unit. Born on Nov. 20, 1968, in Obuasi, the son of a gold-mine electrician, K.A. Mensah was the first in his family to attend university.", false},
	})
}
