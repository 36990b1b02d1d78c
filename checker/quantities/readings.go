package quantities

import (
	"sort"
	"strings"

	"github.com/copydesk/copydesk/checker/dates"
	"github.com/copydesk/copydesk/checker/lexicon"
	"github.com/copydesk/copydesk/checker/text"
)

// timeScopes marks the quantities a stretch of time scopes (see
// timeScoped), given the resolved dates of the same text in order.
func timeScopes(text string, qs []Quantity, ds []dates.Expr) {
	for i := range qs {
		qs[i].ScopeDate = timeScoped(text, qs[i], ds)
		qs[i].TimeScoped = qs[i].ScopeDate > 0
	}
}

// spanUnits are the units of a span that a stretch with both ends may
// fill: "a four-day strike from Oct. 18 to Oct. 24".
var spanUnits = map[string]bool{"day": true, "week": true, "month": true}

// SpanUnit returns the unit of a span of days, weeks or months, written
// joined to the figure ("a four-day strike") or as its noun ("shut for
// nine days"), or "" for another figure.
func SpanUnit(q Quantity) string {
	switch {
	case spanUnits[q.Unit]:
		return q.Unit
	case q.Unit == "" && spanUnits[q.Noun]:
		return q.Noun
	}
	return ""
}

// coveredSpans sets Covers on a span of days, weeks or months ("a
// four-day strike", "a two-week festival") whose noun a stretch with both
// ends follows in its sentence ("from Oct. 18 to Oct. 24", "between May 2
// and May 9"), past the noun's own phrases and one comma at most ("a
// 3", "were shut for nine days, from June 19 to June 23"), but no word
// that opens another clause.
func coveredSpans(text string, qs []Quantity, ds []dates.Expr) {
	for i := range qs {
		q := &qs[i]
		if q.Kind != Count || SpanUnit(*q) == "" || q.NounSpan.End == 0 || q.Approx == Vague {
			continue
		}
		first := sort.Search(len(ds), func(k int) bool { return ds[k].Start >= q.NounSpan.End })
		if demonstrativeBefore(text, q.Start) {
			// "from April 4 to April 7 ... That two-week stoppage": the
			// stretch just told, before the demonstrative.
			if k := stretchBefore(text, ds, first, q.Start); k >= 0 {
				q.Covers = k + 1
			}
			continue
		}
		if first >= len(ds) {
			continue
		}
		d := ds[first]
		if d.Start-q.NounSpan.End > 120 {
			continue // ten words at most, read in bounded time
		}
		gap := text[q.NounSpan.End:d.Start]
		lower := strings.ToLower(text[d.Start:d.End])
		if strings.ContainsAny(gap, ".;") || strings.Count(gap, ",") > 1 || !fewFields(gap, 10) || clauseWordIn(gap) && !lastingClause(gap) || !d.Resolved || d.To.IsZero() ||
			!(strings.HasPrefix(lower, "from ") || strings.HasPrefix(lower, "between ")) {
			continue
		}
		if q.Unit == "" && (!strings.HasPrefix(lower, "from ") || !dayEnds(d) || strings.HasPrefix(strings.TrimSpace(gap), "of ")) {
			// "shut for nine days, from June 19 to June 23" fills the
			// stretch; "46 days between September and November", "41
			// days of rain from July to September" fall within it.
			continue
		}
		q.Covers = first + 1
	}
}

// dayEnds reports a stretch whose two ends are days: "from June 19 to
// June 23".
func dayEnds(d dates.Expr) bool {
	return len(d.Parts) == 2 && d.Parts[0].Granularity == dates.GrainDay && d.Parts[1].Granularity == dates.GrainDay
}

// demonstrativeBefore reports "that" or "this" as the word right before
// byte off: "That two-week stoppage".
func demonstrativeBefore(text string, off int) bool {
	w := strings.ToLower(lastWordOf(text[max(0, off-8):off]))
	return w == "that" || w == "this"
}

// lastWordOf returns the last word of s, past trailing spaces.
func lastWordOf(s string) string {
	s = strings.TrimRight(s, " ")
	return s[strings.LastIndexAny(s, " \n")+1:]
}

// stretchBefore returns the index of the last stretch with both ends
// ("from April 4 to April 7", "between May 2 and May 9") that ends before
// byte off, no more than 300 bytes back; -1 for none.
func stretchBefore(text string, ds []dates.Expr, first, off int) int {
	for k := min(first, len(ds)) - 1; k >= 0; k-- {
		d := ds[k]
		if d.End > off {
			continue
		}
		if off-d.End > 300 {
			return -1
		}
		lower := strings.ToLower(text[d.Start:d.End])
		if d.Resolved && !d.To.IsZero() && (strings.HasPrefix(lower, "from ") || strings.HasPrefix(lower, "between ")) {
			return k
		}
		return -1 // the nearest date is another's
	}
	return -1
}

// lastingClause reports a gap that is a relative pronoun and a verb of
// lasting (", which ran", " that lasted"): the relative clause gives the
// span's own stretch.
func lastingClause(gap string) bool {
	ws := strings.Fields(strings.ToLower(strings.TrimLeft(strings.TrimSpace(gap), ", ")))
	if len(ws) != 2 || ws[0] != "which" && ws[0] != "that" {
		return false
	}
	lx := lexicon.Default()
	return lx.Is(lexicon.LastingVerbs, lx.Lemma(ws[1], lexicon.Verb))
}

// clauseWordIn reports a word in gap that opens a clause of its own
// ("which", "when", "and"), after which a stretch times that clause.
func clauseWordIn(gap string) bool {
	for w := range strings.FieldsSeq(strings.ToLower(gap)) {
		switch strings.Trim(w, ",") {
		case "which", "who", "that", "when", "while", "and", "but", "after", "before", "since", "until":
			return true
		}
	}
	return false
}

// timeScoped returns 1 + the index in ds of a stretch of time that follows
// the figure q closely in its sentence ("the 38 cases reported over the
// past seven days", "the 12 deaths last week"), or 0: a count for that
// stretch, not the whole. A day
// ("the 14 victims on Friday") dates an event, and a stretch after a verb
// ("the $1.5 billion fund opens in May") dates the act, not the count.
func timeScoped(text string, q Quantity, ds []dates.Expr) int {
	first := sort.Search(len(ds), func(i int) bool { return ds[i].Start >= q.End })
	for k, d := range ds[first:] {
		if d.Start-q.End > 40 {
			break
		}
		if d.Granularity == dates.GrainDay || d.Type == dates.Set {
			continue
		}
		gap := " " + strings.ToLower(text[q.End:d.Start]) + " "
		if strings.ContainsAny(gap, ".;,") || strings.HasSuffix(strings.TrimRight(gap, " "), " within") ||
			d.End-d.Start > 7 && strings.EqualFold(text[d.Start:d.Start+7], "within ") {
			continue // "clear the list of 4,700 patients within two years": a deadline of the act
		}
		if fewFields(gap, 2) || scopingWord(gap) {
			return first + k + 1
		}
	}
	return 0
}

// fewFields reports whether s has at most n fields, counting no further.
func fewFields(s string, n int) bool {
	for range strings.FieldsSeq(s) {
		if n--; n < 0 {
			return false
		}
	}
	return true
}

// scopingWord reports a word in s, padded with spaces, that ties a count
// to the stretch of time after it: "cases reported over the past week".
func scopingWord(s string) bool {
	for _, w := range []string{" reported ", " recorded ", " registered ", " confirmed ", " counted ", " logged ", " over ", " during "} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// direction tells an increase ("dozens more", "12 more") from a decrease
// ("200 fewer") by the word after the figure: 1, -1, or 0 when it says
// neither.
func direction(src string, c Quantity) int {
	end := max(c.End, c.NounSpan.End)
	if c.NounSpan.Start > c.End {
		end = c.End // "dozens more bodies": the noun comes after the word
	}
	w := text.FirstField(src[end:min(len(src), end+12)])
	switch strings.ToLower(strings.Trim(w, ",.;")) {
	case "more", "up", "higher", "additional":
		return 1
	case "fewer", "less", "down", "lower":
		return -1
	}
	return 0
}

// ownClauses reports whether each of the parts stands in a clause of its
// own, split from the others by semicolons ("40 cleared litter; 55
// replanted dune grass; ..."). Only then are more figures than groups
// counted ("three teams:" and four clauses): in a plain list, a figure
// may be something said of a group or added to them ("14 from York, and 3
// coaches"), so more figures than groups prove nothing.
func ownClauses(text string, qs []Quantity, parts []int) bool {
	for k := 1; k < len(parts); k++ {
		if !strings.Contains(text[qs[parts[k-1]].End:qs[parts[k]].Start], ";") {
			return false
		}
	}
	return true
}
