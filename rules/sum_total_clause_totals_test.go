package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestSumTotalSubjectOfThatClause: a total that opens a clause "that"
// starts reaches the colon ending its clause, however many words between,
// as a total opening its sentence does.
func TestSumTotalSubjectOfThatClause(t *testing.T) {
	pub := time.Date(2024, 8, 28, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"The office said on Wednesday that 47 people had died since the river burst its banks on Aug. 21: 29 drowned, 11 were killed when walls collapsed and nine were electrocuted.", true},
		{"Police said that 36 people were hurt when the stand at the old cricket ground gave way on Sunday: 20 were treated at the scene and 18 were taken to hospital.", true},
		{"The ministry confirmed that 112 schools have stayed shut since the cyclone reached the coast last week: 60 in Sindh, 40 in Balochistan and 15 in Punjab.", true},
		{"The office said on Wednesday that 47 people had died since the river burst its banks on Aug. 21: 27 drowned, 11 were killed when walls collapsed and nine were electrocuted.", false},
	})
}

// TestSumTotalSubjectPastWordList: a total that is its sentence's subject
// reaches the colon past the commas of a list of words its verb takes
// ("covers buildings, equipment and staff:").
func TestSumTotalSubjectPastWordList(t *testing.T) {
	pub := time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"The 840 million rupee programme covers buildings, equipment and staff: 510 million rupees for construction, 190 million for equipment and 160 million for midwives.", true},
		{"The $12 million grant pays for seeds, tools, training and storage: $5 million for seeds, $4 million for tools and $4 million for the rest.", true},
		{"The 2.4 billion kroner budget funds ferries, roads and bridges: 1.1 billion for ferries, 900 million for roads and 600 million for bridges.", true},
		{"The 840 million rupee programme covers buildings, equipment and staff: 490 million rupees for construction, 190 million for equipment and 160 million for midwives.", false},
	})
}

// TestSumTotalDividedDefiniteTotal: a definite total that a verb of
// division shares out ("The assembly's 33 directly elected seats were
// split four ways") is the whole of the parts the next sentence gives; a
// participle after its adverb ("directly elected") modifies the noun.
func TestSumTotalDividedDefiniteTotal(t *testing.T) {
	pub := time.Date(2025, 10, 14, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"The assembly's 33 directly elected seats were split four ways. The Socialists won 13 seats, the Social Democrats 11, the Greens 6 and the Left Bloc 4.", true},
		{"The council's 45 newly drawn seats were divided among three parties. Labour took 22 seats, the Liberals 15 and the Greens 10.", true},
		{"The fund's 120 fully paid places were shared among four towns. Arva got 40 places, Berno 35, Cull 30 and Dorn 20.", true},
		{"The assembly's 33 directly elected seats were split four ways. The Socialists won 13 seats, the Social Democrats 10, the Greens 6 and the Left Bloc 4.", false},
	})
}

// TestSumTotalPartsOfTheUnitsCounted: a whole counted in units ("its
// 30-match league season") is taken apart by parts of those units in the
// next sentence ("won 17 of those matches, drew eight and lost six").
func TestSumTotalPartsOfTheUnitsCounted(t *testing.T) {
	pub := time.Date(2025, 11, 10, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"Vestfjord wrapped up its 30-match league season on Sunday. Vestfjord won 17 of those matches, drew eight and lost six.", true},
		{"The club ended its 38-game campaign in May. It won 20 of those games, drew nine and lost ten.", true},
		{"The orchestra finished its 24-concert tour in Lyon. It sold out 15 of those concerts, nearly filled seven and played three to half-empty halls.", true},
		{"Vestfjord wrapped up its 30-match league season on Sunday. Vestfjord won 16 of those matches, drew eight and lost six.", false},
	})
}

// TestSumTotalPastADateToItsColon: the words of a date between a total
// and its colon ("1,842 new objects between Dec. 1, 2025 and Nov. 30,
// 2026: ...") count against no reach, and its commas end no clause.
func TestSumTotalPastADateToItsColon(t *testing.T) {
	pub := time.Date(2026, 12, 10, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"The telescope had catalogued 1,842 new objects between Dec. 1, 2025 and Nov. 30, 2026: 1,310 asteroids, 412 variable stars and 140 supernovae.", true},
		{"The hotline took 960 calls from March 3, 2026 to June 30, 2026: 500 about water, 300 about roads and 180 about lighting.", true},
		{"Rangers counted 450 nests between April 2, 2026 and May 9, 2026: 200 of terns, 150 of gulls and 120 of puffins.", true},
		{"The telescope had catalogued 1,862 new objects between Dec. 1, 2025 and Nov. 30, 2026: 1,310 asteroids, 412 variable stars and 140 supernovae.", false},
	})
}
