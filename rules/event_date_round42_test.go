package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventDateOnceNoun: a noun of an event that happens once to its
// owner ("debut", "premiere", "founding") refers back under "its" or
// "their".
func TestEventDateOnceNoun(t *testing.T) {
	pub := time.Date(2026, 9, 15, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"Crowds came. The Drowned Parish, written by Tobias Lindqvist, debuted on Aug. 12 at the Corran Theatre. Since its Aug. 14 debut, the show has drawn standing ovations every night.", true},
		{"Crowds came. Harbour Lights, directed by Ana Ruiz, debuted on Aug. 12 in Leeds. Since its debut on Aug. 15, the play has sold out.", true},
		{"Crowds came. The museum was founded on May 3, 1921, by two teachers. Since its founding on May 5, 1921, it has grown.", true},
		{"Crowds came. Ruiz's new play premiered on Aug. 12 in Leeds. Since its Aug. 15 premiere, the play has sold out.", true},
		{"Crowds came. The show opened on Aug. 12 at the Corran Theatre. Since the Aug. 14 debut of its lead actor, tickets have sold out.", false},
		{"Crowds came. The Drowned Parish, written by Tobias Lindqvist, debuted on Aug. 12 at the Corran Theatre. Since its Aug. 12 debut, the show has drawn standing ovations every night.", false},
	})
}
