package rules

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/copydesk/copydesk/checker/analysis"
	"github.com/copydesk/copydesk/checker/entities"
	"github.com/copydesk/copydesk/checker/facts"
	"github.com/copydesk/copydesk/checker/lexicon"
)

// DeskTitle reports a title or an appointment date the desk's offices
// contradict.
var DeskTitle = &analysis.Rule{
	ID:      "desk-title",
	Summary: "a title the person did not hold on the publication date, or the wrong year they took it",
	Doc: `With a facts file (--facts) that lists a person's offices and when they
held them, a title the copy gives the person ("Finance Minister Ana Ruiz")
is checked against the offices held on the publication date: one the desk
has them holding only before or after it is reported. A title marked
"former" must be one the desk has them leaving. An office the copy says
they took ("became prime minister in 2021", "was sworn in as president in
March 2022") is checked against the date the desk has them taking it.
Titles the desk does not list for the person are left alone: the desk may
not list every office.`,
	Bad:      "Finance Minister Ana Ruiz opened the session.  (published 2026-02-04)",
	Good:     "Prime Minister Ana Ruiz opened the session.  (published 2026-02-04)",
	Severity: analysis.Warning,
	Run:      runDeskTitle,
	Facts:    deskExample,
}

func runDeskTitle(p *analysis.Pass) []analysis.Finding {
	if p.Facts == nil {
		return nil
	}
	lx := lexicon.Default()
	ent := p.Entities
	ref := p.Reference.Date
	var out []analysis.Finding
	for _, pi := range linkedPeople(p) {
		d := p.Facts.People[p.Desk.People[pi]]
		seen := map[string]bool{}
		for _, t := range titlesOf(ent, pi) {
			if seen[strings.ToLower(t.title)] {
				continue
			}
			seen[strings.ToLower(t.title)] = true
			match := matchingOffices(lx, d, t.title)
			if len(match) == 0 {
				continue
			}
			if msg, bad := titleOn(d, t.former, match, ref); bad {
				out = append(out, analysis.Finding{
					Message: fmt.Sprintf("%q for %s: %s; %s, in %s", t.written, d.Name, msg, heldOn(d, ref, p), deskSource(p.Facts)),
					Span:    analysis.At(t.span.Start, t.span.End),
				})
			}
		}
	}
	return append(out, appointmentFindings(p, lx)...)
}

// givenTitle is a title the copy gives a person.
type givenTitle struct {
	title, written string
	former         bool
	span           analysis.Span
}

// titlesOf returns the titles the copy gives a person: before a name
// ("Finance Minister Ana Ruiz") and as a description in a sentence that
// names them ("Ruiz, the deputy defence minister,").
func titlesOf(ent entities.Analysis, pi int) []givenTitle {
	named := map[int]bool{}
	for _, mi := range ent.People[pi].Mentions {
		if m := ent.Mentions[mi]; m.Kind == entities.Name {
			named[m.Sentence] = true
		}
	}
	var out []givenTitle
	for _, mi := range ent.People[pi].Mentions {
		m := ent.Mentions[mi]
		switch {
		case m.Kind == entities.Name && m.Title != "":
			t := givenTitle{title: m.Title, written: m.Title, former: m.Former,
				span: analysis.At(min(m.TitleSpan.Start, m.Start), max(m.TitleSpan.End, m.End))}
			if m.Former {
				t.written = "former " + m.Title
			}
			out = append(out, t)
		case m.Kind == entities.Role && named[m.Sentence]:
			words := strings.Fields(strings.ToLower(m.Text))
			out = append(out, givenTitle{title: m.Text, written: m.Text, former: m.Former || slices.Contains(words, "former"),
				span: analysis.At(m.Start, m.End)})
		}
	}
	return out
}

// matchingOffices returns the desk offices a title names: those whose
// words include all of the title's.
func matchingOffices(lx *lexicon.Lexicon, d facts.Person, title string) []facts.Office {
	want := entities.TitleWords(lx, title)
	if len(want) == 0 {
		return nil
	}
	var out []facts.Office
	for _, o := range d.Offices {
		have := entities.TitleWords(lx, o.Title)
		all := true
		for w := range want {
			all = all && have[w]
		}
		if all {
			out = append(out, o)
		}
	}
	return out
}

// titleOn says whether a title, current or former, is wrong on day ref,
// given the offices it names.
func titleOn(d facts.Person, former bool, match []facts.Office, ref time.Time) (string, bool) {
	if former {
		for _, o := range match {
			if !o.To.IsZero() && !o.To.Start().After(ref) {
				return "", false
			}
		}
		return fmt.Sprintf("the desk has %s still %s on %s", d.Name, span(match[0]), ref.Format(time.DateOnly)), true
	}
	for _, o := range match {
		if heldAt(o, ref) {
			return "", false
		}
	}
	return fmt.Sprintf("the desk has %s %s, not on %s", d.Name, span(match[0]), ref.Format(time.DateOnly)), true
}

// heldAt reports whether an office was held on day t.
func heldAt(o facts.Office, t time.Time) bool {
	return (o.From.IsZero() || !o.From.Start().After(t)) && (o.To.IsZero() || o.To.Start().After(t))
}

// span describes an office and when it was held.
func span(o facts.Office) string {
	switch {
	case !o.From.IsZero() && !o.To.IsZero():
		return fmt.Sprintf("%s from %s to %s", o.Title, o.From, o.To)
	case !o.From.IsZero():
		return fmt.Sprintf("%s since %s", o.Title, o.From)
	case !o.To.IsZero():
		return fmt.Sprintf("%s until %s", o.Title, o.To)
	}
	return o.Title
}

// heldOn says which offices the desk has a person holding on the
// publication date.
func heldOn(d facts.Person, ref time.Time, p *analysis.Pass) string {
	var held []string
	for _, o := range d.Offices {
		if heldAt(o, ref) {
			held = append(held, span(o))
		}
	}
	if len(held) == 0 {
		return "on " + publication(p) + " the desk has no office for them"
	}
	return "on " + publication(p) + " they are " + strings.Join(held, " and ")
}

// appointmentFindings checks the offices the copy says people took against
// the dates the desk has them taking them.
func appointmentFindings(p *analysis.Pass, lx *lexicon.Lexicon) []analysis.Finding {
	var out []analysis.Finding
	for _, ap := range p.Entities.Appointments {
		d, ok := deskPerson(p, ap.Person)
		if !ok || ap.Date < 0 {
			continue
		}
		date := p.Dates[ap.Date]
		match, agrees := matchingOffices(lx, d, ap.Title), false
		var known []facts.Office
		for _, o := range match {
			if o.From.IsZero() {
				continue
			}
			known = append(known, o)
			agrees = agrees || o.From.Start().Before(date.To) && date.From.Before(o.From.End())
		}
		if len(known) == 0 || agrees {
			continue
		}
		out = append(out, analysis.Finding{
			Message: fmt.Sprintf("%s took office as %s at %q here (%s), but %s has %s %s", d.Name, ap.Title, date.Text,
				date.Resolution, deskSource(p.Facts), d.Name, span(known[0])),
			Span:    analysis.At(ap.Start, ap.End),
			Related: []analysis.Related{{Span: analysis.At(date.Start, date.End), Note: note(date)}},
		})
	}
	return out
}
