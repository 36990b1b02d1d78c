package quantities

import (
	"sort"
	"strconv"
	"strings"

	"github.com/copydesk/copydesk/checker/lexicon"
	"github.com/copydesk/copydesk/checker/text"
)

// anchorVerb reports a verb form that ties a year to the start of
// something ("signed in 2010", "finished in 2001"): a past form of a verb
// of the lexicon's origin-verbs.
func anchorVerb(w string) bool {
	if w == "" || strings.HasSuffix(w, "ing") {
		return false // "the shop's 1949 opening in 2024": a noun, its year another's
	}
	lx := lexicon.Default()
	l := lx.Lemma(w, lexicon.Verb)
	return l != w && lx.Is(lexicon.OriginVerbs, l) || w == "set" // "set up in 1990"; its lemma is its own form
}

// originNouns follow a year that starts something ("its 2001 founding").
var originNouns = map[string]bool{
	"founding": true, "foundation": true, "creation": true, "launch": true, "signing": true,
	"opening": true, "establishment": true, "inauguration": true, "independence": true,
	"start": true, "inception": true, "debut": true, "ratification": true, "adoption": true,
}

// thingNouns can have an age without being people ("the 10-year-old treaty").
var thingNouns = map[string]bool{
	"treaty": true, "company": true, "firm": true, "law": true, "bridge": true, "agreement": true,
	"accord": true, "pact": true, "building": true, "festival": true, "program": true,
	"programme": true, "museum": true, "school": true, "party": true, "charity": true,
	"group": true, "startup": true, "business": true, "restaurant": true, "club": true,
	"stadium": true, "tunnel": true, "dam": true, "plant": true, "factory": true, "mine": true,
	"ban": true, "rule": true, "policy": true, "scheme": true, "alliance": true, "union": true,
	"organisation": true, "organization": true, "institute": true, "fund": true, "tradition": true,
	"market": true, "store": true, "shop": true, "brand": true, "centre": true, "center": true,
	"hospital": true, "library": true, "network": true, "station": true, "line": true,
	"ship": true, "airport": true, "road": true, "railway": true, "system": true, "team": true,
	"league": true, "competition": true, "race": true, "tournament": true, "project": true,
	"ceasefire": true, "truce": true, "war": true, "conflict": true, "dispute": true,
}

// ordinalWords are the lexicon's ordinal words with their rank. Built
// once, never changed.
var ordinalWords = lexicon.Default().Numbers(lexicon.Ordinals)

// anniversaries finds "25th anniversary", "twenty-fifth anniversary" as a
// count of years.
func (sc *scanner) anniversaries() []Quantity {
	var qs []Quantity
	sc.ordinalBefore("anniversary", func(t tok, at int, v float64) {
		qs = append(qs, Quantity{Start: t.start, End: at + len("anniversary"), Kind: Count, Value: v, Unit: "anniversary"})
	})
	return qs
}

// birthdays finds "her 90th birthday", "Okafor's fortieth birthday" as an
// age the person reached on the day the clause gives: an age then, which
// gives the year of birth ("celebrated her 90th birthday on Sunday").
func (sc *scanner) birthdays() []Quantity {
	var qs []Quantity
	sc.ordinalBefore("birthday", func(t tok, at int, v float64) {
		lo, _ := sc.bounds(at)
		p, ok := sc.prev(t.start, lo)
		if !ok || v < 1 || v > 119 {
			return
		}
		q := Quantity{Start: t.start, End: at + len("birthday"), Text: sc.s[t.start : at+len("birthday")], Kind: Age, Value: v, Unit: "year-old", Reached: true, Past: true}
		switch w := p.lower(); {
		case w == "her" || w == "his" || w == "their":
			q.Subject = Span{Start: p.start, End: p.end}
		case p.isCap() && possessive(w) < len(w):
			q.Subject, q.SubjectIsName = Span{Start: p.start, End: p.start + possessive(w)}, true // "Okafor's 50th birthday"
		default:
			return
		}
		qs = append(qs, q)
	})
	return qs
}

// ordinalBefore calls f for every whole-word head (lower case) with an
// ordinal right before it ("25th", "twenty-fifth"): the ordinal's token,
// the head's offset and the ordinal's value.
func (sc *scanner) ordinalBefore(head string, f func(t tok, at int, v float64)) {
	sc.each(head, func(at int) {
		lo, _ := sc.bounds(at)
		t, ok := sc.prev(at, lo)
		if !ok || at-t.end > 2 {
			return
		}
		if v := ordinalValue(t.lower()); v > 0 {
			f(t, at, v)
		}
	})
}

// ordinalValue returns the value of an ordinal written in digits ("25th")
// or words ("twenty-fifth", "fortieth"), or 0.
func ordinalValue(w string) float64 {
	if len(w) > 2 && w[0] >= '0' && w[0] <= '9' {
		n, suf := 0, ""
		for k, c := range w {
			if c < '0' || c > '9' {
				suf = w[k:]
				break
			}
			n = n*10 + int(c-'0')
		}
		if suf != "st" && suf != "nd" && suf != "rd" && suf != "th" {
			return 0
		}
		return float64(n)
	}
	tens, unit, _ := strings.Cut(w, "-")
	if unit == "" {
		return float64(ordinalWords[tens])
	}
	if t, u := wordVals[tens], ordinalWords[unit]; t >= 20 && t < 100 && u > 0 && u < 10 {
		return t + float64(u) // "twenty-fifth"
	}
	return 0
}

// thingAged reports whether the noun of an "N-year-old" names a thing that
// was made or founded: a listed one, or any noun the lexicon knows that
// names no person ("the 15-year-old levee", "the 40-year-old pier").
func thingAged(noun string) bool {
	lx := lexicon.Default()
	return thingNouns[noun] || noun != "" && lx.Known(noun, lexicon.Noun) && !lx.PersonNoun(noun)
}

// elapsed ties spans of time in sentence qs[a:b] to the year they count
// from: "for the past four years, since 2020"; "five years ago, in 2021";
// "the 10-year-old treaty, signed in 2010"; "its 25th anniversary of its
// 2001 founding".
func (sc *scanner) elapsed(qs []Quantity, a, b int) {
	var since, origin, from = -1, -1, -1
	sinceGap := 16 // how far the span may stand from the year "since" gives
	var longBefore [14]tok
	var ins []int
	var verb string
	for i := a; i < b; i++ {
		q := &qs[i]
		if q.Kind != Year {
			continue
		}
		if i+1 < b && qs[i+1].Kind == Year && sc.yearRange(qs[i], qs[i+1]) {
			from = i // "from 2011 to 2019", "between 1990 and 2015"
		}
		lo, hi := sc.bounds(q.Start)
		before := sc.prevN(sc.pb[:0], q.Start, lo, 5)
		after := sc.nextN(sc.nb[:0], q.End, hi, 1)
		monthLen := 0
		if _, month := monthNumber(word(before, 0)); month {
			monthLen = len(word(before, 0)) + 1
			before = before[1:] // "since March 2020", "in May 2019"
		}
		switch w := word(before, 0); {
		case w == "since" || (w == "its" || w == "the" || w == "their") && word(before, 1) == "since":
			since, sinceGap = i, 16+monthLen // "for the past six years, since November 2001"
		case (w == "in" || w == "of") && sinceOpens(sc.prevN(longBefore[:0], q.Start, lo, len(longBefore))) >= 0:
			// "since her first election in 2013", "since the fire of
			// 2017": the span may stand as far from the year as "since"
			// does, and a little more.
			since, sinceGap = i, 48+q.Start-sinceOpens(sc.prevN(longBefore[:0], q.Start, lo, len(longBefore)))

		case w == "in" && anchorVerb(word(before, 1)):
			origin, verb = i, word(before, 1)
		case w == "in" && anchoredThrough(before):
			origin, verb = i, anchorThrough(before) // "opened to traffic in 1971", "opened to the public in 2018"
		case w == "in" && originNouns[word(before, 1)] && !isYearWord(word(before, 2)):
			// "the 20th anniversary of its founding in 1998"; but in "the
			// shop's 1949 opening in 2024" the noun has its year.
			origin, verb = i, word(before, 1)
		case w == "in":
			// Each "in YEAR" may restate an "N years ago" beside it: "in
			// 1989, ..., and nine years ago, in 2014".
			ins = append(ins, i)
		}
		if originNouns[word(after, 0)] {
			origin, verb = i, word(after, 0)
		}
	}
	for i := a; i < b; i++ {
		q := &qs[i]
		if q.Kind != Count || q.Approx == Vague || q.Changed {
			continue
		}
		lo, hi := sc.bounds(q.Start)
		before := sc.prevN(sc.pb[:0], q.Start, lo, 3)
		if _, hedge := approxWords[word(before, 0)+" "+word(before, 1)]; hedge {
			before = before[2:] // "for more than eight years, since 2019"
		} else if _, hedge := approxWords[word(before, 0)]; hedge {
			before = before[1:] // "for nearly eight years, since 2019"
		}
		if excepted(before) {
			continue // "for all but three years since 1995" counts the years left out
		}
		if word(before, 0) == "every" {
			continue // "held every two years since 2008": how often, no time elapsed
		}
		after := sc.nextN(sc.nb[:0], q.End, hi, 2)
		years := (q.Noun == "year" || q.Noun == "decade") && q.Unit == "" || q.Unit == "year"
		// The year must stand right beside the span ("for the past four
		// years, since 2020"), not anywhere in the sentence ("since 2020
		// prices rose, and for the past two years wages ...").
		switch {
		case q.Unit == "anniversary" && origin >= 0 && (sc.near(*q, qs[origin], 30) || word(before, 0) == "its" && sc.frontedOrigin(qs[origin])):
			// "Founded in 1998 by two puppeteers ..., the festival is
			// celebrating its 25th anniversary": a fronted participle
			// dates the subject the anniversary is of.
			q.Kind, q.Anchor = Elapsed, anchorOf(qs[origin], "anniversary")
		case q.Unit == "year-old" && thingAged(q.Noun) && origin >= 0 && (sc.near(*q, qs[origin], 30) || sc.relativeOn(*q, qs[origin])):
			q.Kind, q.Anchor = Elapsed, anchorOf(qs[origin], verb)
		case years && since >= 0 && sc.near(*q, qs[since], sinceGap) && (word(before, 0) == "past" || word(before, 0) == "last" || word(after, 1) == "since" || word(before, 0) == "for") &&
			!(q.Unit == "year" && (word(before, 0) == "a" || word(before, 0) == "an")):
			// Not "under a 25-year concession since 1996": a term of that
			// length, which "since" dates the start of, not time elapsed.
			q.Kind, q.Anchor = Elapsed, anchorOf(qs[since], "since")
		case years && since >= 0 && since < i && tenureOwner(word(before, 0)) && q.Approx == Exact && q.Unit == "" && q.Noun == "year":
			// "who has led the cooperative since 2016, said ... her six
			// years at the helm": a tenure its holder's "since" dates.
			q.Kind, q.Anchor = Elapsed, anchorOf(qs[since], "since")
		case years && word(after, 1) == "ago" && sc.nearest(*q, qs, ins, 16) >= 0:
			q.Kind, q.Anchor = Elapsed, anchorOf(qs[sc.nearest(*q, qs, ins, 16)], "ago")
		case years && from >= 0 && (sc.near(*q, qs[from], 30) || sc.near(*q, qs[from+1], 30) || sc.rangeApposed(*q, qs[from])) && !partOfSpan(before):
			// "from 2011 to 2019, a 12-year tenure"; "her 25-year career,
			// from 1990 to 2015".
			q.Kind, q.Anchor = Elapsed, anchorOf(qs[from], "from")
			q.Anchor.Until = int(qs[from+1].Value)
			if n := countWord(word(before, 0)); n > 1 && q.Unit == "year" {
				// "from 1988 to 1995, serving two four-year terms": the
				// span is the terms together.
				q.Value *= float64(n)
			}
		}
		if q.Kind == Elapsed && q.Unit == "" {
			q.Unit = "year"
			if q.Noun == "decade" {
				// "two decades ago": twenty years, roughly.
				q.Value *= 10
				if q.Approx == Exact {
					q.Approx = About
				}
			}
		}
	}
}

// sinceOpens returns the byte offset of "since" opening the phrase or
// clause that ends with "in" or "of" before a year (before[0]), with words
// only between (or a name set off by commas), or -1: "since
// her first election in 2013", "since his father's death in 2012", "since
// the fire of 2017", "since he joined as a cadet in 2005". The year dates
// what "since" counts from.
func sinceOpens(before []tok) int {
	for k := 1; k < len(before); k++ {
		if word(before, k) == "since" {
			if k > 1 {
				return before[k].start
			}
			return -1
		}
		if word(before, k) == "," {
			// "since she succeeded its founding director, Driss Lamrani,
			// in 2008": past a name set off by commas.
			j := k + 1
			for j < len(before) && before[j].isCap() && before[j].isWord() {
				j++
			}
			if j > k+1 && word(before, j) == "," {
				k = j
				continue
			}
		}
		if !before[k].isWord() {
			return -1
		}
	}
	return -1
}

// agesAcross ties the age of a thing that its own sentence does not date
// ("The 40-year-old Kamenica viaduct ... will be closed"), or an
// anniversary of a thing ("the zoo's 25th anniversary"), to the year
// another sentence nearby says it was made, when that sentence names the
// thing again ("Opened in 1996 after four years of work, the viaduct is
// 612 metres long").
func (sc *scanner) agesAcross(qs []Quantity) {
	for i := range qs {
		q := &qs[i]
		if q.Kind != Count || q.Approx == Vague {
			continue
		}
		noun, rel, span := q.Noun, "", 6
		switch {
		case q.Unit == "year-old" && thingAged(q.Noun):
		case q.Unit == "anniversary":
			// "the zoo's 25th anniversary": a thing's anniversary names it
			// as its possessor, often paragraphs after its founding.
			noun, rel, span = sc.anniversaryOf(*q), "anniversary", 12
		default:
			continue
		}
		if noun == "" && rel == "anniversary" {
			if y, ok := sc.originJustBefore(qs, i); ok {
				// "Zielony Dwór was founded in 1991 as a cooperative ...
				// Its 40th anniversary last year": "its" opening the
				// sentence after one that dates an origin.
				q.Kind, q.Anchor = Elapsed, anchorOf(y, "anniversary")
				continue
			}
			noun = sc.datedOwner(qs, i)
		}
		if noun == "" {
			continue
		}
		if y, ok := sc.originItAfter(qs, i); ok && rel == "anniversary" {
			// "The voyage falls in the institute's 50th anniversary year.
			// It was founded in 1975": "it" opening the next sentence is
			// the thing whose anniversary it is.
			q.Kind, q.Anchor = Elapsed, anchorOf(y, rel)
			continue
		}
		if y, ok := sc.originOfNameBefore(qs, i); ok && rel == "" {
			// "Seorin was founded in 2011 by Park Min-ji. The 15-year-old
			// company makes lenses": a definite description opening the
			// sentence after one that dates a named thing's origin is
			// that thing, over another "company" further back.
			q.Kind, q.Anchor = Elapsed, anchorOf(y, sc.originVerb(y))
			continue
		}
		if own := sc.ownOrigin(qs, i); own >= 0 && rel == "anniversary" {
			// "The observatory opened in June 1977 and will mark its 50th
			// anniversary": its own sentence dates what "its" stands for.
			q.Kind, q.Anchor = Elapsed, anchorOf(qs[own], rel)
			continue
		}
		// qs is in text order: only the sentences span either side.
		for j := sort.Search(len(qs), func(k int) bool { return qs[k].Sentence >= q.Sentence-span }); j < len(qs) && qs[j].Sentence <= q.Sentence+span; j++ {
			y := qs[j]
			if y.Kind != Year || y.Sentence == q.Sentence {
				continue
			}
			if verb := sc.originVerb(y); verb != "" && sc.namedThere(y, noun) {
				if rel == "" {
					rel = verb
				}
				q.Kind, q.Anchor = Elapsed, anchorOf(y, rel)
				break
			}
		}
		if q.Kind != Elapsed && q.Definite && rel == "" {
			// "Built by a Bergen consortium, the bridge opened in 1981" ...
			// paragraphs on, "the 48-year-old bridge": the one year the
			// copy says the thing began, however far.
			if y, verb, ok := sc.onlyOrigin(qs, i, noun); ok {
				q.Kind, q.Anchor = Elapsed, anchorOf(y, verb)
			}
		}
	}
}

// staysAcross ties a stay of years in a named place that its own
// sentence does not begin ("After seven years in Lyon, Diatta came home
// to Dakar in 2019") to the year a sentence nearby says the stay began,
// by a verb of settling, "to" and the same place ("She moved to Lyon in
// 2015"): the span runs from that year.
func (sc *scanner) staysAcross(qs []Quantity) {
	for i := range qs {
		q := &qs[i]
		if q.Kind != Count || q.Noun != "year" || q.Approx == Vague || q.Changed || q.NounSpan.End == 0 {
			continue
		}
		_, hi := sc.bounds(q.Start)
		after := sc.nextN(sc.nb[:0], q.NounSpan.End, hi, 2)
		if word(after, 0) != "in" || len(after) < 2 || !after[1].isCap() || !after[1].isWord() {
			continue
		}
		place := after[1].w
		for j := sort.Search(len(qs), func(k int) bool { return qs[k].Sentence >= q.Sentence-6 }); j < len(qs) && qs[j].Sentence <= q.Sentence; j++ {
			if y := qs[j]; y.Kind == Year && y.Sentence != q.Sentence && sc.settledIn(y, place) {
				q.Kind, q.Anchor = Elapsed, anchorOf(y, "moved")
				// "... came home to Dakar in 2019": the stay ended in the
				// year its own sentence gives.
				for k := i + 1; k < len(qs) && qs[k].Sentence == q.Sentence; k++ {
					if qs[k].Kind == Year && int(qs[k].Value) > q.Anchor.Year {
						q.Anchor.Until = int(qs[k].Value)
						break
					}
				}
				break
			}
		}
	}
}

// settledIn reports a year after a verb of settling, "to", place and "in":
// "moved to Lyon in 2015".
func (sc *scanner) settledIn(y Quantity, place string) bool {
	lo, _ := sc.bounds(y.Start)
	b := sc.prevN(sc.pb[:0], y.Start, lo, 4)
	lx := lexicon.Default()
	return len(b) == 4 && word(b, 0) == "in" && b[1].w == place && word(b, 2) == "to" && lx.Is(lexicon.SettlingVerbs, lx.Lemma(word(b, 3), lexicon.Verb))
}

// originJustBefore returns the one year of origin ("was founded in
// 1991") in the sentence before anniversary qs[i] when "its" opens the
// anniversary's sentence: what "its" stands for is that sentence's
// subject.
func (sc *scanner) originJustBefore(qs []Quantity, i int) (Quantity, bool) {
	if !sc.opensAfter(qs[i], "its") {
		return Quantity{}, false
	}
	return sc.oneOrigin(qs, i, qs[i].Sentence-1)
}

// originItAfter returns the one year of origin ("was founded in 1975")
// in the sentence after qs[i] when that sentence opens with "It".
func (sc *scanner) originItAfter(qs []Quantity, i int) (Quantity, bool) {
	y, ok := sc.oneOrigin(qs, i, qs[i].Sentence+1)
	if !ok {
		return Quantity{}, false
	}
	lo, _ := sc.bounds(y.Start)
	first, ok := sc.next(lo, y.Start)
	return y, ok && first.lower() == "it"
}

// originOfNameBefore returns the one year of origin in the sentence before
// qs[i] when that sentence opens with a name (or "It") and qs[i] opens its
// own after "the" alone ("Seorin was founded in 2011 ... The 15-year-old
// company").
func (sc *scanner) originOfNameBefore(qs []Quantity, i int) (Quantity, bool) {
	if !sc.opensAfter(qs[i], "the") {
		return Quantity{}, false
	}
	y, ok := sc.oneOrigin(qs, i, qs[i].Sentence-1)
	if !ok {
		return Quantity{}, false
	}
	lo, _ := sc.bounds(y.Start)
	first, ok := sc.next(lo, y.Start)
	return y, ok && first.isCap() && first.isWord() && !lexicon.Default().Is(lexicon.Determiners, first.lower())
}

// opensAfter reports whether q's sentence opens with word w alone before q.
func (sc *scanner) opensAfter(q Quantity, w string) bool {
	lo, _ := sc.bounds(q.Start)
	before := sc.prevN(sc.pb[:0], q.Start, lo, 2)
	return word(before, 0) == w && len(before) == 1
}

// oneOrigin returns the one year of origin ("was founded in 1991") in
// sentence si, next to qs[i]'s; ok is false when none or several.
func (sc *scanner) oneOrigin(qs []Quantity, i, si int) (Quantity, bool) {
	var y Quantity
	n := 0
	lo, hi := i-1, i+1
	for ; lo >= 0 && qs[lo].Sentence >= si; lo-- {
	}
	for ; hi < len(qs) && qs[hi].Sentence <= si; hi++ {
	}
	for j := lo + 1; j < hi; j++ {
		if c := qs[j]; c.Sentence == si && c.Kind == Year && sc.originVerb(c) != "" {
			y, n = c, n+1
		}
	}
	return y, n == 1
}

// datedOwner returns what "its" stands for before the anniversary qs[i]
// when no subject heads its clause: the one noun a definite article opens
// earlier in its sentence whose origin the copy dates once elsewhere
// ("as the festival that helped launch several directors marks its 25th
// anniversary" ... "The festival was founded in 1994"); "" otherwise.
func (sc *scanner) datedOwner(qs []Quantity, i int) string {
	q := qs[i]
	lo, _ := sc.bounds(q.Start)
	before := sc.prevN(sc.pb[:0], q.Start, lo, 1)
	if word(before, 0) != "its" {
		return ""
	}
	var buf [8]string
	found := ""
	for _, n := range sc.definiteNouns(buf[:0], lo, before[0].start) {
		if n == found {
			continue
		}
		if _, _, ok := sc.onlyOrigin(qs, i, n); ok {
			if found != "" {
				return ""
			}
			found = n
		}
	}
	return found
}

// onlyOrigin returns the one year of the copy, outside the sentence of
// qs[i], that a verb of origin dates in a sentence naming noun again ("the
// bridge opened in 1981"); ok is false when none or several do.
func (sc *scanner) onlyOrigin(qs []Quantity, i int, noun string) (y Quantity, verb string, ok bool) {
	n := 0
	for _, c := range qs {
		if c.Kind != Year || c.Sentence == qs[i].Sentence {
			continue
		}
		if v := sc.originVerb(c); v != "" && sc.namedThere(c, noun) {
			if n++; n > 1 {
				return Quantity{}, "", false
			}
			y, verb = c, v
		}
	}
	return y, verb, n == 1
}

// ownOrigin returns the year of origin ("opened in June 1977") that stands
// before qs[i] in its own sentence, or -1.
func (sc *scanner) ownOrigin(qs []Quantity, i int) int {
	for j := i - 1; j >= 0 && qs[j].Sentence == qs[i].Sentence; j-- {
		if qs[j].Kind == Year && sc.originVerb(qs[j]) != "" {
			return j
		}
	}
	return -1
}

// anniversaryOf returns the noun whose anniversary q counts, written as
// its possessor ("the zoo's 25th anniversary" → "zoo"), or "".
func (sc *scanner) anniversaryOf(q Quantity) string {
	lo, _ := sc.bounds(q.Start)
	before := sc.prevN(sc.pb[:0], q.Start, lo, 1)
	w := word(before, 0)
	if p := possessive(w); p < len(w) && p > 0 && !before[0].isCap() {
		return singular(w[:p])
	}
	if w == "its" {
		// "The union will mark its 25th anniversary"; "The occupation
		// comes as the university prepares to celebrate its 75th": the
		// subject of the clause "its" stands in.
		return sc.subjectHead(sc.clauseStart(lo, before[0].start), before[0].start)
	}
	return ""
}

// definiteNouns appends to dst the common nouns between bytes lo and to
// that a definite article opens ("as the festival that helped launch
// several directors marks its 25th anniversary" → festival, directors).
func (sc *scanner) definiteNouns(dst []string, lo, to int) []string {
	for pos := lo; pos < to; {
		t, ok := sc.next(pos, to)
		if !ok {
			break
		}
		pos = t.end
		if tag, _ := sc.tagAt(t.start); (tag == text.NN || tag == text.NNS) && !t.isCap() && sc.determinedName(lo, t.start) {
			dst = append(dst, singular(t.lower()))
		}
	}
	return dst
}

// clauseStart returns the byte after the last word that opens a clause
// of its own between lo and to ("as", "while", "because", "that", a word
// of time), or lo.
func (sc *scanner) clauseStart(lo, to int) int {
	start := lo
	for pos := lo; pos < to; {
		t, ok := sc.next(pos, to)
		if !ok {
			break
		}
		pos = t.end
		if w := t.lower(); w == "as" || w == "while" || w == "because" || w == "that" || lexicon.Default().Is(lexicon.TimeOpeners, w) {
			start = t.end
		}
	}
	return start
}

// subjectHead returns the common noun that heads the subject of the
// clause running from byte lo to byte to, singular: the last noun before
// the first verb, with nothing but a determiner, adjectives and nouns
// before it ("The port authority plans ..." → "authority"); "" otherwise.
func (sc *scanner) subjectHead(lo, to int) string {
	head := ""
	for pos := lo; pos < to; {
		t, ok := sc.next(pos, to)
		if !ok {
			break
		}
		pos = t.end
		switch tag, _ := sc.tagAt(t.start); {
		case tag == text.MD || tag.IsVerb():
			return head
		case (tag == text.NN || tag == text.NNS) && !t.isCap():
			head = singular(t.lower())
		case tag == text.DT || tag.IsAdjective() || t.isCap() && head == "":
		default:
			return ""
		}
	}
	return ""
}

// originVerb returns the verb of origin before "in" and year y ("opened
// in 1996", "opened in June 1977", "built by the monks in 1402"), or "".
func (sc *scanner) originVerb(y Quantity) string {
	lo, _ := sc.bounds(y.Start)
	before := sc.prevN(sc.pb[:0], y.Start, lo, 6)
	if _, month := monthNumber(word(before, 0)); month {
		before = before[1:] // "opened in June 1977"
	}
	if word(before, 0) != "in" {
		return ""
	}
	if v := word(before, 1); anchorVerb(v) {
		return v
	}
	if v := firstActBefore(before); v != "" {
		return v
	}
	return anchorThrough(before)
}

// firstActBefore returns the past verb that "first" stands before, within
// the words before "in" and a year (before[0] is "in"), its object between:
// "the funicular first carried passengers in 1894", "the ferry first
// sailed in 1962" date when the thing began to serve.
func firstActBefore(before []tok) string {
	for k := 1; k+1 < len(before); k++ {
		if !before[k].isWord() {
			return ""
		}
		passive := word(before, k+2) == "was" || word(before, k+2) == "were" // "was first run in 1988": a participle as its base
		if word(before, k+1) == "first" && (strings.HasSuffix(word(before, k), "ed") || irregularPast(word(before, k)) || passive && lexicon.Default().Known(word(before, k), lexicon.Verb)) {
			if s := word(before, k+2); k+2 >= len(before) || s == "who" || s == "he" || s == "she" || s == "they" || before[k+2].isCap() {
				return "" // "Vidal, who first proposed relocating the market in 2014": a person's first act, not the thing's
			}
			return word(before, k)
		}
	}
	return ""
}

// irregularPast reports a past form the lexicon lists for a verb other
// than itself ("ran", "flew"), not one in "-ed".
func irregularPast(w string) bool {
	lx := lexicon.Default()
	return !strings.HasSuffix(w, "ed") && lx.Lemma(w, lexicon.Verb) != w && lx.Known(lx.Lemma(w, lexicon.Verb), lexicon.Verb)
}

// namesAgain reports whether the sentence of y speaks of "the" noun (or
// "its" noun): the thing the age was of, also as the head of a name
// ("the Kilbrannagh Sailing Club" for "club").
func (sc *scanner) namesAgain(y Quantity, noun string) bool {
	lo, hi := sc.bounds(y.Start)
	s := sc.low[lo:hi]
	for from := 0; ; {
		k := strings.Index(s[from:], noun)
		if k < 0 {
			return false
		}
		k += from
		from = k + len(noun)
		if e := k + len(noun); e < len(s) && wordRune(rune(s[e])) || k > 0 && wordRune(rune(s[k-1])) {
			continue
		}
		if rest := s[k+len(noun):]; strings.HasPrefix(rest, "'s ") || strings.HasPrefix(rest, "’s ") {
			continue // "the company's technical school, which he opened in 1996": the school's opening
		}
		if sc.determinedName(lo, lo+k) {
			return true
		}
	}
}

// namedThere reports a year of origin whose sentence names noun again or
// stands for it by "it" (see itNames).
func (sc *scanner) namedThere(y Quantity, noun string) bool {
	return sc.namesAgain(y, noun) || sc.itNames(y, noun)
}

// itNames reports a year of origin whose sentence has "it" for its
// subject, opening it or after the comma that closes a fronted phrase
// ("Founded in 1994 by crane drivers, it now bargains for ..."), when
// the sentence before has noun for the head of its subject ("The
// cooperative has 2,650 members"): "it" keeps that topic.
func (sc *scanner) itNames(y Quantity, noun string) bool {
	lo, hi := sc.bounds(y.Start)
	if lo == 0 {
		return false
	}
	t, ok := sc.next(sc.pastDateline(lo, hi), hi)
	if !ok {
		return false
	}
	if t.lower() != "it" {
		for pos := y.End; ; {
			n, ok := sc.next(pos, hi)
			if !ok {
				return false
			}
			pos = n.end
			if n.lower() == "," {
				if t, ok = sc.next(pos, hi); !ok || t.lower() != "it" {
					return false
				}
				break
			}
		}
	}
	plo, _ := sc.bounds(lo - 1)
	return sc.subjectHead(sc.pastDateline(plo, lo), lo) == noun
}

// determinedName reports "the" or "its" right before byte at, or before
// one to three capitalised words that end there: "the club", "the
// Kilbrannagh Sailing Club"; or a name the head closes that opens the
// sentence ("Kwabena Dapaah Market opened").
func (sc *scanner) determinedName(lo, at int) bool {
	pos := at
	hyphened, plain := false, false // the modifiers passed: "crop-insurance", "land"
	for n := 0; n <= 3; n++ {
		t, ok := sc.prev(pos, lo)
		if !ok {
			// "Kwabena Dapaah Market opened in 1968": a name of a
			// capitalised head opening its sentence.
			return n > 0 && at < len(sc.s) && sc.s[at] >= 'A' && sc.s[at] <= 'Z'
		}
		if w := t.lower(); w == "the" || w == "its" || w == "their" {
			return true
		}
		if w := t.lower(); (w == "a" || w == "an") && hyphened && !plain {
			return true // "a crop-insurance agreement it signed ... in 2013"; not "a village school"
		}
		if !t.isWord() {
			return false
		}
		switch {
		case strings.Contains(t.w, "-"):
			hyphened = true
		case !t.isCap():
			// "The land dispute began in 1996": a noun that modifies
			// the head (not an adjective: "the new school" is another).
			if tag, ok := sc.tagAt(t.start); !ok || !tag.IsNoun() {
				return false
			}
			plain = true
		}
		pos = t.start
	}
	return false
}

// yearRange reports two years written as the ends of one span: "from 2011
// to 2019", "between 1990 and 2015", "2011-2019" after "from".
func (sc *scanner) yearRange(y1, y2 Quantity) bool {
	lo, _ := sc.bounds(y1.Start)
	before := sc.prevN(sc.pb[:0], y1.Start, lo, 1)
	gap := sc.s[y1.End:y2.Start]
	switch word(before, 0) {
	case "from":
		return gap == " to " || gap == " until " || gap == " through " || gap == "-" || gap == "–"
	case "between":
		return gap == " and "
	}
	return false
}

// near reports whether year y stands within n bytes of q and its noun,
// before or after, with no clause break (";", " and ", " but ") between.
func (sc *scanner) near(q, y Quantity, n int) bool {
	end := max(q.End, q.NounSpan.End)
	var gap string
	switch {
	case y.Start >= end:
		gap = sc.s[end:y.Start]
	case y.End <= q.Start:
		gap = sc.s[y.End:q.Start]
	default:
		return false
	}
	if len(gap) > n+len(" anniversary of its") && q.Unit == "anniversary" {
		return false
	}
	if q.Unit != "anniversary" && len(gap) > n {
		return false
	}
	return !strings.Contains(gap, ";") && !strings.Contains(gap, " and ") && !strings.Contains(gap, " but ")
}

// rangeApposed reports a range of years set off after the phrase of span
// q, with no verb between: "During his 15 years at the head of the
// company, from 2008 to 2019, ...".
func (sc *scanner) rangeApposed(q, from Quantity) bool {
	end := max(q.End, q.NounSpan.End)
	if from.Start < end || from.Start-end > 72 {
		return false
	}
	gap := sc.s[end:from.Start]
	return strings.HasSuffix(gap, ", from ") && strings.Count(gap, ",") == 1 && !sc.verbBetween(end, from.Start) &&
		!strings.Contains(gap, " and ") && !strings.Contains(gap, " but ")
}

// relativeOn reports a year y in a relative clause on q's noun, within 72
// bytes: "the decade-old rule, which the corporation adopted in 2019".
func (sc *scanner) relativeOn(q, y Quantity) bool {
	end := max(q.End, q.NounSpan.End)
	if y.Start < end || y.Start-end > 72 {
		return false
	}
	gap := sc.s[end:y.Start]
	if !strings.HasPrefix(gap, ", which ") && !strings.HasPrefix(gap, ", that ") && !strings.HasPrefix(gap, " that ") {
		return false
	}
	return !strings.ContainsAny(gap[2:], ",;") && !strings.Contains(gap, " and ") && !strings.Contains(gap, " but ")
}

// nearest returns the first of qs[is] within n bytes of q (see near), or -1.
func (sc *scanner) nearest(q Quantity, qs []Quantity, is []int, n int) int {
	for _, i := range is {
		if sc.near(q, qs[i], n) {
			return i
		}
	}
	return -1
}

func anchorOf(y Quantity, rel string) Anchor {
	return Anchor{Span: Span{Start: y.Start, End: y.End}, Year: int(y.Value), Rel: rel}
}

// anchorThrough returns the verb of origin before a short phrase with "to"
// or "by" that stands before "in" and a year (before[0] is "in"): "opened
// to traffic in 1971", "built by the monks in 1402"; "" when there is none.
func anchorThrough(before []tok) string {
	for k := 2; k <= 4 && k+1 < len(before); k++ {
		if w := word(before, k); (w == "to" || w == "by" || w == "with") && anchorVerb(word(before, k+1)) {
			return word(before, k+1)
		}
	}
	return ""
}

// anchoredThrough reports whether anchorThrough finds a verb.
func anchoredThrough(before []tok) bool { return anchorThrough(before) != "" }

// partOfSpan reports a span of years that a selecting word before it
// makes a part of another ("from 1979 to 1987, the last four years as
// vice-mayor", "the first two years of it"): not the span itself.
func partOfSpan(before []tok) bool {
	switch word(before, 0) {
	case "last", "first", "final", "opening", "closing", "remaining":
		return true
	}
	return false
}

// frontedOrigin reports a year in a participle phrase that opens its
// sentence, after a dateline's dash if any ("Founded in 1998, the
// festival ..."): it dates the sentence's subject.
// It uses its own buffer: the caller may still read sc.pb.
func (sc *scanner) frontedOrigin(y Quantity) bool {
	lo, _ := sc.bounds(y.Start)
	var buf [3]tok
	before := sc.prevN(buf[:0], y.Start, lo, 3)
	if len(before) < 2 || word(before, 0) != "in" {
		return false
	}
	return len(before) == 2 || word(before, 2) == "—" || word(before, 2) == "–" || word(before, 2) == "-"
}

// tenureOwner reports a person's possessive determiner before a span of
// years: the span is that person's time in a post ("her six years at the
// helm"); "its 51-year history" is a thing's age.
func tenureOwner(w string) bool {
	return w == "her" || w == "his" || w == "their"
}

// excepted reports a figure that counts what a whole leaves out: an
// exception word right before it, after "all" or a determiner that
// quantifies ("all but three years", "every season except two").
func excepted(before []tok) bool {
	lx := lexicon.Default()
	if !lx.Is(lexicon.ExceptionWords, word(before, 0)) {
		return false
	}
	for _, w := range []string{word(before, 1), word(before, 2)} {
		if w == "all" || lx.Is(lexicon.QuantifierDeterminers, w) {
			return true
		}
	}
	return false
}

// rangeBefore returns the index of the first year of the one range "from
// A to B" the copy gives before qs[i], however far; -1 for none or
// several.
func (sc *scanner) rangeBefore(qs []Quantity, i int) int {
	found := -1
	for j := i - 2; j >= 0; j-- {
		if qs[j].Kind != Year || qs[j+1].Kind != Year || qs[j+1].Sentence >= qs[i].Sentence || !sc.yearRange(qs[j], qs[j+1]) {
			continue
		}
		lo, _ := sc.bounds(qs[j].Start)
		if word(sc.prevN(sc.pb[:0], qs[j].Start, lo, 1), 0) == "from" {
			if found >= 0 {
				return -1
			}
			found = j
		}
	}
	return found
}

// tenuresAcross ties a tenure its holder's pronoun owns ("In her 14 years
// as director") to the one year a few sentences before that says when
// the holder took the office ("who was appointed in 2009"): the years
// since then.
func (sc *scanner) tenuresAcross(qs []Quantity) {
	for i := range qs {
		q := &qs[i]
		if q.Kind != Count || q.Approx != Exact || q.Unit != "" || q.Noun != "year" || q.Changed {
			continue
		}
		lo, hi := sc.bounds(q.Start)
		before := sc.prevN(sc.pb[:0], q.Start, lo, 1)
		after := sc.nextN(sc.nb[:0], q.End, hi, 2)
		if !tenureOwner(word(before, 0)) || !tenurePreps[word(after, 1)] {
			continue
		}
		if !sc.stillHeld(*q, hi) {
			// "Over his 12 years at the town hall" after "was mayor ...
			// from 2009 to 2017": a tenure over, the range told before.
			if j := sc.rangeBefore(qs, i); j >= 0 {
				q.Kind, q.Anchor, q.Unit = Elapsed, anchorOf(qs[j], "from"), "year"
				q.Anchor.Until = int(qs[j+1].Value)
			}
			continue
		}
		took, n := -1, 0
		for j := i - 1; j >= 0 && qs[j].Sentence >= q.Sentence-tenureReach; j-- {
			if qs[j].Kind == Year && qs[j].Sentence < q.Sentence && sc.appointedIn(qs[j]) {
				took, n = j, n+1
			}
		}
		if n == 1 {
			q.Kind, q.Anchor, q.Unit = Elapsed, anchorOf(qs[took], "since"), "year"
		}
	}
}

// stillHeld reports a present verb as the first finite verb after q in
// its sentence ("In her 14 years as director, Moura has doubled ..."): a
// tenure still running, not one told as over ("won two titles before
// leaving in 2023").
func (sc *scanner) stillHeld(q Quantity, hi int) bool {
	if sc.r == nil {
		return false
	}
	toks := sc.r.Tokens
	for k := sc.r.TokenAt(q.End); k < len(toks) && toks[k].Start < hi; k++ {
		if t := toks[k].Tag; t.IsFinite() {
			return t == text.VBZ || t == text.VBP
		}
	}
	return false
}

// tenurePreps open the office a tenure is in: "her 14 years as director",
// "his nine years at the helm", "their years in office".
var tenurePreps = map[string]bool{"as": true, "at": true, "in": true, "on": true}

// tenureReach is how many sentences before a tenure the year its holder
// took office may stand.
const tenureReach = 6

// appointedIn reports a year right after a verb of taking office and "in"
// ("was appointed in 2009", "elected in 2011").
func (sc *scanner) appointedIn(y Quantity) bool {
	lo, _ := sc.bounds(y.Start)
	before := sc.prevN(sc.pb[:0], y.Start, lo, 2)
	if word(before, 0) != "in" {
		return false
	}
	lx := lexicon.Default()
	return lx.Is(lexicon.AppointmentVerbs, lx.Lemma(word(before, 1), lexicon.Verb)) || word(before, 1) == "elected"
}

// countWord returns the value of a small number word or digits ("two",
// "3"), or 0.
func countWord(w string) int {
	if n, err := strconv.Atoi(w); err == nil && n > 0 && n < 20 {
		return n
	}
	if v := wordVals[w]; v < 20 {
		return int(v)
	}
	return 0
}
