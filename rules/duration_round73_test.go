package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestDurationRangeApposed: a range of years set off after the phrase of
// a span ("his 15 years at the head of the company, from 2008 to 2019")
// is the span's.
func TestDurationRangeApposed(t *testing.T) {
	pub := time.Date(2024, 3, 30, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Duration, pub, []fireCase{
		{"During his 15 years at the head of the company, from 2008 to 2019, exports tripled.", true},
		{"In her nine years on the bench of the high court, from 2010 to 2015, she wrote 300 rulings.", true},
		{"His 20 years as coach of the national side, from 1990 to 2006, brought two titles.", true},
		{"During his 11 years at the head of the company, from 2008 to 2019, exports tripled.", false},
	})
}

// TestDurationItsOpeningSentence: "Its 40th anniversary" opening the
// sentence after one that dates an origin is that origin's anniversary.
func TestDurationItsOpeningSentence(t *testing.T) {
	pub := time.Date(2024, 4, 10, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Duration, pub, []fireCase{
		{"Zielony Dwór was founded in 1991 as a cooperative of growers. Its 40th anniversary last year was marked with a fair.", true},
		{"The choir was formed in 1962 by miners. Its 50th anniversary will fall next spring.", true},
		{"The museum opened in 1984 in a customs shed. Its 30th anniversary was celebrated in 2019.", true},
		{"Zielony Dwór was founded in 1991 as a cooperative of growers. Its 32nd anniversary last year was marked with a fair.", false},
	})
}
