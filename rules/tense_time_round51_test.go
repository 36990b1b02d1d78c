package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestTenseTimeCoordinatedBases: a comparer governs every figure and date
// coordinated after it ("up from 41,200 in 2022 and 29,800 in 2021"): each
// date is a base of the comparison, not the time of the clause's verb. A
// verb after the comparer opens a clause of its own, which its date times.
func TestTenseTimeCoordinatedBases(t *testing.T) {
	pub := time.Date(2023, 8, 14, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.TenseTime, pub, []fireCase{
		{"The mill expects to grind 48,000 tonnes this season, up from 41,200 in 2022 and 29,800 in 2021.", false},
		{"The ferry will carry about 9,000 cars, against 7,400 in 2022, 6,100 in 2021 and 5,000 in 2020.", false},
		{"Fees will rise to 40 euros, compared with 31 euros in 2022 and 28 euros in 2021.", false},
		{"The plant made 5,000 cars in 2019, and it will make 8,000 in 2021.", true},
	})
}

// TestTenseTimeHedgedFigure: "than" after "more", "less" or "fewer" hedges
// a figure ("more than $110 million"); it compares it with no base, so a
// date after it still times the clause.
func TestTenseTimeHedgedFigure(t *testing.T) {
	pub := time.Date(2023, 8, 14, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.TenseTime, pub, []fireCase{
		{"The firm had more than $110 million in sales in 2027.", true},
		{"The club sold fewer than 4,000 tickets in 2027.", true},
		{"The mill ground less than 900 tonnes of maize in 2027.", true},
		{"The mill ground more maize than in 2027.", false},
	})
}

// TestTenseTimeBaseOfAChange: a base of a change after "up from" or "down
// from" is dated by its own date, whatever the base is ("up from a dime in
// 1967"), not by the clause's verb, even one that looks ahead ("is planned
// for").
func TestTenseTimeBaseOfAChange(t *testing.T) {
	pub := time.Date(2027, 7, 6, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.TenseTime, pub, []fireCase{
		{"A party is planned for July 24, with coffee at 60 cents a cup, up from a dime in 1967.", false},
		{"The fare will be 3 euros, up from a few cents in 1990.", false},
		{"A fair is planned for August, with tickets at $5, down from a pound in 1990.", false},
	})
}

// TestTenseTimeFirstTimeIn: "for the first time in late August 2025" tells
// when the event was, so its date is compared with the clause's tense.
func TestTenseTimeFirstTimeIn(t *testing.T) {
	pub := time.Date(2025, 5, 11, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.TenseTime, pub, []fireCase{
		{"A women's edition was held for the first time in late August 2025.", true},
		{"The choir sang abroad for the first time in September 2025.", true},
		{"The ferry crossed the strait for the first time in the autumn of 2025.", true},
		{"A women's edition was held for the first time in late August 2024.", false},
	})
}
