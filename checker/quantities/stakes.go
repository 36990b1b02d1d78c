package quantities

import (
	"slices"
	"strings"

	"github.com/copydesk/copydesk/checker/lexicon"
	"github.com/copydesk/copydesk/checker/text"
)

// stakes pairs the stake an owner holds in a whole ("Heritage, which owns
// 51% of POP's shares") with the rest it does not hold ("the 59% of POP
// Radio Corp. it doesn't already own"), within three sentences of each
// other: the two are shares of one whole that make all of it.
func (sc *scanner) stakes(qs []Quantity) {
	if sc.r == nil {
		return
	}
	for j := range qs {
		whole, ok := sc.notHeld(qs[j])
		if !ok {
			continue
		}
		// Only the figures within three sentences, and at most
		// stakeReach of them each way: the search stays linear in the
		// text, however many figures a sentence holds.
		lo := j
		for lo > 0 && j-lo < stakeReach && qs[j].Sentence-qs[lo-1].Sentence <= 3 {
			lo--
		}
		for i := lo; i < len(qs) && i-j <= stakeReach && qs[i].Sentence-qs[j].Sentence <= 3; i++ {
			if i == j || len(qs[i].Shares) > 0 {
				continue
			}
			if w, held := sc.held(qs[i]); held && shareName(w, whole) {
				a, b := min(i, j), max(i, j)
				qs[a].Shares, qs[a].SharesAll = []int{a, b}, true
				break
			}
		}
	}
}

// stakeReach bounds how many figures on each side of the rest an owner
// does not hold are read for its stake.
const stakeReach = 64

// notHeld reports a percentage of a named whole that its owner does not
// hold, a relative clause with a negated verb of holding after it ("the
// 59% of POP Radio Corp. it doesn't already own"), and the whole's name in
// lower case.
func (sc *scanner) notHeld(q Quantity) (string, bool) {
	if q.Kind != Percent || q.Changed {
		return "", false
	}
	toks := sc.r.Tokens
	whole, k := sc.wholeAfter(q)
	if whole == "" {
		return "", false
	}
	negated := false
	for n := 0; k < len(toks) && n < 12; k, n = k+1, n+1 {
		t := toks[k]
		switch {
		case lexicon.Default().Is(lexicon.Negations, t.Lower):
			negated = true
		case t.Tag.IsVerb() && lexicon.Default().Is(lexicon.HoldingVerbs, t.Lemma):
			return whole, negated
		case t.Lower == "." || t.Lower == ";" || t.Lower == ",":
			return "", false
		}
	}
	return "", false
}

// held reports a percentage of a named whole that a verb of holding right
// before it says its owner holds ("which owns 51% of POP's shares"), and
// the whole's name in lower case.
func (sc *scanner) held(q Quantity) (string, bool) {
	if q.Kind != Percent || q.Changed {
		return "", false
	}
	toks := sc.r.Tokens
	k := sc.r.TokenAt(q.Start) - 1
	lx := lexicon.Default()
	// A verb of holding right before a percentage, whatever the tagger
	// read ("Orchid Partners holds 12.5%": "holds" as a plural noun).
	if k < 0 || !lx.Is(lexicon.HoldingVerbs, toks[k].Lemma) && !lx.Is(lexicon.HoldingVerbs, lx.Lemma(toks[k].Lower, lexicon.Verb)) {
		return "", false
	}
	if k > 0 && lexicon.Default().Is(lexicon.Negations, toks[k-1].Lower) {
		return "", false
	}
	whole, _ := sc.wholeAfter(q)
	return whole, whole != ""
}

// wholeAfter reads "of" and a name after percentage q ("of POP Radio
// Corp.", "of POP's shares") and returns the name in lower case and the
// index of the token after it, or "" when none.
func (sc *scanner) wholeAfter(q Quantity) (string, int) {
	toks := sc.r.Tokens
	k := sc.r.TokenAt(q.End)
	for k < len(toks) && toks[k].End <= q.End {
		k++ // past the "%" sign
	}
	if k >= len(toks) || toks[k].Lower != "of" {
		return "", k
	}
	k++
	if k < len(toks) && toks[k].Lower == "the" {
		k++
	}
	if k >= len(toks) || toks[k].Kind != text.Word || !toks[k].Capitalized(sc.s) {
		return "", k
	}
	start := k
	for k < len(toks) && (toks[k].Kind == text.Word && toks[k].Capitalized(sc.s) || toks[k].Tag == text.POS) {
		k++
	}
	return strings.ToLower(sc.s[toks[start].Start:toks[k-1].End]), k
}

// shareName reports whether two names of a whole share a word other than
// the head of a firm's name (lexicon class org-heads: "Corp.", "Group"):
// "POP Radio Corp." and "POP's", "Bank Severa" and "Severa".
func shareName(a, b string) bool {
	for _, w := range strings.FieldsFunc(a, nameSep) {
		if w != "s" && !lexicon.Default().Is(lexicon.OrgHeads, w) && slices.Contains(strings.FieldsFunc(b, nameSep), w) {
			return true
		}
	}
	return false
}

func nameSep(r rune) bool { return r == ' ' || r == '\'' || r == '’' || r == '.' || r == ',' }
