package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestRelativeAbsoluteYearlessDateInYear: a date written without its year
// beside a relative year ("rejected it last year, on Dec. 9") names a day
// within that year, whatever year the tense would choose; one written
// with a year outside it still disagrees.
func TestRelativeAbsoluteYearlessDateInYear(t *testing.T) {
	pub := time.Date(2025, 11, 3, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.RelativeAbsolute, pub, []fireCase{
		{"DURBAN, South Africa, Nov. 3, 2025 (Copydesk) — His party put forward a smaller plan, which the council rejected last year, on Dec. 9, by 24 votes to 21.", false},
		{"LIMA, Peru, Nov. 3, 2025 (Copydesk) — The mine closed last year, on Nov. 28, after a flood.", false},
		{"OSLO, Norway, Nov. 3, 2025 (Copydesk) — The ferry first sailed last year, in December, after a two-year delay.", false},
		{"DURBAN, South Africa, Nov. 3, 2025 (Copydesk) — The council rejected the plan last year, on Dec. 9, 2023, by 24 votes to 21.", true},
	})
}
