package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEnumCountNextSentenceForms: the sentence after a count may name its
// things after "They are" with a role before the names, or as indefinite
// noun phrases, and a relative clause on the last item ends the list
// whatever verbs it joins.
func TestEnumCountNextSentenceForms(t *testing.T) {
	pub := time.Date(2024, 1, 3, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EnumCount, pub, []fireCase{
		{"Four specialists have left the department.\n\nThey are the anaesthetists Tomas Bednar and Lucie Vavrova and the surgeon Marek Holub.", true},
		{"Divers recorded four endangered species.\n\nThey were a hawksbill turtle, a dugong and a humphead wrasse, which can live for 30 years and fetches high prices.", true},
		{"Three ships were damaged in the storm.\n\nThey were a tanker, a ferry, a trawler and a tug.", true},
		{"Four firms bid for the contract.\n\nThey were a Czech builder, a Polish dredger, a Dutch engineer and a local cooperative.", false},
		{"The team signed three players.\n\nThey were a mix of youth and experience.", false},
		{"Three candidates stood.\n\nThey are the lawyers Ana Ruiz and Luis Mar and the teacher Eva Sol, who lives and works in Vigo.", false},
	})
}
