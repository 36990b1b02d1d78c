package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestSumTotalCountBelowItsParts: a count smaller than every figure listed
// after it cannot be their sum; it counts the parts, whether or not their
// number matches it ("divided into four sectors: 310 ..., 245 ... and 190").
func TestSumTotalCountBelowItsParts(t *testing.T) {
	pub := time.Date(2025, 8, 14, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"The firefighters were split into four sectors overnight: 310 on the northern flank, 245 near the village and 190 along the motorway.", true},
		{"The strike idled buses at two depots: 180 stand unused at Northgate; 95 at Mabaleng; and 60 at the river yard.", true},
		{"The volunteers worked from five field kitchens: 120 in the square, 85 at the school and 64 by the harbour.", true},
		{"The firefighters were split into three sectors overnight: 310 on the northern flank, 245 near the village and 190 along the motorway.", false},
		{"The strike idled buses at three depots: 180 at Northgate; 95 at Mabaleng; and 60 at the river yard.", false},
	})
}

// TestSumTotalSpanEndsList: a count of a unit of time after a list of bare
// counts is no part of it ("..., avoiding a runoff in two weeks' time").
func TestSumTotalSpanEndsList(t *testing.T) {
	pub := time.Date(2025, 8, 14, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"Officials said 18,426 valid ballots were cast. Kowal won 9,410 of them, Zielna 6,205 and Brzeski 2,811, avoiding a runoff in two weeks' time.", false},
		{"The club sold 4,000 tickets. Members bought 2,500 of them, visitors 1,200 and schools 300, all within three days.", false},
		{"The union has 900 members. Drivers make up 520 of them, mechanics 260 and clerks 120, after five years of growth.", false},
		{"Officials said 18,326 valid ballots were cast. Kowal won 9,410 of them, Zielna 6,205 and Brzeski 2,811, avoiding a runoff in two weeks' time.", true},
	})
}

// TestSumTotalSexesSplit: parts each said to be people of a sex, the sexes
// differing, share one whole out ("Of the 412,650 people counted, 203,118
// were men and 210,532 were women"), after a dateline too.
func TestSumTotalSexesSplit(t *testing.T) {
	pub := time.Date(2025, 8, 14, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"MWANGAZA, Kenya, Aug. 14, 2025 (Copydesk) — Of the 412,650 people counted, 203,118 were men and 210,532 were women, the office said.", true},
		{"Of the 40 pupils, 22 are girls and 19 are boys.", true},
		{"Of the 1,215 runners, 700 were men and 520 were women.", true},
		{"Of the 40 pupils, 22 are girls and 18 are boys.", false},
		{"Of the 600 staff, 400 took part in the ballot and 350 were women.", false},
	})
}

// TestSumTotalSubjectNamesTotal: a list of figures of the total's measure
// in the next sentence, whose subject names what the total measured ("will
// build 1,850 metres of new quay wall ... The new quay wall will run for
// 980 metres ..."), gives parts of that total.
func TestSumTotalSubjectNamesTotal(t *testing.T) {
	pub := time.Date(2025, 5, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"The authority will build 1,850 metres of new quay wall, its chief said. The new quay wall will run for 980 metres along the container terminal, 610 metres at the bulk berth and 300 metres beside the fishing harbour.", true},
		{"The city will lay 42 kilometres of new cycle track this year. The track will run 20 kilometres along the river, 15 kilometres through the centre and 9 kilometres to the airport.", true},
		{"The firm will plant 4,800 hectares of new forest. The forest will cover 2,600 hectares in the north, 1,900 hectares in the east and 700 hectares near the coast.", true},
		{"The city will lay 44 kilometres of new cycle track this year. The track will run 20 kilometres along the river, 15 kilometres through the centre and 9 kilometres to the airport.", false},
		{"The city will lay 42 kilometres of new cycle track this year. The tram will run 20 kilometres along the river, 15 kilometres through the centre and 9 kilometres to the airport.", false},
	})
}

// TestSumTotalSpanBeforeColon: a span the total was reached over ("lent
// 418,600 items over the 12 months:") neither takes the list after the
// colon nor keeps it from the total.
func TestSumTotalSpanBeforeColon(t *testing.T) {
	pub := time.Date(2025, 5, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"The service lent 418,600 items over the 12 months: 276,300 print books, 91,800 e-books and 46,200 audiobooks.", true},
		{"The port handled 51,200 containers in the six months to June: 30,100 at the east quay and 20,400 at the west quay.", true},
		{"The airline carried 2,410 passengers in the 12 months to March: 1,300 on domestic routes and 1,200 abroad.", true},
		{"The service lent 414,300 items over the 12 months: 276,300 print books, 91,800 e-books and 46,200 audiobooks.", false},
	})
}

// TestSumTotalRemainingWithEveryPart: "Of them, A ..., B ... and the
// remaining C ..." gives every part of the count just before, named or
// not, not only the first and the rest.
func TestSumTotalRemainingWithEveryPart(t *testing.T) {
	pub := time.Date(2025, 11, 4, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"Buses serve 62 routes. Of the 1,140 drivers, 1,026 took part in the ballot. Of them, 812 voted to strike, 198 voted against and the remaining 16 returned blank papers.", false},
		{"Buses serve 62 routes. Of the 1,140 drivers, 1,026 took part in the ballot. Of them, 822 voted to strike, 198 voted against and the remaining 16 returned blank papers.", true},
		{"The club has 90 members. Of them, 40 live in Leeds, 30 in York and the remaining 25 in Hull.", true},
		{"The club has 95 members. Of them, 40 live in Leeds, 30 in York and the remaining 25 in Hull.", false},
	})
}

// TestSumTotalCombinedShare: a verb of share may take "a combined" before
// its percentage ("accounted for a combined 67 per cent"): a share of the
// same whole as those before it.
func TestSumTotalCombinedShare(t *testing.T) {
	pub := time.Date(2025, 5, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"Visitors from abroad made up 38 per cent of the total. Swiss visitors accounted for a combined 67 per cent.", true},
		{"Exports made up 41% of sales last year. Home sales and services made up a combined 62%.", true},
		{"Cars accounted for 55% of trips. Buses and trams accounted for a combined 48%.", true},
		{"Visitors from abroad made up 38 per cent of the total. Swiss visitors accounted for a combined 62 per cent.", false},
	})
}

// TestSumTotalMoneyDividedLater: "the money will be divided: ..." refers
// back to the sum the copy gave, paragraphs before if need be.
func TestSumTotalMoneyDividedLater(t *testing.T) {
	pub := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"The hospital will add 140 beds under a €38.5 million expansion approved on Tuesday.\n\nThe new wing will stand behind the main block.\n\nThe clinical director said every bed was needed.\n\nThe board voted for the plan. Under the budget, the money will be divided: €24 million for construction, €9.8 million for equipment, and €6.2 million for a road.", true},
		{"The city will spend $12.4 million on its parks.\n\nThe mayor announced the plan on Monday.\n\nResidents had asked for more trees.\n\nOfficials said the money would be split: $7 million for paths, $4 million for trees and $2 million for lighting.", true},
		{"The trust raised £2.1 million in its appeal.\n\nDonors gave from 40 countries.\n\nThe chair thanked them.\n\nThe money will go three ways: £1.2 million to the roof, £0.6 million to the organ and £0.3 million to the archive.", false},
	})
}

// TestSumTotalSharesWithOneLeftOut: shares said to be the whole ("the
// rest", "the remaining") claim it only when no share of the copy was
// passed over: one in the first sentence not joined to the chain ("62%
// ... and 23% from the regional budget. ... the rest, 15%"), or one the
// sentence before gave ("..., or 41.2%. The Socialists took 33.5%, ...
// the remaining 11.2%").
func TestSumTotalSharesWithOneLeftOut(t *testing.T) {
	pub := time.Date(2025, 10, 14, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"About 62% of the money will come from European Union funds and 23% from the regional budget. The hospitals will cover the rest, 15%, from their own reserves.", false},
		{"Tempranillo made up 58% of this year's intake and Garnacha 27%. White varieties accounted for the rest, 15%.", false},
		{"Of the 21,486 valid ballots, the Social Democrats received 8,852, or 41.2%. The Socialists took 33.5%, the Greens 14.1% and Vila Viva the remaining 11.2%.", false},
		{"Tempranillo made up 58% of this year's intake. White varieties accounted for the rest, 15%.", true},
	})
}
