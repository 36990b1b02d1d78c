package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventCountUnnamedTraveller: a count of visits needs only its
// destination when the traveller is no person the copy names (a band, a
// squad, a delegation), and a later rank that names no one and nowhere is
// of that one counted series ("will tour Europe twice in 2024" ... "The
// second tour, booked for March 2025").
func TestEventCountUnnamedTraveller(t *testing.T) {
	pub := time.Date(2024, 6, 3, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"The Varno Brass Collective will tour Japan twice in 2024, its manager said. The first tour opens in Osaka on July 12. The second tour, booked for March 2025, ends in Sapporo.", true},
		{"The national rowing squad will travel to Portugal twice this year for training camps. The first trip begins on Aug. 2. The second trip is scheduled for January 2025.", true},
		{"A trade delegation from Lenmark will visit Brazil twice in 2024. The first visit is set for September. The second visit, planned for February 2025, will take it to Recife.", true},
		{"The Varno Brass Collective will tour Japan twice in 2024, its manager said. The first tour opens in Osaka on July 12. The second tour, booked for November, ends in Sapporo.", false},
		{"The national rowing squad will travel to Portugal twice this year. The first trip begins on Aug. 2. Its second trip to Italy came in 2019.", false},
	})
}

// TestEventCountContactClauseDestination: a relative clause without
// "that" right after a count of visits, whose verb is light ("two visits
// the president will make to Kaldoria"), gives the visits their
// destination, so the later rank of that series is checked against the
// count's scope.
func TestEventCountContactClauseDestination(t *testing.T) {
	pub := time.Date(2012, 2, 15, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"The trip is the first of two visits the president will make to Kaldoria this year. The second, pencilled in for next January, will open a bridge.", true},
		{"It is the first of two trips the minister will take to Ostrava this year. The second, set for next February, will include the mine.", true},
		{"The tour is the first of two trips the king will take to Lumbria this year. The second, planned for next January, will take him to the coast.", true},
		{"The trip is the first of two visits the president will make to Kaldoria this year. The second, pencilled in for November, will open a bridge.", false},
	})
}
