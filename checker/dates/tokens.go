package dates

import text2 "github.com/copydesk/copydesk/checker/text"

// tokKind is what a token is made of.
type tokKind uint8

const (
	tWord  tokKind = iota // letters (possibly with digits: "Q3", "FY2025")
	tNum                  // digits, possibly with an ordinal or plural suffix
	tPunct                // one punctuation character
)

// token is one word, number or punctuation mark of the text.
type token struct {
	start, end int
	kind       tokKind
	// cls and val classify words through the lexicon; numbers carry their
	// value in val.
	cls cls
	val int
	// ndig is the number of digits of a number.
	ndig uint8
	// ord is set for "3rd"; plural for "1990s"; frac for "1.5" or "1,990".
	ord, plural, frac bool
	// upper: the word starts with a capital; allUpper: every letter is one.
	upper, allUpper bool
	// sp: whitespace precedes the token; nl: a line break does.
	sp, nl bool
	// p is the character of a punctuation token.
	p byte
}

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isUpper(c byte) bool  { return c >= 'A' && c <= 'Z' }
func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// tokenize splits text[from:to] into tokens in one pass, appending them to
// toks; offsets index text. Non-ASCII letters are
// kept inside words; other non-ASCII runes (dashes, quotes) become
// punctuation tokens with p set to their first byte's class: '-' for
// dashes, '\” for apostrophes and quotes, '?' otherwise.
func tokenize(text string, from, to int, toks []token) []token {
	sp, nl := true, true
	for i := from; i < to; {
		c := text[i]
		switch {
		case isSpace(c):
			sp = true
			if c == '\n' {
				nl = true
			}
			i++
			continue
		case c == 0xC2 && i+1 < len(text) && text[i+1] == 0xA0: // no-break space
			sp = true
			i += 2
			continue
		case isDigit(c):
			t, j := numberToken(text, i)
			t.sp, t.nl = sp, nl
			toks = append(toks, t)
			i = j
		case isLetter(c) || c >= 0x80 && isWordRune(text, i):
			j := i
			allUp, hasLower := true, false
			for j < len(text) {
				b := text[j]
				if isLetter(b) || isDigit(b) {
					if b >= 'a' && b <= 'z' {
						hasLower = true
						allUp = false
					}
					j++
				} else if b >= 0x80 && isWordRune(text, j) {
					allUp = false
					j = min(j+runeLen(b), len(text)) // a cut rune ends the text
				} else {
					break
				}
			}
			t := token{start: i, end: j, kind: tWord, sp: sp, nl: nl, upper: isUpper(c), allUpper: allUp && !hasLower && isUpper(c)}
			classify(&t, text[i:j])
			toks = append(toks, t)
			i = j
		default:
			n := runeLen(c)
			if i+n > len(text) {
				n = len(text) - i
			}
			p := c
			if c >= 0x80 {
				p = punctClass(text[i : i+n])
			}
			toks = append(toks, token{start: i, end: i + n, kind: tPunct, p: p, sp: sp, nl: nl})
			i += n
		}
		sp, nl = false, false
	}
	return toks
}

// fromReading appends the grammar's tokens for the line [from, to) read
// from the shared tokens shared[next:], and returns them with the index of
// the first shared token after the line. Each shared token is split as the
// grammar reads it ("2019-21" into "2019", "-", "21"; "Feb." into "Feb",
// "."); whether space or a line break precedes a token is read from the
// gap before it.
func fromReading(text string, shared []text2.Token, next, from, to int, toks []token) ([]token, int) {
	for next < len(shared) && shared[next].End <= from {
		next++
	}
	prev := from
	for ; next < len(shared) && shared[next].Start < to; next++ {
		t := shared[next]
		n := len(toks)
		end := min(t.End, to)
		toks = tokenize(text[:end], max(t.Start, from), end, toks) // a prefix: offsets still index text
		if n < len(toks) {
			toks[n].nl = n == 0
			toks[n].sp = n == 0 || gapHasSpace(text, prev, t.Start)
		}
		prev = t.End
	}
	return toks, next
}

// gapHasSpace reports whether text[from:to] holds white space.
func gapHasSpace(text string, from, to int) bool {
	for i := from; i < to && i < len(text); i++ {
		if isSpace(text[i]) || text[i] == 0xC2 && i+1 < len(text) && text[i+1] == 0xA0 {
			return true
		}
	}
	return false
}

// numberToken reads digits at i, with a decimal or thousands part
// ("1.5", "1,990"), an ordinal suffix ("3rd") or a plural "s" ("1990s").
func numberToken(text string, i int) (token, int) {
	t := token{start: i, kind: tNum}
	j := i
	v := 0
	for j < len(text) && isDigit(text[j]) {
		if v < 1e8 {
			v = v*10 + int(text[j]-'0')
		}
		j++
	}
	t.ndig = uint8(min(j-i, 255))
	for j+1 < len(text) && (text[j] == '.' || text[j] == ',') && isDigit(text[j+1]) {
		t.frac = true
		j++
		for j < len(text) && isDigit(text[j]) {
			j++
		}
	}
	if !t.frac && j < len(text) && isLetter(text[j]) {
		k := j
		for k < len(text) && isLetter(text[k]) {
			k++
		}
		suf := text[j:k]
		switch {
		case len(suf) == 2 && eqFold(suf, ordSuffix(v)):
			t.ord = true
			j = k
		case suf == "s":
			t.plural = true
			j = k
		}
	}
	t.val = v
	t.end = j
	return t, j
}

func ordSuffix(v int) string {
	if v%100 >= 11 && v%100 <= 13 {
		return "th"
	}
	switch v % 10 {
	case 1:
		return "st"
	case 2:
		return "nd"
	case 3:
		return "rd"
	}
	return "th"
}

func eqFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if isUpper(x) {
			x += 'a' - 'A'
		}
		if isUpper(y) {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

func runeLen(c byte) int {
	switch {
	case c < 0x80:
		return 1
	case c >= 0xF0:
		return 4
	case c >= 0xE0:
		return 3
	case c >= 0xC0:
		return 2
	}
	return 1
}

// isWordRune reports whether the multi-byte rune at i is a letter. Latin
// supplement and extended letters (two-byte runes from U+00C0) count; the
// three-byte general punctuation block (dashes, quotes) does not.
func isWordRune(text string, i int) bool {
	c := text[i]
	if c >= 0xC3 && c < 0xE0 {
		return true
	}
	if c == 0xE2 { // U+2000..U+2FFF: punctuation, symbols
		return false
	}
	return c >= 0xE0 && c != 0xEF
}

// punctClass maps a multi-byte punctuation rune to an ASCII stand-in.
func punctClass(r string) byte {
	switch r {
	case "–", "—", "‐", "‑", "‒", "―":
		return '-'
	case "’", "‘":
		return '\''
	case "“", "”":
		return '"'
	}
	return '?'
}
