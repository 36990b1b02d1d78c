package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestNumberRestatedRelativeMeasure: a sum after a verb of measure in a
// relative clause ("a prize that carries 50,000 euros", "a contract which
// is worth ...") measures the noun the clause hangs on, which a later
// definite figure ("the 60,000-euro prize") restates.
func TestNumberRestatedRelativeMeasure(t *testing.T) {
	pub := time.Date(2011, 9, 10, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"The film won the Golden Heron, a prize that carries 50,000 euros in cash.\n\nThe director said she would put the 60,000-euro prize towards her next film.", true},
		{"The poet won an award, which carries 20,000 crowns, for her third book.\n\nShe will put the 25,000-crown award towards a new book.", true},
		{"The firm won a cleaning contract that is worth 4.2 million pounds a year.\n\nThe 2.4 million-pound contract runs for five years.", true},
		{"The film won the Golden Heron, a prize that carries 50,000 euros in cash.\n\nThe director said she would put the 50,000-euro prize towards her next film.", false},
	})
}
