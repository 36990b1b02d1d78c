// Package tense tells the tense or modality of the clause around a position
// in a sentence, and the words that decided it ("will", "is expected to",
// "visited").
//
// It is rule-based and linear in the sentence: no part-of-speech tagger.
//
// Clauses: a sentence is cut at ";" and ":", before which, who, where,
// when, that, while, though, although, because, if, whether, and before
// ", but"; a relative clause after a comma (", which ...") runs to the next
// comma and the outer clause resumes after it (see clauseIDs). Commas alone
// do not cut, so a participle phrase (", marking his second visit") shares
// the tense of its main verb.
//
// Choice: within the position's clause the verb group nearest before it
// decides; else the nearest after it, but past a comma only from a fronted
// adverbial ("On Monday, the minister met"); else the nearest group before
// it in an earlier clause ("He visited that day"); else Unknown.
//
// Verb groups: modals ("will", "'ll", "shall", "may"; "would" only after a
// reporting verb, "could" never), finite "be", "have" and "do" with what
// they govern, prospective constructions ("is expected to", "plans to",
// "agreed to", "invitation to visit", "is to visit", "invited X to a
// ceremony"), and simple past and present forms from tables of irregular
// verbs, regular "-ed" forms and common present forms, each checked against
// its neighbours so that "the proposed plan" or "remarks broadcast by" do
// not count. Scheduling verbs ("planned a rally on Saturday", "postponed
// until Tuesday") and validity words ("payable Dec. 15", "effective Feb.
// 1") make groups that decide Unknown: the date may not be their act's.
package tense

import (
	"slices"
	"strings"

	lex "github.com/copydesk/copydesk/checker/lexicon"
	"github.com/copydesk/copydesk/checker/text"
)

// Tense is the tense or modality of a clause.
type Tense string

// Tenses. Future covers prospective modality too ("is expected to",
// "plans to", "accepted an invitation to"). A present perfect ("has
// visited") counts as Past, with Result.Perfect set.
const (
	Past    Tense = "past"
	Present Tense = "present"
	Future  Tense = "future"
	Unknown Tense = "unknown"
)

// Result is the tense found and the cue that decided it.
type Result struct {
	Tense Tense
	// Cue is the deciding words as written; CueStart and CueEnd their byte
	// offsets in the text. Empty when Tense is Unknown.
	Cue              string
	CueStart, CueEnd int
	// Perfect is set for a perfect ("has visited", "had met", "may have
	// left").
	Perfect bool
	// Pluperfect is set for a past perfect ("had met", "had refused"): an
	// event before a past moment the story tells.
	Pluperfect bool
	// FutureInPast is set for a Future seen from a past moment: "was
	// expected to", "said he would", "agreed to visit", "accepted an
	// invitation to visit". The act lies after that moment but may lie
	// before publication, so a date before publication does not contradict
	// it.
	FutureInPast bool
	// Prep is the preposition just before the position, lower case ("on",
	// "by", "until", "since", "from"), or "". After "until", "by", "from"
	// or "since" a date bounds the act rather than dates it.
	Prep string
	// Modifier is set when the position looks like a modifier of a noun
	// rather than the time of the clause's act: "last month's explosion",
	// "the Jan. 14 deadline", "his 1990 earnings projection". The clause's
	// tense then says little about the date.
	Modifier bool
	// Scheduled is set, with Tense Unknown, when a scheduling verb decided
	// the clause ("planned a rally on Saturday", "has scheduled a news
	// conference Thursday"): the date more likely names the scheduled event
	// than the act of scheduling.
	Scheduled bool
}

// At returns the tense of the clause of sentence s (within src) that holds
// the bytes [start, end). It reads at most a few hundred bytes either side
// of the position. To ask about several positions in one sentence, Analyze
// it once instead.
func At(src string, s text.Sentence, start, end int) Result {
	var (
		tokBuf   [96]text.Token
		featBuf  [96]feature
		idBuf    [96]uint8
		groupBuf [24]group
	)
	toks := text.AppendWords(tokBuf[:0], src, window(src, s, start, end))
	feats := features(src, toks, featBuf[:0])
	ids := clauseIDs(toks, feats, idBuf[:0])
	sc := scanner{toks: toks, feats: feats, ids: ids}
	return pick(src, toks, ids, sc.groups(groupBuf[:0]), start, end)
}

// atTokens is At over tokens already split (a window of a shared reading).
func atTokens(src string, toks []text.Token, start, end int) Result {
	var (
		featBuf  [128]feature
		idBuf    [128]uint8
		groupBuf [24]group
	)
	feats := features(src, toks, featBuf[:0])
	ids := clauseIDs(toks, feats, idBuf[:0])
	sc := scanner{toks: toks, feats: feats, ids: ids}
	return pick(src, toks, ids, sc.groups(groupBuf[:0]), start, end)
}

// maxWindow bounds the bytes At reads on either side of the position, so
// that a run-on "sentence" (a table, a text without full stops) costs no
// more per call than a long sentence does.
const maxWindow = 600

// window narrows a sentence longer than 2*maxWindow to word boundaries
// around [start, end).
func window(src string, s text.Sentence, start, end int) text.Sentence {
	if s.End-s.Start <= 2*maxWindow {
		return s
	}
	a, b := max(s.Start, start-maxWindow), min(s.End, end+maxWindow)
	for a > s.Start && a < start && src[a-1] != ' ' {
		a++
	}
	for b < s.End && b > end && src[b] != ' ' {
		b--
	}
	return text.Sentence{Start: a, End: b}
}

// Analysis is one sentence with its clauses and verb groups found, ready to
// answer At for any position in it.
type Analysis struct {
	src    string
	toks   []text.Token
	ids    []uint8
	groups []group
}

// Analyze finds the clauses and verb groups of sentence s of src.
func Analyze(src string, s text.Sentence) *Analysis {
	return analyzeTokens(src, text.Words(src, s))
}

// analyzeTokens is Analyze over the tokens of a sentence already split.
func analyzeTokens(src string, toks []text.Token) *Analysis {
	a := new(Analysis)
	analyzeInto(a, src, toks, new(slab))
	return a
}

// analyzeInto fills a with the analysis of toks, a sentence of src, taking
// its slices from sl.
func analyzeInto(a *Analysis, src string, toks []text.Token, sl *slab) {
	feats := features(src, toks, sl.feats(len(toks)))
	ids := clauseIDs(toks, feats, sl.ids(len(toks)))
	sc := scanner{toks: toks, feats: feats, ids: ids}
	*a = Analysis{src: src, toks: toks, ids: ids, groups: sl.keepGroups(sc.groups(sl.groups()))}
}

// slab hands out the slices of the analyses of one text from a few large
// arrays, instead of three or four allocations a sentence. Each slice it
// gives is capped at its room, so that an append beyond it moves it
// elsewhere rather than over the next.
type slab struct {
	a []Analysis
	f []feature
	i []uint8
	g []group
}

// analysis returns a new, zero Analysis.
func (sl *slab) analysis() *Analysis {
	if len(sl.a) == 0 {
		sl.a = make([]Analysis, slabMin/8)
	}
	a := &sl.a[0]
	sl.a = sl.a[1:]
	return a
}

// slabMin is the fewest tokens a new array of the slab holds.
const slabMin = 256

// feats returns an empty slice with room for n features.
func (sl *slab) feats(n int) []feature { return carve(&sl.f, n) }

// ids returns an empty slice with room for n clause numbers.
func (sl *slab) ids(n int) []uint8 { return carve(&sl.i, n) }

// carve returns an empty slice with room for n elements cut from the
// front of *buf, growing *buf by at least slabMin when it has too little.
func carve[T any](buf *[]T, n int) []T {
	if cap(*buf) < n {
		*buf = make([]T, 0, max(n, slabMin))
	}
	out := (*buf)[:0:n]
	*buf = (*buf)[n:n]
	return out
}

// groups returns an empty slice with the room left for groups; keepGroups
// takes back what it does not use.
func (sl *slab) groups() []group {
	if cap(sl.g) < 8 {
		sl.g = make([]group, 0, slabMin/4)
	}
	return sl.g[:0]
}

// keepGroups keeps g, as groups gave room for it, and returns it capped.
func (sl *slab) keepGroups(g []group) []group {
	if len(g) == 0 {
		return nil
	}
	if len(g) <= cap(sl.g) && &g[0] == &sl.g[:1][0] {
		sl.g = sl.g[len(g):len(g)]
	}
	return g[:len(g):len(g)]
}

// At returns the tense of the clause that holds the bytes [start, end) of
// the text; a position outside the sentence counts as its last word.
func (a *Analysis) At(start, end int) Result {
	return pick(a.src, a.toks, a.ids, a.groups, start, end)
}

// pick chooses the group that decides the tense at byte offset start.
func pick(src string, toks []text.Token, ids []uint8, groups []group, start, end int) Result {
	if len(toks) == 0 {
		return Result{Tense: Unknown}
	}
	pos := len(toks) - 1
	for i, t := range toks {
		if t.End > start {
			pos = i
			break
		}
	}
	prep, modifier := context(toks, pos, end)
	// Looking after the position may cross a comma only from a fronted
	// adverbial ("On Monday, the minister met"), not from a clause of its
	// own ("Sales open next week, organizers announced Monday").
	limit := len(toks)
	if !fronted(toks, ids, pos) || inParticipleAside(toks, pos) {
		// A date set off by commas inside its clause ("Her first visit,
		// in March, produced ...") may look past its closing comma to the
		// clause's verb.
		commas := 1
		if parenthetical(toks, pos) || inAppositiveNP(toks, pos) {
			commas = 2
		}
		for k := pos + 1; k < len(toks); k++ {
			if toks[k].Lower == "," && toks[k].Start >= end {
				// Not a comma inside the date: "on Wednesday, May 14,".
				if commas--; commas == 0 {
					limit = k
					break
				}
			}
		}
	}
	if k := reducedRelative(toks, pos); k >= 0 {
		// "will be built by a company set up in 2023", "could squeeze
		// margins on vessels delivered in 2026": the participle right
		// after its noun times the date in its phrase, and its form tells
		// no time, past or future.
		t := toks[k]
		tn := Unknown
		if toks[k-1].Lower == "," {
			tn = Past // "the company, set up in 1957," or a verb after an aside the tagger read as one
		}
		return Result{Tense: tn, Cue: src[t.Start:t.End], CueStart: t.Start, CueEnd: t.End, Prep: prep, Modifier: modifier}
	}
	after, inherited := -1, -1
	// "on Oct. 1, the date in 1954 on which he registered the company":
	// the relative clause on the date's noun is its clause.
	best := relativeGroup(toks, ids, groups, pos, end)
	if best < 0 {
		for gi, g := range groups {
			same := ids[g.first] == ids[pos]
			switch {
			case g.first <= pos && asideBefore(toks, g, pos):
				// "The club, founded in 2002, marks ... this summer"
			case g.first <= pos && same:
				best = gi
			case g.first <= pos && !(inherited >= 0 && reportingAside(toks, g)):
				// "will visit twice this year, his office said on Thursday:
				// in April ...": past a colon, what the copy elaborates is
				// the clause before the report, not the report.
				inherited = gi
			case same && after < 0 && g.first < limit && !(g.noun && inPhrase(toks, g.first)) && !(contactRelative(toks, g, end) && gi+1 < len(groups)):
				// Not the prospective of a noun in a phrase after the date
				// ("elected in 2018 on a promise to clean up the office"):
				// it times what follows it, not what comes before.
				after = gi
			}
		}
	}
	if best < 0 {
		best = after
	}
	if best < 0 {
		best = inherited
	}
	if best < 0 || groups[best].tense == Unknown {
		return Result{Tense: Unknown, Prep: prep, Modifier: modifier, Scheduled: best >= 0 && groups[best].sched}
	}
	g := groups[best]
	if relatedEventDate(toks, pos, g.tense) || recalledEventDate(toks, pos) || g.tense == Past && (hypothetical(toks, ids, groups, g) || modifyingParticiple(toks, ids, groups, best)) {
		return Result{Tense: Unknown, Prep: prep, Modifier: modifier}
	}
	x, y := toks[g.first].Start, toks[g.last].End
	return Result{Tense: g.tense, Cue: src[x:y], CueStart: x, CueEnd: y, Perfect: g.perfect, Pluperfect: g.pluperfect,
		FutureInPast: g.fip, Prep: prep, Modifier: modifier}
}

// contactRelative reports a verb group right after a subject pronoun that
// follows a common noun: a relative clause without "that" on the noun
// ("Next week the festival she founded returns"), whose verb is not the
// clause's; the noun stands after the date ending at byte end.
func contactRelative(toks []text.Token, g group, end int) bool {
	k := g.first
	return k >= 2 && toks[k-1].Tag == text.PRP && slices.Contains(subjectPronouns, toks[k-1].Lower) && toks[k-2].Tag.IsNoun() && !toks[k-2].Tag.IsProper() &&
		toks[k-2].Start >= end // not the date's own noun: "Next year it marks ..."
}

// modifyingParticiple reports a verb group of a lone past participle
// right after a common noun, after a finite verb group of its own clause:
// a clause reduced to modify the noun ("would add a section for films
// made on mobile phones next year"), whose time is not told by its form;
// so is one set off by a comma after a noun or a figure ("offered 4.5%,
// split between 2.5% this year and 2% in 2027").
// The first verb of a clause ("since the centre opened on Feb. 3") is its
// finite verb, whatever the tagger read.
func modifyingParticiple(toks []text.Token, ids []uint8, groups []group, gi int) bool {
	g := groups[gi]
	if gi == 0 || g.first != g.last || g.first == 0 || toks[g.first].Tag != text.VBN {
		return false
	}
	head := g.first - 1
	if head > 0 && toks[head].Lower == "," && text.FigureBefore(toks, func(j int) text.Tag { return toks[j].Tag }, head) {
		// "offered 4.5%, split between 2.5% this year and 2% in 2027", "a
		// 4.5% rise, divided between ...": set off after a figure or its noun.
		head--
	}
	if !(toks[head].Tag.IsNoun() || toks[head].Tag == text.CD || toks[head].Lower == "%") || toks[head].Tag.IsProper() {
		return false
	}
	// Words of an object between them: "public works department widened"
	// is a compound the tagger read with a verb in it.
	p := groups[gi-1]
	setOff := head != g.first-1 // past a comma, which may open a clause id of its own
	if ids[p.first] != ids[g.first] && !setOff || p.tense == Unknown && toks[p.first].Tag != text.MD || g.first-p.last <= 2 {
		return false
	}
	if !setOff && p.first == p.last && p.tense == Past && p.first > 0 && toks[p.first-1].Tag.IsNoun() && !toks[p.first-1].Tag.IsProper() {
		return false // "the 12 trams ordered for the line arrived at the depot": that past form may be the participle
	}
	for _, t := range toks[p.last+1 : g.first] {
		if slices.Contains(boundaryWords, t.Lower) || lex.Default().Is(lex.TimeOpeners, t.Lower) {
			return false // "have received a dose since the centre opened on Feb. 3"
		}
	}
	return true
}

// hypothetical reports a past form in a clause of "if" or "unless" in a
// sentence with "would", "could" or "might": a condition imagined, whose
// time is not the past ("would not be surprised if the ship found open
// water next spring", "If the rains came in May, the crop would fail").
func hypothetical(toks []text.Token, ids []uint8, groups []group, g group) bool {
	k := g.first
	for k > 0 && ids[k-1] == ids[g.first] {
		k--
	}
	if w := toks[k].Lower; w != "if" && w != "unless" {
		return false
	}
	for _, h := range groups {
		switch toks[h.first].Lower {
		case "would", "could", "might":
			return true
		}
	}
	return false
}

// inPhrase reports a preposition within two words before toks[i]: "on a
// promise", "with plans".
func inPhrase(toks []text.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if toks[k].Tag == text.IN {
			return true
		}
	}
	return false
}

// relativeGroup returns the first verb group of the relative clause that
// relativeAfter finds after the date at toks[pos], or -1.
func relativeGroup(toks []text.Token, ids []uint8, groups []group, pos, end int) int {
	r := relativeAfter(toks, pos, end)
	if r < 0 {
		return -1
	}
	for gi, g := range groups {
		if g.first > r && ids[g.first] == ids[r] {
			return gi
		}
	}
	return -1
}

// relativeAfter returns the index of the relative word that opens a
// clause right after the date at toks[pos] when the date and its
// preposition modify a noun ("the date in 1954 on which he registered
// it", "the week in May when the river rose", "the hall in 2019 where she
// sang"), or -1.
func relativeAfter(toks []text.Token, pos, end int) int {
	if pos < 2 || toks[pos-1].Tag != text.IN || !toks[pos-2].Tag.IsNoun() || toks[pos-2].Tag.IsProper() {
		return -1
	}
	k := pos
	for k < len(toks) && toks[k].Start < end {
		k++
	}
	if k < len(toks) && toks[k].Tag == text.IN && k+1 < len(toks) {
		k++ // "on which", "in which"
	}
	if k >= len(toks) {
		return -1
	}
	switch toks[k].Lower {
	case "which", "whom":
		if toks[k-1].Tag != text.IN {
			return -1
		}
		return k
	case "when", "where":
		return k
	}
	return -1
}

// asideBefore reports a verb group set off by commas before pos: a
// participle or clause in apposition ("The club, founded in 2002, marks
// its 25th anniversary this summer"), whose tense is no tense of what
// comes after its closing comma.
func asideBefore(toks []text.Token, g group, pos int) bool {
	c := commaBefore(toks, g.first)
	if c < 1 || g.last != g.first || !toks[c-1].Tag.IsNoun() || closesPhraseAside(toks, c) ||
		toks[g.first].Tag != text.VBN && toks[g.first].Tag != text.VBD {
		return false // only a lone participle after a noun and its comma ("The race, first held in 1988,")
	}
	for k := g.last + 1; k < pos; k++ {
		if toks[k].Lower == "," {
			return true
		}
	}
	return false
}

// closesPhraseAside reports a comma at c that closes a prepositional
// phrase set off after the subject's noun ("Farmers in Chinnapura, at the
// tail end of the canal, blocked"): the verb after it is the clause's own.
func closesPhraseAside(toks []text.Token, c int) bool {
	for k := c - 1; k >= 1; k-- {
		t := toks[k]
		switch {
		case t.Lower == ",":
			return k < c-2 && toks[k+1].Tag == text.IN && toks[k-1].Tag.IsNoun()
		case t.Tag.IsVerb() || t.Kind == text.Punct && t.Lower != "." && t.Lower != "-":
			return false
		}
	}
	return false
}

// reducedRelative returns the index of a past participle that the date at
// toks[pos] follows within its phrase (past a particle, a preposition or
// a determiner) and that follows a noun, in a clause whose verb comes
// before that noun: a reduced relative clause ("a company set up in
// 2023", "the bridge built in 1890"); -1 for none.
func reducedRelative(toks []text.Token, pos int) int {
	agent := 0 // 1 past the words of a phrase, 2 past its "by": "imposed by the district court in June 2023"
	for k := pos - 1; k >= 1 && k >= pos-8; k-- {
		switch t := toks[k]; {
		case t.Lower == "by" && agent == 1:
			agent = 2
		case t.Tag == text.IN || t.Tag == text.RP || t.Tag == text.DT:
			continue
		case agent < 2 && (k < pos-1 || t.Tag.IsNoun()) && (t.Tag.IsNoun() || t.Tag.IsAdjective() || t.Tag == text.POS):
			agent = 1
		case agent == 1:
			return -1 // words of a phrase no "by" opens
		case (t.Tag == text.VBN || agent == 2 && (pastForm(t) || inflectedPast(t.Lower))) && (toks[k-1].Tag.IsNoun() || toks[k-1].Tag == text.CD || toks[k-1].Lower == "those" || toks[k-1].Lower == "these") || pastForm(t) && k >= 2 && toks[k-1].Lower == "," && toks[k-2].Tag.IsNoun():
			// Also set off by a comma, where a past form may be read as
			// the participle: "the company, set up in 1957".
			j := k - 1
			for j >= 0 && npTag(toks[j].Tag) {
				j--
			}
			if j >= 0 && toks[j].Tag.IsVerb() && lex.Default().Is(lex.ComplementVerbs, toks[j].Lemma) {
				return -1 // "will find their fields flooded next spring": the object's state
			}
			if agent == 2 && j >= 0 && j < k-1 && toks[j].Tag == text.IN && toks[k].Tag == text.VBN {
				return k // "under a mediator appointed by the office last week": a preposition's noun is no subject
			}
			for j := k - 2; j >= 0; j-- {
				if toks[j].Tag.IsFinite() {
					return k
				}
				if (toks[j].Lower == "," || toks[j].Lower == ";") && j != k-1 {
					return -1
				}
			}
			return -1
		default:
			return -1
		}
	}
	return -1
}

// (Also past an agent: "the five imposed by the district court in June
// 2023" times the imposing.)

// inflectedPast reports a word the lexicon knows as an inflected form of
// a verb other than its "-s" and "-ing" forms ("found", "imposed"),
// whatever the tagger read.
func inflectedPast(w string) bool {
	lx := lex.Default()
	l := lx.Lemma(w, lex.Verb)
	return l != w && lx.Known(l, lex.Verb) && !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ing")
}

// pastForm reports a token that may be a past participle: one tagged so,
// a past tense, or a base form whose participle is the same ("set", "cut").
func pastForm(t text.Token) bool {
	return t.Tag == text.VBN || t.Tag == text.VBD || t.Tag == text.VB && lex.Default().Is(lex.UnchangedParticiples, t.Lower)
}

// commaBefore returns the index of the comma right before toks[i], past
// adverbs (", first held in 1988"), or -1.
func commaBefore(toks []text.Token, i int) int {
	j := i - 1
	for j >= 0 && toks[j].Tag.IsAdverb() {
		j--
	}
	if j >= 0 && toks[j].Lower == "," {
		return j
	}
	return -1
}

// inParticipleAside reports a position inside a participle set off by a
// comma after a noun ("In June the cooperative, founded in 1951, will
// ..."): the participle's clause ends at the next comma, even where the
// sentence opens with a fronted phrase.
func inParticipleAside(toks []text.Token, pos int) bool {
	for k := pos - 1; k >= 2 && k >= pos-6; k-- {
		switch t := toks[k]; {
		case t.Lower == ",":
			return false
		case t.Tag == text.VBN || t.Tag == text.VBD:
			if c := commaBefore(toks, k); c >= 1 && toks[c-1].Tag.IsNoun() {
				return true
			}
		}
	}
	return false
}

// inAppositiveNP reports a date inside a noun phrase set off by a comma
// after a noun ("The first strike, a three-day stoppage from Feb. 6 to
// Feb. 8, was called ..."): with no verb between the comma and the date,
// the clause's verb comes after the phrase's closing comma.
func inAppositiveNP(toks []text.Token, pos int) bool {
	for k := pos - 1; k >= 2 && k >= pos-10; k-- {
		t := toks[k]
		if t.Tag.IsVerb() || t.Tag == text.MD || t.Lower == ";" {
			return false
		}
		if t.Lower == "," {
			d := toks[k+1].Lower
			return (d == "a" || d == "an" || d == "the") && toks[k-1].Tag.IsNoun()
		}
	}
	return false
}

// parenthetical reports whether the date at toks[pos], with its
// preposition, follows a comma that a noun precedes: it is set off inside
// its clause ("Her first visit to Sarvenia, in March, produced ...").
func parenthetical(toks []text.Token, pos int) bool {
	q := pos
	if q > 0 && wordFeature(toks, q-1)&fPreposition != 0 {
		q--
	}
	// "The first, on March 12, was annulled": a headless ordinal heads
	// its noun phrase as a noun does.
	return q >= 2 && toks[q-1].Lower == "," && (toks[q-2].Tag.IsNoun() || lex.Default().Is(lex.Ordinals, toks[q-2].Lower))
}

// fronted reports whether pos stands in a fronted adverbial: its clause
// starts with it or with a preposition ("On Monday,", "In composite
// trading Friday,", "Last year the city ...").
func fronted(toks []text.Token, ids []uint8, pos int) bool {
	first := pos
	for k := pos - 1; k >= 0 && ids[k] == ids[pos]; k-- {
		if l := toks[k].Lower; l == "—" || l == "–" {
			break // a dateline's dash opens the sentence's own words
		}
		if toks[k].Kind == text.Word {
			first = k
		}
	}
	// "Sometime last year, ...", "Early next month, ...": an adverb may
	// open the phrase before its date.
	return first == pos || first == pos-1 && toks[first].Tag == text.RB ||
		lexicon[toks[first].Lower]&fPreposition != 0 && lexicon[toks[first].Lower]&fFinAux == 0
}

// context returns the preposition before token pos (or at it, when the
// span starts with one) and whether the span ending at byte end looks like
// a noun modifier.
func context(toks []text.Token, pos, end int) (prep string, modifier bool) {
	fp := wordFeature(toks, pos)
	if fp&fPreposition != 0 && fp&fFinAux == 0 && fp&fAuxAfter == 0 {
		prep = toks[pos].Lower
	} else if f := wordFeature(toks, pos-1); f&fPreposition != 0 && f&fFinAux == 0 && f&fAuxAfter == 0 {
		prep = toks[pos-1].Lower
	} else {
		prep = listPrep(toks, pos)
	}
	next := pos
	for next < len(toks) && toks[next].Start < end {
		next++
	}
	if next >= len(toks) || toks[next].Kind != text.Word {
		return prep, false
	}
	if toks[next].Lower == "'s" {
		return prep, true
	}
	fn := wordFeature(toks, next)
	det := wordFeature(toks, pos-1)&fDeterminer != 0 && toks[pos-1].Lower != "last" && toks[pos-1].Lower != "next"
	modifier = det && fn&(fPreposition|fFinAux|fAdverb|fBoundary|fReporting|fSubjectPronoun) == 0 &&
		toks[next].Lower != "and" && toks[next].Lower != "or"
	return prep, modifier
}

// listPrep returns the preposition that opens a list of dates the date at
// toks[pos] ends or continues: "after 2020, 2022 and 2024", "in May,
// June or July"; "" when the date follows no list.
func listPrep(toks []text.Token, pos int) string {
	if pos < 2 || !listJoint(toks[pos-1]) {
		return ""
	}
	for k := pos - 2; k >= 0 && pos-k <= 16; k-- {
		t := toks[k]
		if f := wordFeature(toks, k); f&fPreposition != 0 && f&fFinAux == 0 && f&fAuxAfter == 0 {
			return t.Lower
		}
		if !(t.Kind == text.Number || listJoint(t) || t.Kind == text.Word && lex.Default().Is(lex.Months, t.Lower)) {
			return ""
		}
	}
	return ""
}

// listJoint reports a comma, "and" or "or" between the items of a list.
func listJoint(t text.Token) bool {
	return t.Lower == "," || t.Lower == "and" || t.Lower == "or"
}

// wordFeature returns the lexicon features of word token i, or 0.
func wordFeature(toks []text.Token, i int) feature {
	if i < 0 || i >= len(toks) || toks[i].Kind != text.Word {
		return 0
	}
	return lexicon[toks[i].Lower]
}

// clauseIDs appends to ids a clause number for every token. A clause ends
// at ";" or ":" (not inside "9:30"), before a boundary word (which, who,
// where, when, that, while, though, although, because, if, ...) and before
// ", but". A relative clause after a comma (", which ...") ends at the next
// comma, and the clause before it resumes; so does the clause before a
// boundary word at ", and" followed by a past form ("ruled that ..., and
// set Friday as the deadline").
func clauseIDs(toks []text.Token, feats []feature, ids []uint8) []uint8 {
	cur, next, outer := uint8(0), uint8(1), -1
	before := -1 // the clause a boundary word left, for ", and" + verb
	open := func() {
		cur = next
		if next < 255 {
			next++
		}
	}
	const pastLike = fSimplePast | fPastBoth | fParticiple | fRegularPast
	for i, t := range toks {
		w := t.Lower
		comma := i > 0 && toks[i-1].Lower == ","
		switch {
		case t.Kind == text.Punct && (w == ";" || w == ":" && !between(toks, i, text.Number)):
			open()
			outer = -1
		case t.Kind == text.Punct && w == "," && outer >= 0:
			ids = append(ids, cur)
			cur, outer = uint8(outer), -1
			continue
		case feats[i]&fBoundary != 0:
			if comma && feats[i]&fRelative != 0 && outer < 0 {
				outer = int(cur)
			}
			before = int(cur)
			open()
		case t.Kind == text.Word && w == "and" && comma && before >= 0 && outer < 0 &&
			i+1 < len(toks) && feats[i+1]&pastLike != 0 && feats[i+1]&fFinAux == 0:
			// "ruled that the boy must go home, and set Friday as the
			// deadline": a second predicate of the clause before "that"
			cur, before = uint8(before), -1
		case t.Kind == text.Word && w == "but" && comma, t.Kind == text.Word && w == "and" && comma && subjectThenVerb(toks, i+1):
			// ", and the April trip will be his third": a clause of its own
			open()
			outer = -1
		}
		ids = append(ids, cur)
	}
	return ids
}

// subjectThenVerb reports a noun phrase opened by a determiner or an
// owner at toks[i] and a finite verb after it, before any punctuation: a
// clause's subject and verb ("the April trip will be").
func subjectThenVerb(toks []text.Token, i int) bool {
	if i >= len(toks) || toks[i].Tag != text.DT && toks[i].Tag != text.PRPS {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+5; k++ {
		switch t := toks[k]; {
		case t.Tag.IsFinite():
			return k > i+1
		case t.Kind != text.Word || !(t.Tag.IsNoun() || t.Tag.IsAdjective() || t.Tag == text.CD || t.Tag == text.POS):
			return false
		}
	}
	return false
}

// reportingAside reports a verb group of saying after a comma and a short
// subject ("..., his office said on Thursday"): a report set after the
// clause it reports.
func reportingAside(toks []text.Token, g group) bool {
	if !lex.Default().Is(lex.SayingVerbs, toks[g.last].Lemma) {
		return false
	}
	for k := g.first - 1; k >= 0 && k >= g.first-4; k-- {
		switch t := toks[k]; {
		case t.Lower == ",":
			return k < g.first-1
		case t.Kind != text.Word || !(t.Tag.IsNoun() || t.Tag == text.DT || t.Tag == text.PRPS || t.Tag == text.PRP || t.Tag == text.POS):
			return false
		}
	}
	return false
}

// between reports whether the tokens on both sides of i are of kind k.
func between(toks []text.Token, i int, k text.Kind) bool {
	return i > 0 && i+1 < len(toks) && toks[i-1].Kind == k && toks[i+1].Kind == k
}
