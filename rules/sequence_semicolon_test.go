package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestSequenceHeadlessAfterSemicolon: "the second" opening a clause after
// a semicolon, right after a noun ranked first, is the second of that
// series, dated by the date in the phrase set beside it; a verb with an
// object of its own ("cancelled about 2,300 trains") changes that object,
// not the event's date.
func TestSequenceHeadlessAfterSemicolon(t *testing.T) {
	pub := time.Date(2025, 9, 9, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Sequence, pub, []fireCase{
		{"The federation's first strike, on Aug. 20, cancelled about 2,300 trains; the second, a 24-hour stoppage on Aug. 13, shut the network.", true},
		{"The union's first walkout, on July 12, delayed 400 flights; the second, a two-day stoppage on July 5, closed the airport.", true},
		{"The first inspection, on June 18, found 12 faults; the second, a surprise visit on June 11, found none.", true},
		{"The federation's first strike, on Aug. 13, cancelled about 2,300 trains; the second, a 24-hour stoppage on Aug. 20, shut the network.", false},
		{"The first strike, set for Aug. 20, was postponed to Aug. 27; the second, a 24-hour stoppage on Aug. 25, shut the network.", false},
	})
}

// TestSequenceOtherEdition: ranks of a series noun (stages, rounds, legs)
// dated more than half a year apart are ranks of two editions, not one
// series run backwards; within weeks they are one.
func TestSequenceOtherEdition(t *testing.T) {
	pub := time.Date(2011, 7, 17, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Sequence, pub, []fireCase{
		{"In 2010 he crashed out on the second stage with a broken collarbone. This year she took the lead on the first stage on Thursday.", false},
		{"In 2009 the second round was held in Lyon. The first round of this year's talks opened on Monday.", false},
		{"Last year she fell on the second leg. On Friday she won the first leg in Oslo.", false},
		{"The first stage was raced on Thursday. The second stage was raced on Wednesday.", true},
	})
}
