package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventDateNounPhraseDateInFutureClause: a date inside a noun phrase
// ("the findings of the Sept. 11 inspection") names an event the copy
// refers back to; a future verb around it ("would publish") does not put
// it a year ahead, so it is compared with the date the event was given.
// A support verb's date ("carried out an inspection ... on Tuesday") is
// the event's own.
func TestEventDateNounPhraseDateInFutureClause(t *testing.T) {
	pub := time.Date(2014, 9, 19, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"Officials carried out an unannounced inspection of the Oksan factory on Tuesday, Sept. 9. The agency said it would publish the findings of the Sept. 11 inspection within 30 days.", true},
		{"Auditors conducted a review of the port's accounts on Monday, Sept. 8. The ministry will release the results of the Sept. 10 review next month.", true},
		{"Police staged a raid on the warehouse on Thursday, Sept. 4. Prosecutors will present evidence from the Sept. 5 raid at trial.", true},
		{"Officials carried out an unannounced inspection of the Oksan factory on Tuesday, Sept. 9. The agency said it would publish the findings of the Sept. 9 inspection within 30 days.", false},
		{"The band performed at the festival on Saturday, Sept. 13. The festival opened on Thursday, Sept. 11.", false},
	})
}

// TestEventDateRelativeClauseEvent: an event noun inside a relative clause
// on another noun ("a week in which his government survived a confidence
// vote") is not timed by the date of the main clause before it; a
// "which" after a comma renames the clause before and takes its date.
func TestEventDateRelativeClauseEvent(t *testing.T) {
	pub := time.Date(2015, 6, 19, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"The prime minister named a new minister on Friday, closing a week in which his government survived a confidence vote. The government won Tuesday's vote by 68 votes to 52.", false},
		{"The club sacked its coach on Monday, after a month that saw a humiliating defeat. The team suffered Saturday's defeat at home.", false},
		{"Police made an arrest on Sunday in a town where a riot broke out. Thursday's riot left 12 hurt.", false},
		{"Dockers staged a one-day strike on Wednesday, June 17. Monday's strike shut the port.", true},
	})
}

// TestEventDateCoordinatedPredicate: a date in one predicate does not time
// an event noun in a second predicate coordinated after a comma ("would
// play in the rapid on Saturday, Dec. 4, but would skip the blitz").
func TestEventDateCoordinatedPredicate(t *testing.T) {
	pub := time.Date(2010, 12, 3, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"Most players will stay for Sunday's blitz. Kharadze said he would play in the rapid on Saturday, Dec. 4, but would skip the blitz.", false},
		{"The team will attend Friday's gala. The coach will fly home on Wednesday, Dec. 8, and will miss the gala.", false},
		{"The minister opens Monday's summit. She arrives on Saturday, Dec. 4, but skips the summit's dinner.", false},
		{"Most players will stay for Sunday's blitz. Kharadze said the blitz would start on Saturday, Dec. 4.", true},
	})
}
