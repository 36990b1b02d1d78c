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
