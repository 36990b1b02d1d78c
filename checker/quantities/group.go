package quantities

import (
	"math"
	"slices"
	"strings"

	"github.com/copydesk/copydesk/checker/lexicon"
	"github.com/copydesk/copydesk/checker/text"
)

// group links quantities that belong together, sentence by sentence:
// elapsed spans and their years, totals and parts, shares of one whole,
// and counts with the list that follows.
func (sc *scanner) group(qs []Quantity) {
	for a := 0; a < len(qs); {
		b := a + 1
		for b < len(qs) && qs[b].Sentence == qs[a].Sentence {
			b++
		}
		sc.elapsed(qs, a, b)
		sc.sums(qs, a, b)
		sc.unitWholeParts(qs, a, b)
		sc.opening(qs, a, b)
		sc.shares(qs, a, b)
		people := lastPeopleCount(qs, a, b)
		for i := a; i < b; i++ {
			if i+1 < b && qs[i].NounSpan.End == 0 && sc.partitiveOf(qs, a, i+1) == i && qs[i+1].NounSpan.End > 0 {
				sc.partItems(&qs[i], qs[i+1], i == people)
				continue
			}
			if qs[i].NounSpan.End == 0 && qs[i].Kind == Count {
				if sp, ok := sc.namedWhole(qs[i]); ok {
					// "three more of the nation's top steelmakers -- A and B --"
					sc.partItems(&qs[i], Quantity{Noun: singular(strings.ToLower(sc.s[sp.Start:sp.End])), NounSpan: sp}, i == people)
					continue
				}
			}
			sc.items(&qs[i], i == people)
		}
		a = b
	}
	sc.sharesAcross(qs)
	sc.restAfterShares(qs)
	sc.partsAcross(qs)
	sc.partOfClass(qs)
	sc.perPlace(qs)
	sc.addedParts(qs)
	sc.complements(qs)
	sc.distributed(qs)
	sc.stakes(qs)
	sc.agesAcross(qs)
	sc.staysAcross(qs)
	sc.tenuresAcross(qs)
	sc.placings(qs)
	sc.shareReferents(qs)
	// Victims are the dead unless the copy also counts injured.
	injured := false
	for i := range qs {
		if qs[i].Class == "injured" {
			injured = true
			break
		}
	}
	if injured {
		for i := range qs {
			if qs[i].Noun == "victim" {
				qs[i].Class = "victim"
			}
		}
	}
}

// lastPeopleCount returns the index of the last count of people in
// qs[a:b], one sentence's figures, or -1: the count "They are A, B and C"
// in the next sentence names ("named five writers to its shortlist on
// Tuesday, choosing from 146 novels. They are ...").
func lastPeopleCount(qs []Quantity, a, b int) int {
	for i := b - 1; i >= a; i-- {
		if qs[i].Kind == Count && CountsPeople(qs[i].Noun) {
			return i
		}
	}
	return -1
}

// openWords in a list of parts say it does not claim to be complete.
var openWords = map[string]bool{
	"rest": true, "remaining": true, "others": true, "other": true, "remainder": true,
	"including": true, "among": true, "about": true, "some": true,
}

// changeBase reports a figure written as the base of a change: "up from
// 2.9 billion", "down from 41%".
func (sc *scanner) changeBase(q Quantity) bool {
	lo, _ := sc.bounds(q.Start)
	before := sc.prevN(sc.pb[:0], q.Start, lo, 2)
	return word(before, 0) == "from" && lexicon.Default().Is(lexicon.ChangeDirections, word(before, 1))
}

// partOfEarlier reports a figure qs[i] that a total before it in its
// sentence (from qs[a]) already counts among its parts.
func partOfEarlier(qs []Quantity, a, i int) bool {
	for j := a; j < i; j++ {
		if slices.Contains(qs[j].Parts, i) {
			return true
		}
	}
	return false
}

// otherTotalAt reports a figure at token t, on the way from a total to a
// colon, that the list after the colon may belong to instead: one in
// digits, or a number word that counts nothing ("has a crew of nine:");
// not a year, which only times the total ("on its roads in 2025:"), nor
// a count of the parts ("will be spent in three parts:").
func otherTotalAt(qs []Quantity, t tok) bool {
	if i := findAt(qs, t.start); i >= 0 {
		// Nor a span the total was reached over ("lent 418,600 items
		// over the 12 months:").
		return qs[i].Kind != Year && !measureNouns[qs[i].Noun] && (isDigit(t.w[0]) || qs[i].Noun == "")
	}
	return isDigit(t.w[0])
}

// extentBefore reports a preposition of extent right before figure t,
// past "the" ("over the three days", "during the 12 months", "across
// three regions"): the stretch of time or space it spans.
func (sc *scanner) extentBefore(t Quantity) bool {
	lo, _ := sc.bounds(t.Start)
	before := sc.prevN(sc.pb[:0], t.Start, lo, 2)
	w := word(before, 0)
	if w == "the" {
		w = word(before, 1)
	}
	return extentPreps[w]
}

// extentPreps are the prepositions of a stretch of time or space.
var extentPreps = map[string]bool{"over": true, "during": true, "across": true, "throughout": true, "in": true}

// partsSum adds the values of parts.
func partsSum(qs []Quantity, parts []int) float64 {
	sum := 0.0
	for _, p := range parts {
		sum += qs[p].Value
	}
	return sum
}

// nearerTotal reports a figure of qs[i]'s unit after it and before byte
// to, the opener of a list, in its sentence ("40 hectares of the
// 340-hectare park:"): the nearer figure is the one the list may divide.
func nearerTotal(qs []Quantity, i, to int) bool {
	return i+1 < len(qs) && qs[i+1].Sentence == qs[i].Sentence && qs[i+1].End <= to && qs[i+1].Unit == qs[i].Unit && qs[i].Unit != ""
}

// sums finds a total followed by its parts after a colon or a dash ("30
// seats: 12 for X, 10 for Y and 9 for Z"), or parts followed by "a total
// of" ("12, 10 and 9, a total of 30").
func (sc *scanner) sums(qs []Quantity, a, b int) {
	for i := a; i < b; i++ {
		t := &qs[i]
		if t.Kind != Count || t.Class == "" && t.Unit == "" && !lexicon.Default().Is(lexicon.TotallingVerbs, t.objectVerb) || t.Approx == Vague || t.Unit == "fraction" {
			continue // a sum of money or a measure needs no noun: "The 86 million kroner will be split three ways: ...", "burned 8,650 hectares: ..."
		}
		if measureNouns[t.Noun] && i > a && (len(qs[i-1].Parts) > 0 || qs[i-1].Sentence == t.Sentence && sc.extentBefore(*t)) {
			// "lent 418,600 items over the 12 months: ...", "Crowds
			// totalled 21,300 over the three days: 4,100 on Friday, ...":
			// the list is the items', not the span's they were counted over.
			continue
		}
		if sc.changeBase(*t) {
			continue // "reached 3.2 billion reais, up from 2.9 billion in 2023: ...": the base of a change is no total
		}
		if sc.agedRange(qs, i) {
			continue // "184,300 children aged nine months to five years have received a dose: ...": an age the things have
		}
		if partOfEarlier(qs, a, i) {
			continue // "320 beds: 210 general beds, 70 in the maternity wing and 40 ...": an item, no total of the items after it
		}
		_, hi := sc.bounds(t.Start)
		end := t.End
		if t.NounSpan.End > end {
			end = t.NounSpan.End
		}
		n, found, comma, composed := sc.totalOpener(qs, i, end, hi)
		if found && comma && sc.included(qs, i, b, n, hi) {
			continue
		}
		if found && nearerTotal(qs, i, n.start) {
			continue // the figure nearer the opener takes the list, or gives it to this one as its part
		}
		if !found || comma && !sc.placedParts(qs, sc.listAfter(qs, i, b, n.end, t), n.end) && !sc.gerundParts(qs, sc.listAfter(qs, i, b, n.end, t), n.end) || sc.closesAside(t.Start, end, n.end) {
			continue // a dash that closes an aside the total stands in opens no list
		}
		if w := sc.partitiveOf(qs, a, i); w >= 0 {
			// "holds 83 of the 150 seats: 61 for ... and 22 for ...": the
			// list gives the part, not the whole.
			if qs[w].Class == "" {
				qs[w].Class, qs[w].Noun = t.Class, t.Noun
			}
			t = &qs[w]
		} else if w := sc.originHead(qs, a, i); w >= 0 {
			// "74 films from 21 countries: 38 features and 36 shorts": the
			// list divides the head, not where it comes from.
			t = &qs[w]
		}
		var parts []int
		if composed && countUnit(t.Unit) {
			// "The 81-seat assembly will be made up of 31 Greens, 26
			// ...": parts said to make up a whole of counted units count
			// those units, whatever noun they name.
			seats := *t
			seats.Unit = ""
			parts = sc.listAfter(qs, i, b, n.end, &seats)
		} else {
			parts = sc.listAfter(qs, i, b, n.end, t)
		}
		if len(parts) >= 2 && countedBetween(qs, i, n.start, parts) {
			continue // "from about 1,200 families for flats in four developments — two in A, one in B and one in C": the four's
		}
		if w := &qs[i]; t != w && len(parts) >= 2 && partsSum(qs, parts) != t.Value && partsSum(qs, parts) == w.Value {
			// "will use 40 hectares of the 340-hectare park: 210 hectares
			// of forest, 90 of wetland and 40 of meadow": the list divides
			// the whole it adds up to, which the part is "of".
			t = w
		}
		if len(parts) >= 2 {
			last, prev := qs[parts[len(parts)-1]], qs[parts[len(parts)-2]]
			// A list closed by "and" before its last figure has no item
			// after it ("... and 12 million for pumps and panels").
			closed := strings.Contains(sc.s[prev.End:last.Start], " and ")
			t.Parts, t.PartsAll = parts, !sc.openList(n.end, last.End) && (closed || !sc.itemAfter(max(last.End, last.NounSpan.End), hi))
			t.PartsCounted = countsParts(qs, t, parts) || sc.partsIn(qs, t, parts)
			for _, p := range parts {
				if qs[p].Class == "" && !t.PartsCounted {
					qs[p].Class = t.Class
				}
			}
		}
	}
	// "12 for X, 10 for Y and 9 for Z, a total of 30".
	for i := a; i < b; i++ {
		t := &qs[i]
		if t.Kind != Count || t.Approx == Vague || len(t.Parts) > 0 {
			continue
		}
		lo, _ := sc.bounds(t.Start)
		before := sc.prevN(sc.pb[:0], t.Start, lo, 3)
		if !(word(before, 0) == "of" && word(before, 1) == "total") && !(word(before, 0) == "total" && word(before, 1) == "a") {
			continue
		}
		var parts []int
		for j := i - 1; j >= a; j-- {
			p := qs[j]
			if p.Unit != "" && p.Unit == t.Noun && countUnit(p.Unit) {
				// "Eight concerts in the 1,850-seat hall and three in the
				// church, which seats 620, giving a total of 16,660 seats":
				// sizes multiplied by counts, no sum of the figures.
				parts = nil
				break
			}
			if p.Unit != t.Unit && p.Noun != "" && strings.Contains(p.Text, "-") && len(parts) > 0 {
				continue // "2,180 in the 25-kilometre race and 960 in the youth event": a measure inside an item's words
			}
			if p.Kind != Count || p.Unit != t.Unit || p.Approx == Vague || len(p.Parts) > 0 {
				break
			}
			if otherThings(p, *t) {
				break // "six wins and five draws for a total of 8.5 points": games counted, points scored
			}
			if sc.summedSet(p) {
				break // "the two rounds together have given a total of 2.54 million doses": how many things the total adds up
			}
			if len(parts) > 0 && !sc.listGap(p.End, qs[parts[0]].Start) {
				break
			}
			parts = append([]int{j}, parts...)
		}
		if len(parts) >= 2 && !sc.openList(qs[parts[0]].Start, t.Start) {
			t.Parts, t.PartsAll = parts, true
		}
	}
}

// CountsUnits reports a count of things a hyphen joins to its figure
// ("the 14-station line", "a 220-bed hospital"): it counts those things,
// as "all 16 stations" does.
func CountsUnits(q Quantity) bool { return q.Kind == Count && countUnit(q.Unit) }

// countUnit reports the unit of a count of things a hyphen joins to its
// figure ("81-seat", "220-bed"): no currency, share or unit of measure.
func countUnit(u string) bool {
	lx := lexicon.Default()
	return u != "" && u != "%" && !IsCurrency(u) && !lx.Is(lexicon.Units, u) && lx.Known(u, lexicon.Noun)
}

// dayOfMonth reports a number right after a month's name: the day of a
// date ("began on November 4"), no figure of its own.
func (sc *scanner) dayOfMonth(t tok) bool {
	p, ok := sc.prev(t.start, 0)
	if !ok || !isDigit(t.w[0]) {
		return false
	}
	_, month := monthNumber(p.lower())
	return month
}

// totalOpener finds what opens the list of the parts of total qs[i],
// reading from byte end: a colon or a dash within eight words ("a $50
// million plan to repair storm damage: $20 million for roads, ..."), a
// comma right after the total ("killed 257 people, 237 in Nairobi ..."),
// or a verb of composition within twelve ("will be made up of 31 ...",
// "break down by district as follows: ..."), after which a colon may come
// eight words on. composed tells whether such a verb was read.
func (sc *scanner) totalOpener(qs []Quantity, i, end, hi int) (n tok, found, comma, composed bool) {
	limit, reach := 12, 8
	subject := sc.opensSentence(&qs[i]) || sc.opensThatClause(qs[i])
	if subject {
		// The subject's total reaches the colon that ends its clause:
		// "Twenty-three people were treated for injuries, most of them
		// cuts and bruises: 14 at ...", "said that 47 people had died
		// since the river burst its banks on Aug. 21: ...", past the
		// commas of a list of words ("The 840 million rupee programme
		// covers buildings, equipment and staff: ...").
		limit, reach = 24, 24
	}
	dated := 0       // words of dates on the way, which count against no reach: "between Dec. 1, 2025 and Nov. 30, 2026:"
	adjuncts := true // only phrases of a preposition so far, which end no clause
	for k, pos := 0, end; k < limit+dated || adjuncts && k < 24; k++ {
		t, ok := sc.next(pos, hi)
		if !ok || t.isWord() && otherTotalAt(qs, t) && !sc.dayOfMonth(t) && !yearOrSeason(t.lower()) {
			return n, false, false, composed
		}
		adjuncts = adjuncts && (k > 0 || sc.tagIs(t.start, text.IN)) && sc.adjunctWord(t)
		if adjuncts && t.w == ":" {
			// "sold 3,860 tonnes of beans to licensed buyers between
			// October and the close of the main crop: 1,920 tonnes ...":
			// the phrases of the total's clause run on to its colon.
			return t, true, false, composed
		}
		if k >= limit+dated {
			pos = t.end
			continue
		}
		if _, month := monthNumber(t.lower()); month || sc.dayOfMonth(t) || isYearWord(t.lower()) || t.w == "," && sc.inDateComma(t, hi) {
			dated++
		}
		if !composed {
			if p, opens, ok := sc.composition(t, hi); ok {
				if opens {
					return p, true, false, true
				}
				composed, limit = true, k+9
			}
		}
		if (k-dated < reach || composed) && (t.w == ":" || t.w == "—" || t.w == "–" || t.w == "-" && t.start > 0 && sc.s[t.start-1] == ' ') {
			return t, true, false, composed
		}
		if k == 0 && t.w == "," && !qs[i].partitive {
			// Not "Of the 5,300 employees, 2,100 work in Tallinn, ...",
			// an opening the parts may fall short of.
			return t, true, true, composed
		}
		if t.w == "," && sc.inDateComma(t, hi) {
			pos = t.end
			continue // "between Dec. 1, 2025 and Nov. 30, 2026:": the comma of a date
		}
		if t.w == "," && (subject && k > 0 || sc.asideOfThem(t.end, hi)) {
			pos = t.end
			continue // "..., most of them cuts and bruises:": an aside on the total's things
		}
		if !t.isWord() {
			return n, false, false, composed
		}
		pos = t.end
	}
	return n, false, false, composed
}

// adjunctWord reports a word that may stand in a phrase of a preposition
// after a total (a preposition, a determiner, an adjective, a noun, a
// name, a number, "and" or a participle before its noun), or the colon
// that ends the phrases.
func (sc *scanner) adjunctWord(t tok) bool {
	if t.w == ":" {
		return true
	}
	if !t.isWord() {
		return false
	}
	tag, ok := sc.tagAt(t.start)
	return ok && (tag == text.IN || tag == text.TO || tag == text.DT || tag == text.CC || tag == text.CD || tag == text.PRPS || tag == text.POS ||
		tag == text.VBN || tag == text.VBG || tag.IsNoun() || tag.IsAdjective()) // "to licensed buyers"
}

// inDateComma reports a comma between a day of the month and a year:
// "Dec. 1, 2025".
func (sc *scanner) inDateComma(t tok, hi int) bool {
	p, ok := sc.prev(t.start, 0)
	if !ok || !sc.dayOfMonth(p) {
		return false
	}
	n, ok := sc.next(t.end, hi)
	return ok && isYearWord(n.lower())
}

// asideOfThem reports an aside that opens at byte off with a quantifier
// and "of them", "of whom" or "of those" ("most of them", "all of whom"):
// it says something of things just counted and opens no list.
func (sc *scanner) asideOfThem(off, hi int) bool {
	var buf [3]tok
	after := sc.nextN(buf[:0], off, hi, len(buf))
	return len(after) == 3 && after[0].isWord() && !isNumberTok(after[0]) && word(after, 1) == "of" && nested[word(after, 2)]
}

// composition reports a verb of composition at t ("made up of",
// "consists of", "comprises", "break down") and returns the word that
// opens its list of parts: the last word of its particle, or the verb
// itself. A particle after which a colon opens the list ("break down ...
// as follows:") opens none.
func (sc *scanner) composition(t tok, hi int) (opener tok, opens, ok bool) {
	if !t.isWord() || !sc.isVerbAt(t) && sc.afterDeterminer(t) {
		return tok{}, false, false // "a break", not "the doses ... break down": a tagger may take the verb for a noun
	}
	lx := lexicon.Default()
	lemma := lx.Lemma(t.lower(), lexicon.Verb)
	if !lx.Is(lexicon.CompositionVerbs, lemma) {
		return tok{}, false, false
	}
	last := t
	for _, w := range strings.Fields(lx.Value(lexicon.CompositionVerbs, lemma)) {
		nx, ok := sc.next(last.end, hi)
		if !ok || nx.lower() != w {
			return tok{}, false, false
		}
		last = nx
	}
	return last, last.lower() != "down", true
}

// isVerbAt reports a token the shared reading tags as a verb; true
// without a reading.
func (sc *scanner) isVerbAt(t tok) bool {
	g, ok := sc.tagAt(t.start)
	return !ok || g.IsVerb()
}

// afterDeterminer reports a token right after a determiner.
func (sc *scanner) afterDeterminer(t tok) bool {
	p, ok := sc.prev(t.start, 0)
	return ok && isDet(p.lower())
}

// partItems reads the list after a part of a whole ("carried four of the
// twelve wards outright: A, B, C and D"): the list names the part, counted
// by the whole's noun. The part takes that noun's span only when it has a
// list.
func (sc *scanner) partItems(part *Quantity, whole Quantity, lastPeople bool) {
	tmp := *part
	tmp.Noun, tmp.NounSpan = whole.Noun, whole.NounSpan
	tmp.Changed = false // "three more of the steelmakers": more of a set, no change of a figure
	sc.items(&tmp, lastPeople)
	if len(tmp.Items) > 0 {
		part.Items, part.ItemsAll, part.NounSpan = tmp.Items, tmp.ItemsAll, whole.NounSpan
	}
}

// placedParts reports a list in apposition to a total, right after its
// comma, whose parts each say where they stand and no more: "257 people,
// 237 in Nairobi and 10 in Dar es Salaam". Any other figure after a comma
// may be another fact ("12 of them children", "$2 million more than").
func (sc *scanner) placedParts(qs []Quantity, parts []int, from int) bool {
	if len(parts) < 2 || qs[parts[0]].Start != sc.nextStart(from) {
		return false
	}
	for _, i := range parts {
		p := qs[i]
		_, hi := sc.bounds(p.Start)
		w, ok := sc.next(max(p.End, p.NounSpan.End), hi)
		if !ok || !placePreps[w.lower()] {
			return false
		}
	}
	return true
}

// afterGerund reports a figure right after a verb in "-ing": the first
// part of a list whose parts each have one ("winning 21, drawing 9 and
// losing 10"), where a participle before a later part opens no clause of
// its own.
func (sc *scanner) afterGerund(q Quantity) bool {
	lo, _ := sc.bounds(q.Start)
	w, ok := sc.prev(q.Start, lo)
	return ok && sc.tagIs(w.start, text.VBG)
}

// gerundParts reports a list in apposition to a total, right after its
// comma, whose parts each follow a verb in "-ing" of their own: "played
// 38 league games, winning 21, drawing 9 and losing 10". Three or more
// such parts share the total out.
func (sc *scanner) gerundParts(qs []Quantity, parts []int, from int) bool {
	if len(parts) < 3 {
		return false
	}
	_, hi := sc.bounds(from)
	first, ok := sc.next(from, hi)
	if !ok {
		return false
	}
	for _, i := range parts {
		lo, _ := sc.bounds(qs[i].Start)
		w, ok := sc.prev(qs[i].Start, lo)
		if !ok || !sc.tagIs(w.start, text.VBG) || w.start < first.start {
			return false
		}
	}
	return true
}

// nextStart returns where the token after byte pos starts.
func (sc *scanner) nextStart(pos int) int {
	_, hi := sc.bounds(pos)
	if t, ok := sc.next(pos, hi); ok {
		return t.start
	}
	return -1
}

// namedWhole returns the plural head of the whole a count with no noun of
// its own is a part of, written with no figure: "three (more) of the
// nation's top steelmakers", "two of its biggest customers".
func (sc *scanner) namedWhole(q Quantity) (Span, bool) {
	_, hi := sc.bounds(q.Start)
	after := sc.nextN(sc.nb[:0], q.End, hi, 7)
	k := 0
	if w := word(after, k); w == "more" || w == "other" {
		k++
	}
	if word(after, k) != "of" {
		return Span{}, false
	}
	k++
	if w := word(after, k); !isDet(w) && possessive(w) == len(w) {
		return Span{}, false // "three of them", "two of 12": no noun phrase
	}
	for ; k < len(after); k++ {
		t := after[k]
		if !t.isWord() || isDigit(t.w[0]) {
			return Span{}, false
		}
		if sc.tagIs(t.start, text.NNS) {
			return Span{Start: t.start, End: t.end}, true
		}
	}
	return Span{}, false
}

// partitiveOf returns the index of the figure whose whole qs[i] is ("83"
// in "83 of the 150 seats"), or -1: a count of qs[a:i] right before "of
// the" and qs[i].
func (sc *scanner) partitiveOf(qs []Quantity, a, i int) int {
	if i == a || qs[i-1].Kind != qs[i].Kind || qs[i-1].Unit != qs[i].Unit {
		return -1
	}
	gap := strings.ToLower(sc.s[qs[i-1].End:qs[i].Start])
	if !partitiveGap(gap) {
		return -1
	}
	return i - 1
}

// summedSet reports a count whose noun a word of sum follows ("the two
// rounds together", "the three plants combined"): the number of things a
// total adds up, none of its parts.
func (sc *scanner) summedSet(p Quantity) bool {
	if p.NounSpan.End == 0 {
		return false
	}
	_, hi := sc.bounds(p.Start)
	n, ok := sc.next(p.NounSpan.End, hi)
	return ok && lexicon.Default().Is(lexicon.SumWords, n.lower())
}

// countedBetween reports a count between total qs[i] and the mark that
// opens its list (byte open) that the parts add up to exactly: the list is
// that count's, whatever the total.
func countedBetween(qs []Quantity, i, open int, parts []int) bool {
	sum := 0.0
	for _, p := range parts {
		sum += qs[p].Value
	}
	if sum == qs[i].Value {
		return false
	}
	for k := i + 1; k < len(qs) && qs[k].End <= open; k++ {
		if qs[k].Kind == Count && qs[k].Value == sum {
			return true
		}
	}
	return false
}

// originHead returns the index of a count whose noun a phrase of origin
// follows, qs[i] counting places ("74 films" in "74 films from 21
// countries"), or -1.
func (sc *scanner) originHead(qs []Quantity, a, i int) int {
	if i == a {
		return -1
	}
	h := qs[i-1]
	if h.Kind != Count || h.NounSpan.End == 0 || h.NounSpan.End > qs[i].Start {
		return -1
	}
	if strings.ToLower(sc.s[h.NounSpan.End:qs[i].Start]) != " from " || lexicon.Default().ContainerClass(qs[i].Noun) != "location" {
		return -1 // "7 points from 9 games: six wins, ...": the games are divided
	}
	return i - 1
}

// partitiveGap reports the words between a part and its whole: "of", "out
// of", perhaps with the whole's determiner or owner ("38 of the transport
// company's 312 vehicles", "nine of its 14 plants").
func partitiveGap(gap string) bool {
	rest, ok := strings.CutPrefix(gap, " out of ")
	if !ok {
		if rest, ok = strings.CutPrefix(gap, " of "); !ok {
			return false
		}
	}
	ws := strings.Fields(rest)
	if len(ws) == 0 {
		return true
	}
	if len(ws) > 4 || strings.ContainsAny(rest, "0123456789,;:") {
		return false
	}
	last := ws[len(ws)-1]
	return isDet(last) || possessive(last) < len(last)
}

// listAfter collects the quantities of t's unit after pos in qs[i+1:b]
// that stand in one list (joined by commas, "and", semicolons). When the
// list is split by semicolons, each part is the first figure of its
// stretch, and the figures after it describe that part ("380 were short
// sleepers, averaging less than six hours; 610 ..."). A figure of another
// measure ("six hours" among people) or the start of a range ("between six
// and eight") is no part.
func (sc *scanner) listAfter(qs []Quantity, i, b, pos int, t *Quantity) []int {
	var parts []int
	last := pos
	_, hi := sc.bounds(pos)
	semi := strings.IndexByte(sc.s[pos:hi], ';') >= 0
	for j := i + 1; j < b; j++ {
		p := qs[j]
		if p.Start < pos {
			continue
		}
		if len(parts) > 0 && (semi && strings.IndexByte(sc.s[last:p.Start], ';') < 0 && !sc.joinedSubject(p, hi) || sc.ownMeasure(p, t) || sc.inPartClause(qs[parts[0]], p, t)) {
			continue
		}
		if len(parts) == 0 && measureNouns[p.Noun] && p.Noun != t.Noun {
			break // "three rivals -- ... for the past 18 months": a span opens no list of rivals
		}
		if p.Kind != Count || p.Unit != t.Unit || p.Approx == Vague || p.Changed {
			break
		}
		if len(parts) > 0 && sc.originOf(p, t) {
			break // "86 films: 52 features and 34 shorts, from 27 countries": where the parts come from
		}
		if len(parts) > 0 && sc.afterIncluding(p.Start) {
			continue // "five died in Valdemar, including the two fishermen, and the other four ...": inside the part before
		}
		if len(parts) > 0 && sc.participialClause(p.Start) && !sc.afterGerund(qs[parts[0]]) {
			break // "Of their 38 matches, they won 31, drew five and lost three, scoring 88 goals": a clause of its own
		}
		if len(parts) > 0 && (!sc.listGap(last, p.Start) || nestedBetween(sc, last, p.Start, hi)) {
			break // "80 are men, of whom 50 ...": a part of a part
		}
		if len(parts) > 0 && p.Definite && p.Noun != t.Noun && lexicon.Default().ContainerClass(p.Noun) == "location" {
			// "nine in Tarrún, five in Coyamel and three in San Ignacio,
			// the three provinces ...": a definite count of places names
			// where the parts were, no part.
			break
		}
		if len(parts) > 0 && sc.reportBetween(last, p.Start, hi) {
			// "... and independents the remaining 20, the commission said
			// after counting ballots from all 2,916 polling stations": a
			// clause of saying ends the list its figures stood in.
			break
		}
		if len(parts) > 0 && sc.relativeBetween(last, p.Start, hi) {
			// "32 in the dining room and 16 at the counter, where
			// regulars watch her work three woks": the relative clause's
			// figure.
			break
		}
		if len(parts) > 0 && collectiveNouns[t.Noun] && sc.addOn(p, hi) {
			break // "two delegations: 14 to Geneva and 9 to Vienna, where 2 of them ..."
		}
		if len(parts) == 0 && strings.ContainsAny(sc.s[pos:p.Start], ",;") {
			break
		}
		if rest := sc.s[max(p.End, p.NounSpan.End):min(len(sc.s), max(p.End, p.NounSpan.End)+10)]; strings.HasPrefix(rest, " each") || strings.HasPrefix(rest, " for each") ||
			strings.HasPrefix(rest, " apiece") {
			// "one each from Canada and Nigeria", "35 kilograms for each of
			// the two": a part per name, not one part.
			return nil
		}
		if sc.difference(p) {
			break // "finishing second on 49 points, two behind the champions"
		}
		if end, ok := sc.ofThem(p); ok && len(parts) > 0 {
			// "29 have been discharged and eight remain, two of them in
			// intensive care": a part of a part; the list goes on after it
			// ("1,450 in Porto, 900 of them engineers, and 1,100 in Toronto").
			last = end
			continue
		}
		if j+1 < len(qs) && partitiveOf(sc.s[p.End:qs[j+1].Start]) {
			break // "81 reached the finish; 59 of the 68 women did": a part of another whole
		}
		parts = append(parts, j)
		last = p.End
	}
	return parts
}

// originOf reports a count of places or groups after "from", "in" or
// "across" (lexicon container classes) that is not what total t counts:
// where the things of a list come from, no part of them.
func (sc *scanner) originOf(p Quantity, t *Quantity) bool {
	if p.Noun == "" || p.Noun == t.Noun || lexicon.Default().ContainerClass(p.Noun) == "" || lexicon.Default().ContainerClass(t.Noun) != "" {
		return false
	}
	lo, _ := sc.bounds(p.Start)
	b, ok := sc.prev(p.Start, lo)
	return ok && (b.lower() == "from" || b.lower() == "in" || b.lower() == "across")
}

// ofThem reports a figure followed by "of them", "of whom" or "of those"
// (a part of what was just counted), and where that phrase ends.
func (sc *scanner) ofThem(p Quantity) (end int, ok bool) {
	_, hi := sc.bounds(p.Start)
	after := sc.nextN(sc.nb[:0], max(p.End, p.NounSpan.End), hi, 2)
	if word(after, 0) != "of" || !nested[word(after, 1)] {
		return 0, false
	}
	return after[1].end, true
}

// relativeBetween reports a relative clause that a comma and a wh-word
// open between byte offsets from and to (", where", ", which", ", who"):
// a figure after it is the clause's.
func (sc *scanner) relativeBetween(from, to, hi int) bool {
	comma := false
	for pos := from; pos < to; {
		t, ok := sc.next(pos, hi)
		if !ok || t.start >= to {
			return false
		}
		if comma && (sc.tagIs(t.start, text.WDT) || sc.tagIs(t.start, text.WP) || sc.tagIs(t.start, text.WPS) || sc.tagIs(t.start, text.WRB)) {
			return !sc.closedBefore(t.end, to, hi)
		}
		comma, pos = t.w == ",", t.end
	}
	return false
}

// reportBetween reports a verb of saying after a comma in the text from
// from to to: a reporting clause set after what was said.
func (sc *scanner) reportBetween(from, to, hi int) bool {
	comma := false
	lx := lexicon.Default()
	for pos := from; pos < to; {
		t, ok := sc.next(pos, hi)
		if !ok || t.start >= to {
			return false
		}
		if comma && t.isWord() && (sc.tagIs(t.start, text.VBD) || sc.tagIs(t.start, text.VBZ)) && lx.Is(lexicon.SayingVerbs, lx.Lemma(t.lower(), lexicon.Verb)) {
			return true
		}
		if t.w == "," {
			comma = true
		}
		pos = t.end
	}
	return false
}

// closedBefore reports whether a relative clause opened before byte from
// is closed by a comma before to, after which its main clause goes on with
// a finite verb: "and Zieliński, who had campaigned on parking fees,
// finished with 3,170".
func (sc *scanner) closedBefore(from, to, hi int) bool {
	closed := false
	for pos := from; pos < to; {
		t, ok := sc.next(pos, hi)
		if !ok || t.start >= to {
			return false
		}
		if closed && (sc.finiteAt(t.start) || sc.tagIs(t.start, text.VBN)) {
			return true // a past form after the clause is the main verb, however a tagger read it
		}
		closed, pos = closed || t.w == ",", t.end
	}
	return false
}

// partitiveOf reports the words between a figure and the next one that
// make the first a part of the second: " of the ", " of ".
func partitiveOf(between string) bool {
	return between == " of the " || between == " of "
}

// joinedSubject reports a figure after "and" or a comma that is the
// subject of a clause of its own, its verb right after it: "138 are
// smallholders and 51 run processing yards; the remaining 30 ...". Such a
// figure is a part even in a list split by semicolons.
func (sc *scanner) joinedSubject(p Quantity, hi int) bool {
	lo, _ := sc.bounds(p.Start)
	w, ok := sc.prev(p.Start, lo)
	if !ok || w.lower() != "and" && w.w != "," {
		return false
	}
	v, ok := sc.next(p.End, hi)
	return ok && sc.finiteAt(v.start)
}

// ownMeasure reports whether p, in a list of the parts of t, measures
// something else than t counts: a span of time, a length ("averaging six
// hours" after a number of people), things bought with a sum ("$35
// million to four electric cranes"), or the first end of a range
// ("between six and eight hours").
func (sc *scanner) ownMeasure(p Quantity, t *Quantity) bool {
	if measureNouns[p.Noun] && p.Noun != t.Noun {
		return true
	}
	if p.Kind == Count && IsCurrency(p.Unit) != IsCurrency(t.Unit) {
		return true
	}
	lo, _ := sc.bounds(p.Start)
	if w, ok := sc.prev(p.Start, lo); ok && w.lower() == "between" {
		return true
	}
	return false
}

// otherThings reports a part that counts events and a total that counts
// no event ("six wins and five draws for a total of 8.5 points"): the
// part counts what scored the total, not part of it.
func otherThings(p, t Quantity) bool {
	lx := lexicon.Default()
	return p.Noun != "" && t.Noun != "" && p.Class != t.Class && lx.EventClass(p.Noun) != "" && lx.EventClass(t.Noun) == ""
}

// agedRange reports a figure of an age after "aged", or the other end of
// a range opened there ("aged nine months to five years", "aged between
// five and 14"): it tells what the things counted are, and totals
// nothing.
func (sc *scanner) agedRange(qs []Quantity, i int) bool {
	lo, _ := sc.bounds(qs[i].Start)
	var buf [3]tok
	b := sc.prevN(buf[:0], qs[i].Start, lo, 2)
	if word(b, 0) == "aged" || word(b, 0) == "between" && word(b, 1) == "aged" {
		return true
	}
	return i > 0 && (word(b, 0) == "to" || word(b, 0) == "and") && qs[i-1].Sentence == qs[i].Sentence && sc.agedRange(qs, i-1) &&
		len(sc.s[qs[i-1].End:qs[i].Start]) < 24
}

// inPartClause reports a figure that counts another noun than the total,
// after a preposition, among parts given without a noun, or a bare figure
// a preposition or "aged" governs there: it stands in a part's clause
// ("1,310 are living in 14 school buildings and 380 are staying with
// relatives", "174 were children under five"), no part itself.
func (sc *scanner) inPartClause(first, p Quantity, t *Quantity) bool {
	if first.Noun != "" || p.Class == t.Class && p.Noun != "" {
		return false
	}
	lo, _ := sc.bounds(p.Start)
	w, ok := sc.prev(p.Start, lo)
	if !ok {
		return false
	}
	if p.Noun == "" {
		// "174 were children under five, 96 were aged five to 14": a
		// bare figure after "aged", or after a preposition that a noun or
		// a number governs, is an age or a bound in a part's clause; not
		// one a verb governs ("Zieliński finished with 3,170").
		if w.lower() == "aged" {
			return true
		}
		if w.lower() == "and" {
			// "aged between five and 14": the range's other end
			var buf [3]tok
			for _, b := range sc.prevN(buf[:0], w.start, lo, 3) {
				if b.lower() == "between" {
					return true
				}
			}
			return false
		}
		if !lexicon.Default().Is(lexicon.Prepositions, w.lower()) || w.lower() == "of" {
			return false
		}
		g, ok := sc.prev(w.start, lo)
		return ok && (sc.tagIs(g.start, text.NN) || sc.tagIs(g.start, text.NNS) || sc.tagIs(g.start, text.CD) || g.lower() == "aged")
	}
	return lexicon.Default().Is(lexicon.Prepositions, w.lower())
}

// addOnWords just before a figure add it to a list of groups, or say
// something of a group already listed: "plus 3 coaches", "with 5
// supervisors on call", "where 2 of them will stay".
var addOnWords = map[string]bool{
	"plus": true, "with": true, "where": true, "including": true, "besides": true,
	"while": true, "whereas": true, "whom": true, "which": true,
}

// addOn reports whether p, after the first figure of a list of groups, is
// no group of its own but something added to them or a part of one: a
// figure after "plus", "with", "where" or "including" ("12 players from
// Leeds and 14 from York, plus 3 coaches"), or followed by "of them" ("2 of
// them will stay").
func (sc *scanner) addOn(p Quantity, hi int) bool {
	lo, _ := sc.bounds(p.Start)
	before := sc.prevN(sc.pb[:0], p.Start, lo, 2)
	for k := range before {
		if addOnWords[word(before, k)] {
			return true
		}
		if !before[k].isWord() {
			break
		}
	}
	after := sc.nextN(sc.nb[:0], max(p.End, p.NounSpan.End), hi, 2)
	return word(after, 0) == "of" && nested[word(after, 1)]
}

// IsCurrency reports whether unit is a currency code ("USD"): a figure of
// money.
func IsCurrency(unit string) bool {
	return len(unit) == 3 && unit[0] >= 'A' && unit[0] <= 'Z' && unit[2] >= 'A' && unit[2] <= 'Z'
}

// measureNouns are units of time and measure written as nouns ("six
// hours"): a figure of them measures a part, it is not one.
var measureNouns = map[string]bool{
	"second": true, "minute": true, "hour": true, "day": true, "night": true, "week": true,
	"month": true, "year": true, "decade": true, "century": true, "percent": true,
	"point": true, "kilometre": true, "kilometer": true, "mile": true, "metre": true,
	"meter": true, "foot": true, "inch": true, "kilogram": true, "pound": true, "degree": true,
	"hectare": true, "acre": true, "litre": true, "liter": true, "tonne": true, "ton": true,
}

// countsParts reports whether total t counts its parts rather than
// summing them, read the way the figures fit best: a count of groups
// ("three groups: 380 ..., 610 ...", but "Of the 3,450 displaced
// families, 1,920 have returned home, 1,310 ... and 380 ..." sums the
// families), of places, or of things whose
// parts count another noun: "three towns: 2,900 in Port Sellin, 2,100 in
// Olmo and 1,280 in Brida" counts the towns, and "four faculties: Science
// counted 6,210 students, ..." the faculties, but "126 evacuation centres:
// 81 in Davao and 45 in Agusan" sums the centres, and "312 operations: 140
// valve repairs, 98 bypasses and 64 other procedures" the operations. A
// sum of money or a measure ("1.84 million euros", "4,200 tonnes") never
// counts its parts.
func countsParts(qs []Quantity, t *Quantity, parts []int) bool {
	if t.Unit != "" {
		return false // a sum of money or a measure adds its parts up
	}
	collective := collectiveNouns[t.Noun]
	if t.Noun != "" && !measureNouns[t.Noun] && eachAbove(qs, parts, t.Value) {
		// "split between three faculties: 1,100 in engineering, 800 in
		// medicine and 500 in teacher training": a figure for each of
		// the three, not three split. A count smaller than every figure
		// after it cannot be their sum, whether or not it matches their
		// number ("divided into four sectors: 310 ..., 245 ... and 190").
		return true
	}
	if !collective && lexicon.Default().ContainerClass(t.Noun) != "location" && !measuresOther(qs[parts[0]], t) {
		return false
	}
	sum := 0.0
	for _, p := range parts {
		sum += qs[p].Value
	}
	return math.Abs(t.Value-float64(len(parts))) < math.Abs(t.Value-sum)
}

// eachAbove reports whether every part is a larger figure than v.
func eachAbove(qs []Quantity, parts []int, v float64) bool {
	for _, p := range parts {
		if qs[p].Value <= v {
			return false
		}
	}
	return true
}

// measuresOther reports a first part that counts another noun than the
// total, when neither is a sum of money or a measure ("6,210 students"
// after "four faculties"). Kinds of people are one measure ("40 people: 12
// men and 28 women").
func measuresOther(p Quantity, t *Quantity) bool {
	if p.Unit != "" || t.Unit != "" || p.Class == "" || t.Class == "" || p.Class == t.Class || p.Noun == t.Noun {
		return false
	}
	return !(CountsPeople(p.Noun) && CountsPeople(t.Noun))
}

// partsIn reports parts that each stand in one of what the total counts:
// "112 skiers started the two races: 47 in the junior race and 65 in the
// senior" counts the races by their parts; the noun comes back among them.
func (sc *scanner) partsIn(qs []Quantity, t *Quantity, parts []int) bool {
	if t.Noun == "" || t.Unit != "" || len(parts) == 0 {
		return false
	}
	from, to := qs[parts[0]].End, qs[parts[len(parts)-1]].Start
	for at := from; at < to; {
		// Only between the parts: a search of the whole text for each
		// total would make the check quadratic.
		k := strings.Index(sc.low[at:to], t.Noun)
		if k < 0 {
			return false
		}
		i, end := at+k, at+k+len(t.Noun)
		if !wordRune(lastRune(sc.s[:i])) && (end >= len(sc.s) || !wordRune(firstRune(sc.s[end:]))) {
			return true
		}
		at = end
	}
	return false
}

// collectiveNouns count groups of things: "three groups: 380 ..., 610 ...
// and 210 ..." counts the figures that follow, it is not their sum.
var collectiveNouns = map[string]bool{
	"group": true, "category": true, "class": true, "team": true, "tier": true, "band": true,
	"bracket": true, "cohort": true, "arm": true, "type": true, "kind": true, "section": true,
	"division": true, "camp": true, "faction": true, "bloc": true, "segment": true,
	"wave": true, "batch": true, "shift": true, "cluster": true, "squad": true, "crew": true,
	"unit": true, "household": true, "family": true, "party": true, "delegation": true,
	"generation": true, "way": true, "sample": true, "subgroup": true, "quartile": true, "quintile": true,
}

// listGap reports whether s[from:to] separates two items of one list: a
// comma, "and" or a semicolon, and no sentence punctuation or dash.
func (sc *scanner) listGap(from, to int) bool {
	if from >= to || to-from > 400 {
		return false // far too long for one item's words, whatever asides they hold
	}
	g := withoutRelativeAsides(sc.s[from:to])
	if len(g) > 80 {
		return false
	}
	if strings.ContainsAny(g, ":—–()") || !abbreviationDots(g) || strings.Contains(g, ".") && sc.sentence(from) != sc.sentence(to) {
		return false
	}
	return strings.Contains(g, ",") || strings.Contains(g, " and ") || strings.Contains(g, ";")
}

// spanNoun reports a figure that counts stretches of time ("two
// weeks", "three months"): a unit rates are given per (rateUnits) as its
// noun.
func spanNoun(q Quantity) bool {
	return q.Unit == "" && rateUnits[q.Noun]
}

// included gives total qs[i] the parts that ", including" opens right
// after it ("holds 204,200 shares, including 254,200 bought since Sept.
// 14"): some of the total, never more, however few. comma is the comma
// after the total. It reports whether it found any.
func (sc *scanner) included(qs []Quantity, i, b int, comma tok, hi int) bool {
	n, ok := sc.next(comma.end, hi)
	if !ok || n.lower() != "including" || spanNoun(qs[i]) {
		// (Not "64 operations in its first two weeks, including 19
		// repairs": a span of time includes no operations.)
		return false
	}
	parts := sc.listAfter(qs, i, b, n.end, &qs[i])
	if len(parts) == 0 || qs[parts[0]].Start != sc.nextStart(n.end) {
		return false
	}
	for _, p := range parts {
		if q := qs[p]; q.Unit == "" && q.Class != "" && qs[i].Class != "" && q.Class != qs[i].Class {
			return false // "four clubs, including six seasons in Egypt": other things counted
		}
	}
	for k := 1; k < len(parts); k++ {
		if sc.verbBetween(qs[parts[k-1]].End, qs[parts[k]].Start) {
			parts = parts[:k] // "killed 258 people, including 12 Americans, and injured 5,500": a clause of its own
			break
		}
	}
	qs[i].Parts, qs[i].PartsAll = parts, false
	return true
}

// verbBetween reports a word the shared reading tags as a verb between
// bytes from and to; false without a reading.
func (sc *scanner) verbBetween(from, to int) bool {
	if sc.r == nil {
		return false
	}
	toks := sc.r.Tokens
	for k := sc.r.TokenAt(from); k < len(toks) && toks[k].Start < to; k++ {
		if toks[k].Start >= from && toks[k].Tag.IsVerb() {
			return true
		}
	}
	return false
}

// relativeAsides open a relative clause set off by a comma.
var relativeAsides = []string{", which", ", who", ", where", ", whose"}

// withoutRelativeAsides returns g without the relative clauses set off by
// commas in it (", who had campaigned on parking fees,"): an item's aside
// does not part it from the item before.
func withoutRelativeAsides(g string) string {
	for _, w := range relativeAsides {
		w += " "
		for {
			i := strings.Index(g, w)
			if i < 0 {
				break
			}
			j := strings.IndexByte(g[i+len(w):], ',')
			if j < 0 {
				break
			}
			g = g[:i] + g[i+len(w)+j:]
		}
	}
	return g
}

// yearOrSeason reports a year or a season written as two years ("2024",
// "2023-24", "2023/24"): a date in the total's phrase, no other figure.
func yearOrSeason(w string) bool {
	if len(w) > 4 && (w[4] == '-' || w[4] == '/') {
		rest := w[5:]
		if len(rest) != 2 && len(rest) != 4 {
			return false
		}
		for i := 0; i < len(rest); i++ {
			if rest[i] < '0' || rest[i] > '9' {
				return false
			}
		}
		w = w[:4]
	}
	return isYearWord(w)
}

// closesAside reports whether a figure at byte at stands inside an aside
// set off by dashes or brackets that closes between from and to: "5,605
// staff — 3,420 from St. Aidan's and 2,185 from Penrose — and runs 1,006
// beds": the closing dash opens no list of the figure's parts.
func (sc *scanner) closesAside(at, from, to int) bool {
	lo, _ := sc.bounds(at)
	before, gap := sc.s[lo:at], sc.s[from:to]
	dashes := strings.Count(before, "—") + strings.Count(before, "–")
	if dashes%2 == 1 && strings.ContainsAny(gap, "—–") {
		return true
	}
	return strings.Count(before, "(") > strings.Count(before, ")") && strings.Contains(gap, ")")
}

// abbreviationDots reports whether every full stop in g closes a short
// capitalised abbreviation before a name ("St. Agnes College", "Mt.
// Elgon", "Dr. Mensah's clinic") or is a decimal point ("2.1 billion");
// not "4 a.m. and".
func abbreviationDots(g string) bool {
	for i := strings.IndexByte(g, '.'); i >= 0; i = strings.IndexByte(g, '.') {
		if i > 0 && i+1 < len(g) && isDigit(g[i-1]) && isDigit(g[i+1]) {
			g = g[i+1:] // a decimal point: "the 2.1 billion peso budget"
			continue
		}
		j := i
		for j > 0 && isASCIILetter(g[j-1]) {
			j--
		}
		if w := g[j:i]; w == "" || len(w) > 4 || w[0] < 'A' || w[0] > 'Z' ||
			i+2 >= len(g) || g[i+1] != ' ' || g[i+2] < 'A' || g[i+2] > 'Z' {
			return false
		}
		g = g[i+1:]
	}
	return true
}

// isASCIILetter reports an ASCII letter.
func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// openList reports whether s[from:to] says the list is not complete. An
// "other" before the list's last figure stands inside an item ("30
// billion won for scanners and other diagnostic equipment, and 19 billion
// won ...") or names one that has its figure ("and other parties took
// 50"): no item left out.
func (sc *scanner) openList(from, to int) bool {
	_, hi := sc.bounds(from)
	if to > hi {
		to = hi
	}
	for pos := from; pos < to+40 && pos < hi; {
		t, ok := sc.next(pos, hi)
		if !ok {
			break
		}
		if w := t.lower(); openWords[w] && !sc.figured(t, hi) && !((w == "other" || w == "others") && t.end <= to) {
			return true
		}
		if t.w == "." || t.w == ";" {
			break
		}
		pos = t.end
	}
	return false
}

// itemAfter reports one more item of a list after its last figure, one
// written without a figure ("six wins, two draws and a single loss"): the
// figures are not all of the parts.
func (sc *scanner) itemAfter(pos, hi int) bool {
	// Past the last figure's own words ("for schools") to the next
	// comma or "and".
	var t tok
	ok := false
	for k := 0; k < 8; k++ {
		if t, ok = sc.next(pos, hi); !ok || t.w == "," || t.lower() == "and" || !t.isWord() {
			break
		}
		pos = t.end
	}
	if !ok || t.w != "," && t.lower() != "and" {
		return false
	}
	n, ok := sc.next(t.end, hi)
	if ok && n.lower() == "and" {
		n, ok = sc.next(n.end, hi)
	}
	return ok && n.isWord() && !isNumberTok(n)
}

// figured reports whether the word t that leaves a list open ("other",
// "remaining", "the rest") has a figure of its own beside it: "64 other
// procedures", "the remaining 12", "the rest, 16%" give the remainder as a
// part, and the list is whole.
func (sc *scanner) figured(t tok, hi int) bool {
	lo, _ := sc.bounds(t.start)
	if p, ok := sc.prev(t.start, lo); ok && isNumberTok(p) {
		return true
	}
	pos := t.end
	for k := 0; k < 2; k++ {
		n, ok := sc.next(pos, hi)
		if !ok {
			return false
		}
		if isNumberTok(n) {
			return true
		}
		if n.w != "," {
			return false
		}
		pos = n.end
	}
	return false
}

// isNumberTok reports a token written in digits or as a number word.
func isNumberTok(t tok) bool {
	if t.w == "" {
		return false
	}
	if c := t.w[0]; c >= '0' && c <= '9' || c == '$' {
		return true
	}
	_, ok := wordVals[t.lower()]
	return ok
}

// difference reports a figure that measures a gap, not a part: "two
// behind", "three points clear", "five short of".
func (sc *scanner) difference(p Quantity) bool {
	_, hi := sc.bounds(p.Start)
	after := sc.nextN(sc.nb[:0], p.End, hi, 3)
	for k := 0; k < 2; k++ { // right after the figure, or after its noun: "three points clear"
		switch word(after, k) {
		case "behind", "ahead", "clear":
			return true // "two behind"
		case "short":
			return word(after, k+1) == "of" // "five short of", not "were short sleepers"
		}
		if k == 0 && !(p.NounSpan.End > p.End) {
			break
		}
	}
	return false
}

// participialClause reports a figure right after a present participle
// that a comma sets off (", scoring 88 goals"): the object of a clause of
// its own, no part of a list before it.
func (sc *scanner) participialClause(off int) bool {
	lo, _ := sc.bounds(off)
	var buf [2]tok
	before := sc.prevN(buf[:0], off, lo, len(buf))
	return len(before) == 2 && sc.tagIs(before[0].start, text.VBG) && before[1].w == ","
}
