package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestNumberRestatedContestByEntrants: a distance after a possessive of
// the entrants' class ("the men's 200 metres") names a contest, not a
// measure of those people, so two such contests are no restatement.
func TestNumberRestatedContestByEntrants(t *testing.T) {
	pub := time.Date(2025, 6, 23, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"Kwame finished fourth in the men's 200 metres on Saturday. The men's 100 metres went to Yaw Boateng.", false},
		{"Ama won the women's 1,500 metres in a record time. The women's 800 metres was run into a headwind.", false},
		{"The juniors' 10 kilometres started at dawn. Later the veterans' 5 kilometres drew 300 runners.", false},
		// a place's measure is still one
		{"The reserve's 2,800 hectares are fenced. Rangers walk the reserve's 2,080 hectares in a week.", true},
	})
}

// TestNumberRestatedBareDefiniteSum: a sum named by nothing but "the"
// ("the 5.6 million euros would be paid") refers back to a sum given
// before, so its digits turned from that one's are a likely typo, however
// few they are.
func TestNumberRestatedBareDefiniteSum(t *testing.T) {
	pub := time.Date(2025, 6, 24, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"A consortium will pay 6.5 million euros for the club. The administrator said the 5.6 million euros would be paid in three instalments.", true},
		{"The council set aside $2.4 million for the bridge. Officials said the $4.2 million would come from a state grant.", true},
		{"The buyer offered 38 million kroner for the yard. The seller said the 83 million kroner was too little.", true},
		{"A consortium will pay 6.5 million euros for the club. A rival bid of 5.6 million euros was turned down.", false},
	})
}
