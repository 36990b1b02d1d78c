package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestDurationExceptionCount: a count of years after "all but" or "every
// ... except" counts the years a whole leaves out, not the span since the
// year beside it.
func TestDurationExceptionCount(t *testing.T) {
	pub := time.Date(2025, 5, 14, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Duration, pub, []fireCase{
		{"Members of two families have held the office for all but three years since 1995.", false},
		{"The party has been in power for all except six years since 1979.", false},
		{"The brothers have run the ferry for all but four years since 1988, the council said.", false},
		{"The brothers have run the ferry for the past four years, since 1988, the council said.", true},
	})
}

// TestDurationRoundAge: "decade-old" and "century-old" give a thing's age
// in round years, which the year it was made must fit.
func TestDurationRoundAge(t *testing.T) {
	pub := time.Date(2024, 11, 12, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Duration, pub, []fireCase{
		{"The barrier opened in 2009, after two floods. A review will ask whether the decade-old barrier should be raised.", true},
		{"The bridge was built in 1968. Engineers said the century-old bridge needed new cables.", true},
		{"The law was passed in 2020. Critics say the decade-old law is out of date.", true},
		{"The barrier opened in 2014, after two floods. A review will ask whether the decade-old barrier should be raised.", false},
	})
}

// TestDurationSpanInLastingClause: a relative clause with a verb of lasting
// on a span's noun ("the seven-week strike, which ran from Jan. 6 to Feb.
// 14") gives the stretch the span must fill.
func TestDurationSpanInLastingClause(t *testing.T) {
	pub := time.Date(2025, 2, 27, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Duration, pub, []fireCase{
		{"The seven-week strike, which ran from Jan. 6 to Feb. 14, closed eight theatres.", true},
		{"A three-week tour that lasted from Jan. 3 to Feb. 20 took the choir to six cities.", true},
		{"The four-day festival, which stretched from Jan. 10 to Jan. 18, drew 9,000 people.", true},
		{"The six-week strike, which ran from Jan. 6 to Feb. 14, closed eight theatres.", false},
	})
}

// TestDurationAnniversaryNotTimedByOtherEvents: a year naming other events
// later in the sentence ("the 2020 and 2021 races were cancelled") does not
// time an anniversary before it.
func TestDurationAnniversaryNotTimedByOtherEvents(t *testing.T) {
	pub := time.Date(2025, 10, 20, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Duration, pub, []fireCase{
		{"ANTRELLA, Italy, Oct. 20, 2025 (Copydesk) — Josphat Limo won the Antrella Marathon on Sunday.\n\nThe race marked the 40th anniversary of its 1985 founding, although it was only the 39th edition: the 2020 and 2021 races were cancelled during the pandemic.", false},
		{"VALDORIA, Italy, Oct. 20, 2025 (Copydesk) — Ana Ruiz won the Valdoria Regatta on Sunday.\n\nThe regatta marked the 30th anniversary of its 1995 founding, although it was only the 29th edition: the 2020 regatta was cancelled.", false},
		{"LINDHOLM, Sweden, Oct. 20, 2025 (Copydesk) — The Lindholm Choir sang on Sunday.\n\nThe concert marked the 50th anniversary of the choir's 1975 founding, although the 2021 season was cut short.", false},
		{"ANTRELLA, Italy, Oct. 20, 2025 (Copydesk) — Josphat Limo won the Antrella Marathon on Sunday.\n\nThe race marked the 45th anniversary of its 1985 founding.", true},
	})
}
