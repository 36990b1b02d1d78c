package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestSumTotalPartWithARelativeAside: a relative clause set off by commas
// on a part's subject ("Zieliński, who had campaigned on parking fees,
// finished with 3,170") does not part it from the list.
func TestSumTotalPartWithARelativeAside(t *testing.T) {
	pub := time.Date(2025, 5, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"Of the 18,400 valid ballots cast, Kowalska took 9,820, Nowicki won 5,910 and Zielinski, who had campaigned on scrapping parking fees in the old market square, finished with 3,170.", true},
		{"Of the 6,000 votes, Ruiz took 3,100, Mendes won 2,000 and Ortega, who ran on a promise to fix the roads, ended with 1,200.", true},
		{"Of the 9,150 tickets, members bought 4,137, schools took 3,214 and the sponsor, whose name is on the shirts, received 1,906.", true},
		{"Of the 18,900 valid ballots cast, Kowalska took 9,820, Nowicki won 5,910 and Zielinski, who had campaigned on scrapping parking fees in the old market square, finished with 3,170.", false},
	})
}

// TestSumTotalSeasonBeforeTheColon: a year or a season written as two
// years between a total and its colon ("in the 2023-24 season:") is a
// date of the total's phrase, no other figure.
func TestSumTotalSeasonBeforeTheColon(t *testing.T) {
	pub := time.Date(2024, 7, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"Members harvested 48,000 tonnes of grain in the 2023-24 season: 21,000 tonnes of soybeans, 17,500 tonnes of maize and 8,000 tonnes of sorghum.", true},
		{"The port handled 9,000 containers in the 2022-23 year: 5,000 from Asia, 2,500 from Europe and 1,000 from Africa.", true},
		{"The farm sold 700 lambs in the 2024-25 season: 400 at market and 300 to butchers.", false},
		{"Members harvested 46,500 tonnes of grain in the 2023-24 season: 21,000 tonnes of soybeans, 17,500 tonnes of maize and 8,000 tonnes of sorghum.", false},
	})
}

// TestSumTotalSumInAnotherCurrency: the same sum in another currency in
// brackets ("a 420 million rupee ($5 million) plan") leaves the noun after
// it to the first sum.
func TestSumTotalSumInAnotherCurrency(t *testing.T) {
	pub := time.Date(2024, 7, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"The state approved a 420 million rupee ($5 million) plan for health centres. The plan sets aside 180 million rupees for buildings, 150 million for equipment and 110 million for training.", true},
		{"The city backed a 90 million kroner (about €8 million) plan for schools. The plan sets aside 50 million kroner for roofs, 30 million for heating and 15 million for books.", true},
		{"The board agreed a 3 billion naira ($2 million) scheme for clinics. The scheme sets aside 1.5 billion naira for wards, 1 billion for drugs and 0.8 billion for staff.", true},
		{"The state approved a 440 million rupee ($5 million) plan for health centres. The plan sets aside 180 million rupees for buildings, 150 million for equipment and 110 million for training.", false},
	})
}

// TestSumTotalPartsAfterGerunds: a list in apposition to a total whose
// parts each follow a verb in "-ing" of their own ("played 38 league
// games, winning 21, drawing 9 and losing 10") shares the total out.
func TestSumTotalPartsAfterGerunds(t *testing.T) {
	pub := time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"Mokpyeong played 38 league games, winning 21, drawing 9 and losing 10.", true},
		{"The team played 82 games, winning 47, losing 29 and tying 8.", true},
		{"The chess club played 30 matches, winning 14, drawing 11 and losing 7.", true},
		{"Mokpyeong played 40 league games, winning 21, drawing 9 and losing 10.", false},
	})
}

// TestSumTotalRestAcrossSentences: parts given in the sentence after a
// total, by a verb of share, that end with the rest ("and the rest,
// 11,600 tonnes, was anchovy") claim to be all of it; not when the total
// had a part taken of it in its own phrase ("taking 23 of its 60 seats").
func TestSumTotalRestAcrossSentences(t *testing.T) {
	pub := time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"The fleets landed a total of 52,300 tonnes of fish in 2023. Mackerel accounted for 21,400 tonnes of that and hake for 17,800 tonnes, and the rest, 11,600 tonnes, was anchovy.", true},
		{"The port handled 9,450 containers last year. Asia accounted for 4,100 containers and Europe for 3,200 containers, and the rest, 1,700 containers, came from Africa.", true},
		{"The farm produced 7,350 litres of milk. Cheese accounted for 3,100 litres and butter for 2,200 litres, and the remaining 1,600 litres were sold fresh.", true},
		{"The Greens won, taking 23 of its 60 seats. The Social Democrats won 19 seats, the Liberals 11 and independents the remaining 7.", false},
	})
}

// TestSumTotalDecimalPointInsideAList: a decimal point in the words
// between two parts ("58% of the 2.1 billion peso budget, sponsors 29%")
// is no full stop and does not end the list.
func TestSumTotalDecimalPointInsideAList(t *testing.T) {
	pub := time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"Ticket sales covered 58% of the 2.1 billion peso budget, sponsors 29% and a grant from the municipality the remaining 15%.", true},
		{"Fares paid 47% of the 3.5 million euro bill, the state 38% and the city the remaining 19%.", true},
		{"Members gave 52% of the 1.2 million rand raised, donors 31% and the church the remaining 20%.", true},
		{"Ticket sales covered 58% of the 2.1 billion peso budget, sponsors 29% and a grant from the municipality the remaining 13%.", false},
	})
}

// TestSumTotalMeasureLeftOut: a measure needs no noun to be a total
// ("burned 8,650 hectares: ..."), and a bare figure of its list before
// "of" keeps the measure of the figure before it ("2,300 of olive
// groves").
func TestSumTotalMeasureLeftOut(t *testing.T) {
	pub := time.Date(2024, 8, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"The fire burned 8,650 hectares: 4,900 hectares of pine forest, 2,300 of olive groves and 1,150 of scrubland.", true},
		{"The plant treated 7,420 tonnes: 3,100 tonnes of glass, 2,800 of paper and 1,300 of metal.", true},
		{"The dairy bottled 5,275 litres: 2,600 litres of whole milk, 1,700 of skimmed and 800 of cream.", true},
		{"The fire burned 8,350 hectares: 4,900 hectares of pine forest, 2,300 of olive groves and 1,150 of scrubland.", false},
	})
}
