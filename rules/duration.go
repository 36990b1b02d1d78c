package rules

import (
	"fmt"
	"math"
	"time"

	"github.com/copydesk/copydesk/checker/analysis"
	"github.com/copydesk/copydesk/checker/dates"
	"github.com/copydesk/copydesk/checker/quantities"
)

// Duration reports a span of time that does not fit the year it counts
// from and the publication date.
var Duration = &analysis.Rule{
	ID:      "duration",
	Summary: "an elapsed time disagrees with the dates",
	Doc: `"For the past four years, since 2020" cannot be right in copy of 2026:
2020 is five or six years back. The rule checks spans tied to a year in the
same sentence: "for the past N years, since YEAR", "N years ago, in YEAR",
"the N-year-old treaty, signed in YEAR", "the Nth anniversary of its YEAR
founding" (an anniversary may fall in the year before or after), and a span
with both ends, "from YEAR to YEAR, an N-year tenure" (a year either way);
and a span of days, weeks or months followed by the stretch it fills, "a
four-day strike from Oct. 18 to Oct. 24" (seven days counting both ends:
six or seven fit; weeks may be three days out, months half a month). A
thing's age or anniversary may also be dated a few sentences away, where the
copy names the thing again with the year it opened or was founded ("The zoo
opened in 1987" ... "the zoo's 25th anniversary"). Hedges count: "more than
four years" fits 2020, "about" allows the rounding of its figure ("about
ten years" fits eight to twelve, "about two years" no more than two), and
"nearly" falls short by a year or a fifth ("nearly eight years" fits seven,
not five).`,
	Bad:      "The 10-year-old treaty, signed in 2010, expires next month.  (published 2026)",
	Good:     "The 16-year-old treaty, signed in 2010, expires next month.  (published 2026)",
	Severity: analysis.Warning,
	Run:      runDuration,
}

func runDuration(p *analysis.Pass) []analysis.Finding {
	if p.Reference.Assumed || p.Reference.Date.IsZero() {
		return nil
	}
	ref := p.Reference.Date.Year()
	out := coveredFindings(p)
	for _, q := range p.Quantities {
		if q.Kind != quantities.Elapsed || q.Anchor.Year == 0 {
			continue
		}
		year := ref
		if q.Anchor.Rel == "anniversary" {
			// "celebrated its 125th anniversary last year": the year the
			// sentence dates it to, not the publication year.
			year = sentenceYear(p, q, ref)
		}
		if q.Anchor.Until > 0 {
			year = q.Anchor.Until // "from 2011 to 2019"
		}
		span := year - q.Anchor.Year
		lo, hi := span-1, span // whole years elapsed, the day unknown
		if q.Anchor.Rel == "anniversary" || q.Anchor.Rel == "ago" || q.Anchor.Until > 0 {
			lo, hi = span-1, span+1
		}
		n := int(q.Value)
		ok := false
		switch q.Approx {
		case quantities.About:
			// "about" allows the rounding of its figure, a fifth of it:
			// "about ten years" fits eight to twelve, "about two years"
			// no more than two.
			ok = n >= lo-n/5 && n <= hi+n/5
		case quantities.AtLeast:
			ok = n <= hi
		case quantities.AtMost:
			ok = n >= lo
		case quantities.Nearly:
			// "nearly eight years" falls short of eight by little: a year,
			// or a fifth of a longer span; not five years.
			ok = n >= lo && hi >= n-max(1, n/5)
		default:
			ok = n >= lo && n <= hi
		}
		if ok || span < 0 {
			continue
		}
		msg := fmt.Sprintf("%q does not fit %d: on the publication date %s that was %d or %d years back",
			phrase(p.Text, q), q.Anchor.Year, day(p.Reference.Date), span-1, span)
		switch {
		case q.Anchor.Rel == "anniversary":
			msg = fmt.Sprintf("%q does not fit %d: %d marks its %s anniversary", q.Text, q.Anchor.Year, year, ordinal(span))
		case q.Anchor.Until > 0:
			msg = fmt.Sprintf("%q does not fit %d to %d: that is %d years", phrase(p.Text, q), q.Anchor.Year, q.Anchor.Until, span)
		}
		out = append(out, analysis.Finding{
			Message: msg,
			Span:    analysis.At(q.Start, q.End),
			Related: []analysis.Related{anchorRef(p, q)},
		})
	}
	return out
}

// coveredFindings reports a span of days, weeks or months that does not
// fit the stretch it is said to fill: "a four-day strike from Oct. 18 to
// Oct. 24" is seven days, counting both ends. Either way of counting is
// allowed (six or seven days); weeks may differ from the stretch by three
// days, months by half of one.
func coveredFindings(p *analysis.Pass) []analysis.Finding {
	var out []analysis.Finding
	for _, q := range p.Quantities {
		if q.Covers == 0 || q.Covers > len(p.Dates) {
			continue
		}
		d := p.Dates[q.Covers-1]
		days := int(d.To.Sub(d.From).Hours()/24 + 0.5) // counting both ends
		n := int(q.Value)
		var fits bool
		switch quantities.SpanUnit(q) {
		case "day":
			fits = n >= days-1 && n <= days
		case "week":
			fits = n*7 >= days-4 && n*7 <= days+3
		case "month":
			fits = math.Abs(float64(n)*30.44-float64(days)) <= 15 || monthsApart(d, n)
		}
		if fits || days <= 0 {
			continue
		}
		out = append(out, analysis.Finding{
			Message: fmt.Sprintf("%q does not fit %s: that is %d days, counting both ends", phrase(p.Text, q), d.Text, days),
			Span:    analysis.At(q.Start, q.End),
			Related: []analysis.Related{dateRef(d)},
		})
	}
	return out
}

// monthsApart reports a count of months that the stretch's first and last
// months are apart, counted either way: "a six-month trial, from May to
// November" is six months from one to the other, seven counting both.
func monthsApart(d dates.Expr, n int) bool {
	last := d.To.Add(-time.Nanosecond)
	apart := (last.Year()-d.From.Year())*12 + int(last.Month()) - int(d.From.Month())
	return n == apart || n == apart+1
}

// sentenceYear returns the year of another resolved date in the sentence of
// q ("last year", "in 2024"), or ref when there is none. A date no later
// than the year counted from is no time of the span's end: "opened in
// September 1966 ... the 60th anniversary of its 1966 opening" names the
// start twice.
func sentenceYear(p *analysis.Pass, q quantities.Quantity, ref int) int {
	if q.Sentence >= len(p.Sentences) {
		return ref
	}
	s := p.Sentences[q.Sentence]
	best, bestGap := ref, -1
	for k, d := range p.Dates {
		if k < len(p.Events.Times) && !p.Events.Times[k].Adverbial && d.Start > q.End {
			continue // "..., although the 2020 and 2021 races were cancelled": a year naming other events after it
		}
		if bound(p, k) {
			continue // "who ran the company until 2009": the end of another span, not when the anniversary fell
		}
		if d.Start >= s.Start && d.End <= s.End && d.Resolved && d.Type == dates.Date &&
			(d.End <= q.Anchor.Start || d.Start >= q.Anchor.End) && d.From.Year() == d.To.Add(-1).Year() &&
			d.From.Year() > q.Anchor.Year {
			// The nearest such date: "founded in 1975 by Arriaga, who died
			// in 2019, and celebrated its 50th anniversary this spring".
			gap := max(d.Start-q.End, q.Start-d.End)
			if bestGap < 0 || gap < bestGap {
				best, bestGap = d.From.Year(), gap
			}
		}
	}
	return best
}

// anchorRef points at the year a span counts from, with how it was read:
// the date resolver's note when it resolved that year, else the year as
// written.
func anchorRef(p *analysis.Pass, q quantities.Quantity) analysis.Related {
	a := q.Anchor
	for _, d := range p.Dates {
		if d.Start <= a.Start && d.End >= a.End && d.Resolved && d.Type == dates.Date {
			return analysis.Related{Span: analysis.At(a.Start, a.End),
				Note: note(d)}
		}
	}
	return analysis.Related{Span: analysis.At(a.Start, a.End),
		Note: fmt.Sprintf("%d, written out (%s); publication date %s (from the %s)", a.Year, a.Rel, day(p.Reference.Date), p.Reference.Source)}
}

// ordinal writes 25 as "25th".
func ordinal(n int) string {
	suf := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suf = "st"
	case n%10 == 2:
		suf = "nd"
	case n%10 == 3:
		suf = "rd"
	}
	return fmt.Sprintf("%d%s", n, suf)
}
