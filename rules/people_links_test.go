package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestAgentPastApposition: the subject of a verb whose agent noun a later
// description names ("drove" ... "the driver") is found past a noun phrase
// in apposition ("Lina Qasem, 33, a mother of two who trained ..., drove").
func TestAgentPastApposition(t *testing.T) {
	pub := time.Date(2026, 5, 3, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"Lina Qasem, 33, a mother of two who trained for months, drove the first bus. Officials cheered.\n\nSamir Tarawneh, the operator's head, spoke.\n\nThe 29-year-old driver is one of 11 women on the line.", true},
		{"Ivo Kral, 41, a former teacher who moved here in 2010, founded the choir. Members sang.\n\nAna Ruiz, the mayor, spoke.\n\nThe 45-year-old founder thanked the town.", true},
		{"Eva Sol, 52, a grandmother from the hills, won the race. Crowds cheered.\n\nTom Berg, the organiser, spoke.\n\nThe 50-year-old winner said she would return.", true},
		{"Lina Qasem, 33, a mother of two who trained for months, drove the first bus. Officials cheered.\n\nSamir Tarawneh, the operator's head, spoke.\n\nThe 33-year-old driver is one of 11 women on the line.", false},
	})
}

// TestNameVariantInitials: a given name written by its initials ("J.M.
// Wekessa" after "Joseph M. Wekesa") is the same given name, so the
// surname a letter off is a misspelling of that person's.
func TestNameVariantInitials(t *testing.T) {
	pub := time.Date(2024, 5, 8, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NameVariant, pub, []fireCase{
		{"County Commissioner Joseph M. Wekesa told reporters the roads were shut.\n\nLater, County Commissioner J.M. Wekessa said on radio that help was coming.", true},
		{"Dr. Samuel O. Adeyemi led the team.\n\nOn Friday, Dr. S.O. Adeyemy said the work would go on.", true},
		{"Professor Tomas B. Okafor led the study.\n\nIts findings, T.B. Okafo said, were clear.", true},
		{"County Commissioner Joseph M. Wekesa told reporters the roads were shut.\n\nLater, County Commissioner J.M. Wekesa said on radio that help was coming.", false},
	})
}

// TestAgeWhenClauseWithAside: a "when" clause may set a phrase of place
// or time off by commas before its date ("He was 34 when he was sent to
// open the office, in London, in 1997"), but one that goes on with "and"
// to another act dates that act, not the age.
func TestAgeWhenClauseWithAside(t *testing.T) {
	pub := time.Date(2024, 6, 27, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"Hiroshi Okabe, 57, takes over in July. He was 34 when he was sent to open the first sales office, in London, in 1997.", true},
		{"Ana Ruiz, 50, leads the board. She was 30 when she was posted to the embassy, in Oslo, in 2000.", true},
		{"Ivo Kral, 61, runs the mill. He was 25 when he took over the family shop, on Main Street, in 1985.", true},
		{"Mari Salo, 84, spoke. She was 34 when she co-founded the orchestra and served as its concertmaster for 31 years, until 2008.", false},
	})
}
