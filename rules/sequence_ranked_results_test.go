package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestSequenceRankedResults: the results of ranked finishers of one
// contest must run with their places: a winner's time no slower than the
// runner-up's, a winner's score no lower; results far apart in size are of
// other contests.
func TestSequenceRankedResults(t *testing.T) {
	pub := time.Date(2024, 8, 12, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Sequence, pub, []fireCase{
		{"Abena Owusu won the women's 400 metres in 51.84 seconds. Chiamaka Eze, the defending champion, finished second in 51.62 seconds.", true},
		{"Kim Soo-ah won the marathon in 148 minutes. Park Ji-hye came second in 146 minutes, her best time.", true},
		{"The Ogene Brothers won with 88.5 points. The Palmwine Collective was runner-up with 91 points.", true},
		{"Abena Owusu won the women's 400 metres in 51.84 seconds. Chiamaka Eze finished second in 52.10 seconds.", false},
		{"Owusu won the 400 metres in 51.84 seconds. Eze finished second in the 200 metres in 23.40 seconds.", false},
	})
}
