package rules

import (
	"fmt"
	"time"

	"github.com/copydesk/copydesk/checker/analysis"
	"github.com/copydesk/copydesk/checker/dates"
)

// when says in words what stretch of the calendar a resolved date covers:
// "November 2026", "2025", "4 February 2026", "1 January to 30 June 2025".
func when(d dates.Expr) string {
	last := d.To.AddDate(0, 0, -1)
	switch {
	case !d.Resolved:
		return d.Value
	case d.To.Equal(d.From.AddDate(0, 0, 1)):
		return d.From.Format("Monday, 2 January 2006")
	case d.From.Day() == 1 && d.To.Equal(d.From.AddDate(0, 1, 0)):
		return d.From.Format("January 2006")
	case d.From.YearDay() == 1 && d.To.Equal(d.From.AddDate(1, 0, 0)):
		return d.From.Format("2006")
	case d.From.Year() == last.Year():
		return fmt.Sprintf("%s to %s", d.From.Format("2 January"), last.Format("2 January 2006"))
	}
	return fmt.Sprintf("%s to %s", d.From.Format("2 January 2006"), last.Format("2 January 2006"))
}

// note is the explanation attached to a date's related span: how it was
// resolved, falling back to its interval.
func note(d dates.Expr) string {
	if d.Resolution != "" {
		return d.Resolution
	}
	return fmt.Sprintf("%s → %s", d.Text, when(d))
}

// dateRef returns a related span for date d.
func dateRef(d dates.Expr) analysis.Related {
	return analysis.Related{Span: analysis.At(d.Start, d.End), Note: note(d)}
}

// disjoint reports whether two resolved intervals share no day.
func disjoint(a, b dates.Expr) bool {
	return !a.From.Before(b.To) || !b.From.Before(a.To)
}

// roughly returns d widened by half its unit when the copy counted it
// roughly from now ("in two weeks": the week, give or take a few days).
func roughly(d dates.Expr) dates.Expr {
	if !d.Rough {
		return d
	}
	pad := 3 * 24 * time.Hour
	if d.Granularity != dates.GrainWeek {
		pad = 15 * 24 * time.Hour
	}
	d.From, d.To = d.From.Add(-pad), d.To.Add(pad)
	return d
}

// within reports whether interval a lies inside b.
func within(a, b dates.Expr) bool {
	return !a.From.Before(b.From) && !a.To.After(b.To)
}

func day(t time.Time) string { return t.Format("2006-01-02") }
