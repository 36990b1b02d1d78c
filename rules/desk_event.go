package rules

import (
	"fmt"

	"github.com/copydesk/copydesk/checker/analysis"
	"github.com/copydesk/copydesk/checker/desk"
	"github.com/copydesk/copydesk/checker/facts"
)

// DeskEvent reports an event's date or place against the desk's.
var DeskEvent = &analysis.Rule{
	ID:      "desk-event",
	Summary: "an event's date or place that disagrees with the desk's for that instance",
	Doc: `With a facts file (--facts) that lists an event's dates and places (each
year's, for one that recurs), an event the copy names as the desk does ("the
Lisbon summit", or a form the desk lists, and later "the summit") is matched
to the instance it speaks of: the one on its date, else that year's; for an
undated mention, the next one from the publication date, or the last one
before it in the past tense. A date that misses that instance ("next
month's summit" when this year's is in November) or a place that is not
its place ("the summit in Porto") is reported. A country is not compared
with a city, and a venue in a sentence that names the desk's city agrees.`,
	Bad:      "Leaders will meet at the Lisbon summit next month.  (published 2026-02-04)",
	Good:     "Leaders will meet at the Lisbon summit in November.  (published 2026-02-04)",
	Severity: analysis.Warning,
	Run:      runDeskEvent,
	Facts:    deskExample,
}

func runDeskEvent(p *analysis.Pass) []analysis.Finding {
	if p.Facts == nil {
		return nil
	}
	var out []analysis.Finding
	seen := map[string]bool{}
	for _, l := range p.Desk.Events {
		if l.Instance < 0 {
			continue
		}
		ev := p.Facts.Events[l.Entry]
		x := ev.Dates[l.Instance]
		m := l.Trigger
		if l.Date >= 0 && l.Chosen != "the one on that date" {
			d := p.Dates[l.Date]
			if key := fmt.Sprint("date", l.Entry, l.Instance, d.Value); !seen[key] {
				seen[key] = true
				out = append(out, analysis.Finding{
					Message: fmt.Sprintf("the %s is dated %s here (%q), but %s has %s %s", ev.Name, when(d), d.Text,
						deskSource(p.Facts), instanceName(ev, l), instanceWhen(x)),
					Span:    analysis.At(min(m.Start, d.Start), max(m.End, d.End)),
					Related: []analysis.Related{{Span: analysis.At(d.Start, d.End), Note: note(d)}},
				})
			}
		}
		if l.Place != "" && !l.PlaceAgrees {
			if key := fmt.Sprint("place", l.Entry, l.Instance, l.Place); !seen[key] {
				seen[key] = true
				out = append(out, analysis.Finding{
					Message: fmt.Sprintf("the %s is in %s here, but %s has %s in %s (%s)", ev.Name, l.Place,
						deskSource(p.Facts), instanceName(ev, l), x.Place, chosenBy(p, l)),
					Span: analysis.At(min(m.Start, l.PlaceSpan.Start), max(m.End, l.PlaceSpan.End)),
				})
			}
		}
	}
	return out
}

// instanceName names the instance compared: "2026's" for a yearly event.
func instanceName(ev facts.Event, l desk.EventLink) string {
	if ev.Recurs == "yearly" {
		return fmt.Sprintf("%d's", ev.Dates[l.Instance].From.Year)
	}
	return "it"
}

// instanceWhen says when an instance is.
func instanceWhen(x facts.Instance) string {
	s := "on " + x.From.String()
	if !x.To.IsZero() {
		s = "from " + x.From.String() + " to " + x.To.String()
	}
	if x.Place != "" {
		s += " in " + x.Place
	}
	return s
}

// chosenBy says how the instance compared was chosen.
func chosenBy(p *analysis.Pass, l desk.EventLink) string {
	if l.Date >= 0 {
		return "the instance of " + note(p.Dates[l.Date])
	}
	return l.Chosen + ", " + publication(p)
}
