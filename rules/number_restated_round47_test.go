package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestNumberRestatedContactClause: a definite figure followed by a
// relative clause without its pronoun, whatever its subject (a pronoun, a
// noun phrase, a name, an adverb before the verb), tells another amount
// than the one given before ("the 118 millimetres the town normally
// receives").
func TestNumberRestatedContactClause(t *testing.T) {
	pub := time.Date(2026, 1, 29, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"About 142 millimetres of rain fell on Tuesday. The rain exceeded the 118 millimetres the town normally receives in all of January.", false},
		{"The council has approved 2,300 homes this year. That is well short of the 2,900 homes the county plan requires.", false},
		{"The club sold 14,200 tickets for the final. That beat the 12,800 tickets Ardmore Rovers sold for last year's final.", false},
		{"The club sold 14,200 tickets for the final. The 12,800 tickets were all sold within a day.", true},
	})
}
