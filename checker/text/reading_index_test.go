package text

import (
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestTokenAtIndex: the block index gives what a binary search over all
// tokens gives, at every offset, before, inside and past the text.
func TestTokenAtIndex(t *testing.T) {
	for _, s := range []string{
		"",
		"One.",
		"Rail workers walked out on Thursday, May 14, 2027 — for the third time this year.\n\n“We will strike again,” said Ana Ruiz, 54.",
		strings.Repeat("a ", 100) + strings.Repeat("x", 200) + " end, fin.",
	} {
		r := Read(s, nil)
		for off := -3; off <= len(s)+40; off++ {
			want := sort.Search(len(r.Tokens), func(i int) bool { return r.Tokens[i].End > off })
			assert.Equal(t, want, r.TokenAt(off), "%q at %d", s, off)
		}
	}
}
