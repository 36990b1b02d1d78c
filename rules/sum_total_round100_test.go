package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestSumTotalParallelItems: a bare figure whose item repeats the shape
// of the one before (the figure, then the same preposition) counts in its
// unit, and the phrases of a total's clause run on to the colon that
// opens its parts.
func TestSumTotalParallelItems(t *testing.T) {
	pub := time.Date(2023, 7, 3, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"Farmers sold 3,860 tonnes of beans to licensed buyers between October and the close of the main crop: 1,920 tonnes from Abofrom, 1,130 from Nkwanta and 910 from Dadieso.", true},
		{"The council planted 95 hectares of oak on the slopes above the river in the spring: 40 hectares in Lhota, 35 in Brod and 30 in Ves.", true},
		{"The mill shipped 610 tonnes of flour to bakeries across the region in the first quarter: 300 tonnes to Tema, 210 to Ho and 150 to Kpando.", true},
		{"Farmers sold 3,960 tonnes of beans to licensed buyers between October and the close of the main crop: 1,920 tonnes from Abofrom, 1,130 from Nkwanta and 910 from Dadieso.", false},
		{"The council planted 105 hectares of oak on the slopes above the river in the spring: 40 hectares in Lhota, 35 in Brod and 30 in Ves.", false},
	})
}

// TestSumTotalOfThemAfterPartitive: "Of them" after "N of the M" takes
// apart the N, the part just counted, not the whole it was taken from.
func TestSumTotalOfThemAfterPartitive(t *testing.T) {
	pub := time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"The union said that 1,482 of its 2,050 members had cast ballots, a turnout of 72%. Of them, 911 backed the deal, 522 voted against and 61 spoiled their ballots.", true},
		{"Officials said 318 of the town's 540 homes were flooded. Of those, 210 were in Brod, 96 in Ves and 25 in Lhota.", true},
		{"The club said 64 of its 90 players had signed. Of these, 40 are local, 19 come from abroad and 8 are on loan.", true},
		{"The union said that 1,482 of its 2,050 members had cast ballots, a turnout of 72%. Of them, 911 backed the deal, 510 voted against and 61 spoiled their ballots.", false},
		{"Officials said 318 of the town's 540 homes were flooded. Of those, 210 were in Brod, 83 in Ves and 25 in Lhota.", false},
	})
}

// TestSumTotalOfThatSum: "Of that sum," or "Of this total," opens a
// sentence that takes apart the figure just given, as "Of them," does.
func TestSumTotalOfThatSum(t *testing.T) {
	pub := time.Date(2024, 3, 12, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"The court ordered the five to repay 9.8 million zlotys, roughly a third of what the district lost. Of that sum, Zareba must return 4.1 million zlotys, Bakowska 3.2 million and the other three 2.9 million.", true},
		{"The county counted 1,200 damaged homes after the storm. Of this total, 700 are in Brod, 420 in Ves and 150 in Lhota.", true},
		{"The ministry set aside 45 million euros for the port. Of that amount, 25 million euros goes to dredging, 15 million to the quay and 9 million to roads.", true},
		{"The court ordered the five to repay 9.8 million zlotys, roughly a third of what the district lost. Of that sum, Zareba must return 4.1 million zlotys, Bakowska 3.2 million and the other three 2.5 million.", false},
		{"The county counted 1,200 damaged homes after the storm. Of this total, 700 are in Brod, 350 in Ves and 150 in Lhota.", false},
	})
}

// TestSumTotalAgesInParts: a bare figure in a part's description (an age
// after "under" or "aged", the end of a range) is no part of the total.
func TestSumTotalAgesInParts(t *testing.T) {
	pub := time.Date(2025, 9, 3, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"Of the 312 confirmed cases, 174 were children under five, 96 were aged five to 14 and 58 were adults.", true},
		{"Of the 90 players, 41 were boys under 12, 38 were aged 12 to 15 and 17 were girls over 15.", true},
		{"Of the 640 patients, 300 were women over 65, 250 were men over 65 and 100 were children under 10.", true},
		{"Of the 312 cases, 201 were children under five, 74 were aged between five and 14, and the remaining 37 were adults.", false},
		{"Of the 90 pupils, 40 were aged between six and 10, 35 were aged between 11 and 14 and the remaining 15 were older.", false},
		{"Of the 90 pupils, 40 were aged between six and 10, 45 were aged between 11 and 14 and the remaining 15 were older.", true},
		{"Of the 312 confirmed cases, 174 were children under five, 96 were aged five to 14 and 42 were adults.", false},
		{"Of the 18,400 valid ballots, Kowalska took 9,820, Nowicki won 5,910 and Zielinski finished with 2,670.", false},
	})
}

// TestSumTotalMoneyItemsAndEach: a bare figure whose item repeats the
// shape of a sum of money before it ("1.5 million from a road project
// and 800,000 from a sports hall") is in that money; a part "for each of
// the two" is one part per thing, so the list sums nothing.
func TestSumTotalMoneyItemsAndEach(t *testing.T) {
	pub := time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"He is accused of diverting 4.2 million zlotys from three contracts: 1.9 million from a school, 1.5 million from a road and 800,000 from a sports hall.", false},
		{"He is accused of diverting 4.2 million zlotys from three contracts: 1.9 million from a school, 1.5 million from a road and 600,000 from a sports hall.", true},
		{"The council spent 2.5 million euros on three parks: 1.2 million on Lhota, 900,000 on Brod and 200,000 on Ves.", true},
		{"The three satellites have a combined mass of 210 kilograms: 140 kilograms for Tarang and 35 kilograms for each of the two student-built satellites.", false},
		{"The three boats carry 90 tonnes: 50 tonnes on the barge and 20 tonnes apiece on the two tugs.", false},
		{"The four crews landed 300 tonnes: 120 tonnes for the trawler and 60 tonnes each for the three smaller boats.", false},
	})
}

// TestSumTotalPartsOfWhatBefell: parts "of the children vaccinated" are
// parts of the count of those vaccinated, not of another count of
// children (those the campaign set out to reach).
func TestSumTotalPartsOfWhatBefell(t *testing.T) {
	pub := time.Date(2026, 2, 19, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"Health workers vaccinated 182,400 children, 91.3% of the 199,800 children they set out to find. Mwambani accounted for 61,200 of the children vaccinated, Kisimani for 48,900, Ngutuni for 39,700 and Magogoni for the remaining 32,600.", false},
		{"Crews evacuated 4,100 residents, most of the 5,000 residents in the valley. Lhota accounted for 2,000 of the residents evacuated, Brod for 1,500 and Ves for the remaining 600.", false},
		{"Health workers vaccinated 182,400 children, 91.3% of the 199,800 children they set out to find. Mwambani accounted for 61,200 of the children vaccinated, Kisimani for 58,900, Ngutuni for 39,700 and Magogoni for the remaining 32,600.", true},
		{"Crews evacuated 4,100 residents, most of the 5,000 residents in the valley. Lhota accounted for 2,600 of the residents evacuated, Brod for 1,500 and Ves for the remaining 600.", true},
	})
}

// TestSumTotalSumToCome: parts of "the money" told as to come ("would
// come from") belong to the sum to come ("will spend 14.6 billion"), not
// to one spent before ("last year, when the county spent 13.1 billion").
func TestSumTotalSumToCome(t *testing.T) {
	pub := time.Date(2025, 6, 12, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"The county will spend 14.6 billion shillings next year. Health's share is up from last year, when the county spent 13.1 billion shillings in all. The money would come from three sources: 10.9 billion shillings from the state, 2.6 billion from rates and 1.1 billion from donors.", false},
		{"The club will invest 40 million euros in a stadium. Last season it spent 31 million euros on players. The money will come from 25 million euros in loans, 10 million from sponsors and 5 million from fans.", false},
		{"The county will spend 14.6 billion shillings next year. Health's share is up from last year, when the county spent 13.1 billion shillings in all. The money would come from three sources: 11.9 billion shillings from the state, 2.6 billion from rates and 1.1 billion from donors.", true},
		{"The government on Sunday released 250 million dirhams in aid. The money will be divided: 120 million dirhams for homes, 90 million for roads and 55 million for farmers.", true},
	})
}

// TestSumTotalSpanIncludesNothing: a span of time before ", including"
// ("in its first two weeks, including 19 repairs") is no total of the
// things the clause counts.
func TestSumTotalSpanIncludesNothing(t *testing.T) {
	pub := time.Date(2024, 12, 5, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"The unit performed 64 operations in its first two weeks, including 19 cleft lip repairs.", false},
		{"The shelter took in 300 dogs over three months, including 45 puppies.", false},
		{"The club signed 12 players in the last two years, including three goalkeepers.", false},
		{"The fund holds 204,200 shares, including 254,200 bought since May.", true},
	})
}
