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

// TestNumberRestatedThingKin: made things counted again by a synonym or a
// more general name ("38 container ships" ... "the 33 vessels", "120
// houses" ... "the 102 homes") are one count given two ways.
func TestNumberRestatedThingKin(t *testing.T) {
	pub := time.Date(2024, 5, 28, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"The strike has left 38 container ships at anchor. The harbour master said the 33 vessels were safe.", true},
		{"The storm damaged 120 houses on Monday. By Tuesday the 150 homes had power again.", true},
		{"The storm damaged 60 boats on Monday. By Tuesday the 90 vessels were back at sea.", true},
		{"The strike has left 38 container ships at anchor. The harbour master said the 38 vessels were safe.", false},
	})
}
