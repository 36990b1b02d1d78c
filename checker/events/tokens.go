package events

import (
	"unicode/utf8"

	"github.com/copydesk/copydesk/checker/text"
)

// token is a word, number or punctuation mark of a sentence, as the text
// package splits it (text.AppendWords), with what the event model reads of
// it. A possessive "'s" / "’s" (or the apostrophe of a plural possessive,
// "workers'") is no token of its own: it is folded into the word before it,
// whose poss flag it sets and whose span it ends.
type token struct {
	start, end int      // end includes a folded possessive "'s"
	text       string   // as written, without a possessive ending
	lower      string   // text in lower case
	cap        bool     // starts with an upper-case letter
	word       bool     // a word or a number, not punctuation
	poss       bool     // followed by a possessive 's
	tag        text.Tag // the part of speech, when the shared reading gave one
	lemma      string   // the dictionary form, when the shared reading gave one
}

// appendTokens appends to toks the tokens of sentence s of src, splitting
// it into words through the reused buffer *words, and returns the extended
// slice.
func appendTokens(toks []token, words *[]text.Token, src string, s text.Sentence) []token {
	*words = text.AppendWords((*words)[:0], src, s)
	return foldTokens(toks, *words, src)
}

// foldTokens appends to toks the event model's tokens of words, split by
// text.AppendWords: possessive endings folded into the word before.
func foldTokens(toks []token, words []text.Token, src string) []token {
	for _, w := range words {
		if (w.Lower == "'s" || w.Lower == "’s") && len(toks) > 0 {
			if p := &toks[len(toks)-1]; p.word && !p.poss && p.end == w.Start {
				p.end, p.poss = w.End, true
				continue
			}
		}
		if (w.Lower == "'" || w.Lower == "’") && len(toks) > 0 {
			// "the workers' strike": a plural possessive
			if p := &toks[len(toks)-1]; p.word && !p.poss && p.end == w.Start && len(p.lower) > 1 && p.lower[len(p.lower)-1] == 's' {
				p.end, p.poss = w.End, true
				continue
			}
		}
		c := src[w.Start]
		toks = append(toks, token{
			start: w.Start,
			end:   w.End,
			text:  src[w.Start:w.End],
			lower: w.Lower,
			cap:   c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf && w.Capitalized(src),
			word:  w.Kind != text.Punct,
			tag:   w.Tag,
			lemma: w.Lemma,
		})
	}
	return toks
}

// isDigits reports whether s is a whole number written in digits, with or
// without thousands commas: "2025", "1,000" (text.AppendWords keeps the
// commas inside the number).
func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if (s[i] < '0' || s[i] > '9') && (s[i] != ',' || i == 0 || i == len(s)-1) {
			return false
		}
	}
	return s != ""
}

// lemmaOr returns the token's lemma, or its lower-case form when the
// shared reading gave none.
func (t token) lemmaOr() string {
	if t.lemma != "" {
		return t.lemma
	}
	return t.lower
}
