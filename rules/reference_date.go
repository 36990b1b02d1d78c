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
pass --date if the guess is wrong.`,
	Bad:      "(no --date given) The minister resigned yesterday.",
	Good:     "copydesk check --date 2026-02-04 story.txt",
	Severity: analysis.Info,
	Run: func(p *analysis.Pass) []analysis.Finding {
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
