package quantities

import (
	"github.com/copydesk/copydesk/checker/lexicon"
	"github.com/copydesk/copydesk/checker/text"
)

// openingWords start a sentence that names a total before its parts: "Of
// the 55 seats in Parliament, ...", "Under the package, ...".
var openingWords = map[string]bool{"of": true, "under": true}

// opening finds the parts of a total named at the start of sentence
// qs[a:b] and shared out after the comma: "Of the 55 seats in Parliament,
// A won 21, B 19 and C 8", or, referring back to a total of the two
// sentences before, "Under the package, $3.1 billion would go to schools,
// $2.6 billion to hospitals and $2.2 billion to roads". The parts claim to
// be all of the total only when they cover every purpose named with it
// ("an $8.4 billion package for school buildings, hospitals and roads").
func (sc *scanner) opening(qs []Quantity, a, b int) {
	lo, hi := sc.bounds(qs[a].Start)
	t0, ok := sc.next(sc.pastDateline(lo, hi), hi)
	if !ok || !openingWords[t0.lower()] {
		return
	}
	t1, ok := sc.next(t0.end, hi)
	if !ok || !openingDet(t1.lower()) {
		return
	}
	// The comma that ends the opening phrase, and its last word; the
	// phrase may carry a relative clause ("Of the 30 league matches they
	// have played this season,").
	var head tok
	comma := -1
	pos := t1.end
	for k := 0; k < 14; k++ {
		t, ok := sc.next(pos, hi)
		if !ok || t.w == "." || t.w == ";" || t.w == ":" {
			return
		}
		if t.w == "," {
			comma = t.end
			break
		}
		head, pos = t, t.end
	}
	if comma < 0 || head.w == "" {
		return
	}
	ti, i := -1, -1
	if n, ok := sc.next(sc.pastOwner(t1.end, hi), hi); ok {
		i = findAt(qs, n.start)
	}
	if i >= a && i < b && t0.lower() == "of" {
		ti = i // "Of the 55 seats in Parliament,"
	} else if i < 0 && qs[a].Start > comma {
		// "Under the package,": the nearest total of that noun before.
		noun := singular(head.lower())
		cur := qs[a].Sentence
		for k := a - 1; k >= 0 && cur-qs[k].Sentence <= 2; k-- {
			if qs[k].Noun == noun && !qs[k].Definite {
				ti = k
				break
			}
		}
	}
	if ti < 0 {
		return
	}
	t := &qs[ti]
	if t.Kind != Count || t.Class == "" && t.Unit == "" || t.Approx == Vague || t.Changed || t.Unit == "fraction" || len(t.Parts) > 0 {
		return
	}
	end := t.NounSpan.End
	if end == 0 && t.Unit != "" {
		end = t.End // "Of the 1.84 billion kroner,": a sum or a measure names what it counts
	}
	if t.Sentence == qs[a].Sentence && (end == 0 || end > comma) {
		return
	}
	parts := sc.listAfter(qs, ti, b, comma, t)
	if len(parts) < 2 || !sc.elliptical(qs, parts) {
		return
	}
	last := qs[parts[len(parts)-1]]
	// "..., and the remaining 280 million to administration": the last
	// part is the rest, so the parts are all of the total.
	rest := last.Qualifier == "remaining" && last.Definite
	t.Parts, t.PartsAll = parts, rest || sc.covers(qs, t, parts)
	t.PartsCounted = countsParts(qs, t, parts) || sc.partsIn(qs, t, parts)
}

// pastDateline returns where the copy of a sentence starts after a
// dateline that opens it ("OSLO, March 3, 2026 (Copydesk) — Of the 40
// pupils, ..."): past the dash that ends a run of words with a comma in it
// and a year, at most 16 tokens long; else lo.
func (sc *scanner) pastDateline(lo, hi int) int {
	comma, year := false, false
	pos := lo
	for k := 0; k < 16; k++ {
		t, ok := sc.next(pos, hi)
		if !ok {
			return lo
		}
		switch w := t.lower(); {
		case w == "—" || w == "–" || w == "--":
			if comma && year {
				return t.end
			}
			return lo
		case w == ",":
			comma = true
		case isYearWord(w):
			year = true
		}
		pos = t.end
	}
	return lo
}

// pastOwner returns where the figure after "Of the" may stand: past an
// owner's name ending in a possessive ("Of the hospital's 310 beds", "Of
// the city council's 41 seats"), or pos itself.
func (sc *scanner) pastOwner(pos, hi int) int {
	at := pos
	for k := 0; k < 3; k++ {
		t, ok := sc.next(at, hi)
		if !ok || !t.isWord() || isDigit(t.w[0]) {
			return pos
		}
		if w := t.lower(); possessive(w) < len(w) {
			return t.end
		}
		at = t.end
	}
	return pos
}

// gapWords may follow a part whose verb is left out, besides any
// preposition ("$2.6 billion to hospitals", "14 against"): "the Centre
// Party 15 and", "4 as inadequate".
var gapWords = map[string]bool{"and": true, "or": true, "each": true, "apiece": true, "as": true}

// gapWord reports a word that may follow a part whose verb is left out: a
// preposition or one of gapWords.
func gapWord(w string) bool {
	return gapWords[w] || lexicon.Default().Is(lexicon.Prepositions, w)
}

// elliptical reports whether every part after the first leaves out the
// verb of the first ("the Greens won 18, the Centre Party 15 and the
// Liberals 9"): parts with verbs of their own may overlap ("Of the 600
// staff, 400 took part in the ballot and 350 voted to strike").
func (sc *scanner) elliptical(qs []Quantity, parts []int) bool {
	if sc.sexesSplit(qs, parts) {
		return true // "203,118 were men and 210,532 were women": a partition
	}
	for _, i := range parts[1:] {
		p := qs[i]
		_, hi := sc.bounds(p.Start)
		w, ok := sc.next(max(p.End, p.NounSpan.End), hi)
		if ok && w.isWord() && !gapWord(w.lower()) && !(len(parts) >= 3 && p.Noun == "" && (sc.finiteAt(w.start) || sc.tagIs(w.start, text.VBN))) {
			// Three figures or more without a noun may each be their
			// clause's subject, a partition: "Of the 4,812 ballots, 3,106
			// backed a walkout, 1,544 opposed it and 212 were spoiled";
			// two may overlap ("400 took part in a ballot and 350 voted
			// to strike"). A past form right after a figure with no noun
			// is its verb, however a tagger read it ("the remaining 41
			// abstained").
			return false
		}
	}
	return true
}

// sexesSplit reports parts each said to be people of a sex, the sexes
// differing ("203,118 were men and 210,532 were women", "12 are girls and
// 9 boys"): they share one whole out, with no overlap.
func (sc *scanner) sexesSplit(qs []Quantity, parts []int) bool {
	seen := map[string]bool{}
	for _, i := range parts {
		p := qs[i]
		_, hi := sc.bounds(p.Start)
		after := sc.nextN(sc.nb[:0], p.End, hi, 2)
		k := 0
		switch word(after, 0) {
		case "were", "are", "was", "is":
			k = 1
		}
		g := lexicon.Default().Value(lexicon.GenderedNouns, singular(word(after, k)))
		if g == "" || seen[g] {
			return false
		}
		seen[g] = true
	}
	return len(seen) >= 2
}

// covers reports whether the parts of t cover every purpose named with
// it, one each: "for school buildings, hospitals and roads" and "$3.1
// billion would go to school buildings, $2.6 billion to hospitals and
// $2.2 billion to road repairs".
func (sc *scanner) covers(qs []Quantity, t *Quantity, parts []int) bool {
	purposes := sc.purposes(t)
	if len(purposes) < 2 || len(purposes) != len(parts) {
		return false
	}
	_, hi := sc.bounds(qs[parts[0]].Start)
	used := make([]bool, len(purposes))
	for n, p := range parts {
		end := hi
		if n+1 < len(parts) {
			end = qs[parts[n+1]].Start
		}
		found := false
		for pos := qs[p].End; pos < end && !found; {
			w, ok := sc.next(pos, end)
			if !ok {
				break
			}
			for k, u := range purposes {
				if !used[k] && singular(w.lower()) == u {
					used[k], found = true, true
					break
				}
			}
			pos = w.end
		}
		if !found {
			return false
		}
	}
	return true
}

// purposes returns the head nouns of the list after "for" that says what a
// total is for: "building", "hospital", "road" in "an $8.4 billion package
// of borrowing for school buildings, hospitals and roads, sending ...".
func (sc *scanner) purposes(t *Quantity) []string {
	_, hi := sc.bounds(t.Start)
	pos := max(t.End, t.NounSpan.End)
	k := 0
	for ; k < 6; k++ {
		w, ok := sc.next(pos, hi)
		if !ok || !w.isWord() {
			return nil
		}
		pos = w.end
		if w.lower() == "for" {
			break
		}
	}
	if k == 6 {
		return nil
	}
	var heads []string
	var last string
	words, afterAnd := 0, false
	for {
		w, ok := sc.next(pos, hi)
		end := !ok || !w.isWord() && w.w != ","
		if end || w.w == "," || w.lower() == "and" {
			if last == "" {
				return nil
			}
			heads = append(heads, singular(last))
			if end || w.w == "," && afterAnd {
				return heads
			}
			afterAnd = afterAnd || w.lower() == "and"
			last, words = "", 0
			pos = w.end
			continue
		}
		if words++; words > 4 || stopWords[w.lower()] {
			return nil
		}
		last, pos = w.lower(), w.end
	}
}
