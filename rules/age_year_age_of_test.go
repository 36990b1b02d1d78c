package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestAgeYearAtTheAgeOf: "at the age of" or "at age" after a verb of a
// step in a life gives the age that step was taken at, in the time its
// clause dates ("died on Thursday ... at the age of 84").
func TestAgeYearAtTheAgeOf(t *testing.T) {
	pub := time.Date(2023, 11, 18, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"Maria Tavares died on Thursday at her home in Porto at the age of 84, her family said.\n\nBorn on 2 May 1941 in Braga, Tavares began singing as a child.", true},
		{"Jonas Vik retired in June 2019 at age 60.\n\nVik, born in 1965 in Bodø, spent 30 years at sea.", true},
		{"Aiko Mori died on Monday in Kyoto at the age of 91.\n\nMori was born in 1936 in Nara.", true},
		{"Maria Tavares died on Thursday at her home in Porto at the age of 82, her family said.\n\nBorn on 2 May 1941 in Braga, Tavares began singing as a child.", false},
	})
}
