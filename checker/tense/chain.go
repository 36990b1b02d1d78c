package tense

import (
	"strings"

	lex "github.com/copydesk/copydesk/checker/lexicon"
	"github.com/copydesk/copydesk/checker/text"
)

// The scanner's look-ups over one sentence: what a token can be, where a
// verb chain or an infinitive ends, and whether a past or present form is
// finite.

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
	if !sc.verbLike(j) || sc.is(j, fIng|fNotAfterTo) || sc.word(j) == "'s" {
		return -1
	}
	return j
}

// perfectInfinitive reports "to have" at i ("to have fallen"): an
// infinitive of what is done by then, not of a later act.
func (sc *scanner) perfectInfinitive(i int) bool {
	return sc.word(i) == "to" && sc.word(sc.skipAdverbs(i+1)) == "have"
}

// prospective extends a group whose main verb at h takes an infinitive of a
// later act ("agreed to visit"): it returns the infinitive's verb, or -1.
func (sc *scanner) prospective(h int) int {
	if !sc.is(h, fProspectiveVerb|fProspectiveNoun) {
		return -1
	}
	if sc.perfectInfinitive(h + 1) {
		return -1 // "expects to have finished by May": a perfect infinitive looks back
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
		if sc.perfectInfinitive(j) {
			return -1 // "expect output to have fallen last year"
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

// finiteOK reports whether the past or present form at i is a finite verb
// rather than an adjective, a noun or a participle. base asks for the
// stricter test of a plain present form.
func (sc *scanner) finiteOK(i int, present, base bool) bool {
	p := i - 1
	for p >= 0 && sc.is(p, fAdverb) {
		p--
	}
	if p >= 2 && sc.toks[p].Lower == "than" && lex.Default().Is(lex.HedgeComparatives, sc.toks[p-1].Lower) && sc.toks[p-2].Tag.IsNoun() {
		p -= 2 // "cases more than doubled": "more than" hedges the verb, after its subject
	}
	if p < 0 && base {
		return false
	}
	if base && sc.coordinated(i, p) {
		return true
	}
	if sc.figureEndsAt(p) && sc.toks[i].Tag.IsNoun() {
		return false // "50 million won": what a figure counts, as the reading says
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
		if p >= 0 && sc.lastGroup < 0 && sc.closesApposition(p) {
			return true // "Her father, guitarist Yoon Jae-ho, played at the first festival"
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
		if (sc.toks[p].Tag.IsVerb() || sc.toks[p].Tag == text.RP || sc.toks[p].Tag == text.RB) && i+1 < len(sc.toks) && (sc.toks[i+1].Tag == text.NN || sc.toks[i+1].Tag == text.NNS) {
			return false // "will introduce automated carriers", "cut out infected trees": a participle before its noun
		}
		return sc.word(i+1) != "by"
	}
	if sc.is(i+1, fFinAux) {
		return false // "the visits were", "officials have"
	}
	if !base {
		return true
	}
	if sc.toks[i].Tag == text.NN && i+1 < len(sc.toks) && sc.toks[i+1].Tag.IsNoun() && !sc.toks[i+1].Tag.IsProper() {
		return false // "the Tanegashima launch site": a noun modifying the next, as the reading says
	}
	pw := sc.toks[p].Lower
	return pf&(fSubjectPronoun|fCap) != 0 ||
		len(pw) > 3 && pw[len(pw)-1] == 's' && pw[len(pw)-2] != 's'
}

// figureEndsAt reports a figure ending at toks[p]: digits, or a number
// word after digits or "a" ("50 million", "a billion").
func (sc *scanner) figureEndsAt(p int) bool {
	if p < 0 {
		return false
	}
	t := sc.toks[p]
	return t.Kind == text.Number || t.Tag == text.CD && p > 0 && (sc.toks[p-1].Kind == text.Number || sc.toks[p-1].Lower == "a")
}

// closesApposition reports a comma at p that closes a noun phrase or a
// participle's phrase set off by a comma after the subject's noun ("Her
// father, guitarist Yoon Jae-ho,", "The concession, granted in 2013 for ten
// years,"): a verb after it is the clause's own, not a participle aside.
func (sc *scanner) closesApposition(p int) bool {
	for c := p - 1; c >= 1; c-- { // the aside's opening comma, however long the noun phrase between
		t := sc.toks[c]
		if t.Lower == "," {
			return c < p-1 && (sc.toks[c-1].Tag.IsNoun() || sc.toks[c-1].Tag == text.PRP)
		}
		opensAside := c >= 2 && sc.toks[c-1].Lower == "," && (t.Tag == text.VBN || t.Tag == text.VBD)
		// A participle between a determiner and its noun modifies the
		// noun: "the restored weaving looms".
		premodifier := (t.Tag == text.VBN || t.Tag == text.VBG) && sc.is(c-1, fDeterminer) && sc.toks[c+1].Tag.IsNoun()
		if t.Tag.IsVerb() && !opensAside && !premodifier || t.Kind == text.Punct && t.Lower != "." && t.Lower != "-" || sc.is(c, fBoundary) {
			// A participle may open the aside: "The concession, granted in
			// 2013 for ten years, expired in December".
			return false
		}
	}
	return false
}

// coordinated reports a plain present form at i after "and" at p that
// shares the subject of a finite verb group before it in its clause:
// "Three men were arrested and appear in court next month", "The
// delegates landed on Friday and travel on to Bergen next week".
func (sc *scanner) coordinated(i, p int) bool {
	if sc.word(p) != "and" || sc.lastGroup < 0 || sc.lastGroup >= p {
		return false
	}
	for k := sc.lastGroup + 1; k < p; k++ {
		if w := sc.toks[k].Lower; w == ";" || w == ":" || sc.is(k, fSubjectPronoun) {
			return false // another clause, or a subject of its own
		}
	}
	return true
}
