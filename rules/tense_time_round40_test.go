package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestTenseParticipleAsideAfterFrontedPhrase: a year inside a participle
// set off after a noun ("the cooperative, founded in 1951, will ...") is
// the participle's, also where the sentence opens with a fronted phrase.
func TestTenseParticipleAsideAfterFrontedPhrase(t *testing.T) {
	pub := time.Date(2026, 4, 9, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.TenseTime, pub, []fireCase{
		{"The dairy merged.\n\nIn June the cooperative, founded in 1951, will celebrate its anniversary.", false},
		{"The dairy merged.\n\nBefore then the cooperative, founded in 1951, will celebrate its 75th anniversary at its show on 13 June.", false},
		{"The dairy merged.\n\nIn May the ferry, launched in 1985, will make its last crossing.", false},
		{"The dairy merged.\n\nIn June the cooperative will celebrate its anniversary in 2025.", true},
	})
}

// TestTenseObjectComplement: a participle after the object of a verb that
// takes one with a complement ("keep the avenue closed next year", "have
// the roof repaired next spring") is no past-tense verb.
func TestTenseObjectComplement(t *testing.T) {
	pub := time.Date(2025, 4, 27, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.TenseTime, pub, []fireCase{
		{"Tavares said organisers would ask the city to keep the riverside avenue closed for an extra hour next year.", false},
		{"The mayor wants the old pier repaired next summer, she said.", false},
		{"Farmers fear they will find their fields flooded next spring, the report said.", false},
		{"The club hopes to have the new stand finished next year, its chairman said.", false},
		{"The city closed the riverside avenue for an extra hour next year.", true},
	})
}
