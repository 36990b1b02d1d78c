package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestNumberRestatedPurposeAsModifier: a later figure's noun modifier may
// name what the earlier figure's phrase of purpose was for ("a plan to
// line the canal" ... "the canal plan"); another modifier still tells
// another thing.
func TestNumberRestatedPurposeAsModifier(t *testing.T) {
	pub := time.Date(2025, 8, 6, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"The cabinet approved a 6.8 billion rupee plan to line and extend the Kalimati canal.\n\nThe 680 million rupee canal plan was drawn up in 2019.", true},
		{"The port agreed a $45 million scheme for the harbour in May.\n\nThe $54 million harbour scheme will start in June.", true},
		{"The city set aside a 12 million euro fund to repair its bridges.\n\nThe 21 million euro bridge fund will be spent by 2028.", true},
		{"The council backed a 2 million euro plan to repair the bridge.\n\nThe 3 million euro road plan was shelved.", false},
		{"The cabinet approved a 6.8 billion rupee plan to line the Kalimati canal.\n\nThe 6.8 billion rupee canal plan was drawn up in 2019.", false},
	})
}

// TestNumberRestatedNamedUndertaking: a figure before the name of a fund,
// plan or programme ("the KSh 1.2bn Lake Basin Innovation Fund") measures
// the thing the name's last word is, and a later "the 1.4 billion shilling
// fund" restates it.
func TestNumberRestatedNamedUndertaking(t *testing.T) {
	pub := time.Date(2026, 5, 4, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"The KSh 1.2bn Lake Basin Innovation Fund opened in May.\n\nOfficials said the 1.4 billion shilling fund had no money left.", true},
		{"A $40 million Harbour Renewal Plan was approved in May.\n\nThe $48 million plan will start in June.", true},
		{"A 3 billion yen Kanto Road Programme began in 2024.\n\nThe 3.5 billion yen programme ends in 2027.", true},
		{"A $40 million Harbour Renewal Plan was approved in May.\n\nThe $40 million plan will start in June.", false},
	})
}
