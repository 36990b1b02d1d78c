package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestNumberRestatedDividedWhole: a later definite whole that the copy
// divides into parts ("Of the council's 14 councillors, nine voted for
// ...") does not restate a smaller count of the same things before it,
// which may be one of its parts; a smaller whole still contradicts.
func TestNumberRestatedDividedWhole(t *testing.T) {
	pub := time.Date(2023, 11, 7, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"The vote was delayed when four councillors walked out.\n\nOf the council's 14 councillors, nine voted for the budget, three voted against and two were absent.", false},
		{"Six nurses resigned in May.\n\nOf the ward's 40 nurses, 30 work days and 10 work nights.", false},
		{"Three players were injured in training.\n\nOf the squad's 25 players, 20 are fit and five are not.", false},
		{"The council has 14 councillors.\n\nOf the 12 councillors, nine voted for the budget and three against.", true},
	})
}
