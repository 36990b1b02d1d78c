package input

import (
	"html"
	"strings"
	"time"
)

// isSpace reports whether c is HTML/XML white space.
func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// isAlnum reports whether c is an ASCII letter or digit.
func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// entityAt decodes the character reference starting at s[i] == '&'. It
// returns the decoded text and the length of the reference in s, or n == 0
// when s[i:] holds no reference. Legacy references without ';' are read as
// HTML reads them.
func entityAt(s []byte, i int) (dec string, n int) {
	j := i + 1
	limit := 32
	if j < len(s) && s[j] == '#' {
		j++
		if j < len(s) && (s[j] == 'x' || s[j] == 'X') {
			j++
		}
		limit = 12
	}
	for j < len(s) && j-i < limit && isAlnum(s[j]) {
		j++
	}
	if j < len(s) && s[j] == ';' {
		j++
	}
	if j-i < 2 {
		return "", 0
	}
	cand := string(s[i:j])
	dec = html.UnescapeString(cand)
	if dec == cand {
		return "", 0
	}
	// "&ampfoo" decodes to "&foo": the common tail was not part of the
	// reference.
	k := 0
	for k < len(dec)-1 && k < len(cand)-2 && dec[len(dec)-1-k] == cand[len(cand)-1-k] {
		k++
	}
	return dec[:len(dec)-k], len(cand) - k
}

// appendChars appends character data (input[base : base+len(s)]) to b the
// way a browser renders it: character references decoded (each mapped to
// the whole reference), runs of white space and no-break spaces read as one
// space.
func appendChars(b *builder, s []byte, base int) { appendCharsWith(b, s, base, entityAt) }

// appendCharsWith is appendChars with the given reader of character
// references, or none when entity is nil.
func appendCharsWith(b *builder, s []byte, base int, entity func([]byte, int) (string, int)) {
	start := 0 // start of the pending copy
	emit := func(end int) {
		if end > start {
			b.copyBytes(s[start:end], base+start)
		}
	}
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case isSpace(c):
			emit(i)
			for i < len(s) && isSpace(s[i]) {
				i++
			}
			b.space()
			start = i
		case c == 0xc2 && i+1 < len(s) && s[i+1] == 0xa0: // U+00A0 no-break space
			emit(i)
			i += 2
			b.space()
			start = i
		case c == '&' && entity != nil:
			dec, n := entity(s, i)
			if n == 0 {
				i++
				continue
			}
			emit(i)
			if strings.TrimLeft(dec, " \t\n\r\f\u00a0") == "" {
				b.space()
			} else {
				b.atomic(dec, base+i, base+i+n)
			}
			i += n
			start = i
		default:
			i++
		}
	}
	emit(len(s))
}

// strictEntityAt decodes a character reference as CommonMark reads one:
// a known name, 1-7 decimal or 1-6 hex digits, always closed by ';'.
func strictEntityAt(s []byte, i int) (string, int) {
	j, limit, digits := i+1, 32, false
	if j < len(s) && s[j] == '#' {
		j, limit, digits = j+1, 8, true
		if j < len(s) && (s[j] == 'x' || s[j] == 'X') {
			j, limit = j+1, 9
		}
	}
	k := j
	for k < len(s) && k-i < limit && isAlnum(s[k]) {
		k++
	}
	if k == j || k >= len(s) || s[k] != ';' {
		return "", 0
	}
	if digits && k-i >= limit {
		return "", 0
	}
	ref := string(s[i : k+1])
	dec := html.UnescapeString(ref)
	if dec == ref || strings.ContainsRune(ref[1:], '&') {
		return "", 0
	}
	if digits && dec == "\x00" {
		dec = "\uFFFD"
	}
	return dec, k + 1 - i
}

// dateLayouts are the forms metadata dates come in: RFC 3339 and ISO 8601
// basic (NITF), with or without time and zone, and a few written forms
// seen in front matter and RSS-style metadata.
var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 Z0700",
	"2006-01-02 15:04:05 -07:00",
	"2006-01-02 15:04:05 -07:00 MST",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	"20060102T150405Z0700",
	"20060102T150405",
	"20060102T1504Z0700",
	"20060102T1504",
	"20060102",
	"January 2, 2006",
	"Jan 2, 2006",
	"Jan. 2, 2006",
	"2 January 2006",
	"Mon, 02 Jan 2006 15:04:05 -0700", // RFC 1123 with numeric zone
	"Mon, 02 Jan 2006 15:04:05 MST",
}

// parseDate reads a metadata date; ok is false for anything else or for a
// year outside 1800-2200.
func parseDate(s string) (t time.Time, ok bool) {
	s = strings.Trim(strings.TrimSpace(s), `"'`)
	if len(s) < 8 || len(s) > 40 {
		return time.Time{}, false
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			if t.Year() < 1800 || t.Year() > 2200 {
				return time.Time{}, false
			}
			return t, true
		}
	}
	return time.Time{}, false
}
