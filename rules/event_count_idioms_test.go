package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventCountIdioms: a fixed verb phrase names its event as the noun
// does ("walked off the job" a walkout, "downed tools" a strike), so a
// rank or count told with it is checked against the strikes the copy
// dates.
func TestEventCountIdioms(t *testing.T) {
	pub := time.Date(2026, 3, 18, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"Ferry crews walked off the job for the third time this year on Monday. The first stoppage came in late November, and the second followed in February.", true},
		{"Dock workers downed tools for the second time this year on Monday. The first strike came last December.", true},
		{"Bus drivers walked off the job for the second time this year on Monday. The first walkout came last October.", true},
		{"Ferry crews walked off the job for the third time since the autumn on Monday. The first stoppage came in late November, and the second followed in February.", false},
		{"Dock workers downed tools for the second time this year on Monday. The first strike came in January.", false},
	})
}
