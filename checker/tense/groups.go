package tense

import (
	lex "github.com/copydesk/copydesk/checker/lexicon"
	"github.com/copydesk/copydesk/checker/text"
)

// group is one verb group or prospective construction found in a sentence:
// the cue spans tokens [first, last].
type group struct {
	first, last int
	tense       Tense
	perfect     bool
	pluperfect  bool // "had met"
	// fip marks a future seen from the past: "was expected to", "said he
	// would", "agreed to visit", "accepted an invitation to visit".
	fip bool
	// noun marks a prospective noun ("invitation to visit"): it is a future
	// in the past when the group before it is past.
	noun bool
	// sched marks a scheduling verb's group ("planned a rally on
	// Saturday"): Unknown, but the date likely names the scheduled event.
	sched bool
	// tagged marks a group read only from the tagger's part of speech.
	tagged bool
}

// scanner finds the verb groups of one tokenised sentence.
type scanner struct {
	toks  []text.Token
	feats []feature
	// report is the index of the first reporting word ("said", "confirmed",
	// "according"), or len(toks) when there is none.
	report int
	// lastAux is the index of the last finite auxiliary or modal, or -1.
	lastAux int
	// lastGroup is the index of the last word of the last finite verb
	// group found so far, or -1.
	lastGroup int
	// ids are the clause numbers of the tokens (see clauseIDs), or nil.
	ids []uint8
}

// groups appends the verb groups of the sentence to dst, in order.
func (sc *scanner) groups(dst []group) []group {
	sc.report, sc.lastAux, sc.lastGroup = len(sc.toks), -1, -1
	for i, f := range sc.feats {
		if f&fReporting != 0 && sc.report == len(sc.toks) {
			sc.report = i
		}
		if f&fFinAux != 0 {
			sc.lastAux = i
		}
	}
	for i := 0; i < len(sc.toks); {
		g, ok := sc.match(i)
		if !ok || g.tagged && sc.secondInClause(i) {
			i++
			continue
		}
		if g.noun && len(dst) > 0 && dst[len(dst)-1].tense == Past {
			g.fip = true
		}
		g.last = sc.coordinatedParticiple(g)
		dst = append(dst, g)
		if g.tense != Unknown {
			sc.lastGroup = g.last
		}
		i = g.last + 1
	}
	return dst
}

// match finds the group that starts at token i, if any.
func (sc *scanner) match(i int) (group, bool) {
	f := sc.f(i)
	if f&fWord == 0 {
		return group{}, false
	}
	w := sc.toks[i].Lower
	prev := sc.word(i - 1)
	if f&fCap != 0 && i > 0 && f&fFinAux != 0 {
		return group{}, false // "in May", "Will Smith"
	}
	switch {
	case prev == "to" && f&fFinAux == 0:
		return group{}, false // an infinitive is no finite verb
	case f&fModal != 0 && sc.is(i-1, fDeterminer) && !sc.baseVerbAfter(i):
		return group{}, false // "the will of the people"; not "the third will be replaced"
	case f&fModal != 0 && (w != "wo" && w != "ca" || sc.word(i+1) == "n't"):
		return sc.modal(i), true
	case w == "'d" && i > 0:
		if sc.participleLike(sc.skipAdverbs(i + 1)) {
			return sc.perfect(i, sc.skipAdverbs(i+1)), true
		}
		return sc.modal(i), true
	case w == "'s" && sc.is(i-1, fSubjectPronoun):
		j := sc.skipAdverbs(i + 1)
		if w2 := sc.word(j); w2 == "been" || w2 == "got" || sc.is(j, fParticiple) {
			return sc.perfect(i, j), true
		}
		return sc.be(i, Present), true
	case f&fBePresent != 0:
		return sc.be(i, Present), true
	case f&fBePast != 0:
		return sc.be(i, Past), true
	case f&fHave != 0:
		t := Present
		if f&fHavePast != 0 {
			t = Past
		}
		return sc.have(i, t)
	case f&fDo != 0:
		t := Present
		if f&fDoPast != 0 {
			t = Past
		}
		g := group{first: i, last: sc.head(i+1, i), tense: t}
		if k := sc.prospective(g.last); k >= 0 {
			g.last, g.tense, g.fip = k, Future, t == Past // "did not plan to go"
		}
		return g, true
	}
	if f&fCap != 0 {
		return group{}, false
	}
	if f&fProspectiveNoun != 0 || f&fProspectiveVerb != 0 && !sc.is(i-1, fDeterminer) {
		if k := sc.prospective(i); k >= 0 {
			// "agreed to visit", and a bare "due to expire", "set to
			// resume" are futures seen from an earlier moment.
			past := f&(fSimplePast|fPastBoth|fRegularPast|fParticiple|fProspectiveAfterBe) != 0
			// A noun's prospective ("her plans to") only where the word
			// is read as a noun: "halted shipments and plans to resume"
			// is a present verb, no future seen from the past.
			return group{first: i, last: k, tense: Future, fip: past, noun: !past && f&fProspectiveNoun != 0 && !sc.toks[i].Tag.IsVerb()}, true
		}
	}
	if f&fValidity != 0 && !(w == "due" && sc.word(i+1) == "to") {
		return group{first: i, last: i, tense: Unknown}, true // "payable Dec. 15"
	}
	if f&(fSimplePast|fPastBoth|fRegularPast) != 0 {
		if !sc.finiteOK(i, false, false) {
			return group{}, false
		}
		if f&fScheduling != 0 {
			// "planned a rally on Saturday", "postponed until Tuesday":
			// the date may be the scheduled event's, not the act's.
			return group{first: i, last: i, tense: Unknown, sched: true}, true
		}
		if sc.objectComplement(i) {
			return group{}, false // "keep the avenue closed next year": the verb's tense, not the participle's
		}
		return group{first: i, last: i, tense: Past}, true
	}
	if f&fPresentS != 0 && sc.finiteOK(i, true, false) || f&fPresentBase != 0 && sc.finiteOK(i, true, true) {
		return group{first: i, last: i, tense: Present}, true
	}
	return sc.tagged(i)
}

// tagged reads a finite verb the lexicon here does not know by the part of
// speech the shared reading gave it ("and turns 45 next month"); tokens
// split without a reading have none.
func (sc *scanner) tagged(i int) (group, bool) {
	switch sc.toks[i].Tag {
	case text.VBZ, text.VBP:
		if sc.f(i)&fParticiple != 0 && sc.singularSubjectBefore(i) {
			return group{first: i, last: i, tense: Past, tagged: true}, true // "the firm quietly shut the plant"
		}
		return group{first: i, last: i, tense: Present, tagged: true}, true
	case text.VBD:
		if sc.f(i)&fScheduling != 0 {
			return group{first: i, last: i, tense: Unknown, sched: true, tagged: true}, true // "set a hearing for June 22"
		}
		return group{first: i, last: i, tense: Past, tagged: true}, true
	case text.VBN:
		if sc.f(i)&fParticiple != 0 && sc.singularSubjectBefore(i) {
			// "The authority already cut quotas": a form that is base and
			// participle alike, after a singular subject and no auxiliary,
			// is a simple past (the present would be "cuts").
			return group{first: i, last: i, tense: Past, tagged: true}, true
		}
	}
	return group{}, false
}

// singularSubjectBefore reports a singular noun or a pronoun of the third
// person singular right before i, past adverbs: a subject whose present
// verb would end in "-s".
func (sc *scanner) singularSubjectBefore(i int) bool {
	p := i - 1
	for p >= 0 && sc.is(p, fAdverb) {
		p--
	}
	if p < 0 {
		return false
	}
	switch t := sc.toks[p]; {
	case t.Lower == "he" || t.Lower == "she" || t.Lower == "it":
		return true
	default:
		return t.Tag == text.NN || t.Tag == text.NNP
	}
}

// modal builds the group of the modal (or "'d" read as "would") at i.
func (sc *scanner) modal(i int) group {
	j := sc.skipAdverbs(i + 1)
	perfect := sc.word(j) == "have" && sc.participleLike(sc.skipAdverbs(j+1))
	g := group{first: i, last: sc.head(i+1, i), perfect: perfect}
	f := sc.f(i)
	switch {
	case perfect && f&fFuturePerfect != 0:
		g.tense = Future // "will have finished"
	case perfect && f&fModalFuture == 0:
		g.tense = Unknown // "would have gone": counterfactual
	case perfect:
		g.tense = Past // "may have left"
	case f&fModalFuture != 0:
		g.tense = Future
	case f&fModalPresent != 0:
		g.tense = Present
	case i > sc.report && f&fCouldLike == 0:
		g.tense, g.fip = Future, true // "said he would visit"
	default:
		g.tense = Unknown
	}
	if g.tense != Unknown {
		if k := sc.prospective(g.last); k >= 0 {
			g.last, g.tense = k, Future
		}
	}
	if sc.is(g.last, fScheduling) && g.tense == Past {
		g.tense, g.sched = Unknown, true // "may have postponed"
	}
	return g
}

// be builds the group of the finite "be" at i.
func (sc *scanner) be(i int, t Tense) group {
	j := sc.skipAdverbs(i + 1)
	if sc.word(j) == "being" {
		j = sc.skipAdverbs(j + 1)
	}
	if sc.is(j, fProspectiveAfterBe) {
		if k := sc.infinitive(j + 1); k >= 0 {
			return group{first: i, last: k, tense: Future, fip: t == Past}
		}
		if sc.is(j, fProspectiveNoTo) && sc.word(j+1) != "to" || sc.word(j) == "set" && sc.word(j+1) == "for" {
			return group{first: i, last: j, tense: Future, fip: t == Past}
		}
	}
	if k := sc.infinitive(j); k >= 0 {
		return group{first: i, last: k, tense: Future, fip: t == Past} // "is to visit"
	}
	g := group{first: i, last: i, tense: t}
	if sc.is(j, fIng) && sc.verbLike(j) || sc.participleLike(j) {
		g.last = sc.head(j, j)
		if k := sc.prospective(g.last); k >= 0 {
			g.last, g.tense, g.fip = k, Future, t == Past // "was invited to join"
		} else if sc.is(g.last, fScheduling) {
			g.tense, g.sched = Unknown, true // "was planned for early March"
		}
	}
	return g
}

// have builds the group of the finite "have" at i.
func (sc *scanner) have(i int, t Tense) (group, bool) {
	if sc.word(i-1) == "to" {
		return group{}, false
	}
	j := sc.skipAdverbs(i + 1)
	if k := sc.infinitive(j); k >= 0 {
		if t == Present {
			t = Future // "has to sign", "has yet to decide"
		}
		return group{first: i, last: k, tense: t}, true
	}
	if sc.participleLike(j) {
		g := sc.perfect(i, j)
		g.fip = g.fip && t == Past
		g.pluperfect = t == Past && g.tense == Past
		return g, true
	}
	return group{first: i, last: i, tense: t}, true
}

// perfect builds the perfect group of the auxiliary at i whose participle
// chain starts at j. A present perfect counts as Past: it places the event
// before now.
func (sc *scanner) perfect(i, j int) group {
	g := group{first: i, last: sc.head(j, j), tense: Past, perfect: true}
	if k := sc.prospective(g.last); k >= 0 {
		g.last, g.tense, g.fip = k, Future, true // "has agreed to visit"
	} else if sc.is(g.last, fScheduling) {
		g.tense, g.sched = Unknown, true // "has scheduled a news conference Thursday"
	}
	return g
}

// baseVerbAfter reports whether a base verb follows the word at i, adverbs
// skipped: "be", "have", or a verb the shared reading tags VB ("the third
// will be replaced", "the last may open").
func (sc *scanner) baseVerbAfter(i int) bool {
	j := sc.skipAdverbs(i + 1)
	if w := sc.word(j); w == "be" || w == "have" || w == "not" {
		return true
	}
	if j >= len(sc.toks) || sc.f(j)&fWord == 0 || sc.f(j)&fCap != 0 {
		return false
	}
	if t := sc.toks[j].Tag; t != text.None {
		return t == text.VB
	}
	// Without a reading: a lower-case word that opens no phrase of its own
	// ("the will of", "the will was read").
	return sc.f(j)&(fPreposition|fDeterminer|fFinAux|fBoundary|fSimplePast|fRegularPast|fPresentS) == 0
}

// secondInClause reports a word at i in the clause of the finite group
// found last, with nothing between that coordinates a second verb ("and",
// "or", "but", a comma): a clause has one finite verb, so a word only the
// tagger read as one ("will replace the paper tally sheets", "sheets"
// tagged a verb) is none.
func (sc *scanner) secondInClause(i int) bool {
	if sc.lastGroup < 0 || sc.ids == nil || sc.ids[sc.lastGroup] != sc.ids[i] {
		return false
	}
	for k := sc.lastGroup + 1; k < i; k++ {
		switch sc.toks[k].Lower {
		case "and", "or", "but", ",", ";", ":", "—", "–", "(", ")":
			return false
		}
	}
	return true
}

// objectComplement reports a participle at i after the object of a verb
// that takes one with a complement ("keep the riverside avenue closed",
// "had the roof repaired"): a state of the object, no verb of its own.
func (sc *scanner) objectComplement(i int) bool {
	if sc.toks[i].Tag != text.VBN {
		return false
	}
	k := i - 1
	for k >= 0 && i-k <= 6 && npTag(sc.toks[k].Tag) {
		k--
	}
	return k >= 0 && k < i-1 && sc.toks[k].Tag.IsVerb() && lex.Default().Is(lex.ComplementVerbs, sc.toks[k].Lemma)
}

// npTag reports a part of speech a noun phrase holds: a determiner, a
// possessive, an adjective, a noun, a number or an object pronoun.
func npTag(t text.Tag) bool {
	return t == text.DT || t == text.PRPS || t == text.POS || t == text.CD || t == text.PRP || t.IsAdjective() || t.IsNoun()
}

// coordinatedParticiple returns the last word of group g, taken on past a
// participle joined to g's own by "and" or "or", which shares g's
// auxiliaries ("will be reinstalled and played again in the spring"):
// one group, one tense.
func (sc *scanner) coordinatedParticiple(g group) int {
	if g.first == g.last || sc.toks[g.last].Tag != text.VBN {
		return g.last
	}
	k := g.last + 1
	if w := sc.word(k); w != "and" && w != "or" {
		return g.last
	}
	k = sc.skipAdverbs(k + 1)
	if k < len(sc.toks) && sc.toks[k].Tag == text.VBN {
		return k
	}
	return g.last
}
