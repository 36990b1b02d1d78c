package dates

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// TestApposedWeekdaysInTurn: two weekdays after two days ("June 10 and
// 11, a Tuesday and a Wednesday") go each with its own day; neither moves
// the second day to a year the first weekday fits.
func TestApposedWeekdaysInTurn(t *testing.T) {
	ref := time.Date(2025, 5, 22, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct{ src, text, value string }{
		{"The union has called a strike for June 10 and 11, a Tuesday and a Wednesday.", "11", "2025-06-11"},
		{"The talks will resume on Sept. 1 and 2, a Monday and a Tuesday.", "2", "2025-09-02"},
		{"The hearings are set for July 3 and 4, a Thursday and a Friday.", "4", "2025-07-04"},
	} {
		found := false
		for _, e := range Resolve(tt.src, ref, Options{}) {
			if e.Text == tt.text {
				found = true
				assert.Equal(t, tt.value, e.Value, tt.src)
			}
		}
		assert.True(t, found, tt.src)
	}
}

// TestApposedWeekdayRange: a range of weekdays after a range of days
// ("Feb. 16 to Feb. 18, a Monday to a Wednesday") gives each day its own
// weekday in turn; the first weekday is not the second day's.
func TestApposedWeekdayRange(t *testing.T) {
	ref := time.Date(2026, 1, 28, 0, 0, 0, 0, time.UTC)
	for _, src := range []string{
		"The next strike is set for Feb. 16 to Feb. 18, a Monday to a Wednesday, the union said.",
		"The fair runs from March 6 to March 8, a Friday to a Sunday.",
		"Voting is open from May 4 through May 6, a Monday through a Wednesday.",
	} {
		for _, e := range Resolve(src, ref, Options{}) {
			if e.WeekdayStated {
				assert.Equal(t, e.StatedWeekday, e.From.Weekday(), "%s: %s", src, e.Text)
			}
		}
	}
}
