package events

import (
	"sort"
	"strings"

	"github.com/copydesk/copydesk/checker/dates"
	"github.com/copydesk/copydesk/checker/lexicon"

	"github.com/copydesk/copydesk/checker/tense"
	"github.com/copydesk/copydesk/checker/text"
)

type tenseResult = tense.Result

// timePreps are the prepositions a date may follow.
var timePreps = map[string]bool{
	"in": true, "on": true, "at": true, "during": true, "within": true, "by": true, "before": true, "after": true,
	"since": true, "from": true, "until": true, "till": true, "to": true, "for": true, "of": true, "through": true,
	"throughout": true, "over": true, "between": true, "around": true, "into": true, "as": true, "than": true,
}

// continuers are the lower-case words that may follow an adverbial date
// without making it a noun modifier ("in 2025 and", "last year when").
var continuers = map[string]bool{
	"and": true, "or": true, "but": true, "when": true, "as": true, "to": true, "that": true, "which": true,
	"who": true, "while": true, "after": true, "before": true, "than": true, "the": true, "a": true, "an": true,
	"his": true, "her": true, "its": true, "their": true, "he": true, "she": true, "it": true, "they": true,
	"we": true, "is": true, "are": true, "was": true, "were": true, "will": true, "would": true, "has": true,
	"have": true, "had": true, "be": true, "been": true, "in": true, "on": true, "at": true, "for": true,
	"with": true, "by": true, "from": true, "of": true, "if": true, "so": true, "because": true, "until": true,
	"since": true, "amid": true, "despite": true, "though": true, "although": true, "where": true, "then": true,
	"also": true, "alone": true, "ago": true, "earlier": true, "later": true, "said": true, "says": true,
	"told": true, "according": true, "could": true, "should": true, "may": true, "might": true, "can": true,
	"not": true, "only": true, "again": true, "already": true, "too": true, "instead": true, "onward": true,
	"onwards": true, "without": true, "within": true, "under": true, "into": true, "over": true, "about": true, "against": true, "through": true,
}

// timeUse records how the date ds[d] is used in its sentence.
func (a *analyzer) timeUse(si int, tenseAt func(start, end int) tense.Result, toks []token, d int, quoted []Span) {
	e := a.dates[d]
	u := TimeUse{Sentence: si, Mention: -1, Adverbial: true, Fixed: fixed(e), Fronted: frontedDate(toks, e)}
	u.Tense = tenseAt(e.Start, e.End)
	if r := e.Restates; r >= 0 && r < d && a.out.Times[r].Sentence == si {
		u.Tense = a.out.Times[r].Tense // "which closed 60 years ago, in 1964": that clause's
	}
	before, after, lastIn := -1, -1, -1
	for k, t := range toks {
		if t.end <= e.Start {
			before = k
		}
		if t.start < e.End && t.end > e.Start {
			lastIn = k
		}
		if t.start >= e.End {
			after = k
			break
		}
	}
	if before >= 0 && timePreps[toks[before].lower] {
		u.Prep = toks[before].lower
		if (u.Prep == "after" || u.Prep == "before") && before > 0 && nearly[toks[before-1].lower] {
			u.Prep = "at" // "shortly after 11 p.m.": about then, not a bound
		}
	} else if timePreps[u.Tense.Prep] {
		u.Prep = u.Tense.Prep // a list's preposition: "after 2020, 2022 and 2024"
	}
	if p := participleBefore(toks, before, u.Tense); p >= 0 {
		// "a terminal approved by the council last year has yet to
		// open": the date times the participle, not the verb after it.
		u.Tense = tense.Result{Tense: tense.Past, Cue: toks[p].text, CueStart: toks[p].start, CueEnd: toks[p].end}
	}
	u.Adverbial = adverbial(e, toks, before, after, lastIn) && !u.Tense.Modifier
	u.Reference = referenced(toks, before)
	if u.Tense.Cue != "" {
		u.Reported, u.Target = cueKinds(u.Tense, toks, e)
	}
	if inSpans(quoted, e.Start) {
		u.Quoted = true
		u.Adverbial = false
	} else if u.Tense.Cue != "" && inSpans(quoted, u.Tense.CueStart) {
		// "called it 'a choice the government may come to regret', a
		// reference to rulings in 2022": a verb inside a quotation does
		// not time a date outside it.
		u.Tense = tense.Result{Tense: tense.Unknown}
	}
	a.out.Times[d] = u
}

// adverbial tells whether a date times its clause, rather than modifying a
// noun ("the 2016 deal", "next month's summit", "third-quarter results"),
// standing as the base of a comparison ("up from 20% last year", "than a
// year earlier") or qualifying the subject ("the decision last month will
// ...").
func adverbial(e dates.Expr, toks []token, before, after, lastIn int) bool {
	first, _, _ := strings.Cut(e.Text, " ")
	first = strings.ToLower(first)
	if before >= 0 && !isDeterminer(first) {
		if p := toks[before]; p.lower == "the" || p.lower == "a" || p.lower == "an" || p.lower == "its" || p.poss ||
			p.lower == "his" || p.lower == "her" || p.lower == "their" {
			return false
		}
	}
	if lastIn >= 0 && toks[lastIn].poss {
		return false
	}
	if before >= 1 && toks[before].lower == "(" && after >= 0 && toks[after].lower == ")" && toks[before-1].word && toks[before-1].tag.IsNoun() &&
		!lex().Is(lexicon.Weekdays, toks[before-1].lower) && !lex().Is(lexicon.Months, toks[before-1].lower) && !isDigits(toks[before-1].lower) {
		// "Maarten Dekkers (1961)", "the painter Anna Vos (1921-1998)": a
		// name's dates, no time of the clause; not "on Monday (June 22)".
		return false
	}
	if before >= 0 && toks[before].lower == "ago" {
		return false // "hosted the Games 31 years ago next month": the anniversary's time, not the clause's
	}
	if e.Relative && before >= 0 && forEvent(toks, before) {
		return false // "was named in the squad for the championships next month": the championships' time
	}
	if after >= 0 {
		n := toks[after]
		if n.word && !n.cap && !continuers[n.lower] && !isDeterminer(n.lower) && !lex().Is(lexicon.Prepositions, n.lower) && n.tag != text.IN && n.tag != text.WRB && n.tag != text.WDT && n.tag != text.WP && !strings.HasSuffix(n.lower, "ing") &&
			!strings.HasSuffix(n.lower, "ed") && !strings.HasSuffix(n.lower, "ly") && !isDigits(n.lower) {
			return false
		}
		if n.word && modalStart[n.lower] && before >= 0 && toks[before].word && !timePreps[toks[before].lower] {
			return false // "the decision last month will ..."
		}
	}
	// Back to a comparer within the phrase of figures it governs, past
	// the figures and dates coordinated in it ("up from 41,200 in 2022
	// and 29,800 in 2021"), but not past a verb, which opens a clause of
	// its own. (The bound keeps the cost per date flat on copy without
	// verbs.)
	for k := before; k >= 0 && k > before-40; k-- {
		t := toks[k]
		if comparers[t.lower] && comparing(toks, k) {
			return false
		}
		if t.tag.IsVerb() || t.tag == text.MD || !t.word && t.lower != "%" && t.lower != "$" && t.lower != "." && t.lower != "," {
			break
		}
	}
	return true
}

// fixed tells whether a date's interval stands whatever the tense of its
// clause: written out in full, or deictic ("next month", "last week", "two
// weeks ago", "this November"). A bare "September" or "Thursday" is not:
// the resolver picked its year or week from the tense, so tense cannot
// contradict it.
func fixed(e dates.Expr) bool {
	if !e.Relative || e.Anchor >= 0 {
		return !e.Relative
	}
	return !e.ByTense
}

// cueKinds classifies the verb group that gave a date its tense. reported:
// a future seen from the past ("said he would visit", "was expected to",
// "invited him to rejoin"), right in copy about the past whatever the date.
// target: a past verb that points at a later time by its meaning ("set a
// hearing for", "invited ... to a ceremony on", "predicted"), or a "to"
// between the verb and the date, so that the date need not time the verb.
func cueKinds(tr tense.Result, toks []token, e dates.Expr) (reported, target bool) {
	cue := strings.ToLower(tr.Cue)
	head := text.FirstField(cue)
	if head == "" {
		return false, false
	}
	if tr.Tense == tense.Future {
		// "plans to hold a conference ... made last week": a participle
		// right before the date times it, not the future verb.
		for k := len(toks) - 1; k >= 0; k-- {
			t := toks[k]
			if t.end > e.Start {
				continue
			}
			if timePreps[t.lower] {
				continue
			}
			if t.start >= tr.CueEnd && (strings.HasSuffix(t.lower, "ed") || pastParticiples[t.lower]) {
				return true, false
			}
			break
		}
		return tr.FutureInPast || pastForm(head) || head == "due", false
	}
	if tr.Tense != tense.Past {
		return false, false
	}
	if backshifted(toks, tr.CueStart) || (head == "was" || head == "were") && reportedState(toks, tr) {
		return true, false
	}
	for w := range strings.FieldsSeq(cue) {
		if lex().Is(lexicon.TargetVerbs, w) || lex().Is(lexicon.TargetVerbs, lex().Lemma(w, lexicon.Verb)) {
			return false, !enactedThing(toks, tr, e)
		}
	}
	if governedByTarget(toks, tr.CueStart) {
		return false, true // "wants the vote held on March 4": a participle a verb of wanting governs
	}
	for k, t := range toks {
		if t.start < tr.CueEnd || t.end > e.Start || t.lower != "to" && t.lower != "for" && t.lower != "until" {
			continue
		}
		// "postponed to May", "set a hearing for June 22", "subpoenaed
		// him to testify on Feb. 10"; not "reopened to visitors in
		// October", where "to" names who, not when.
		if t.lower == "until" || k+1 < len(toks) && (toks[k+1].start >= e.Start || toks[k+1].tag == text.CD || t.lower == "to" && toks[k+1].tag == text.VB) {
			return false, true
		}
	}
	return false, false
}

// participleBefore returns the index of a past participle that opens a
// reduced relative clause ending at toks[before] ("approved by the council
// last year", "built in 1996"), whether the clause's verb (tr) comes after
// the date or before it, or -1.
func participleBefore(toks []token, before int, tr tense.Result) int {
	if before < 0 || tr.Cue == "" {
		return -1
	}
	for k := before; k >= 0 && k > before-5; k-- {
		t := toks[k]
		if t.start < tr.CueEnd && tr.CueStart <= toks[before].end {
			return -1 // back to the cue itself: no participle of its own
		}
		byAgent := k+1 < len(toks) && toks[k+1].lower == "by"
		participle := t.tag == text.VBN || t.tag == text.VBD && byAgent // "a firm founded by ..."
		// After the clause's own verb, only a participle with its agent
		// or its date right after it opens a clause of its own ("will be
		// converted by a firm founded by Ferenc Kertész in 1991"; not
		// "products based on the chip early next year").
		after := tr.CueStart <= toks[before].end
		afterNoun := k > 0 && toks[k-1].tag.IsNoun() || k > 1 && toks[k-1].lower == "," && toks[k-2].tag.IsNoun() // "murals, painted by ..."
		if participle && afterNoun && (!after || byAgent || k == before-1) {
			return k
		}
		if !t.word || t.tag.IsFinite() {
			return -1
		}
	}
	return -1
}

// backshifted reports a past form in a clause of time that hangs on a
// future seen from the past: "said rationing would ease once the pipes
// were connected, probably early next year". The past tense there tells
// of the future.
func backshifted(toks []token, cueStart int) bool {
	sub := -1
	for k := len(toks) - 1; k >= 0; k-- {
		if toks[k].start >= cueStart {
			continue
		}
		if sub < 0 && temporalSubordinators[toks[k].lower] {
			sub = k
			continue
		}
		if sub >= 0 && (toks[k].lower == "would" || toks[k].lower == "'d" || toks[k].lower == "’d") {
			return true
		}
	}
	return false
}

// reportedState reports a past "be" before an adjective in a clause a
// verb of saying reports ("Forecasters said more showers were likely over
// the mountains next week"): the speaker's present, shifted back, which
// may hold of a time still ahead.
func reportedState(toks []token, tr tense.Result) bool {
	k := sort.Search(len(toks), func(i int) bool { return toks[i].start >= tr.CueEnd })
	if k >= len(toks) || !toks[k].tag.IsAdjective() && !(toks[k].tag == text.RB && strings.HasSuffix(toks[k].lower, "ly") && k+1 < len(toks) && !toks[k+1].tag.IsVerb()) {
		return false // "were likely over the mountains"; not "was quickly repaired"
	}
	for j := 0; j < len(toks) && toks[j].end <= tr.CueStart; j++ {
		if toks[j].tag.IsVerb() && lex().Is(lexicon.SayingVerbs, toks[j].lemmaOr()) {
			return true
		}
	}
	return false
}

// temporalSubordinators open a clause that says when the main one happens.
var temporalSubordinators = map[string]bool{"once": true, "when": true, "until": true, "till": true, "after": true, "before": true, "whenever": true}

// pastForm reports whether w is a past-tense form that opens a future seen
// from the past: "would", "was (expected)", "invited (him to)", "agreed".
func pastForm(w string) bool {
	switch w {
	case "would", "'d", "’d", "was", "were", "had", "could", "said", "told", "sought", "took", "made", "gave", "won":
		return true
	}
	return strings.HasSuffix(w, "ed")
}

// modalStart are the words that open a verb group right after a subject.
var modalStart = map[string]bool{"will": true, "would": true, "could": true, "should": true, "may": true, "might": true, "is": true, "was": true}

// forEvent reports an event noun at toks[k], right before a relative
// date, whose noun phrase "for", "ahead of" or "before" opens ("picked for
// the final next month", "named in the squad for the under-23
// championships next month", "ahead of a referendum next month"): the
// date times the event the clause's act is for or is set against, not
// the act.
func forEvent(toks []token, k int) bool {
	t := toks[k]
	l := t.lemma
	if t.cap {
		l = lex().Lemma(t.lower, lexicon.Noun) // "the European Championships": a name's event noun
	}
	if !t.word || !t.tag.IsNoun() || l == "" || lex().EventClass(l) == "" && lex().LaterAct(l) != "event" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		switch {
		case toks[j].lower == "for" || aheadOf(toks, j):
			return true
		case !toks[j].word || toks[j].tag.IsVerb():
			return false
		}
	}
	return false
}

// aheadOf reports a word of time order at toks[j] (lexicon class
// time-openers: "before", "until", "after"), or the "of" that closes
// "ahead of" or "in advance of": the event noun after it is a point the
// clause is set against ("has divided the island ahead of a referendum
// next month"), and a date right after that noun is the event's.
func aheadOf(toks []token, j int) bool {
	if toks[j].lower == "of" {
		return j > 0 && (toks[j-1].lower == "ahead" || toks[j-1].lower == "advance")
	}
	return toks[j].tag == text.IN && lex().Is(lexicon.TimeOpeners, toks[j].lower)
}

// referenced tells whether a noun phrase opened by "after", "before",
// "since" or "following" holds the date whose previous token is before
// ("after votes in September 2025"; not "after September 2025").
func referenced(toks []token, before int) bool {
	limit := before - 6
	for k := before - 1; k >= 0 && k > limit; k-- {
		if !toks[k].word {
			return false
		}
		if referencePreps[toks[k].lower] {
			// "will come before the judge in November 2023": a body or
			// a person before the date's preposition names no event,
			// so the date is the clause's, not the reference's.
			return !(toks[k].lower == "before" && before > k+1 && bodyNotEvent(toks[before-1], toks[before]))
		}
		if toks[k].lower == "and" || toks[k].lower == "or" {
			// A second conjunct shares the first one's preposition:
			// "after a shutdown in 2021 and a six-week one in 2023".
			limit = k - 8
		}
	}
	return false
}

// bodyNotEvent reports a noun that names no event (a body, a person, a
// place) right before the date's preposition prep: "before the judge in
// November", "before the committee on May 28".
func bodyNotEvent(head, prep token) bool {
	l := head.lemma
	return head.word && head.tag.IsNoun() && !head.cap && l != "" && lex().EventClass(l) == "" &&
		lex().Known(l, lexicon.Noun) && !lex().Is(lexicon.DayParts, head.lower) && (prep.lower == "in" || prep.lower == "on" || prep.lower == "at")
}

// referencePreps open a noun phrase that is a reference point of its
// clause.
var referencePreps = map[string]bool{"after": true, "before": true, "since": true, "following": true}

// comparing reports a comparer at toks[k] that compares a figure: "than",
// "compared", "versus" always; "from", "over" and "against" only before a
// figure ("up from 12 in 2019"), not before a place ("evacuated from the
// village on Feb. 5").
func comparing(toks []token, k int) bool {
	switch toks[k].lower {
	case "as":
		// "roughly the same as in 2025", "as high as in 2019": the base
		// of an equal comparison; not "as" of time or role.
		return k > 0 && toks[k-1].lower == "same" || k > 1 && toks[k-2].lower == "as"
	case "than":
		// "more than $110 million in sales in 1990" hedges a figure; it
		// compares it with no base. "1.10 kroner more than in 2022"
		// compares with a time: a preposition follows.
		if k+1 < len(toks) && toks[k+1].tag == text.IN {
			return true
		}
		return k == 0 || !lex().Is(lexicon.HedgeComparatives, toks[k-1].lower)
	case "from", "over", "against":
		if toks[k].lower == "from" && k > 0 && lex().Is(lexicon.ChangeDirections, toks[k-1].lower) {
			return true // "up from a dime in 1967": the base of a change, whatever it is
		}
		for j := k + 1; j < len(toks) && j <= k+3; j++ {
			if toks[j].tag == text.CD && j <= k+2 { // "from 12", "from $12"
				return true
			}
			if (toks[j].lower == "a" || toks[j].lower == "an") && j+1 < len(toks) && (toks[j+1].tag == text.CD || lex().Is(lexicon.Units, toks[j+1].lower) || lex().Is(lexicon.Currencies, toks[j+1].lower)) {
				return true // "against about a tonne last year", "against a thousand": one unit is a figure too
			}
		}
		return false
	}
	return true
}

// comparers before a date make it the base of a comparison.
var comparers = map[string]bool{"from": true, "than": true, "compared": true, "versus": true, "vs.": true, "against": true, "over": true, "as": true}

// pastParticiples are irregular participles that can time a reduced clause
// ("an advertisement made last week").
var pastParticiples = map[string]bool{
	"made": true, "held": true, "taken": true, "given": true, "built": true, "won": true, "sold": true,
	"told": true, "said": true, "done": true, "seen": true, "shown": true, "written": true, "paid": true,
	"set": true, "begun": true, "brought": true, "bought": true, "found": true, "left": true, "met": true,
}

// nearly before "after" or "before" make a date about a point in time.
var nearly = map[string]bool{"shortly": true, "just": true, "soon": true, "right": true, "immediately": true, "moments": true}

// inSpans reports whether off lies in one of spans, sorted by position.
func inSpans(spans []Span, off int) bool {
	i := sort.Search(len(spans), func(i int) bool { return spans[i].End > off })
	return i < len(spans) && spans[i].Start <= off
}

// enactedThing reports a verb of enacting or making known (lexicon class
// enactment-verbs) whose object is a thing that is no event, or a deal,
// with the date's "in" or "on" after it, past phrases on the object and an
// aside set off by commas ("approved the draft in May 2026", "signed the
// treaty on June 3", "signed the contract for the signalling with
// Kessler-Brandt, a Norveland engineering group, in March 2008"): the
// date times the verb, not a later time the object names ("approved the
// vote for May", "agreed a strike in June", an event of its own; "signed
// a deal to build it in May", a purpose).
func enactedThing(toks []token, tr tense.Result, e dates.Expr) bool {
	k := 0
	for k < len(toks) && toks[k].start < tr.CueEnd {
		k++
	}
	if k == 0 || !lex().Is(lexicon.EnactmentVerbs, toks[k-1].lemma) {
		return false
	}
	head, object, aside := -1, -1, false
	for ; k < len(toks) && toks[k].end <= e.Start; k++ {
		t := toks[k]
		switch {
		case t.tag.IsNoun():
			if !aside {
				head = k
			}
			if object < 0 && !t.tag.IsProper() {
				object = k
			}
		case t.tag == text.DT || t.tag == text.PRPS || t.tag.IsAdjective() || t.tag == text.CD || t.tag == text.HYPH || t.tag == text.POS:
		case t.lower == ",":
			aside = !aside // "with Kessler-Brandt, a Norveland engineering group,"
		case (t.lower == "in" || t.lower == "on") && k+1 < len(toks) && toks[k+1].start == e.Start:
			return object >= 0 && head >= 0 && !aside && signedThing(toks[object]) && signedThing(toks[head])
		case t.tag == text.IN && t.lower != "for" || t.lower == "for" && head >= 0:
			// "for the signalling", "with Kessler-Brandt": phrases on the
			// object, whose last noun is checked as well.
		default:
			return false
		}
	}
	return false
}

// signedThing reports a noun that names no event of its own, or a deal,
// which its signing makes: "the treaty", "the contract", "the deal";
// not "a strike", "the vote".
func signedThing(t token) bool {
	n := t.lemmaOr()
	return t.tag.IsProper() || lex().EventClass(n) == "" || lex().Is(lexicon.DealNouns, n)
}

// governedByTarget reports a verb form at byte off that is the complement
// of a verb whose complement names a later time, with its object between
// them: "wants held", "wants it held", "wanted the vote held"; not a
// participle set before a noun ("the extended recall left").
func governedByTarget(toks []token, off int) bool {
	k := sort.Search(len(toks), func(k int) bool { return toks[k].start >= off })
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		t := toks[j]
		if t.tag == text.VBN && j > 0 && j+1 < k && toks[j+1].tag.IsNoun() && (toks[j-1].tag == text.DT || toks[j-1].tag == text.PRPS) {
			return false // "the kettles in the extended recall left": a participle set before its noun governs nothing
		}
		if t.tag.IsVerb() && t.lemma != "" {
			return lex().Is(lexicon.TargetVerbs, t.lemma)
		}
		if !(t.tag.IsNoun() || t.tag == text.PRP || t.tag == text.DT || t.tag.IsAdjective()) {
			return false
		}
	}
	return false
}
