package events

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"

	"github.com/copydesk/copydesk/checker/text"
)

// TestTokenGap checks the binary-search tokenGap against the scan it
// replaced, over every pair of offsets of a short sentence.
func TestTokenGap(t *testing.T) {
	src := "The summit on March 3, 2026, was the second."
	toks := appendTokens(nil, new([]text.Token), src, text.Sentence{Start: 0, End: len(src)})
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

// TestPiecesCutAtRunes checks that a run-on sentence with no space to cut
// at is cut between runes, not inside one.
func TestPiecesCutAtRunes(t *testing.T) {
	for _, src := range []string{strings.Repeat("é", 3000), "a" + strings.Repeat("日", 2000), strings.Repeat("x", 4500)} {
		ps := pieces(src, text.Sentence{Start: 0, End: len(src)})
		assert.Greater(t, len(ps), 1)
		for i, p := range ps {
			assert.True(t, utf8.ValidString(src[p.Start:p.End]), "piece %d [%d,%d) cuts a rune", i, p.Start, p.End)
			if i > 0 {
				assert.Equal(t, ps[i-1].End, p.Start)
			}
		}
		assert.Equal(t, len(src), ps[len(ps)-1].End)
	}
}
