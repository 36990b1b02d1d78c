package quantities

import (
	"math"
	"slices"
	"strings"

	"github.com/copydesk/copydesk/checker/lexicon"
)

// sharesAcross joins the shares of one whole given in two sentences: a
// share in one ("Domestic travellers made up 58% of last year's
// passengers.") and, in the next, shares that go on with it: the rest
// ("and the rest, 16%"), another ("Another 40% said ..."), or a share by a
// verb of share ("International arrivals accounted for 31%"). The chain is
// kept on its first share when it adds up to more than the whole could,
// as Shares of the first figure; a remainder makes it all of the whole.
// Shares of two wholes ("58% of staff" ... "45% of managers") and changes
// ("down from 47%") do not join.
func (sc *scanner) sharesAcross(qs []Quantity) {
	years := yearIndex{qs: qs} // read on first need: most articles chain no shares
	used := -1                 // the last share a chain took: it starts none of its own
	for i := 0; i < len(qs); i++ {
		if i <= used || !sc.shareOfWhole(qs, i) {
			continue
		}
		first := qs[i]
		chain, whole, all, skipped := []int{i}, sc.whole(first), false, false
		var gapped []int // a share of the first one's sentence, its verb left out
		for j := i + 1; j < len(qs) && qs[j].Sentence <= first.Sentence+1; j++ {
			q := qs[j]
			if q.Kind != Percent || q.Unit != "%" || q.Changed || q.Approx == Vague {
				continue
			}
			if lo, _ := sc.bounds(q.Start); summedShare(sc.prevN(sc.pb[:0], q.Start, lo, 3)) && sumsChain(qs, chain, q) {
				continue // "giving the combined group 45%": the sum of the shares told, no share of its own
			}
			if q.Sentence == first.Sentence {
				if len(first.Shares) > 0 {
					break // the sentence's own list is the sentence's
				}
				if w := sc.whole(q); w != "" && whole != "" && w != whole {
					break // "With 99.8% of ballots counted, Barbosa had 46.2% of valid votes": the shares after are of that other whole
				}
				if len(chain) == 1 && (len(gapped) == 0 && sc.listGap(first.End, q.Start) && sc.elliptical(qs, []int{i, j}) || sc.taken(q)) {
					// "Hydropower supplied 61% of the total, and its wind
					// farms 27%": a share whose verb is left out is of the
					// first one's whole, which a rest may close; so is one
					// a verb of taking gives ("..., with private traders
					// buying 38%").
					gapped = append(gapped, j)
				}
				skipped = true
				continue
			}
			if w := sc.whole(q); w != "" && whole != "" && w != whole || sc.opensOwnWhole(q) || len(chain) == 1 && newYear(&years, first.Sentence, q) {
				break
			}
			rest, goesOn := sc.goesOn(q)
			if len(chain) == 1 && !goesOn {
				break
			}
			if len(chain) > 1 && !goesOn && !sc.listGap(qs[chain[len(chain)-1]].End, q.Start) {
				break
			}
			chain = append(chain, j)
			all = all || rest
		}
		if all && len(gapped) > 0 && len(chain) >= 2 {
			// The rest closes the whole the first and its gapped share
			// began ("61% of the total, and its wind farms 27%. The
			// rest, 9%, ..."): they are all of it.
			chain, skipped = slices.Insert(chain, 1, gapped...), false
		}
		if len(chain) >= 2 {
			used = max(used, chain[len(chain)-1])
		}
		if len(chain) >= 2 && len(first.Shares) == 0 {
			// A share passed over on the way ("62% ... and 23% from the
			// regional budget. ... the rest, 15%") leaves the chain short
			// of the whole it may claim.
			qs[i].Shares, qs[i].SharesAll = chain, all && !skipped
		}
	}
}

// sumsChain reports a percentage equal to the sum of the chain's shares
// so far: "holds 17% ... Hanbit holds 28%, giving the combined group 45%".
// A combined share of parts not told ("accounted for a combined 67%") is
// a share like any.
func sumsChain(qs []Quantity, chain []int, q Quantity) bool {
	sum := 0.0
	for _, i := range chain {
		sum += qs[i].Value
	}
	return math.Abs(sum-q.Value) < 0.6
}

// taken reports a percentage right after a verb of taking or holding
// ("buying 38%", "will keep 29%"), with no whole of its own after it.
func (sc *scanner) taken(q Quantity) bool {
	lo, hi := sc.bounds(q.Start)
	return takesShare(word(sc.prevN(sc.pb[:0], q.Start, lo, 1), 0)) && ofWhole(sc.nextN(sc.nb[:0], q.End, hi, 3)) == ""
}

// yearIndex gives the years each sentence of qs names, in order, read
// from qs on its first use.
type yearIndex struct {
	qs []Quantity
	by map[int][]Quantity
}

// of returns the years sentence si names.
func (y *yearIndex) of(si int) []Quantity {
	if y.by == nil {
		y.by = map[int][]Quantity{}
		for _, q := range y.qs {
			if q.Kind == Year {
				y.by[q.Sentence] = append(y.by[q.Sentence], q)
			}
		}
	}
	return y.by[si]
}

// newYear reports a year named in sentence b before share q that sentence
// a does not name: "In 2019, before the first solar park opened, diesel
// supplied 88%" after last year's shares gives a share of another year's
// whole. A year after the share ("35%, down from 47% in 2023") dates what
// it is compared with.
func newYear(years *yearIndex, a int, q Quantity) bool {
	for _, y := range years.of(q.Sentence) {
		if y.Start > q.Start {
			return false
		}
		if !slices.ContainsFunc(years.of(a), func(x Quantity) bool { return x.Value == y.Value }) {
			return true
		}
	}
	return false
}

// restAfterShares closes a sentence's list of shares with the rest given
// first in the next sentence ("46% concerned water supply and 38% roads.
// The remaining 22% were about lighting"): together they are all of the
// whole.
func (sc *scanner) restAfterShares(qs []Quantity) {
	for i := range qs {
		list := qs[i].Shares
		if len(list) < 2 || qs[i].SharesAll || qs[list[len(list)-1]].Sentence != qs[i].Sentence {
			continue
		}
		for j := list[len(list)-1] + 1; j < len(qs) && qs[j].Sentence <= qs[i].Sentence+1; j++ {
			q := qs[j]
			if q.Kind != Percent || q.Unit != "%" {
				continue
			}
			if q.Sentence == qs[i].Sentence {
				break // the list's own sentence goes on: not its rest
			}
			if rest, _ := sc.goesOn(q); rest && !q.Changed && q.Approx != Vague && !sc.opensOwnWhole(q) {
				qs[i].Shares, qs[i].SharesAll = append(list, j), true
			}
			break
		}
	}
}

// opensOwnWhole reports a sentence opened, before percentage q, by a
// phrase that names the whole its shares are of, up to a comma: "Within
// that overseas business, China made up 40%", "Of the birds that
// returned, 46% ...". Its shares are of that whole, not of one before.
func (sc *scanner) opensOwnWhole(q Quantity) bool {
	lo, _ := sc.bounds(q.Start)
	t, ok := sc.next(lo, q.Start)
	if !ok || !lexicon.Default().Is(lexicon.WholePrepositions, t.lower()) {
		return false
	}
	for pos := t.end; ; {
		t, ok = sc.next(pos, q.Start)
		if !ok {
			return false
		}
		if t.w == "," {
			return true
		}
		pos = t.end
	}
}

// shareOfWhole reports a percentage given as one part's share: after a
// verb of share ("made up 58%"), or of a whole named after it ("58% of
// last year's passengers").
func (sc *scanner) shareOfWhole(qs []Quantity, i int) bool {
	q := qs[i]
	if q.Kind != Percent || q.Unit != "%" || q.Changed || q.Approx == Vague {
		return false
	}
	lo, hi := sc.bounds(q.Start)
	before := sc.prevN(sc.pb[:0], q.Start, lo, 5)
	after := sc.nextN(sc.nb[:0], q.End, hi, 3)
	return !rateWord(before, after) && (shareVerbBefore(before) || ofWhole(after) != "" || sc.shareSubject(q, before, after) || takesShare(word(before, 0)) ||
		sc.afterWholeOpener(q, lo))
}

// afterWholeOpener reports a percentage right after the comma that closes
// a phrase of "of" or "among" opening its sentence: "Of the children
// vaccinated, 46% were under two", "Among the members who voted, 58%
// backed the deal".
func (sc *scanner) afterWholeOpener(q Quantity, lo int) bool {
	first, ok := sc.next(lo, q.Start)
	if !ok || first.lower() != "of" && first.lower() != "among" {
		return false
	}
	c := strings.IndexByte(sc.s[lo:q.Start], ',')
	return c >= 0 && strings.TrimSpace(sc.s[lo+c+1:q.Start]) == ""
}

// shareSubject reports a percentage that is the subject of a finite verb,
// a share of those asked or counted: "found that 54% supported the
// terminal", "55% said they would vote". Not after a noun it measures
// ("prices 5% higher") nor a change word.
func (sc *scanner) shareSubject(q Quantity, before, after []tok) bool {
	if len(after) == 0 || !sc.finiteAt(after[0].start) || lexicon.Default().Is(lexicon.Auxiliaries, word(after, 0)) {
		return false
	}
	w := word(before, 0)
	if _, hedge := approxWords[w]; hedge {
		return true // "some 54% backed it", "nearly 48% said"
	}
	return w == "" || w == "that" || w == "only" || w == "just" || !before[0].isWord()
}

// whole returns the whole a percentage is a share of, if written.
func (sc *scanner) whole(q Quantity) string {
	_, hi := sc.bounds(q.Start)
	return ofWhole(sc.nextN(sc.nb[:0], q.End, hi, 4))
}

// goesOn reports whether percentage q, opening a sentence's shares, goes on
// with shares given before it: the rest, another, or a verb of share. rest
// is true for the rest of the whole.
func (sc *scanner) goesOn(q Quantity) (rest, goesOn bool) {
	lo, hi := sc.bounds(q.Start)
	before := sc.prevN(sc.pb[:0], q.Start, lo, 5)
	after := sc.nextN(sc.nb[:0], q.End, hi, 3)
	if rateWord(before, after) {
		return false, false
	}
	for k := 0; k < 3; k++ {
		switch word(before, k) {
		case "rest", "remaining", "remainder":
			return true, true
		case "another", "other":
			return false, true
		}
	}
	return false, shareVerbBefore(before) || takesShare(word(before, 0)) // "Private traders took 31%"
}

// shareVerbBefore reports a verb of share just before a percentage: "made
// up", "accounted for", "represented".
func shareVerbBefore(before []tok) bool {
	lx := lexicon.Default()
	k := 0
	if lx.Is(lexicon.SumWords, word(before, 0)) && word(before, 1) == "a" {
		k = 2 // "accounted for a combined 67 per cent"
	}
	if w := word(before, k); w == "up" || w == "for" {
		k++
	}
	w := word(before, k)
	return lx.Is(lexicon.ShareVerbs, lx.Lemma(w, lexicon.Verb)) || lx.Is(lexicon.ShareVerbs, w)
}
