package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventDateOwnedSeparately: an event owned by a pronoun right after
// the copy sets its owner's matter apart as separate ("faces separate
// charges. His trial is to begin on May 6") is another instance of its
// kind, not the story's ("The trial opened on Jan. 22").
func TestEventDateOwnedSeparately(t *testing.T) {
	pub := time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"ARCELHA, March 14, 2024 — The trial opened on Monday, Jan. 22, and ended on Wednesday. The agent, Joaquim Sardinha, faces separate charges. His trial is to begin on May 6.", false},
		{"ODDA, March 14, 2024 — The hearing took place on Feb. 6. The mayor, Kari Holm, is the subject of a separate complaint. Her hearing is set for April 9.", false},
		{"LIMA, March 14, 2024 — The inquiry opened on Jan. 15. Two other officials face similar accusations. Their inquiry starts on June 3.", false},
		{"ARCELHA, March 14, 2024 — The trial opened on Monday, Jan. 22, and ended on Wednesday. The defendant, Augusto Meireles, denied the charges. The Jan. 29 trial drew crowds.", true},
	})
}
