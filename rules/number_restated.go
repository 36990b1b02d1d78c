package rules

import (
	"fmt"
	"strings"

	"github.com/copydesk/copydesk/checker/analysis"
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
14", "up from 12") are left alone, as are vague amounts ("dozens").`,
	Bad:      "A $1 billion fund was set up in May. … The $1.5 billion fund will open in June.",
	Good:     "A $1 billion fund was set up in May. … The $1 billion fund will open in June.",
	Severity: analysis.Warning,
	Run:      runNumberRestated,
}

type qkey struct{ unit, class, qual string }

func runNumberRestated(p *analysis.Pass) []analysis.Finding {
	qs := p.Quantities
	groups := map[qkey][]int{}
	changed := map[qkey]bool{}
	var order []qkey
	for i, q := range qs {
		if q.Kind != quantities.Count && q.Kind != quantities.Percent || q.Class == "" ||
			q.Approx == quantities.Vague || q.Unit == "fraction" || q.Unit == "anniversary" {
			continue
		}
		k := qkey{q.Unit, q.Class, q.Qualifier}
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], i)
		changed[k] = changed[k] || q.Changed
	}
	var out []analysis.Finding
	for _, k := range order {
		g := groups[k]
		if changed[k] || len(g) < 2 {
			continue
		}
		for n, j := range g {
			later := qs[j]
			if !later.Definite {
				continue
			}
			prior, agrees := -1, false
			for _, i := range g[:n] {
				if qs[i].Sentence == later.Sentence {
					continue
				}
				prior = i
				if overlap(qs[i], later) {
					agrees = true
					break
				}
			}
			if prior < 0 || agrees {
				continue
			}
			earlier := qs[prior]
			out = append(out, analysis.Finding{
				Message: fmt.Sprintf("%s is %s here but %s in line %d (%q)",
					what(p.Text, later), later.Text, earlier.Text, lineOf(p.Text, earlier.Start), phrase(p.Text, earlier)),
				Span: analysis.At(later.Start, later.End),
				Related: []analysis.Related{{
					Span: analysis.At(earlier.Start, earlier.End),
					Note: fmt.Sprintf("first given as %s", hedged(earlier)),
				}},
			})
		}
	}
	return out
}

// overlap reports whether two figures can be the same value.
func overlap(a, b quantities.Quantity) bool {
	alo, ahi := a.Interval()
	blo, bhi := b.Interval()
	return alo <= bhi && blo <= ahi
}

// what names what a quantity counts, for a message: "the fund", "the
// number of victims".
func what(text string, q quantities.Quantity) string {
	noun := q.Noun
	if q.NounSpan.End > 0 {
		noun = text[q.NounSpan.Start:q.NounSpan.End]
	}
	switch {
	case q.Class == "dead" && noun == "":
		return "the death toll"
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
		return "about " + q.Text
	case quantities.AtLeast:
		return "at least " + q.Text
	case quantities.AtMost:
		return "at most " + q.Text
	case quantities.Nearly:
		return "nearly " + q.Text
	}
	return q.Text
}

// lineOf returns the 1-based line of byte off in text.
func lineOf(text string, off int) int {
	if off > len(text) {
		off = len(text)
	}
	return strings.Count(text[:off], "\n") + 1
}
