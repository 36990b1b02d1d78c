package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestNumberRestatedAdjectiveAfterThe: a plain adjective between "the" and
// a figure ("the national 14.8 percent success rate", "the official 2,640
// members") keeps the phrase definite, so it refers back to the figure
// told before; "the past 15 summers" is a window, no restatement.
func TestNumberRestatedAdjectiveAfterThe(t *testing.T) {
	pub := time.Date(2020, 5, 5, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"ARNA, May 5, 2020 — The council funded 186 of 1,011 bids, a success rate of 18.4 percent.\n\nResearchers would not wait for the national 14.8 percent success rate to improve.", true},
		{"ORVALA, May 5, 2020 — The union has 2,460 members in the county.\n\nIts leaders spoke for the official 2,640 members at the talks.", true},
		{"TELMA, May 5, 2020 — The province has 1,480 doctors, the health board said.\n\nThe minister thanked the provincial 1,840 doctors for their work.", true},
		{"SALVA, Jan. 27, 2026 — Thirty summers of counts show the decline.\n\nThe count had fallen in 11 of the past 15 summers.", false},
	})
}
