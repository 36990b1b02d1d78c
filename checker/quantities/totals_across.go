package quantities

import (
	"slices"
	"strings"

	"github.com/copydesk/copydesk/checker/lexicon"
	"github.com/copydesk/copydesk/checker/text"
)

// partsAcross attaches to a total the parts given in one of the two
// sentences after it, when that sentence points back at it: its subject is
// the total's noun ("a 2.4 billion shilling plan" ... "The plan sets aside
// 1.1 billion shillings for classrooms, 850 million for laboratories and
// 600 million for housing"), its first part is "of them" ("counted 18,400
// valid ballots" ... "won 9,120 of them, ... 6,870 and ... 2,910"), or its
// parts count what the total is measured in ("a 120-seat assembly" ...
// "won 41 seats, the Farmers' Party 33, ..."). Such parts claim to be
// some of the total, not all of it: more than the total is the error.
func (sc *scanner) partsAcross(qs []Quantity) {
	for i := 0; i < len(qs); i++ {
		list := sc.listAt(qs, i)
		if len(list) < 2 {
			continue
		}
		first := qs[i]
		partitive := sc.partitiveOpening(first)
		back := 2
		if IsCurrency(first.Unit) && sc.moneyBack(first) {
			back = 8 // "the money will be divided: ...": the sum given paragraphs before
		}
		named := back == 2 && first.Noun == "" && IsCurrency(first.Unit) // a subject naming the total's noun reaches further back: "The plan sets aside ..."
		if named {
			back = 8
		}
		prospective := !named && back > 2 && sc.modalBefore(first) && sc.sumToCome(qs, i, back)
		for t := i - 1; t >= 0 && qs[t].Sentence >= first.Sentence-back; t-- {
			total := &qs[t]
			if named && total.Sentence < first.Sentence-2 && (total.Noun == "" || !sc.subjectIsNoun(first, total.Noun)) {
				continue
			}
			if partitive && total.Sentence < first.Sentence-1 {
				break // "Of them, ...": the whole is in the sentence before, or nowhere
			}
			if prospective && sc.pastGoverned(*total) {
				// "The money would come from three sources: ..." after
				// "will spend 14.6 billion ... last year, when the county
				// spent 13.1 billion": the sum to come, not the one spent.
				continue
			}
			if total.Sentence == first.Sentence || total.Kind != Count || len(total.Parts) > 0 || total.Approx == Vague || total.Changed || total.Class == "margin" || sc.tallySide(*total) ||
				t > 0 && qs[t-1].Sentence == total.Sentence && qs[t-1].Kind == Count && sc.inPhrase(total.Start) {
				// "31 dates in 12 countries": the count in the phrase
				// after another's noun is no total parts come back to.
				continue
			}
			if partitive && t > 0 && qs[t-1].Sentence == total.Sentence && qs[t-1].Kind == Count && partitiveGap(sc.s[qs[t-1].End:total.Start]) {
				// "1,482 of its 2,050 members had cast ballots ... Of them,
				// 911 backed ...": the whole already taken apart is not
				// "them"; the part it was taken into is.
				continue
			}
			if t > 0 && qs[t-1].Sentence == total.Sentence && changeBaseGap(sc.s[qs[t-1].End:total.Start]) {
				// "The line cost 41.5 billion shillings, up from an initial
				// estimate of 32 billion": the value before a change is no
				// whole the parts after it make up.
				continue
			}
			if anyAbove(qs, list, total.Value) {
				// "three countries: ... Of them, 14 are Norwegian, ...";
				// "three hotels ... with 159 of them on board": no part
				// of a count is more than the count; nor of a sum ("the
				// $2.8 million award ... The fund has paid out $96
				// million in all, and has $31 million left").
				continue
			}
			if sc.pointsBack(first, *total) || sc.sharesOut(qs, list, *total) {
				// "The money is split into 22 million kroner for ...":
				// a verb of composition says the parts are all of it.
				total.Parts, total.PartsAll = list, sc.composedBefore(first) || sc.restLast(qs, list) && !sc.partTakenOf(*total) || sc.purposesCovered(qs, list, *total) ||
					sc.countedPieces(qs, list)
				break
			}
		}
		if t := sc.totalAfter(qs, list); t >= 0 {
			qs[t].Parts, qs[t].PartsAll = list, true
		}
		i = list[len(list)-1]
	}
}

// unitWholeParts gives a whole of counted units ("the 21-seat chamber")
// the list later in its own sentence that counts those units ("gave nine
// seats to X, seven to Y and six to Z"): some of the whole, so more than
// it is the error.
func (sc *scanner) unitWholeParts(qs []Quantity, a, b int) {
	for i := a; i < b; i++ {
		t := &qs[i]
		if t.Kind != Count || !countUnit(t.Unit) || len(t.Parts) > 0 || t.Approx == Vague || t.Changed {
			continue
		}
		for j := i + 1; j < b; j++ {
			if qs[j].Kind == Count && qs[j].Unit == "" && qs[j].Noun == t.Unit && len(qs[j].Parts) == 0 {
				if list := sc.listAt(qs, j); len(list) >= 2 && !anyAbove(qs, list, t.Value) {
					t.Parts = list
				}
				break
			}
		}
	}
}

// partOfClass makes a figure "of the" people of a class ("22 of the
// injured were taken to hospital") a part of the last total of that class
// a few sentences before ("killing seven people and injuring 38 others",
// often the lead): some of the total, which figures added in the next
// sentence ("Another 12 ..., and the remaining six") go on with.
func (sc *scanner) partOfClass(qs []Quantity) {
	for i := range qs {
		q := qs[i]
		if q.Kind != Count || q.Unit != "" || q.Noun != "" || q.Changed || q.Approx == Vague || len(q.Parts) > 0 {
			continue
		}
		class := sc.ofClassAfter(q)
		if class == "" {
			continue
		}
		for t := i - 1; t >= 0 && qs[t].Sentence >= q.Sentence-classReach; t-- {
			total := &qs[t]
			if total.Sentence == q.Sentence || total.Class != class || total.Kind != Count || len(total.Parts) > 0 || total.Changed || total.Approx == Vague || total.Value <= q.Value {
				continue
			}
			total.Parts = []int{i}
			break
		}
	}
}

// classReach is how many sentences back "of the injured" looks for the
// count of the injured: the definite class names the one counted, often
// in the lead.
const classReach = 24

// ofClassAfter returns the class of people that "of the" and a noun of a
// class name right after q ("22 of the injured", "12 of the dead"), or "".
func (sc *scanner) ofClassAfter(q Quantity) string {
	_, hi := sc.bounds(q.Start)
	after := sc.nextN(sc.nb[:0], q.End, hi, 3)
	if word(after, 0) != "of" || word(after, 1) != "the" {
		return ""
	}
	return classOfNoun[word(after, 2)]
}

// addedParts goes on with the parts of a total in the sentence after them,
// when a figure there is set apart as added, or as another ("Of the
// union's 1,860 members, 720 farm in Atwima and 610 around Offinso. A
// further 580 are in Ejisu"): it and the list it opens are more parts of
// the same total.
func (sc *scanner) addedParts(qs []Quantity) {
	for i := range qs {
		q := qs[i]
		if !(q.Added || q.Qualifier == "another") || q.Kind != Count || q.Definite || q.Changed || q.Approx == Vague || len(q.Parts) > 0 || q.Sentence == 0 {
			continue
		}
		t := sc.totalWithParts(qs, i)
		if t < 0 || otherKind(q, qs[t]) {
			continue
		}
		list := sc.listAt(qs, i)
		if len(list) == 0 {
			list = []int{i}
		}
		qs[t].Parts = append(qs[t].Parts, list...)
		for j := list[len(list)-1] + 1; j < len(qs) && qs[j].Sentence == q.Sentence; j++ {
			if r := qs[j]; r.Qualifier == "remaining" && r.Definite && r.Kind == Count && r.Unit == q.Unit && len(r.Parts) == 0 {
				// "Another 12 went to the clinic, and the remaining six
				// were treated at the roadside": the rest closes them.
				qs[t].Parts, qs[t].PartsAll = append(qs[t].Parts, j), true
				break
			}
		}
	}
}

// otherKind reports an added figure whose noun a modifier sorts apart
// from the total's ("another 146 suspected cases" after "the 38 cases
// confirmed by laboratory tests"): more of another kind, no more parts.
func otherKind(q, total Quantity) bool {
	if q.Noun == "" {
		return false
	}
	for _, m := range q.Modifiers {
		if m != total.Predicate && !slices.Contains(total.Modifiers, m) {
			return true
		}
	}
	return false
}

// totalWithParts returns the total whose parts end in the sentence just
// before qs[i], measure what qs[i] measures and are some of it, not all,
// or -1.
func (sc *scanner) totalWithParts(qs []Quantity, i int) int {
	q := qs[i]
	// The total may stand well before its parts ("injuring 38 others" in
	// the lead ... "22 of the injured ... Another 12"): what counts is
	// that its parts end in the sentence before. At most stakeReach
	// figures back, so the search stays linear.
	for t := i - 1; t >= 0 && i-t <= stakeReach && qs[t].Sentence >= q.Sentence-classReach; t-- {
		p := qs[t]
		if len(p.Parts) == 0 || p.Unit != q.Unit && !(countUnit(p.Unit) && q.Unit == "") {
			continue
		}
		if p.PartsAll {
			// "has cost 412 million euros so far: 268 million for ..., 96
			// million ... and 48 million .... Officials expect to spend a
			// further 70 million euros": beyond a total whose parts were
			// all of it, an added figure adds to the total.
			return -1
		}
		last := qs[p.Parts[len(p.Parts)-1]]
		if last.Sentence != q.Sentence-1 || q.Noun != "" && q.Class != p.Class && q.Noun != p.Noun {
			return -1
		}
		return t
	}
	return -1
}

// restLast reports a list whose last part is the rest of the whole ("...,
// and the rest, 11,600 tonnes, was anchovy", "the remaining 2,900"): the
// parts claim to be all of it.
func (sc *scanner) restLast(qs []Quantity, list []int) bool {
	q := qs[list[len(list)-1]]
	lo, _ := sc.bounds(q.Start)
	before := sc.prevN(sc.pb[:0], q.Start, lo, 3)
	for k := 0; k < len(before); k++ {
		switch word(before, k) {
		case "rest", "remaining", "remainder":
			return true
		}
	}
	return false
}

// partTakenOf reports a total that a part was taken of in its own
// phrase ("taking 23 of its 60 seats", "damaged 1,140 of the museum's
// 6,200 objects", "about a third of the city's 3,700 pupils"): a rest told after is the rest of that part or of what
// the part left, not of the total.
func (sc *scanner) partTakenOf(t Quantity) bool {
	lo, _ := sc.bounds(t.Start)
	before := sc.prevN(sc.pb[:0], t.Start, lo, 5)
	for k := 0; k+1 < len(before); k++ {
		if word(before, k) == "of" && (isNumberTok(before[k+1]) || fractionWords[word(before, k+1)] || word(before, k+1) == "%") {
			return true // "a third of the municipality's 3,700 schoolchildren", "40% of its 900 staff"
		}
		if !before[k].isWord() && word(before, k) != "'s" && word(before, k) != "'" {
			return false
		}
	}
	return false
}

// fractionWords name a part of a whole: "a third of", "half of".
var fractionWords = map[string]bool{
	"half": true, "third": true, "thirds": true, "quarter": true, "quarters": true, "fifth": true, "fifths": true,
	"sixth": true, "tenth": true, "tenths": true, "majority": true, "fraction": true, "share": true, "percent": true,
}

// composedBefore reports a verb of composition between the start of q's
// sentence and q ("The money is split into 22 million kroner ...").
func (sc *scanner) composedBefore(q Quantity) bool {
	lo, _ := sc.bounds(q.Start)
	if before := sc.prevN(sc.pb[:0], q.Start, lo, len(sc.pb)); len(before) == len(sc.pb) {
		lo = before[len(before)-1].start // the verb stands within a few words of the list
	}
	for pos := lo; pos < q.Start; {
		t, ok := sc.next(pos, q.Start)
		if !ok {
			return false
		}
		if _, _, ok := sc.composition(t, q.Start); ok {
			return true
		}
		pos = t.end
	}
	return false
}

// countedPieces reports a list that a count of its own items opens, its
// colon right after the count's noun ("will be built in three sections:
// 88 kilometres ..., 71 kilometres ... and 43 kilometres ..."): the
// pieces the whole is in, all of them.
func (sc *scanner) countedPieces(qs []Quantity, list []int) bool {
	c := list[0] - 1
	if c < 0 {
		return false
	}
	n := qs[c]
	if n.Sentence != qs[list[0]].Sentence || n.Kind != Count || n.Unit != "" || n.Value != float64(len(list)) || n.NounSpan.End <= n.Start {
		return false
	}
	return strings.TrimSpace(sc.s[n.NounSpan.End:qs[list[0]].Start]) == ":"
}

// tallySide reports a count that is one side of a tally, "to" and another
// figure after it ("approved the budget by 12 votes to nine"): a result,
// no total for parts in later sentences to share out.
func (sc *scanner) tallySide(q Quantity) bool {
	_, hi := sc.bounds(q.Start)
	t, ok := sc.next(max(q.End, q.NounSpan.End), hi)
	if !ok || t.lower() != "to" {
		return false
	}
	n, ok := sc.next(t.end, hi)
	return ok && isNumberTok(n)
}

// opensClauseOf reports whether token k is the subject that opens the
// sentence of byte to, after a determiner at most, with no clause
// boundary (a comma, "and", "but") between it and to.
func (sc *scanner) opensClauseOf(k, to int) bool {
	toks := sc.r.Tokens
	si := sc.r.SentenceOf(k)
	first := sc.r.First(si)
	if k != first && !(toks[first].Tag == text.DT && modifiersBetween(toks, first+1, k)) {
		return false // "Members", "The members", "The city schools"
	}
	for j := k + 1; j < len(toks) && toks[j].Start < to; j++ {
		if toks[j].Lower == "," || toks[j].Lower == ";" || toks[j].Tag == text.CC {
			return false
		}
	}
	return true
}

// modifiersBetween reports whether toks[from:to] are all nouns or
// adjectives that may modify a head noun after them.
func modifiersBetween(toks []text.Token, from, to int) bool {
	for j := from; j < to; j++ {
		if t := toks[j]; !(t.Tag == text.NN || t.Tag.IsAdjective() || t.Tag == text.NNP) {
			return false
		}
	}
	return true
}

// anyAbove reports whether a figure of list is above v.
func anyAbove(qs []Quantity, list []int, v float64) bool {
	for _, i := range list {
		if qs[i].Value > v {
			return true
		}
	}
	return false
}

// totalAfter returns the figure of the next sentence that sums the list
// before it, a "total of" of the list's measure: "Organisers sold 18,250
// day tickets for the Friday, 21,400 for the Saturday and 16,900 for the
// Sunday. That made a total of 57,550 day tickets". It is -1 when there is
// none, or when the list already belongs to a total.
func (sc *scanner) totalAfter(qs []Quantity, list []int) int {
	first := qs[list[0]]
	// A total that owns these parts stands at most two sentences before
	// them or in the sentence after: only those figures are looked at,
	// so that long copy costs its length, not its length squared.
	from := list[0]
	for from > 0 && qs[from-1].Sentence >= first.Sentence-2 {
		from--
	}
	for _, p := range qs[from:] {
		if p.Sentence > first.Sentence+1 {
			break
		}
		if len(p.Parts) > 0 && p.Parts[0] == list[0] {
			return -1
		}
	}
	for t := list[len(list)-1] + 1; t < len(qs) && qs[t].Sentence <= first.Sentence+1; t++ {
		q := qs[t]
		if q.Sentence != first.Sentence+1 || q.Kind != Count || q.Unit != first.Unit || q.Approx == Vague || q.Changed || len(q.Parts) > 0 ||
			q.Class != first.Class && (q.Noun == "" || q.Noun != first.Noun) && !(q.Unit != "" && (q.Class == "" || q.Class == "total")) || q.Class == "" && q.Unit == "" {
			// A total of a measure with no noun of its own sums its unit,
			// whatever each part measures ("of containers", "of grain").
			continue // of the same measure, named: not "14 in Ormsby, ..." then "a total of 75,000" doses
		}
		lo, _ := sc.bounds(q.Start)
		before := sc.prevN(sc.pb[:0], q.Start, lo, 2)
		if word(before, 0) == "of" && word(before, 1) == "total" || sc.summed(q, before, firstOfUnit(qs, t)) {
			return t
		}
	}
	return -1
}

// summed reports a figure a word marks as the sum of those before it:
// right before it ("a combined $14.6 billion"), or opening its sentence
// when it is the sentence's first figure of its measure ("Together, the
// four goods brought in $14.6 billion").
func (sc *scanner) summed(q Quantity, before []tok, first bool) bool {
	lx := lexicon.Default()
	if lx.Is(lexicon.SumWords, word(before, 0)) {
		return true
	}
	if !first {
		return false
	}
	lo, _ := sc.bounds(q.Start)
	var buf [3]tok
	open := sc.nextN(buf[:0], lo, q.Start, len(buf))
	if len(open) < 2 {
		return false
	}
	w := word(open, 0)
	if word(open, 1) != "," {
		w += " " + word(open, 1) // "In all, ..."
		if word(open, 2) != "," {
			return false
		}
	}
	return lx.Is(lexicon.SumWords, w)
}

// afterIncluding reports "including", perhaps with a determiner, right
// before byte off: "five died in Valdemar, including the two fishermen":
// a figure inside the part before it, no part of its own.
func (sc *scanner) afterIncluding(off int) bool {
	lo, _ := sc.bounds(off)
	before := sc.prevN(sc.pb[:0], off, lo, 2)
	return word(before, 0) == "including" || isDet(word(before, 0)) && word(before, 1) == "including"
}

// changeBaseGap reports words between two figures that make the second
// the value a change started from: a direction and "from" ("down from a
// peak of", "up from").
func changeBaseGap(g string) bool {
	ws := strings.Fields(strings.ToLower(g))
	for k := 0; k+1 < len(ws); k++ {
		if ws[k+1] == "from" && lexicon.Default().Is(lexicon.ChangeDirections, strings.Trim(ws[k], ",")) {
			return true
		}
	}
	return false
}

// listAt returns the figures of one list that starts at qs[i]: figures of
// its measure in its sentence, each after a comma, "and" or a semicolon
// ("1.1 billion shillings for classrooms, 850 million for laboratories and
// 600 million for housing"), or nil.
func (sc *scanner) listAt(qs []Quantity, i int) []int {
	q := qs[i]
	if q.Kind != Count || q.Changed || q.Approx == Vague || q.Definite || len(q.Parts) > 0 || i > 0 && qs[i-1].Sentence == q.Sentence && len(qs[i-1].Parts) > 0 {
		return nil // "The 14 foreigners, six Iraqis, ...": a total restated opens no list of parts
	}
	list := []int{i}
	for j := i + 1; j < len(qs) && qs[j].Sentence == q.Sentence; j++ {
		p := qs[j]
		if IsCurrency(q.Unit) && p.Kind == Count && p.Unit == "" && !multiplied(p.Text) {
			continue // "1.2 billion for rebuilding eleven stations": a count inside a part of a sum
		}
		if p.Kind != Count || p.Unit != q.Unit || p.Changed || p.Approx == Vague {
			break
		}
		if q.Unit == "" && p.Class != "" && q.Class != "" && p.Class != q.Class {
			break // "seven wins in twelve games ..., after two seasons": other things counted
		}
		if measureNouns[p.Noun] && p.Noun != q.Noun {
			break // "..., avoiding a runoff in two weeks' time": a span, no part of the list
		}
		if p.Definite && p.Noun != "" && p.Noun != q.Noun && p.Qualifier != "remaining" && p.Qualifier != "other" {
			if sc.inConjunct(qs, j, q) {
				continue // "... and the three smaller venues in the old town for 12,800": a count inside an item
			}
			break // "..., 9,800 in San Rafael, the three towns that ...": a count of the places, in apposition
		}
		if len(p.Parts) > 0 {
			return nil // "..., a total of 412 million": the list has its total
		}
		if changeBaseGap(sc.s[qs[list[len(list)-1]].End:p.Start]) {
			break // "97 of those beds were occupied, down from a peak of 131": the value before a change
		}
		if !sc.listGap(qs[list[len(list)-1]].End, p.Start) && !(len(list) >= 2 && sc.takenBy(q) && sc.takenBy(p)) || sc.comparedAt(p.Start) || sc.afterIncluding(p.Start) {
			// A part with a verb of taking of its own goes on with a list
			// the same kind of verb opened ("Dzide took 2,870 of the
			// votes, Mensah 2,104 and Kudjawu 1,015, while Boakye, a
			// young mechanic ..., drew 432").
			// "the 14 remaining concerts, including two sold-out nights":
			// a figure after "including" is part of the one before.
			break
		}
		list = append(list, j)
	}
	return list
}

// distributed drops the parts of a total when one of them counts the
// other things a figure before it is given for each of ("Two of the
// clinics will be in Kuusijärvi, and one each in the other two"): the
// figures are no plain parts to add.
func (sc *scanner) distributed(qs []Quantity) {
	for i := range qs {
		ps := qs[i].Parts
		if slices.ContainsFunc(ps, func(p int) bool { return sc.eachOfOthers(qs[p]) }) ||
			len(ps) > 1 && slices.ContainsFunc(ps[1:], func(p int) bool { _, of := sc.ofThem(qs[p]); return of }) {
			// Nor when a later one is "of them": "13,540 crossed the
			// line, 5,118 of them women" counts some of the part before.
			qs[i].Parts, qs[i].PartsAll = nil, false
		}
	}
}

// takenBy reports a verb of taking right before figure q ("took 2,870",
// "drew 432").
func (sc *scanner) takenBy(q Quantity) bool {
	lo, _ := sc.bounds(q.Start)
	before := sc.prevN(sc.pb[:0], q.Start, lo, 1)
	return len(before) > 0 && takesShare(word(before, 0)) && word(before, 0) != "with"
}

// eachOfOthers reports a count of the other things a figure before it is
// given for each of: "one each in the other two", "a seat apiece for the
// remaining three".
func (sc *scanner) eachOfOthers(p Quantity) bool {
	lo, _ := sc.bounds(p.Start)
	before := sc.prevN(sc.pb[:0], p.Start, lo, 4)
	if w := word(before, 0); w != "other" && w != "remaining" {
		return false
	}
	for k := 1; k < len(before); k++ {
		if w := word(before, k); w == "each" || w == "apiece" {
			return true
		}
	}
	return false
}

// inConjunct reports a count qs[j] that stands in the phrase naming an
// item of a gapped list, before the item's own figure: the next figure
// of the list's measure follows it in the same clause after a
// preposition ("the riverside cinema for 15,900 and the three smaller
// venues in the old town for 12,800").
func (sc *scanner) inConjunct(qs []Quantity, j int, q Quantity) bool {
	if j+1 >= len(qs) {
		return false
	}
	n := qs[j+1]
	if n.Sentence != qs[j].Sentence || n.Kind != Count || n.Unit != q.Unit || n.Noun != "" && n.Noun != q.Noun {
		return false
	}
	lo, _ := sc.bounds(n.Start)
	p, ok := sc.prev(n.Start, lo)
	if !ok || !sc.tagIs(p.start, text.IN) {
		return false
	}
	gap := sc.s[max(qs[j].End, qs[j].NounSpan.End):p.start]
	if strings.ContainsAny(gap, ",;:") {
		return false
	}
	_, hi := sc.bounds(n.Start)
	for pos := qs[j].End; pos < p.start; {
		t, ok := sc.next(pos, hi)
		if !ok || t.start >= p.start {
			break
		}
		if sc.finiteAt(t.start) {
			return false // "the three towns that voted for 12 ...": a clause of its own
		}
		pos = t.end
	}
	return true
}

// pointsBack reports whether the list opened by first refers to total: see
// partsAcross.
func (sc *scanner) pointsBack(first, total Quantity) bool {
	_, hi := sc.bounds(first.Start)
	after := sc.nextN(sc.nb[:0], max(first.End, first.NounSpan.End), hi, 3)
	if first.Unit == "" && countUnit(total.Unit) && word(after, 0) == "of" && (word(after, 1) == "those" || word(after, 1) == "these" || word(after, 1) == "its" || word(after, 1) == "their") &&
		singular(word(after, 2)) == total.Unit {
		// "its 30-match league season ... won 17 of those matches, drew
		// eight and lost six": the units the whole was counted in.
		return true
	}
	if word(after, 0) == "of" && nested[word(after, 1)] {
		// "won 9,120 of them"; not of a span of time ("three years"), and
		// only when "them" has no nearer antecedent.
		return first.Unit == total.Unit && first.Noun == "" && total.Noun != "" && !measureNouns[total.Noun] &&
			sc.nearestPlural(total.End, first.Start, total.Noun)
	}
	if first.Unit == total.Unit && first.Noun == "" && total.Noun != "" && !measureNouns[total.Noun] && sc.partOfNoun(first, total) {
		// "an offering of four million shares ... will sell 1.8 million
		// of the new shares, while ... the remaining 2.6 million": a part
		// taken of the whole the total counted, named by its noun.
		return true
	}
	if first.Unit == total.Unit && first.Noun == "" && total.Noun != "" && !measureNouns[total.Noun] && sc.subjectIsNoun(first, total.Noun) {
		// "will build 1,850 metres of new quay wall ... The new quay wall
		// will run for 980 metres along ..., 610 metres ... and 300
		// metres ...": the sentence's subject is what the total measured.
		return true
	}
	if sc.partitiveOpening(first) {
		// "moved 4,310 people to shelters. Of them, 2,150 came from ...":
		// the sentence opens by taking its parts of them.
		// The whole is the count just before, whatever plural noun
		// stands nearer without a figure ("to shelters").
		// A count with no noun of its own ("1,026 took part in the
		// ballot. Of them, 812 voted to strike") is that whole too.
		return first.Unit == total.Unit && first.Noun == "" && (total.Noun != "" && !measureNouns[total.Noun] || total.Noun == "" && total.Kind == Count) &&
			total.Sentence == first.Sentence-1
	}
	if first.Unit == total.Unit && (first.Unit != "" || first.Noun != "" && first.Noun == total.Noun) && sc.shareVerbAt(first) {
		// "now hold 86,500 tonnes of grain. Rice accounts for 52,000
		// tonnes, wheat for 23,300 ...": a verb of share says its figures
		// are parts of a whole of their measure, the one just counted.
		return total.Sentence == first.Sentence-1
	}
	if IsCurrency(first.Unit) && first.Unit == total.Unit && sc.moneyBack(first) {
		return true // "will spend 3.6 billion rand" ... "the money would be divided: 1.4 billion rand for ..."
	}
	if IsCurrency(first.Unit) && first.Unit == total.Unit && total.For != "" && sc.definiteBefore(first, total.For) {
		// "setting aside Rs 86 crore for a plan to ..." ... "Under the
		// plan, Rs 32 crore would go to roads, ...": the sentence names
		// again what the sum was for.
		return true
	}
	sameMeasure := first.Unit != "" && first.Unit == total.Unit ||
		first.Unit == "" && first.Noun != "" && (first.Noun == total.Noun && total.Unit == "" || first.Noun == total.Unit)
	if !sameMeasure {
		return false
	}
	if first.Unit == "" && first.Noun != "" && first.Noun == total.Unit {
		return true // "won 41 seats" after "a 120-seat assembly"
	}
	noun := total.Class
	if noun == "" {
		noun = total.Noun
	}
	return noun != "" && sc.subjectIs(first, noun)
}

// shareVerbAt reports a verb of share right before figure q ("accounts
// for 52,000 tonnes", "made up 40%").
func (sc *scanner) shareVerbAt(q Quantity) bool {
	lo, _ := sc.bounds(q.Start)
	return shareVerbBefore(sc.prevN(sc.pb[:0], q.Start, lo, 5))
}

// partOfNoun reports a figure followed by "of the" and a noun phrase
// whose head is noun (a plural of it): "1.8 million of the new shares".
func (sc *scanner) partOfNoun(q Quantity, total Quantity) bool {
	noun := total.Noun
	_, hi := sc.bounds(q.Start)
	after := sc.nextN(sc.nb[:0], q.End, hi, 6)
	if word(after, 0) != "of" || word(after, 1) != "the" && word(after, 1) != "its" && word(after, 1) != "their" {
		return false
	}
	for k := 2; k < len(after) && k < 5; k++ {
		w := word(after, k)
		if singular(w) == noun && w != noun {
			// "61,200 of the children vaccinated": a participle after the
			// noun names the whole by what befell it, the total counted
			// as that verb's object ("vaccinated 182,400 children"), not
			// another count of the noun.
			if k+1 < len(after) && (sc.tagIs(after[k+1].start, text.VBN) || sc.tagIs(after[k+1].start, text.VBD)) {
				v := sc.lemmaAt(after[k+1].start)
				return sc.befell(total, v)
			}
			return true
		}
		if !after[k].isWord() || sc.tagIs(after[k].start, text.NN) || sc.tagIs(after[k].start, text.NNS) && singular(w) != noun {
			return false
		}
	}
	return false
}

// subjectIsNoun reports a sentence opened by a definite noun phrase, its
// subject, whose head is noun ("The new quay wall will run ..."), before
// figure q.
func (sc *scanner) subjectIsNoun(q Quantity, noun string) bool {
	lo, _ := sc.bounds(q.Start)
	pos := sc.pastDateline(lo, q.Start)
	t, ok := sc.next(pos, q.Start)
	if !ok || t.lower() != "the" && t.lower() != "its" && t.lower() != "their" {
		return false
	}
	head := ""
	for k := 0; k < 5; k++ {
		n, ok := sc.next(t.end, q.Start)
		if !ok || !n.isWord() {
			return false
		}
		if sc.finiteAt(n.start) || sc.tagIs(n.start, text.MD) {
			return head == noun
		}
		if !sc.tagIs(n.start, text.NN) && !sc.tagIs(n.start, text.NNS) && !sc.tagIs(n.start, text.JJ) {
			return false
		}
		head, t = singular(n.lower()), n
	}
	return false
}

// sharesOut reports a list that shares out the total of the sentence just
// before by the total's own noun, one verb for three parts or more ("The
// new assembly has 45 seats." ... "The Greens won 17 seats, the Civic
// Union 14, Labour 9 and the Farmers' League 6"): a partition of what the
// total counted.
func (sc *scanner) sharesOut(qs []Quantity, list []int, total Quantity) bool {
	first := qs[list[0]]
	for j := list[0] - 1; j >= 0 && qs[j].Sentence == first.Sentence; j-- {
		if len(qs[j].Parts) > 0 || qs[j].Kind == Count && qs[j].Noun == first.Noun {
			return false // "Of the harbour's 23 boats, four sank and 11 ...": a whole of their own sentence
		}
	}
	lo, _ := sc.bounds(first.Start)
	if p, ok := sc.prev(first.Start, lo); ok && (p.lower() == "of" || possessive(p.lower()) < len(p.lower()) || isDet(p.lower())) {
		return false // "won 25 of its 38 games": a whole of its own, not a part
	}
	return len(list) >= 3 && total.Sentence == first.Sentence-1 && (!total.Definite || sc.dividedAfter(total)) && first.Unit == total.Unit &&
		first.Class != "" && first.Class == total.Class && first.Qualifier == total.Qualifier && sc.elliptical(qs, list)
}

// dividedAfter reports a verb of division in the clause right after total
// q, within a few words past its noun: "The assembly's 33 seats were
// split four ways", "the 86 million kroner will be divided among".
func (sc *scanner) dividedAfter(q Quantity) bool {
	_, hi := sc.bounds(q.Start)
	lx := lexicon.Default()
	for _, t := range sc.nextN(sc.nb[:0], max(q.End, q.NounSpan.End), hi, 4) {
		if !t.isWord() {
			return false
		}
		if lx.Is(lexicon.DivisionVerbs, lx.Lemma(t.lower(), lexicon.Verb)) {
			return true
		}
	}
	return false
}

// partitiveOpening reports a sentence that opens by taking parts of a
// whole just named: "Of them, ...", "Of these, ...", "Of those, ...".
func (sc *scanner) partitiveOpening(q Quantity) bool {
	lo, hi := sc.bounds(q.Start)
	opening := sc.nextN(sc.nb[:0], lo, hi, 4)
	if word(opening, 0) != "of" {
		return false
	}
	if (nested[word(opening, 1)] || word(opening, 1) == "these") && word(opening, 2) == "," {
		return true
	}
	// "Of that sum, ...", "Of this amount, ...": a demonstrative and a
	// noun of quantity point back to the figure just given.
	d := word(opening, 1)
	return (d == "that" || d == "this") && quantityNoun(word(opening, 2)) && word(opening, 3) == ","
}

// quantityNoun reports a noun that names an amount as such ("sum",
// "total") or a sum of money ("money", "budget").
func quantityNoun(w string) bool {
	lx := lexicon.Default()
	return lx.Is(lexicon.AmountNouns, w) || lx.Is(lexicon.MoneyNouns, w)
}

// subjectIs reports whether the sentence of q opens with "the", "this" or
// "that" and the noun: "The plan sets aside ...".
func (sc *scanner) subjectIs(q Quantity, noun string) bool {
	lo, hi := sc.bounds(q.Start)
	opening := sc.nextN(sc.nb[:0], lo, hi, 3)
	switch word(opening, 0) {
	case "the", "this", "that":
	default:
		return false
	}
	for k := 1; k < len(opening); k++ {
		if singular(strings.TrimSuffix(word(opening, k), "'s")) == noun {
			return true
		}
	}
	return false
}

// nearestPlural reports whether no plural noun other than noun stands in
// [from, to), so that a "them" at to may refer back to noun ("counted
// 18,400 ballots. Bernardini won 9,120 of them"), not to a nearer one
// ("three member states ... The devices ... about 14,000 of them"). It is
// true without a reading.
func (sc *scanner) nearestPlural(from, to int, noun string) bool {
	if sc.r == nil {
		return true
	}
	toks := sc.r.Tokens
	for k := sc.r.TokenAt(to) - 1; k >= 0 && toks[k].Start >= from; k-- {
		if toks[k].Tag != text.NNS {
			continue
		}
		if k >= 2 && toks[k-1].Tag == text.CD && placeOrExtent(toks[k-2].Lower) {
			continue // "31 dates in 12 countries": a phrase's count, not the topic
		}
		if sc.opensClauseOf(k, to) {
			// "Members backed the strike with 4,950 of them": "them" is
			// not its own clause's subject, which would be "themselves".
			continue
		}
		if singular(toks[k].Lower) != noun && prepObject(toks, k) {
			// "31 ships were diverted to other ports. 14 of them went to
			// ...": a noun a preposition governs is less likely the
			// antecedent than the counted subject.
			continue
		}
		return singular(toks[k].Lower) == noun
	}
	return true
}

// prepObject reports a noun at toks[k] whose phrase a preposition opens:
// back over its determiner, numbers and modifiers to a preposition ("to
// other ports", "in three districts"), and over a noun phrase it is
// coordinated with ("in schools and chapels").
func prepObject(toks []text.Token, k int) bool {
	j := k - 1
	for j >= 0 && (toks[j].Tag == text.DT || toks[j].Tag == text.CD || toks[j].Tag.IsAdjective() || toks[j].Tag == text.NN || toks[j].Tag == text.PRPS) {
		j--
	}
	if j >= 1 && toks[j].Tag == text.CC && (toks[j-1].Tag == text.NNS || toks[j-1].Tag == text.NN) {
		return prepObject(toks, j-1)
	}
	return j >= 0 && toks[j].Tag == text.IN && toks[j].Lower != "of"
}

// comparedAt reports whether the figure starting at off is the value
// another changed from, hedged or not ("up from roughly 9,500", "down
// from 40").
func (sc *scanner) comparedAt(off int) bool {
	lo, _ := sc.bounds(off)
	before := sc.prevN(sc.pb[:0], off, lo, 2)
	k := 0
	if w := word(before, 0); w == "the" || w == "a" {
		k++ // "up from the 32.5 million approved"
	}
	w := word(before, k)
	if _, hedge := approxWords[w]; hedge {
		w = word(before, k+1)
	}
	return w == "from"
}

// thanBefore reports "than" among the few words before byte off, apart
// from a hedge right before the figure ("more than 300"): the figure is
// what another is compared with ("made 590 of those crossings, more than
// either of the other two"), not the rest of a whole.
func (sc *scanner) thanBefore(off, lo int) bool {
	before := sc.prevN(sc.pb[:0], off, lo, 5)
	for k := 2; k < len(before); k++ {
		if !before[k].isWord() {
			return false
		}
		if word(before, k) == "than" {
			return true
		}
	}
	return false
}

// inPhrase reports a figure opening a prepositional phrase of place or
// extent ("in 12 countries", "across five regions", "at three sites").
func (sc *scanner) inPhrase(off int) bool {
	lo, _ := sc.bounds(off)
	t, ok := sc.prev(off, lo)
	return ok && placeOrExtent(t.lower())
}

// placeOrExtent reports a preposition of place ("in", "at": placePreps) or
// of extent ("across", "over").
func placeOrExtent(w string) bool { return placePreps[w] || w == "across" || w == "over" }

// moneyBack reports a noun of money after "the", "this" or "that" before
// figure q in its sentence ("Dube said the money would be divided among
// the three priorities: 1.4 billion rand ..."): it refers back to a sum.
func (sc *scanner) moneyBack(q Quantity) bool {
	lo, _ := sc.bounds(q.Start)
	lx := lexicon.Default()
	found := false
	for pos := lo; pos < q.Start && !found; {
		t, ok := sc.next(pos, q.Start)
		if !ok {
			break
		}
		if w := t.lower(); w == "the" || w == "this" || w == "that" {
			if n, ok := sc.next(t.end, q.Start); ok && lx.Is(lexicon.MoneyNouns, n.lower()) {
				// Not "the money from the state": another sum.
				a, ok := sc.next(n.end, q.Start)
				found = !ok || a.lower() != "from" && a.lower() != "of"
			}
		}
		pos = t.end
	}
	return found
}

// modalBefore reports a modal between the start of q's sentence and q
// ("will", "would", "could"): the parts are told of a sum to come.
func (sc *scanner) modalBefore(q Quantity) bool {
	lo, _ := sc.bounds(q.Start)
	for pos := lo; pos < q.Start; {
		t, ok := sc.next(pos, q.Start)
		if !ok {
			break
		}
		if sc.tagIs(t.start, text.MD) {
			return true
		}
		pos = t.end
	}
	return false
}

// sumToCome reports, among the figures of qs[i]'s unit in its sentence and
// the back ones before, one no past verb governs ("will spend 14.6
// billion"): only then is a sum spent before no whole of parts to come.
func (sc *scanner) sumToCome(qs []Quantity, i, back int) bool {
	for t := i - 1; t >= 0 && qs[t].Sentence >= qs[i].Sentence-back; t-- {
		if qs[t].Sentence < qs[i].Sentence && qs[t].Unit == qs[i].Unit && qs[t].Kind == Count && !sc.pastGoverned(qs[t]) && sc.governed(qs[t]) {
			return true
		}
	}
	return false
}

// governed reports a figure a verb governs, in any tense.
func (sc *scanner) governed(q Quantity) bool {
	t, ok := sc.wordBefore(&q)
	return ok && (sc.tagIs(t.start, text.VB) || sc.tagIs(t.start, text.VBD) || sc.tagIs(t.start, text.VBZ) || sc.tagIs(t.start, text.VBP) || sc.tagIs(t.start, text.VBN))
}

// pastGoverned reports a figure that a verb in the past tense governs
// ("spent 13.1 billion shillings").
func (sc *scanner) pastGoverned(q Quantity) bool {
	t, ok := sc.wordBefore(&q)
	return ok && sc.tagIs(t.start, text.VBD)
}

// definiteBefore reports "the", "this" or "that" and noun (or its
// plural) between the start of q's sentence and q.
func (sc *scanner) definiteBefore(q Quantity, noun string) bool {
	lo, _ := sc.bounds(q.Start)
	for pos := lo; pos < q.Start; {
		t, ok := sc.next(pos, q.Start)
		if !ok {
			return false
		}
		if w := t.lower(); w == "the" || w == "this" || w == "that" {
			if n, ok := sc.next(t.end, q.Start); ok && singular(n.lower()) == noun {
				return true
			}
		}
		pos = t.end
	}
	return false
}

// complements joins a part and "the other" or "the remaining" part of one
// whole in a sentence ("three of his buyers have backed out, and the other
// three", "Of them, 80 work in Leeds and the remaining 50 in York") to the
// whole's figure given before, in that sentence or one of the two before
// ("sold the property to five buyers"): together they are all of it.
func (sc *scanner) complements(qs []Quantity) {
	for j := range qs {
		if !sc.otherPart(qs[j]) {
			continue
		}
		for i := j - 1; i >= 0 && qs[i].Sentence == qs[j].Sentence; i-- {
			noun, ok := sc.partOf(qs[i])
			if !ok || qs[i].Kind != qs[j].Kind || qs[i].Unit != qs[j].Unit {
				continue
			}
			if t := sc.wholeBefore(qs, i, noun, sc.ofParticiple(qs[i])); t >= 0 {
				// With every like figure between them: "Of them, 812 voted
				// to strike, 198 voted against and the remaining 16 ...".
				parts := []int{i}
				for k := i + 1; k < j; k++ {
					if qs[k].Kind == qs[j].Kind && qs[k].Unit == qs[j].Unit && qs[k].Approx != Vague && !qs[k].Changed && len(qs[k].Parts) == 0 {
						parts = append(parts, k)
					}
				}
				qs[t].Parts, qs[t].PartsAll = append(parts, j), true
			}
			break
		}
	}
}

// otherPart reports a figure after "the other" or "the remaining": the
// rest of a whole another figure gave a part of.
func (sc *scanner) otherPart(q Quantity) bool {
	if q.Kind != Count || q.Changed || q.Approx == Vague || len(q.Parts) > 0 {
		return false
	}
	lo, _ := sc.bounds(q.Start)
	before := sc.prevN(sc.pb[:0], q.Start, lo, 2)
	w := word(before, 0)
	return (w == "other" || w == "remaining") && word(before, 1) == "the" && !sc.thanBefore(q.Start, lo)
}

// partOf returns the noun of the whole figure q is a part of: "three of his
// buyers" (buyer), "300,000 of the shares" (share), or "them" after "Of
// them," before it; ok is false for no part.
// befell reports a figure that counts what verb v (a lemma) did or befell:
// its object ("vaccinated 182,400 children") or its predicate ("were
// vaccinated").
func (sc *scanner) befell(q Quantity, v string) bool {
	lx := lexicon.Default()
	return q.objectVerb == v || lx.Lemma(q.Predicate, lexicon.Verb) == v || lx.Lemma(sc.verbBefore(&q), lexicon.Verb) == v
}

// ofParticiple returns the lemma of a participle right after the noun of
// a part's of-phrase ("61,200 of the children vaccinated": "vaccinate"),
// or "".
func (sc *scanner) ofParticiple(q Quantity) string {
	_, hi := sc.bounds(q.Start)
	after := sc.nextN(sc.nb[:0], q.End, hi, 4)
	if word(after, 0) != "of" {
		return ""
	}
	k := 1
	if w := word(after, k); isDet(w) || w == "his" || w == "her" || w == "its" || w == "their" {
		k++
	}
	if k+1 < len(after) && isPlural(word(after, k)) && (sc.tagIs(after[k+1].start, text.VBN) || sc.tagIs(after[k+1].start, text.VBD)) {
		return sc.lemmaAt(after[k+1].start) // (a participle the tagger may read as a past)
	}
	return ""
}

func (sc *scanner) partOf(q Quantity) (string, bool) {
	if q.Kind != Count || q.Changed || q.Approx == Vague {
		return "", false
	}
	lo, hi := sc.bounds(q.Start)
	before := sc.prevN(sc.pb[:0], q.Start, lo, 3)
	if word(before, 0) == "," && nested[word(before, 1)] && word(before, 2) == "of" {
		return "them", true // "Of them, 80 ..."
	}
	after := sc.nextN(sc.nb[:0], q.End, hi, 3)
	if word(after, 0) != "of" {
		return "", false
	}
	k := 1
	if w := word(after, k); isDet(w) || w == "his" || w == "her" || w == "its" || w == "their" {
		k++
	}
	if k >= len(after) || !after[k].isWord() || !isPlural(word(after, k)) {
		return "", false
	}
	return singular(word(after, k)), true
}

// wholeBefore returns the index of the figure before qs[i], in its sentence
// or the two before, that counts noun ("five buyers"; any plural count for
// "them"), or -1. A participle the part's of-phrase gives ("of the
// children vaccinated", its lemma) asks for the count that verb's object
// or predicate is.
func (sc *scanner) wholeBefore(qs []Quantity, i int, noun, participle string) int {
	for t := i - 1; t >= 0 && qs[t].Sentence >= qs[i].Sentence-2; t-- {
		q := qs[t]
		if q.Kind != Count || q.Unit != qs[i].Unit || q.Changed || q.Approx == Vague || len(q.Parts) > 0 && q.Parts[0] < i {
			continue // (a whole whose parts begin with this one takes the rest too)
		}
		if participle != "" && !sc.befell(q, participle) {
			continue // "61,200 of the children vaccinated": the count of those "vaccinated", not of those set out to find
		}
		if qs[i].Value >= q.Value || partOfOther(qs, t) {
			// "A record 3,412 skiers started: 2,108 in the men's race and
			// 1,304 in the women's. Of those, 3,187 reached the finish":
			// no part is as much as its whole, and a part of a whole
			// already given is not the whole taken apart again.
			continue
		}
		if noun == "them" && (q.Noun != "" || q.Sentence == qs[i].Sentence-1) || q.Noun == noun || q.Class == noun {
			return t // "1,026 took part in the ballot. Of them, ...": the count just before, named or not
		}
	}
	return -1
}

// partOfOther reports whether qs[t] is among the parts of another figure
// of its sentence or the one before.
func partOfOther(qs []Quantity, t int) bool {
	for k := t - 1; k >= 0 && k >= t-32 && qs[k].Sentence >= qs[t].Sentence-1; k-- {
		if slices.Contains(qs[k].Parts, t) {
			return true
		}
	}
	return false
}

// firstOfUnit reports whether qs[t] is the first figure of its unit in its
// sentence, looking back at most 32 figures, so that a sentence of
// thousands of figures costs no more per figure.
func firstOfUnit(qs []Quantity, t int) bool {
	for k := t - 1; k >= 0 && k >= t-32 && qs[k].Sentence == qs[t].Sentence; k-- {
		if qs[k].Unit == qs[t].Unit && qs[k].Kind == qs[t].Kind {
			return false
		}
	}
	return true
}

// perPlace attaches to a total counted over a number of places in its
// own sentence ("destroyed 9,740 homes across the three coastal
// districts") the figures of its kind that the next two sentences give
// one by one, as many as the places ("Inhambulo ... 4,310 homes ...
// Macuse counted 3,180, and in Chinde Norte ... 2,450 homes were hit"):
// one figure a place, they are all of it.
func (sc *scanner) perPlace(qs []Quantity) {
	for t := 0; t+1 < len(qs); t++ {
		total := qs[t]
		places := qs[t+1]
		money := IsCurrency(total.Unit)
		if total.Kind != Count || total.Class == "" && !money || len(total.Parts) > 0 || total.Changed || total.Approx != Exact ||
			places.Kind != Count || places.Unit != "" || places.Value < 2 || places.Value > 12 || !sc.countOfWhere(total, places) || sc.formerFigure(total) {
			continue
		}
		// The figures begin in the first sentence after that gives one of
		// the total's kind, often paragraphs on, and run into the next.
		from := -1
		for j := t + 2; j < len(qs) && qs[j].Sentence <= total.Sentence+placeReach && from < 0; j++ {
			if qs[j].Sentence > places.Sentence && qs[j].Kind == Count && (qs[j].Class == total.Class || money) && qs[j].Unit == total.Unit {
				from = j
			}
		}
		if from < 0 {
			continue
		}
		var parts []int
		for j := from; j < len(qs) && qs[j].Sentence <= qs[from].Sentence+1 && len(parts) <= int(places.Value); j++ {
			p := qs[j]
			if p.Kind != Count || p.Unit != total.Unit && !(money && p.Unit == "" && multiplied(p.Text)) || p.Changed || p.Noun != "" && p.Class != total.Class && !money {
				continue
			}
			if _, of := sc.ofThem(p); of || p.Value >= total.Value {
				parts = nil
				break
			}
			parts = append(parts, j)
		}
		if len(parts) == int(places.Value) {
			qs[t].Parts, qs[t].PartsAll = parts, true
		}
	}
}

// placeReach is how many sentences after a total counted over places
// its figures place by place may begin.
const placeReach = 12

// formerFigure reports a figure its sentence marks as given up ("had
// originally been budgeted at 355 billion pesos"): no total of what is
// told after it.
func (sc *scanner) formerFigure(q Quantity) bool {
	lo, _ := sc.bounds(q.Start)
	for _, w := range strings.Fields(sc.low[lo:q.Start]) {
		switch w {
		case "originally", "initially", "previously":
			return true
		}
	}
	return false
}

// countOfWhere reports a count that says over how many places a total
// is spread, in the total's sentence ("9,740 homes across the three
// coastal districts"), or from how many sources a sum came, in the
// sentence after it ("on a 418 billion peso line. The project was paid
// for from three sources."): the figures told one by one after it are
// all of the total.
func (sc *scanner) countOfWhere(total, c Quantity) bool {
	lo, _ := sc.bounds(c.Start)
	before := sc.prevN(sc.pb[:0], c.Start, lo, 2)
	w := word(before, 0)
	if w == "the" {
		w = word(before, 1)
	}
	switch {
	case c.Sentence == total.Sentence:
		return sc.extentBefore(c) && lexicon.Default().ContainerClass(c.Noun) == "location"
	case c.Sentence == total.Sentence+1:
		return w == "from" && IsCurrency(total.Unit)
	}
	return false
}

// purposesCovered reports parts whose purposes are, one for one, the
// purposes the total's phrase names: "a 48 million pound plan for
// schools, roads and social care" ... "21 million pounds for schools, 15
// million for roads and 9 million for social care" says the parts are all
// of the plan.
func (sc *scanner) purposesCovered(qs []Quantity, list []int, total Quantity) bool {
	want := sc.purposeList(total)
	if len(want) < 2 || len(want) != len(list) {
		return false
	}
	for _, p := range list {
		if qs[p].For == "" || !slices.Contains(want, qs[p].For) {
			return false
		}
	}
	return true
}

// purposeList returns the head nouns, singular, of the coordinated noun
// phrases after "for" right after a total's noun ("plan for schools,
// roads and social care": school, road, care), or nil.
func (sc *scanner) purposeList(q Quantity) []string {
	if sc.r == nil || q.NounSpan.End <= q.Start {
		return nil
	}
	toks := sc.r.Tokens
	k := sc.r.TokenAt(q.NounSpan.End)
	if k >= len(toks) || toks[k].Lower != "for" {
		return nil
	}
	var out []string
	head := ""
	for k++; k < len(toks) && len(out) < 8; k++ {
		t := toks[k]
		switch {
		case t.Tag == text.NN || t.Tag == text.NNS:
			head = singular(t.Lower)
		case t.Tag == text.JJ || t.Tag == text.DT:
		case (t.Lower == "," || t.Lower == "and") && head != "":
			out, head = append(out, head), ""
		case t.Lower == "and":
		default:
			if head != "" {
				out = append(out, head)
			}
			return out
		}
	}
	return nil
}
