package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventCountLaterActNoun: a noun first filed as a thing ("audit",
// "recall") names its act wherever a determiner picks an instance, once
// the copy uses it as a verb too; a verb after a modal is a verb.
func TestEventCountLaterActNoun(t *testing.T) {
	pub := time.Date(2026, 12, 3, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"The regulator will audit the Merridge Credit Union twice next year. The first of the two audits is to start this month.", true},
		{"The ministry will audit the Harlan Water Board twice in 2027. The first of those audits begins next week.", true},
		{"Carmakers recalled cars twice in 2025. The first of the two recalls came in December 2024.", true},
		{"The regulator will audit the Merridge Credit Union twice next year. The first of the two audits is to start in February.", false},
	})
}
