package quantities

import (
	"strconv"
	"strings"

	"github.com/copydesk/copydesk/checker/lexicon"
)

// resultNouns are the nouns a finisher's result is measured in: a time,
// lower for a better place, or a score, higher for a better place.
var resultNouns = map[string]bool{"second": true, "minute": true, "hour": true, "point": true}

// placings gives each result figure the place its clause says its subject
// finished in ("won the women's 400 metres in 51.84 seconds": 1; "finished
// second in 51.62 seconds": 2; "took silver with 88.5 points": 2). The
// figure must follow "in" or "with" right after the cue's phrase, in the
// same clause, within eight words.
func (sc *scanner) placings(qs []Quantity) {
	for i := range qs {
		q := &qs[i]
		if q.Kind != Count || q.Unit != "" || !resultNouns[q.Noun] || q.Approx == Vague {
			continue
		}
		lo, _ := sc.bounds(q.Start)
		before := sc.prevN(sc.pb[:0], q.Start, lo, 9)
		if w := word(before, 0); w != "in" && w != "with" {
			continue
		}
		q.Place = placeCue(before[1:])
		if q.Place > 0 {
			sc.foldTime(qs, i)
		}
	}
	sc.ellipticalResults(qs)
}

// ellipticalResults gives a bare figure after a place cue ("finished
// second in 51.62") the measure of the placed result just before it, in
// its sentence or the two before, written with as many decimals ("won in
// 51.84 seconds"): the copy leaves the unit out once it is known.
func (sc *scanner) ellipticalResults(qs []Quantity) {
	for i := range qs {
		q := &qs[i]
		if q.Kind != Count || q.Unit != "" || q.Noun != "" || q.Place > 0 || q.Approx == Vague || Decimals(q.Text) == 0 {
			continue
		}
		lo, _ := sc.bounds(q.Start)
		before := sc.prevN(sc.pb[:0], q.Start, lo, 9)
		if w := word(before, 0); w != "in" && w != "with" {
			continue
		}
		place := placeCue(before[1:])
		if place == 0 {
			continue
		}
		for j := i - 1; j >= 0 && qs[j].Sentence >= q.Sentence-2; j-- {
			if p := qs[j]; p.Place > 0 && resultNouns[p.Noun] && Decimals(p.Text) == Decimals(q.Text) {
				q.Noun, q.Class, q.Place = p.Noun, p.Class, place
				break
			}
		}
	}
}

// Decimals returns how many digits follow the decimal point of a figure
// as written ("51.62" 2), 0 for a whole number.
func Decimals(text string) int {
	k := strings.IndexByte(text, '.')
	if k < 0 {
		return 0
	}
	n := 0
	for _, c := range text[k+1:] {
		if c < '0' || c > '9' {
			break
		}
		n++
	}
	return n
}

// secondsIn are the seconds in each unit of a finishing time.
var secondsIn = map[string]float64{"hour": 3600, "minute": 60, "second": 1}

// foldTime makes a placed time written in several units ("in 3 hours, 2
// minutes and 47 seconds", "in 28 minutes 41.30 seconds") one figure in
// seconds, so that two places compare however their times are written;
// the figures of its smaller units are no results of their own.
func (sc *scanner) foldTime(qs []Quantity, i int) {
	q := &qs[i]
	if q.Noun != "hour" && q.Noun != "minute" {
		return
	}
	total, end, last := q.Value*secondsIn[q.Noun], q.End, q.Noun
	folded := false
	for j := i + 1; j < len(qs) && qs[j].Sentence == q.Sentence; j++ {
		n := qs[j]
		if n.Kind != Count || n.Unit != "" || secondsIn[n.Noun] == 0 || secondsIn[n.Noun] >= secondsIn[last] || !timeJoin(sc.s[end:n.Start], last) {
			break
		}
		total += n.Value * secondsIn[n.Noun]
		end, last, folded = max(n.End, n.NounSpan.End), n.Noun, true
		qs[j].Approx = Vague // a part of the time before it
	}
	if folded {
		q.Value, q.Noun, q.Class = total, "second", "second"
		q.Text = sc.s[q.Start:end]
	}
}

// timeJoin reports the words between two parts of a time: the unit of
// the first ("minutes", perhaps with its comma) and nothing else but
// "and".
func timeJoin(g, unit string) bool {
	for _, w := range strings.Fields(strings.ToLower(g)) {
		w = strings.TrimRight(w, ",")
		if w != "and" && w != unit && w != unit+"s" && w != "" {
			return false
		}
	}
	return true
}

// placeCue returns the place the words before a result name, nearest
// first, up to a comma: "won" 1, "finished second" 2, "runner-up" 2,
// "took bronze" 3; 0 for none.
func placeCue(before []tok) int {
	lx := lexicon.Default()
	for k := 0; k < len(before); k++ {
		w := word(before, k)
		if w == "," || w == ";" || w == "." {
			return 0
		}
		switch w {
		case "won", "wins", "win", "winning", "gold":
			return 1
		case "runner-up", "silver":
			return 2
		case "bronze":
			return 3
		}
		if n, _, ok := lx.Number(lexicon.Ordinals, w); ok && n <= 10 && k+1 < len(before) {
			switch word(before, k+1) {
			case "finished", "came", "was", "placed", "ended", "crossed":
				return n // "finished second in 51.62 seconds"
			}
			if before[k+1].isCap() && before[k+1].isWord() {
				return n // "... second in 2:07:52 and Julien Favre third in 2:09:30": the verb gapped
			}
		}
	}
	return 0
}

// takingVerbs are the lemmas of verbs by which a part takes its share of
// a whole: "Salaries alone will take 41% of the budget".
var takingVerbs = map[string]bool{"take": true, "get": true, "receive": true, "consume": true, "absorb": true, "eat": true, "swallow": true}

// shareReferents names the part a share of a named whole belongs to, as
// the class two figures must share to restate each other: "Salaries alone
// will take 41% of the budget" and "the 46% of the budget going to
// salaries" are both salaries' share of the budget.
func (sc *scanner) shareReferents(qs []Quantity) {
	lx := lexicon.Default()
	for i := range qs {
		q := &qs[i]
		if q.Kind != Percent || q.Unit != "%" || q.Class != "" || q.Changed {
			continue
		}
		lo, hi := sc.bounds(q.Start)
		after := sc.nextN(sc.nb[:0], q.End, hi, 8)
		whole := ofWhole(after)
		if whole == "" {
			continue
		}
		part := ""
		// After the whole: "of the budget going to salaries", "for
		// salaries", "spent on salaries".
		for k := 2; k+1 < len(after); k++ {
			if w := word(after, k); (w == "to" && word(after, k-1) == "going" || w == "for" || w == "on" && word(after, k-1) == "spent") && after[k+1].isWord() {
				part = singular(word(after, k+1))
				break
			}
			if !after[k].isWord() {
				break
			}
		}
		if part == "" {
			// Before it: the subject of a verb of share or of taking.
			before := sc.prevN(sc.pb[:0], q.Start, lo, 5)
			v := word(before, 0)
			if l := lx.Lemma(v, lexicon.Verb); takingVerbs[l] || lx.Is(lexicon.ShareVerbs, l) {
				for k := 1; k < len(before); k++ {
					w := word(before, k)
					if lx.Is(lexicon.Auxiliaries, w) || w == "alone" || w == "together" || w == "now" {
						continue
					}
					if before[k].isWord() && (!before[k].isCap() || before[k].start == lo) && lx.Known(singular(w), lexicon.Noun) {
						part = singular(w)
					}
					break
				}
			}
		}
		if part != "" && part != whole {
			q.Class = part + "'s share of " + whole
		}
	}
}

// clockTimes returns the finishing times written on a clock's face right
// after "in" ("won in 1:45.62", "finished second in 2:08:31"): minutes and
// seconds with a fraction, or hours, minutes and seconds; each a count of
// seconds, so that placings compare it with times written in words. A
// time of day ("at 4:10 a.m.") is none.
func (sc *scanner) clockTimes() []Quantity {
	var qs []Quantity
	s := sc.s
	for i := strings.Index(s, "in "); i >= 0 && i+3 < len(s); {
		at := i + 3
		if i == 0 || !wordRune(rune(s[i-1])) {
			if v, end, ok := clockTime(s, at); ok && !clockAfter(s, end) {
				qs = append(qs, Quantity{Start: at, End: end, Value: v, Kind: Count, clock: true})
			}
		}
		k := strings.Index(s[at:], "in ")
		if k < 0 {
			break
		}
		i = at + k
	}
	return qs
}

// clockTime reads "m:ss.ff", "h:mm:ss" or "h:mm:ss.ff" at s[i:] and
// returns its seconds and end; "m:ss" alone, a time of day as often as
// not, is none.
func clockTime(s string, i int) (float64, int, bool) {
	var parts []float64
	j := i
	for {
		k := j
		for k < len(s) && s[k] >= '0' && s[k] <= '9' {
			k++
		}
		if k == j || k-j > 2 || len(parts) > 0 && k-j != 2 {
			return 0, 0, false
		}
		v, _ := strconv.Atoi(s[j:k])
		parts = append(parts, float64(v))
		j = k
		if j+1 < len(s) && s[j] == ':' && s[j+1] >= '0' && s[j+1] <= '9' && len(parts) < 3 {
			j++
			continue
		}
		break
	}
	frac := 0.0
	if j+1 < len(s) && s[j] == '.' && s[j+1] >= '0' && s[j+1] <= '9' {
		k := j + 1
		for k < len(s) && s[k] >= '0' && s[k] <= '9' {
			k++
		}
		f, _ := strconv.ParseFloat("0"+s[j:k], 64)
		frac, j = f, k
	}
	if len(parts) < 2 || len(parts) == 2 && frac == 0 || j < len(s) && (wordRune(rune(s[j])) || s[j] == ':') {
		return 0, 0, false
	}
	v := 0.0
	for _, p := range parts {
		v = v*60 + p
	}
	return v + frac, j, true
}
