package events

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestStoppageIsNoStrikeToReferTo checks that "the strike" does not refer
// back to "a stoppage" (a short stoppage often comes before a strike),
// while a stoppage still counts among the strikes an ordinal lists.
func TestStoppageIsNoStrikeToReferTo(t *testing.T) {
	src := "Dock workers held a two-hour stoppage at the port on Monday. Union leaders said the strike on Friday would shut the port."
	a, _ := analyze(src)
	stoppage := mention(t, a, src, "stoppage", 0)
	strike := mention(t, a, src, "strike", 0)
	assert.Equal(t, "stoppage", stoppage.Kind)
	assert.NotEqual(t, stoppage.Group, strike.Group)

	tests := []struct {
		a, b string
		want bool
	}{
		{"stoppage", "strike", true},
		{"strike", "stoppage", true},
		{"stoppage", "stoppage", true},
		{"fire", "strike", false},
		{"stoppage", "fire", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, kin(tt.a, tt.b), "%s ~ %s", tt.a, tt.b)
	}
}
