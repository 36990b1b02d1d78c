package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestSequenceRankedTries: a ranked noun of trying ("The second attempt")
// is another try at the event a noun of trying followed before ("the first
// launch attempt"), so the two are ordered by their ranks.
func TestSequenceRankedTries(t *testing.T) {
	pub := time.Date(2026, 2, 19, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Sequence, pub, []fireCase{
		{"Orvane's first launch attempt, on Feb. 9, was called off. Engineers replaced a sensor. The second attempt, on Feb. 6, got further.", true},
		{"The first rescue attempt, on Jan. 12, failed in high winds. Divers waited for calmer seas. Their second try, on Jan. 10, reached the wreck.", true},
		{"The club's first takeover bid, on Feb. 3, was rejected. The owners wanted more. The second bid, on Jan. 28, was accepted.", true},
		{"The prisoners' first escape attempt, on March 3, was foiled by guards. They were moved. Their second attempt, on March 1, succeeded.", true},
		{"Orvane's first launch attempt, on Feb. 6, was called off. Engineers replaced a sensor. The second attempt, on Feb. 9, got further.", false},
	})
}

// TestSequenceToursOfOnePlace: ranked tours or visits to one destination
// by a traveller the copy names no person ("The band's first tour of
// Japan ... Their second tour of Japan") are one series.
func TestSequenceToursOfOnePlace(t *testing.T) {
	pub := time.Date(2026, 3, 12, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Sequence, pub, []fireCase{
		{"The band's first tour of Japan, in 2019, was booked as six concerts. Their second tour of Japan, in 2016, sold out in a day.", true},
		{"The choir's first visit to Brazil, in 2018, was a success. Its second visit to Brazil, in 2015, was cut short.", true},
		{"The team's first trip to Kenya came in 2021. The club's second trip to Kenya came in 2019.", true},
		{"The band's first tour of Japan, in 2016, was booked as six concerts. Their second tour of Japan, in 2019, sold out in a day.", false},
	})
}

// TestSequenceRankedWorkOfOneAuthor: a ranked album or novel with no
// author of its own ("Their second album") is one of the one author's
// series the copy told ("the Lanterns ... their first album in 2013").
func TestSequenceRankedWorkOfOneAuthor(t *testing.T) {
	pub := time.Date(2024, 7, 3, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Sequence, pub, []fireCase{
		{"The Lanterns formed in 2009 before releasing their first album in 2013. That record sold well. Their second album came out in 2011.", true},
		{"Mara Holt taught for years before publishing her first novel in 2015. It won a prize. Her second novel appeared in 2012.", true},
		{"The Orfraies toured for years before recording their first album in 2018. It went gold. The band's second album came out in 2016.", true},
		{"The Lanterns formed in 2009 before releasing their first album in 2013. That record sold well. Their second album came out in 2016.", false},
	})
}
