package events

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/copydesk/copydesk/checker/text"
)

// TestAppendTokens checks the layer over text.AppendWords: the possessive
// folded into the word before it, capitals, words and punctuation.
func TestAppendTokens(t *testing.T) {
	type tok struct {
		text, lower    string
		cap, word, pos bool
	}
	tests := []struct {
		name, src string
		want      []tok
	}{
		{name: "possessive folded", src: "Xi’s visit", want: []tok{
			{"Xi", "xi", true, true, true}, {"visit", "visit", false, true, false}}},
		{name: "straight possessive of a date", src: "Sunday's debate.", want: []tok{
			{"Sunday", "sunday", true, true, true}, {"debate", "debate", false, true, false}, {".", ".", false, false, false}}},
		{name: "plural possessive folded", src: "leaders' summit", want: []tok{
			{"leaders", "leaders", false, true, true}, {"summit", "summit", false, true, false}}},
		{name: "other clitics stay words", src: "we're sure he didn't", want: []tok{
			{"we", "we", false, true, false}, {"'re", "'re", false, true, false}, {"sure", "sure", false, true, false},
			{"he", "he", false, true, false}, {"did", "did", false, true, false}, {"n't", "n't", false, true, false}}},
		{name: "numbers and abbreviations", src: "U.S. sold 1,000 in 2025", want: []tok{
			{"U.S.", "u.s.", true, true, false}, {"sold", "sold", false, true, false}, {"1,000", "1,000", false, true, false},
			{"in", "in", false, true, false}, {"2025", "2025", false, true, false}}},
		{name: "initial keeps its stop", src: "George W. Bush", want: []tok{
			{"George", "george", true, true, false}, {"W.", "w.", true, true, false}, {"Bush", "bush", true, true, false}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := appendTokens(nil, new([]text.Token), tt.src, text.Sentence{Start: 0, End: len(tt.src)})
			var got []tok
			for _, k := range toks {
				got = append(got, tok{k.text, k.lower, k.cap, k.word, k.poss})
				if k.poss {
					assert.Contains(t, []string{"'s", "’s", "'", "’"}, tt.src[k.start+len(k.text):k.end], "a possessive's span ends after its 's")
				} else {
					assert.Equal(t, k.text, tt.src[k.start:k.end])
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestIsDigits(t *testing.T) {
	for s, want := range map[string]bool{"2025": true, "1,000": true, "": false, ",000": false, "1,": false, "10th": false, "1.5": false} {
		assert.Equal(t, want, isDigits(s), s)
	}
}
