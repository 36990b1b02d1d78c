package rules_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/copydesk/copydesk/checker"
	"github.com/copydesk/copydesk/rules"
)

// TestEventCountOpenVerbs: a verb off the closed list counts events of the
// kind of the noun derived from it ("inspected on three occasions in 2025"
// and "the third inspection"), and "on N occasions" is a count.
func TestEventCountOpenVerbs(t *testing.T) {
	pub := time.Date(2026, 9, 15, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		want bool
	}{
		{"The site was inspected on three occasions in 2025. The third inspection, carried out last month, found rust.", true},
		{"Police searched the warehouse twice in 2025. The second search, last month, found nothing.", true},
		{"Troops raided the camp two times in 2025. The second raid, last month, found arms.", true},
		{"The site was inspected on three occasions in 2025. The third inspection, carried out in December 2025, found rust.", false},
		{"Police searched the warehouse twice in 2026. The second search, last month, found nothing.", false},
		{"The mayor said twice in 2025 that the plant would close. The second statement came in May 2025.", false},
	} {
		got := fires(t, rules.EventCount, checker.Document{Text: c.text, Format: "text", Published: pub})
		assert.Equal(t, c.want, got, c.text)
	}
}
