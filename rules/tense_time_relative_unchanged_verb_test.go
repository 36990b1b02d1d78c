package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestTenseTimeRelativeUnchangedVerb: a verb both base and past after a
// relative pronoun and before a possessive ("the stream, which burst its
// banks twice in 2023") is the relative clause's verb, which the date
// times, not the future of the clause around it.
func TestTenseTimeRelativeUnchangedVerb(t *testing.T) {
	pub := time.Date(2026, 1, 20, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.TenseTime, pub, []fireCase{
		{"The money will go into a fund for flood protection along the Kaiwhenua Stream, which burst its banks twice in 2023.", false},
		{"The grant will help the bakery, which shut its doors for a month in 2024.", false},
		{"Inspectors will return to the mill, which cut its workforce by half in 2022.", false},
		{"The stream will burst its banks in 2023, engineers warned.", true},
	})
}
