package rules

import (
	"fmt"

	"github.com/copydesk/copydesk/checker/analysis"
	"github.com/copydesk/copydesk/checker/dates"
)

// RelativeAbsolute flags a relative date and the absolute one written
// beside it for the same day when they name different days.
var RelativeAbsolute = &analysis.Rule{
	ID:      "relative-absolute",
	Summary: "a relative date and the absolute date beside it name different days",
	Doc: `Copy often gives a day twice: "on Monday (Feb. 3)", "yesterday, Feb. 4".
Resolved against the publication date, the two must be the same day. In a
story published Wednesday, Feb. 4, 2026, "yesterday, Feb. 4" is wrong
(yesterday was Feb. 3), and so is "on Monday (Feb. 3)": Feb. 3 is a
Tuesday. For a weekday the rule fires only when the absolute date falls on
another weekday, since the date itself may pick out a week other than the
one the tense suggests. A week or a month counted from the publication date
must hold the day written beside it, and so must part of one ("earlier this
month"): in the same story, "last week, on Jan. 22" is wrong (last week ran
from Jan. 26 to Feb. 1), and so are "last month, on Dec. 29" and "earlier
this month, on Jan. 30". A year with a count of years back written after
it must agree too: something in 1959 was 40 or 41 years before a date in
2000, so "in 1959, 42 years ago" is wrong (a hedged count, "about 42 years
ago", is left alone).`,
	Bad:      "(published 2026-02-04) The minister resigned on Monday (Feb. 3).",
	Good:     "(published 2026-02-04) The minister resigned on Monday (Feb. 2).",
	Severity: analysis.Error,
	Run:      runRelativeAbsolute,
}

func runRelativeAbsolute(p *analysis.Pass) []analysis.Finding {
	var out []analysis.Finding
	for _, rel := range p.Dates {
		if rel.Appositive < 0 || rel.Appositive >= len(p.Dates) || !rel.Resolved {
			continue
		}
		abs := p.Dates[rel.Appositive]
		if abs.Resolved && abs.Granularity == dates.GrainYear && rel.Granularity == dates.GrainYear {
			if f, ok := yearsAgoApart(p, rel, abs); ok {
				out = append(out, f)
			}
			continue
		}
		if !abs.Resolved || abs.Granularity != dates.GrainDay || rel.From.Equal(abs.From) {
			continue
		}
		var msg string
		if rel.Granularity != dates.GrainDay {
			if within(abs, rel) {
				continue
			}
			msg = fmt.Sprintf("%q and %q disagree: %q is %s, published %s, and %s falls outside it", rel.Text, abs.Text,
				rel.Text, when(rel), day(p.Reference.Date), abs.From.Format("January 2, 2006"))
		} else if rel.BareWeekday {
			if abs.From.Weekday() == rel.From.Weekday() {
				continue
			}
			msg = fmt.Sprintf("%q and %q name different days: %s is a %s", rel.Text, abs.Text,
				abs.From.Format("January 2, 2006"), abs.From.Weekday())
		} else {
			msg = fmt.Sprintf("%q and %q name different days: %q is %s, published %s", rel.Text, abs.Text,
				rel.Text, rel.From.Format("January 2, 2006"), day(p.Reference.Date))
		}
		out = append(out, analysis.Finding{
			Message: msg,
			Span:    analysis.At(min(rel.Start, abs.Start), max(rel.End, abs.End)),
			Related: []analysis.Related{dateRef(rel), dateRef(abs)},
		})
	}
	return out
}

// yearsAgoApart flags a count of years back and the year beside it that
// cannot be that many years before the publication date: something in
// year Y was P−Y or P−Y−1 whole years ago in year P ("in 1959, 42 years
// ago" published in 2000: 40 or 41).
func yearsAgoApart(p *analysis.Pass, rel, abs dates.Expr) (analysis.Finding, bool) {
	y, pub := abs.From.Year(), p.Reference.Date.Year()
	n := pub - rel.From.Year()
	if n == pub-y || n == pub-y-1 {
		return analysis.Finding{}, false
	}
	return analysis.Finding{
		Message: fmt.Sprintf("%q and %q disagree: in copy published %s, %d was %d or %d years ago", rel.Text, abs.Text,
			day(p.Reference.Date), y, pub-y-1, pub-y),
		Span:    analysis.At(min(rel.Start, abs.Start), max(rel.End, abs.End)),
		Related: []analysis.Related{dateRef(rel), dateRef(abs)},
	}, true
}
