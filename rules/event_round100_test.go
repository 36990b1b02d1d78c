package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventApposedParticiplePlace: a participle set off after an event
// noun still dates it when its place is written with the larger place
// that holds it ("held in Lomé, Togo, on Aug. 8"): those commas close no
// phrase.
func TestEventApposedParticiplePlace(t *testing.T) {
	pub := time.Date(2023, 10, 5, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Sequence, pub, []fireCase{
		{"The first round of talks, held in Accra, ended on Aug. 25. The second round, held in Lomé, Togo, on Aug. 8 and 9, broke up early.", true},
		{"The first stage, ridden in the rain, finished on Sept. 12. The second stage, raced in Ferrol, Galicia, on Sept. 10, was flat.", true},
		{"The first hearing ended on Aug. 30. The second hearing, held in Tromsø, Norway, on Aug. 21, was closed to the press.", true},
		{"The first round of talks, held in Accra, ended on Aug. 25. The second round, held in Lomé, Togo, on Sept. 8 and 9, broke up early.", false},
		{"The first stage finished on Sept. 12. The second stage, raced in Ferrol, Galicia, on Sept. 14, was flat.", false},
	})
}
