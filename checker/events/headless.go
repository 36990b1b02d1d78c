package events

import (
	"github.com/copydesk/copydesk/checker/dates"
	"slices"
	"sort"
	"strings"

	"github.com/copydesk/copydesk/checker/lexicon"

	"github.com/copydesk/copydesk/checker/tense"
	"github.com/copydesk/copydesk/checker/text"
)

// headlessAfter may follow a headless ordinal that opens a sentence: "The
// second, an orbiter, ...", "The first is due in March".
var headlessAfter = map[string]bool{",": true, "is": true, "was": true, "will": true, "would": true, "are": true, "has": true, "had": true}

// headlessNext reports a word that may follow a headless ordinal: a
// comma, an auxiliary, or any finite verb ("His first came last October",
// "The second followed in May").
func headlessNext(t token) bool {
	return headlessAfter[t.lower] || t.tag == text.VBD || t.tag == text.VBZ || t.tag == text.MD
}

// headless adds a mention for an ordinal without its noun opening sentence
// si ("The second, an orbiter that will relay signals, is planned for
// January 2029"), when the copy has just counted events of one kind ("two
// launches to the moon next year") within the two sentences before, or
// given such an ordinal to another of them there, with no other number
// word since. It is that many-th of the counted events: same kind and
// participants. The ordinal may keep the noun that modified the count's
// ("two pilot enumerations ... The first pilot, covering ...").
func (a *analyzer) headless(si int, toks []token, moved bool, tenseAt func(start, end int) tense.Result) {
	if a.counted == 0 && len(toks) >= 4 && toks[0].lower == "the" {
		a.headlessBelowRank(si, toks, tenseAt)
		return
	}
	if len(toks) >= 4 && toks[0].tag == text.PRPS {
		a.headlessOwned(si, toks, tenseAt)
		return
	}
	if a.counted == 0 || len(toks) < 4 || toks[0].lower != "the" {
		return
	}
	n := ordinals[toks[1].lower]
	if r := a.rankedBefore(si, toks[0].start); r >= a.counted && n > 1 && a.out.Mentions[r].Ordinal == n-1 && headlessNext(toks[2]) {
		// "There are five stages this year ... The first festival, in
		// 1997, ... The second, in 1998, ...": the series ranked just
		// before, told after the count, goes on.
		t := toks[1]
		m := headlessOf(a.out.Mentions[r], si, t, toks[0].start, n)
		m.Moved, m.Tense = moved, tenseAt(t.start, t.end)
		a.out.Mentions = append(a.out.Mentions, m)
		return
	}
	c := a.out.Mentions[a.counted-1]
	after := 2
	if c.CountSpan.Start < c.Trigger.Start {
		if mods := strings.Fields(a.src[c.CountSpan.Start:c.Trigger.Start]); len(mods) > 1 && strings.ToLower(mods[len(mods)-1]) == toks[2].lower {
			after = 3 // "two pilot enumerations in 2026 ... The first pilot, covering ..."
		}
	}
	if !headlessNext(toks[after]) {
		return
	}
	last, lastEnd := c.Sentence, c.Trigger.End
	if a.memberOf == a.counted && a.member > last {
		last, lastEnd = a.member, a.memberEnd // the series goes on from its last member
	}
	// Within two sentences, or in one of the next two paragraphs: a quote
	// between the count and its first member may run to several sentences.
	if breaks := strings.Count(a.src[lastEnd:toks[0].start], "\n\n"); n == 0 || n > c.Count || si-last > 2 && (breaks == 0 || breaks > 2) {
		return
	}
	if a.rankTaken(c.Kind, n) {
		return // "The first, ... The second, ..." and later "Its first rocket ... The second, Vyom-2": another series
	}
	a.member, a.memberOf, a.memberEnd = si, a.counted, toks[1].end
	t := toks[1]
	m := headlessOf(c, si, t, toks[0].start, n)
	m.Moved = moved
	m.Tense = tenseAt(t.start, t.end)
	scope := c.Scope
	if scope < 0 && len(c.Dates) > 0 && a.dates[c.Dates[0]].Granularity == "year" {
		scope = c.Dates[0] // "Two more cruises are planned for 2026"
	}
	if scope >= 0 {
		if a.memberScope == nil {
			a.memberScope = map[int]int{}
		}
		a.memberScope[len(a.out.Mentions)] = scope
	}
	a.out.Mentions = append(a.out.Mentions, m)
}

// rankTaken reports a mention of kind since the last count that already
// holds rank n: the count's series has its n-th, so a headless ordinal of
// that rank ranks another series.
func (a *analyzer) rankTaken(kind string, n int) bool {
	for _, m := range a.out.Mentions[a.counted:] {
		if m.Ordinal == n && m.Count == 0 && m.Kind == kind {
			return true
		}
	}
	return false
}

// headlessBelowRank adds a mention for an ordinal without its noun that
// opens sentence si right after a sentence that ranked an event above it
// ("It was the programme's third launch. The first, on Feb. 14, 2023,
// placed two satellites ..."; "It was the second time this year that Sen
// had beaten Pillai. The first came ..."): a lower rank of that series, of
// its kind and participants.
func (a *analyzer) headlessBelowRank(si int, toks []token, tenseAt func(start, end int) tense.Result) {
	n := ordinals[toks[1].lower]
	if n == 0 || !headlessNext(toks[2]) {
		return
	}
	for ci := len(a.out.Mentions) - 1; ci >= 0; ci-- {
		c := a.out.Mentions[ci]
		if c.Sentence < si-1 {
			return
		}
		if !c.Noun && !c.RankSaid || c.Ordinal <= n || c.Count > 0 {
			continue // a verb ranked by "the second time" has a series as a noun does
		}
		if from := max(c.Trigger.End, c.OrdinalSpan.End); from < toks[0].start && rankAfter(a.src[from:toks[0].start]) {
			// "the third birth this year, ... and the second red panda cub
			// born there since 2014. The first, a male born in 2015":
			// the rank nearer before is the series it goes on.
			return
		}
		t := toks[1]
		m := headlessOf(c, si, t, toks[0].start, n)
		m.Tense = tenseAt(t.start, t.end)
		a.out.Mentions = append(a.out.Mentions, m)
		return
	}
}

// rankAfter reports an ordinal word in the text between a ranked event
// and a headless ordinal: another series ranked nearer.
func rankAfter(between string) bool {
	for w := range strings.FieldsSeq(between) {
		if ordinals[strings.ToLower(strings.Trim(w, ",.;:"))] > 0 {
			return true
		}
	}
	return false
}

// headlessAfterRank adds a mention for "the" and an ordinal without its
// noun that opens a clause after a semicolon ("The
// federation's first strike, on Aug. 20, cancelled 2,300 trains; the
// second, a 24-hour stoppage on Aug. 13, shut the network"), right after a
// noun ranked one lower in this sentence or the one before, of a kind the
// copy has not counted: the next of that series, of its kind and
// participants. first is the index of the
// sentence's first mention; the mention is inserted in position order.
func (a *analyzer) headlessAfterRank(si int, toks []token, first int, tenseAt func(start, end int) tense.Result) {
	for k := 1; k+2 < len(toks); k++ {
		if toks[k-1].lower != ";" || toks[k].lower != "the" {
			continue
		}
		n, t := ordinals[toks[k+1].lower], toks[k+1]
		if n < 2 || !headlessNext(toks[k+2]) || a.mentionAt(first, t.start) {
			continue
		}
		c := a.rankedBefore(si, t.start)
		if c < 0 || a.out.Mentions[c].Ordinal != n-1 || a.countedKind(a.out.Mentions[c].Kind) {
			continue // a counted series has its members read by inlineOrdinals
		}
		cm := a.out.Mentions[c]
		m := headlessOf(cm, si, t, toks[k].start, n)
		m.Tense = tenseAt(t.start, t.end)
		at := first
		for at < len(a.out.Mentions) && a.out.Mentions[at].Trigger.Start < t.start {
			at++
		}
		a.out.Mentions = slices.Insert(a.out.Mentions, at, m)
	}
}

// countedKind reports whether a mention so far counts events of kind.
func (a *analyzer) countedKind(kind string) bool {
	for _, m := range a.out.Mentions {
		if m.Count > 0 && m.Kind == kind {
			return true
		}
	}
	return false
}

// mentionAt reports a mention of this sentence (from index first) whose
// trigger starts at byte off.
func (a *analyzer) mentionAt(first, off int) bool {
	for _, m := range a.out.Mentions[first:] {
		if m.Trigger.Start == off {
			return true
		}
	}
	return false
}

// rankedBefore returns the index of the last ranked noun mention (an
// ordinal, no count, not itself headless) before byte off in sentence si
// or the one before, or -1; a count between them ends the search.
func (a *analyzer) rankedBefore(si, off int) int {
	for ci := len(a.out.Mentions) - 1; ci >= 0; ci-- {
		c := a.out.Mentions[ci]
		if c.Sentence < si-1 {
			return -1
		}
		if c.Trigger.Start >= off {
			continue
		}
		if c.Count > 0 {
			return -1
		}
		if c.Noun && c.Ordinal > 0 && !c.Headless {
			return ci
		}
	}
	return -1
}

// headlessOf returns the mention of an ordinal without its noun, the
// token ord in sentence si, ranked n-th and written from byte from ("the
// second", "Her second"): a member of c's series, of its kind and
// participants.
func headlessOf(c Mention, si int, ord token, from, n int) Mention {
	return Mention{
		Kind: c.Kind, Trigger: Span{Start: ord.start, End: ord.end}, Noun: true, Sentence: si, Scope: -1, Group: -1,
		Agent: c.Agent, Place: c.Place, AgentVia: c.AgentVia, PlaceVia: c.PlaceVia,
		Ordinal: n, OrdinalSpan: Span{Start: from, End: ord.end}, Definite: true, Headless: true,
	}
}

// ownedSpan is how many sentences back an owned headless ordinal looks
// for the ranked series it goes on.
const ownedSpan = 8

// headlessOwned adds a mention for an ordinal without its noun, owned by
// a possessive pronoun, that opens sentence si ("Her second, 'Os Jardins
// de Sal', came out in 2009") after another rank of a series a few
// sentences before ("Her first novel, published in 2012"): a member of
// that series, of its kind and participants.
func (a *analyzer) headlessOwned(si int, toks []token, tenseAt func(start, end int) tense.Result) {
	n := ordinals[toks[1].lower]
	if n == 0 || !headlessNext(toks[2]) {
		return
	}
	for ci := len(a.out.Mentions) - 1; ci >= 0; ci-- {
		c := a.out.Mentions[ci]
		if c.Sentence < si-ownedSpan {
			return
		}
		if !c.Noun || c.Ordinal == 0 || c.Ordinal == n || c.Count > 0 || c.Headless || c.Agent == "" {
			continue
		}
		t := toks[1]
		m := headlessOf(c, si, t, toks[0].start, n)
		m.Tense = tenseAt(t.start, t.end)
		a.out.Mentions = append(a.out.Mentions, m)
		return
	}
}

// bareDate reports a month or a day written without its year and without
// a word that places it from now ("September", "March 3"; not "next
// March"): the resolver chose its year.
func bareDate(e dates.Expr) bool {
	if !e.Relative || e.Anchor >= 0 || e.Granularity != "month" && e.Granularity != "day" {
		return false
	}
	switch strings.ToLower(text.FirstField(e.Text)) {
	case "next", "last", "this", "coming", "past", "early", "late", "mid":
		return false
	}
	return true
}

// inScopeYear returns date d of headless member mi, or -1 when the
// resolver chose its year (a bare "in September") and that year is not
// the one its count's scope names ("Two more cruises are
// planned for 2026 ... The second, in September, will repeat ..."): the
// copy means the month in the count's year, which the resolver could not
// know.
func (a *analyzer) inScopeYear(mi, d int) int {
	s, ok := a.memberScope[mi]
	if !ok || !bareDate(a.dates[d]) || a.dates[s].Granularity != "year" {
		return d
	}
	if a.dates[d].From.Year() != a.dates[s].From.Year() {
		return -1
	}
	return d
}

// pointedScopeYear is inScopeYear for an ordinal that points at a series
// counted within a year in the two sentences before ("visited the site
// three times in 2022. At the first of the three inspections, in March,
// ..."): a bare month there is in the count's year, which the resolver
// could not know, so a date it put in a later year is dropped.
func (a *analyzer) pointedScopeYear(mi, d int) int {
	m := a.out.Mentions[mi]
	for j := mi - 1; j >= 0 && a.out.Mentions[j].Sentence >= m.Sentence-2; j-- {
		c := a.out.Mentions[j]
		if c.Count < 2 || c.Scope < 0 {
			continue
		}
		if s := a.dates[c.Scope]; s.Granularity == "year" && bareDate(a.dates[d]) && a.dates[d].From.Year() > s.From.Year() {
			// Only a year after the count's: "twice this year ... The
			// first of those, in November", read in April as last
			// November, is before the year and so no member of it.
			return -1
		}
		return d
	}
	return d
}

// trackCounted keeps a.counted: the last plural noun mention of the
// sentence with a count becomes the one a headless ordinal may refer to;
// any other number word in the sentence (another count, "two sites"; not
// the day of a date) ends that.
func (a *analyzer) trackCounted(toks []token, first int, ds []int) {
	last := -1
	for mi := first; mi < len(a.out.Mentions); mi++ {
		if m := a.out.Mentions[mi]; m.Count > 1 && (m.Plural && m.Noun || !m.Noun && m.Scope >= 0) {
			last = mi // "two launches", and "has erupted twice this month"
		}
	}
	if last >= 0 {
		a.counted = last + 1
	}
	from := 0
	if a.counted > 0 {
		c := a.out.Mentions[a.counted-1]
		from = c.CountSpan.End
		if c.Sentence < a.out.Mentions[len(a.out.Mentions)-1].Sentence && a.memberSentence(first) {
			return // "The first, Nyota-3, flies in July with three cameras": a member's sentence
		}
	}
	for _, t := range toks {
		if n := numberWords[t.lower]; n > 0 && t.start >= from && !inDate(a.dates, ds, t.start) {
			if a.counted > 0 && n == a.out.Mentions[a.counted-1].Count && t.lower == "both" {
				continue // "two more satellites this year, both assembled in Nairobi": the same two
			}
			a.counted = 0
			return
		}
	}
}

// memberSentence reports whether the sentence whose mentions start at
// index first opens with a member of the series just counted: a headless
// ordinal of its kind, or a ranked noun of it ("The first tour, a 14-day
// run of 11 concerts in nine cities, opens on May 24"), whose own figures
// count no other series.
func (a *analyzer) memberSentence(first int) bool {
	if first >= len(a.out.Mentions) || a.counted == 0 {
		return false
	}
	m, c := a.out.Mentions[first], a.out.Mentions[a.counted-1]
	return m.Kind == c.Kind && (m.Headless || m.Noun && m.Ordinal > 0 && m.Ordinal <= c.Count && m.Count == 0)
}

// headlessDate returns the date of a headless ordinal's sentence: its only
// resolved adverbial date that no verb points elsewhere ("is planned for
// January 2029"), or -1. The ordinal is the sentence's subject, so the
// clause opened inside its appositive ("an orbiter that will relay ...")
// does not take the date from it, and a date inside the appositive, bytes
// [apFrom, apTo), is not its date ("The first, a referendum last held in
// 2021, will ask ...").
func (a *analyzer) headlessDate(ds []int, scopes map[int]bool, apFrom, apTo int) int {
	found := -1
	for _, d := range ds {
		u := a.out.Times[d]
		if scopes[d] || !a.dates[d].Resolved || !u.Adverbial || a.dates[d].Start >= apFrom && a.dates[d].Start < apTo {
			continue
		}
		if found >= 0 || u.Target || u.Reported {
			return -1
		}
		found = d
	}
	return found
}

// appositive returns the bytes [from, to) of the appositive after a
// headless ordinal that opens the sentence ("The first, a referendum last
// held in 2021, will ask ..."): from its comma to the next comma outside a
// date, or to the end of the sentence when none closes it. It returns -1,
// -1 when there is none, or when the appositive is only a date with its
// preposition ("The first, on Oct. 8, will last 24 hours"): that date is
// the ordinal's, or a participle whose date is the ordinal's ("The first,
// flown on Sept. 26, ...").
func (a *analyzer) appositive(toks []token, ds []int) (from, to int) {
	if len(toks) < 4 || toks[2].lower != "," {
		return -1, -1
	}
	if toks[3].tag == text.VBN || toks[3].tag == text.VBD {
		return -1, -1 // "The first, flown on Sept. 26, mapped ...": a participle that dates the ordinal
	}
	from, to = toks[2].end, toks[len(toks)-1].end
	onlyDate := true
	for _, t := range toks[3:] {
		inside := inDate(a.dates, ds, t.start)
		if t.lower == "," && !inside {
			to = t.start
			break
		}
		if !inside && !timePreps[t.lower] {
			onlyDate = false
		}
	}
	if onlyDate {
		return -1, -1
	}
	return from, to
}

// inlineOrdinals adds a mention for each ordinal without its noun that
// follows, in the same sentence, a plural mention with a count, each with
// the date right after it: "after two lengthy interviews, the first on
// Dec. 31 and the second on Dec. 13". Each is that many-th of the counted
// events.
func (a *analyzer) inlineOrdinals(toks []token, first int, ds []int, scopes map[int]bool) {
	end := len(a.out.Mentions)
	for ci := first; ci < end; ci++ {
		c := a.out.Mentions[ci]
		if c.Count < 2 || !c.Plural || !c.Noun {
			continue
		}
		k := sort.Search(len(toks), func(k int) bool { return toks[k].start >= c.Trigger.End })
		for ; k+2 < len(toks); k++ {
			if toks[k].lower != "the" || (toks[k-1].lower != "," && toks[k-1].lower != "and") {
				continue
			}
			n := ordinals[toks[k+1].lower]
			if n == 0 || n > c.Count {
				continue
			}
			// "the first on Dec. 31", "the second in May": the date after
			// one preposition.
			if k+2 >= len(toks) || toks[k+2].tag != text.IN {
				continue
			}
			d := a.dateRightAfter(toks, k+2, ds, scopes)
			if d < 0 {
				continue
			}
			t := toks[k+1]
			m := headlessOf(c, c.Sentence, t, toks[k].start, n)
			m.Open, m.Dates, m.Direct, m.Tense = c.Open, []int{d}, true, c.Tense
			a.out.Mentions = append(a.out.Mentions, m)
		}
	}
}

// elidedOnes adds a mention for each "one" that stands, after "and", "or"
// or a comma, for an indefinite event noun told before it in the sentence,
// with a date right after a preposition: "an inspection in March 2022
// rated the cables fair, and one in July 2022 noted rust". Each is another
// event of that kind, dated.
func (a *analyzer) elidedOnes(toks []token, first int, ds []int, scopes map[int]bool) {
	end := len(a.out.Mentions)
	for k := 2; k+2 < len(toks); k++ {
		if toks[k].lower != "one" || toks[k-1].lower != "and" && toks[k-1].lower != "or" && toks[k-1].lower != "," || toks[k+1].tag != text.IN {
			continue
		}
		d := a.dateRightAfter(toks, k+1, ds, scopes)
		if d < 0 {
			continue
		}
		for ci := end - 1; ci >= first; ci-- {
			c := a.out.Mentions[ci]
			if c.Trigger.End > toks[k].start || !c.Noun || !c.Indefinite || len(c.Dates) == 0 {
				continue
			}
			t := toks[k]
			a.out.Mentions = append(a.out.Mentions, Mention{
				Kind: c.Kind, Trigger: Span{Start: t.start, End: t.end}, Noun: true, Sentence: c.Sentence, Scope: -1, Group: -1,
				Agent: c.Agent, Place: c.Place, AgentVia: c.AgentVia, PlaceVia: c.PlaceVia, Open: c.Open,
				Indefinite: true, Dates: []int{d}, Direct: true, Tense: c.Tense,
			})
			break
		}
	}
}

// elidedAgain adds a mention for each "again" that stands, after "and" or
// a comma, for a dated verb told before it in the sentence, with a date
// right after a preposition: "first blocked the highway on Jan. 9 ... and
// again on Jan. 27", "raised the fee last December, and again in April".
// Each is another event of the verb's kind, dated.
func (a *analyzer) elidedAgain(toks []token, first int, ds []int, scopes map[int]bool) {
	end := len(a.out.Mentions)
	for k := 2; k+2 < len(toks); k++ {
		if toks[k].lower != "again" || toks[k-1].lower != "and" && toks[k-1].lower != "," || toks[k+1].tag != text.IN {
			continue
		}
		d := a.dateRightAfter(toks, k+1, ds, scopes)
		if d < 0 {
			continue
		}
		ci := a.againOf(toks, first, end, k)
		if ci >= 0 {
			c := a.out.Mentions[ci]
			t := toks[k]
			a.out.Mentions = append(a.out.Mentions, Mention{
				Kind: c.Kind, Trigger: Span{Start: t.start, End: t.end}, Sentence: c.Sentence, Scope: -1, Group: -1,
				Agent: c.Agent, Place: c.Place, AgentVia: c.AgentVia, PlaceVia: c.PlaceVia, Open: c.Open,
				Again: true, Dates: []int{d}, Direct: true, Tense: c.Tense,
			})
		}
	}
}

// elidedVerbs adds a mention for each object and date coordinated after a
// dated verb with its verb left out ("recalled jam in January and soy
// milk in March"): after "and" or a comma, one to four words of a noun
// phrase with no verb, a preposition and a date. Each is another event of
// the verb's kind, dated.
func (a *analyzer) elidedVerbs(toks []token, first int, ds []int, scopes map[int]bool) {
	end := len(a.out.Mentions)
	for ci := first; ci < end; ci++ {
		c := a.out.Mentions[ci]
		if c.Noun || len(c.Dates) != 1 || c.Count > 0 || c.Ordinal > 0 || c.Moved {
			continue
		}
		k := firstFrom(toks, a.dates[c.Dates[0]].End)
		for k+3 < len(toks) && (toks[k].lower == "and" || toks[k].lower == ",") {
			j := k + 1
			if toks[k].lower == "," && toks[j].lower == "and" {
				j++
			}
			n := j
			for n < len(toks) && n < j+4 && (inNounPhrase(toks[n]) && !toks[n].tag.IsVerb()) && !a.inAnyDate(toks[n].start) {
				n++
			}
			if n == j || n >= len(toks) || toks[n].tag != text.IN {
				break
			}
			d := a.dateRightAfter(toks, n, ds, scopes)
			if d < 0 {
				break
			}
			t := toks[j]
			a.out.Mentions = append(a.out.Mentions, Mention{
				Kind: c.Kind, Trigger: Span{Start: t.start, End: t.end}, Sentence: c.Sentence, Scope: -1, Group: -1,
				Agent: c.Agent, Place: c.Place, AgentVia: c.AgentVia, PlaceVia: c.PlaceVia, Open: c.Open,
				Dates: []int{d}, Direct: true, Tense: c.Tense,
			})
			k = firstFrom(toks, a.dates[d].End)
		}
	}
}

// firstFrom returns the index of the first token that starts at byte off
// or after it, or len(toks).
func firstFrom(toks []token, off int) int {
	return sort.Search(len(toks), func(i int) bool { return toks[i].start >= off })
}

// againOf returns the index of the dated past verb among mentions
// [first, end) before toks[k] that an elided "again" repeats: the one
// "first" marks ("Growers first blocked the highway on Jan. 9, when about
// 300 sat down ..., and again on Jan. 27"), else the nearest; -1 for none.
func (a *analyzer) againOf(toks []token, first, end, k int) int {
	found := -1
	for ci := end - 1; ci >= first; ci-- {
		c := a.out.Mentions[ci]
		if c.Trigger.End > toks[k].start || c.Noun || len(c.Dates) == 0 || c.Count > 0 || c.Ordinal > 0 || c.Tense.Tense != tense.Past {
			continue
		}
		if found < 0 {
			found = ci
		}
		if j := tokenAt(toks, c.Trigger.Start); j > 0 && toks[j-1].lower == "first" {
			return ci
		}
	}
	return found
}

// dateRightAfter returns the date that starts right after toks[k] ("set
// for Wednesday, May 13"), or -1.
func (a *analyzer) dateRightAfter(toks []token, k int, ds []int, scopes map[int]bool) int {
	for _, d := range ds {
		if e := a.dates[d]; !scopes[d] && e.Resolved && e.Start >= toks[k].end && tokenGap(toks, toks[k].end, e.Start) == 0 {
			return d
		}
	}
	return -1
}

// attempt adds a mention for a ranked noun of trying with no event noun
// before it ("The second attempt, on Feb. 6, got further") when the copy
// has named tries at an event ("Orvane's first launch attempt") within the
// six sentences before: another try at that event, of its kind and
// participants.
func (a *analyzer) attempt(si int, toks []token, moved bool, tenseAt func(start, end int) tense.Result) {
	if a.tried == 0 {
		return
	}
	c := a.out.Mentions[a.tried-1]
	if si-c.Sentence > 6 {
		return
	}
	for k := 1; k < len(toks); k++ {
		t := toks[k]
		n := ordinals[toks[k-1].lower]
		if n == 0 || !lex().Is(lexicon.AttemptNouns, t.lemmaOr()) {
			continue
		}
		m := Mention{
			Kind: c.Kind, Trigger: Span{Start: t.start, End: t.end}, Noun: true, Sentence: si, Scope: -1, Group: -1, Moved: moved,
			Agent: c.Agent, Place: c.Place, AgentVia: c.AgentVia, PlaceVia: c.PlaceVia,
			Ordinal: n, OrdinalSpan: Span{Start: toks[k-1].start, End: t.end},
			Definite: k >= 2 && (toks[k-2].lower == "the" || toks[k-2].poss || isPersonPronoun(toks[k-2].lower)),
		}
		m.Tense = tenseAt(t.start, t.end)
		a.out.Mentions = append(a.out.Mentions, m)
		return
	}
}

// trackTried keeps a.tried: the last noun mention of the sentence that a
// noun of trying follows ("the first launch attempt").
func (a *analyzer) trackTried(toks []token, first int) {
	for mi := first; mi < len(a.out.Mentions); mi++ {
		m := a.out.Mentions[mi]
		if !m.Noun || m.Headless {
			continue
		}
		k := sort.Search(len(toks), func(i int) bool { return toks[i].start >= m.Trigger.End })
		if k < len(toks) && lex().Is(lexicon.AttemptNouns, toks[k].lemmaOr()) {
			a.tried = mi + 1
		}
		if n, o, e := rankedAttemptAfter(toks, k); n > 0 {
			// "Tuesday's flight was Haenim's third orbital attempt": the
			// subject is the third of its tries, and the tries the copy
			// ranks after ("The second attempt, in May") are of its kind.
			a.tried = mi + 1
			if p := &a.out.Mentions[mi]; p.Ordinal == 0 && p.Count == 0 {
				p.Ordinal, p.OrdinalSpan, p.RankSaid = n, Span{Start: toks[o].start, End: toks[e].end}, true
			}
		}
	}
}

// rankedAttemptAfter reads a predicate of "be" at toks[k] that ranks an
// attempt ("was Haenim's third orbital attempt", "is the second try"):
// the rank, and the indices of its ordinal and of the attempt noun; 0 for
// none.
func rankedAttemptAfter(toks []token, k int) (n, o, e int) {
	if k >= len(toks) || toks[k].lower != "was" && toks[k].lower != "is" {
		return 0, 0, 0
	}
	for j := k + 1; j < len(toks) && j <= k+6; j++ {
		t := toks[j]
		switch {
		case ordinals[t.lower] > 0 && n == 0:
			n, o = ordinals[t.lower], j
		case n > 0 && lex().Is(lexicon.AttemptNouns, t.lemmaOr()):
			return n, o, j
		case !t.word || t.tag.IsVerb():
			return 0, 0, 0
		}
	}
	return 0, 0, 0
}
