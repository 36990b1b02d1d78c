// Package text splits plain article text into sentences and word tokens,
// with byte offsets, for the analyses to share.
package text

// Sentence is one sentence of the text: bytes [Start, End).
type Sentence struct {
	Start, End int
}

// Sentences splits s into sentences. Line breaks always end a sentence, so
// headlines stay apart from the copy below them.
func Sentences(s string) []Sentence {
	var out []Sentence
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			if i > start {
				out = append(out, Sentence{start, i})
			}
			start = i + 1
		}
	}
	if start < len(s) {
		out = append(out, Sentence{start, len(s)})
	}
	return out
}
