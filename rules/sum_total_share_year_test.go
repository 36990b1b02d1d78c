package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestSumTotalSharesOfAnotherYear: a share in a sentence that names a year
// the shares before it do not is of that year's whole, not theirs; the
// chain of one whole stops there.
func TestSumTotalSharesOfAnotherYear(t *testing.T) {
	pub := time.Date(2026, 1, 27, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"Wind turbines contributed 38% of the island's power last year. In 2019, before the solar park opened, diesel supplied 88%.", false},
		{"Domestic travellers made up 58% of last year's passengers. In 2015 international arrivals accounted for 61%.", false},
		{"Exports to Asia made up 55% of sales last year. Back in 2010, Europe accounted for 70%.", false},
		{"Domestic travellers made up 58% of last year's passengers. International arrivals accounted for 61%.", true},
	})
}

// TestSumTotalPartOfOwnedWhole: in "38 of the transport company's 312
// vehicles: 22 buses and 16 trams", the list gives the part, not the whole,
// whatever determiner or owner the whole has.
func TestSumTotalPartOfOwnedWhole(t *testing.T) {
	pub := time.Date(2024, 11, 13, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"Only 38 of the transport company's 312 vehicles ran on Tuesday: 22 buses and 16 trams.", false},
		{"Nine of its 14 plants stayed open: five in Ohio and four in Texas.", false},
		{"Only 40 of the city's 312 vehicles ran on Tuesday: 22 buses and 16 trams.", true},
	})
}

// TestSumTotalOriginAndSummedSet: a list after "74 films from 21
// countries:" divides the films, not the countries they come from; and in
// "the two rounds together have given a total of 2.54 million doses" the
// two counts the rounds summed, no part of the total.
func TestSumTotalOriginAndSummedSet(t *testing.T) {
	pub := time.Date(2025, 4, 23, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"The festival screened 74 films from 21 countries: 38 features and 36 shorts.", false},
		{"The fair drew 310 exhibitors from 12 regions: 200 farms and 110 dairies.", false},
		{"The festival screened 74 films from 21 countries: 38 features and 34 shorts.", true},
		{"The first round reached 1.36 million people, and the two rounds together have given a total of 2.54 million doses.", false},
		{"The east plant made 4,000 cars, and the three plants combined turned out a total of 9,000.", false},
		{"She finished with 7 points from 9 games: six wins, two draws and a single loss.", false},
	})
}

// TestSumTotalListOfTheNearerCount: a list after a dash or a colon whose
// parts add up exactly to a count standing between the total and the mark
// is that count's ("from about 1,200 families for flats in four
// developments — two in A, one in B and one in C").
func TestSumTotalListOfTheNearerCount(t *testing.T) {
	pub := time.Date(2025, 3, 11, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"The company took deposits from about 1,200 families for flats in four developments — two in Zalesin, one in Osowiec and one in Brzeziny.", false},
		{"The fund lent 40 million euros to 300 farmers in three regions: two in the north and one in the south.", false},
		{"The charity fed 5,000 people at six kitchens: four in the capital and two on the coast.", false},
		{"The charity fed 5,000 people at six kitchens: four in the capital and three on the coast.", true},
	})
}
