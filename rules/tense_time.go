package rules

import (
	"fmt"
	"time"

	"github.com/copydesk/copydesk/checker/analysis"
	"github.com/copydesk/copydesk/checker/dates"
	"github.com/copydesk/copydesk/checker/tense"
)

// TenseTime flags future wording about a period that was over by the
// publication date, and past wording about one that had not begun.
var TenseTime = &analysis.Rule{
	ID:      "tense-time",
	Summary: "future tense about a period already over, or past tense about one still ahead",
	Doc: `A story published on 4 February 2026 that says a leader "will visit in the
first half of 2025" speaks of a finished period in the future tense: either
the tense is stale (the copy was written a year earlier) or the year is
wrong. The same holds the other way: "visited ... next month". The rule
reads the tense of the clause a date times (will, is expected to, plans to;
visited, was, had) and compares the date's interval with the publication
date. It stays silent on dates in direct quotes, on dates that modify a
noun ("the 2016 accord"), on the scope of a count ("twice in 2025", which
event-count checks), on "since" and "until" spans, and on future-in-
the-past wording ("said he would visit in 2025"), which is right in copy
about the past.`,
	Bad:      "(published 2026-02-04) Putin will visit China in the first half of 2025.",
	Good:     "(published 2026-02-04) Putin visited China in the first half of 2025.",
	Severity: analysis.Warning,
	Run:      runTenseTime,
}

// futurePreps and pastPreps are the prepositions under which a date times
// the event itself, rather than a deadline, a start or a target. A future
// may also be bounded by a date that is over ("will face trial before the
// end of 2023", "will stay shut until March"): the whole of it is then
// past.
var (
	futurePreps = map[string]bool{"": true, "in": true, "on": true, "at": true, "during": true, "within": true, "by": true, "throughout": true, "over": true,
		"before": true, "until": true, "till": true}
	pastPreps = map[string]bool{"": true, "in": true, "on": true, "at": true, "during": true}
)

// stateBound reports a bare year after "before" or "until": more often
// the bound of a state a noun is in ("the districts in force before
// 2019") than the deadline of the clause's future, which copy gives finer
// ("before the end of 2023", "before Dec. 1").
func stateBound(prep string, d dates.Expr) bool {
	whole := d.Granularity == dates.GrainYear && d.To.Sub(d.From) > 360*24*time.Hour // not "the end of 2023"
	return (prep == "before" || prep == "until" || prep == "till") && whole
}

func runTenseTime(p *analysis.Pass) []analysis.Finding {
	var out []analysis.Finding
	ref := p.Reference.Date
	births := map[int]bool{} // a birth date tells of a life, not of the clause's event
	for _, b := range p.Entities.Births {
		births[b.Start] = true
	}
	for i, d := range p.Dates {
		if i >= len(p.Events.Times) || !d.Resolved || d.Type == dates.Set || d.Granularity == "open" || births[d.Start] {
			continue
		}
		u := p.Events.Times[i]
		if !u.Adverbial || u.Quoted || u.Scope || u.Reference || !u.Fixed || u.Tense.Cue == "" {
			continue
		}
		var msg string
		switch {
		case u.Tense.Tense == tense.Future && !u.Reported && futurePreps[u.Prep] && !d.To.After(ref) && !stateBound(u.Prep, d):
			msg = fmt.Sprintf("%q speaks of the future, but %q (%s) was over before the publication date %s",
				u.Tense.Cue, d.Text, when(d), day(ref))
		case u.Tense.Tense == tense.Past && !u.Target && !u.Reported && pastPreps[u.Prep] && d.From.After(ref):
			msg = fmt.Sprintf("%q speaks of the past, but %q (%s) had not begun by the publication date %s",
				u.Tense.Cue, d.Text, when(d), day(ref))
		default:
			continue
		}
		start, end := min(u.Tense.CueStart, d.Start), max(u.Tense.CueEnd, d.End)
		out = append(out, analysis.Finding{
			Message: msg,
			Span:    analysis.At(start, end),
			Related: []analysis.Related{
				{Span: analysis.At(u.Tense.CueStart, u.Tense.CueEnd), Note: fmt.Sprintf("%s tense", u.Tense.Tense)},
				dateRef(d),
			},
		})
	}
	return out
}
