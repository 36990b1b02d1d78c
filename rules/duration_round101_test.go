package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestDurationSpanAsNoun: a span written as a count of days or weeks
// ("shut for nine days", "lasted two weeks") followed by the stretch it
// fills from one day to another is checked as "a four-day strike" is; a
// count of days within a window ("71 days between December and March",
// "41 days of rain") fills none.
func TestDurationSpanAsNoun(t *testing.T) {
	pub := time.Date(2024, 7, 9, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Duration, pub, []fireCase{
		{"The schools were shut for nine days, from June 19 to June 23, before many became shelters.", true},
		{"The strike lasted 12 days, from May 2 to May 5.", true},
		{"The fair ran for two weeks, from May 2 to May 30.", true},
		{"The schools were shut for five days, from June 19 to June 23, before many became shelters.", false},
		{"The beaches were closed for 71 days between December and March.", false},
		{"We had 41 days of rain from July to September.", false},
	})
}

// TestTenseTimeBeforeABody: "before" a body or a person ("before the
// judge", "before the committee") names no event, so the date after it
// times the clause's own act.
func TestTenseTimeBeforeABody(t *testing.T) {
	pub := time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.TenseTime, pub, []fireCase{
		{"A separate civil claim will come before the judge in November 2023.", true},
		{"The minister will appear before the committee on Nov. 8, 2023.", true},
		{"The plan will go before the council in December 2023.", true},
		{"A separate civil claim will go before the same court in November 2023.", true},
		{"The vote will be held before the strike in November 2023.", false},
		{"The plan will go before the council in December 2024.", false},
	})
}

// TestSequenceEllipticalResult: a runner-up's time written without its
// unit ("finished second in 51.62") is in the unit of the winner's just
// before, when written with as many decimals.
func TestSequenceEllipticalResult(t *testing.T) {
	pub := time.Date(2025, 7, 7, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Sequence, pub, []fireCase{
		{"Diallo led from the final bend and won in 51.84 seconds. Ndiaye, the defending champion, finished second in 51.62.", true},
		{"Okafor won the 100 metres in 11.31 seconds, and Mensah came second in 11.28.", true},
		{"Silva won the vault with 14.350 points. Costa finished second with 14.425, ahead of Reis.", true},
		{"Diallo led from the final bend and won in 51.84 seconds. Ndiaye, the defending champion, finished second in 52.02.", false},
		{"Okafor won the 100 metres in 11.31 seconds, and Mensah came second in 11.4.", false},
	})
}

// TestTenseTimeEventTargetDate: a relative date right after an event
// noun that "for" opens times that event, not the clause's act: "was
// named in the squad for the championships next month".
func TestTenseTimeEventTargetDate(t *testing.T) {
	pub := time.Date(2025, 7, 10, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.TenseTime, pub, []fireCase{
		{"She was named in the squad for the under-23 European championships next month.", false},
		{"He was named in the team for the race next week.", false},
		{"They were chosen for the tournament next month.", false},
		{"Both sisters have been selected for the European Championships next month.", false},
		{"She competed in the championships next month.", true},
	})
}

// TestTenseTimeFrontedDate: a date fronted before the main clause, after
// a dateline's dash or after an adverb ("Sometime last year, ..."),
// takes that clause's tense.
func TestTenseTimeFrontedDate(t *testing.T) {
	pub := time.Date(1989, 10, 30, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.TenseTime, pub, []fireCase{
		{"NEW YORK, Oct. 30, 1989 — Last year, Control Data will develop a new bank relationship.", true},
		{"The firm is in talks. Sometime last year, Control Data will develop a new bank relationship.", true},
		{"The plant is idle. Early last year, the owners will sell it.", true},
		{"The firm is in talks. Sometime next year, Control Data will develop a new bank relationship.", false},
	})
}

// TestDurationTermSince: an indefinite term of years ("under a 25-year
// concession since 1996", "a 30-year lease") is the length agreed, which
// "since" dates the start of, not the time elapsed since.
func TestDurationTermSince(t *testing.T) {
	pub := time.Date(2002, 5, 14, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Duration, pub, []fireCase{
		{"TAM has run the port under a 25-year concession since 1996.", false},
		{"The firm has held a 30-year lease on the quay since 2001.", false},
		{"She has worked under a five-year contract since 1999.", false},
		{"The group has run the port for the past 25 years, since 1996.", true},
	})
}
