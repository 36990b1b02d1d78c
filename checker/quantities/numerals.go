package quantities

import (
	"bytes"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/checker/lexicon"
	"github.com/copydesk/copydesk/checker/text"
)

var wordVals = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90, "a dozen": 12, "dozens": 24, "scores": 40, "hundreds": 200,
	"thousands": 2000, "millions": 2e6, "billions": 2e9, "half": 0.5, "a third": 1.0 / 3,
	"a quarter": 0.25, "two-thirds": 2.0 / 3, "three-quarters": 0.75, "one-third": 1.0 / 3,
	"one-quarter": 0.25,
}

// labelWords before a number make it a label, not an amount ("Article 5").
var labelWords = map[string]bool{
	"no": true, "article": true, "section": true, "route": true, "page": true, "chapter": true,
	"flight": true, "room": true, "number": true, "resolution": true, "paragraph": true,
	"highway": true, "gate": true, "platform": true, "line": true, "level": true, "phase": true,
	"covid": true, "g": true, "version": true, "part": true, "item": true, "exhibit": true,
}

// measuredAfter reports a number that is an amount whatever word stands
// before it: grouped in thousands, or followed by a unit of measure ("the
// underground section 47,000 tonnes"), where a label is neither ("Section
// 47").
func (sc *scanner) measuredAfter(written string, end int) bool {
	if strings.Contains(written, ",") {
		return true
	}
	_, hi := sc.bounds(end)
	n, ok := sc.next(end, hi)
	return ok && lexicon.Default().Is(lexicon.Units, n.lower())
}

// currencyPrefixes are the lexicon's currency signs that may stand before
// digits, lower case and longest first; the rand's bare "R" is read apart
// (randSign). Built once, never changed.
var currencyPrefixes = signPrefixes()

// signPrefixes returns the currency signs of the lexicon, longest first.
func signPrefixes() []string {
	var out []string
	for _, w := range lexicon.Default().Words(lexicon.CurrencySigns) {
		if len(w) > 1 || w[0] >= 0x80 || w == "$" {
			out = append(out, w)
		}
	}
	sort.Slice(out, func(i, j int) bool { return len(out[i]) > len(out[j]) || len(out[i]) == len(out[j]) && out[i] < out[j] })
	return out
}

// signEnds marks the last bytes of the currency signs, in either case.
var signEnds = func() (ends [256]bool) {
	for _, p := range currencyPrefixes {
		c := p[len(p)-1]
		ends[c] = true
		if c|0x20 >= 'a' && c|0x20 <= 'z' {
			ends[c|0x20], ends[c&^0x20] = true, true
		}
	}
	return ends
}()

// signBefore returns the length of the currency sign that ends at byte k
// of s ("US$", "N$", "€"), or 0: a sign of letters, in any case, only at
// the start of a word.
func signBefore(s string, k int) int {
	if k == 0 || !signEnds[s[k-1]] {
		return 0 // most numbers: no sign's last byte before them
	}
	for _, p := range currencyPrefixes {
		if len(p) > k || !strings.EqualFold(s[k-len(p):k], p) {
			continue
		}
		if c := p[0]; (c|0x20) >= 'a' && (c|0x20) <= 'z' && k > len(p) && wordByte(s[k-len(p)-1]) {
			continue // "IN$5": no sign inside a word
		}
		return len(p)
	}
	return 0
}

// wordByte reports an ASCII letter or digit.
func wordByte(c byte) bool {
	return (c|0x20) >= 'a' && (c|0x20) <= 'z' || c >= '0' && c <= '9'
}

// window matches the anchored re against s[from:from+n] and returns the
// submatch offsets in s, or nil.
func window(re *regexp.Regexp, s string, from, n int) []int {
	to := min(from+n, len(s))
	m := re.FindStringSubmatchIndex(s[from:to])
	for i := range m {
		if m[i] >= 0 {
			m[i] += from
		}
	}
	return m
}

// numerals finds every written number and its unit in one pass over the
// shared tokens: digits (with a currency sign before them) and number
// words. A token may hold more than one ("10-12", "F-16", "2025-26"), so
// each word or number token is read byte by byte.
func (sc *scanner) numerals(qs []Quantity) []Quantity {
	i := 0
	for _, t := range sc.toks.Tokens {
		if t.Kind == text.Punct || t.End <= i {
			continue
		}
		qs, i = sc.numeralsIn(qs, max(i, t.Start), t.End)
	}
	return qs
}

// clockAfter reports "a.m." or "p.m." (or "am", "pm") right after the
// digits that end at byte j, past one space: the digits tell a time of
// day.
func clockAfter(s string, j int) bool {
	if j < len(s) && s[j] == ' ' {
		j++
	}
	if j+1 >= len(s) || s[j]|0x20 != 'a' && s[j]|0x20 != 'p' {
		return false
	}
	rest := s[j+1:]
	switch {
	case len(rest) >= 3 && rest[0] == '.' && rest[1]|0x20 == 'm' && rest[2] == '.':
		return true // "8 a.m."
	case len(rest) >= 1 && rest[0]|0x20 == 'm' && (len(rest) == 1 || !isASCIILetter(rest[1])):
		return true // "8am", "8 pm"
	}
	return false
}

// numeralsIn appends the numbers that start in s[i:end] to qs, and returns
// them with the offset where reading stopped (a number may run past end:
// "a dozen").
func (sc *scanner) numeralsIn(qs []Quantity, i, end int) ([]Quantity, int) {
	s := sc.s
	var buf [24]byte
	for i < end {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			// [start end curStart curEnd intStart intEnd decStart decEnd]
			mm := [8]int{i, 0, -1, -1, i, 0, -1, -1}
			j := i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			// Thousands: "1,000,000" (groups of three after up to three digits).
			for j-i <= 3 && j+3 < len(s) && s[j] == ',' && isDigits(s[j+1:j+4]) && (j+4 == len(s) || s[j+4] < '0' || s[j+4] > '9') {
				j += 4
				for j+3 < len(s) && s[j] == ',' && isDigits(s[j+1:j+4]) && (j+4 == len(s) || s[j+4] < '0' || s[j+4] > '9') {
					j += 4
				}
				break
			}
			mm[5] = j
			if j+1 < len(s) && s[j] == '.' && s[j+1] >= '0' && s[j+1] <= '9' {
				mm[6] = j
				j++
				for j < len(s) && s[j] >= '0' && s[j] <= '9' {
					j++
				}
				mm[7] = j
			}
			mm[1] = j
			if clockAfter(s, j) {
				i = j // "its 8 a.m. bulletin": a time of day, no figure
				continue
			}
			m := mm[:]
			k := i
			if k > 0 && s[k-1] == ' ' {
				k--
			}
			if n := signBefore(s, k); n > 0 {
				m[0], m[2], m[3] = k-n, k-n, k
			}
			if m[2] < 0 && k == i && sc.randSign(k, j) {
				m[0], m[2], m[3] = k-1, k-1, k // "a R36.4 million tender"
			}
			if q, ok := sc.digits(m); ok {
				qs = append(qs, q)
			}
			i = m[1]
		case c < 0x80 && (c|0x20) >= 'a' && (c|0x20) <= 'z':
			j := i
			for j < len(s) && (s[j] < 0x80 && ((s[j]|0x20) >= 'a' && (s[j]|0x20) <= 'z' || s[j] == '-' && j+1 < len(s) && (s[j+1]|0x20) >= 'a' && (s[j+1]|0x20) <= 'z')) {
				j++
			}
			if j < len(s) && s[j] >= 0x80 || i > 0 && s[i-1] >= 0x80 {
				i = j // part of a word with accents
				continue
			}
			if j-i <= len(buf) {
				w := buf[:j-i]
				for k := range w {
					w[k] = s[i+k] | 0x20
				}
				if bytes.IndexByte(w, '-') > 0 {
					if q, ok := spanAdjective(string(w), i, j, s); ok {
						qs = append(qs, q) // "a decade-long battle"
						i = j
						continue
					}
				}
				if !mayBeNumberWord(w) {
					i = j
					continue
				}
				if q, ok := sc.numberWord(string(w), i, j); ok {
					qs = append(qs, q)
					i = q.End
					continue
				}
			}
			i = j
		default:
			i++
		}
	}
	return qs, i
}

// mayBeNumberWord reports whether numberWord could read w, by the lookups
// it starts with; a map lookup keyed by string(w) does not allocate, so
// most words of a text are passed over without a copy.
func mayBeNumberWord(w []byte) bool {
	if _, ok := wordVals[string(w)]; ok || string(w) == "a" {
		return true
	}
	k := bytes.IndexByte(w, '-')
	if k <= 0 {
		return false
	}
	two := w
	if k2 := bytes.IndexByte(w[k+1:], '-'); k2 >= 0 {
		two = w[:k+1+k2]
	}
	_, ok1 := wordVals[string(w[:k])]
	_, ok2 := wordVals[string(two)]
	return ok1 || ok2
}

// numberWord reads the word w at s[i:j] as a number if it is one: "twelve",
// "twenty-five", "a dozen", "dozens", "half", "a third", "two-thirds".
func (sc *scanner) numberWord(w string, i, j int) (Quantity, bool) {
	if w == "a" {
		for _, x := range []string{" dozen", " third", " quarter"} {
			if j+len(x) <= len(sc.s) && strings.EqualFold(sc.s[j:j+len(x)], x) && (j+len(x) == len(sc.s) || !wordRune(firstRune(sc.s[j+len(x):]))) {
				class := numFraction
				if x == " dozen" {
					class = numDozen
				}
				return sc.words(i, j+len(x), "a"+x, wordVals["a"+x], class)
			}
		}
		return Quantity{}, false
	}
	if v, ok := wordVals[w]; ok {
		switch {
		case v < 1:
			return sc.words(i, j, w, v, numFraction)
		case w == "dozens" || w == "scores" || strings.HasSuffix(w, "s"):
			return sc.words(i, j, w, v, numVague)
		}
		return sc.words(i, j, w, v, numCardinal)
	}
	k := strings.IndexByte(w, '-')
	if k <= 0 {
		return Quantity{}, false
	}
	// "twenty-five", "two-thirds", and a number before a hyphenated unit:
	// "eight-year-old", "twenty-five-year-old".
	two := w
	if k2 := strings.IndexByte(w[k+1:], '-'); k2 >= 0 {
		two = w[:k+1+k2]
	}
	if v, ok := wordVals[two]; ok && v < 1 {
		return sc.words(i, i+len(two), two, v, numFraction)
	}
	tens, ok1 := wordVals[w[:k]]
	unit, ok2 := wordVals[two[k+1:]]
	if ok1 && ok2 && tens >= 20 && tens < 100 && int(tens)%10 == 0 && unit >= 1 && unit <= 9 {
		return sc.words(i, i+len(two), two, tens+unit, numCardinal)
	}
	if ok1 && tens >= 1 && j > i+k {
		return sc.words(i, i+k, w[:k], tens, numCardinal)
	}
	return Quantity{}, false
}

// digits reads one match of digitRE.
func (sc *scanner) digits(m []int) (Quantity, bool) {
	s := sc.s
	start, numStart, end := m[0], m[4], m[1]
	if start > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:start])
		if wordRune(r) || r == '/' || r == ':' || r == '#' {
			return Quantity{}, false
		}
		if r == '-' || r == '–' || r == '.' || r == ',' {
			// "COVID-19", "F-16", a range "10-12", a score "2-1", "v1.2".
			r0, _ := utf8.DecodeLastRuneInString(s[:start-utf8.RuneLen(r)])
			if wordRune(r0) {
				return Quantity{}, false
			}
		}
	}
	if end < len(s) {
		r, _ := utf8.DecodeRuneInString(s[end:])
		if r == ':' || r == '/' || r == '-' || r == '–' {
			if end+1 < len(s) && unicode.IsDigit(rune(s[end+1])) {
				return Quantity{}, false // a time, a date or a range
			}
		}
	}
	numText := strings.ReplaceAll(s[numStart:end], ",", "")
	v, err := strconv.ParseFloat(numText, 64)
	if err != nil {
		return Quantity{}, false
	}
	q := Quantity{Start: start, End: end, Value: v, Kind: Count}
	hasComma := strings.Contains(s[numStart:end], ",")
	if m[2] >= 0 {
		q.Unit = lexicon.Default().Value(lexicon.CurrencySigns, strings.ToLower(s[m[2]:m[3]]))
	}
	// Letters glued to the digits: "1st", "1980s", "5bn", "10km", "3pm".
	if end < len(s) {
		j := end
		for j < len(s) && unicode.IsLetter(rune(s[j])) && s[j] < 0x80 {
			j++
		}
		if j > end {
			suf := strings.ToLower(s[end:j])
			switch {
			case suf == "bn" || suf == "b" && q.Unit != "":
				q.Value *= 1e9
			case suf == "m" || suf == "mn":
				if q.Unit == "" {
					return Quantity{}, false // metres or minutes: ambiguous
				}
				q.Value *= 1e6
			case suf == "k":
				q.Value *= 1e3
			case suf == "km" || suf == "kg":
				q.Unit = suf
			default:
				return Quantity{}, false
			}
			end = j
		}
	}
	// A day after a month ("March 3"), a label ("Article 5").
	lo, _ := sc.bounds(start)
	if p, ok := sc.prev(start, lo); ok {
		w := p.lower()
		if _, isMonth := monthNumber(w); isMonth && q.Unit == "" && !isYearWord(numText) {
			return Quantity{}, false // "March 3", but "March 2020" is a year
		}
		if w == "." {
			if p2, ok := sc.prev(p.start, lo); ok {
				if _, isMonth := monthNumber(p2.lower()); isMonth {
					return Quantity{}, false
				}
				if labelWords[p2.lower()] {
					return Quantity{}, false
				}
			}
		}
		if labelWords[w] && q.Unit == "" && !sc.measuredAfter(s[start:end], end) {
			return Quantity{}, false
		}
	}
	if q.Unit == "" && sc.designation(start, lo) {
		return Quantity{}, false
	}
	if mm := sc.mult(end); mm != nil {
		w := strings.ToLower(s[mm[2]:mm[3]])
		if w != "m" && w != "k" && w != "mn" && w != "bn" || q.Unit != "" {
			q.Value *= mults[w]
			end = mm[1]
		}
	}
	if p, ok := sc.prev(start, lo); ok && isCurrencyCode(p.w) && q.Unit == "" {
		q.Unit = strings.ToUpper(p.w)
		q.Start = p.start
	}
	sc.suffix(&q, end)
	if q.Unit == "" && !hasComma && !strings.Contains(numText, ".") && v >= 1800 && v <= 2100 && q.End == end {
		q.Kind = Year
	}
	return q, true
}

// designation reports a number that ends a name used as a common noun,
// a model or a craft: after "a" or "an" and capitalised words ("a Dash
// 8", "an Airbus A320", "a Saab 340"). After "the" a name and a number
// may be a count left elliptical ("the Civic Union 14"), so only the
// indefinite article tells.
func (sc *scanner) designation(start, lo int) bool {
	off := start
	for n := 0; n < 3; n++ {
		p, ok := sc.prev(off, lo)
		if !ok {
			return false
		}
		if w := p.lower(); n > 0 && (w == "a" || w == "an") {
			return true
		}
		if r := firstRune(p.w); !unicode.IsUpper(r) {
			return false
		}
		off = p.start
	}
	return false
}

// The classes of number words.
const (
	numCardinal = iota
	numDozen
	numVague
	numFraction
)

// words reads the number word w at s[start:end].
func (sc *scanner) words(start, end int, w string, v float64, class int) (Quantity, bool) {
	s := sc.s
	lo, hi := sc.bounds(start)
	q := Quantity{Start: start, End: end, Kind: Count, Value: v}
	switch class {
	case numCardinal:
		if w == "one" {
			// "one of", "no one", "one another", "one day": not a count.
			n, _ := sc.next(end, hi)
			p, _ := sc.prev(start, lo)
			switch n.lower() {
			case "of", "another", "day", "time", "way", "thing", "side", "hand":
				return q, false
			}
			switch p.lower() {
			case "no", "any", "every", "the", "this", "that", "which", "someone", "each":
				return q, false
			}
			if n.w == "" || !n.isWord() {
				return q, false
			}
		}
	case numDozen:
	case numVague:
		q.Approx = Vague
	default:
		// Fractions: "half of", "a third of"; not "the second half".
		p, _ := sc.prev(start, lo)
		n, _ := sc.next(end, hi)
		switch p.lower() {
		case "first", "second", "third", "last", "final", "latter", "former", "other":
			return q, false
		}
		if w == "half" && !(n.lower() == "of" || n.lower() == "the" || n.lower() == "a" || p.lower() == "a" || p.lower() == "one") {
			return q, false
		}
		q.Unit = "fraction"
	}
	if mm := sc.mult(end); mm != nil && q.Unit == "" && q.Approx == Exact {
		mw := strings.ToLower(s[mm[2]:mm[3]])
		if f, ok := mults[mw]; ok && len(mw) > 2 {
			q.Value *= f
			end = mm[1]
		}
	}
	q.End = end
	if q.Unit == "" {
		sc.suffix(&q, end)
	}
	return q, true
}

// monthNumber returns the number of a month's name or abbreviation
// ("march" 3, "sept" 9), from the lexicon.
func monthNumber(w string) (int, bool) {
	n, _, ok := lexicon.Default().Number(lexicon.Months, w)
	return n, ok
}

// spanYears are the spans of years an adjective in "-long" measures:
// "a decade-long battle", "a year-long strike".
var spanYears = map[string]float64{"decade-long": 10, "year-long": 1, "century-long": 100}

// ageYears are adjectives of a thing's age in round years: "the
// decade-old barrier".
var ageYears = map[string]float64{"decade-old": 10, "century-old": 100}

// spanAdjective reads an adjective of a span of years, w at s[i:j], as an
// approximate count of years, or one of an age ("decade-old") as an
// approximate age.
func spanAdjective(w string, i, j int, s string) (Quantity, bool) {
	if v, ok := ageYears[w]; ok {
		return Quantity{Start: i, End: j, Text: s[i:j], Kind: Count, Value: v, Unit: "year-old", Approx: About}, true
	}
	v, ok := spanYears[w]
	if !ok {
		return Quantity{}, false
	}
	return Quantity{Start: i, End: j, Text: s[i:j], Kind: Count, Value: v, Unit: "year", Approx: About}, true
}

// randSign reports the rand's sign, a capital R standing alone, glued to
// the digits at s[k:end] of an amount with a multiplier or written with
// thousands separators ("R36.4 million", "R1,500"): not a model or a road
// ("R2", "the R36").
func (sc *scanner) randSign(k, end int) bool {
	s := sc.s
	if k == 0 || s[k-1] != 'R' || k >= 2 && s[k-2] != ' ' && s[k-2] != '(' {
		return false
	}
	return strings.Contains(s[k:end], ",") || sc.mult(end) != nil
}
