package quantities

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/checker/lexicon"
	"github.com/copydesk/copydesk/checker/text"
)

// The patterns read after the digits of a number, on a short window.
var (
	multRE = regexp.MustCompile(`^(?i)\s?(thousand|million|billion|trillion|lakhs?|crores?|bn|mn|m|k)\b`)
	// hyphMultRE is a multiplier word inside a compound: "460-million-euro".
	hyphMultRE = regexp.MustCompile(`^(?i)-(thousand|million|billion|trillion|lakh|crore)\b`)
	hyphRE     = regexp.MustCompile(`^(?i)-(year|month|week|day|hour|minute|member|seat|page|storey|story|strong|mile|km|metre|meter|point|game|match)s?(-old|-long)?\b`)
	// nounUnitRE is a word joined to a figure by a hyphen and not followed
	// by another hyphen: "220-bed", not "20-year-old".
	nounUnitRE = regexp.MustCompile(`^-([A-Za-z]+)\b(?:[^-]|$)`)
)

var mults = map[string]float64{
	"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9,
	"trillion": 1e12,
	// South Asian copy counts in lakhs (100,000) and crores (10 million).
	"lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}

// mult matches a multiplier ("billion", "bn") after byte end.
func (sc *scanner) mult(end int) []int {
	if end < len(sc.s) && sc.s[end] == '-' {
		// "the 460-million-euro takeover": a whole multiplier word in a
		// compound.
		return window(hyphMultRE, sc.s, end, 12)
	}
	if end >= len(sc.s) || !(sc.s[end] == ' ' || (sc.s[end]|0x20) >= 'a' && (sc.s[end]|0x20) <= 'z') {
		return nil
	}
	return window(multRE, sc.s, end, 12)
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// suffix reads a percent sign or a unit after the number ending at end.
func (sc *scanner) suffix(q *Quantity, end int) {
	s := sc.s[end:min(end+40, len(sc.s))]
	q.End = end
	if len(s) < 2 || !(s[0] == ' ' || s[0] == '%' || s[0] == '-') {
		if len(s) > 0 && s[0] == '%' {
			q.Kind, q.Unit, q.End = Percent, "%", end+1
		}
		return
	}
	if n, unit := percentAfter(s); n > 0 {
		q.Kind, q.Unit, q.End = Percent, unit, end+n
		return
	}
	if n, unit := ageAfter(s); n > 0 {
		q.Unit, q.End = unit, end+n
		return
	}
	if m := hyphRE.FindStringSubmatchIndex(s); m != nil {
		u := strings.ToLower(s[m[2]:m[3]])
		if u == "story" {
			u = "storey"
		}
		if m[4] >= 0 && strings.EqualFold(s[m[4]:m[5]], "-old") {
			u += "-old"
		}
		if u == "strong" {
			u = "" // "the 33,000-strong crowd": the crowd's size, counted in people
		}
		if v := lexicon.Default().Value(lexicon.Units, u); v != "" {
			u = v // "the 47-kilometre line" counts in km, as "44 kilometres" does
		}
		q.Unit = u
		q.End = end + m[1]
		return
	}
	if m := nounUnitRE.FindStringSubmatchIndex(s); m != nil && q.Unit == "" {
		// "a 220-bed wing", "a 14-tonne truck": any noun joined to the
		// figure by a hyphen is what it is measured in.
		if u := singular(strings.ToLower(s[m[2]:m[3]])); lexicon.Default().Known(u, lexicon.Noun) && lexicon.Default().Value(lexicon.Currencies, u) == "" {
			if v := lexicon.Default().Value(lexicon.Units, u); v != "" {
				u = v // "the 47-kilometre line" counts in km, as "44 kilometres" does
			}
			q.Unit = u
			q.End = end + m[3]
			return
		}
	}
	if u, n := measureAfter(s); n > 0 && (q.Unit == "" || len(q.Unit) == 3) {
		q.Unit, q.End = u, end+n
		return
	}
	// A name of money may restate the code a sign gave ("$5 million
	// dollars").
	if code, n := currencyAfter(s); code != "" && (q.Unit == "" || len(q.Unit) == 3) {
		q.Unit, q.End = code, end+n
	}
}

// percentAfter reads a percent after a figure: " %", " percent", " per
// cent", " percentage points" (unit "pp"). It returns the bytes read, 0 if
// none.
func percentAfter(s string) (int, string) {
	if len(s) > 0 && s[0] == '%' {
		return 1, "%"
	}
	if len(s) < 2 || !isSpace(s[0]) {
		return 0, ""
	}
	if s[1] == '%' {
		return 2, "%"
	}
	w, k := letters(s, 1)
	switch strings.ToLower(w) {
	case "percent":
		return k, "%"
	case "per":
		if k < len(s) && s[k] == ' ' {
			k++
		}
		if next, n := letters(s, k); strings.EqualFold(next, "cent") {
			return n, "%"
		}
	case "percentage":
		if k < len(s) && (s[k] == ' ' || s[k] == '-') {
			if next, n := letters(s, k+1); strings.EqualFold(next, "point") || strings.EqualFold(next, "points") {
				return n, "pp"
			}
		}
	}
	return 0, ""
}

// ageAfter reads " years old", " months of age" after a figure, with the
// unit "year-old" or "month-old".
func ageAfter(s string) (int, string) {
	if len(s) < 2 || !isSpace(s[0]) {
		return 0, ""
	}
	w, k := letters(s, 1)
	unit := ""
	switch strings.ToLower(w) {
	case "year", "years":
		unit = "year-old"
	case "month", "months":
		unit = "month-old"
	default:
		return 0, ""
	}
	next, n := letters(s, skipSpace(s, k))
	switch strings.ToLower(next) {
	case "old":
		return n, unit
	case "of":
		if age, m := letters(s, skipSpace(s, n)); m > n && strings.EqualFold(age, "age") {
			return m, unit
		}
	}
	return 0, ""
}

// measureAfter reads a unit of measure named after a figure, past one
// space or hyphen ("12 kilometres", "a 40-tonne load"), with the unit the
// figure is kept in.
func measureAfter(s string) (string, int) {
	_, lw, k, ok := wordAfter(s)
	if !ok {
		return "", 0
	}
	if u := lexicon.Default().Value(lexicon.Units, lw); u != "" {
		return u, k
	}
	return "", 0
}

// wordAfter returns the word after the space or hyphen that opens s, as
// written and in lower case, and the byte after it; past a nationality
// when money follows it ("12 Swiss francs", "2.6 billion Danish kroner").
func wordAfter(s string) (w, lw string, k int, ok bool) {
	if len(s) < 2 || !isSpace(s[0]) && s[0] != '-' {
		return "", "", 0, false
	}
	w, k = letters(s, 1)
	lw = strings.ToLower(w)
	if s[0] != '-' && lexicon.Default().Is(lexicon.Demonyms, lw) && k < len(s) && s[k] == ' ' {
		if next, end := letters(s, k+1); currencyName(next) != "" {
			w, lw, k = next, strings.ToLower(next), end
		}
	}
	return w, lw, k, true
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// skipSpace returns the first byte at or after i that is no space.
func skipSpace(s string, i int) int {
	for i < len(s) && isSpace(s[i]) {
		i++
	}
	return i
}

// inheritUnits gives a figure written without its currency the currency
// of the figure before it in its sentence when both carry a multiplier:
// "4.2 billion kroner of the revenue, offshore wind 2.9 billion and onshore
// wind 700 million" counts all three in kroner. A figure with no noun
// after it takes a unit of measure the same way ("supplied 94 million
// litres, the hill farms 58 million and the organic producers 41
// million").
func inheritUnits(qs []Quantity) {
	for i := 1; i < len(qs); i++ {
		q := &qs[i]
		if q.Unit != "" || q.Kind != Count || !multiplied(q.Text) {
			continue
		}
		// The nearest figure with a multiplier before it in the sentence,
		// past plain counts ("21 million for sports halls at two schools
		// and 12 million for heat pumps").
		for j := i - 1; j >= 0 && qs[j].Sentence == q.Sentence; j-- {
			p := qs[j]
			if p.Kind != Count || !multiplied(p.Text) {
				continue
			}
			if len(p.Unit) == 3 && isUpperCode(p.Unit) || q.Noun == "" && lexicon.Default().Is(lexicon.Units, p.Unit) {
				q.Unit = p.Unit
			}
			break
		}
	}
}

// inheritMeasures gives a bare figure of a list the measure of the figure
// before it, when the unit is left out before "of" ("4,900 hectares of
// pine forest, 2,300 of olive groves and 1,150 of scrubland") or after the
// subject of a clause whose verb is left out too ("Pine forest lost 7,120
// hectares, farmland 3,480 and scrub 2,010").
func (sc *scanner) inheritMeasures(qs []Quantity) {
	colonList := -1 // the last item of a list opened after a colon
	for i := 1; i < len(qs); i++ {
		q := &qs[i]
		if q.Unit != "" || q.Kind != Count || q.Noun != "" || q.Approx == Vague {
			continue
		}
		_, hi := sc.bounds(q.Start)
		n, ok := sc.next(q.End, hi)
		if ok && sc.colonOpened(qs, i, n, hi) || colonList == i-1 && qs[i-1].Sentence == q.Sentence && sc.listGap(qs[i-1].End, q.Start) {
			// "farm 12,400 hectares: 7,300 under coffee, 3,100 under
			// cocoa", and every item after, whatever its preposition
			// ("and 97 on the closing circuit").
			q.Unit, colonList = qs[i-1].Unit, i
			continue
		}
		// "8,000 for a solo win on Thursday and 8,000 today": a bare
		// figure with only a date after it is an item whose verb and unit
		// the copy left out, as one that repeats the item's shape is.
		parallel := ok && (sc.parallelItem(qs[i-1], n, hi) || sc.dateAfter(*q, n.start))
		if !ok || n.lower() != "of" && !(listEnd(n.lower()) && sc.gappedSubject(*q)) && !parallel {
			continue
		}
		p := qs[i-1]
		if p.Sentence != q.Sentence || p.Kind != Count || p.Unit == "" || IsCurrency(p.Unit) && !parallel || p.Unit == "%" || !sc.listGap(p.End, q.Start) {
			// (A sum of money passes on only to an item of the same
			// shape: "1.5 million from a road project and 800,000 from a
			// sports hall".)
			continue
		}
		q.Unit = p.Unit
	}
}

// parallelItem reports a bare figure's item that repeats the shape of the
// item before it, the figure then the same preposition (n, the word after
// the bare figure): "1,920 tonnes from Abofrom, 1,130 from Nkwanta and 910
// from Dadieso", "40 hectares in Lhota and 25 in Brod".
func (sc *scanner) parallelItem(p Quantity, n tok, hi int) bool {
	if !lexicon.Default().Is(lexicon.Prepositions, n.lower()) || n.lower() == "of" {
		return false
	}
	m, ok := sc.next(p.End, hi)
	return ok && m.lower() == n.lower()
}

// colonOpened reports the bare figure qs[i] opening a list after a colon
// that follows a measured figure of no noun (not "an 86-kilometre
// pipeline"), when the next figure of the sentence
// repeats its shape, the same preposition after it (n, the word after
// qs[i]): "Its members farm 12,400 hectares: 7,300 under coffee, 3,100
// under cocoa and 1,500 under maize" gives each item the hectares, as
// does "shipped 9,000 tonnes last year: 4,000 to Lagos, 2,500 to Accra".
func (sc *scanner) colonOpened(qs []Quantity, i int, n tok, hi int) bool {
	p := qs[i-1]
	if p.Sentence != qs[i].Sentence || p.Kind != Count || p.Unit == "" || p.Unit == "%" || p.Noun != "" || i+1 >= len(qs) || qs[i+1].Sentence != qs[i].Sentence {
		return false
	}
	gap := strings.TrimSpace(sc.s[p.End:qs[i].Start]) // ":", or the total's own words and ":" ("tonnes last year:")
	if len(gap) > 40 || !strings.HasSuffix(gap, ":") || strings.ContainsAny(gap[:len(gap)-1], ":,;.()—–") || !lexicon.Default().Is(lexicon.Prepositions, n.lower()) || n.lower() == "of" {
		return false
	}
	m, ok := sc.next(qs[i+1].End, hi)
	return ok && m.lower() == n.lower() && sc.listGap(qs[i].End, qs[i+1].Start)
}

// listEnd reports a word that may end an item of a list: a comma, "and",
// "or", a semicolon or a full stop.
func listEnd(w string) bool {
	return w == "," || w == "and" || w == "or" || w == ";" || w == "."
}

// gappedSubject reports a figure right after a noun that stands after a
// comma or "and": the subject of a clause whose verb is left out
// ("farmland 3,480").
func (sc *scanner) gappedSubject(q Quantity) bool {
	lo, _ := sc.bounds(q.Start)
	before := sc.prevN(sc.pb[:0], q.Start, lo, 4)
	if len(before) == 0 || !(sc.tagIs(before[0].start, text.NN) || sc.tagIs(before[0].start, text.NNS) || sc.tagIs(before[0].start, text.NNP)) {
		return false
	}
	for k := 1; k < len(before); k++ {
		if w := word(before, k); w == "," || w == "and" {
			return true
		}
		if !before[k].isWord() || sc.finiteAt(before[k].start) {
			return false
		}
	}
	return false
}

// isUpperCode reports a currency code ("NOK"), not a measure ("km").
func isUpperCode(u string) bool { return strings.ToUpper(u) == u }

// multiplied reports a figure written with a multiplier: "2.9 billion".
func multiplied(text string) bool {
	l := strings.ToLower(text)
	for w := range mults {
		if len(w) > 2 && strings.Contains(l, w) || strings.HasSuffix(l, w) {
			return true
		}
	}
	return false
}

// currencyAfter reads the name or ISO code of a currency opening s after a
// space ("58 million kroner", "3.6 billion baht", "40 million ISK",
// "2.6 billion Danish kroner") or the name after a hyphen ("a
// 594,000-mark fine"): its code and the bytes read. A code must be written
// in capitals: "try" and "won" are words too.
func currencyAfter(s string) (string, int) {
	w, lw, k, ok := wordAfter(s)
	if !ok {
		return "", 0
	}
	code := currencyName(lw)
	if code == "" || strings.ToLower(code) == lw && w != code || s[0] == '-' && w != lw {
		return "", 0 // a code is written in capitals; "-mark" in lower case
	}
	return code, k
}

// letters returns the run of letters in s from byte i, and the byte after
// it: any alphabet's ("złoty", "króna"), not only ASCII.
func letters(s string, i int) (string, int) {
	k := i
	for k < len(s) {
		if c := s[k]; c < utf8.RuneSelf {
			if c|0x20 < 'a' || c|0x20 > 'z' {
				break
			}
			k++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[k:])
		if !unicode.IsLetter(r) {
			break
		}
		k += n
	}
	return s[i:k], k
}

// currencyName returns the code of a currency named w (lower case), or "".
func currencyName(w string) string {
	return lexicon.Default().Value(lexicon.Currencies, strings.ToLower(w))
}

// singular turns a plural English noun into its singular, roughly.
func singular(w string) string {
	switch w {
	case "people":
		return "person"
	case "men":
		return "man"
	case "women":
		return "woman"
	case "children":
		return "child"
	case "feet":
		return "foot"
	case "series", "news", "species", "headquarters":
		return w
	}
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
		return w
	case strings.HasSuffix(w, "s") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}

// isPlural reports whether w looks like a plural noun.
func isPlural(w string) bool {
	switch w {
	case "people", "men", "women", "children", "police", "staff", "personnel", "cattle",
		"species", "series", "aircraft", "sheep", "deer", "fish", "offspring":
		// The last are the same in the singular; after a number above one
		// they count.
		return true
	}
	return singular(w) != w
}

// prices marks as a deal's price a sum of money that counts nothing, after
// "for" in a clause whose verb buys or sells ("agreed to buy Brightwater
// for 640 million euros in cash"), so that "the 460-million-euro takeover"
// restates it.
func (sc *scanner) prices(qs []Quantity) {
	if sc.r == nil {
		return
	}
	ts := sc.r.Tokens
	for i := range qs {
		q := &qs[i]
		if !IsCurrency(q.Unit) || q.Class != "" || q.Kind != Count {
			continue
		}
		k := sc.r.TokenAt(q.Start)
		if k == 0 || k >= len(ts) || ts[k-1].Lower != "for" && !(k > 1 && ts[k-2].Lower == "for" && ts[k-1].Kind == text.Punct) {
			continue
		}
		first := sc.r.First(sc.r.SentenceOf(k))
		for j := k - 2; j >= first && j >= k-30; j-- {
			// Back to the clause's verb, past the object and its
			// apposition ("acquired United Republic Reinsurance Co., a
			// Houston reinsurer, from United Savings for $28 million").
			if t := ts[j]; t.Tag.IsVerb() {
				if lexicon.Default().Is(lexicon.DealVerbs, t.Lemma) {
					q.Class = "deal"
					if o := dealObject(sc.s, ts, j+1, k); len(o) > 0 {
						// What was bought sets the deal apart, as "the
						// $26 million acquisition of United Republic" does.
						addQualifier(q, o[0])
						q.Object = o
					}
				}
				if t.Tag.IsFinite() || lexicon.Default().Is(lexicon.DealVerbs, t.Lemma) {
					break
				}
			}
			if ts[j].Lower == ";" || ts[j].Tag == text.WDT {
				break
			}
		}
	}
}

// dealObject returns the words, in lower case, of a name that is the
// object of a verb of buying or selling, starting at ts[k] (past "the" or
// "its" and a role or kind before the name: "forward Ibrahim Danladi",
// "its subsidiary Brannock Foods"), before token end: "united",
// "republic", ... in "acquired United Republic Reinsurance Co."; none
// when the object is no name. A name is told by its capitals, which an
// unknown name the tagger reads as a common noun keeps.
func dealObject(src string, ts []text.Token, k, end int) []string {
	if k < end && (ts[k].Tag == text.DT || ts[k].Tag == text.PRPS) {
		k++
	}
	for n := 0; n < 3 && k+1 < end && ts[k].Kind == text.Word && !ts[k].Capitalized(src) && roleWord(ts[k].Tag); n++ {
		k++ // a role or kind set before the name ("forward", read as an adverb too)
	}
	var out []string
	for ; k < end && ts[k].Kind == text.Word && ts[k].Capitalized(src); k++ {
		out = append(out, ts[k].Lower)
	}
	return out
}

// roleWord reports a tag a role or kind before a name may carry: a noun,
// an adjective ("Belgian"), or an adverb a role word shares its form with
// ("forward", "back").
func roleWord(t text.Tag) bool { return t.IsNoun() || t.IsAdjective() || t == text.RB }

// isCurrencyCode reports whether w is an ISO 4217 code of the currencies
// the lexicon knows, written in capitals ("USD 40 million").
func isCurrencyCode(w string) bool {
	return len(w) == 3 && currencyName(w) == w
}

// unitsBack gives the bare figures of a list the unit its last figure
// carries, when nothing but commas and "and" or "or" joins them: "four
// payments of 48,000, 52,000, 41,000 and 45,000 zlotys" are all in
// zlotys, "3.2, 4.1 and 5 kilometres" all in kilometres.
func (sc *scanner) unitsBack(qs []Quantity) {
	for i := len(qs) - 1; i > 0; i-- {
		u := qs[i].Unit
		if u == "" || qs[i].Kind != Count || qs[i].Noun != "" {
			continue
		}
		j := i - 1
		for ; j >= 0 && qs[j].Sentence == qs[i].Sentence && qs[j].Kind == Count && qs[j].Unit == "" && qs[j].Noun == "" &&
			barelyJoined(sc.s[qs[j].End:qs[j+1].Start]); j-- {
		}
		if lo, _ := sc.bounds(qs[j+1].Start); j+1 < i && word(sc.prevN(sc.pb[:0], qs[j+1].Start, lo, 1), 0) != "between" {
			for k := j + 1; k < i; k++ {
				qs[k].Unit = u // not a range: "between 1.5 million and 2 million euros"
			}
		}
		i = j + 1
	}
}

// barelyJoined reports the gap between two figures of a list with nothing
// but a comma, "and" or "or" in it.
func barelyJoined(g string) bool {
	switch strings.Join(strings.Fields(g), " ") {
	case ",", "and", ", and", "or", ", or":
		return true
	}
	return false
}
