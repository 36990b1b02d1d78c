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
}

// scanner finds the verb groups of one tokenised sentence.
type scanner struct {
	src  string
	toks []text.Token
	// report is the index of the first reporting word ("said", "confirmed",
	// "according"), or len(toks) when there is none.
	report int
}

// word returns the lower-case word at i, or "" for punctuation, numbers and
// indices out of range.
func (sc *scanner) word(i int) string {
	if i < 0 || i >= len(sc.toks) || sc.toks[i].Kind != text.Word {
		return ""
	}
	return sc.toks[i].Lower
}

// capitalized reports whether the token at i starts with a capital.
func (sc *scanner) capitalized(i int) bool { return sc.toks[i].Capitalized(sc.src) }

// isAdverb reports whether w can stand inside a verb group.
func isAdverb(w string) bool {
	return adverbs[w] || len(w) >= 5 && strings.HasSuffix(w, "ly") && !notAdverbLy[w]
}

// skipAdverbs returns the first index from i that is not an adverb.
func (sc *scanner) skipAdverbs(i int) int {
	for i < len(sc.toks) && isAdverb(sc.word(i)) {
		i++
	}
	return i
}

// regularPast reports whether w looks like a regular "-ed" form.
func regularPast(w string) bool {
	if len(w) < 4 || !strings.HasSuffix(w, "ed") || notVerbEd[w] {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; (c < 'a' || c > 'z') && c != '-' {
			return false
		}
	}
	return true
}

// participleLike reports whether w can follow "has" in a perfect.
func participleLike(w string) bool {
	if w == "been" || w == "got" {
		return true
	}
	if k := irregulars[w]; k == pastBoth || k == participle {
		return true
	}
	return regularPast(w)
}

// verbLike reports whether the token at i can be the main verb of a group.
func (sc *scanner) verbLike(i int) bool {
	w := sc.word(i)
	if w == "" || sc.capitalized(i) || determiners[w] || prepositions[w] ||
		notInfinitive[w] || subjectPronouns[w] || modals[w] != 0 || w == "and" || w == "or" {
		return false
	}
	return true
}

// head returns the index of the last word of the verb chain starting at j
// ("be held", "have been exploring", "attend"), or last when none.
func (sc *scanner) head(j, last int) int {
	for {
		j = sc.skipAdverbs(j)
		if !auxAfter[sc.word(j)] {
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
// at i ("to visit", "to formally visit"), or -1.
func (sc *scanner) infinitive(i int) int {
	if sc.word(i) != "to" {
		return -1
	}
	j := sc.skipAdverbs(i + 1)
	w := sc.word(j)
	if w == "be" || w == "have" {
		return sc.head(j+1, j) // "to be published"
	}
	if w == "" || !sc.verbLike(j) || strings.HasSuffix(w, "ing") || w == "'s" {
		return -1
	}
	return j
}

// prospective extends a group whose main verb at h takes an infinitive of a
// later act ("agreed to visit"): it returns the infinitive's verb, or -1.
func (sc *scanner) prospective(h int) int {
	w := sc.word(h)
	if !prospectiveVerbs[w] && !prospectiveNouns[w] {
		return -1
	}
	if k := sc.infinitive(h + 1); k >= 0 {
		return k
	}
	if !objectVerbs[w] {
		return -1
	}
	// "invited Putin to visit": a short object of words before "to".
	for j := h + 1; j < len(sc.toks) && j <= h+4; j++ {
		if sc.word(j) == "" {
			return -1
		}
		if k := sc.infinitive(j); k >= 0 {
			return k
		}
	}
	return -1
}

// groups appends the verb groups of the sentence to dst, in order.
func (sc *scanner) groups(dst []group) []group {
	sc.report = len(sc.toks)
	for i := range sc.toks {
		if reporting[sc.word(i)] {
			sc.report = i
			break
		}
	}
	for i := 0; i < len(sc.toks); {
		g, ok := sc.match(i)
		if !ok {
			i++
			continue
		}
		dst = append(dst, g)
		i = g.last + 1
	}
	return dst
}

// match finds the group that starts at token i, if any.
func (sc *scanner) match(i int) (group, bool) {
	w := sc.word(i)
	if w == "" {
		return group{}, false
	}
	prev := sc.word(i - 1)
	if i > 0 && sc.capitalized(i) && (modalOrAux(w) || w == "wo" || w == "ca") {
		return group{}, false // "in May", "Will Smith"
	}
	switch {
	case prev == "to" && !modalOrAux(w):
		return group{}, false // an infinitive is no finite verb
	case modals[w] != 0 && (w != "wo" && w != "ca" || sc.word(i+1) == "n't"):
		return sc.modal(i, modals[w]), true
	case w == "'d" && i > 0:
		j := sc.skipAdverbs(i + 1)
		if participleLike(sc.word(j)) {
			return sc.perfect(i, j, Past), true
		}
		return sc.modal(i, modalConditional), true
	case w == "'s" && subjectPronouns[prev]:
		j := sc.skipAdverbs(i + 1)
		if w2 := sc.word(j); w2 == "been" || w2 == "got" || irregulars[w2] == participle {
			return sc.perfect(i, j, Present), true
		}
		return sc.be(i, Present), true
	case beFinite[w] != "":
		return sc.be(i, beFinite[w]), true
	case haveFinite[w] != "":
		return sc.have(i, haveFinite[w])
	case doFinite[w] != "":
		g := group{first: i, last: sc.head(i+1, i), tense: doFinite[w]}
		return g, true
	}
	if sc.capitalized(i) {
		return group{}, false
	}
	if prospectiveNouns[w] || prospectiveVerbs[w] && !determiners[prev] {
		if k := sc.prospective(i); k >= 0 {
			return group{first: i, last: k, tense: Future}, true
		}
	}
	if k := irregulars[w]; k == simplePast || k == pastBoth || regularPast(w) {
		if sc.finiteOK(i, false, false) {
			return group{first: i, last: i, tense: Past}, true
		}
		return group{}, false
	}
	if presentS[w] && sc.finiteOK(i, true, false) || presentBase[w] && sc.finiteOK(i, true, true) {
		return group{first: i, last: i, tense: Present}, true
	}
	return group{}, false
}

// modalOrAux reports whether w is a finite auxiliary.
func modalOrAux(w string) bool {
	return modals[w] != 0 || beFinite[w] != "" || haveFinite[w] != "" || doFinite[w] != ""
}

// modal builds the group of the modal at i.
func (sc *scanner) modal(i int, m modal) group {
	j := sc.skipAdverbs(i + 1)
	perfect := sc.word(j) == "have" && participleLike(sc.word(sc.skipAdverbs(j+1)))
	g := group{first: i, last: sc.head(i+1, i), perfect: perfect}
	w := sc.word(i)
	switch {
	case perfect && (w == "will" || w == "'ll" || w == "shall" || w == "wo"):
		g.tense = Future
	case perfect && m == modalConditional:
		g.tense = Unknown // "would have gone": counterfactual
	case perfect:
		g.tense = Past // "may have left"
	case m == modalFuture:
		g.tense = Future
	case m == modalPresent:
		g.tense = Present
	case i > sc.report:
		g.tense = Future // "said he would visit"
	default:
		g.tense = Unknown
	}
	if g.tense != Unknown {
		if k := sc.prospective(g.last); k >= 0 {
			g.last, g.tense = k, Future
		}
	}
	return g
}

// be builds the group of the finite "be" at i.
func (sc *scanner) be(i int, t Tense) group {
	j := sc.skipAdverbs(i + 1)
	if sc.word(j) == "being" {
		j = sc.skipAdverbs(j + 1)
	}
	w := sc.word(j)
	if prospectiveAfterBe[w] {
		if k := sc.infinitive(j + 1); k >= 0 {
			return group{first: i, last: k, tense: Future}
		}
		if prospectiveNoTo[w] || w == "set" && sc.word(j+1) == "for" {
			return group{first: i, last: j, tense: Future}
		}
	}
	if k := sc.infinitive(j); k >= 0 {
		return group{first: i, last: k, tense: Future} // "is to visit"
	}
	g := group{first: i, last: i, tense: t}
	if strings.HasSuffix(w, "ing") && sc.verbLike(j) || participleLike(w) {
		g.last = sc.head(j, j)
		if k := sc.prospective(g.last); k >= 0 {
			g.last, g.tense = k, Future // "was invited to join"
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
	if participleLike(sc.word(j)) {
		return sc.perfect(i, j, t), true
	}
	return group{first: i, last: i, tense: t}, true
}

// perfect builds the perfect group of the auxiliary at i whose participle
// chain starts at j. A present perfect counts as Past: it places the event
// before now.
func (sc *scanner) perfect(i, j int, _ Tense) group {
	g := group{first: i, last: sc.head(j, j), tense: Past, perfect: true}
	if k := sc.prospective(g.last); k >= 0 {
		g.last, g.tense = k, Future // "has agreed to visit"
	}
	return g
}

// finiteOK reports whether the past or present form at i is a finite verb
// rather than an adjective, a noun or a participle. base asks for the
// stricter test of a plain present form.
func (sc *scanner) finiteOK(i int, present, base bool) bool {
	p := i - 1
	for p >= 0 && isAdverb(sc.word(p)) {
		p--
	}
	if p < 0 {
		return !base
	}
	t := sc.toks[p]
	if t.Kind != text.Word {
		return false
	}
	pw := t.Lower
	if determiners[pw] || prepositions[pw] || modalOrAux(pw) || pw == "to" {
		return false
	}
	next := sc.word(i + 1)
	if !present {
		return next != "by"
	}
	if modalOrAux(next) {
		return false // "the visits were", "officials have"
	}
	if !base {
		return true
	}
	return subjectPronouns[pw] || sc.capitalized(p) ||
		len(pw) > 3 && pw[len(pw)-1] == 's' && pw[len(pw)-2] != 's'
}
