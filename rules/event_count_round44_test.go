package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventCountItWasNthTime: "it was (for) the third time" ranks the
// event told just before it, in a fronted "when" clause or in the
// sentence before, and a period after it scopes the rank.
func TestEventCountItWasNthTime(t *testing.T) {
	pub := time.Date(2026, 10, 15, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"When the drivers walked out on Aug. 31, it was for the third time this year. The first of the three walkouts came last November.", true},
		{"As the river flooded the square on Oct. 2, it was the second time this year. The first of the two floods came last December.", true},
		{"When the nurses went on strike on Sept. 4, it was the fourth time this year. The first of the four strikes came last December.", true},
		{"The drivers walked out on Aug. 31. It was the third time this year. The first of the three walkouts came last November.", true},
		{"Inspectors raided the plant on Sept. 9. It was the second time this year. The first of the two raids came last October.", true},
		{"The river flooded the square on Oct. 2. It is the second time this year. The first of the two floods came last December.", true},
		{"When the drivers walked out on Aug. 31, it was for the third time this year. The first of the three walkouts came in February.", false},
	})
}

// TestEventCountPastApposition: "for the Nth time" after an object with
// an apposition ("adjourned the case of Esteban Lorca, the former head of
// the utility, for the second time this year") still ranks the verb's
// event.
func TestEventCountPastApposition(t *testing.T) {
	pub := time.Date(2026, 3, 12, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"The court adjourned the case of Esteban Lorca, the former head of the utility, for the second time this year. The first adjournment came on Dec. 16.", true},
		{"Inspectors closed the bakery of Ana Ruiz, a former city councillor, for the third time this year. The first of the three closures came last November.", true},
		{"Police raided the offices of Kestrel Marine, a shipping firm in the port, for the second time this year. The first of the two raids came last October.", true},
		{"The court adjourned the case of Esteban Lorca, the former head of the utility, for the second time this year. The first adjournment came on Jan. 16.", false},
	})
}
