package rules

import (
	"fmt"
	"strings"
	"time"

	"github.com/copydesk/copydesk/checker/analysis"
	"github.com/copydesk/copydesk/checker/quantities"
)

// AgeYear reports an age that does not fit a birth date and the
// publication date, or one person's age given two ways.
var AgeYear = &analysis.Rule{
	ID:      "age-year",
	Summary: "an age disagrees with a birth year or with another age of the same person",
	Doc: `An age in copy is the age on the publication date. "Smith, 54, born in
1975" cannot be right in 2026, when Smith is 50 or 51. Nor can one person
be 54 in one paragraph and "the 56-year-old" in another. Ages are tied to a
person by the name beside them ("Smith, 54"), by a noun phrase ("her mother,
79", who is someone else), or, for "the 56-year-old", by the last person
named just before; an age at an earlier time ("who was 40 when elected in
2010") is not compared with the publication date.`,
	Bad:      "Ana Ruiz, 54, was born in 1975.  (published 2026)",
	Good:     "Ana Ruiz, 50, was born in 1975.  (published 2026)",
	Severity: analysis.Warning,
	Run:      runAgeYear,
}

// whose returns a key for the person a quantity's subject names: "p3" for
// the fourth person of the names analysis, "r:her mother" for a noun
// phrase; "" when unknown.
func whose(p *analysis.Pass, q quantities.Quantity) string {
	if q.Subject.End > q.Subject.Start {
		if !q.SubjectIsName {
			return "r:" + strings.ToLower(p.Text[q.Subject.Start:q.Subject.End])
		}
		// The subject may span a title: take the person of its last word.
		if id := p.Names.PersonAt(q.Subject.End - 1); id >= 0 {
			return fmt.Sprintf("p%d", id)
		}
		return ""
	}
	if !q.Anaphor {
		return ""
	}
	// "the 56-year-old", "She was born in 1975": the last person named,
	// within the two sentences before.
	mi := p.Names.LastBefore(q.Start)
	if mi < 0 {
		return ""
	}
	m := p.Names.Mentions[mi]
	if m.Person < 0 || q.Sentence-m.Sentence > 2 {
		return ""
	}
	// Someone else aged in between ("her mother, 79") makes it unclear.
	for _, o := range p.Quantities {
		if o.Start > m.End && o.Start < q.Start && o.Kind == quantities.Age && !o.SubjectIsName {
			return ""
		}
	}
	return fmt.Sprintf("p%d", m.Person)
}

func runAgeYear(p *analysis.Pass) []analysis.Finding {
	type fact struct {
		q   quantities.Quantity
		who string
	}
	ages := map[string][]quantities.Quantity{}
	births := map[string]quantities.Quantity{}
	stated := map[float64]bool{} // ages stated beside a name or phrase
	var order []fact
	for _, q := range p.Quantities {
		if q.Kind == quantities.Age && !q.Past && !q.Anaphor {
			stated[q.Value] = true
		}
	}
	for _, q := range p.Quantities {
		switch {
		case q.Kind == quantities.Age && !q.Past:
			if q.Anaphor && stated[q.Value] {
				continue // it can be whoever was given that age
			}
			if w := whose(p, q); w != "" {
				order = append(order, fact{q, w})
			}
		case q.Kind == quantities.Birth:
			if w := whose(p, q); w != "" {
				if _, ok := births[w]; !ok {
					births[w] = q
				}
			}
		}
	}
	var out []analysis.Finding
	for _, f := range order {
		q := f.q
		// One person, two ages.
		if prev := ages[f.who]; len(prev) > 0 {
			first := prev[0]
			if first.Value != q.Value {
				out = append(out, analysis.Finding{
					Message: fmt.Sprintf("%s is %g here but %g earlier (%q)", who(p, f.who), q.Value, first.Value, ageContext(p.Text, first)),
					Span:    analysis.At(q.Start, q.End),
					Related: []analysis.Related{{Span: analysis.At(first.Start, first.End), Note: fmt.Sprintf("age first given as %g", first.Value)}},
				})
				continue
			}
		}
		if !q.Anaphor {
			ages[f.who] = append(ages[f.who], q)
		} else if len(ages[f.who]) == 0 {
			continue
		}
		// An age against the birth date.
		b, ok := births[f.who]
		if !ok || p.Reference.Assumed || p.Reference.Date.IsZero() {
			continue
		}
		lo, hi := ageRange(b, p.Reference.Date)
		if int(q.Value) >= lo && int(q.Value) <= hi {
			continue
		}
		want := fmt.Sprint(lo)
		if hi > lo {
			want = fmt.Sprintf("%d or %d", lo, hi)
		}
		out = append(out, analysis.Finding{
			Message: fmt.Sprintf("%s is %g here, but someone born %s is %s on the publication date %s",
				who(p, f.who), q.Value, b.Text, want, day(p.Reference.Date)),
			Span: analysis.At(q.Start, q.End),
			Related: []analysis.Related{{
				Span: analysis.At(b.Start, b.End),
				Note: fmt.Sprintf("born %s; publication date %s (from the %s)", b.Text, day(p.Reference.Date), p.Reference.Source),
			}},
		})
	}
	return out
}

// who names the person behind a key of whose, for a message.
func who(p *analysis.Pass, key string) string {
	var id int
	if _, err := fmt.Sscanf(key, "p%d", &id); err == nil && id < len(p.Names.People) {
		return p.Names.People[id].Name
	}
	return strings.TrimPrefix(key, "r:")
}

// ageRange is the age on date ref of someone born at b: one value when the
// day is known, else the two it may be.
func ageRange(b quantities.Quantity, ref time.Time) (lo, hi int) {
	y := int(b.Value)
	age := ref.Year() - y
	switch {
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

// ageContext quotes an age with the name or phrase beside it.
func ageContext(text string, q quantities.Quantity) string {
	if q.Subject.End > q.Subject.Start {
		a, b := q.Subject.Start, q.End
		if q.Subject.Start > q.Start {
			a, b = q.Start, q.Subject.End
		}
		if b-a < 80 {
			return text[a:b]
		}
	}
	return q.Text
}
