package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestSequenceHeadlessBelowRank: an ordinal without its noun that opens
// the sentence after one that ranked an event above it ("It was the
// programme's third launch. The first, on Feb. 14, 2023, ...") is a lower
// rank of that series; its date set off by commas takes the clause's
// tense after them ("The first, on March 12, was annulled").
func TestSequenceHeadlessBelowRank(t *testing.T) {
	pub := time.Date(2024, 7, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Sequence, pub, []fireCase{
		{"It was the programme's third launch. The first, on Feb. 14, 2023, placed two satellites in orbit. The second launch, on Oct. 3, 2022, carried four more.", true},
		{"Friday's blast was the mine's third explosion. The first, on Jan. 9, 2024, killed two miners. The second explosion, on Dec. 2, 2023, injured five.", true},
		{"Monday's hearing was the court's third in the case. The first, on March 12, was adjourned. The second hearing, on March 5, heard two witnesses.", true},
		{"It was the council's second vote on the plan this year. The first, on March 12, was annulled by the governor in May.", false},
	})
}

// TestSequenceHeadlessRankTaken: once a count's series has its second, a
// later headless "The second" ranks another series (the one a nearer
// "first" opened), not the counted one.
func TestSequenceHeadlessRankTaken(t *testing.T) {
	pub := time.Date(2024, 6, 5, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Sequence, pub, []fireCase{
		{"The firm will attempt two launches to the moon next year. The first, a lander, is scheduled for March 2025. The second, an orbiter, is planned for November 2025.\n\nIts path has not been smooth. Its first rocket broke apart on Aug. 12, 2021. The second, Vyom-2, reached orbit on Nov. 18, 2022.", false},
		{"The club will play two friendlies abroad next year. The first, in Lisbon, is set for March 2025. The second, in Porto, is due in May 2025.\n\nIts record abroad is thin. Its first tour ended early in 2019. The second, in 2021, was cut short by injuries.", false},
		{"The agency plans two surveys of the reef next year. The first, by boat, is planned for February 2025. The second, by drone, is set for June 2025.\n\nEarlier work was patchy. Its first dive team left in 2018. The second, in 2020, mapped the northern shelf.", false},
		{"The firm will attempt two launches to the moon next year. The first, a lander, is scheduled for November 2025. The second, an orbiter, is planned for March 2025.", true},
	})
}
