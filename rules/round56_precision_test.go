package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventDateBodyIsNoEvent: a body named by an organisation's word ("the
// cooperative", "the union") is no event, though WordNet files a
// cooperative among acts, so its dates are not compared.
func TestEventDateBodyIsNoEvent(t *testing.T) {
	pub := time.Date(2024, 3, 12, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"In December a cooperative of former workers bought the site. Malá was hired by the cooperative in February.", false},
		{"In May a union of dockers was formed. Ruiz was elected by the union in July.", false},
		{"In 2019 a cooperative of farmers opened a mill. The cooperative in March sold its first flour.", false},
	})
}

// TestAgeWhatSomeoneWas: an age in what someone was at a past time ("when
// coach Tor Eide was the team's 19-year-old goalkeeper") is an age of
// that time, not now.
func TestAgeWhatSomeoneWas(t *testing.T) {
	pub := time.Date(2023, 5, 15, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"The only previous title came in 1994, when coach Tor Eide was the team's 19-year-old goalkeeper. \"We were young,\" said Eide, now 48.", false},
		{"The club last won in 2001, when Ana Ruiz was its 22-year-old captain. Ruiz, now 44, coaches the youth side.", false},
		{"The mine closed in 1990, when Ola Berg was the site's 30-year-old foreman. Berg, 63, still lives nearby.", false},
	})
}
