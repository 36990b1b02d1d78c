// Package text splits plain article text into sentences and word tokens,
// with byte offsets, for the analyses to share.
//
// Both passes are single linear scans over bytes; neither uses regular
// expressions, so splitting an 800-word article takes a few microseconds.
package text

// Sentence is one sentence of the text: bytes [Start, End). It never starts
// or ends with whitespace.
type Sentence struct {
	Start, End int
}

// Text returns the sentence as written in src.
func (s Sentence) Text(src string) string { return src[s.Start:s.End] }

// Contains reports whether byte offset off lies within the sentence.
func (s Sentence) Contains(off int) bool { return off >= s.Start && off < s.End }

// Sentences splits s into sentences. Line breaks always end a sentence, so
// headlines stay apart from the copy below them. Within a line a sentence
// ends at '.', '?', '!' or an ellipsis, together with any closing quotes or
// brackets that follow, when whitespace and then something other than a
// lower-case word follows. A full stop after a known abbreviation does not
// end a sentence: titles ("Mr.", "Gen.", "e.g.") never do; abbreviations that
// often end one too ("U.S.", "p.m.", "Inc.", "Jan.", initials) do only when
// the next word is a typical sentence opener ("The", "He", "But", ...).
func Sentences(s string) []Sentence {
	out := make([]Sentence, 0, len(s)/100+1)
	start := 0
	emit := func(a, b int) {
		a, b = trim(s, a, b)
		if a < b {
			out = append(out, Sentence{a, b})
		}
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c == '\n' || c == '\r' {
			emit(start, i)
			i++
			start = i
			continue
		}
		if c != '.' && c != '?' && c != '!' && !isEllipsis(s, i) {
			i++
			continue
		}
		// A run of terminators: "?!", "...", "…".
		j, dots, other := i, 0, false
		for j < len(s) {
			switch {
			case s[j] == '.':
				dots++
				j++
				continue
			case s[j] == '?' || s[j] == '!':
				other = true
				j++
				continue
			case isEllipsis(s, j):
				dots += 3
				j += 3
				continue
			}
			break
		}
		k := j
		for k < len(s) {
			n := closerLen(s, k)
			if n == 0 {
				break
			}
			k += n
		}
		if k < len(s) && spaceLen(s, k) == 0 && s[k] != '\n' && s[k] != '\r' {
			i = j // "U.S.-Russian", "1.5", "Yahoo!'s"
			continue
		}
		if endsSentence(s, i, k, dots == 1 && !other) {
			emit(start, k)
			start = k
		}
		i = k
	}
	emit(start, len(s))
	return out
}

// endsSentence decides whether the terminator at i (with closers up to k)
// ends a sentence. singleDot is true for a lone full stop, the only kind an
// abbreviation can hold.
func endsSentence(s string, i, k int, singleDot bool) bool {
	next, kind := nextWord(s, k)
	switch {
	case kind == nextEnd:
		return true
	case kind == nextLower:
		return false
	case !singleDot:
		return true
	}
	prev := prevWord(s, i)
	class := abbrevClass(prev)
	if kind == nextOther {
		// "Jan. 5", "No. 1", "Gen. (ret.)"; but "in 2025. 2026 will". A
		// lower-case letter alone abbreviates a word before a number:
		// "(b. 1979)", "p. 12", "c. 1900".
		return class == abbrevNone && !(len(prev) == 1 && prev[0] >= 'a' && prev[0] <= 'z')
	}
	switch class {
	case abbrevTitle:
		return false
	case abbrevAmbiguous:
		return isOpener(next)
	case abbrevInitial:
		return isOpener(next) && len(next) > 1
	case abbrevCompany:
		return isOpener(next) || abbrevClass(next) == abbrevTitle
	}
	return true
}

// What follows a terminator.
const (
	nextEnd   = iota // end of text or line
	nextLower        // a lower-case word
	nextUpper        // a capitalised word
	nextOther        // a digit or symbol
)

// nextWord returns what follows offset k, after spaces and opening quotes or
// brackets, and the word itself when it is capitalised.
func nextWord(s string, k int) (word string, kind int) {
	for k < len(s) {
		if n := spaceLen(s, k); n > 0 {
			k += n
			continue
		}
		if n := openerLen(s, k); n > 0 {
			k += n
			continue
		}
		break
	}
	if k >= len(s) || s[k] == '\n' || s[k] == '\r' {
		return "", nextEnd
	}
	r, _ := decodeRune(s, k)
	switch {
	case isLower(r):
		return "", nextLower
	case !isUpper(r):
		return "", nextOther
	}
	e := k
	for e < len(s) {
		r, n := decodeRune(s, e)
		if !isLetter(r) {
			break
		}
		e += n
	}
	return s[k:e], nextUpper
}

// prevWord returns the word that ends at the full stop at i, without
// leading quotes or brackets.
func prevWord(s string, i int) string {
	b := i
	for b > 0 {
		c := s[b-1]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '(' || c == '[' || c == '"' || c == '\'' {
			break
		}
		if c >= 0x80 {
			// Stop at NBSP and curly opening quotes.
			if b >= 2 && s[b-2:b] == "\u00a0" {
				break
			}
			if b >= 3 && (s[b-3:b] == "“" || s[b-3:b] == "‘" || s[b-3:b] == "—") {
				break
			}
		}
		b--
	}
	return s[b:i]
}

// trim shrinks [a, b) past leading and trailing whitespace.
func trim(s string, a, b int) (int, int) {
	for a < b {
		if n := spaceLen(s, a); n > 0 && a+n <= b {
			a += n
		} else if s[a] == '\n' || s[a] == '\r' {
			a++
		} else {
			break
		}
	}
	for b > a {
		c := s[b-1]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' {
			b--
		} else if b-2 >= a && s[b-2:b] == "\u00a0" {
			b -= 2
		} else {
			break
		}
	}
	return a, b
}

// spaceLen returns the byte length of the horizontal space at k, or 0.
func spaceLen(s string, k int) int {
	switch s[k] {
	case ' ', '\t', '\f', '\v':
		return 1
	case 0xc2:
		if k+1 < len(s) && s[k+1] == 0xa0 {
			return 2
		}
	}
	return 0
}

// closerLen returns the byte length of the closing quote or bracket at k,
// or 0.
func closerLen(s string, k int) int {
	switch s[k] {
	case '"', '\'', ')', ']', '}':
		return 1
	case 0xc2:
		if k+1 < len(s) && s[k+1] == 0xbb { // »
			return 2
		}
	case 0xe2:
		if k+2 < len(s) && s[k+1] == 0x80 && (s[k+2] == 0x9d || s[k+2] == 0x99) { // ” ’
			return 3
		}
	}
	return 0
}

// openerLen returns the byte length of the opening quote or bracket at k,
// or 0.
func openerLen(s string, k int) int {
	switch s[k] {
	case '"', '\'', '(', '[', '{':
		return 1
	case 0xc2:
		if k+1 < len(s) && s[k+1] == 0xab { // «
			return 2
		}
	case 0xe2:
		if k+2 < len(s) && s[k+1] == 0x80 && (s[k+2] == 0x9c || s[k+2] == 0x98) { // “ ‘
			return 3
		}
	}
	return 0
}

// isEllipsis reports whether "…" starts at k.
func isEllipsis(s string, k int) bool {
	return k+2 < len(s) && s[k] == 0xe2 && s[k+1] == 0x80 && s[k+2] == 0xa6
}
