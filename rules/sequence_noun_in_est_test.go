package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestSequenceNounInEst: a noun modifier in "-est" ("test flight",
// "protest march", "contest round") is a noun, not a superlative, so the
// ordinal before it ranks the event ("Its first test flight, in March
// 2023 ... Its second test flight, in November 2022").
func TestSequenceNounInEst(t *testing.T) {
	pub := time.Date(2024, 1, 10, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Sequence, pub, []fireCase{
		{"Its first test flight, in March 2023, ended early.\n\nIts second test flight, in November 2022, reached space.", true},
		{"The union's first protest march, in June 2023, drew 4,000 people.\n\nIts second protest march, in February 2023, was smaller.", true},
		{"Their first test launch came in May 2023.\n\nTheir second test launch came in January 2023.", true},
		{"Its first test flight, in March 2023, ended early.\n\nIts second test flight, in November 2023, reached space.", false},
	})
}
