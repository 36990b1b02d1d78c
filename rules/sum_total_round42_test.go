package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestSumOpeningWithClause: a total that opens its sentence may carry a
// relative clause before the comma ("Of the 30 league matches they have
// played this season,"); the parts after the comma still share it out.
func TestSumOpeningWithClause(t *testing.T) {
	pub := time.Date(2027, 3, 15, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"The club is top. Of the 30 league matches they have played this season, Athletic won nineteen, drew seven and lost five.", true},
		{"The storm hit in May. Of the 412 homes that the storm damaged in the two valleys, 160 were rebuilt, 200 repaired and 60 demolished.", true},
		{"The vote was close. Of the 45 councillors who sat through the long night session, 27 voted yes, 14 voted no and 6 abstained.", true},
		{"The vote was close. Of the 45 councillors who sat through the long night session, 27 voted yes, 12 voted no and 6 abstained.", false},
	})
}

// TestSumComposition: a total that is the subject of a verb of
// composition ("is made up of", "consists of", "comprises", "breaks down
// ... as follows:") is shared out in the list that follows; the day of a
// date on the way is no other total, and a whole of counted units ("the
// 81-seat assembly") is made of parts that count those units.
func TestSumComposition(t *testing.T) {
	pub := time.Date(2027, 3, 15, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"The board met. The 12 trustees are made up of 5 teachers, 4 parents and 4 local councillors.", true},
		{"The fleet is old. The 40 buses consist of 22 diesels, 11 hybrids and 9 electric models.", true},
		{"The fund is new. The $9 million comprises $4 million from the state, $3 million from the city and $3 million from donors.", true},
		{"The drive went well. The 84,500 doses given since the campaign began on November 4 break down by district as follows: 31,200 in Koroshi, 22,800 in Amberley, 17,400 in Tessu and 11,600 in Narawe.", true},
		{"The vote was counted. The 81-seat assembly will be made up of 31 Green members, 26 from Civic Union, 17 from the Farmers' Party and 9 independents.", true},
		{"The vote was counted. The 81-seat assembly will be made up of 31 Green members, 26 from Civic Union, 15 from the Farmers' Party and 9 independents.", false},
		{"The fleet is old. The 40 buses consist of 22 diesels, 9 hybrids and 9 electric models.", false},
	})
}

// TestSharesRateSubject: a percentage that is the predicate of a rate
// noun ("Turnout in the 2023 election was 54 percent") is that rate, no
// share of the whole the next percentage divides.
func TestSharesRateSubject(t *testing.T) {
	pub := time.Date(2027, 2, 20, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"Turnout in the 2023 election was 54 percent, and Vukmir took 57 percent of the votes cast.", false},
		{"Unemployment across the northern districts was 12%, and the mayor won 91% of the vote.", false},
		{"Approval of the governor among older voters was 48%, and he won 61% of their votes.", false},
		{"Labour took 54 percent of the votes cast, and the Greens took 57 percent of the votes cast.", true},
	})
}

// TestSharesStakeAndRest: the stake an owner holds in a whole and the
// rest it does not hold ("the 59% of POP it doesn't already own") make
// all of the whole.
func TestSharesStakeAndRest(t *testing.T) {
	pub := time.Date(1989, 11, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"Heritage Media said it offered to buy the 59% of POP Radio Corp. it doesn't already own. Heritage, which owns 51% of POP's shares, will pay in stock.", true},
		{"Norvik Holdings owns 35% of Arlen Foods. It now plans to buy the 55% of Arlen it does not hold.", true},
		{"The state controls 70% of Bank Severa. Investors will be offered the 20% of Severa that it does not control.", true},
		{"Heritage Media said it offered to buy the 49% of POP Radio Corp. it doesn't already own. Heritage, which owns 51% of POP's shares, will pay in stock.", false},
		{"Norvik Holdings owns 35% of Arlen Foods. It now plans to buy the 55% of Delta Mills it does not hold.", false},
	})
}

// TestSumTallyIsNoTotal: one side of a tally ("by 12 votes to nine") is a
// result, no total for the parts of a later sentence to share out.
func TestSumTallyIsNoTotal(t *testing.T) {
	pub := time.Date(2027, 1, 15, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"The council approved the budget by 12 votes to nine on Tuesday. The first vote, on Dec. 16, failed, with nine votes for and 10 against.", false},
		{"Members backed the merger by 40 votes to 31. An earlier ballot, in May, had gone 30 votes for and 28 against.", false},
		{"The board passed the plan by seven votes to two. A first attempt in June had failed, with five votes for and four against.", false},
	})
}

// TestSumOfThemPastPrepObject: "them" after a count in the subject
// ("31 ships were diverted to other ports") is that count's noun, not a
// noun a preposition governs after it.
func TestSumOfThemPastPrepObject(t *testing.T) {
	pub := time.Date(2025, 11, 9, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"Thirty-one ships were diverted to other ports during the outage. Fourteen of them went to San Telmo, twelve to Caleta Honda and nine to Bahía Serena.", true},
		{"Forty lorries were sent to other depots last week. 25 of them went to Arlo, 12 to Brisa and 9 to Cota.", true},
		{"Sixty buses were moved to new garages over the weekend. Thirty of them went to Ely, twenty to Wem and fifteen to Dore.", true},
		{"Thirty-one ships were diverted to other ports during the outage. Fourteen of them went to San Telmo, nine to Caleta Honda and six to Bahía Serena.", false},
	})
}

// TestSumComposedAcross: parts in the next sentence after a verb of
// composition ("The money is split into ...") are said to be all of the
// total before.
func TestSumComposedAcross(t *testing.T) {
	pub := time.Date(2025, 11, 9, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"The ministry will set up a compensation fund of 54 million kroner. The money is split into 22 million kroner for scrapping, 18 million kroner for retraining and 9 million kroner for a cold store.", true},
		{"The city approved a $12 million grant. The money will be divided into $5 million for parks, $3 million for roads and $2 million for libraries.", true},
		{"The state set aside 90 million euros. The sum is made up of 40 million euros for ports, 30 million euros for rail and 10 million euros for roads.", true},
		{"The ministry will set up a compensation fund of 54 million kroner. The money is split into 22 million kroner for scrapping, 23 million kroner for retraining and 9 million kroner for a cold store.", false},
	})
}
