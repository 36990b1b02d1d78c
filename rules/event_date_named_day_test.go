package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventDateNamedByItsDay: a mention named by its day ("Sunday's win")
// is the event of that day among several of its kind, not the last one
// told, dated otherwise ("also won the third stage, on Jan. 23").
func TestEventDateNamedByItsDay(t *testing.T) {
	pub := time.Date(2025, 1, 27, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"SALTA, Argentina, Jan. 27, 2025 (Copydesk) — Tomás Ibarguren won the Vuelta on Sunday. He also won the third stage, on Jan. 23, a climb to Cerro Pircas. Sunday's win makes him a near-certain pick for the national team.", false},
		{"OSLO, Norway, Jan. 27, 2025 (Copydesk) — Kari Lund won on Saturday, taking the sprint title. She had also won a heat on Jan. 21 in Bergen. Saturday's victory earned her 5,000 kroner.", false},
		{"LIMA, Peru, Jan. 27, 2025 (Copydesk) — The union voted on Friday to end the strike. It had also voted on Jan. 20 to reject the offer. Friday's vote passed by 412 to 96.", false},
		{"SALTA, Argentina, Jan. 27, 2025 (Copydesk) — Tomás Ibarguren won the Vuelta on Sunday, Jan. 26. Friday's win makes him a near-certain pick for the national team.", true},
	})
}

// TestEventDatePossessiveDateDatesTheNextNoun: a date written as an owner
// after an event noun and a preposition ("lost the race on Wednesday's
// climb") dates the noun it owns, not the event before it.
func TestEventDatePossessiveDateDatesTheNextNoun(t *testing.T) {
	pub := time.Date(2024, 7, 22, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"SERRA ALTA, Brazil, July 22, 2024 (Copydesk) — Tiago Rocha won the race on Sunday. Eizaguirre said he had lost the race on Wednesday's climb.", false},
		{"OSLO, Norway, July 22, 2024 (Copydesk) — The strike ended on Sunday. The union said it won the strike at Thursday's meeting.", false},
		{"LIMA, Peru, July 22, 2024 (Copydesk) — The vote was held on Sunday. Ruiz said she lost the vote in Friday's debate.", false},
		{"SERRA ALTA, Brazil, July 22, 2024 (Copydesk) — Tiago Rocha won the race on Sunday. Eizaguirre said the race on Wednesday was his worst.", true},
	})
}
