package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind is what a token is made of.
type Kind uint8

// Token kinds.
const (
	// Word is letters, possibly with digits, inner hyphens, apostrophes and
	// full stops ("visa-free", "O’Brien", "U.S."), or a clitic split off a
	// word ("'s", "'ll", "n't").
	Word Kind = iota + 1
	// Number starts with a digit: "2025", "1.5", "1,000", "10th", "2025-26".
	Number
	// Punct is one character of punctuation or a symbol: ",", "“", "$", "—".
	Punct
)

// Token is one word, number or punctuation mark: bytes [Start, End) of the
// text. Lower is the token in lower case; for clitics it is normalised to a
// straight apostrophe ("’ll" → "'ll", "n’t" → "n't"), so callers compare
// against plain ASCII.
//
// Tag and Lemma are filled by the tagging step of a check (package tagger,
// through the lexicon); the tokenizer leaves them zero.
type Token struct {
	Start, End int
	Lower      string
	Kind       Kind
	// Tag is the part of speech, a Penn Treebank tag.
	Tag Tag
	// Lemma is the dictionary form of a word ("resigned" → "resign"); for
	// a number or punctuation it is Lower.
	Lemma string
}

// Span returns the token's stretch of the text.
func (t Token) Span() Span { return Span{t.Start, t.End} }

// Text returns the token as written in src.
func (t Token) Text(src string) string { return src[t.Start:t.End] }

// IsWord reports whether the token is a word (not a number or punctuation).
func (t Token) IsWord() bool { return t.Kind == Word }

// Capitalized reports whether the token as written in src starts with an
// upper-case letter.
func (t Token) Capitalized(src string) bool {
	r, _ := decodeRune(src, t.Start)
	return isUpper(r)
}

// Words returns the tokens of sentence sent of s. See AppendWords.
func Words(s string, sent Sentence) []Token {
	return AppendWords(make([]Token, 0, (sent.End-sent.Start)/5+4), s, sent)
}

// AppendWords appends the tokens of sentence sent of s to dst and returns
// the extended slice, so a caller can reuse one buffer across sentences.
//
// Words keep inner hyphens, apostrophes and full stops; clitics are split off
// ("Xi’s" → "Xi" "’s", "didn't" → "did" "n't", "he'll" → "he" "'ll"); a
// known abbreviation keeps its final full stop ("U.S.", "Mr.", "J.").
// Numbers keep decimal points and thousands commas. Every other non-space
// character is a Punct token of its own. It allocates at most one string for
// the lower-case text of the sentence, which all tokens share.
func AppendWords(dst []Token, s string, sent Sentence) []Token {
	a, b := sent.Start, sent.End
	if a < 0 || b > len(s) || a >= b {
		return dst
	}
	lower := lowerCopy(s[a:b])
	low := func(i, j int) string { return lower[i-a : j-a] }
	for i := a; i < b; {
		if s[i] == ' ' {
			i++
			continue
		}
		r, n := decodeRune(s, i)
		if i+n > b {
			n = b - i // a rune cut by the sentence's end (a caller's cut)
		}
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r >= utf8.RuneSelf && unicode.IsSpace(r):
			i += n
			continue
		case (r == '\'' || r == '’') && i > a:
			if c, l := clitic(s, i, b); c != "" && wordEndsAt(s, a, i) {
				dst = append(dst, Token{Start: i, End: i + l, Lower: c, Kind: Word})
				i += l
				continue
			}
		case r == 'n' || r == 'N':
			if l := nt(s, i, b); l > 0 && i > a && wordEndsAt(s, a, i) {
				dst = append(dst, Token{Start: i, End: i + l, Lower: "n't", Kind: Word})
				i += l
				continue
			}
		}
		if !isLetter(r) && !isDigit(r) {
			dst = append(dst, Token{Start: i, End: i + n, Lower: low(i, i+n), Kind: Punct})
			i += n
			continue
		}
		kind := Word
		if isDigit(r) {
			kind = Number
		}
		j := min(scanWord(s, i+n, b, kind == Number), b)
		if j <= i {
			// scanWord gives "n't" back to a word before it ("did|n't");
			// with no word before ("N't" after a quote) it would give
			// back the whole token and the loop would never move on.
			j = i + n
		}
		if j < b && s[j] == '.' && kind == Word && abbrevClass(s[i:j]) != abbrevNone {
			j++
		}
		dst = append(dst, Token{Start: i, End: j, Lower: low(i, j), Kind: kind})
		i = j
	}
	return dst
}

// scanWord returns the end of the word or number whose first rune ends at j.
func scanWord(s string, j, b int, number bool) int {
	for j < b {
		if c := s[j]; c < utf8.RuneSelf {
			if asciiAlnum[c] {
				j++
				continue
			}
			if c != '-' && c != '.' && c != '\'' && c != ',' {
				return j // the usual end: a space or punctuation
			}
		}
		r, n := decodeRune(s, j)
		if isLetter(r) || isDigit(r) || r >= utf8.RuneSelf && unicode.Is(unicode.Mn, r) {
			j += n
			continue
		}
		if j+n >= b {
			break
		}
		r2, _ := decodeRune(s, j+n)
		switch r {
		case '-', '.':
			if isLetter(r2) || isDigit(r2) {
				j += n
				continue
			}
		case '\'', '’':
			if c, _ := clitic(s, j, b); c != "" || !isLetter(r2) {
				return j
			}
			if (r2 == 't' || r2 == 'T') && j > 0 && (s[j-1] == 'n' || s[j-1] == 'N') && nt(s, j-1, b) > 0 {
				return j - 1 // "didn't" → "did" + "n't"
			}
			j += n
			continue
		case ',':
			if number && j+n+3 <= b && isDigits(s[j+n:j+n+3]) && (j+n+3 == b || !isDigitByte(s[j+n+3])) {
				j += n
				continue
			}
		}
		break
	}
	return j
}

// clitics are the endings split off a word after an apostrophe.
var clitics = [...]string{"'s", "'ll", "'re", "'ve", "'d", "'m"}

// clitic returns the normalised clitic ("'s", "'ll", ...) that starts with
// the apostrophe at i, and its byte length, or "".
func clitic(s string, i, b int) (string, int) {
	n := 1
	if s[i] != '\'' {
		n = 3 // ’
	}
	e := i + n
	for e < b && (s[e] >= 'a' && s[e] <= 'z' || s[e] >= 'A' && s[e] <= 'Z') {
		e++
	}
	if e < b {
		if r, _ := decodeRune(s, e); isLetter(r) || isDigit(r) {
			return "", 0
		}
	}
	w := s[i+n : e]
	for _, c := range clitics {
		if strings.EqualFold(w, c[1:]) {
			return c, e - i
		}
	}
	return "", 0
}

// nt returns the byte length of "n't" (or "n’t") at i, ending a word, or 0.
func nt(s string, i, b int) int {
	n := 0
	switch {
	case i+3 <= b && s[i+1] == '\'':
		n = 3
	case i+5 <= b && s[i+1:i+4] == "’":
		n = 5
	default:
		return 0
	}
	if c := s[i+n-1]; c != 't' && c != 'T' {
		return 0
	}
	if i+n < b {
		if r, _ := decodeRune(s, i+n); isLetter(r) || isDigit(r) {
			return 0
		}
	}
	return n
}

// wordEndsAt reports whether a letter immediately precedes offset i.
func wordEndsAt(s string, a, i int) bool {
	if i <= a {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[a:i])
	return isLetter(r) || isDigit(r)
}

// lowerCopy lower-cases s rune by rune, keeping every byte offset: a rune
// whose lower case has another length stays as it is. It returns s itself
// when nothing changes.
func lowerCopy(s string) string {
	i := 0
	for ; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			break
		}
	}
	if i == len(s) {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s))
	done := 0 // s[:done] is written
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				sb.WriteString(s[done:i])
				sb.WriteByte(c + 'a' - 'A')
				done = i + 1
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == n {
			sb.WriteString(s[done:i])
			sb.WriteRune(l)
			done = i + n
		}
		i += n
	}
	sb.WriteString(s[done:])
	return sb.String()
}

// asciiAlnum marks the ASCII letters and digits.
var asciiAlnum = func() (t [utf8.RuneSelf]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = true
		t[c-'a'+'A'] = true
	}
	return t
}()

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigitByte(s[i]) {
			return false
		}
	}
	return true
}
