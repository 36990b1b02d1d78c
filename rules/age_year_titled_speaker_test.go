package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestAgeYearTitledSpeaker: a quote attributed after it by a titled name
// and a verb of saying ("...," Chief Okorie said) is that person's, so
// "I'm 64 years old" in it is their age.
func TestAgeYearTitledSpeaker(t *testing.T) {
	pub := time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"Chief Emmanuel Okorie, 61, has banned roadside drying.\n\n\"I'm 64 years old and I have never buried so many,\" Chief Okorie said.", true},
		{"Bishop Tomas Halvik, 70, led the service.\n\n\"I am 75 years old and I have seen floods before,\" Bishop Halvik said.", true},
		{"Professor Ines Valcarce, 52, runs the lab.\n\n\"I'm 49 and I still love the night shift,\" Professor Valcarce said.", true},
		{"Chief Emmanuel Okorie, 61, has banned roadside drying.\n\n\"I'm 61 years old and I have never buried so many,\" Chief Okorie said.", false},
	})
}
