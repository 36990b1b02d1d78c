package rules

import (
	"fmt"

	"github.com/copydesk/copydesk/checker/analysis"
)

// ReferenceDate notes, once, that the publication date was assumed while the
// copy has dates that depend on it.
var ReferenceDate = &analysis.Rule{
	ID:      "reference-date",
	Summary: "the publication date was assumed, and relative dates depend on it",
	Doc: `Relative dates ("yesterday", "this November", "last week") mean nothing
without the publication date. When none was given (no --date, no front-matter
date, no metadata) copydesk assumes today; when a dateline gives a day without
a year, it takes the nearest year that fits. Either way, this info finding
says so once, pointing at the first relative date, so that the editor can
pass --date if the guess is wrong. When a date was given (--date, the
editor's date field, "published" in the API) that differs from the copy's
own (its dateline or metadata), the given date is used and this info
finding names both.`,
	Bad:      "(no --date given) The minister resigned yesterday.",
	Good:     "copydesk check --date 2026-02-04 story.txt",
	Severity: analysis.Info,
	Run: func(p *analysis.Pass) []analysis.Finding {
		if c := p.Reference.Copy; c != nil {
			return []analysis.Finding{givenAgainstCopy(p, *c)}
		}
		if !p.Reference.Assumed {
			return nil
		}
		for _, d := range p.Dates {
			if !d.Relative || (d.Start < p.Reference.End && d.End > p.Reference.Start) {
				continue // the dateline itself
			}
			return []analysis.Finding{{
				Message: fmt.Sprintf("the publication date was assumed to be %s (%s); relative dates such as %q were resolved against it: pass --date if it is wrong",
					p.Reference.Date.Format("2006-01-02"), p.Reference.Source, d.Text),
				Span: analysis.At(d.Start, d.End),
			}}
		}
		return nil
	},
}

// givenAgainstCopy reports a given publication date that differs from the
// copy's own.
func givenAgainstCopy(p *analysis.Pass, c analysis.CopyDate) analysis.Finding {
	f := analysis.Finding{
		Message: fmt.Sprintf("the publication date given, %s (%s), differs from the copy's own, %s (%s); relative dates were resolved against the date given",
			p.Reference.Date.Format("2006-01-02"), p.Reference.Source, c.Date.Format("2006-01-02"), c.Source),
		Span: analysis.At(c.Start, c.End),
	}
	if c.End > c.Start {
		f.Related = []analysis.Related{{Span: analysis.At(c.Start, c.End), Note: "the copy's " + c.Source + ": " + c.Date.Format("2006-01-02")}}
	}
	return f
}
