package text

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// lowers returns the Lower field of the tokens of s, read as one sentence.
func lowers(s string) []string {
	var out []string
	for _, tok := range Words(s, Sentence{0, len(s)}) {
		out = append(out, tok.Lower)
	}
	return out
}

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Putin held a call.", []string{"putin", "held", "a", "call", "."}},
		{"Xi’s invitation", []string{"xi", "'s", "invitation"}},
		{"Xi's invitation", []string{"xi", "'s", "invitation"}},
		{"he'll go, they’re sure", []string{"he", "'ll", "go", ",", "they", "'re", "sure"}},
		{"didn't, won’t, can't", []string{"did", "n't", ",", "wo", "n't", ",", "ca", "n't"}},
		{"O’Brien and leaders’ views", []string{"o’brien", "and", "leaders", "’", "views"}},
		{"the U.S.-Russian treaty", []string{"the", "u.s.", "-", "russian", "treaty"}},
		{"in the U.S.", []string{"in", "the", "u.s."}},
		{"Mr. Smith", []string{"mr.", "smith"}},
		{"J. R. R. Tolkien", []string{"j.", "r.", "r.", "tolkien"}},
		{"at 9 a.m. Monday", []string{"at", "9", "a.m.", "monday"}},
		{"grew 1.5% to $1,000,000 in 2025-26.", []string{"grew", "1.5", "%", "to", "$", "1,000,000", "in", "2025-26", "."}},
		{"1,2 and 10,000s", []string{"1", ",", "2", "and", "10,000s"}},
		{"visa-free high-tech", []string{"visa-free", "high-tech"}},
		{"“historic opportunity”", []string{"“", "historic", "opportunity", "”"}},
		{"Zürich ÉTAT", []string{"zürich", "état"}},
		{"end.", []string{"end", "."}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, lowers(tt.in))
		})
	}
}

func TestWordsOffsetsAndKinds(t *testing.T) {
	s := "Headline\nXi’s 2 calls."
	sents := Sentences(s)
	toks := Words(s, sents[1])
	want := []struct {
		text string
		kind Kind
	}{{"Xi", Word}, {"’s", Word}, {"2", Number}, {"calls", Word}, {".", Punct}}
	if assert.Len(t, toks, len(want)) {
		for i, w := range want {
			assert.Equal(t, w.text, toks[i].Text(s))
			assert.Equal(t, w.kind, toks[i].Kind)
		}
	}
	assert.True(t, toks[0].Capitalized(s))
	assert.False(t, toks[3].Capitalized(s))
	assert.True(t, toks[0].IsWord())
	assert.Empty(t, Words(s, Sentence{5, 2}))
	assert.Empty(t, Words(s, Sentence{0, 1000}))
}

func TestAppendWordsReuses(t *testing.T) {
	s := "One two. Three."
	buf := make([]Token, 0, 16)
	var n int
	for _, sent := range Sentences(s) {
		buf = AppendWords(buf[:0], s, sent)
		n += len(buf)
	}
	assert.Equal(t, 5, n)
}
