package events

import (
	"sort"
	"strings"

	"github.com/copydesk/copydesk/checker/dates"
	"github.com/copydesk/copydesk/checker/lexicon"
	"github.com/copydesk/copydesk/checker/text"
)

// partitiveOrdinal returns the index of an ordinal that ranks one of the
// events a plural noun at toks[i] names, through "of the": "the first of
// the three inspections", "the second of its two visits".
func partitiveOrdinal(toks []token, i int) (int, bool) {
	for of := i - 1; of >= 1 && of >= i-4; of-- {
		if toks[of].lower != "of" {
			continue
		}
		if of+1 < i && (isDeterminer(toks[of+1].lower) || numberWords[toks[of+1].lower] > 1) && ordinals[toks[of-1].lower] > 0 {
			return of - 1, true // "the first of the three inspections", "the first of two hand transplants"
		}
		return 0, false
	}
	return 0, false
}

// countAndOrdinal reads the count ("twice", "three times", "two visits",
// "both meetings") or ordinal ("his second visit", "for the third time")
// of the mention at toks[i], and the date that scopes it ("in 2025", "this
// year").
func (a *analyzer) countAndOrdinal(m *Mention, toks []token, i int, ds []int) {
	t := toks[i]
	if k, ok := partitiveOrdinal(toks, i); ok {
		// "The first of the three inspections came last November": the
		// ordinal ranks one of them; the number counts the series.
		start := toks[k].start
		if k > 0 && toks[k-1].lower == "the" {
			start = toks[k-1].start
		}
		m.Ordinal, m.OrdinalSpan, m.Plural = ordinals[toks[k].lower], Span{Start: start, End: t.end}, false
		m.Pointed = pointedOrdinal(toks, i)
		if w := toks[k+2].lower; k+3 < i && (w == "the" || w == "those" || w == "these") {
			m.Of = numberWords[toks[k+3].lower] // "the first of the three stoppages", "of those three strikes"
		} else if c := k + 2; c < i && numberWords[toks[c].lower] > 1 || c+1 < i && (toks[c].tag == text.PRPS || toks[c].poss) && numberWords[toks[c+1].lower] > 1 {
			// "the first of two hand transplants the hospital carried out
			// in 2014", "the first of her two planned visits to Sundera
			// this year": the (owner's) series, counted, and perhaps scoped.
			if numberWords[toks[c].lower] == 0 {
				c++ // past the owner
			}
			a.countedPartitive(m, toks, i, c, ds)
		}
		return
	}
	// Before a noun: "two visits", "both meetings", "his second visit".
	compound := false // a noun modifier before the noun: "two drone surveys"
	if k := i - 3; k >= 0 && toks[k].lower == "both" && toks[k+1].lower == "of" && isDeterminer(toks[k+2].lower) && (plural[t.lower] || m.Plural) {
		// "failed both of the inspections it underwent this year": all of
		// the two, a count of the whole series.
		m.Count, m.CountSpan = 2, Span{Start: toks[k].start, End: t.end}
		a.scopeOf(m, toks, i, i, ds)
		return
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		w := toks[k]
		if n := numberWords[w.lower]; n > 0 && (plural[t.lower] || m.Plural) && (k == i-1 || adjectivesBetween(toks, k, i) || compound && (k == i-2 || k == i-3)) {
			// "two visits", "two lengthy interviews"
			m.Count, m.CountSpan = n, Span{Start: w.start, End: t.end}
			break
		}
		if n := ordinals[w.lower]; n > 0 && !m.Noun {
			// "when he first beat Goikoetxea in 2022": an ordinal before
			// a verb is an adverb, the first time ever, not one of a
			// counted series.
			break
		} else if n > 0 {
			start := w.start
			if k > 0 && (toks[k-1].poss || isPersonPronoun(toks[k-1].lower) || toks[k-1].lower == "the" || toks[k-1].lower == "a" || toks[k-1].lower == "their" || toks[k-1].lower == "its") {
				start = toks[k-1].start
			}
			m.Ordinal, m.OrdinalSpan = n, Span{Start: start, End: t.end}
			break
		}
		if lex().Is(lexicon.AdditionWords, w.lower) && k > 0 && numberWords[toks[k-1].lower] > 0 {
			m.Added = true
			continue // "two more launches", "three further inspections"
		}
		if k == i-1 && i >= 2 && ordinals[toks[i-2].lower] > 0 && modifierNoun(w) {
			continue // "the third rail strike", "her second state visit"
		}
		if (k == i-1 || k == i-2 && compound) && k >= 1 && (countBefore(toks, k-1) || k == i-1 && k >= 2 && countBefore(toks, k-2) && modifierNoun(toks[k-1])) && (plural[t.lower] || m.Plural) && modifierNoun(w) && w.tag.IsNoun() && (!w.tag.IsPlural() || lex().Known(w.lower, lexicon.Noun)) {
			compound = true
			continue // "two drone surveys", "three rail strikes", "two further measles campaigns"
		}
		if !w.word || !(w.cap || nounMarkers[w.lower] || w.poss || w.tag == text.JJ || w.tag == text.VBN || w.tag == text.VBG && k == i-1) {
			// a plain adjective or a participle may stand between ("two
			// lengthy interviews", "two crewed launches", "two qualifying
			// stages"), a superlative not ("the second biggest strike")
			break
		}
	}
	// After the trigger, in its clause: "twice", "three times", "for the
	// second time".
	last := i
	if k, ok := appositiveOrdinal(toks, i); ok && m.Count == 0 && m.Ordinal == 0 {
		// "Monday's walkout, the union's third this year, ..."
		m.Ordinal, m.OrdinalSpan, last, m.RankSaid = ordinals[toks[k].lower], Span{Start: toks[i+2].start, End: toks[k].end}, k, true
		if repeatsHead(toks, i, k+1) {
			// "Tuesday's recall, the company's second recall this year":
			// the scope follows the repeated noun.
			last, m.OrdinalSpan.End = k+1, toks[k+1].end
		}
	}
	if k, ok := a.nthTimeOpens(toks, i); ok && m.Count == 0 && m.Ordinal == 0 {
		// "..., the second time this year the group has had to recall its
		// products", "the third time this year that a strike has shut down
		// transport": the clause after "time" tells the event it ranks.
		m.Ordinal, m.OrdinalSpan, m.RankSaid = ordinals[toks[k-1].lower], Span{Start: toks[k-2].start, End: toks[k].end}, true
		a.scopeAfter(m, toks, k, ds)
		return
	}
	// The clause runs on to its end: "inspected the pit on Tuesday for
	// the third time this year". The object of a verb of deferral leaves
	// that to the verb ("postponed the vote for the second time").
	limit := i + 12
	if m.Noun && actedOn(toks, i) {
		limit = i
	}
	from := i + 1
	if m.Noun && subjectOf(toks, i) {
		// "Hailstorms battered the district twice in 2023": past the
		// verb the subject's events did.
		for from < len(toks) && !toks[from].tag.IsVerb() {
			from++
		}
		from++
		limit += from - i
	}
	if !m.Noun {
		// "went on strike on Monday for the third time": past the words
		// of a fixed phrase, whose noun is the event's own.
		_, end := idiomAt(toks, i)
		from, limit = end+1, limit+end-i
	}
	for k := from; k < len(toks) && k <= limit; k++ {
		w := toks[k]
		if w.lower == "," {
			if e := appositionEnd(toks, k); e > k {
				// "adjourned the case of Esteban Lorca, the former head of
				// the utility, for the second time": past an apposition.
				limit += e - k + 1
				k = e
				continue
			}
		}
		if !m.Noun && triggers[w.lower].kind != "" && objectAt(toks, i, k) && lex().Is(lexicon.DeferralVerbs, t.lemma) {
			continue // "adjourned the trial for the second time": the adjournments are counted
		}
		if !w.word || triggers[w.lower].kind != "" || changeWord(w.lower) || w.tag.IsFinite() {
			break // "the trial was delayed twice": the delays are counted
		}
		if lex().Is(lexicon.TimeOpeners, w.lower) && k+1 < len(toks) && toks[k+1].tag == text.VBG {
			break // "two strikes next month after voting ... for the first time": the gerund's clause ranks its own act
		}
		if n := countWords[w.lower]; n > 0 && m.Count == 0 && !notCount(toks, k) {
			m.Count, m.CountSpan, last = n, Span{Start: w.start, End: w.end}, k
			break
		}
		if n := numberWords[w.lower]; n > 0 && k+1 < len(toks) && (toks[k+1].lower == "times" || toks[k+1].lower == "occasions") && m.Count == 0 && !frequencyAfter(toks, k+2) && !multiplier(toks, k) {
			// "three times", "on two occasions"
			m.Count, m.CountSpan, last = n, Span{Start: w.start, End: toks[k+1].end}, k+1
			break
		}
		if n := ordinals[w.lower]; n > 0 && k+1 < len(toks) && toks[k+1].lower == "time" && m.Ordinal == 0 {
			start := w.start
			if toks[k-1].lower == "the" || toks[k-1].lower == "a" {
				start = toks[k-1].start
				if k >= 2 && toks[k-2].lower == "for" {
					start = toks[k-2].start
				}
			}
			m.Ordinal, m.OrdinalSpan, last = n, Span{Start: start, End: toks[k+1].end}, k+1
			break
		}
	}
	if m.Count == 0 && m.Ordinal == 0 && !m.Noun {
		if n, k := clauseNthTime(toks, i); n > 0 {
			// "blocked the highway for six hours on Monday, the second
			// time this year that growers have shut the road": a rank set
			// after the clause ranks the clause's event.
			m.Ordinal, m.OrdinalSpan, last = n, Span{Start: toks[k-2].start, End: toks[k].end}, k
		}
	}
	if m.Count == 0 && m.Ordinal == 0 && len(toks) > 0 && (toks[0].lower == "when" || toks[0].lower == "as") {
		// "When the drivers walked out on Aug. 31, it was for the third
		// time this year": the main clause ranks the event its fronted
		// clause tells.
		for k := i + 1; k < len(toks) && k <= i+12; k++ {
			if toks[k].lower != "," {
				continue
			}
			if n, end, ok := itNthTime(toks, k+1); ok {
				m.Ordinal, m.OrdinalSpan, last = n, Span{Start: toks[k+1].start, End: toks[end].end}, end
			}
			break
		}
	}
	if m.Count == 0 && m.Ordinal > 0 && a.inWindow(toks, last, m.Ordinal, ds) {
		m.Ordinal, m.OrdinalSpan = 0, Span{} // "her first album in seven years"
	}
	if m.Count == 0 && m.Ordinal == 0 {
		return
	}
	a.scopeOf(m, toks, i, last, ds)
}

// countedPartitive gives the partitive mention at toks[i] the count at
// toks[c] ("of two inspections") and, when a date scopes it, makes it the
// series counted, as "two visits this year" is: "The second, ..." after it
// is its member.
func (a *analyzer) countedPartitive(m *Mention, toks []token, i, c int, ds []int) {
	n := numberWords[toks[c].lower]
	m.Of = n
	if a.scopeOf(m, toks, i, i, ds); m.Scope >= 0 {
		m.Count, m.CountSpan, m.Plural = n, Span{Start: toks[c].start, End: a.dates[m.Scope].End}, true
	}
}

// scopeOf reads the date that scopes m's count or ordinal, which ends at
// toks[last], for the mention at toks[i]: a date that starts within two
// words after it ("twice in 2025", "his third trip this year").
func (a *analyzer) scopeOf(m *Mention, toks []token, i, last int, ds []int) {
	end := toks[last].end
	pp := a.ppEnd(toks, last, ds)
	for _, d := range ds {
		e := a.dates[d]
		if e.Start < end || !e.Resolved {
			continue
		}
		if lengthWindow(e.Text) {
			break // "three summits in four years": a length, not a calendar scope
		}
		// Past the place a count or ordinal is of: "twice to Iran in
		// 2025", "her second trip to the continent this year" (for an
		// ordinal, only a period named from now: "in 2019" or "in
		// September" there may date the trip rather than scope it).
		afterPlace := (m.Count > 0 && m.Plural || m.Count == 0 && (e.Relative && periodFromNow(e) || a.datedBefore(ds, toks[i].start, e))) &&
			scopeGap(toks, pp, e.Start)
		// Past a relative clause on the ranked or counted noun, a period
		// named from now closes that clause: "the third recall the
		// regulator has imposed this year".
		afterRelative := m.Noun && (e.Relative && periodFromNow(e) || m.Of > 0 && e.Granularity == dates.GrainYear) && relativeUpTo(toks, last, e.Start)
		if indefiniteRank(toks, m) && m.Count == 0 && !(e.Relative && periodFromNow(e)) {
			// "would strike a third time in June": "a third time" adds one
			// more to the series, and the month dates it; it scopes
			// nothing. A period named from now still scopes it ("A fourth
			// walkout this year").
			break
		}
		if m.Ordinal > 0 && m.Count == 0 && m.Noun && (monthOrFiner(e) || e.Granularity == dates.GrainWeek) && onsetObject(toks, i) && !afterRelative {
			// "began the second round of the drive this week", "opened
			// its third inquiry this month": a month or week after the
			// object of a verb of starting times the start.
			break
		}
		if m.Ordinal > 0 && m.Count == 0 && m.Noun && monthOrFiner(e) && !(e.Relative && periodFromNow(e) && currentPeriod(e)) && scopeGap(toks, end, e.Start) && !afterRelative {
			// "her second visit in early February", "her fourth album next
			// month": a month or a week right after a ranked noun dates
			// it; a year, or the current month or week ("her second
			// visit this year", "the third strike this month"), scopes
			// the rank.
			break
		}
		if e.Granularity != "day" && (scopeGap(toks, end, e.Start) || afterPlace || afterRelative) {
			m.Scope = d
			if m.Count > 0 && m.CountSpan.End <= e.Start {
				m.CountSpan.End = e.End
			}
			if m.Ordinal > 0 && m.OrdinalSpan.End <= e.Start && m.Count == 0 {
				m.OrdinalSpan.End = e.End
			}
		}
		break
	}
}

// datedBefore reports a year e after a ranked noun's place whose event a
// finer date before the noun already times, inside that year: "walked out
// on Monday in their third strike at the port in 2024" (the day dates the
// strike, so the year can only scope its rank).
func (a *analyzer) datedBefore(ds []int, noun int, e dates.Expr) bool {
	if e.Granularity != dates.GrainYear {
		return false
	}
	for _, d := range ds {
		f := a.dates[d]
		if f.Start >= noun {
			break
		}
		if f.Resolved && monthOrFiner(f) && !f.From.Before(e.From) && f.To.Compare(e.To) <= 0 {
			return true
		}
	}
	return false
}

// currentPeriod reports a period named from now that holds the
// publication date: "this month", "this week", "earlier this month".
func currentPeriod(e dates.Expr) bool {
	return strings.Contains(strings.ToLower(e.Text), "this ")
}

// monthOrFiner reports a date of a month or less: "in early February",
// "on March 3", not a year or a season.
func monthOrFiner(e dates.Expr) bool {
	switch e.Granularity {
	case dates.GrainDay, dates.GrainMonth:
		return true
	}
	return false
}

// indefiniteRank reports an ordinal of m opened by "a" or "an" ("a third
// time", "a second walkout"): one more of the series, not its rank within
// a period.
func indefiniteRank(toks []token, m *Mention) bool {
	if m.Ordinal == 0 {
		return false
	}
	k := sort.Search(len(toks), func(i int) bool { return toks[i].start >= m.OrdinalSpan.Start })
	return k < len(toks) && (toks[k].lower == "a" || toks[k].lower == "an")
}

// countBefore reports a number word at toks[j], or a word that adds to a
// count right after one ("two further").
func countBefore(toks []token, j int) bool {
	if numberWords[toks[j].lower] > 0 {
		return true
	}
	return j > 0 && lex().Is(lexicon.AdditionWords, toks[j].lower) && numberWords[toks[j-1].lower] > 0
}

// countedObject reports a plural noun at toks[i] counted as the object
// of a verb, new things the verb's events make: "launch two more
// satellites", "planned two routes", "will open three new clinics".
// Between the number and the noun may stand words that add to a count
// and adjectives; a determiner before the number points at things known
// ("strengthened the two damaged piers") and counts no new ones.
func countedObject(toks []token, i int) bool {
	if !toks[i].tag.IsPlural() || toks[i].tag.IsProper() {
		return false
	}
	k := i - 1
	for k > 0 && (lex().Is(lexicon.AdditionWords, toks[k].lower) || toks[k].tag.IsAdjective()) && numberWords[toks[k].lower] == 0 {
		k--
	}
	if k <= 0 || numberWords[toks[k].lower] < 2 {
		return false
	}
	v := k - 1
	return toks[v].tag.IsVerb() && !lex().Is(lexicon.Auxiliaries, toks[v].lower)
}

// objectAt reports whether toks[k] heads the object of the verb at toks[i]:
// right after it, or after its determiner or a possessive ("adjourned the
// trial", "postponed its vote").
func objectAt(toks []token, i, k int) bool {
	for j := i + 1; j < k; j++ {
		if !isDeterminer(toks[j].lower) && !toks[j].poss {
			return false
		}
	}
	return k > i
}

// actedOn reports an event noun that is the object of a verb of deferral
// (lexicon class deferral-verbs: "adjourned the trial", "postponed the
// vote"; not "held the vote").
func actedOn(toks []token, i int) bool {
	j := i - 1
	for j >= 0 && (isDeterminer(toks[j].lower) || toks[j].poss) {
		j--
	}
	if j < 0 || j == i-1 {
		return false
	}
	v := toks[j]
	return v.tag.IsVerb() && lex().Is(lexicon.DeferralVerbs, v.lemma)
}

// periodFromNow reports a period named from the publication date that an
// ordinal may count within: "this year", "last year", "this month"; not a
// month named by itself ("in September"), which dates an event.
func periodFromNow(e dates.Expr) bool {
	first, _, _ := strings.Cut(strings.ToLower(e.Text), " ")
	return first == "this" || first == "last" || first == "next" || first == "so"
}

// scopeWords may stand between a count and the date that scopes it:
// "twice in 2025", "for the third time this year", "so far in 2026".
var scopeWords = map[string]bool{"in": true, "during": true, "so": true, "far": true, "of": true, "this": true, "within": true}

// scopeGap reports whether only scope words stand between from and to.
func scopeGap(toks []token, from, to int) bool {
	n := 0
	for _, t := range toks {
		if t.start >= from && t.end <= to {
			if !scopeWords[t.lower] {
				return false
			}
			n++
		}
	}
	return n <= 3
}

// notCount reports whether "once" at toks[k] is no count: "once more",
// "once again", "at once", "once a week".
func notCount(toks []token, k int) bool {
	if frequencyAfter(toks, k+1) {
		return true // "twice a year", "once every month": how often, no count
	}
	if multiplier(toks, k) {
		return true // "more than twice the legal limit": a size, no count of events
	}
	if toks[k].lower != "once" {
		return false
	}
	if k > 0 && toks[k-1].lower == "at" {
		return true
	}
	if k+1 < len(toks) {
		switch toks[k+1].lower {
		case "more", "again", "in":
			return true
		}
	}
	return false
}

// multiplier reports "twice" or "N times" used to scale a quantity:
// before "the", "as", "that" or an owner ("more than twice the legal
// limit", "three times as many", "four times its size").
func multiplier(toks []token, k int) bool {
	e := k
	switch {
	case toks[k].lower == "twice" || toks[k].lower == "thrice":
	case k+1 < len(toks) && toks[k+1].lower == "times":
		e = k + 1
	default:
		return false
	}
	if e+1 >= len(toks) {
		return false
	}
	n := toks[e+1]
	return n.lower == "the" || n.lower == "as" || n.lower == "that" || n.poss || n.lower == "its" || n.lower == "their" || n.lower == "his" || n.lower == "her"
}

// frequencyAfter reports a rate opening at toks[j]: "a", "an", "per",
// "every" or "each" before a word ("twice a year", "three times per
// week"), which makes the count before it a frequency.
func frequencyAfter(toks []token, j int) bool {
	if j+1 >= len(toks) || !toks[j+1].word {
		return false
	}
	switch toks[j].lower {
	case "a", "an", "per", "every", "each":
		return true
	}
	return false
}

// modifierNoun reports whether w may stand between an ordinal and its event
// noun as a modifier ("the third rail strike", "her second state visit"):
// a lower-case word, not a superlative ("the second largest strike" ranks
// by size, not in time).
func modifierNoun(w token) bool {
	if !w.word || w.cap || isDigits(w.lower) || w.lower == "most" || w.lower == "least" || w.lower == "time" {
		return false
	}
	// A superlative ranks nothing it modifies ("the second biggest
	// strike"); a noun in "-est" is a noun ("test flight", "protest
	// march"), so the tag decides.
	return w.tag != text.JJS && w.tag != text.RBS && !(strings.HasSuffix(w.lower, "est") && w.tag.IsAdjective())
}

// workWindows after an album or novel rank it in a window: "her first
// album for Columbia", "his second novel as a crime writer".
var workWindows = map[string]bool{
	"for": true, "with": true, "as": true, "in": true, "on": true, "under": true, "without": true, "since": true,
	"outside": true, "of": true,
}

// windowUnits are the lengths of a window an ordinal may count in.
var windowUnits = map[string]bool{
	"year": true, "years": true, "month": true, "months": true, "decade": true, "decades": true,
	"week": true, "weeks": true, "day": true, "days": true, "generation": true, "century": true,
}

// inWindow reports whether the ordinal event ending at toks[last] is
// ranked in a window rather than in a series: "her first album in seven
// years", "his first visit to China since 2019", "for the first time in a
// decade", "her first album for a major label" (but not "her third album
// in March", a date). Such an ordinal says nothing about the order of the series.
// A higher rank since a date counts the events from that date on: "the
// third inspection since February" scopes its rank by the open interval.
func (a *analyzer) inWindow(toks []token, last, rank int, ds []int) bool {
	k := last + 1
	if k < len(toks) && authored[triggers[toks[last].lower].kind] && workWindows[toks[k].lower] &&
		(k+1 >= len(toks) || !inDate(a.dates, ds, toks[k+1].start)) {
		return true // "her first album for a major label", "his first novel in English"
	}
	for k < len(toks) && k <= last+4 && toks[k].word && (toks[k].cap || toks[k].lower == "to" || toks[k].lower == "with") {
		k++ // "to China", "with Xi"
	}
	if k < len(toks) && toks[k].lower == "by" {
		// "the first visit by a Tessalian head of government since
		// 2009": past the phrase that names who makes it.
		for k++; k < len(toks) && k <= last+10 && toks[k].word && !toks[k].tag.IsVerb() && toks[k].lower != "since" && toks[k].lower != "in" && toks[k].lower != "for"; k++ {
		}
	}
	if k >= len(toks) {
		return false
	}
	switch toks[k].lower {
	case "since":
		return rank < 2 || !a.sinceDate(toks[k], ds)
	case "in", "for":
		for j := k + 1; j < len(toks) && j <= k+4 && toks[j].word; j++ {
			if windowUnits[toks[j].lower] {
				return true
			}
		}
	}
	return false
}

// sinceDate reports a resolved date that opens at the "since" t: "since
// February", "since 2019", an interval from then to the publication date.
func (a *analyzer) sinceDate(t token, ds []int) bool {
	for _, d := range ds {
		if e := a.dates[d]; e.Start == t.start {
			return e.Resolved && !e.To.IsZero()
		}
	}
	return false
}

// relativeUpTo reports whether the words after toks[last] up to byte to
// form one relative clause on the noun at toks[last]: perhaps "that" or
// "which", a subject unless the relativiser is one, one verb group with
// one finite verb, and its objects and phrases, with no comma and no
// other clause: "the third recall the regulator has imposed on the
// company", "the second strike that the union has called".
func relativeUpTo(toks []token, last, to int) bool {
	k := last + 1
	rel := k < len(toks) && (toks[k].lower == "that" || toks[k].lower == "which")
	if rel {
		k++
	}
	finite, subject := 0, rel
	for ; k < len(toks) && toks[k].end <= to; k++ {
		t := toks[k]
		switch {
		case !t.word || clauseOpeners[t.lower] || t.tag == text.CC:
			return false
		case t.tag.IsFinite():
			if !subject {
				return false
			}
			finite++
		case finite == 0 && (t.tag.IsNoun() || t.tag == text.PRP):
			subject = true
		}
	}
	return finite == 1
}

// ppPreps open the short phrase a count may carry before its scope: "two
// launches to the moon next year", "two visits to China in 2027".
var ppPreps = map[string]bool{
	"to": true, "of": true, "at": true, "from": true, "with": true, "into": true, "on": true, "in": true,
	"for": true, "against": true, "over": true, "about": true, "between": true,
}

// ppEnd returns the end of a prepositional phrase right after toks[last]
// (no date, event word, clause opener or punctuation inside), or the end
// of toks[last] when there is none. The phrase is a noun phrase however
// many modifiers it has where the reading tags it ("of its 21-metre Skarv
// rocket"), and at most three words where it does not.
func (a *analyzer) ppEnd(toks []token, last int, ds []int) int {
	end := toks[last].end
	k := last + 1
	if k >= len(toks) || !ppPreps[toks[k].lower] {
		return end
	}
	for j := k + 1; j < len(toks) && j <= k+8; j++ {
		t := toks[j]
		prenominal := j+1 < len(toks) && (t.tag == text.RB || t.tag == text.VBN || t.tag == text.VBD || t.tag == text.VBG) &&
			(inNounPhrase(toks[j+1]) || toks[j+1].tag == text.VBN || toks[j+1].tag == text.VBD || toks[j+1].tag == text.VBG)
		if j > k+3 && !inNounPhrase(t) && !prenominal {
			break // "of the newly restored opera house": a modifier before its noun goes on
		}
		if !t.word && !inNounPhrase(t) || inDate(a.dates, ds, t.start) || triggers[t.lower].kind != "" && toks[k].lower != "of" || clauseOpeners[t.lower] {
			break // an event noun after "of" is what the ranked act is of: "the second adjournment of the trial"
		}
		end = t.end
	}
	return end
}

// inNounPhrase reports a token the reading tags as a word of a noun
// phrase: a determiner, possessive, number, adjective, noun or the hyphen
// of a compound ("its 21-metre Skarv rocket").
func inNounPhrase(t token) bool {
	switch g := t.tag; {
	case g.IsNoun(), g.IsAdjective(), g == text.DT, g == text.PRPS, g == text.CD, g == text.HYPH, g == text.POS:
		return true
	}
	return false
}

// lengthWindow reports whether a time expression is a stretch of time
// counted from now ("in four years", "within two months"), which the
// resolver reads as a date but which bounds no count as a calendar
// period would.
func lengthWindow(text string) bool {
	first, last := text, text
	if k := strings.IndexByte(text, ' '); k >= 0 {
		first = text[:k]
	}
	if k := strings.LastIndexByte(text, ' '); k >= 0 {
		last = text[k+1:]
	}
	return strings.Count(text, " ") >= 2 && (strings.EqualFold(first, "in") || strings.EqualFold(first, "within")) &&
		windowUnits[strings.ToLower(last)]
}

// appositiveOrdinal returns the index of an ordinal without a noun in
// apposition to the event noun toks[i]: "Monday's walkout, the union's
// third this year,", "the blast, its second in a month,".
func appositiveOrdinal(toks []token, i int) (int, bool) {
	s := i + 2
	if i+2 >= len(toks) {
		return 0, false
	}
	if toks[i+1].lower != "," {
		if s = predicateAfter(toks, prepPhraseEnd(toks, i+1)); s < 0 {
			return 0, false
		}
	}
	for k := s; k < len(toks) && k <= s+2; k++ {
		w := toks[k]
		if ordinals[w.lower] > 0 {
			next := k + 1
			// "the union's third this year"; not "the second biggest
			// strike", an ordinal of a superlative, nor one of a noun.
			// Nor "the launch was first scrubbed": before a participle the
			// ordinal is an adverb of the verb.
			return k, next >= len(toks) || !toks[next].tag.IsNoun() && !toks[next].tag.IsAdjective() && !toks[next].tag.IsAdverb() && !toks[next].tag.IsVerb() || toks[next].cap ||
				repeatsHead(toks, i, next)
		}
		if !(w.poss || w.lower == "the" || w.lower == "its" || w.lower == "their" || w.lower == "his" || w.lower == "her") {
			break
		}
	}
	return 0, false
}

// repeatsHead reports a noun at toks[j] of the same kind of event as the
// trigger at toks[i]: an apposition that ranks the event names it again
// ("Tuesday's recall, the company's second recall this year").
func repeatsHead(toks []token, i, j int) bool {
	if j >= len(toks) || !toks[j].tag.IsNoun() {
		return false
	}
	if toks[j].lemma != "" && toks[j].lemma == toks[i].lemma {
		return true
	}
	a, b := triggers[toks[i].lower], triggers[toks[j].lower]
	return a.kind != "" && a.kind == b.kind
}

// prepPhraseEnd returns the index after a short prepositional phrase at toks[k]
// ("at the market", "on the coast road"), or k when none stands there.
func prepPhraseEnd(toks []token, k int) int {
	if k >= len(toks) || toks[k].tag != text.IN {
		return k
	}
	for j := k + 1; j < len(toks) && j <= k+5; j++ {
		if t := toks[j]; !(t.tag == text.DT || t.tag.IsAdjective() || t.tag.IsNoun() || t.tag == text.PRPS) {
			return j
		}
	}
	return k
}

// predicateAfter returns the index after a form of "be" or "become" at
// toks[k], past a modal ("was", "will be", "became"): what follows says
// what the subject before it is ("Tuesday's strike was the fourth this
// year"); -1 when toks[k] starts none.
func predicateAfter(toks []token, k int) int {
	if k < len(toks) && toks[k].tag == text.MD {
		k++
	}
	if k < len(toks) && (toks[k].lemma == "be" || toks[k].lemma == "become") && toks[k].tag.IsVerb() {
		return k + 1
	}
	return -1
}

// adjectivesBetween reports whether only adjectives or participles stand
// between toks[k] and toks[i].
func adjectivesBetween(toks []token, k, i int) bool {
	for j := k + 1; j < i; j++ {
		if toks[j].tag != text.JJ && toks[j].tag != text.VBN && !(toks[j].tag == text.VBG && j == i-1) && !lex().Is(lexicon.AdditionWords, toks[j].lower) {
			return false // a participle modifies as an adjective does: "two crewed launches", "two qualifying stages"; so does "more"
		}
	}
	return i > k+1
}

// nthTimeOpens returns the index of "time" in ", the third time" (after a
// comma, after "it was", or opening the sentence) when the clause it opens runs to the
// event word at toks[i] with nothing between but a date, "that", the
// clause's subject and its auxiliaries: the event that clause tells is
// the one ranked.
func (a *analyzer) nthTimeOpens(toks []token, i int) (int, bool) {
	for k := i - 1; k >= 2 && k >= i-12; k-- {
		w := toks[k]
		if w.lower == "time" {
			if ordinals[toks[k-1].lower] == 0 || toks[k-2].lower != "the" || k > 2 && toks[k-3].lower != "," && !itIs(toks, k-3) {
				return 0, false
			}
			return k, true
		}
		if a.inAnyDate(w.start) {
			continue // "this year"
		}
		if !w.word || triggers[w.lower].kind != "" || w.tag.IsFinite() && !lex().Is(lexicon.Auxiliaries, w.lower) {
			return 0, false
		}
	}
	return 0, false
}

// clauseAfterTime reports a clause of its own after "time" at toks[end],
// past the date that scopes it: "that" or a finite verb before any comma.
func (a *analyzer) clauseAfterTime(toks []token, end int) bool {
	for k := end + 1; k < len(toks); k++ {
		switch t := toks[k]; {
		case a.inAnyDate(t.start):
		case t.lower == "that" || t.tag.IsFinite():
			return true
		case t.lower == "," || t.lower == "." || t.lower == ";":
			return false
		}
	}
	return false
}

// itIs reports "it" and a form of "be" ending at toks[k]: "It was the
// second time this year that Sen had beaten Pillai" ranks the event of
// the clause after "time".
func itIs(toks []token, k int) bool {
	return k >= 1 && toks[k].lemma == "be" && toks[k-1].lower == "it"
}

// inAnyDate reports whether byte off falls inside a time expression.
func (a *analyzer) inAnyDate(off int) bool {
	i := sort.Search(len(a.dates), func(i int) bool { return a.dates[i].End > off })
	return i < len(a.dates) && a.dates[i].Start <= off
}

// scopeAfter gives m the period right after toks[k] ("the second time
// this year") as the scope of its rank.
func (a *analyzer) scopeAfter(m *Mention, toks []token, k int, ds []int) {
	for _, d := range ds {
		e := a.dates[d]
		if e.Start < toks[k].end {
			continue
		}
		if e.Resolved && e.Granularity != dates.GrainDay && scopeGap(toks, toks[k].end, e.Start) {
			m.Scope, m.OrdinalSpan.End = d, e.End
		}
		return
	}
}

// itNthTime reads "it was the third time", "it is for the second time" or
// "it's the fourth time" from toks[k]: a clause that ranks the event just
// told. It returns the ordinal and the index of "time".
func itNthTime(toks []token, k int) (n, end int, ok bool) {
	if k+3 >= len(toks) || toks[k].lower != "it" || !lex().Is(lexicon.Auxiliaries, toks[k+1].lower) {
		return 0, 0, false
	}
	j := k + 2
	if toks[j].lower == "for" {
		j++
	}
	if j < len(toks) && toks[j].lower == "the" {
		j++
	}
	if j+1 >= len(toks) || toks[j+1].lower != "time" {
		return 0, 0, false
	}
	if n = ordinals[toks[j].lower]; n == 0 {
		return 0, 0, false
	}
	return n, j + 1, true
}

// rankLast reads a sentence that opens "It was the third time this year"
// as ranking the last event the sentence before told, when nothing ranked
// or counted it ("The drivers walked out on Aug. 31. It was the third
// time this year."); a period after "time" scopes the rank.
func (a *analyzer) rankLast(si int, toks []token, ds []int, scopes map[int]bool) {
	n, end, ok := itNthTime(toks, 0)
	if !ok || a.clauseAfterTime(toks, end) {
		return // "It was the second time this year that Sen had beaten Pillai": the clause's event is ranked
	}
	ms := a.out.Mentions
	mi := len(ms) - 1
	if mi < 0 || ms[mi].Sentence != si-1 || ms[mi].Ordinal != 0 || ms[mi].Count != 0 || ms[mi].Plural {
		return
	}
	m := &ms[mi]
	m.Ordinal, m.OrdinalSpan, m.RankSaid = n, Span{Start: toks[0].start, End: toks[end].end}, true
	for _, d := range ds {
		if e := a.dates[d]; e.Start >= toks[end].end && e.Resolved && e.Granularity != dates.GrainDay && scopeGap(toks, toks[end].end, e.Start) {
			m.Scope, m.OrdinalSpan.End = d, e.End
			scopes[d] = true
			a.out.Times[d].Scope = true
		}
		break
	}
}

// clauseNthTime returns the rank of "the second time" set after the
// comma that ends the clause of the verb at toks[i] ("blocked the road on
// Monday, the second time this year"), and the index of "time"; 0 for
// none. A finite verb or an event word before the comma ends the search.
func clauseNthTime(toks []token, i int) (int, int) {
	for k := i + 1; k+3 < len(toks) && k <= i+30; k++ {
		w := toks[k]
		if w.lower == "," {
			if toks[k+1].lower == "the" && ordinals[toks[k+2].lower] > 0 && toks[k+3].lower == "time" {
				return ordinals[toks[k+2].lower], k + 3
			}
			return 0, 0
		}
		if !w.word || w.tag.IsFinite() || triggers[w.lower].kind != "" {
			return 0, 0
		}
	}
	return 0, 0
}

// appositionEnd returns the index of the comma that closes a noun phrase
// set off by the comma at toks[k] ("Esteban Lorca, the former head of the
// utility, for ..."): a determiner opens it, no verb or other punctuation
// stands in it, and it is at most ten words long. It returns k when there
// is none.
func appositionEnd(toks []token, k int) int {
	if k+1 >= len(toks) || !isDeterminer(toks[k+1].lower) {
		return k
	}
	for j := k + 2; j < len(toks) && j <= k+11; j++ {
		switch t := toks[j]; {
		case t.lower == ",":
			return j
		case !t.word || t.tag.IsVerb():
			return k
		}
	}
	return k
}
