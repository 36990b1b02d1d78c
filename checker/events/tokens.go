package events

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word or punctuation mark of a sentence.
type token struct {
	start, end int
	text       string // as written, without a possessive ending
	lower      string
	cap        bool // starts with an upper-case letter
	word       bool // letters or digits, not punctuation
	poss       bool // followed by a possessive 's
}

// tokenize splits src[start:end] into words and punctuation marks. Words
// keep inner periods, hyphens and apostrophes ("U.S.", "Asia-Pacific",
// "don't"); a possessive "'s" / "’s" is folded into the word's poss flag.
func tokenize(src string, start, end int) []token {
	return appendTokens(make([]token, 0, (end-start)/5+1), src, start, end)
}

// appendTokens is tokenize appending to toks.
func appendTokens(toks []token, src string, start, end int) []token {
	for i := start; i < end; {
		r, n := utf8.DecodeRuneInString(src[i:end])
		switch {
		case unicode.IsSpace(r):
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + n
			for j < end {
				r2, n2 := utf8.DecodeRuneInString(src[j:end])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
					j += n2
					continue
				}
				if (r2 == '.' || r2 == '-' || r2 == '\'' || r2 == '’') && j+n2 < end {
					r3, _ := utf8.DecodeRuneInString(src[j+n2 : end])
					if unicode.IsLetter(r3) || unicode.IsDigit(r3) {
						j += n2
						continue
					}
				}
				if r2 == '.' && isAbbrev(src[i:j+1]) {
					j += n2
				}
				break
			}
			t := token{start: i, end: j, text: src[i:j], word: true, cap: unicode.IsUpper(r)}
			for _, s := range []string{"'s", "’s"} {
				if strings.HasSuffix(t.text, s) && len(t.text) > len(s) {
					t.text, t.poss = t.text[:len(t.text)-len(s)], true
				}
			}
			if strings.HasSuffix(t.text, "s'") || strings.HasSuffix(t.text, "s’") {
				t.poss = true
			}
			t.lower = strings.ToLower(t.text)
			toks = append(toks, t)
			i = j
		default:
			toks = append(toks, token{start: i, end: i + n, text: src[i : i+n], lower: src[i : i+n]})
			i += n
		}
	}
	return toks
}

// isAbbrev reports whether w (ending in '.') is an abbreviation whose period
// belongs to it: "U.S.", "Mr.", "Sen.".
func isAbbrev(w string) bool {
	switch strings.ToLower(w) {
	case "u.s.", "u.k.", "u.n.", "mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "gen.", "st.", "jr.", "sr.":
		return true
	}
	return false
}
