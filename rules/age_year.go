package rules

import (
	"fmt"
	"time"

	"github.com/copydesk/copydesk/checker/analysis"
	"github.com/copydesk/copydesk/checker/entities"
)

// AgeYear reports an age that does not fit a birth date and the
// publication date, or one person's age given two ways.
var AgeYear = &analysis.Rule{
	ID:      "age-year",
	Summary: "an age disagrees with a birth year or with another age of the same person",
	Doc: `An age in copy is the age on the publication date. "Smith, 54, born in
1975" cannot be right in 2026, when Smith is 50 or 51. Nor can one person
be 54 in one paragraph and "the 56-year-old" in another. Ages and birth dates
are tied to a person however the copy refers to them: by name ("Smith,
54"), by pronoun ("She was born in 1969"), by a role the copy gave them
("the 52-year-old pharmacist"), by a fronted phrase ("Born in 1980 in Lyon,
Moreau studied law"), by a bracket ("Ruiz (b. 1975)"), by a quote's
attribution ("..." said the 58-year-old: the speaker named before the
quote), or, for a bare "the 56-year-old", by the person spoken of just
before, unless someone was given that age or another age was given to
them. A noun phrase such as "her mother, 79" is someone else. An
age at an earlier time ("who was 40 when elected in 2010", "was 30 in
1990") is not compared with the publication date, but an age reached at a
stated time ("turned 60 last year") gives the year of birth, an age at a
dated time ("was 24 when she joined the firm in 1998") gives it as one of
two years, and two years of birth for one person disagree. In direct
speech, "I'm 64" and "I'm 64 years old" are the speaker's age. A role
the copy never gave anyone may still name its person: the subject of the
verb it derives from ("Horvat won the prize" ... "the winner"), the topic
a verb of describing characterises ("Players describe a coach who ..."),
or the one person of the sentence ("named Réka Fekete its music director,
making the 38-year-old conductor ..."); "Her name is Sachiko Kurebayashi"
names the person a description introduced.`,
	Bad:      "Ana Ruiz, 54, was born in 1975.  (published 2026)",
	Good:     "Ana Ruiz, 50, was born in 1975.  (published 2026)",
	Severity: analysis.Warning,
	Run:      runAgeYear,
}

func runAgeYear(p *analysis.Pass) []analysis.Finding {
	a := p.Entities
	// An age written bare ("the 56-year-old") may be anyone's of that age
	// given beside a name or description.
	stated := map[int]bool{}
	for _, g := range a.Ages {
		if !g.Past && !g.Restated {
			stated[g.Value] = true
		}
	}
	births := map[int]entities.Birth{}
	var out []analysis.Finding
	for _, b := range a.Births {
		if b.Person < 0 {
			continue
		}
		if prev, ok := births[b.Person]; !ok || sameYears(prev, b) && finer(b, prev) {
			// The finest birth date given stands for the person: "Born on
			// 11 October 1969" over "was 29 when ... in 1998".
			births[b.Person] = b
		} else if !sameYears(prev, b) {
			if b.Start < prev.Start {
				b, prev = prev, b // "here" is the later of the two in the copy
			}
			out = append(out, twoBirths(p, b, prev))
		}
	}
	first := map[int]entities.Age{}
	for _, g := range a.Ages {
		if g.Past || g.Person < 0 || g.Restated && stated[g.Value] {
			continue
		}
		prev, seen := first[g.Person]
		switch {
		case seen && prev.Value != g.Value:
			out = append(out, twoAges(p, g, prev))
			continue
		case !seen && !g.Restated:
			first[g.Person] = g
		}
		if b, ok := births[g.Person]; ok {
			if f, bad := ageAgainstBirth(p, g, b); bad {
				out = append(out, f)
			}
		}
	}
	return out
}

// finer reports whether birth b is given more exactly than prev: a
// single year over one of two, a month or a day over none.
func finer(b, prev entities.Birth) bool {
	rank := func(x entities.Birth) int {
		switch {
		case x.OrNext:
			return 0
		case x.Day > 0:
			return 3
		case x.Month > 0:
			return 2
		}
		return 1
	}
	return rank(b) > rank(prev)
}

// twoAges reports one person given age g after age prev.
func twoAges(p *analysis.Pass, g, prev entities.Age) analysis.Finding {
	return analysis.Finding{
		Message: fmt.Sprintf("%s is %d here but %d earlier (%q)", personName(p, g.Person), g.Value, prev.Value, ageContext(p, prev)),
		Span:    analysis.At(g.Start, g.End),
		Related: append([]analysis.Related{
			{Span: analysis.At(prev.Start, prev.End), Note: fmt.Sprintf("age first given as %d", prev.Value)},
		}, mentionNote(p, g.By)...),
	}
}

// twoBirths reports one person given birth year b after prev.
func twoBirths(p *analysis.Pass, b, prev entities.Birth) analysis.Finding {
	return analysis.Finding{
		Message: fmt.Sprintf("%s was born %s here but %s earlier", personName(p, b.Person), b.Text, prev.Text),
		Span:    analysis.At(b.Start, b.End),
		Related: append([]analysis.Related{
			{Span: analysis.At(prev.Start, prev.End), Note: fmt.Sprintf("born %s", prev.Text)},
		}, mentionNote(p, b.By)...),
	}
}

// ageAgainstBirth reports age g if it does not fit birth b on the
// publication date (when that date was not assumed).
func ageAgainstBirth(p *analysis.Pass, g entities.Age, b entities.Birth) (analysis.Finding, bool) {
	if p.Reference.Assumed || p.Reference.Date.IsZero() {
		return analysis.Finding{}, false
	}
	lo, hi := ageRange(b, p.Reference.Date)
	if g.Value >= lo && g.Value <= hi {
		return analysis.Finding{}, false
	}
	want := fmt.Sprint(lo)
	switch {
	case hi > lo+1:
		want = fmt.Sprintf("%d to %d", lo, hi) // born in one of two years
	case hi > lo:
		want = fmt.Sprintf("%d or %d", lo, hi)
	}
	return analysis.Finding{
		Message: fmt.Sprintf("%s is %d here, but someone born %s is %s on the publication date %s",
			personName(p, g.Person), g.Value, b.Text, want, day(p.Reference.Date)),
		Span: analysis.At(g.Start, g.End),
		Related: append([]analysis.Related{{
			Span: analysis.At(b.Start, b.End),
			Note: fmt.Sprintf("born %s; publication date %s (from the %s)", b.Text, day(p.Reference.Date), p.Reference.Source),
		}}, mentionNote(p, b.By)...),
	}, true
}

// personName names a person for a message.
func personName(p *analysis.Pass, id int) string {
	if id >= 0 && id < len(p.Entities.People) {
		return p.Entities.People[id].Name
	}
	return "someone"
}

// mentionNote points at the pronoun or role that ties a fact to its
// person, saying who it was taken to be ("She" → Ana Ruiz); a name needs
// no such note.
func mentionNote(p *analysis.Pass, mi int) []analysis.Related {
	if mi < 0 || mi >= len(p.Entities.Mentions) || p.Entities.Mentions[mi].Kind == entities.Name {
		return nil
	}
	m := p.Entities.Mentions[mi]
	return []analysis.Related{{Span: analysis.At(m.Start, m.End), Note: fmt.Sprintf("“%s” → %s", m.Text, personName(p, m.Person))}}
}

// sameYears reports whether two births can fall in one year: each is a
// year, or a year and the next.
func sameYears(a, b entities.Birth) bool {
	aHi, bHi := a.Year, b.Year
	if a.OrNext {
		aHi++
	}
	if b.OrNext {
		bHi++
	}
	return a.Year <= bHi && b.Year <= aHi
}

// ageRange is the age on date ref of someone born at b: one value when the
// day is known, else the two it may be.
func ageRange(b entities.Birth, ref time.Time) (lo, hi int) {
	if b.OrNext {
		// Born in Year or the year after: the ages of both.
		next := b
		next.Year, next.OrNext = b.Year+1, false
		lo, _ = ageRange(next, ref)
		b.OrNext = false
		_, hi = ageRange(b, ref)
		return lo, hi
	}
	age := ref.Year() - b.Year
	switch {
	case b.Month > 0 && b.MonthTo > b.Month:
		// A birthday somewhere in a span of months ("turned 50 in the
		// summer"): past once the span is.
		if m := int(ref.Month()); m > b.MonthTo {
			return age, age
		} else if m < b.Month {
			return age - 1, age - 1
		}
		return age - 1, age
	case b.Month > 0 && b.Day > 0:
		if int(ref.Month()) < b.Month || int(ref.Month()) == b.Month && ref.Day() < b.Day {
			age--
		}
		return age, age
	case b.Month > 0 && int(ref.Month()) < b.Month:
		return age - 1, age - 1
	case b.Month > 0 && int(ref.Month()) > b.Month:
		return age, age
	}
	return age - 1, age
}

// ageContext quotes an age with the mention that ties it to its person.
func ageContext(p *analysis.Pass, g entities.Age) string {
	if g.By >= 0 && g.By < len(p.Entities.Mentions) {
		m := p.Entities.Mentions[g.By]
		a, b := min(m.Start, g.Start), max(m.End, g.End)
		if b-a < 80 {
			return p.Text[a:b]
		}
	}
	return g.Text
}
