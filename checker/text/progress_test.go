package text

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestWordsAlwaysProgress feeds the tokenizer "n't" where no word precedes
// it: it once returned an empty token there and looped for ever (found by
// FuzzCheck on `e"N't a s e(a`).
func TestWordsAlwaysProgress(t *testing.T) {
	tests := []struct {
		src  string
		want []string
	}{
		{`e"N't a`, []string{"e", `"`, "n", "'", "t", "a"}},
		{"N't", []string{"n", "'", "t"}},
		{"(n't)", []string{"(", "n", "'", "t", ")"}},
		{"didn't", []string{"did", "n't"}},
	}
	for _, tc := range tests {
		t.Run(tc.src, func(t *testing.T) {
			var got []string
			for _, tok := range Words(tc.src, Sentence{Start: 0, End: len(tc.src)}) {
				assert.Less(t, tok.Start, tok.End, "empty token in %q", tc.src)
				got = append(got, tok.Lower)
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

// TestWordsCutRune gives AppendWords sentences that end inside a multi-byte
// rune (a caller that cuts a run-on sentence by length can do that): every
// token stays within the sentence.
func TestWordsCutRune(t *testing.T) {
	src := "a é b ’ c 日本 d"
	for end := 1; end <= len(src); end++ {
		for _, tok := range Words(src, Sentence{Start: 0, End: end}) {
			assert.LessOrEqual(t, tok.End, end, "token %q of sentence [0,%d)", tok.Lower, end)
			assert.Less(t, tok.Start, tok.End)
		}
	}
}
