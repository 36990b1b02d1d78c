package text

import "strings"

// Quotes returns the stretches of direct speech in s, in order: between
// curly quotes, or between pairs of straight double quotes on one line.
// Each span runs from the opening quote to the closing one (exclusive).
func Quotes(s string) []Span {
	var out []Span
	open := -1
	for i := 0; i < len(s); i++ {
		if c := s[i]; c != '"' && c != '\n' && c != "“"[0] {
			continue // “ and ” share their first byte
		}
		switch {
		case strings.HasPrefix(s[i:], "“"):
			open = i
		case strings.HasPrefix(s[i:], "”"):
			if open >= 0 {
				out = append(out, Span{Start: open, End: i})
				open = -1
			}
		case s[i] == '"':
			if open >= 0 {
				out = append(out, Span{Start: open, End: i})
				open = -1
			} else {
				open = i
			}
		case s[i] == '\n':
			if open >= 0 && s[open] == '"' {
				open = -1
			}
		}
	}
	return out
}

// InQuotes reports whether byte offset off lies inside one of qs (as Quotes
// returns them, in order).
func InQuotes(qs []Span, off int) bool {
	_, ok := QuoteAt(qs, off)
	return ok
}

// QuoteAt returns the quote of qs (as Quotes returns them, in order) that
// holds byte offset off.
func QuoteAt(qs []Span, off int) (Span, bool) {
	lo, hi := 0, len(qs)
	for lo < hi {
		mid := (lo + hi) / 2
		if qs[mid].End <= off {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(qs) && qs[lo].Start < off {
		return qs[lo], true
	}
	return Span{}, false
}

// ClosesQuote reports whether the character at byte offset off closes one
// of qs (as Quotes returns them, in order): the mark a quotation ends with.
func ClosesQuote(qs []Span, off int) bool {
	lo, hi := 0, len(qs)
	for lo < hi {
		mid := (lo + hi) / 2
		if qs[mid].End < off {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo < len(qs) && qs[lo].End == off
}
