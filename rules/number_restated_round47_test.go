package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestNumberRestatedContactClause: a definite figure followed by a
// relative clause without its pronoun, whatever its subject (a pronoun, a
// noun phrase, a name, an adverb before the verb), tells another amount
// than the one given before ("the 118 millimetres the town normally
// receives").
func TestNumberRestatedContactClause(t *testing.T) {
	pub := time.Date(2026, 1, 29, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"About 142 millimetres of rain fell on Tuesday. The rain exceeded the 118 millimetres the town normally receives in all of January.", false},
		{"The council has approved 2,300 homes this year. That is well short of the 2,900 homes the county plan requires.", false},
		{"The club sold 14,200 tickets for the final. That beat the 12,800 tickets Ardmore Rovers sold for last year's final.", false},
		{"The club sold 14,200 tickets for the final. The 12,800 tickets were all sold within a day.", true},
	})
}

// TestNumberRestatedVerbInAnyTense: a figure is the object of the verb
// right before it in any tense ("allocated", "has allocated", "will
// allocate", "plans to allocate"), so a later figure named by that verb's
// act restates it ("the £31 million allocation").
func TestNumberRestatedVerbInAnyTense(t *testing.T) {
	pub := time.Date(2025, 9, 30, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"GLENMORROW, Scotland, Sept. 30, 2025 — The health board has allocated £38 million to the fund. Critics said the £31 million allocation was too small.", true},
		{"GLENMORROW, Scotland, Sept. 30, 2025 — The health board will allocate £38 million to the fund. Critics said the £31 million allocation was too small.", true},
		{"GLENMORROW, Scotland, Sept. 30, 2025 — The health board plans to allocate £38 million to the fund. Critics said the £31 million allocation was too small.", true},
		{"GLENMORROW, Scotland, Sept. 30, 2025 — The health board will allocate £38 million to the fund. Critics said the £38 million allocation was too small.", false},
	})
}

// TestNumberRestatedActAsModifier: the act of the verb whose object a
// figure was may modify the later figure's noun ("will spend £38 million"
// ... "the £36 million spending plan").
func TestNumberRestatedActAsModifier(t *testing.T) {
	pub := time.Date(2025, 9, 30, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"The health board will spend £38 million over the next two years. The board said it expected the £36 million spending plan to cut waiting lists.", true},
		{"The city will invest 120 million euros in its harbour. Critics said the 110 million euro investment programme was too small.", true},
		{"The club has spent €90 million on players this summer. Fans said the €70 million spending spree had lifted the team.", true},
		{"The health board will spend £38 million over the next two years. The board said it expected the £38 million spending plan to cut waiting lists.", false},
		{"The health board will spend £38 million over the next two years. Its £36 million savings plan is separate.", false},
	})
}

// TestNumberRestatedOtherSideOfExchange: a figure one side of an exchange
// gives is restated by the act noun of the other side (lexicon class
// converse-verbs: "will borrow N$2.4 billion" ... "the N$2.1 billion
// loan"), in any currency sign the lexicon lists.
func TestNumberRestatedOtherSideOfExchange(t *testing.T) {
	pub := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"The port will borrow N$2.4 billion to double its capacity. Repayments on the N$2.1 billion loan would begin in 2029.", true},
		{"Lagos state plans to borrow ₦40 billion to rebuild its bridges. Repayments on the ₦45 billion loan begin in 2029.", true},
		{"The county borrowed $80 million from two banks last year. The $60 million loan is the county's largest.", true},
		{"The county borrowed $80 million from two banks last year. It still repays a $60 million loan from 2019.", false},
		{"Taipei will borrow NT$40 billion to rebuild its bridges. Repayments on the NT$40 billion loan begin in 2029.", false},
	})
}

// TestNumberRestatedTransposedUnderNewName: a definite figure whose noun
// names nothing counted before, written with three or more significant
// digits of an earlier count in another order, restates it ("86,400
// households" ... "the county's 84,600 homes").
func TestNumberRestatedTransposedUnderNewName(t *testing.T) {
	pub := time.Date(2025, 5, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"Enumerators counted 412,650 residents and 86,400 households in August. The census will guide spending on the county's 84,600 homes.", true},
		{"The port handled 12,600 containers last year. Dockers said the 16,200 boxes included many empties.", true},
		{"The survey covered 3,750 farms. Inspectors visited the 3,570 holdings over six weeks.", true},
		{"The survey covered 3,750 farms. Inspectors visited the 5,700 holdings over six weeks.", false},
		{"The survey covered 3,750 farms and 3,570 holdings. Inspectors visited the 3,570 holdings over six weeks.", false},
	})
}

// TestNumberRestatedPluralNounLikeAVerb: right after the figure, a word in
// "-s" that is also a verb ("offers", "plans", "marks") is the counted noun
// when the reading tags it so.
func TestNumberRestatedPluralNounLikeAVerb(t *testing.T) {
	pub := time.Date(2025, 5, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"The university has offered 6,200 undergraduate places. The 6,400 offers went out on Monday.", true},
		{"The council drew up 14 plans for the site. The 12 plans will go on show in May.", true},
		{"Inspectors found 31 faults in the trains. The 13 faults have been fixed, the operator said.", true},
		{"A $1 billion fund was set up. Donors met on Monday. The $1 billion fund opens in May.", false},
	})
}

// TestNumberRestatedTransposedSumUnderNewName: a definite sum of money under
// a name nothing else counted, written with an earlier sum's two digits in
// another order, restates it ("a €2.3 million grant" ... "the €3.2 million
// subsidy").
func TestNumberRestatedTransposedSumUnderNewName(t *testing.T) {
	pub := time.Date(2025, 5, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"The state approved a €2.3 million grant for the museum. Curators said the €3.2 million subsidy would pay for a new wing.", true},
		{"The city sold a 3.2 billion peso bond for the stadium. Investors bought most of the 2.3 billion peso issue within a day.", true},
		{"The club agreed a £1.8 million fee for the striker. Fans mocked the £8.1 million signing online.", true},
		{"The state approved a €2.3 million grant for the museum. Curators said the €3.5 million subsidy would pay for a new wing.", false},
		{"The state approved a €2.3 million grant and a €3.2 million subsidy. Curators said the €3.2 million subsidy would pay for a new wing.", false},
	})
}

// TestNumberRestatedUndertakingNoun: a sum given with a noun of an
// undertaking ("the 7.9 billion kroner project", "the $45 million
// scheme") restates the last sum of its currency, of like size, given for
// a thing or an act; not a pot of money ("a $300 million budget").
func TestNumberRestatedUndertakingNoun(t *testing.T) {
	pub := time.Date(2025, 5, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"The utility approved a 7.4 billion kroner wind farm off the coast. The chief executive said the 7.9 billion kroner project would be finished in 2028.", true},
		{"The council approved a $40 million bridge over the river. The mayor said the $45 million scheme would open in 2027.", true},
		{"The board backed a €12 million new library. Critics said the €14 million development was too costly.", true},
		{"The city has a $300 million budget this year. The mayor said the $320 million project would open in 2027.", false},
		{"She started the firm with a loan of 40,000 ringgit. Officials said the project, worth 48 million ringgit, was exempt from tax.", false},
	})
}
