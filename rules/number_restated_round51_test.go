package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestNumberRestatedPartAndWhole: two counts of one noun more than five
// times apart count a part and its whole ("the results of 87 candidates"
// ... "the 1,146 candidates in the area"), unless they are one figure
// slipped by a power of ten.
func TestNumberRestatedPartAndWhole(t *testing.T) {
	pub := time.Date(2023, 8, 16, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"The board withheld the results of 87 candidates after a leak. The 1,146 candidates in the area sat their papers in May.", false},
		{"Police questioned 40 residents on Monday. The 2,300 residents of the estate were told to stay indoors.", false},
		{"The council fined 12 landlords last year. The 640 landlords in the borough must now register.", false},
		{"A $1.5 billion fund was set up in May. The $15 billion fund will open in June.", true},
		{"A $1.5 billion fund was set up in May. The $1.8 billion fund will open in June.", true},
	})
}

// TestNumberRestatedSumForAThing: a sum of money with no noun of its own
// is the sum of what it is for ("640 million pesos for the wing"), so a
// later "the 460 million peso wing" restates it.
func TestNumberRestatedSumForAThing(t *testing.T) {
	pub := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"The state has budgeted 640 million pesos for the wing. Work on the 460 million peso wing begins in June.", true},
		{"The council set aside £3.2 million for the new bridge. The £2.3 million bridge will open next year.", true},
		{"The ministry approved $75 million for the port expansion. Work on the $57 million expansion starts in May.", true},
		{"The ministry approved $75 million for the port expansion. Work on the $90 million expansion starts in May.", true},
		{"The state has budgeted 640 million pesos for the wing. Work on the 640 million peso wing begins in June.", false},
	})
}

// TestNumberRestatedPeopleDismissed: people a verb of dismissal is said of
// ("the 421 employees being laid off", "300 staff were dismissed") count
// jobs lost, as "will cut 412 jobs" does.
func TestNumberRestatedPeopleDismissed(t *testing.T) {
	pub := time.Date(2025, 1, 28, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"The firm will cut 412 jobs this year. The 421 employees being laid off will get five months' pay.", true},
		{"The mill will shed 380 jobs. The 350 workers who were dismissed on Monday got no notice.", true},
		{"The airline will cut 1,200 jobs. The 1,500 workers being made redundant will be told this week.", true},
		{"The firm will cut 412 jobs this year. The 412 employees being laid off will get five months' pay.", false},
	})
}

// TestNumberRestatedPeopleByAnotherName: people counted again by a
// synonym or a more general name that WordNet gives ("42 researchers" ...
// "The 48 scientists", "380 employees" ... "the 350 workers") are the
// same people.
func TestNumberRestatedPeopleByAnotherName(t *testing.T) {
	pub := time.Date(2025, 1, 28, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"The centre will bring together 42 researchers from three universities. The 48 scientists will work in four teams.", true},
		{"The plant employs 380 employees on two shifts. The 350 workers voted on Friday to accept the deal.", true},
		{"The firm hired 26 attorneys last year. The 29 lawyers will work from its Lagos office.", true},
		{"The centre will bring together 42 researchers from three universities. The 42 scientists will work in four teams.", false},
	})
}

// TestNumberRestatedPeopleLaidOff: people a verb of dismissal takes as
// its object ("will lay off 1,200 workers") count jobs lost, as "the 1,400
// redundancies" does.
func TestNumberRestatedPeopleLaidOff(t *testing.T) {
	pub := time.Date(2024, 3, 12, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"The mine said it would lay off 1,200 workers by June. The 1,400 redundancies would fall mostly on underground crews.", true},
		{"The airline will dismiss 640 employees this year. The 460 job losses will hit the Lagos base hardest.", true},
		{"The club sacked 28 employees in May. The 24 dismissals were challenged in court.", true},
		{"The mine said it would lay off 1,200 workers by June. The 1,200 redundancies would fall mostly on underground crews.", false},
	})
}
