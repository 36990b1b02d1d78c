package events

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestTokenGap checks the binary-search tokenGap against the scan it
// replaced, over every pair of offsets of a short sentence.
func TestTokenGap(t *testing.T) {
	src := "The summit on March 3, 2026, was the second."
	toks := tokenize(src, 0, len(src))
	scan := func(from, to int) int {
		n := 0
		for _, t := range toks {
			if t.start >= from && t.end <= to {
				n++
			}
		}
		return n
	}
	for from := -1; from <= len(src)+1; from++ {
		for to := -1; to <= len(src)+1; to++ {
			assert.Equal(t, scan(from, to), tokenGap(toks, from, to), "gap [%d,%d)", from, to)
		}
	}
	assert.Equal(t, 0, tokenGap(nil, 0, 10))
}
