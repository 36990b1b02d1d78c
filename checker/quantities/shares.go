package quantities

import (
	"github.com/copydesk/copydesk/checker/lexicon"
	"strings"

	"github.com/copydesk/copydesk/checker/text"
)

// shareCues before or after a percentage make it a share of a whole.
// takesShare reports a word before a percentage that makes it a share
// its subject takes or holds: a verb of taking (lexicon taking-verbs:
// "won", "took", "get"), of holding (holding-verbs: "owns", "will keep")
// or "with" ("with 48%").
func takesShare(w string) bool {
	lx := lexicon.Default()
	l := lx.Lemma(w, lexicon.Verb)
	return w == "with" || lx.Is(lexicon.TakingVerbs, l) || lx.Is(lexicon.HoldingVerbs, l)
}

var shareAfter = map[string]bool{
	"for": true, "voted": true, "backed": true, "supported": true, "opposed": true, "said": true,
	"chose": true, "favoured": true, "favored": true, "against": true, "went": true,
	"preferred": true, "approved": true, "rejected": true, "were": true, "are": true,
}

// notShare words near a percentage make it a rate, not a share.
var notShare = map[string]bool{
	"turnout": true, "rate": true, "growth": true, "inflation": true, "unemployment": true,
	"approval": true, "margin": true, "participation": true, "interest": true, "tax": true,
	"increase": true, "rise": true, "fall": true, "drop": true, "decline": true, "gain": true,
	"stake": true, "discount": true, "probability": true, "chance": true, "yield": true,
	"occupancy": true, "attendance": true, "capacity": true, "utilisation": true, "utilization": true,
}

// nested words start a share of a part, not of the whole ("of whom").
var nested = map[string]bool{"whom": true, "them": true, "those": true, "which": true}

// shares finds percentages of one whole in sentence qs[a:b].
// comparedIn reports a "than" in the lower-case sentence that compares,
// not one that hedges the figure after it ("more than four hours", "fewer
// than 40 people": lexicon hedge-comparatives).
func comparedIn(sent string) bool {
	for from := 0; ; {
		k := strings.Index(sent[from:], " than ")
		if k < 0 {
			return false
		}
		k += from
		from = k + len(" than ")
		before := strings.Fields(sent[:k])
		after := strings.Fields(sent[from:])
		if len(before) == 0 || len(after) == 0 || !lexicon.Default().Is(lexicon.HedgeComparatives, before[len(before)-1]) {
			return true
		}
		if n := strings.TrimRight(after[0], ",.;"); !isNumberWord(n) {
			return true // "more than last year": a comparison
		}
	}
}

// isNumberWord reports a figure in digits or a number written in words.
func isNumberWord(w string) bool {
	if w == "" {
		return false
	}
	if c := w[0]; c >= '0' && c <= '9' || c == '$' {
		return true
	}
	_, ok := wordVals[w]
	return ok
}

func (sc *scanner) shares(qs []Quantity, a, b int) {
	if b-a < 2 {
		return
	}
	lo, hi := sc.bounds(qs[a].Start)
	// Figures of different years or compared with earlier ones are not
	// shares of one whole.
	years := map[int]bool{}
	for i := a; i < b; i++ {
		if qs[i].Kind == Year {
			years[int(qs[i].Value)] = true
		}
	}
	if len(years) > 1 {
		return
	}
	sent := strings.ToLower(sc.s[lo:hi])
	for _, w := range []string{"up from", "down from", "compared with", "compared to", "previous", "a year earlier", "last time", "in the last"} {
		if strings.Contains(sent, w) {
			return
		}
	}
	if comparedIn(sent) {
		return
	}
	// A poll asks several questions; its figures are shares of one whole
	// only when they are the answers to one: some for, some against or
	// undecided ("52% would vote for the tax, 41% against it and 11% were
	// undecided").
	poll := strings.Contains(sent, "poll") || strings.Contains(sent, "survey")
	var list []int
	cued, all, whole, pro, con, ofFirst := false, false, "", false, false, false
	flush := func() {
		// Three shares or more after a first one "of" a whole, the verb
		// left out ("will land 58% of the quota, artisanal crews 33% and
		// research boats 14%"), share it out whatever the verb.
		gapped := ofFirst && len(list) >= 3 && sc.elliptical(qs, list)
		if (cued || gapped) && len(list) >= 2 && (!poll || pro && con) {
			q := &qs[list[0]]
			// "the remaining 11.2%" after a share the sentence before gave
			// ("the Social Democrats received 8,852, or 41.2%. The
			// Socialists took 33.5%, ... the remaining 11.2%"): the rest
			// after that one, not the whole.
			q.Shares, q.SharesAll = list, all && !sc.shareJustBefore(qs, list[0])
		}
		list, cued, all, whole, pro, con, ofFirst = nil, false, false, "", false, false, false
	}
	for i := a; i < b; i++ {
		q := qs[i]
		if q.Kind != Percent || q.Unit != "%" {
			continue
		}
		before := sc.prevN(sc.pb[:0], q.Start, lo, 3)
		after := sc.nextN(sc.nb[:0], q.End, hi, 3)
		// "80% of its business ... and the remaining 25%": the rest of
		// the whole the shares before named, however far and whatever
		// its verb ("46% wintered in China, 31% in Japan, while the
		// remaining 19% stayed").
		rest := len(list) >= 1 && word(before, 0) == "remaining" && word(before, 1) == "the"
		if len(list) > 0 && !rest && (nestedBetween(sc, qs[list[len(list)-1]].End, q.Start, hi) || !sc.listGap(qs[list[len(list)-1]].End, q.Start) ||
			sc.ownerBetween(qs[list[len(list)-1]].End, q.Start, hi) ||
			sc.clauseAfter(q, hi).asks(sc.clauseAfter(qs[list[0]], hi))) {
			flush()
		}
		if q.Changed || q.Approx == Vague || rateWord(before, after) || sc.rateSubject(q, lo) {
			flush()
			continue
		}
		if summedShare(before) {
			// "Hanbit holds 28%, giving the combined group 45%": a share
			// a word of sum marks adds up others, no share of its own.
			continue
		}
		// "40% of its exports … 90% of its oil": shares of two wholes.
		if w := ofWhole(after); w != "" {
			if whole != "" && w != whole {
				flush()
			}
			whole = w
			ofFirst = ofFirst || len(list) == 0
		}
		if takesShare(word(before, 0)) || shareAfter[word(after, 0)] || sc.opensOwnWhole(q) {
			// "Of the 12,400 complaints logged last year, 46% concerned
			// water and 38% roads": a sentence opened by its whole makes
			// its percentages shares of it, whatever the verb.
			cued = true
		}
		if w := word(before, 0); w == "remaining" || w == "rest" || w == "other" {
			// "the remaining 19%" makes its list shares of one whole,
			// whatever the verb: they may not pass 100%. Only a third
			// share so closing the list says they are all of it (two
			// may share out the rest of a whole told elsewhere: "45
			// percent and the remaining 15 percent").
			all, cued = len(list) >= 2, true
		}
		if poll {
			for _, t := range sc.nextN(sc.nb[:0], q.End, hi, 4) {
				switch side := answerSide[t.lower()]; {
				case side > 0:
					pro = true
				case side < 0:
					con = true
				}
				if t.w == "," || t.w == ";" {
					break
				}
			}
		}
		list = append(list, i)
	}
	flush()
}

// summedShare reports a word of sum ("combined", "together") among the
// words of a percentage's phrase before it.
func summedShare(before []tok) bool {
	for k := 0; k < len(before) && k < 3; k++ {
		if !before[k].isWord() {
			return false
		}
		if lexicon.Default().Is(lexicon.SumWords, word(before, k)) {
			return true
		}
	}
	return false
}

// ownerBetween reports a capitalised possessor between two shares, the
// subject of a clause whose verb is left out ("94.2% of the votes cast,
// Kessel's with 88.6%"): the second is a share of another's whole.
func (sc *scanner) ownerBetween(from, to, hi int) bool {
	for pos := from; pos < to; {
		t, ok := sc.next(pos, hi)
		if !ok || t.start >= to {
			return false
		}
		if t.isCap() && possessive(t.lower()) < len(t.lower()) {
			if n, ok := sc.next(t.end, hi); ok && n.start < to && n.isCap() && n.isWord() {
				pos = t.end
				continue // "the Harbo Fishermen's Association 31%": a possessive inside a name
			}
			return true
		}
		pos = t.end
	}
	return false
}

// answerSide tells the answers to one poll question apart: for (1) and
// against or undecided (-1).
var answerSide = map[string]int{
	"for": 1, "support": 1, "supported": 1, "favor": 1, "favour": 1, "favored": 1,
	"favoured": 1, "backed": 1, "approve": 1, "approved": 1, "yes": 1,
	"against": -1, "oppose": -1, "opposed": -1, "disapprove": -1, "disapproved": -1,
	"undecided": -1, "unsure": -1, "no": -1,
}

// ofWhole returns the whole a percentage is a share of: "exports" in "40%
// of its exports"; "" if not written.
func ofWhole(after []tok) string {
	if word(after, 0) != "of" {
		return ""
	}
	switch w := word(after, 1); w {
	case "the", "its", "their", "his", "her", "all":
		return word(after, 2)
	default:
		return w
	}
}

// nestedBetween reports "of whom", "of them", "of those", "of which" in
// s[from:to].
func nestedBetween(sc *scanner, from, to, hi int) bool {
	for pos := from; pos < to; {
		t, ok := sc.next(pos, hi)
		if !ok || t.start >= to {
			break
		}
		if nested[t.lower()] || t.lower() == "among" {
			return true
		}
		pos = t.end
	}
	return false
}

// rateWord reports a rate word in the words around a percentage, up to a
// comma or semicolon: the words of the item before in a list ("for the
// tax, 41% against it") do not describe it.
func rateWord(before, after []tok) bool {
	return rateIn(before) || rateIn(after)
}

func rateIn(ts []tok) bool {
	lx := lexicon.Default()
	for k := 0; k < 3; k++ {
		w := word(ts, k)
		if w == "," || w == ";" || lx.Is(lexicon.ShareVerbs, lx.Lemma(w, lexicon.Verb)) {
			// "Income tax covered 46% of spending": the noun before a
			// verb of share is the part whose share it gives, no rate.
			return false
		}
		if notShare[singular(w)] {
			return true
		}
	}
	return false
}

// rateSubject reports a percentage that is the predicate of a rate noun
// after a copula: "Turnout in the 2023 election was 54 percent", "Growth
// last year stood at 3%". The subject is the first noun of the clause,
// however long its phrase; the figure is that rate, no share of a whole.
func (sc *scanner) rateSubject(q Quantity, lo int) bool {
	if sc.r == nil {
		return false
	}
	toks := sc.r.Tokens
	k := sc.r.TokenAt(q.Start) - 1
	if k >= 1 && toks[k].Lower == "at" && toks[k-1].Lemma == "stand" {
		k--
	}
	if k < 0 || toks[k].Lemma != "be" && toks[k].Lemma != "stand" {
		return false
	}
	start := k
	for start > 0 && k-start < 30 && toks[start-1].Start >= lo && toks[start-1].Lower != "," && toks[start-1].Lower != ";" {
		start-- // back to the clause's start, 30 words at most
	}
	for j := start; j < k; j++ {
		if toks[j].Tag.IsNoun() {
			return notShare[singular(toks[j].Lower)]
		}
	}
	return false
}

// clause is what a share's figure is said to do, read up to the end of
// its clause: "backed the mayor's housing plan" has the verb phrase
// "backed" and the object "plan" (the last word of a phrase opened by a
// determiner). An elliptical clause leaves the verb out ("41% against",
// "11% for the Liberals").
type clause struct {
	verb, object string
	elliptical   bool
}

// clauseEnds end the clause after a share.
var clauseEnds = map[string]bool{"and": true, "or": true, "but": true, "while": true, "whereas": true, "with": true}

// clauseAfter reads the clause after share q, in the sentence ending at hi.
func (sc *scanner) clauseAfter(q Quantity, hi int) clause {
	if sc.r != nil {
		if c, ok := sc.clauseRead(q, hi); ok {
			return c
		}
	}
	var c clause
	vs, ve, pos := -1, -1, q.End
	for k := 0; k < 10; k++ {
		t, ok := sc.next(pos, hi)
		if !ok || !t.isWord() || clauseEnds[t.lower()] {
			break
		}
		l := t.lower()
		switch {
		case vs < 0:
			vs = t.start
			c.elliptical = gapWord(l)
			if isDet(l) {
				ve = t.start
			}
		case ve < 0 && isDet(l):
			ve = t.start
		case ve >= 0:
			c.object = l
		}
		pos = t.end
	}
	if vs >= 0 {
		if ve < 0 {
			ve = pos
		}
		c.verb = strings.TrimSpace(sc.low[vs:ve])
	}
	return c
}

// asks reports whether clause c, of a share after the first, asks another
// question than first: a verb of its own that is not first's, with an
// object that is not first's ("62% backed the housing plan and 58%
// opposed the parking tax"). A clause with no object of its own answers
// the same question ("41% would vote against it", "11% were undecided").
func (c clause) asks(first clause) bool {
	return !c.elliptical && c.object != "" && c.verb != first.verb && c.object != first.object
}

// clauseRead reads the clause after share q from the shared reading: the
// whole it is a share of ("of respondents") is skipped, the verb is the
// head of the first verb group, and the object the last noun of the noun
// phrase after it ("backed more spending on schools" has the verb "backed"
// and the object "spending"). It reports false when no verb follows.
func (sc *scanner) clauseRead(q Quantity, hi int) (clause, bool) {
	toks := sc.r.Tokens
	k := sc.r.TokenAt(q.End)
	if k < len(toks) && toks[k].Lower == "of" { // "62% of respondents"
		for k++; k < len(toks) && toks[k].Start < hi && (toks[k].Tag.IsNoun() || toks[k].Tag.IsAdjective() || toks[k].Tag == text.DT); k++ {
		}
	}
	var c clause
	for ; k < len(toks) && toks[k].Start < hi; k++ {
		t := toks[k]
		if t.Tag.IsVerb() || t.Tag == text.MD {
			c.verb = t.Lemma // the verb group's last verb is its head
		} else if c.verb != "" || !t.Tag.IsAdverb() {
			break // an adverb may stand in the verb group; anything else ends it
		}
	}
	if c.verb == "" {
		return c, false // "41% against", "11% for the Liberals"
	}
	if k < len(toks) && toks[k].Tag == text.PRPS {
		// "9% spoiled their papers", "12% changed their minds": a thing
		// of the share's own people is no question of its own.
		return c, true
	}
	for ; k < len(toks) && toks[k].Start < hi; k++ {
		switch t := toks[k]; {
		case t.Tag.IsNoun() || t.Tag == text.VBG: // a gerund heads a noun phrase too: "more spending"
			c.object = t.Lemma
		case t.Tag == text.VBN || t.Tag == text.RBR || t.Tag == text.DT || t.Tag.IsAdjective() || t.Tag == text.PRPS || t.Tag == text.POS || t.Tag == text.CD || t.Tag == text.HYPH:
		default:
			return c, true
		}
	}
	return c, true
}

// shareJustBefore reports a percentage in the sentence before qs[i], or
// earlier in its own, that is not a change, or a count of the sentence
// before taken "of the" whole: a share given before a list.
func (sc *scanner) shareJustBefore(qs []Quantity, i int) bool {
	for j := i - 1; j >= 0 && qs[j].Sentence >= qs[i].Sentence-1; j-- {
		if qs[j].Kind == Percent && qs[j].Unit == "%" && !qs[j].Changed {
			return true
		}
		if qs[j].Kind == Count && qs[j].Sentence < qs[i].Sentence && j+1 < i && qs[j+1].Kind == Count && qs[j+1].Value > qs[j].Value &&
			strings.TrimSpace(strings.ToLower(sc.s[qs[j].End:qs[j+1].Start])) == "of the" {
			return true // "The Centre Party took 3,779 of the 9,842 votes cast. Labour won 27.1%, ...": a part given as a count
		}
	}
	return false
}
