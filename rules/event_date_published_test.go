package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventDatePublishedWork: a participle of making public right after
// the noun of a survey, a study or an audit ("a city survey published on
// Wednesday") dates the publication; the work itself may have been done
// earlier ("The survey, carried out in June, ...").
func TestEventDatePublishedWork(t *testing.T) {
	pub := time.Date(2023, 8, 9, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"Most residents want limits on the crowds, according to a city survey published on Wednesday. The survey, carried out in June, questioned 1,240 residents.", false},
		{"The ministry cited an audit released on Monday. The audit, conducted in March, found gaps in the accounts.", false},
		{"Officials pointed to a study issued on Tuesday. The study, done in May, tracked 300 households.", false},
		{"The city carried out a survey on Wednesday. The June 3 survey questioned 1,240 residents.", true},
	})
}

// TestEventDateMessageNounAfterDatedVerb: a dated verb of saying makes its
// message noun an event when the copy names it after ("had warned earlier
// this month ... The warning, issued on Sept. 28"); issuing a message is
// the message's own date, unlike a survey's publication.
func TestEventDateMessageNounAfterDatedVerb(t *testing.T) {
	pub := time.Date(2023, 10, 9, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"Organisers had warned earlier this month that the festival might be cut. The warning, issued on Sept. 28 by the director, followed bus cancellations.", true},
		{"The ministry announced the new fees on Oct. 3. The announcement, made on Oct. 5, surprised parents.", true},
		{"The regulator ordered a recall on Oct. 2. The order, issued on Oct. 4, covers 3,000 cars.", true},
		{"Organisers had warned earlier this month that the festival might be cut. The warning, issued on Oct. 3 by the director, followed bus cancellations.", false},
	})
}

// TestEventDateCompoundBeforeNoun: a word the reading tags as a noun
// before another noun ("the Tanegashima launch site") is a modifier, no
// verb whose tense a date takes; the date after it times the clause's
// verb ("delivered ... last month") and so the act its noun names.
func TestEventDateCompoundBeforeNoun(t *testing.T) {
	pub := time.Date(2026, 5, 13, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"The team delivered the satellite to the Tanegashima launch site last month. The delivery, on May 4, was followed by a week of checks.", true},
		{"Crews inspected the Kessel water plant last month. The inspection, on May 6, found no faults.", true},
		{"Engineers tested the Arvik flood barrier last month. The test, on May 2, took three days.", true},
		{"The team delivered the satellite to the Tanegashima launch site last month. The delivery, on April 24, was followed by a week of checks.", false},
	})
}
