package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestSumOpeningSum: "Of the" before a sum of money opens the parts after
// the comma, and a last part that is "the remaining" one makes them all of
// it, so they may fall short as well as run over.
func TestSumOpeningSum(t *testing.T) {
	pub := time.Date(2025, 11, 6, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"Of the 1.84 billion kroner, 710 million will go to schools, 540 million to elder care, 330 million to roads and the remaining 280 million to culture.", true},
		{"Of the $90 million, $40 million goes to housing, $30 million to transit and the remaining $10 million to parks.", true},
		{"Of the 12 million euros raised, 7 million will go to research, 4 million to scholarships and the remaining 3 million to a new library.", true},
		{"Of the $90 million, $50 million goes to housing, $30 million to transit and the remaining $10 million to parks.", false},
	})
}

// TestSumRemainingIsAll: parts whose last is "the remaining" one are all
// of the total, so parts that fall short of it are an error too.
func TestSumRemainingIsAll(t *testing.T) {
	pub := time.Date(2025, 11, 6, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"Of the $90 million, $40 million goes to housing, $30 million to transit and the remaining $10 million to parks.", true},
		{"Of the 60 seats, Labour won 25, the Greens 20 and the remaining 10 went to independents.", true},
		{"Of the 2,000 tonnes, 900 tonnes went to Poland, 600 tonnes to Spain and the remaining 300 tonnes to Italy.", true},
		{"Of the 60 seats, Labour won 25, the Greens 20 and the remaining 15 went to independents.", false},
	})
}

// TestSumAsideAndSubjectReach: a total that opens its sentence reaches the
// colon that ends its clause, past an aside on its things ("most of them
// cuts and bruises").
func TestSumAsideAndSubjectReach(t *testing.T) {
	pub := time.Date(2025, 11, 6, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"Twenty-three people were treated for injuries, most of them cuts and bruises: 14 at a first-aid post, six at the health centre and five in Syros.", true},
		{"Forty pupils were sent home on Monday, all of them from the lower school: 22 with fever, 12 with rashes and nine with coughs.", true},
		{"Nineteen boats were damaged in the storm, many of them beyond repair: 11 at the north quay and ten at the marina.", true},
		{"Twenty-five people were treated for injuries, most of them cuts and bruises: 14 at a first-aid post, six at the health centre and five in Syros.", false},
	})
}

// TestSumMarkedAfter: a figure the next sentence marks as a sum
// ("Together, ...", "a combined ...", "In all, ...") totals the list of
// its measure before it.
func TestSumMarkedAfter(t *testing.T) {
	pub := time.Date(2025, 11, 6, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"Coal shipments earned $6.2 billion between January and June, copper $4.1 billion, gold $2.7 billion and wool $1.9 billion. Together, the four goods brought in $14.6 billion.", true},
		{"The north wing cost 4.1 million euros, the south wing 3.2 million euros and the hall 1.5 million euros. The three buildings cost a combined 9.1 million euros.", true},
		{"Rescuers pulled 14 people from the river, 9 from the bridge and 6 from the bank. In all, 31 people were rescued.", true},
		{"Coal shipments earned $6.2 billion between January and June, copper $4.1 billion, gold $2.7 billion and wool $1.9 billion. Together, the four goods brought in $14.9 billion.", false},
	})
}

// TestSumParticipialClauseEndsParts: a figure after a comma and a present
// participle (", scoring 88 goals") is the object of a clause of its own,
// not another part of the list before it.
func TestSumParticipialClauseEndsParts(t *testing.T) {
	pub := time.Date(2025, 11, 6, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"Of their 38 league matches, they won 30, drew five and lost three, scoring 88 goals and conceding 27.", false},
		{"Of the 24 bouts she fought, she won 20 and lost four, landing 310 punches.", false},
		{"Of its 20 flights, the airline flew 14 on time and cancelled six, carrying 2,300 passengers.", false},
		{"Of their 38 league matches, they won 31, drew five and lost three, scoring 88 goals and conceding 27.", true},
	})
}

// TestSumPartsAfterAs: parts whose verb is left out may go on with "as"
// ("9 were rated outstanding, 17 good, 9 as requiring improvement and 4 as
// inadequate").
func TestSumPartsAfterAs(t *testing.T) {
	pub := time.Date(2025, 11, 6, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"Of the 38 schools inspected, 9 were rated outstanding, 17 good, 9 as requiring improvement and 4 as inadequate.", true},
		{"Of the 120 restaurants checked, 70 were graded safe, 40 as needing work and 12 as unsafe.", true},
		{"Of the 60 bridges surveyed, 31 were classed sound, 20 as worn and 11 as dangerous.", true},
		{"Of the 39 schools inspected, 9 were rated outstanding, 17 good, 9 as requiring improvement and 4 as inadequate.", false},
	})
}

// TestSumSharesPossessiveInName: a possessive inside a name ("the Harbo
// Fishermen's Association 31%") is no owner of another whole between two
// shares of one quota.
func TestSumSharesPossessiveInName(t *testing.T) {
	pub := time.Date(2025, 11, 6, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"The Nordkyst Producers' Organisation receives 46% of the national herring quota, the Harbo Fishermen's Association 31% and the inshore co-operatives 28%.", true},
		{"The Farmers' Union holds 52% of the seats, the People's Alliance 33% and the Greens 21%.", true},
		{"The Miners' Fund owns 44% of the company, St Anne's Hospital Trust 38% and small savers 23%.", true},
		{"The Nordkyst Producers' Organisation receives 46% of the national herring quota, the Harbo Fishermen's Association 31% and the inshore co-operatives 23%.", false},
	})
}
