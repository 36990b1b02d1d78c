package quantities

import (
	"math"
	"strconv"
	"strings"
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
		sc.shares(qs, a, b)
		for i := a; i < b; i++ {
			sc.items(&qs[i])
		}
		a = b
	}
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

// openWords in a list of parts say it does not claim to be complete.
var openWords = map[string]bool{
	"rest": true, "remaining": true, "others": true, "other": true, "remainder": true,
	"independents": false, "including": true, "among": true, "about": true, "some": true,
}

// sums finds a total followed by its parts after a colon or a dash ("30
// seats: 12 for X, 10 for Y and 9 for Z"), or parts followed by "a total
// of" ("12, 10 and 9, a total of 30").
func (sc *scanner) sums(qs []Quantity, a, b int) {
	for i := a; i < b; i++ {
		t := &qs[i]
		if t.Kind != Count || t.Class == "" || t.Approx == Vague || t.Unit == "fraction" {
			continue
		}
		_, hi := sc.bounds(t.Start)
		end := t.End
		if t.NounSpan.End > end {
			end = t.NounSpan.End
		}
		// The colon or dash may come a few words on: "a $50 million plan
		// to repair storm damage: $20 million for roads, ...".
		var n tok
		found := false
		for k, pos := 0, end; k < 8; k++ {
			t, ok := sc.next(pos, hi)
			if !ok || t.isWord() && t.w[0] >= '0' && t.w[0] <= '9' {
				break
			}
			if t.w == ":" || t.w == "—" || t.w == "–" || t.w == "-" && t.start > 0 && sc.s[t.start-1] == ' ' {
				n, found = t, true
				break
			}
			if !t.isWord() {
				break
			}
			pos = t.end
		}
		if !found {
			continue
		}
		parts := sc.listAfter(qs, i, b, n.end, t.Unit)
		if len(parts) >= 2 {
			t.Parts, t.PartsAll = parts, !sc.openList(n.end, qs[parts[len(parts)-1]].End)
			for _, p := range parts {
				if qs[p].Class == "" {
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
			if p.Kind != Count || p.Unit != t.Unit || p.Approx == Vague || len(p.Parts) > 0 {
				break
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

// listAfter collects the quantities of unit after pos in qs[i+1:b] that
// stand in one list (joined by commas, "and", semicolons).
func (sc *scanner) listAfter(qs []Quantity, i, b, pos int, unit string) []int {
	var parts []int
	last := pos
	for j := i + 1; j < b; j++ {
		p := qs[j]
		if p.Start < pos {
			continue
		}
		if p.Kind != Count || p.Unit != unit || p.Approx == Vague || p.Changed {
			break
		}
		if len(parts) > 0 && !sc.listGap(last, p.Start) {
			break
		}
		if len(parts) == 0 && strings.ContainsAny(sc.s[pos:p.Start], ",;") {
			break
		}
		parts = append(parts, j)
		last = p.End
	}
	return parts
}

// listGap reports whether s[from:to] separates two items of one list: a
// comma, "and" or a semicolon, and no sentence punctuation or dash.
func (sc *scanner) listGap(from, to int) bool {
	if from >= to || to-from > 80 {
		return false
	}
	g := sc.s[from:to]
	if strings.ContainsAny(g, ".:—–()") {
		return false
	}
	return strings.Contains(g, ",") || strings.Contains(g, " and ") || strings.Contains(g, ";")
}

// openList reports whether s[from:to] says the list is not complete.
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
		if openWords[t.lower()] {
			return true
		}
		if t.w == "." || t.w == ";" {
			break
		}
		pos = t.end
	}
	return false
}

// shareCues before or after a percentage make it a share of a whole.
var shareBefore = map[string]bool{
	"won": true, "took": true, "received": true, "got": true, "garnered": true, "captured": true,
	"secured": true, "polled": true, "with": true, "gets": true, "wins": true, "takes": true,
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
}

// nested words start a share of a part, not of the whole ("of whom").
var nested = map[string]bool{"whom": true, "them": true, "those": true, "which": true}

// shares finds percentages of one whole in sentence qs[a:b].
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
	for _, w := range []string{"up from", "down from", "compared with", "compared to", " than ", "previous", "a year earlier", "last time", "in the last", "poll", "survey"} {
		if strings.Contains(sent, w) {
			return
		}
	}
	var list []int
	cued, all, whole := false, false, ""
	flush := func() {
		if cued && len(list) >= 2 {
			q := &qs[list[0]]
			q.Shares, q.SharesAll = list, all
		}
		list, cued, all, whole = nil, false, false, ""
	}
	for i := a; i < b; i++ {
		q := qs[i]
		if q.Kind != Percent || q.Unit != "%" {
			continue
		}
		before := sc.prevN(sc.pb[:0], q.Start, lo, 3)
		after := sc.nextN(sc.nb[:0], q.End, hi, 3)
		if len(list) > 0 && (nestedBetween(sc, qs[list[len(list)-1]].End, q.Start, hi) || !sc.listGap(qs[list[len(list)-1]].End, q.Start)) {
			flush()
		}
		if q.Changed || q.Approx == Vague || rateWord(before, after) {
			flush()
			continue
		}
		// "40% of its exports … 90% of its oil": shares of two wholes.
		if w := ofWhole(after); w != "" {
			if whole != "" && w != whole {
				flush()
			}
			whole = w
		}
		if shareBefore[word(before, 0)] || shareAfter[word(after, 0)] {
			cued = true
		}
		if w := word(before, 0); w == "remaining" || w == "rest" || w == "other" {
			all = true
		}
		list = append(list, i)
	}
	flush()
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

// rateWord reports a rate word in the words around a percentage.
func rateWord(before, after []tok) bool {
	for k := 0; k < 3; k++ {
		if notShare[singular(word(before, k))] || notShare[singular(word(after, k))] {
			return true
		}
	}
	return false
}

// interval is the range of values a written figure allows.
func interval(q Quantity) (lo, hi float64) {
	v := q.Value
	hw := 0.0
	if v >= 100 || strings.Contains(q.Text, ".") {
		hw = 0.025 * math.Abs(v)
	}
	if i := strings.IndexByte(q.Text, '.'); i >= 0 {
		digits := 0
		for _, c := range q.Text[i+1:] {
			if c < '0' || c > '9' {
				break
			}
			digits++
		}
		hw = math.Max(hw, scale(q)*math.Pow(10, -float64(digits))/2)
	}
	switch q.Approx {
	case About:
		hw = math.Max(hw, math.Max(0.15*v, 1))
	case AtLeast:
		return v, math.Inf(1)
	case AtMost:
		return 0, v
	case Nearly:
		return 0.85 * v, v
	case Vague:
		return v, v * 10
	}
	return v - hw, v + hw
}

// scale is the multiplier written after the digits of q ("billion": 1e9).
func scale(q Quantity) float64 {
	j := strings.IndexFunc(q.Text, func(r rune) bool { return r >= '0' && r <= '9' })
	if j < 0 {
		return 1
	}
	k := j
	for k < len(q.Text) && (q.Text[k] >= '0' && q.Text[k] <= '9' || q.Text[k] == '.' || q.Text[k] == ',') {
		k++
	}
	w, err := strconv.ParseFloat(strings.ReplaceAll(q.Text[j:k], ",", ""), 64)
	if err != nil || w == 0 {
		return 1
	}
	return q.Value / w
}
