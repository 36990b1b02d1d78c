package rules

import (
	"fmt"

	"github.com/copydesk/copydesk/checker/analysis"
)

// InvalidDate flags a date that does not exist.
var InvalidDate = &analysis.Rule{
	ID:      "invalid-date",
	Summary: "a date that does not exist, such as Feb. 30 or June 31",
	Doc: `February has 28 days, or 29 in a leap year; April, June, September and
November have 30. A date past the end of its month ("Feb. 30", "June 31",
"Feb. 29, 2026") is a typo for some other day, and every rule that compares
dates has to skip it. When no year is written, the year is the one the
resolver chose from the publication date and the tense of the clause, and
the message says so.`,
	Bad:      "(published 2026-02-04) The deadline is Feb. 30.",
	Good:     "(published 2026-02-04) The deadline is March 2.",
	Severity: analysis.Error,
	Run:      runInvalidDate,
}

func runInvalidDate(p *analysis.Pass) []analysis.Finding {
	var out []analysis.Finding
	for _, d := range p.Dates {
		if d.Invalid == "" {
			continue
		}
		msg := fmt.Sprintf("%q does not exist: %s", d.Text, d.Invalid)
		if !d.HasYear {
			msg += fmt.Sprintf(" (no year is written; it was taken from the publication date %s)", day(p.Reference.Date))
		}
		out = append(out, analysis.Finding{Message: msg, Span: analysis.At(d.Start, d.End)})
	}
	return out
}
