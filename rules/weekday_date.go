package rules

import (
	"fmt"
	"time"

	"github.com/copydesk/copydesk/checker/analysis"
	"github.com/copydesk/copydesk/checker/dates"
)

// WeekdayDate flags a weekday written with a date that falls on another
// weekday.
var WeekdayDate = &analysis.Rule{
	ID:      "weekday-date",
	Summary: "a weekday written with a date that falls on another weekday",
	Doc: `"Wednesday, Feb. 5, 2026" cannot be right: Feb. 5, 2026 is a Thursday.
Either the weekday or the date is wrong, and an editor has to ask which.
When the date has no year, the year is the one the resolver chose from the
publication date and the tense of the clause ("Tuesday, Dec. 29" in copy
published Jan. 5, 2027 is Dec. 29, 2026, a Tuesday); the rule stays silent
when the weekday would fit the same date in the year before or after and
that year lies within six months of the publication date, since the year
is then not certain. Each end of a range of days is checked in the year the
range gives it ("from Thursday, Aug. 11, to Saturday, Aug. 14" in a
sentence about the 2022 festival: Aug. 14, 2022 is a Sunday).`,
	Bad:      "(published 2026-02-04) The vote is set for Wednesday, Feb. 5, 2026.",
	Good:     "(published 2026-02-04) The vote is set for Thursday, Feb. 5, 2026.",
	Severity: analysis.Error,
	Run:      runWeekdayDate,
}

func runWeekdayDate(p *analysis.Pass) []analysis.Finding {
	var out []analysis.Finding
	for _, d := range p.Dates {
		out = appendWrongWeekday(out, p, &d, d.HasYear)
		if d.Granularity != dates.GrainRange || !d.Resolved || len(d.Parts) != 2 {
			continue
		}
		// "from Thursday, Aug. 11, to Sunday, Aug. 14": each end in the year
		// the range gives it, a year fixed when the other end writes one
		// or a weekday that fits it.
		for i := range d.Parts {
			e, o := &d.Parts[i], &d.Parts[1-i]
			fits := o.WeekdayStated && o.Granularity == dates.GrainDay && o.From.Weekday() == o.StatedWeekday
			out = appendWrongWeekday(out, p, e, e.HasYear || o.HasYear || fits)
		}
	}
	return out
}

// appendWrongWeekday appends to out a finding for a day written with a
// weekday it does not fall on. yearFixed tells that something other than
// the resolver's choice fixes the day's year.
func appendWrongWeekday(out []analysis.Finding, p *analysis.Pass, d *dates.Expr, yearFixed bool) []analysis.Finding {
	if !d.WeekdayStated || !d.Resolved || !d.HasDay || d.Granularity != dates.GrainDay {
		return out
	}
	actual := d.From.Weekday()
	if actual == d.StatedWeekday || !yearFixed && otherYearFits(*d, p.Reference.Date) {
		return out
	}
	year := "as written"
	if !d.HasYear {
		year = "the year inferred: " + d.Resolution
	}
	return append(out, analysis.Finding{
		Message: fmt.Sprintf("%q: %s is a %s, not a %s", d.Text, d.From.Format("January 2, 2006"), actual, d.StatedWeekday),
		Span:    analysis.At(d.Start, d.End),
		Related: []analysis.Related{
			{Span: analysis.At(d.WeekdayStart, d.WeekdayEnd), Note: fmt.Sprintf("the weekday written: %s", d.StatedWeekday)},
			// The date after its weekday, or apart from it ("Monday and
			// Tuesday, Sept. 14 and 15").
			{Span: analysis.At(max(d.WeekdayEnd, d.Start), d.End), Note: fmt.Sprintf("the date: %s (%s)", when(*d), year)},
		},
	})
}

// otherYearFits reports whether the stated weekday matches the same month
// and day in the year before or after, within six months of ref.
func otherYearFits(d dates.Expr, ref time.Time) bool {
	for _, dy := range []int{-1, 1} {
		t := time.Date(d.From.Year()+dy, d.From.Month(), d.From.Day(), 0, 0, 0, 0, time.UTC)
		if t.Day() != d.From.Day() {
			continue
		}
		gap := t.Sub(ref)
		if gap < 0 {
			gap = -gap
		}
		if t.Weekday() == d.StatedWeekday && gap <= 183*24*time.Hour {
			return true
		}
	}
	return false
}
