package tense

import (
	"strings"

	"github.com/copydesk/copydesk/checker/text"
)

// group is one verb group or prospective construction found in a sentence:
// the cue spans tokens [first, last].
type group struct {
	first, last int
	tense       Tense
	perfect     bool
	// fip marks a future seen from the past: "was expected to", "said he
	// would", "agreed to visit", "accepted an invitation to visit".
	fip bool
	// noun marks a prospective noun ("invitation to visit"): it is a future
	// in the past when the group before it is past.
	noun bool
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
}

// f returns the features of token i, or 0 out of range.
func (sc *scanner) f(i int) feature {
	if i < 0 || i >= len(sc.feats) {
		return 0
	}
	return sc.feats[i]
}

// is reports whether token i has any feature of mask.
func (sc *scanner) is(i int, mask feature) bool { return sc.f(i)&mask != 0 }

// word returns the lower-case word at i, or "" for punctuation, numbers and
// indices out of range.
func (sc *scanner) word(i int) string {
	if !sc.is(i, fWord) {
		return ""
	}
	return sc.toks[i].Lower
}

// skipAdverbs returns the first index from i that is not an adverb.
func (sc *scanner) skipAdverbs(i int) int {
	for i < len(sc.toks) && sc.is(i, fAdverb) {
		i++
	}
	return i
}

// participleLike reports whether token i can follow "has" in a perfect.
func (sc *scanner) participleLike(i int) bool {
	return sc.is(i, fPastBoth|fParticiple|fRegularPast) || sc.word(i) == "got"
}

// verbLike reports whether the token at i can be the main verb of a group.
func (sc *scanner) verbLike(i int) bool {
	f := sc.f(i)
	return f&fWord != 0 && f&(fCap|fDeterminer|fPreposition|fNotInfinitive|fSubjectPronoun|fModal) == 0 &&
		sc.toks[i].Lower != "and" && sc.toks[i].Lower != "or"
}

// head returns the index of the last word of the verb chain starting at j
// ("be held", "have been exploring", "attend"), or last when none.
func (sc *scanner) head(j, last int) int {
	for {
		j = sc.skipAdverbs(j)
		if !sc.is(j, fAuxAfter) {
			break
		}
		last = j
		j++
	}
	if sc.verbLike(j) {
		last = j
	}
	return last
}

// infinitive returns the index of the verb of the infinitive whose "to" is
// at i ("to visit", "to formally visit", "to be held"), or -1.
func (sc *scanner) infinitive(i int) int {
	if sc.word(i) != "to" {
		return -1
	}
	j := sc.skipAdverbs(i + 1)
	if w := sc.word(j); w == "be" || w == "have" {
		return sc.head(j+1, j)
	}
	if !sc.verbLike(j) || sc.is(j, fIng) || sc.word(j) == "'s" {
		return -1
	}
	return j
}

// prospective extends a group whose main verb at h takes an infinitive of a
// later act ("agreed to visit"): it returns the infinitive's verb, or -1.
func (sc *scanner) prospective(h int) int {
	if !sc.is(h, fProspectiveVerb|fProspectiveNoun) {
		return -1
	}
	if k := sc.infinitive(h + 1); k >= 0 {
		return k
	}
	if !sc.is(h, fObjectVerb) {
		return -1
	}
	// "invited Putin to visit": a short object of words before "to".
	for j := h + 1; j < len(sc.toks) && j <= h+4; j++ {
		if sc.word(j) == "" {
			break
		}
		if k := sc.infinitive(j); k >= 0 {
			return k
		}
	}
	if strings.HasPrefix(sc.toks[h].Lower, "invit") {
		return sc.invitedTo(h)
	}
	return -1
}

// invitedTo returns the end of "invited X to a/the ..." after the invite
// verb at h ("invited the ministers to a ceremony"), or -1.
func (sc *scanner) invitedTo(h int) int {
	for j := h + 1; j < len(sc.toks) && j <= h+14; j++ {
		if sc.word(j) == "" && sc.toks[j].Lower != "," {
			return -1
		}
		if sc.word(j) == "to" {
			if w := sc.word(j + 1); w == "a" || w == "an" || w == "the" {
				return j
			}
			return -1
		}
	}
	return -1
}

// groups appends the verb groups of the sentence to dst, in order.
func (sc *scanner) groups(dst []group) []group {
	sc.report, sc.lastAux = len(sc.toks), -1
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
		if !ok {
			i++
			continue
		}
		if g.noun && len(dst) > 0 && dst[len(dst)-1].tense == Past {
			g.fip = true
		}
		dst = append(dst, g)
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
	case f&fModal != 0 && sc.is(i-1, fDeterminer):
		return group{}, false // "the will of the people"
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
			return group{first: i, last: k, tense: Future, fip: past, noun: !past && f&fProspectiveNoun != 0}, true
		}
	}
	if f&fValidity != 0 {
		return group{first: i, last: i, tense: Unknown}, true // "payable Dec. 15"
	}
	if f&(fSimplePast|fPastBoth|fRegularPast) != 0 {
		if !sc.finiteOK(i, false, false) {
			return group{}, false
		}
		if f&fScheduling != 0 {
			// "planned a rally on Saturday", "postponed until Tuesday":
			// the date may be the scheduled event's, not the act's.
			return group{first: i, last: i, tense: Unknown}, true
		}
		return group{first: i, last: i, tense: Past}, true
	}
	if f&fPresentS != 0 && sc.finiteOK(i, true, false) || f&fPresentBase != 0 && sc.finiteOK(i, true, true) {
		return group{first: i, last: i, tense: Present}, true
	}
	return group{}, false
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
		g.tense = Unknown // "may have postponed"
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
		if sc.is(j, fProspectiveNoTo) || sc.word(j) == "set" && sc.word(j+1) == "for" {
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
			g.tense = Unknown // "was planned for early March"
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
		g.tense = Unknown // "has scheduled a news conference Thursday"
	}
	return g
}

// finiteOK reports whether the past or present form at i is a finite verb
// rather than an adjective, a noun or a participle. base asks for the
// stricter test of a plain present form.
func (sc *scanner) finiteOK(i int, present, base bool) bool {
	p := i - 1
	for p >= 0 && sc.is(p, fAdverb) {
		p--
	}
	if p < 0 && base {
		return false
	}
	if !present && (p < 0 || sc.toks[p].Lower == "," || sc.toks[p].Kind == text.Number) {
		if p >= 0 && sc.toks[p].Kind == text.Punct && sc.is(i, fReporting) {
			return true // `"We will win," said the mayor`
		}
		// "Mr. Lee, 54, joined the bank", "the Council on Aug. 6
		// ordered", "Mr. Stronach, founder of Magna, resigned as chief",
		// but not "the suspect, arrested on Saturday, will appear" or
		// "Once completed in 2028, the tower will be".
		next := i + 1
		if next >= len(sc.toks) || sc.toks[next].Kind == text.Punct || sc.word(next) == "by" {
			return false
		}
		return !sc.is(next, fPreposition) || sc.lastAux < i
	}
	if p < 0 {
		return true
	}
	pf := sc.f(p)
	if pf&fWord == 0 && sc.is(i, fReporting) && !present {
		return true // `"We will win," said the mayor`
	}
	if sc.toks[p].Lower == "," && present && !base && p > 0 && sc.is(p-1, fWord) {
		return true // "Westinghouse, citing costs, expects"
	}
	if pf&fWord == 0 || pf&(fDeterminer|fPreposition|fFinAux) != 0 || sc.toks[p].Lower == "to" {
		return false
	}
	if !present {
		return sc.word(i+1) != "by"
	}
	if sc.is(i+1, fFinAux) {
		return false // "the visits were", "officials have"
	}
	if !base {
		return true
	}
	pw := sc.toks[p].Lower
	return pf&(fSubjectPronoun|fCap) != 0 ||
		len(pw) > 3 && pw[len(pw)-1] == 's' && pw[len(pw)-2] != 's'
}
