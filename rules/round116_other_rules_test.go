package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestRelativeAbsoluteFromToday: "a week from today" is the day a week
// on, which the date after it must be ("a week from today, on Aug. 27",
// in copy of Aug. 20).
func TestRelativeAbsoluteFromToday(t *testing.T) {
	pub := time.Date(2011, 8, 20, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.RelativeAbsolute, pub, []fireCase{
		{"The championships open a week from today, on Aug. 27.", false},
		{"The ferry resumes two weeks from today, on Sept. 3.", false},
		{"Voting ends three days from today, on Aug. 23.", false},
		{"The championships open a week from today, on Aug. 28.", true},
	})
}

// TestEventCountFirstAsRole: a first qualified by a role ("Her first
// visit to the country as president, in 2010") is the first in that role
// of all time, not the first of the period a later rank counts.
func TestEventCountFirstAsRole(t *testing.T) {
	pub := time.Date(2013, 7, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"It is Stanescu's second visit to Karsland this year.\n\nHer first visit to the country as president, in 2010, was cut short.", false},
		{"It was the club's third win this season.\n\nHis first win as coach, in 2009, came against the same side.", false},
		{"It is the minister's second trip to Lodra this year.\n\nHis first trip to Lodra as minister, in 2011, lasted a day.", false},
		{"It is Stanescu's second visit to Karsland this year.\n\nHer first visit to Karsland came last December.", true},
	})
}

// TestTenseTimeAgainstUnit: a date after "against" and a figure of one
// unit ("against about a tonne last year") dates the figure compared
// with, not the clause's future.
func TestTenseTimeAgainstUnit(t *testing.T) {
	pub := time.Date(2001, 7, 19, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.TenseTime, pub, []fireCase{
		{"Yields are expected to reach only about 0.85 tonnes a hectare, against about a tonne last year.", false},
		{"The new line will carry 9,000 passengers a day, against about a thousand last year.", false},
		{"Prices will average 2.1 euros a litre, against a euro last year.", false},
		{"Yields will reach about a tonne a hectare last year.", true},
	})
}
