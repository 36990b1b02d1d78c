package rules

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/copydesk/copydesk/checker/analysis"
	"github.com/copydesk/copydesk/checker/quantities"
)

// SumTotal reports parts that do not add up to the total the copy states,
// and shares of one whole that add up to more than all of it.
var SumTotal = &analysis.Rule{
	ID:      "sum-total",
	Summary: "parts do not add up to the stated total",
	Doc: `A total followed by its parts ("30 seats: 12 for the Greens, 10 for
Labour and 9 for the Liberals"), or parts followed by "a total of", must add
up; parts introduced by "including", even one, may fall short of the total
but not exceed it. A total that opens a sentence ("Of the 40 seats on the council,
the Greens won 18, ...") or is referred back to ("Under the plan, $60
million would go to ...") is shared out after the comma; those parts may
fall short of it unless they cover every purpose named with the total ("a
$130 million plan for quays, cranes and dredging"). Percentages that share out one whole in one sentence ("40% voted
for X, 35% for Y and 30% for Z") may not add up to more than 100%, allowing
for rounding, and must make 100% when the copy says they are all of it ("the
remaining 30%"). In a poll, only the answers to one question (for, against,
undecided) are shares of one whole; a share with a new verb and a new object
answers another question ("62% backed the housing plan and 58% opposed the
parking tax"). A total that counts groups ("three groups: 380 ..., 610 ...
and 210 ...") is compared with the number of parts, not their sum; a
figure of another measure among the parts ("averaging six hours") is no part,
nor is one added to the groups or said of one ("plus 3 coaches", "with 5
supervisors", "where 2 of them"). Fewer parts than groups are reported; more
only when each part stands in a clause of its own, split by semicolons.
Percentages of a part ("turnout of 62%, of whom 55% voted
yes") or of different years are not added.

Totals and shares reach across sentences. Shares go on in the next sentence
when it continues them with the rest, another, or a verb of share ("Wind
made up 44% of the output. Gas accounted for 35%, and the rest, 26%, came
from dams."). Parts in one of the two sentences after a total belong to it
when that sentence points back: its subject is the total's noun ("a 2.4
billion shilling plan" ... "The plan sets aside 1.1 billion shillings for
classrooms, ..."), its first part is "of them" ("18,400 valid ballots" ...
"won 9,120 of them, ..."), or its parts count what the total is measured in
("the 120-seat assembly" ... "won 41 seats, ..."), or a noun of money
refers back to a sum ("will spend 3.6 billion rand" ... "the money would be
divided: 1.4 billion rand for roads, ..."); such parts may fall short
of the total but not exceed it. A figure of a gap ("two behind the
champions") or the value a figure changed from ("up from the 32.5
million") is no part, and parts that each stand in one of what the total
counts ("the two races: 47 in the junior race and 65 in the senior") are
counted against it. Rounded figures are read at their precision: "4.2
million + 3.5 million + 1.9 million" cannot make "a total of 9.8 million". A remainder given its own figure ("64 other
procedures", "the remaining 12") closes a list; an item without a figure
("and a single loss") leaves it open. A "total of" in the sentence after a
list of figures of its measure sums that list ("sold 18,250 day tickets
for the Friday, 21,400 for the Saturday and 16,900 for the Sunday. That
made a total of 57,550 day tickets"). A figure with a whole of its own ("59
of the 68 women") is no part of the total before it, a share after
another owner ("94.2% of the votes cast, Kessel's with 88.6%") is a share
of that owner's whole, and a sum of money never counts its parts.`,
	Bad:      "The council has 30 seats: 12 for the Greens, 10 for Labour and 9 for the Liberals.",
	Good:     "The council has 31 seats: 12 for the Greens, 10 for Labour and 9 for the Liberals.",
	Severity: analysis.Warning,
	Run:      runSumTotal,
}

func runSumTotal(p *analysis.Pass) []analysis.Finding {
	qs := p.Quantities
	var out []analysis.Finding
	for _, t := range qs {
		if len(t.Parts) >= 2 && t.PartsCounted {
			if n, want := len(t.Parts), int(t.Value); float64(want) == t.Value && t.Approx == quantities.Exact && (n > want && t.PartsInClauses || t.PartsAll && n < want) {
				out = append(out, countedFinding(p, t, qs))
			}
		} else if len(t.Parts) >= 2 || len(t.Parts) == 1 && !t.PartsAll {
			lo, hi, texts := sumOf(qs, t.Parts)
			tlo, thi := t.Interval()
			bad := above(lo, hi, tlo, thi) || t.PartsAll && above(tlo, thi, lo, hi)
			if bad {
				out = append(out, partsFinding(p, t, qs, t.Parts, texts, (lo+hi)/2))
			}
		}
		if len(t.Shares) >= 2 {
			lo, hi, texts := sumOf(qs, t.Shares)
			tol := 0.0
			for _, i := range t.Shares {
				tol += precision(qs[i].Text) / 2
			}
			sum := (lo + hi) / 2
			var msg string
			switch {
			case lo > 100+tol:
				msg = fmt.Sprintf("these shares of one whole add up to %s%%, more than all of it: %s",
					num(sum), strings.Join(texts, " + "))
			case t.SharesAll && (hi < 100-tol || lo > 100+tol):
				msg = fmt.Sprintf("these shares are said to make up the whole but add up to %s%%: %s",
					num(sum), strings.Join(texts, " + "))
			default:
				continue
			}
			f := analysis.Finding{Message: msg, Span: analysis.At(t.Start, qs[t.Shares[len(t.Shares)-1]].End)}
			for _, i := range t.Shares {
				f.Related = append(f.Related, analysis.Related{Span: analysis.At(qs[i].Start, qs[i].End), Note: "share " + hedged(qs[i])})
			}
			out = append(out, f)
		}
	}
	return out
}

// above reports whether interval [alo, ahi] lies wholly above [blo, bhi].
// Rounded figures stand for half-open intervals, so two that only touch
// are apart ("4.2 + 3.5 + 1.9 million" is under 9.75 million, "9.8
// million" at least 9.75); exact ones that touch are equal.
func above(alo, ahi, blo, bhi float64) bool {
	return alo > bhi || alo == bhi && alo < ahi && blo < bhi
}

func partsFinding(p *analysis.Pass, t quantities.Quantity, qs []quantities.Quantity, parts []int, texts []string, sum float64) analysis.Finding {
	rel := "all of"
	if !t.PartsAll {
		rel = "part of"
	}
	total := t.Text
	if t.Unit == "" || strings.HasSuffix(t.Text, "-"+t.Unit) {
		total = phrase(p.Text, t) // "30 seats", "81-seat assembly"
	}
	sign := ""
	if r := []rune(texts[0]); len(r) > 0 && strings.ContainsRune("$€£¥₹", r[0]) {
		sign = string(r[0])
	}
	f := analysis.Finding{
		Message: fmt.Sprintf("the parts add up to %s%s (%s), but the total given is %s", sign, numAs(sum, texts), strings.Join(texts, " + "), total),
		Span:    analysis.At(t.Start, t.End),
	}
	for _, i := range parts {
		f.Related = append(f.Related, analysis.Related{Span: analysis.At(qs[i].Start, qs[i].End), Note: fmt.Sprintf("%s, %s the total", hedged(qs[i]), rel)})
	}
	return f
}

// countedFinding reports a total that counts its parts ("three groups")
// followed by a different number of them.
func countedFinding(p *analysis.Pass, t quantities.Quantity, qs []quantities.Quantity) analysis.Finding {
	n := len(t.Parts)
	texts := make([]string, n)
	for k, i := range t.Parts {
		texts[k] = qs[i].Text
	}
	f := analysis.Finding{
		Message: fmt.Sprintf("%q, but the figures that follow give %d of them: %s", phrase(p.Text, t), n, strings.Join(texts, ", ")),
		Span:    analysis.At(t.Start, t.End),
	}
	for k, i := range t.Parts {
		f.Related = append(f.Related, analysis.Related{Span: analysis.At(qs[i].Start, qs[i].End), Note: fmt.Sprintf("part %d of %d", k+1, n)})
	}
	return f
}

// sumOf adds up the intervals of qs[idx].
func sumOf(qs []quantities.Quantity, idx []int) (lo, hi float64, texts []string) {
	for _, i := range idx {
		l, h := qs[i].Interval()
		lo, hi = lo+l, hi+h
		texts = append(texts, qs[i].Text)
	}
	return lo, hi, texts
}

// precision is the rounding step of a written figure: 1 for "55%", 0.1
// for "55.5%".
func precision(s string) float64 {
	return math.Pow(10, -float64(quantities.Decimals(s)))
}

// southAsian are the multipliers of South Asian copy, largest first.
var southAsian = []struct {
	word string
	v    float64
}{{"crore", 1e7}, {"lakh", 1e5}}

// numAs formats v as num does, or in crores or lakhs when every written
// figure of texts counts in them ("Rs 32 crore + Rs 28 crore" add up to
// "91 crore", not "910 million").
func numAs(v float64, texts []string) string {
	for _, m := range southAsian {
		all := len(texts) > 0
		for _, t := range texts {
			all = all && strings.Contains(strings.ToLower(t), m.word)
		}
		if all {
			return strconv.FormatFloat(math.Round(v/m.v*100)/100, 'f', -1, 64) + " " + m.word
		}
	}
	return num(v)
}

// num formats a number without needless decimals.
func num(v float64) string {
	if v >= 1e9 && math.Mod(v, 1e7) == 0 {
		return strconv.FormatFloat(v/1e9, 'f', -1, 64) + " billion"
	}
	if v >= 1e6 && math.Mod(v, 1e4) == 0 {
		return strconv.FormatFloat(v/1e6, 'f', -1, 64) + " million"
	}
	s := strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64)
	if v >= 1000 && v == math.Trunc(v) {
		return thousands(s) // "18,900", as news copy writes it
	}
	return s
}

// thousands puts commas between the thousands of the digits s.
func thousands(s string) string {
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}
