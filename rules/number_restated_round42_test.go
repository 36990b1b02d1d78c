package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestRestatedPatientNoun: a count of people named by a verb's patient
// noun in "-ee" ("the 8,900 employees") counts those a count of people
// was the object of that verb ("employs 8,400 people").
func TestRestatedPatientNoun(t *testing.T) {
	pub := time.Date(2027, 1, 21, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"Velstra employs 8,400 people in four countries. The union said the company's 8,900 employees would vote next week.", true},
		{"The academy trains 450 pilots a year at its two bases. Officials said the 540 trainees paid no fees.", true},
		{"The ministry deported 120 migrants to three countries last year. A report said the 210 deportees had no lawyers.", true},
		{"Velstra employs 8,400 people in four countries. The union said the company's 8,400 employees would vote next week.", false},
	})
}

// TestRestatedMeasureInApposition: a measure set off by commas after its
// noun ("the contract, worth 2.3 billion crowns,") restates the noun's
// figure.
func TestRestatedMeasureInApposition(t *testing.T) {
	pub := time.Date(2026, 9, 3, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"The agency awarded a 2.8 billion crown contract on Monday. He said the contract, worth 2.3 billion crowns, included penalties.", true},
		{"The town bought a 410,000-euro farmhouse in May. The farmhouse, valued at 450,000 euros, will house refugees.", true},
		{"Engineers designed an $18 million bridge for the river. The bridge, costing $21 million, opens in June.", true},
		{"The agency awarded a 2.8 billion crown contract on Monday. He said the contract, worth 2.8 billion crowns, included penalties.", false},
	})
}

// TestRestatedMargin: a count after "by" in the clause of a verb of
// winning or losing is the margin, which a figure of a result noun
// restates ("her 321-vote margin", "their five-goal victory").
func TestRestatedMargin(t *testing.T) {
	pub := time.Date(2026, 5, 18, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"Drummond unseated the sitting mayor by 312 votes after a recount. She called her 350-vote margin a reminder that every ballot counts.", true},
		{"The home side beat Rovers by three goals on Saturday. The coach said their five-goal victory came from hard work.", true},
		{"The housing bill passed by 41 votes in the lower house on Tuesday. Its sponsor said the 44-vote margin showed broad support.", true},
		{"Rahman won the ward by 90 votes on Thursday. Her 96-vote win was the narrowest in the city.", true},
		{"Drummond unseated the sitting mayor by 312 votes after a recount. She called her 312-vote margin a reminder that every ballot counts.", false},
		{"Turnout rose by 312 votes on last year. She called her 321-vote margin a reminder that every ballot counts.", false},
	})
}

// TestRestatedPosition: a figure joined to a noun of a point along a
// course ("the 30-kilometre mark") says where the point lies; two such
// figures are two points.
func TestRestatedPosition(t *testing.T) {
	pub := time.Date(2026, 10, 18, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"She broke away at the 32-kilometre mark. Her training partner, hired as a pacemaker to the 30-kilometre mark, finished ninth.", false},
		{"The pack stayed together past the 5-kilometre checkpoint. Water was handed out at the 8-kilometre checkpoint.", false},
		{"Rescuers found the car near the 40-kilometre milestone. A second car was found at the 44-kilometre milestone.", false},
		{"The council approved a 32-kilometre cycle path in May. Work on the 30-kilometre cycle path will start in June.", true},
	})
}

// TestRestatedOfPastPostmodifier: an adjective in "-ed" with its phrase
// after a figure ("a charge of $5.3 million related to the sale") names
// nothing the figure counts, so the figure measures the noun it is "of".
func TestRestatedOfPastPostmodifier(t *testing.T) {
	pub := time.Date(1989, 10, 30, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"The firm expects a charge of $5.3 million related to the sale of its unit. The $4.1 million charge will hit third-quarter profit.", true},
		{"Harlan said it will book a loss of $8 million related to the closure of its mill. The $6 million loss will appear in the fourth quarter.", true},
		{"The city expects a bill of $2 million related to the flood repairs. The $3 million bill will be paid by the state.", true},
		{"The firm expects a charge of $5.3 million related to the sale of its unit. The $5.3 million charge will hit third-quarter profit.", false},
	})
}

// TestRestatedPriceOfNamedObject: the price after "for" in the clause of
// a verb of buying reaches back past a long object and its apposition,
// and what was bought sets the deal apart as a later "acquisition of"
// does.
func TestRestatedPriceOfNamedObject(t *testing.T) {
	pub := time.Date(1989, 10, 26, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"Lawrence said it acquired United Republic Reinsurance Co., a Houston property and casualty reinsurer, from United Savings for $28 million. It will finance the $26 million acquisition of United Republic with a loan.", true},
		{"Harbor Foods bought Kessel Bakeries, a chain of 40 shops in the north of the state, from its founders for $12 million. The $14 million purchase of Kessel closed on Friday.", true},
		{"The city sold Pier Nine, the old ferry terminal on the east bank of the river, to a developer for $9 million. Critics called the $6 million sale of Pier Nine a giveaway.", true},
		{"Lawrence said it acquired United Republic Reinsurance Co., a Houston property and casualty reinsurer, from United Savings for $28 million. It will finance the $26 million acquisition of Delta Mutual with a loan.", false},
	})
}

// TestRestatedCrowdSize: "a crowd of about 38,000 people" counts those
// gathered, as "the 33,000-strong crowd" gives the crowd's size.
func TestRestatedCrowdSize(t *testing.T) {
	pub := time.Date(2025, 11, 9, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"A crowd of about 38,000 people marched through the city. Police said the 33,000-strong crowd had been peaceful.", true},
		{"An audience of 1,200 people filled the hall. Critics said the 2,100-strong audience cheered every song.", true},
		{"A crowd of 64,000 supporters watched the final. Officials said the 46,000-strong crowd left calmly.", true},
		{"A crowd of about 38,000 people marched through the city. Police said the 38,000-strong crowd had been peaceful.", false},
	})
}
