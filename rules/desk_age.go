package rules

import (
	"fmt"
	"slices"
	"time"

	"github.com/copydesk/copydesk/checker/analysis"
	"github.com/copydesk/copydesk/checker/entities"
	"github.com/copydesk/copydesk/checker/facts"
)

// DeskAge reports an age or birth year against the desk's birth date.
var DeskAge = &analysis.Rule{
	ID:      "desk-age",
	Summary: "an age or birth year the desk's birth date contradicts on the publication date",
	Doc: `With a facts file (--facts) that gives a person's birth date, an age the
copy gives them ("Ruiz, 52,", "the 52-year-old Ruiz", "aged 52") is checked
against the age the birth date gives on the publication date, and a birth
year or date ("born in 1974") against the desk's. When the desk has only a
year (or a month), either age around the birthday is accepted. An age at
an earlier time is checked against the date its sentence gives that time
("was 63 when he was sworn in on Jan. 15, 2012"); without one it is left
alone.`,
	Bad:      "Prime Minister Ana Ruiz, 52, opened the session.  (published 2026-02-04)",
	Good:     "Prime Minister Ana Ruiz, 50, opened the session.  (published 2026-02-04)",
	Severity: analysis.Warning,
	Run:      runDeskAge,
	Facts:    deskExample,
}

func runDeskAge(p *analysis.Pass) []analysis.Finding {
	if p.Facts == nil {
		return nil
	}
	ent := p.Entities
	var out []analysis.Finding
	for gi, g := range ent.Ages {
		d, ok := deskPerson(p, g.Person)
		if !ok || g.Restated || d.Born.IsZero() {
			continue
		}
		if g.Past {
			out = append(out, pastAge(p, gi, d)...)
			continue
		}
		ages := agesOn(d.Born, p.Reference.Date)
		if slices.Contains(ages, g.Value) {
			continue
		}
		out = append(out, analysis.Finding{
			Message: fmt.Sprintf("%s is %d here, but %s has %s born %s: %s on %s",
				d.Name, g.Value, deskSource(p.Facts), d.Name, bornOn(d.Born), agesText(ages), publication(p)),
			Span:    analysis.At(g.Start, g.End),
			Related: byMention(ent, g.By, d.Name),
		})
	}
	for _, b := range ent.Births {
		d, ok := deskPerson(p, b.Person)
		if !ok || d.Born.IsZero() || sameBirth(b, d.Born) {
			continue
		}
		out = append(out, analysis.Finding{
			Message: fmt.Sprintf("%s's birth is given as %q here, but %s has %s born %s",
				d.Name, b.Text, deskSource(p.Facts), d.Name, bornOn(d.Born)),
			Span:    analysis.At(b.Start, b.End),
			Related: byMention(ent, b.By, d.Name),
		})
	}
	return out
}

// pastAge checks an age at an earlier time against the date the copy
// gives that time ("was 63 when sworn in on Jan. 15, 2012").
func pastAge(p *analysis.Pass, gi int, d facts.Person) []analysis.Finding {
	di, ok := p.Desk.AgeDates[gi]
	if !ok {
		return nil
	}
	g, date := p.Entities.Ages[gi], p.Dates[di]
	ages := agesDuring(d.Born, date.From, date.To)
	if slices.Contains(ages, g.Value) {
		return nil
	}
	return []analysis.Finding{{
		Message: fmt.Sprintf("%s was %d at %q here, but %s has %s born %s: %s then",
			d.Name, g.Value, date.Text, deskSource(p.Facts), d.Name, bornOn(d.Born), agesText(ages)),
		Span:    analysis.At(g.Start, g.End),
		Related: append(byMention(p.Entities, g.By, d.Name), analysis.Related{Span: analysis.At(date.Start, date.End), Note: note(date)}),
	}}
}

// agesDuring returns the ages a birth date allows on some day of [from, to).
func agesDuring(born facts.Date, from, to time.Time) []int {
	first := agesOn(born, from)
	last := agesOn(born, to.AddDate(0, 0, -1))
	lo, hi := first[0], last[len(last)-1]
	var out []int
	for a := lo; a <= hi && len(out) < 3; a++ {
		out = append(out, a)
	}
	return out
}

// deskPerson returns the desk's entry for a person of the copy.
func deskPerson(p *analysis.Pass, person int) (facts.Person, bool) {
	if person < 0 {
		return facts.Person{}, false
	}
	di, ok := p.Desk.People[person]
	if !ok {
		return facts.Person{}, false
	}
	return p.Facts.People[di], true
}

// agesOn returns the ages a birth date allows on day ref: one when the
// birthday is known, two when only the year or month is.
func agesOn(born facts.Date, ref time.Time) []int {
	y := ref.Year() - born.Year
	switch {
	case born.Month == 0:
		return []int{y - 1, y}
	case int(ref.Month()) != born.Month:
		if int(ref.Month()) < born.Month {
			return []int{y - 1}
		}
		return []int{y}
	case born.Day == 0:
		return []int{y - 1, y}
	case ref.Day() < born.Day:
		return []int{y - 1}
	}
	return []int{y}
}

func agesText(ages []int) string {
	if len(ages) == 1 {
		return fmt.Sprint(ages[0])
	}
	return fmt.Sprintf("%d or %d", ages[0], ages[len(ages)-1])
}

func bornOn(d facts.Date) string {
	if d.Month == 0 {
		return "in " + d.String()
	}
	return "on " + d.String()
}

// sameBirth reports whether a birth date of the copy agrees with the
// desk's, to the precision both give.
func sameBirth(b entities.Birth, d facts.Date) bool {
	if b.OrNext {
		return d.Year == b.Year || d.Year == b.Year+1
	}
	return b.Year == d.Year && (b.Month == 0 || d.Month == 0 || b.Month == d.Month || b.Month < d.Month && d.Month <= b.MonthTo) &&
		(b.Day == 0 || d.Day == 0 || b.Day == d.Day)
}

// byMention relates the mention that ties a fact to the desk's person.
func byMention(ent entities.Analysis, by int, name string) []analysis.Related {
	if by < 0 || by >= len(ent.Mentions) {
		return nil
	}
	m := ent.Mentions[by]
	return []analysis.Related{{Span: analysis.At(m.Start, m.End), Note: "the desk's " + name}}
}
