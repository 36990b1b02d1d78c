package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestSequenceClockWithoutDay: a time of day without its day ("at 10:42
// a.m.") ordered against a day is on that day, not the publication day.
func TestSequenceClockWithoutDay(t *testing.T) {
	pub := time.Date(2026, 6, 17, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Sequence, pub, []fireCase{
		{"SANTA ISELDA, Brazil, June 17, 2026 (Copydesk) — The satellite reached orbit on Tuesday (June 16), a week later than planned, after a three-stage rocket lifted off from the launch centre at 10:42 a.m. local time.", false},
		{"SANTA ISELDA, Brazil, June 17, 2026 (Copydesk) — The probe entered orbit on Tuesday (June 16), a week later than planned, after its engine fired at 9:15 p.m.", false},
		{"SANTA ISELDA, Brazil, June 17, 2026 (Copydesk) — The convoy reached the border on Tuesday (June 16), a week later than planned, after it set out at 5 a.m.", false},
		{"SANTA ISELDA, Brazil, June 17, 2026 (Copydesk) — The satellite reached orbit on June 14, after the rocket lifted off on June 16.", true},
	})
}
