package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestAgeYearKinInTurn: relatives listed in turn by a possessive ("Her
// mother, 68, ... Her brother, ...") are the same person's, and a pronoun
// after a subject it cannot be ("Her brother, Yann, plays bass. Her
// debut ...") goes to that subject's owner, the topic, not to the
// relative named a sentence before.
func TestAgeYearKinInTurn(t *testing.T) {
	pub := time.Date(1999, 9, 17, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"Mireille Dantec, 34, was born in March 1965. Her mother, 68, still plays at weddings. Her brother, Yann Dantec, plays bass.\n\nHer debut came out in 1991, when she was 26.", false},
		{"Tomas Varga, 41, was born in 1958. His father, 70, still farms the land. His sister, Eszter Varga, runs the shop.\n\nHis first book appeared in 1985, when he was 27.", false},
		{"Lena Strand, 30, was born in 1969. Her grandmother, 91, lives with her. Her brother, Per Strand, drives the van.\n\nHer first race came in 1987, when she was 18.", false},
		{"Lena Strand, 30, was born in 1969. Her grandmother, 91, lives with her. Her brother, Per Strand, drives the van.\n\nHer first race came in 1987, when she was 21.", true},
	})
}
