package rules

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/copydesk/copydesk/checker/analysis"
	"github.com/copydesk/copydesk/checker/lexicon"
	"github.com/copydesk/copydesk/checker/quantities"
)

// NumberRestated reports one quantity given two values: "a $1 billion
// fund" and later "the $1.5 billion fund".
var NumberRestated = &analysis.Rule{
	ID:      "number-restated",
	Summary: "a figure is restated with a different value",
	Doc: `When the copy counts the same thing twice, the two figures must agree.
The rule groups figures by what they count (the noun, or a class such as the
dead: "12 people died" and "the 14 victims"), by unit and by what sets them
apart (a year, "new", "remaining"), and reports a figure that refers back
("the 14 victims", "the $1.5 billion fund") when no earlier figure of its
group can be the same value. Hedges and rounding are allowed: "about $1
billion" and "$1.02 billion" agree. Groups with a reported change ("rose to
14", "up from 12", "bringing the death toll to 57") are left alone, as are
vague amounts ("dozens"); a change reported between two figures, even a
vague one ("dozens more bodies were found"), explains a later figure that
moved its way.`,
	Bad:      "A $1 billion fund was set up in May. … The $1.5 billion fund will open in June.",
	Good:     "A $1 billion fund was set up in May. … The $1 billion fund will open in June.",
	Severity: analysis.Warning,
	Run:      runNumberRestated,
	Settings: []analysis.Setting{{
		Name: "tolerance", Doc: "percent by which two figures may differ beyond their written precision",
		Default: defaultTolerance, Min: 0, Max: 50,
	}},
}

// defaultTolerance is the percent two figures may differ by beyond their
// written precision unless a desk sets the tolerance setting.
const defaultTolerance = 0

type qkey struct{ unit, class string }

// timeUnits are spans, not things counted: "the 12 months to March" and
// "the nine months to December" are two periods, not one count restated.
var timeUnits = map[string]bool{
	"year": true, "month": true, "week": true, "day": true, "hour": true, "minute": true,
	"second": true, "season": true, "quarter": true, "decade": true, "century": true,
	"night": true, "weekend": true, "term": true, "time": true,
}

func runNumberRestated(p *analysis.Pass) []analysis.Finding {
	qs := p.Quantities
	tol := p.Setting("number-restated", "tolerance", defaultTolerance) / 100
	groups := map[qkey][]int{}
	changed := map[qkey]bool{}
	sizeOnly := map[int]bool{} // figures that name a thing by how many things it has
	var order []qkey
	for i, q := range qs {
		class := q.Class
		if class == "" {
			class = q.For // "640 million pesos for the wing" is the wing's sum
		}
		if q.Kind != quantities.Count && q.Kind != quantities.Percent || class == "" ||
			q.Approx == quantities.Vague || q.Unit == "fraction" || q.Unit == "anniversary" || timeUnits[class] {
			continue
		}
		keys := []qkey{{q.Unit, class}}
		if q.For != "" && q.For != class {
			keys = append(keys, qkey{q.Unit, q.For}) // "The tour has a budget of 2.3 million euros" ... "the 2.8 million euro tour"
		}
		if q.Kind == quantities.Count && q.Unit == "" && quantities.CountsPeople(class) {
			// "42 researchers" ... "The 48 scientists": people counted
			// by a synonym or a more general name.
			for k := range lexicon.Default().PersonKin(class) {
				keys = append(keys, qkey{"", k})
			}
		} else if q.Kind == quantities.Count && q.Unit == "" {
			// "38 container ships" ... "the 33 vessels": made things
			// counted by a synonym or a more general name.
			for k := range lexicon.Default().ThingKin(class) {
				keys = append(keys, qkey{"", k})
			}
		}
		if quantities.CountsUnits(q) {
			// "the 14-station line" also counts what "all 16 stations"
			// does, but names the line by its size: it refers back to no
			// count of stations ("the 1,140-pupil academy").
			keys = append(keys, qkey{"", q.Unit})
			sizeOnly[i] = true
		}
		for _, k := range keys {
			if _, ok := groups[k]; !ok {
				order = append(order, k)
			}
			groups[k] = append(groups[k], i)
			changed[k] = changed[k] || q.Changed && !q.Planned
		}
	}
	var out []analysis.Finding
	reported := map[int]bool{}
	for _, k := range order {
		g := groups[k]
		if changed[k] || len(g) < 2 {
			continue
		}
		for n, j := range g {
			later := qs[j]
			if reported[j] {
				continue // a figure found under one of its names is reported once
			}
			if !later.Definite || len(later.Items) > 0 || sizeOnly[j] && k.unit == "" {
				continue // "the two countries, France and Spain" names its own
			}
			if later.Value <= 3 && later.Unit == "" && later.Class != "dead" && later.Class != "injured" {
				continue // "the two leaders" most often points at people just named
			}
			prior, agrees := -1, false
			for _, i := range g[:n] {
				if qs[i].Sentence == later.Sentence || !sameQualifier(qs[i], later) || qs[i].Value == 1 && later.Value > 1 || ordersApart(qs[i], later) {
					continue // "One child can infect a classroom" is no count of "the 1,900 children"
				}
				if prior < 0 {
					prior = i // the first time the figure was given
				}
				if overlapWithin(qs[i], later, tol) || roundedShare(qs[i], later) {
					agrees = true
					break
				}
			}
			if prior >= 0 && len(later.Parts) > 0 && later.Value > qs[prior].Value {
				// "four councillors walked out" ... "Of the council's 14
				// councillors, nine voted for ...": a whole the copy divides,
				// of which the smaller count before may be a part.
				continue
			}
			if prior < 0 || agrees || !modsWithin(later.Modifiers, slices.Concat(withPredicate(qs[prior]), qs[prior].Purpose)) || valueNearby(qs, j) ||
				changedTo(qs, prior, j) || later.TimeScoped && !sameStretch(p, qs[prior], later) || later.Superseded || qs[prior].Superseded || recurs(qs, j, prior, tol) || differenceStated(qs, prior, j) || partStated(qs, prior, j) || restOfWhole(qs, prior, j, tol) {
				continue
			}
			earlier := qs[prior]
			msg := fmt.Sprintf("%s is %s here but %s earlier (%q)",
				what(p.Text, later), figure(later), figure(earlier), phrase(p.Text, earlier))
			if transposed(later.Text, earlier.Text) {
				msg += ": the same digits in another order, a likely typo"
			}
			out = append(out, restatedFinding(p, later, earlier, msg))
			reported[j] = true
		}
	}
	return append(out, transposedRestatements(p, reported)...)
}

// restatedFinding reports later as a restatement of earlier that differs.
func restatedFinding(p *analysis.Pass, later, earlier quantities.Quantity, msg string) analysis.Finding {
	return analysis.Finding{
		Message: msg,
		Span:    analysis.At(later.Start, later.End),
		Related: []analysis.Related{{
			Span: analysis.At(earlier.Start, earlier.End),
			Note: fmt.Sprintf("first given as %s", hedged(earlier)),
		}},
	}
}

// transposedRestatements reports a figure that refers back ("the 831 job
// cuts", "the $231.2 million proposal") to an earlier one of its measure
// written with the same digits in another order ("cut 380 jobs", "or
// $213.2 million"), even where the two name what they count in other
// words: a transposition of three significant digits or more is a typo far
// more often than a coincidence. Fewer need the same noun, and no change
// reported between the two.
func transposedRestatements(p *analysis.Pass, reported map[int]bool) []analysis.Finding {
	qs := p.Quantities
	var out []analysis.Finding
	digits := make([]digitCount, len(qs))
	for i, q := range qs {
		digits[i] = countDigits(q.Text)
	}
	for j, later := range qs {
		if reported[j] || later.Kind != quantities.Count || later.Changed || later.Approx == quantities.Vague {
			continue
		}
		for i := j - 1; i >= 0 && i >= j-maxLookBack; i-- {
			if digits[i] != digits[j] {
				continue // every test below asks for the same digits
			}
			earlier := qs[i]
			if !later.Definite && !sameCountTransposed(earlier, later) {
				continue // "a crowd of 3,450" ... "in front of 3,540 people": the same count by its class, four digits turned
			}
			if earlier.Sentence == later.Sentence || !transposedPair(earlier, later) && !transposedNewName(qs, i, j) || valueNearby(qs, j) ||
				changedTo(qs, i, j) || recurs(qs, j, i, 0) {
				continue
			}
			msg := fmt.Sprintf("%s is %s here but %s earlier (%q): the same digits in another order, a likely typo",
				what(p.Text, later), figure(later), figure(earlier), phrase(p.Text, earlier))
			out = append(out, restatedFinding(p, later, earlier, msg))
			break
		}
	}
	return out
}

// sameCountTransposed reports an indefinite figure that may still restate
// an earlier one: the size of the gathering the story tells ("a crowd of
// 3,450" ... "in front of 3,540 people"), written with three significant
// digits or more of the earlier one's in another order. Other counts may
// be a part the copy goes on to ("1,860 runners at the start ... 1,680
// runners had crossed the line"), and a size ("a 198-kilometre stage")
// is of a new thing the copy introduces.
func sameCountTransposed(a, b quantities.Quantity) bool {
	return a.Class == "audience" && b.Class == "audience" && significantDigits(a.Text) >= 3 && transposed(a.Text, b.Text)
}

// maxLookBack bounds how many figures before one the transposition check
// reads, as changedTo does, so that the rule stays linear in the text.
const maxLookBack = 200

// transposedPair reports two figures of one measure, of like size, written
// with the same digits in another order, that may count the same thing:
// the same noun, one named in the other's modifiers ("jobs" and "job
// cuts"), or a sum of money by any name.
func transposedPair(a, b quantities.Quantity) bool {
	bq := b.Qualifier
	if bq == "who" && b.Value > a.Value {
		// "18,406 spectators at the stadium" ... "The 18,604 fans who
		// packed the ground": a relative clause tells a part, and no
		// part outnumbers the whole.
		bq = ""
	}
	if a.Kind != b.Kind || a.Unit != b.Unit || a.Changed && !a.NewValue || a.Approx == quantities.Vague || !transposed(a.Text, b.Text) ||
		a.Value == 0 || b.Value/a.Value > 10 || a.Value/b.Value > 10 || a.Qualifier != "" && bq != "" && a.Qualifier != bq ||
		strings.HasPrefix(a.Qualifier, "per ") != strings.HasPrefix(b.Qualifier, "per ") {
		// A rate is another measure: "47 kilometres an hour" is no
		// "74-kilometre journey" with its digits turned.
		// Digits in another order are evidence enough to read past a
		// qualifier only one of the two carries ("a 4.6 million euro
		// grant" ... "the 6.4 million euro grant from Brussels").
		return false
	}
	if a.Class != "" && a.Class == b.Class || a.Unit != "" && !quantities.IsCurrency(a.Unit) && a.Unit != "%" {
		return true // the same noun, or the same measure by its own unit ("a 340-bed hospital", "the 430-bed facility")
	}
	if quantities.IsCurrency(a.Unit) && b.Definite && b.Noun == "" && b.Class == "" {
		// "will pay 6.5 million euros for the club" ... "the 5.6
		// million euros would be paid": a sum named by nothing but "the"
		// refers back to one given before.
		return true
	}
	if a.For != "" && (a.For == b.Class || slices.ContainsFunc(b.Modifiers, func(m string) bool { return m == a.For || lexicon.Default().Lemma(m, lexicon.Noun) == a.For })) {
		return true // "46 million kroner in compensation" ... "the 64 million kroner compensation award"
	}
	if significantDigits(a.Text) < 3 {
		return false // "5,800" and "8,500" may well be two round figures
	}
	if a.Kind == quantities.Count && quantities.IsCurrency(a.Unit) {
		return true // a sum of money, whatever the deal is called ("a buyout worth", "the proposal")
	}
	if a.Class == "" || b.Class == "" {
		return false
	}
	return slices.Contains(a.Modifiers, b.Class) || slices.Contains(b.Modifiers, a.Class) ||
		quantities.CountsPeople(a.Noun) && quantities.CountsPeople(b.Noun) // "1,250 people" and "the 1,520 employees"
}

// transposedNewName reports a definite figure whose noun names nothing the
// copy counted before, written with the digits of an earlier count of the
// same unit in another order, three or more of them or a sum of money
// ("86,400 households" ... "the county's 84,600 homes"; "a €2.3 million
// grant" ... "the €3.2 million subsidy"): it refers back to something,
// and only that count can be it.
func transposedNewName(qs []quantities.Quantity, i, j int) bool {
	a, b := qs[i], qs[j]
	if a.Kind != quantities.Count || b.Kind != quantities.Count || a.Unit != b.Unit || a.Class == "" || b.Class == "" || b.Qualifier != "" || b.Added ||
		!b.Definite || significantDigits(a.Text) < 3 && !quantities.IsCurrency(a.Unit) || !transposed(a.Text, b.Text) || a.Value == 0 || b.Value/a.Value > 10 || a.Value/b.Value > 10 {
		return false
	}
	for k := 0; k < j; k++ {
		if qs[k].Class == b.Class {
			return false
		}
	}
	return true
}

// digitCount is how many times each digit occurs in a figure as written.
type digitCount [10]uint16

// countDigits counts the digits of a figure as written ("12,600").
func countDigits(s string) digitCount {
	var c digitCount
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			c[s[i]-'0']++
		}
	}
	return c
}

// transposed reports two figures written with the same digits in another
// order ("174" and "147", "58" and "85", "12,600" and "16,200"). It reads
// the digits in place: it runs for many pairs of figures.
func transposed(a, b string) bool {
	var ca, cb [10]int
	na, nb, same := 0, 0, true
	for i, j := 0, 0; i < len(a) || j < len(b); {
		for i < len(a) && !isDigit(a[i]) {
			i++
		}
		for j < len(b) && !isDigit(b[j]) {
			j++
		}
		if i < len(a) {
			ca[a[i]-'0']++
			na++
		}
		if j < len(b) {
			cb[b[j]-'0']++
			nb++
		}
		if i >= len(a) || j >= len(b) || a[i] != b[j] {
			same = false
		}
		i, j = i+1, j+1
	}
	return na >= 2 && na == nb && !same && ca == cb
}

// ordersApart reports two figures more than five times apart that are not
// one figure slipped by a power of ten ("$1.5 billion", "$15 billion"):
// a count restated in error is off by a digit or two, while "the results
// of 87 candidates" and "the 1,146 candidates in the area" count a part
// and its whole.
func ordersApart(a, b quantities.Quantity) bool {
	lo, hi := math.Abs(a.Value), math.Abs(b.Value)
	if lo > hi {
		lo, hi = hi, lo
	}
	if lo == 0 || hi/lo <= 5 {
		return false
	}
	da, db := digitsOf(a.Text), digitsOf(b.Text)
	return da == "" || da != db
}

// digitsOf returns the significant digits of a figure's text, without
// leading or trailing zeros ("$1.50 billion" → "15"), or "".
func digitsOf(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) && (b.Len() > 0 || s[i] != '0') {
			b.WriteByte(s[i])
		}
	}
	return strings.TrimRight(b.String(), "0")
}

// significantDigits counts the digits of s without its trailing zeros:
// "5,800" has 2, "213.2" 4.
func significantDigits(s string) int {
	n, zeros := 0, 0
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '0':
			n++
			zeros++
		case isDigit(s[i]):
			n++
			zeros = 0
		}
	}
	return n - zeros
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// personOwned reports a figure a person's possessive owns: "his nine
// games", "her 12 matches".
func personOwned(q quantities.Quantity) bool {
	return q.Qualifier == "his" || q.Qualifier == "her"
}

// sameQualifier reports whether a later figure may count what an earlier
// one did, by what sets it apart: nothing, or the same ("the 2026
// budget", "of the Merrill Lynch index"). A later mention may leave out
// what the first said ("a 3.6 billion baht expansion of Khlong Saen
// airport" ... "the 3.9 billion baht expansion"), but one that adds
// something tells a part or another thing ("the 1,200 workers who lost
// their jobs", "the additional 48% stake", "the 5% rise in prices"),
// unless its clause repeats what the earlier figure's verb said ("the 11
// sonar suites delivered to the navy" after "delivered nine sonar suites").
func sameQualifier(earlier, later quantities.Quantity) bool {
	if personOwned(earlier) && !personOwned(later) {
		return false // "from his nine games" ... "Of the 45 games": one player's share, not the whole
	}
	if personOwned(later) {
		later.Qualifier = "" // "her 350-vote margin" refers back as "the" would
	}
	if later.Qualifier == "" && earlier.Added {
		return false // "Five further performances will follow" ... "all six performances": an addition, then the whole
	}
	if later.Qualifier == "" && slices.Contains(strings.Fields(earlier.Qualifier), "other") {
		return false // "ahead of three other finalists" ... "The four finalists": the others, then all
	}
	if later.Qualifier == "" && earlier.Qualifier == "who" && earlier.Predicate == "" && later.Value > earlier.Value {
		// "Of the 24,906 members who returned ballots" ... "the union's
		// 35,080 members": those a relative clause picks out, then all.
		return false
	}
	if later.Qualifier == "who" && later.Predicate != "" && later.Predicate == earlier.Predicate {
		return true // "delivered nine sonar suites" ... "the 11 sonar suites delivered to the navy"
	}
	return later.Qualifier == "" || later.Qualifier == earlier.Qualifier
}

// modsWithin reports whether every word of a is in b: "the 280-km pipeline"
// may restate "a 240-km gas pipeline", but "the eight presidential sites"
// are not "three suspected weapons sites".
func modsWithin(a, b []string) bool {
	for _, w := range a {
		if !slices.Contains(b, w) && !sameState(w, b) {
			return false
		}
	}
	return true
}

// sameState reports a modifier that names the state a word of b puts its
// things in: "the 21 million dead oysters" after "killed 18 million
// oysters".
func sameState(w string, b []string) bool {
	c := quantities.CasualtyClass(w)
	return c != "" && slices.ContainsFunc(b, func(x string) bool { return quantities.CasualtyClass(x) == c })
}

// withPredicate returns a figure's modifiers, the participle its clause
// says of the noun ("1,400 residents were evacuated" may be restated as
// "the 1,700 evacuated residents") and, for a deal's price, what was
// bought or sold.
func withPredicate(q quantities.Quantity) []string {
	out := q.Modifiers
	if q.Predicate != "" {
		out = append(slices.Clip(out), q.Predicate)
	}
	if len(q.Object) > 0 {
		// What a deal's verb bought or sold ("sold Danladi ... for $1.2
		// million"): a later price may name it as a modifier ("the $1.8
		// million Danladi sale").
		out = append(slices.Clip(out), q.Object...)
	}
	return out
}

// valueNearby reports whether a figure of the same value as qs[j] stands
// anywhere before it, counting anything: "the eight cases" may refer back
// to "eight of the 14 killings", and "the 214 people infected" to "214
// cases" paragraphs earlier.
func valueNearby(qs []quantities.Quantity, j int) bool {
	for i := j - 1; i >= 0; i-- {
		if qs[i].Kind == quantities.Count && qs[i].Value == qs[j].Value {
			return true
		}
	}
	return false
}

// changedTo reports whether, between qs[i] and qs[j], the copy reports a
// change to the value of qs[j]: "bringing the fund to $1.5 billion", or a
// change that way of any size, even a vague one ("dozens more bodies were
// found" between a toll of 12 and one of 57). A change to something else
// counted is none.
func changedTo(qs []quantities.Quantity, i, j int) bool {
	for k := i + 1; k < j && k < i+maxLookBack; k++ {
		c := qs[k]
		if !c.Changed || c.Planned || c.Unit != qs[j].Unit || c.Class != "" && c.Class != qs[j].Class ||
			c.Value*1000 < min(qs[i].Value, qs[j].Value) {
			continue // nor one of another order of size: a share price that fell, beside a deal's value
		}
		if c.Approx != quantities.Vague && overlap(c, qs[j]) && (c.Class != "" || bounded(qs[j])) {
			// An open figure ("more than 2,000 dockworkers") overlaps any
			// larger change; only one of its own class tells it changed.
			return true
		}
		if d := c.Direction; d > 0 && qs[j].Value > qs[i].Value || d < 0 && qs[j].Value < qs[i].Value {
			return true
		}
	}
	return false
}

// differenceStated reports whether the copy states the difference between
// qs[i] and qs[j] as a figure of the same unit, counting the same thing or
// no noun at all ("986 were spoiled"), in either one's sentence:
// the two are a whole and a part, not one figure given twice ("48,210
// valid ballots" ... "Of the 49,196 ballots cast, 986 were spoiled").
func differenceStated(qs []quantities.Quantity, i, j int) bool {
	d := math.Abs(qs[j].Value - qs[i].Value)
	for k, q := range qs {
		if k != i && k != j && q.Kind == qs[j].Kind && q.Unit == qs[j].Unit && q.Value == d &&
			(q.Class == "" && q.Noun == "" || q.Class == qs[i].Class || q.Class == qs[j].Class) &&
			(q.Sentence == qs[i].Sentence || q.Sentence == qs[j].Sentence) {
			return true
		}
	}
	return false
}

// partStated reports whether the sentence of qs[j] gives beside it a part
// of it equal to the earlier figure qs[i], counting the same thing or no
// noun: the earlier figure was that part, and qs[j] is its whole ("61
// species new to science" ... "Of the 214 species identified so far, 61
// appear to be undescribed"; "7,300 workers" ... "represents 7,300 of the
// company's 9,800 employees").
func partStated(qs []quantities.Quantity, i, j int) bool {
	for k := j + 1; k < len(qs) && qs[k].Sentence == qs[j].Sentence; k++ {
		if q := qs[k]; q.Unit == qs[i].Unit && q.Value == qs[i].Value && (q.Class == "" || q.Class == qs[i].Class) {
			return true
		}
	}
	for k := j - 1; k > i && qs[k].Sentence == qs[j].Sentence; k-- {
		if q := qs[k]; q.Unit == qs[i].Unit && q.Value == qs[i].Value && q.Value < qs[j].Value && (q.Class == "" || q.Class == qs[i].Class) {
			return true // the part before its whole: "7,300 of the company's 9,800 employees"
		}
	}
	return false
}

// sameStretch reports two counts scoped to one stretch of time ("sold
// 41,300 tickets this year" ... "the 44,000 tickets sold this year"): the
// same count for the same period, to compare.
func sameStretch(p *analysis.Pass, a, b quantities.Quantity) bool {
	if a.ScopeDate == 0 || b.ScopeDate == 0 {
		return false
	}
	x, y := p.Dates[a.ScopeDate-1], p.Dates[b.ScopeDate-1]
	return x.Resolved && y.Resolved && x.From.Equal(y.From) && x.To.Equal(y.To)
}

// restOfWhole reports whether qs[j] is what is left of the earlier whole
// qs[i] once the bare part right before it is taken away ("24,890 of the
// town's 40,670 registered voters" voted ... "the roughly 15,800
// registered voters who stayed at home"): the rest, not the whole again.
func restOfWhole(qs []quantities.Quantity, i, j int, tol float64) bool {
	if i == 0 || !qs[i].Definite {
		return false
	}
	p := qs[i-1]
	if p.Sentence != qs[i].Sentence || p.Kind != qs[i].Kind || p.Unit != qs[i].Unit || p.Noun != "" || p.Value >= qs[i].Value {
		return false
	}
	rest := qs[i]
	rest.Value -= p.Value
	return overlapWithin(rest, qs[j], tol)
}

// recurs reports whether the earlier value comes back, for the same noun
// (as its head or a modifier), after the one that differs at j (A, B, A):
// two values that each stand for the noun are two things ("the 100-share
// index" and "the 30-share index", then "the 100-share index stocks"), not
// one restated.
func recurs(qs []quantities.Quantity, j, prior int, tol float64) bool {
	class := qs[prior].Class
	for _, q := range qs[j+1:] {
		if q.Unit == qs[prior].Unit && overlapWithin(q, qs[prior], tol) && (q.Class == class || slices.Contains(q.Modifiers, class)) {
			return true
		}
	}
	return false
}

// overlap reports whether two figures can be the same value.
func overlap(a, b quantities.Quantity) bool { return overlapWithin(a, b, 0) }

// overlapWithin is overlap with both intervals widened by the fraction tol
// of their bounds (a desk's tolerance setting).
func overlapWithin(a, b quantities.Quantity, tol float64) bool {
	alo, ahi := a.Interval()
	blo, bhi := b.Interval()
	alo, ahi = widen(alo, -tol), widen(ahi, tol)
	blo, bhi = widen(blo, -tol), widen(bhi, tol)
	return alo <= bhi && blo <= ahi
}

// roundedShare reports a share in whole points that rounds another given
// to a decimal ("the 61 percent turnout" after "61.4 percent"): the same
// share, rounded.
func roundedShare(a, b quantities.Quantity) bool {
	return a.Kind == quantities.Percent && b.Kind == quantities.Percent &&
		(b.Value == math.Trunc(b.Value) && math.Round(a.Value) == b.Value || a.Value == math.Trunc(a.Value) && math.Round(b.Value) == a.Value)
}

// bounded reports a figure whose interval is closed on both sides: not
// "more than 300" or "at most 40".
func bounded(q quantities.Quantity) bool {
	lo, hi := q.Interval()
	return !math.IsInf(lo, 0) && !math.IsInf(hi, 0) && q.Approx != quantities.AtMost
}

// widen moves bound v by the fraction tol of its size (down for a
// negative tol); an open bound ("more than 300": no upper one) stays open,
// where Inf times a zero tolerance would make it NaN and match nothing.
func widen(v, tol float64) float64 {
	if math.IsInf(v, 0) {
		return v
	}
	return v + math.Abs(v)*tol
}

// what names what a quantity counts, for a message: "the fund", "the
// number of victims".
func what(text string, q quantities.Quantity) string {
	noun := q.Noun
	if q.NounSpan.End > 0 {
		noun = text[q.NounSpan.Start:q.NounSpan.End]
		if q.NounSpan.Start >= q.End && q.NounSpan.End-q.End < 40 {
			noun = strings.TrimSpace(text[q.End:q.NounSpan.End]) // "pay rise"
			for _, of := range []string{"of the ", "of "} {
				noun = strings.TrimPrefix(noun, of) // "tonnes of wheat": the wheat
			}
		}
	}
	switch {
	case q.Class == "dead" && noun == "":
		return "the death toll"
	case noun == "" && quantities.IsCurrency(q.Unit):
		return "the sum"
	case noun == "":
		return "the figure"
	case q.Kind == quantities.Percent || q.Unit != "" && q.Unit != "year-old":
		return "the " + strings.ToLower(noun)
	}
	return "the number of " + strings.ToLower(noun)
}

// phrase quotes a figure with its counted noun: "12 people".
func phrase(text string, q quantities.Quantity) string {
	end := q.End
	if q.NounSpan.End > end && q.NounSpan.Start-end < 40 {
		end = q.NounSpan.End
	}
	return text[q.Start:end]
}

// hedged describes a figure with its approximation.
func hedged(q quantities.Quantity) string {
	switch q.Approx {
	case quantities.About:
		return "about " + figure(q)
	case quantities.AtLeast:
		return "at least " + figure(q)
	case quantities.AtMost:
		return "at most " + figure(q)
	case quantities.Nearly:
		return "nearly " + figure(q)
	}
	return figure(q)
}

// figure is a figure as written, a number word in lower case ("Twelve"
// opening a sentence reads "twelve").
func figure(q quantities.Quantity) string {
	if len(q.Text) > 1 && q.Text[0] >= 'A' && q.Text[0] <= 'Z' && q.Text[1] >= 'a' && q.Text[1] <= 'z' {
		return strings.ToLower(q.Text[:1]) + q.Text[1:]
	}
	return q.Text
}
