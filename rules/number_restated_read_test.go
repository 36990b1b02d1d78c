package rules_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/copydesk/copydesk/checker"
	"github.com/copydesk/copydesk/rules"
)

// TestNumberRestatedReading: the shared reading's verb ends the noun a
// figure counts ("212 passengers ran aground" counts passengers), and a
// value that comes back after another (A, B, A) is a second thing, not a
// restatement.
func TestNumberRestatedReading(t *testing.T) {
	pub := time.Date(2026, 3, 9, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		want bool
	}{
		{"A ferry carrying 212 passengers ran aground on Saturday. By evening all 221 passengers had been taken ashore.", true},
		{"About 4,100 workers went home early on Monday. Managers said the 4,600 workers would be paid in full.", true},
		{"On Monday 40 trucks broke down on the mountain road. Mechanics towed the 45 trucks to the depot on Tuesday.", true},
		{"The 100-share index shed 47 points. The 30-share index settled 42 points lower. Trading was confined to the 100-share index stocks.", false},
		{"Crews laid a 12-inch pipe on Monday. The 8-inch pipe beside it was left alone. The 12-inch pipe carries water to the north.", false},
		{"The city bought a 40-seat bus in May. The 60-seat bus it replaced was sold. The 40-seat bus starts work in June.", false},
	} {
		assert.Equal(t, c.want, fires(t, rules.NumberRestated, checker.Document{Text: c.text, Format: "text", Published: pub}), c.text)
	}
}
