package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventDateOpenedTo: "opened the campaign to all adults in July"
// widens it, and does not begin it, so it dates no start against "the
// campaign began in March".
func TestEventDateOpenedTo(t *testing.T) {
	pub := time.Date(2021, 8, 11, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"Deliveries have grown since the campaign began in March.\n\nThe ministry opened the campaign to all adults in July.", false},
		{"The scheme started in January with farmers in the north.\n\nOfficials opened the scheme to city gardeners in May.", false},
		{"The inquiry began in February with written evidence.\n\nThe panel opened the inquiry to the public in June.", false},
	})
}

// TestEventDateSameDay: a date read back to one it lies in ("the
// council election, held the same day") says the day is one the copy
// named; it is not compared as a date of its own.
func TestEventDateSameDay(t *testing.T) {
	pub := time.Date(2022, 5, 16, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"Ansaldi led Sunday's mayoral election.\n\nHe told reporters on Monday that he would meet both this week.\n\nIn the election for the city council, held the same day, her party won 14 seats.", false},
		{"Voters backed the bond in Saturday's referendum.\n\nThe mayor said this week that work would start soon.\n\nIn the referendum on the school, held the same day, the yes side won.", false},
		{"The runners set off in Sunday's marathon.\n\nOrganisers said this week the course would stay.\n\nIn the half-marathon, run the same day, a local won.", false},
	})
}
