package events

import (
	"slices"
	"sort"
	"strings"

	"github.com/copydesk/copydesk/checker/dates"
	"github.com/copydesk/copydesk/checker/lexicon"
	"github.com/copydesk/copydesk/checker/tense"
	"github.com/copydesk/copydesk/checker/text"
)

// analyzer holds the state of one Analyze call.
type analyzer struct {
	src   string
	dates []dates.Expr
	opts  Options
	w     world
	out   Analysis
	next  int // first date not yet assigned to a sentence
	// toks is the token buffer, reused sentence after sentence: nothing
	// keeps a sentence's tokens once it is read.
	toks []token
	// words is the buffer text.AppendWords splits each sentence into.
	words []text.Token
	// background holds the mentions told in passing as a reference point
	// for another of their kind ("..., after a blaze in January"); nil
	// until there is one.
	background map[int]bool
	// counted is 1 + the index of the last plural mention with a count
	// that a headless ordinal may still refer to ("two launches ... The
	// second, ..."), 0 when none.
	counted int
	// member is the sentence of the last ordinal without its noun given
	// to the series a.counted names (a.memberOf): the series goes on from
	// there ("The first, ... The second, ... The third, ...").
	member, memberOf, memberEnd int
	// memberScope maps a headless ordinal's mention to the date that
	// scopes its count ("two more cruises ... in 2026"), when there is one.
	memberScope map[int]int
	// tried is 1 + the index of the last mention whose noun a noun of
	// trying follows ("the first launch attempt"), which a later ranked
	// try ("The second attempt") is one of; 0 when none.
	tried int
	// supported holds the nouns a support verb took as its object so far
	// ("carried out the operation"): events of this copy, whatever their
	// first sense; nil until there is one.
	supported map[string]bool
	// verbKinds keeps the event kind of each open verb lemma looked up
	// (openVerbIf), "" for none; nil until the first.
	verbKinds map[string]string
	// nouns holds the lemmas of the common nouns of the whole copy, read
	// on the first call to named; nil until then.
	nouns map[string]bool
	// dated holds the nouns the copy writes after a month and day ("the
	// Feb. 1 move"), read with nouns.
	dated map[string]bool
	// subjectThing and prevSubjectThing record whether the subject of the
	// sentence being read, and of the one before, is a made thing.
	subjectThing, prevSubjectThing bool
	// synonymNouns maps an act noun to the copy's event nouns whose verb
	// lists it among its synonyms' acts, built with nouns on first use.
	synonymNouns map[string][]verbNoun
	// verbs holds the lemmas of the verbs of the whole copy, read on the
	// first call to verbUsed; nil until then.
	verbs map[string]bool
}

// verbUsed reports whether the copy uses lemma as a verb anywhere.
func (a *analyzer) verbUsed(lemma string) bool {
	if a.verbs == nil {
		a.verbs = map[string]bool{}
		if r := a.opts.Reading; r != nil {
			for _, t := range r.Tokens {
				if t.Tag.IsVerb() {
					a.verbs[t.Lemma] = true
				}
			}
		}
	}
	return a.verbs[lemma]
}

// named reports whether the copy uses noun (a lemma) as a common noun
// anywhere, before or after the word being read.
func (a *analyzer) named(noun string) bool {
	a.readNouns()
	return a.nouns[noun]
}

// datedNoun reports whether the copy writes noun after a month and day
// ("the Feb. 1 move"): as the name of a dated event.
func (a *analyzer) datedNoun(noun string) bool {
	a.readNouns()
	return a.dated[noun]
}

// readNouns reads, once, the nouns the copy uses and those it dates.
func (a *analyzer) readNouns() {
	if a.nouns == nil {
		a.nouns, a.dated = map[string]bool{}, map[string]bool{}
		if r := a.opts.Reading; r != nil {
			for k, t := range r.Tokens {
				switch {
				case t.Tag == text.NN || t.Tag == text.NNS:
					a.nouns[t.Lemma] = true
					if k >= 2 && r.Tokens[k-1].Tag == text.CD && r.Tokens[k-2].Tag == text.NNP {
						a.dated[t.Lemma] = true
					}
				case t.Tag == text.VBG && k > 0 && nounSlot(r.Tokens[k-1]):
					a.nouns[t.Lower] = true // "the June 21 reopening": a gerund as a noun
				}
			}
		}
	}
}

// nounSlot reports a word after which a gerund is a noun: a determiner,
// a possessive or a number ("the reopening", "its closing", "the June 21
// reopening").
func nounSlot(t text.Token) bool {
	return t.Tag == text.DT || t.Tag == text.PRPS || t.Tag == text.POS || t.Tag == text.CD
}

// nounMarkers before an ambiguous trigger ("visit") make it a noun.
var nounMarkers = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "their": true, "its": true, "this": true,
	"that": true, "these": true, "those": true, "our": true, "my": true, "your": true, "state": true, "official": true, "planned": true,
}

func (a *analyzer) sentence(si int, s text.Sentence, whole bool, quoted []Span) {
	if r := a.opts.Reading; r != nil && si < len(r.Sentences) {
		a.toks = foldTokens(a.toks[:0], within(r.Words(si), s), a.src)
	} else {
		a.toks = appendTokens(a.toks[:0], &a.words, a.src, s)
	}
	toks := a.toks
	defer a.noteSubjectThing(toks)
	ents := mergeEntities(a.w.places(toks), people(a.opts.People, toks))
	// The tense analysis is built only for a sentence that has a date or
	// an event word to ask about; most have neither.
	var ta *tense.Analysis
	tenseAt := func(start, end int) tense.Result {
		if whole && a.opts.Tense != nil {
			return a.opts.Tense.At(si, start, end)
		}
		if ta == nil {
			ta = tense.Analyze(a.src, s)
		}
		return ta.At(start, end)
	}
	var ds []int
	for a.next < len(a.dates) && a.dates[a.next].Start < s.End {
		if e := a.dates[a.next]; e.Start >= s.Start && !(e.Start < a.opts.Dateline.End && e.End > a.opts.Dateline.Start) {
			ds = append(ds, a.next)
		}
		a.next++
	}
	moved, counted := false, false
	for k, t := range toks {
		moved = moved || changeAt(toks, k)
		counted = counted || countWords[t.lower] > 0 || t.lower == "times" || t.lower == "occasions" || t.lower == "time"
	}
	for _, d := range ds {
		a.timeUse(si, tenseAt, toks, d, quoted)
	}
	first := len(a.out.Mentions)
	scopes := map[int]bool{}
	a.rankLast(si, toks, ds, scopes)
	a.headless(si, toks, moved, tenseAt)
	a.attempt(si, toks, moved, tenseAt)
	for i, t := range toks {
		trig, ok := triggers[t.lower]
		if !ok && t.tag == text.NNS && t.lemma != "" && countedSeries(toks, i) {
			if tr, found := triggers[t.lemma]; found && tr.noun {
				trig, ok = tr, true // "two homecoming concerts": a counted plural of a noun of the list
			}
		}
		repeat := !ok && t.word && (repeatVisit(toks, i) || a.bareReturn(toks, i))
		if repeat || !ok && t.word && a.arrival(toks, i) {
			trig, ok = triggers["visit"], true
		}
		open, openVerb, series, starts := false, false, false, false
		// A verb a date of its own clause times ("merged on 5 March"), not
		// one saying when an event noun before it happened; read once.
		dated := !ok && t.word && t.tag.IsVerb() && len(ds) > 0 && a.timesVerb(toks, i, ds) && !a.eventSubject(toks, i, first)
		if !ok && t.word && t.tag.IsNoun() && lex().Is(lexicon.SeriesNouns, t.lemma) && (hasOrdinalBefore(toks, i) || countedSeries(toks, i)) &&
			!compoundHead(toks, i) && !a.partOfThing(toks, i) {
			// "the third stage on Thursday": one of a series, by its
			// ordinal ("a round of talks" alone is none, nor a compound,
			// "his second stage win").
			trig.kind, trig.noun, ok, series = t.lemma, true, true, true
		}
		if !ok && t.word && t.tag.IsNoun() && pointedOrdinal(toks, i) && a.countedBefore() {
			// "The first of those reviews": whatever the noun, it names
			// one of the series just counted.
			trig.kind, trig.noun, ok, open = t.lemma, true, true, true
		}
		if !ok && t.word && nameHeadEvent(toks, i) {
			// "The Brandwald Marathon was run on Sunday": a name whose
			// last word is an event noun names an event of that kind.
			trig.kind, trig.noun, ok, open = strings.ToLower(t.text), true, true, true
		}
		if !ok && t.word && namedEvent(toks, i) {
			// "Storm Ondine came ashore on Thursday": an event noun as the
			// title of a name is that event.
			trig.kind, trig.noun, ok, open = strings.ToLower(t.text), true, true, true
		}
		if !ok && t.word {
			if k, closed := phrasalKind(toks, i); k != "" {
				// "will walk out twice": the verb and its particle name
				// the event their compound noun does ("walkout").
				trig, ok, open = struct {
					kind string
					noun bool
				}{k, false}, true, !closed
				// "walked off the job on Dec. 2": the phrase that names a
				// lasting event by a verb tells when it began.
				starts = lex().Is(lexicon.LastingEvents, k)
			}
		}
		if !ok && t.word {
			if k := openKind(toks, i, a.supported, a.verbUsed); k != "" {
				a.note(k) // "the March 9 recall" ... "The first recall came"
				trig, ok, open = struct {
					kind string
					noun bool
				}{k, true}, true, true
			} else if k := a.support(toks, i); k != "" {
				// "carried out the operation on two occasions": the event
				// its object names.
				trig, ok, open, openVerb = struct {
					kind string
					noun bool
				}{k, false}, true, true, true
			} else if k := a.openVerbIf(counted || dated, toks, i); k != "" {
				if dated && messageOf(t.lemma, k) {
					// "Organisers had warned earlier this month ... The
					// warning, issued on Sept. 28": a dated verb of saying
					// makes its message noun an event when the copy names
					// it after (not any act's: "opened on Sept. 12 ...
					// Thursday's opening" may be another show's).
					a.note(k)
				}
				trig, ok, open, openVerb = struct {
					kind string
					noun bool
				}{k, false}, true, true, true
			}
		}
		if ok && !trig.noun && open && (agentEvent(toks, i) >= 0 || subjectEvent(toks, i) >= 0 && countAfter(toks, i)) {
			continue // "has been cut by landslides twice": the agent's events are counted, not the verb's
		}
		if !ok && t.word && t.tag.IsNoun() && (agentOf(toks, i) || subjectOf(toks, i) && countAfter(toks, i)) {
			trig.kind, trig.noun, ok, open = t.lemmaOr(), true, true, true
		}
		things := false
		if !ok && t.word && countedObject(toks, i) {
			// "will launch two more satellites this year": the things a
			// verb's events each make, counted within a period.
			trig.kind, trig.noun, ok, open, things = t.lemma, true, true, true, true
		}
		if !ok || !t.word || inDate(a.dates, ds, t.start) {
			continue
		}
		m := Mention{Kind: trig.kind, Trigger: Span{Start: t.start, End: t.end}, Noun: trig.noun, Plural: plural[t.lower] || (open || series || trig.noun) && t.tag.IsPlural(), Open: open, Series: series, Sentence: si, Scope: -1, Group: -1, Moved: moved && movedFor(toks, i),
			Repeat: repeat || trig.kind == "visit" && !trig.noun && again(toks, i), Onset: starts}
		if !m.Noun && i > 0 && (nounMarkers[toks[i-1].lower] || toks[i-1].poss || ordinals[toks[i-1].lower] > 0 && !t.tag.IsFinite() || numberWords[toks[i-1].lower] > 0) {
			m.Noun = true // "his second visit"; not "she first visited", an adverb before a verb
		}
		if m.Noun && t.tag.IsVerb() && i > 0 && (toks[i-1].tag == text.MD || toks[i-1].lower == "to" && toks[i-1].tag == text.TO) {
			m.Noun = false // "will vote on the deal", "plans to vote": a noun of the list used as a verb
		}
		// "will walk out again", "will vote again": a verb (after an
		// auxiliary, whatever the word may be) of another instance.
		m.Again = again(toks, i) && (!m.Noun || i > 0 && lex().Is(lexicon.Auxiliaries, toks[i-1].lower))
		m.FirstEver = (!m.Noun || passiveAfterRank(toks, i)) && i > 0 && toks[i-1].lower == "first"
		if notEvent(toks, i) || !m.Noun && negatedVerb(toks, i) {
			continue // "It had not recalled a product before last month": no event happened
		}
		if m.Kind == "vote" && i >= 2 && toks[i-1].lower == "the" && toks[i-2].lower == "of" {
			continue // "41% of the vote", "a share of the vote": a tally
		}
		m.Tense = tenseAt(t.start, t.end)
		m.Qualified = m.Noun && i+1 < len(toks) && toks[i+1].lower == "of"
		if m.Qualified {
			m.Object = ofHead(toks, i+2)
		}
		if m.Noun && i > 0 {
			m.Modifier = classifier(toks[i-1])
			if m.Modifier == "" && i >= 2 && ordinals[toks[i-2].lower] > 0 && toks[i-1].tag.IsNoun() && !toks[i-1].cap && !toks[i-1].poss {
				m.Modifier = toks[i-1].lower // "the first car ferry": a noun that sorts the ranked kind
			}
		}
		if !m.Noun && i+1 < len(toks) && isDeterminer(toks[i+1].lower) {
			m.Theme = ofHead(toks, i+1) // "suspended the increase"
		} else if !m.Noun {
			m.Theme = passiveSubject(toks, i) // "when the line is handed over": what the passive acts on
		}
		a.participants(&m, toks, i, ents)
		if m.Repeat && m.Place == "" {
			m.Place, m.PlaceVia = a.coordinatedPlace(toks, si, t.start)
		}
		if m.Plural && m.Definite && lex().Is(lexicon.PluralEvents, t.lower) {
			m.Plural = false // "the national trials opened on Thursday": one event by a plural name
		}
		a.countAndOrdinal(&m, toks, i, ds)
		if m.Noun && m.Ordinal == 1 && m.Count == 0 && asRole(toks, i) {
			// "Her first visit to the country as president, in 2010": the
			// first in that role, of all time, not of a period counted.
			m.FirstEver = true
		}
		if things && (m.Count < 2 || m.Scope < 0) {
			continue // only a count of things within a period ranks them as events
		}
		m.Things = things
		if openVerb && m.Count == 0 && m.Ordinal == 0 && !dated {
			// An open-class verb matters here only when counted ("raided
			// the depot twice in 2025") or dated ("merged on 5 March").
			continue
		}
		if m.Scope >= 0 {
			scopes[m.Scope] = true
			// A count of things keeps its date the verb's time too: "opened
			// three clinics in March 2027" is past tense about then.
			// So does a first's: "was held for the first time in late
			// August 2025" tells when it was held.
			a.out.Times[m.Scope].Scope = !m.Things && !(m.Ordinal == 1 && m.Count == 0)
		}
		a.out.Mentions = append(a.out.Mentions, m)
	}
	a.headlessAfterRank(si, toks, first, tenseAt)
	a.attachDates(toks, first, ds, scopes)
	a.apposedDates(toks, first)
	a.oneRankADate(first)
	a.predicateDates(first)
	a.openObjects(toks, first)
	a.earlier(toks, first, ds, scopes)
	a.markBackground(toks, first)
	a.inlineOrdinals(toks, first, ds, scopes)
	a.elidedOnes(toks, first, ds, scopes)
	a.elidedAgain(toks, first, ds, scopes)
	a.elidedVerbs(toks, first, ds, scopes)
	a.trackCounted(toks, first, ds)
	a.trackTried(toks, first)
	a.orders(toks, ds, scopes)
}

// predicateDates gives an event noun that restates the ranked event
// before it ("Monday's trip is his second visit to the country this
// year") that event's dates: it is the same event, and a date later in
// the sentence ("and he is expected to return in December") is not its.
func (a *analyzer) predicateDates(first int) {
	ms := a.out.Mentions
	for i := first; i < len(ms); i++ {
		s := ms[i]
		if !s.RankSaid || len(s.Dates) == 0 {
			continue
		}
		for j := i + 1; j < len(ms); j++ {
			m := &ms[j]
			if m.Noun && m.Trigger.Start >= s.OrdinalSpan.Start && m.Trigger.End <= s.OrdinalSpan.End {
				m.Dates, m.Direct = s.Dates, s.Direct
			}
		}
	}
}

// within returns the tokens of words (one sentence's) that lie in s, a
// piece of that sentence.
func within(words []text.Token, s text.Sentence) []text.Token {
	a := sort.Search(len(words), func(i int) bool { return words[i].Start >= s.Start })
	b := sort.Search(len(words), func(i int) bool { return words[i].End > s.End })
	return words[a:max(a, b)]
}

// mergeEntities merges places and people, each in order of position, into
// one list in order of position.
func mergeEntities(places, people []entity) []entity {
	out := make([]entity, 0, len(places)+len(people))
	i, j := 0, 0
	for i < len(places) || j < len(people) {
		if j == len(people) || i < len(places) && places[i].start < people[j].start {
			out = append(out, places[i])
			i++
		} else {
			out = append(out, people[j])
			j++
		}
	}
	return out
}

// inDate reports whether offset off falls inside one of the dates ds.
func inDate(all []dates.Expr, ds []int, off int) bool {
	for _, d := range ds {
		if off >= all[d].Start && off < all[d].End {
			return true
		}
	}
	return false
}

// compoundHead reports a lower-case noun right after toks[i] that toks[i]
// modifies ("stage win", "round table"): the phrase names that noun.
func compoundHead(toks []token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	n := toks[i+1]
	return n.word && !n.cap && (n.tag.IsNoun() || n.tag == text.GW)
}

// partOfThing reports a ranked noun of a series owned by a made thing,
// which ranks its parts, not events: "the rocket's second stage", "its
// third stage" in a sentence about the rocket ("It has flown four
// times"). A project's or a plan's phases stay events.
func (a *analyzer) partOfThing(toks []token, i int) bool {
	k := i - 1
	for k >= 0 && ordinals[toks[k].lower] > 0 {
		k--
	}
	switch {
	case k >= 0 && toks[k].poss && toks[k].lower != "its":
		return lex().ThingClass(toks[k].lemma) == "artifact"
	case k >= 0 && toks[k].lower == "its":
		return a.subjectThing || len(toks) > 0 && toks[0].lower == "it" && a.prevSubjectThing
	}
	return false
}

// noteSubjectThing records whether the sentence just read is about a made
// thing, its subject ("The rocket, a three-stage Cruzeiro-M, was rolled")
// or an owner of one of its parts ("the missile's second stage"), for an
// "it" or "its" in the next to point back to.
func (a *analyzer) noteSubjectThing(toks []token) {
	a.prevSubjectThing = a.subjectThing
	a.subjectThing = false
	for _, t := range toks {
		if t.poss && t.lower != "its" && lex().ThingClass(t.lemma) == "artifact" {
			a.subjectThing = true // "the missile's second stage": the thing the sentence is about
			return
		}
	}
	for _, t := range toks {
		if t.tag.IsNoun() && !t.cap {
			a.subjectThing = lex().ThingClass(t.lemma) == "artifact"
			return
		}
		if t.tag.IsVerb() {
			return
		}
	}
}

// hasOrdinalBefore reports an ordinal among the two words before toks[i].
func hasOrdinalBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if ordinals[toks[k].lower] > 0 {
			return true
		}
	}
	return false
}

// countedSeries reports a plural noun counted by a number word before it,
// past at most two words that modify it: "two rounds", "two measles
// vaccination rounds", "two qualifying stages".
func countedSeries(toks []token, i int) bool {
	if !toks[i].tag.IsPlural() {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if numberWords[toks[k].lower] > 1 {
			return k == 0 || toks[k-1].tag != text.IN // "paid in three instalments": a manner, not events
		}
		if toks[k].tag.IsAdjective() || toks[k].tag == text.VBG {
			continue // "two qualifying stages"
		}
		if !toks[k].tag.IsNoun() || toks[k].cap || toks[k].tag.IsPlural() && !lex().Known(toks[k].lower, lexicon.Noun) {
			return false // "two measles vaccination rounds": a noun in "-s" of its own
		}
	}
	return false
}

// participants fills the mention's agent and place (or, for kinds without
// a destination, the proper-noun qualifier: "the APEC summit").
func (a *analyzer) participants(m *Mention, toks []token, i int, ents []entity) {
	t := toks[i]
	// Agent: a possessive right before a noun ("his visit", "Putin's trip"),
	// else the nearest subject before the trigger, unless the noun is the
	// subject of a verb of its own ("said … since the walkout began"): the
	// subject before it is another clause's.
	ownClause := m.Noun && headsSubject(toks, i)
	for k := len(ents) - 1; k >= 0; k-- {
		e := ents[k]
		if e.end > t.start || !e.person {
			continue
		}
		if m.Noun && e.poss && tokenGap(toks, e.end, t.start) <= 2 {
			m.Agent, m.AgentVia = e.name, e.via
			break
		}
		if !ownClause && !e.poss && !e.afterPrep && !isObject(toks, e.start) {
			m.Agent, m.AgentVia = e.name, e.via
			break
		}
	}
	if m.Kind == "meeting" || m.Kind == "talks" {
		// Whom: the person right after "met", or after "with".
		for _, e := range ents {
			if !e.person || e.start < t.end || e.name == m.Agent {
				continue
			}
			if gap := tokenGap(toks, t.end, e.start); gap <= 3 && (!m.Noun || e.afterPrep) {
				m.Place, m.PlaceVia = e.name, e.via
			}
			break
		}
		return
	}
	if m.Kind == "visit" {
		for _, e := range ents {
			if e.person || e.start < t.end {
				continue
			}
			if tokenGap(toks, t.end, e.start) <= 2 {
				m.Place, m.PlaceVia = e.name, e.via
			}
			break
		}
		if m.Place == "" {
			// The destination by its slot, listed or not: "visit
			// Mirelland", "a trip to Kestria", "return to Vardania".
			if name := a.destination(toks, i, ents); name != "" {
				m.Place, m.PlaceVia = name, "the place after “"+t.text+"”"
				a.w.lastCountry = name
			} else if name := describedPlace(toks, destinationAt(toks, i)); name != "" {
				m.Place, m.PlaceVia, m.Described = name, "the place after “"+t.text+"”", true // "visited the constituency in February"
			}
		}
	} else if q := qualifier(toks, i); q != "" && m.Noun {
		m.Place = q
	}
	m.Indefinite = m.Noun && indefinite(toks, i)
	// Definite: "the summit", "Putin's visit", "the March 5 summit"; not
	// "a summit", "another summit", "the next summit".
	once := lex().Is(lexicon.OnceNouns, toks[i].lower)
	m.Once = once && m.Noun

	for k := i - 1; k >= 0; k-- {
		w := toks[k]
		if distinctWords[w.lower] {
			return
		}
		if w.lower == "the" || w.poss || isPersonPronoun(w.lower) || w.lower == "this" || (w.tag == text.PRPS || w.lower == "its" || w.lower == "their") && (once || k < i-1 && isDigits(toks[i-1].text)) {
			// "its debut": a show debuts once; "its March 11 listing": a
			// day names the one it means.
			m.Definite = true
			return
		}
		if dateComma(toks, k) {
			continue // "his Feb. 17, 2022 arrest"
		}
		if w.word && w.tag.IsAdjective() && !w.cap && k < i && !lex().Is(lexicon.OtherInstance, w.lower) {
			continue // "the secret ballot", "the emergency session": an adjective inside the noun phrase
		}
		if !w.word || !(w.cap || isDigits(w.text) || ordinals[w.lower] > 0) {
			return
		}
	}
}

// headsSubject reports a noun at toks[i] that a finite verb follows, past
// adverbs: the head of its clause's subject ("the walkout began", "the
// strike has now ended").
func headsSubject(toks []token, i int) bool {
	k := i + 1
	for k < len(toks) && toks[k].tag.IsAdverb() {
		k++
	}
	return k < len(toks) && toks[k].tag.IsFinite()
}

// indefinite reports "a" or "an" opening the noun phrase of the noun at
// toks[i], past up to three modifiers ("a public hearing", "an emergency
// council vote").
func indefinite(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch w := toks[k]; {
		case w.lower == "a" || w.lower == "an":
			return true
		case !w.word || w.cap || w.poss || !(w.tag.IsAdjective() || w.tag.IsNoun() || w.tag == text.VBG):
			return false
		}
	}
	return false
}

// qualifier returns the proper noun right before a trigger: "APEC" in "the
// APEC summit", "Senate" in "the Senate vote".
func qualifier(toks []token, i int) string {
	k := i
	for k > 0 && toks[k-1].word && toks[k-1].cap && !toks[k-1].poss && !isMonth(toks[k-1].lower) {
		k--
	}
	for k < i && (isDeterminer(toks[k].lower) || (k == 0 || !toks[k-1].word) && (stopNames[toks[k].lower] || numberWords[toks[k].lower] > 0 || functionTag(toks[k].tag))) {
		k++ // a capitalised first word of the sentence or after a dash: "The", "An", "Both", "Since"
	}
	if k == i {
		return ""
	}
	return joinTokens(toks, toks[k].start, toks[i-1].end)
}

// functionTag reports a tag of a function word: a preposition or
// subordinator, a conjunction, an adverb, "to", a pronoun or a wh-word.
func functionTag(t text.Tag) bool {
	switch t {
	case text.IN, text.CC, text.RB, text.TO, text.PRP, text.WRB, text.WDT, text.WP:
		return true
	}
	return false
}

// tokenGap counts the tokens between byte offsets from and to. Tokens are
// in order and do not overlap, so those starting at or after from are a
// suffix and those ending by to a prefix: two binary searches, not a scan
// (attachDates asks for every mention and date of a sentence).
func tokenGap(toks []token, from, to int) int {
	i := sort.Search(len(toks), func(k int) bool { return toks[k].start >= from })
	j := sort.Search(len(toks), func(k int) bool { return toks[k].end > to })
	return max(0, j-i)
}

// isObject reports whether the entity starting at off follows an event
// verb, with only a title between ("met Ricci", "met Transport Minister
// Elena Ricci"): an object, not a subject.
func isObject(toks []token, off int) bool {
	for k, t := range toks {
		if t.start != off {
			continue
		}
		for k--; k >= 0 && toks[k].word && (toks[k].cap || isTitle(toks[k].lower)) && triggers[toks[k].lower].kind == ""; k-- {
		}
		return k >= 0 && triggers[toks[k].lower].kind != "" && !triggers[toks[k].lower].noun
	}
	return false
}

// destination returns the capitalised name right after a visit's trigger
// toks[i], or after "to" or "in" there, that is no person: "visit
// Mirelland", "a trip to Kestria"; "" if none.
func (a *analyzer) destination(toks []token, i int, ents []entity) string {
	k := destinationAt(toks, i)
	if k+1 < len(toks) && toks[k].lower == "the" && toks[k+1].cap {
		k++ // "travel to the Ostmark Islands", "visit the Faroes"
	}

	k = pastModifiers(toks, k) // "visit neighbouring Kestria", "a trip to war-torn Velmora"
	if k >= len(toks) || !toks[k].word || !toks[k].cap || a.inAnyDate(toks[k].start) {
		return "" // not "her second visit in early February": a date is no place
	}
	for _, e := range ents {
		if e.person && e.start <= toks[k].start && e.end > toks[k].start {
			return ""
		}
	}
	j := k
	for j+1 < len(toks) && toks[j+1].word && toks[j+1].cap && j-k < 3 {
		j++
	}
	return joinTokens(toks, toks[k].start, toks[j].end)
}

// destinationAt returns the index where the destination of the visit
// word at toks[i] may begin: right after it, past "to" or "in", or after
// the "to" of a contact clause.
func destinationAt(toks []token, i int) int {
	k := i + 1
	if j := contactVerbTo(toks, i); j > 0 {
		k = j // "two visits the president will make to Kaldoria"
	}
	if k < len(toks) && (toks[k].lower == "to" || toks[k].lower == "in") {
		k++
	}
	return k
}

// describedPlace returns a destination named by a definite description at
// toks[k]: "the" and a common noun whose usual sense is a place or a body
// ("the constituency", "the flooded district", "the region"), the noun's
// lemma after "the"; "" for none. Not a thing toured on a visit ("toured
// the line"), a person ("the mayor"), an event ("the summit") or "the
// country", which names the country last told of.
func describedPlace(toks []token, k int) string {
	if k >= len(toks) || toks[k].lower != "the" {
		return ""
	}
	j := k + 1
	for j < len(toks) && j < k+4 && !toks[j].cap && (toks[j].tag.IsAdjective() || toks[j].tag == text.VBN) {
		j++
	}
	if j >= len(toks) || !toks[j].word || toks[j].cap || toks[j].tag != text.NN || j+1 < len(toks) && toks[j+1].tag.IsNoun() {
		return ""
	}
	n := toks[j].lemmaOr()
	if n == "country" || lex().PersonNoun(n) || lex().EventClass(n) != "" || lex().ContainerClass(n) == "" {
		return ""
	}
	return "the " + n
}

// contactVerbTo returns the index of the "to" after a relative clause
// without "that" set right after the noun at toks[i], whose verb is light
// ("two visits the president will make to Kaldoria", "the trip she took
// to Oslo"): the clause's "to" gives the noun's destination. It returns -1
// for none.
func contactVerbTo(toks []token, i int) int {
	k := i + 1
	subject := false
	for k < len(toks) && k <= i+4 && (toks[k].tag == text.DT || toks[k].tag == text.PRPS || toks[k].tag.IsNoun() || toks[k].tag == text.PRP) {
		k, subject = k+1, true
	}
	for k < len(toks) && (toks[k].tag == text.MD || lex().Is(lexicon.Auxiliaries, toks[k].lower)) {
		k++
	}
	if !subject || k+1 >= len(toks) || !toks[k].tag.IsVerb() || !lex().Is(lexicon.LightVerbs, toks[k].lemma) || toks[k+1].lower != "to" {
		return -1
	}
	return k + 1
}

// pastModifiers skips the adjectives (any hyphenated compound too: "oil-rich",
// "war-torn", whatever its tag) that may stand
// before a place name, up to four tokens, when a capitalised word follows
// them; it returns k unchanged otherwise.
func pastModifiers(toks []token, k int) int {
	j := k
	for j < len(toks) && j < k+4 && !toks[j].cap && (toks[j].tag.IsAdjective() || toks[j].tag == text.VBG ||
		toks[j].tag == text.VBN || strings.Contains(toks[j].lower, "-") || j+1 < len(toks) && toks[j+1].lower == "-") {
		j++
	}
	if j > k && j < len(toks) && toks[j].cap && toks[j].word {
		return j
	}
	return k
}

// repeatVisit reports a verb of going again to a named place: "return to
// Mirelland", "returned to China", "revisit Oslo".
func repeatVisit(toks []token, i int) bool {
	if w := toks[i].lower; !strings.HasPrefix(w, "ret") && !strings.HasPrefix(w, "rev") {
		return false // no form of return or revisit: spare the lemma lookup
	}
	lx := lexicon.Default()
	l := lx.Lemma(toks[i].lower, lexicon.Verb)
	if l != "return" && l != "revisit" {
		return false
	}
	k := i + 1
	if l == "return" {
		if k >= len(toks) || toks[k].lower != "to" {
			return false
		}
		k++
	}
	return k < len(toks) && toks[k].word && toks[k].cap
}

// messageOf reports a noun the lexicon derives from verb as a message
// (WordNet's communication): "warn" → "warning", "announce" →
// "announcement".
func messageOf(verb, noun string) bool {
	return lex().NominalIs(verb, noun, "communication")
}

// bareReturn reports a form of "return" with no object and no place of
// its own, followed by its time, "there" or its purpose: "returned in May
// to open a nursery", "will return there next week". It tells one more
// visit of its traveller's series, wherever that was.
func (a *analyzer) bareReturn(toks []token, i int) bool {
	t := toks[i]
	if !strings.HasPrefix(t.lower, "ret") || !t.tag.IsVerb() || lexicon.Default().Lemma(t.lower, lexicon.Verb) != "return" || i+1 >= len(toks) {
		return false
	}
	n := toks[i+1]
	switch {
	case n.lower == "there":
		return true
	case n.lower == "to":
		return i+2 < len(toks) && toks[i+2].tag == text.VB // "returned to open", not "returned to work"
	case n.lower == "in" || n.lower == "on" || n.lower == "last" || n.lower == "next":
		return i+2 < len(toks) && a.inAnyDate(toks[i+2].start) || a.inAnyDate(n.start)
	}
	return a.inAnyDate(n.start) // "returned Monday"
}

// arrival reports a verb of going to a place before "to" or "in" and a
// place named by a capitalised word: "first came to Aboabo in February",
// "arrived in Tamale on Monday". The place is read as a visit's
// destination (see destination).
func (a *analyzer) arrival(toks []token, i int) bool {
	t := toks[i]
	if !t.tag.IsVerb() || t.cap || i+2 >= len(toks) || toks[i+1].lower != "to" && toks[i+1].lower != "in" {
		return false
	}
	lx := lexicon.Default()
	// "has been to Nyohini twice this year": "been" with "to" and a
	// place is a visit there, as a verb of arrival is.
	been := t.lower == "been" && toks[i+1].lower == "to"
	if !been && !lx.Is(lexicon.ArrivalVerbs, lx.Lemma(t.lower, lexicon.Verb)) {
		return false
	}
	n := toks[i+2]
	return n.word && n.cap && !a.inAnyDate(n.start)
}

// asRole reports "as" and a person noun in the phrase after the event noun
// toks[i], before any mark ("visit to the country as president", "his
// first season as coach").
func asRole(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+6; k++ {
		if !toks[k].word {
			return false
		}
		if toks[k].lower != "as" {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+3 && toks[j].word; j++ {
			if lex().PersonNoun(toks[j].lower) {
				return true
			}
		}
		return false
	}
	return false
}

// coordinatedPlace returns the place of the visit verb of sentence si
// that "and" joins to a return verb starting at byte at ("came to Ostravia
// in February ..., and returned in June"): the return is to that place.
func (a *analyzer) coordinatedPlace(toks []token, si, at int) (place, via string) {
	for k := len(a.out.Mentions) - 1; k >= 0 && a.out.Mentions[k].Sentence == si; k-- {
		v := a.out.Mentions[k]
		if v.Kind != "visit" || v.Noun || v.Place == "" {
			continue
		}
		for _, t := range toks {
			if t.start >= v.Trigger.End && t.end <= at && t.lower == "and" {
				return v.Place, "the place the visit before it went to"
			}
		}
		return "", ""
	}
	return "", ""
}

// again reports "again" within the few words after a visit verb, before
// its clause ends: "will visit China again in November".
func again(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+5; k++ {
		switch toks[k].lower {
		case "again":
			return true
		case ",", ";", "and", "but", "while":
			return false
		}
	}
	return false
}

// passiveSubject returns the head noun of the subject of a passive verb at
// toks[i], right before its form of "be" ("the line is handed over", "the
// bridge was reopened"): the thing the act is done to, as an object is;
// "" for anything else.
func passiveSubject(toks []token, i int) string {
	if toks[i].tag != text.VBN || i < 2 || toks[i-1].lemma != "be" {
		return ""
	}
	if h := toks[i-2]; h.tag.IsNoun() && (!h.cap || h.tag.IsProper()) {
		return h.lower // "the line is handed over", "Slepian was killed"
	}
	return ""
}

// ofHead returns the head of the noun phrase that starts at toks[i], after
// "of", in lower case: its last noun or name before anything else ("of Dr.
// Barnett Slepian" → "slepian", "of the two firms" → "firms").
func ofHead(toks []token, i int) string {
	head := ""
	for k := i; k < len(toks) && k < i+6; k++ {
		t := toks[k]
		switch {
		case t.lower == "." && head != "":
		case t.tag.IsNoun() || t.cap && t.word:
			head = t.lower
		case head == "" && (isDeterminer(t.lower) || t.tag.IsAdjective() || t.tag == text.CD):
		default:
			return head
		}
	}
	return head
}

// openObjects undoes the direct dating of an open-class event noun that is
// the object of a verb or of a noun's "of", where a date after it times the verb's act ("is
// expected to join the exercise on July 22", "approved the ballot on
// Tuesday", "ended a go-slow on Wednesday"); a date before the noun ("the
// Oct. 23 slaying") still dates the event.
func (a *analyzer) openObjects(toks []token, first int) {
	for mi := first; mi < len(a.out.Mentions); mi++ {
		m := &a.out.Mentions[mi]
		if !m.Direct || len(m.Dates) == 0 || a.dates[m.Dates[0]].Start < m.Trigger.Start {
			continue
		}
		k := sort.Search(len(toks), func(k int) bool { return toks[k].start >= m.Trigger.Start })
		if k >= len(toks) {
			continue
		}
		m.Decided = a.decided(toks, k, m.Dates[0])
		if ofNonEvent(toks, k) && !a.clauseDatedBefore(m.Sentence, m.Dates[0], m.Trigger.Start) {
			m.Direct, m.Dates = false, nil // the clause's date, none of the event's
			continue
		}
		if m.Open && governor(toks, k) >= 0 || m.Decided {
			m.Direct = false
		}
	}
}

// ofNonEvent reports an event noun at toks[k] inside the "of" phrase of a
// noun that names no event ("was declared the winner of the regency
// election on Monday", "the results of the vote on Friday"): a date after
// it times the clause, not the event.
func ofNonEvent(toks []token, k int) bool {
	j := k - 1
	for j > 0 && (isDeterminer(toks[j].lower) || toks[j].cap || toks[j].tag.IsAdjective() || toks[j].tag.IsNoun() && !toks[j].poss) {
		j--
	}
	if j < 1 || toks[j].lower != "of" {
		return false
	}
	h := toks[j-1]
	return h.tag.IsNoun() && !h.cap && ordinals[h.lower] == 0 && numberWords[h.lower] == 0 && !isDeterminer(h.lower) &&
		triggers[h.lower].kind == "" && lex().EventClass(h.lemma) == ""
}

// clauseDatedBefore reports a date of sentence si other than d, ending
// before byte off, that times the same verb as d: the clause's act has a
// date of its own ("on Wednesday certified the result of the referendum
// on Sunday, March 31"), so a date after an event noun is that event's.
func (a *analyzer) clauseDatedBefore(si, d, off int) bool {
	cue := a.out.Times[d].Tense.CueStart
	// Dates are in text order: the sentence's dates before d lie right
	// before it.
	for i := d - 1; i >= 0 && a.out.Times[i].Sentence == si; i-- {
		if t := a.out.Times[i]; a.dates[i].End <= off && a.dates[i].Resolved && t.Tense.Cue != "" && t.Tense.CueStart == cue {
			return true
		}
	}
	return false
}

// decided reports an event noun toks[k], the object of a verb of deciding
// or scheduling, dated on a day rather than for one: "approved the ballot
// on Tuesday" dates the approval, where "set a hearing for June 22" dates
// the hearing. A verb of saying takes a clause whose subject the noun is
// ("said the strike on Friday would shut the port").
func (a *analyzer) decided(toks []token, k, d int) bool {
	v := governor(toks, k)
	if v < 0 || !lex().Is(lexicon.TargetVerbs, toks[v].lemma) {
		return false
	}
	if lex().Is(lexicon.SayingVerbs, toks[v].lemma) && finiteAfter(toks, a.dates[d].End) {
		return false // the subject of the clause said
	}
	switch a.out.Times[d].Prep {
	case "for", "to", "until", "by", "till":
		return false
	}
	return true
}

// finiteAfter reports a finite verb after byte off, before a comma or the
// sentence's end.
func finiteAfter(toks []token, off int) bool {
	for _, t := range toks {
		if t.start < off {
			continue
		}
		if t.lower == "," || t.lower == ";" {
			return false
		}
		if t.tag.IsFinite() {
			return true
		}
	}
	return false
}

// governor returns the index of the word that governs the noun phrase
// ending at toks[k]: the verb it is the object of, or an "of" after a noun
// ("the final day of the exercise"); -1 for none. Either way a date after
// the phrase belongs to that word, not to the phrase's noun.
func governor(toks []token, k int) int {
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		t := toks[j]
		switch {
		case t.tag.IsVerb():
			return j
		case t.lower == "of":
			if j > 0 && toks[j-1].tag.IsNoun() {
				return j
			}
			return -1
		case t.poss || isDeterminer(t.lower) || t.tag.IsAdjective() || t.tag.IsNoun() || t.tag == text.CD || t.tag == text.HYPH || t.lower == "." || t.lower == "-":
		default:
			return -1
		}
	}
	return -1
}

// classifier returns the word t in lower case when it classifies the noun
// after it, telling one kind of event from another: a possessive common
// noun ("the women's final") or a plain adjective ("the junior race"); ""
// for anything else (a name, an ordinal, a date).
func classifier(t token) string {
	switch {
	case t.cap || !t.word || ordinals[t.lower] > 0 || isDeterminer(t.lower):
		return ""
	case t.poss && t.tag.IsNoun(), t.tag == text.JJ, t.tag == text.JJR:
		return t.lower
	}
	return ""
}

// movedFor reports whether the sentence's word of change bears on the event
// noun at toks[i]: an adverb of change anywhere, or a verb of change whose
// object it is ("postponed the vote") or whose subject it is ("the strike
// was postponed"). "The walkout ... hit clinics hardest: 3,800
// appointments were cancelled" moves no walkout.
func movedFor(toks []token, i int) bool {
	for c, t := range toks {
		if !changeAt(toks, c) {
			continue
		}
		if changeAdverbs[t.lower] && !insteadOfFigure(toks, c) && !coordinatedBetween(toks, toks[min(c, i)].end, toks[max(c, i)].start) || c < i && governor(toks, i) == c || c > i && dateObject(toks, c) {
			return true
		}
		if n := lastNounBefore(toks, c); c > i && (n == i || n > i && ofPhrase(toks, i, n)) && !objectAfter(toks, c) && !insideOf(toks, i) {
			// "the strike was postponed", "the vote on pay was delayed";
			// not "The first strike, on Aug. 20, cancelled 2,300 trains",
			// a change to the verb's own object.
			return true
		}
		if c > i && headsSubject(toks, i) && coordinatedPredicate(toks, c) && toDate(toks, c) {
			return true // "The referendum was first called for March 29 but was moved to April 19"
		}
	}
	return false
}

// insideOf reports an event noun at toks[i] inside a phrase of a
// preposition on another noun that names no event, past its determiner,
// adjectives and a date: "Survivors of the Oct. 19 landslide have been
// moved", "Traders from the fire were moved" move people, not the event.
func insideOf(toks []token, i int) bool {
	k := i - 1
	for k > 0 && (toks[k].tag == text.DT || toks[k].tag.IsAdjective() || toks[k].tag == text.CD || toks[k].tag == text.NNP || toks[k].poss) {
		k--
	}
	return k > 0 && toks[k].tag == text.IN && toks[k-1].tag.IsNoun() && !toks[k-1].tag.IsProper() && lex().EventClass(toks[k-1].lemmaOr()) == ""
}

// objectAfter reports a noun phrase right after the verb at toks[c]: a
// number, a determiner or a noun opens its object ("cancelled 2,300
// trains", "delayed the ferries").
func objectAfter(toks []token, c int) bool {
	if c+1 >= len(toks) {
		return false
	}
	t := toks[c+1]
	if c+2 < len(toks) && toks[c+2].tag == text.CD && (t.tag == text.RB || t.tag == text.IN || t.tag == text.JJ) {
		return true // a hedge: "cancelled about 2,300 trains", "delayed more than 400 flights"
	}
	return t.tag == text.CD || t.tag == text.DT || t.tag == text.PRPS || t.tag.IsNoun() && !t.tag.IsProper()
}

// coordinatedPredicate reports a verb at toks[c] that "but" or "and"
// coordinates with the predicate before it, past an auxiliary ("but was
// moved", "and has been delayed"): it shares that predicate's subject.
func coordinatedPredicate(toks []token, c int) bool {
	for k := c - 1; k >= 0 && k >= c-3; k-- {
		switch w := toks[k].lower; {
		case w == "but" || w == "and":
			return true
		case !lex().Is(lexicon.Auxiliaries, w) && !toks[k].tag.IsAdverb():
			return false
		}
	}
	return false
}

// toDate reports a date the verb of change at toks[c] moves to or from
// ("was moved to Sunday, April 19", "pushed back to May"), not a thing it
// acts on ("shifted fewer than 300 votes").
func toDate(toks []token, c int) bool {
	k := c + 1
	for k < len(toks) && (toks[k].tag == text.RP || toks[k].tag.IsAdverb()) {
		k++
	}
	if k+1 >= len(toks) || toks[k].lower != "to" && toks[k].lower != "from" && toks[k].lower != "until" {
		return false
	}
	w := toks[k+1].lower
	return lex().Is(lexicon.Months, strings.TrimSuffix(w, ".")) || lex().Is(lexicon.Weekdays, w) || isDigits(w) || w == "next" || w == "later"
}

// dateObject reports a verb of change at toks[c] whose object is a date or
// a pronoun standing for one ("pushed that date back", "moved it to May"):
// the date it moves is that of an event told before it in the sentence.
func dateObject(toks []token, c int) bool {
	k := c + 1
	for k < len(toks) && (isDeterminer(toks[k].lower) || toks[k].lower == "that" || toks[k].lower == "this") {
		k++
	}
	if k >= len(toks) {
		return false
	}
	t := toks[k]
	return k == c+1 && (t.lower == "it" || t.lower == "them") || k > c+1 && t.tag.IsNoun() && lex().Is(lexicon.ScheduleNouns, t.lemma)
}

// insteadOfFigure reports "instead of" before a figure ("will pay 18 euros
// instead of 25", "instead of $40"): two amounts compared, no date moved.
func insteadOfFigure(toks []token, c int) bool {
	if toks[c].lower != "instead" || c+2 >= len(toks) || toks[c+1].lower != "of" {
		return false
	}
	n := toks[c+2]
	return n.tag == text.CD || n.tag == text.Dollar || lex().Is(lexicon.CurrencySigns, n.lower)
}

// lastNounBefore returns the index of the last noun before toks[c], over
// auxiliaries, adverbs and the rest of a noun phrase, or -1.
func lastNounBefore(toks []token, c int) int {
	for j := c - 1; j >= 0; j-- {
		t := toks[j]
		if t.tag.IsNoun() || t.tag == text.VBG && j > 0 && isDeterminer(toks[j-1].lower) {
			return j
		}
		if t.tag.IsVerb() || t.tag == text.MD || t.tag.IsAdverb() || t.tag == text.RP || t.lower == "not" {
			continue
		}
		if t.lower == "," {
			// "the strike, which began on Jan. 13, was postponed": back
			// over the clause between commas to the noun it follows.
			for j--; j > 0 && toks[j].lower != ","; j-- {
			}
			continue
		}
		return -1
	}
	return -1
}

// ofPhrase reports whether toks[i+1:n+1] is a prepositional phrase on the
// noun toks[i]: a preposition, then only noun-phrase words ("the vote on
// pay").
func ofPhrase(toks []token, i, n int) bool {
	if i+1 >= len(toks) || toks[i+1].tag != text.IN {
		return false
	}
	for _, t := range toks[i+2 : n+1] {
		if t.tag.IsVerb() || t.tag == text.MD || !t.word {
			return false
		}
	}
	return true
}

// support returns the object of a support verb at toks[i] and notes it
// among the copy's events ("carried out the operation"), or "".
func (a *analyzer) support(toks []token, i int) string {
	k := supportObject(toks, i)
	if k != "" {
		a.note(k)
	}
	return k
}

// note records a noun the copy has used as an event's, so that its later
// uses are events too.
func (a *analyzer) note(k string) {
	if a.supported == nil {
		a.supported = map[string]bool{}
	}
	a.supported[k] = true
}

// timesVerb reports whether a date of the sentence is an adverbial of the
// clause whose verb t is, after it and not a date of saying: "the two
// unions merged on 5 March", "inspected the ferry on Jan. 21".
func (a *analyzer) timesVerb(toks []token, i int, ds []int) bool {
	t := toks[i]
	for _, d := range ds {
		use, e := a.out.Times[d], a.dates[d]
		if e.Resolved && use.Adverbial && !use.Quoted && (e.Start > t.end || frontedDate(toks, e)) &&
			t.start >= use.Tense.CueStart && t.end <= use.Tense.CueEnd && (!reportVerb(use.Tense.Cue) || thingObject(toks, i) || a.actNamed(t)) {
			return true
		}
		if e.Resolved && !use.Quoted && whenClauseVerb(toks, e.End) == i {
			return true
		}
	}
	return false
}

// frontedDate reports a date that opens its sentence, past a preposition
// at most ("On Saturday, July 4, civil protection officers evacuated"):
// it times the verb its tense was read from, after it.
func frontedDate(toks []token, e dates.Expr) bool {
	return len(toks) > 1 && (toks[0].start == e.Start || toks[1].start == e.Start && toks[0].tag == text.IN)
}

// whenClauseVerb returns the index of the first finite verb of a clause of
// "when" right after a date that ends at byte end ("began in February,
// when inspectors shut the section"): the date tells when that clause's
// event took place. It returns -1 for none.
func whenClauseVerb(toks []token, end int) int {
	k := 0
	for k < len(toks) && toks[k].start < end {
		k++
	}
	if k < len(toks) && toks[k].lower == "," {
		k++
	}
	if k >= len(toks) || toks[k].lower != "when" {
		return -1
	}
	for j := k + 1; j < len(toks) && j <= k+8; j++ {
		switch t := toks[j]; {
		case t.tag.IsFinite():
			return j
		case !t.word:
			return -1
		}
	}
	return -1
}

// actNamed reports a verb whose act the copy also names by a noun derived
// from it ("announced the winner on Nov. 21" ... "the Nov. 23
// announcement"): a saying the copy treats as an event of its own.
func (a *analyzer) actNamed(t token) bool {
	for _, n := range lex().Nominals(t.lemma) {
		if (n.Class == "communication" || n.Class == "act") && n.Noun != t.lemma && a.named(n.Noun) {
			return true
		}
	}
	return false
}

// pointedOrdinal reports a noun ranked by an ordinal among those a
// demonstrative points back at: "the first of those reviews".
func pointedOrdinal(toks []token, i int) bool {
	k, ok := partitiveOrdinal(toks, i)
	if !ok || k+2 >= i {
		return false
	}
	w := toks[k+2].lower
	return w == "those" || w == "these" || w == "the" && k+3 < i && numberWords[toks[k+3].lower] > 1 // "the first of the three checks"
}

// countedBefore reports whether a mention so far counts its event.
func (a *analyzer) countedBefore() bool {
	for _, m := range a.out.Mentions {
		if m.Count > 0 || m.Ordinal > 1 && m.Count == 0 {
			return true
		}
	}
	return false
}

// thingObject reports a verb whose object is a counted or determined
// noun phrase of things, not a person, a clause or a quote: "recalled
// 28,000 battery packs", "recalled its chargers". A verb that can report
// speech ("recall", "release") then names an act, which a date times.
func thingObject(toks []token, i int) bool {
	k := i + 1
	if k+1 < len(toks) && toks[k+1].tag == text.CD && (toks[k].tag == text.RB || toks[k].tag == text.IN) {
		k++ // a hedge: "recalled about 28,000 packs"
	}
	if k < len(toks) && (toks[k].tag == text.CD || toks[k].tag == text.DT && toks[k].lower != "that" || toks[k].tag == text.PRPS) {
		k++
	}
	for k < len(toks) && k <= i+4 && (toks[k].tag.IsAdjective() || toks[k].tag == text.CD || toks[k].tag.IsProper() && k+1 < len(toks) && toks[k+1].tag.IsNoun()) {
		k++ // "recalled 41,000 Aurora kettles": a brand's name before the thing
	}
	return k < len(toks) && toks[k].tag.IsNoun() && !toks[k].cap && !lex().PersonNoun(toks[k].lemma)
}

// eventSubject reports whether the verb at toks[i] has an event noun of
// this sentence for its subject, right before it or past an adverb: "the
// second strike came in March", "the blast happened on Friday". Such a
// verb tells when that event took place; it names no event of its own.
func (a *analyzer) eventSubject(toks []token, i, first int) bool {
	ms := a.out.Mentions[first:]
	if len(ms) == 0 || !ms[len(ms)-1].Noun {
		return false
	}
	end := ms[len(ms)-1].Trigger.End
	for k := i - 1; k >= 0 && toks[k].start >= end; k-- {
		if !toks[k].word || toks[k].tag.IsVerb() && !lex().Is(lexicon.Auxiliaries, toks[k].lower) || toks[k].tag.IsNoun() {
			return false
		}
	}
	return true
}

// openVerbIf is openVerbKind where an open verb may matter (a sentence
// that counts, a verb a date times), else "" without a lookup. Kinds are
// kept per lemma for the article: the lexicon's table of nominals is read
// once for each verb.
func (a *analyzer) openVerbIf(matters bool, toks []token, i int) string {
	t := toks[i]
	if !matters || !t.tag.IsVerb() || t.lemma == "" || t.cap {
		return ""
	}
	if k, ok := a.verbKinds[t.lemma]; ok && !lex().Is(lexicon.Auxiliaries, t.lower) {
		return k
	}
	k := openVerbKind(toks, i, a.named, a.datedNoun)
	if k != "" && !a.named(k) {
		if n := a.nounOfSynonymVerb(t.lemma); n != "" {
			k = n // "blocked the highway for the third time ... The first blockade"
		}
	}
	if !lex().Is(lexicon.Auxiliaries, t.lower) {
		if a.verbKinds == nil {
			a.verbKinds = map[string]string{}
		}
		a.verbKinds[t.lemma] = k
	}
	return k
}

// nounOfSynonymVerb returns an event noun the copy uses whose verb shares
// its first sense with verb: the verb's act nouns are among that verb's
// synonyms' ("block" and "blockade": "blockage"), so "blocked the road"
// and "the first blockade" are one kind. It returns "" for none, or when
// several nouns would do.
func (a *analyzer) nounOfSynonymVerb(verb string) string {
	if lex().Is(lexicon.LightVerbs, verb) {
		return "" // "ran out of oxygen twice": a light verb shares a sense with too much
	}
	a.readSynonymNouns()
	found := ""
	for _, x := range lex().Nominals(verb) {
		if x.Class != "act" {
			continue
		}
		for _, vn := range a.synonymNouns[x.Noun] {
			if vn.verb == verb {
				continue
			}
			if found != "" && found != vn.noun {
				return ""
			}
			found = vn.noun
		}
	}
	return found
}

// verbNoun is an event noun of the copy and the verb it nominalises.
type verbNoun struct{ verb, noun string }

// readSynonymNouns indexes, once per article, the copy's event nouns by
// the act nouns of their verb's synonyms, so that each verb's lookup reads
// its own nominals rather than every noun of the copy.
func (a *analyzer) readSynonymNouns() {
	if a.synonymNouns != nil {
		return
	}
	a.readNouns()
	a.synonymNouns = map[string][]verbNoun{}
	var buf [8]string
	for n := range a.nouns {
		v := lex().VerbOf(n)
		if v == "" || lex().EventClass(n) == "" && lex().LaterAct(n) == "" {
			continue
		}
		for _, s := range lex().SynonymActs(buf[:0], v) {
			if vs := a.synonymNouns[s]; !slices.Contains(vs, verbNoun{v, n}) {
				a.synonymNouns[s] = append(vs, verbNoun{v, n})
			}
		}
	}
}

// nameHeadEvent reports the last word of a name of two words or more that
// is a noun the lexicon files as an event in its most frequent sense ("the
// Brandwald Marathon", "the Kilmarra Folk Festival"), not one of the
// occasion nouns, and not a possessive.
func nameHeadEvent(toks []token, i int) bool {
	t := toks[i]
	if !t.cap || t.poss || i == 0 || !toks[i-1].cap || !toks[i-1].word || i+1 < len(toks) && toks[i+1].cap && toks[i+1].word {
		return false
	}
	lower := strings.ToLower(t.text)
	return lex().EventClass(lower) != "" && !lex().Is(lexicon.OccasionNouns, lower) && !lex().Is(lexicon.Titles, lower) &&
		!lex().Is(lexicon.OrgHeads, lower) // "the Järvilaakso Dairy Cooperative": a body
}

// namedEvent reports an event noun written as the title of a name ("Storm
// Ondine", "Hurricane Milton", "Operation Tideway"): a capitalised noun the
// lexicon knows as an event or act, before a capitalised word that is no
// common noun ("the Election Commission") and not itself the end of a
// longer name ("Desert Storm").
func namedEvent(toks []token, i int) bool {
	t := toks[i]
	if !t.cap || i+1 >= len(toks) || !toks[i+1].cap || !toks[i+1].word || t.poss {
		return false
	}
	if i > 0 && toks[i-1].cap && toks[i-1].word && toks[i-1].tag.IsProper() {
		return false
	}
	lower, next := strings.ToLower(t.text), strings.ToLower(toks[i+1].text)
	if lex().Known(next, lexicon.Noun) || lex().Known(lex().Lemma(next, lexicon.Noun), lexicon.Noun) {
		return false // "the Election Commission", "Election Day": a name of something else
	}
	return lex().EventClass(lower) != "" && !lex().Is(lexicon.OccasionNouns, lower) && !lex().Is(lexicon.Titles, lower)
}

// negatedVerb reports a verb at toks[i] that "not" or "never" negates,
// with at most auxiliaries and adverbs between ("had not recalled",
// "has never visited", "didn't strike"): it tells of no event.
func negatedVerb(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		w := toks[k]
		switch {
		case lex().Is(lexicon.Negations, w.lower) || w.lower == "never":
			return true
		case w.tag.IsAdverb() || w.tag == text.MD || lex().Is(lexicon.Auxiliaries, w.lower):
		default:
			return false
		}
	}
	return false
}

// passiveAfterRank reports a participle after an ordinal after an
// auxiliary: "was first elected in 1994", "had been first tested": the
// ordinal is an adverb of the verb, which ranks it in its series of all
// time ("the second evacuation" comes after it) but in no period's.
func passiveAfterRank(toks []token, i int) bool {
	return i >= 2 && toks[i].tag == text.VBN && lex().Is(lexicon.Auxiliaries, toks[i-2].lower)
}
