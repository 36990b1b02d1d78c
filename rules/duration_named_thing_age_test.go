package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestDurationNamedThingAge: an age before a capitalised name that a
// participle of making follows ("the 27-year-old Magdalo Dam, finished in
// 1961") is a thing's, not a person's, and is checked against the year it
// was made.
func TestDurationNamedThingAge(t *testing.T) {
	pub := time.Date(1998, 10, 21, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Duration, pub, []fireCase{
		{"MANILA, Oct. 21, 1998 — Engineers inspected the 27-year-old Magdalo Dam, finished in 1961, on Monday.", true},
		{"ARNA, Oct. 21, 1998 — The 12-year-old Kessel Bridge, built in 1974, will close for repairs.", true},
		{"TELMA, Oct. 21, 1998 — Fans filled the 50-year-old Orsini Stadium, opened in 1961, for the final.", true},
		{"MANILA, Oct. 21, 1998 — Engineers inspected the 37-year-old Magdalo Dam, finished in 1961, on Monday.", false},
		{"ARNA, Oct. 21, 1998 — The 44-year-old Anna Hall, born in 1954, will lead the board.", false},
	})
}
