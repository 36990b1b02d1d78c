package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestSumTotalHedgeThan: a "than" that hedges a figure ("which ran for
// more than four hours") compares nothing, so the shares of its sentence
// are still shares of one whole; a "than" that compares still stops them.
func TestSumTotalHedgeThan(t *testing.T) {
	pub := time.Date(2024, 5, 3, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"At the meeting, which ran for more than four hours, 58.4% of the votes cast were in favour, 37.9% were against and 6.2% were abstentions.", true},
		{"After a count that took fewer than 20 hours, 46% of the ballots went to Ruiz, 41% to Vidal and 17% to Peña.", true},
		{"In a poll of more than 2,000 people, 55% of voters backed the plan, 38% opposed it and 12% were undecided.", true},
		{"At the meeting, 58.4% of the votes cast were in favour, more than the 37.9% against last year, and 6.2% were abstentions.", false},
	})
}

// TestSumTotalShareAfterWholeOpener: a percentage right after a phrase of
// "of" or "among" that opens its sentence ("Of the children vaccinated,
// 46% were under two") is a share of that whole, which shares in the next
// sentence go on with.
func TestSumTotalShareAfterWholeOpener(t *testing.T) {
	pub := time.Date(2024, 5, 3, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"The drive ended. Of the children vaccinated, 46% were under two. Children aged two to four accounted for 37%, and the rest, 21%, were five or older.", true},
		{"The vote closed. Among the members who voted, 58% backed the deal. Those against accounted for 39%, and the rest, 6%, abstained.", true},
		{"The survey ended. Of the farms inspected, 61% grew maize. Rice farms accounted for 30%, and the rest, 14%, kept cattle.", true},
		{"The drive ended. Of the children vaccinated, 46% were under two. Children aged two to four accounted for 37%, and the rest, 17%, were five or older.", false},
	})
}

// TestSumTotalChangeBase: the value a change started from ("97 of those
// beds were occupied, down from a peak of 131") is no part of the whole
// the first figure was taken of.
func TestSumTotalChangeBase(t *testing.T) {
	pub := time.Date(2025, 11, 12, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"The three centres have a total of 140 beds. On Tuesday 97 of those beds were occupied, down from a peak of 131 in October.", false},
		{"The depot holds a total of 60 buses. On Monday 41 of those buses were running, up from 22 during the strike.", false},
		{"The school has a total of 900 pupils. This term 610 of those pupils take the bus, down from 700 last year.", false},
		{"The three centres have a total of 140 beds: 97 in Murrupane, 31 in Nhamatope and 22 in Chiuaula.", true},
	})
}

// TestSumTotalIncludingInPart: a figure after "including" is inside the
// part before it ("five died in Valdemar, including the two fishermen,
// and the other four ..."), no part of its own.
func TestSumTotalIncludingInPart(t *testing.T) {
	pub := time.Date(2024, 7, 30, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"Of the nine victims, five died in Valdemar, including the two fishermen, and the other four in the hills.", false},
		{"Of the 40 seats, 22 went to the Greens, including the three ministers, and the other 18 to Labour.", false},
		{"Of the 12 boats, seven sank, including the two trawlers, and the other five ran aground.", false},
		{"Of the nine victims, five died in Valdemar and the other six in the hills.", true},
	})
}
