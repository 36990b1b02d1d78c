package quantities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestClockTime: finishing times on a clock's face read in seconds; a
// bare "m:ss", a time of day as often as not, is none.
func TestClockTime(t *testing.T) {
	for _, c := range []struct {
		s  string
		v  float64
		ok bool
	}{
		{"1:45.62, and", 105.62, true},
		{"2:08:31.", 7711, true},
		{"2:08:31.4 in", 7711.4, true},
		{"6:40 a.m.", 0, false},
		{"6:40", 0, false},
		{"12:5", 0, false},
	} {
		v, _, ok := clockTime(c.s, 0)
		assert.Equal(t, c.ok, ok, c.s)
		if ok {
			assert.InDelta(t, c.v, v, 0.001, c.s)
		}
	}
}
