package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventDateSayingAtEvent: a verb of saying whose object is an event
// noun ("told a hearing of the committee on Tuesday", "told a news
// conference on Monday") says it at that event, so the clause's date is
// the event's; "told reporters on Tuesday" dates only the saying.
func TestEventDateSayingAtEvent(t *testing.T) {
	pub := time.Date(2021, 11, 4, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"SEONGHWA, Nov. 4, 2021 — Yoon Ha-eun told a hearing of the science committee on Tuesday that both missions were on schedule.\n\nLawmakers at the Nov. 3 hearing pressed Yoon on cost.", true},
		{"ARNA, Nov. 4, 2021 — The mayor told a news conference on Monday that the bridge would reopen.\n\nAt the Nov. 2 conference she also named a new engineer.", true},
		{"TELMA, Nov. 4, 2021 — The minister told a summit of mayors on Sunday that taxes would fall.\n\nDelegates at the Oct. 30 summit cheered.", true},
		{"SEONGHWA, Nov. 4, 2021 — Yoon Ha-eun told reporters on Tuesday that both missions were on schedule.\n\nLawmakers at the Nov. 3 hearing pressed Yoon on cost.", false},
	})
}
