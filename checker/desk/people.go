package desk

import (
	"github.com/copydesk/copydesk/checker/entities"
	"github.com/copydesk/copydesk/checker/facts"
)

// How a copy person matches a desk person.
const (
	noMatch = iota
	nearMatch
	exactMatch
)

// linkPeople links each person of the copy to the desk person of that
// name: the full name or a form as written, or the surname with a given
// name that agrees; or, failing those, a surname written close to the
// desk's (a variant). A surname two desk people share links neither.
func linkPeople(a *Analysis, in Input) {
	for pi, p := range in.Entities.People {
		if p.Surname == "" {
			continue
		}
		best, how, ties := -1, noMatch, 0
		for di := range in.Facts.People {
			m := matchPerson(p, in.Facts.People[di])
			switch {
			case m > how:
				best, how, ties = di, m, 1
			case m == how && m != noMatch:
				ties++
			}
		}
		if how == noMatch || ties > 1 {
			continue
		}
		a.People[pi] = best
		for _, mi := range p.Mentions {
			m := in.Entities.Mentions[mi]
			if _, s := parts(m.Text); m.Kind == entities.Name && accepted(s, in.Facts.People[best]) {
				a.Accepted[mi] = true
			}
		}
		if how == nearMatch {
			personVariants(a, in, pi, in.Facts.People[best])
		}
	}
}

// matchPerson says how a copy person matches a desk person.
func matchPerson(p entities.Person, d facts.Person) int {
	name, given, surname := fold(p.Name), fold(p.Given), fold(p.Surname)
	how := noMatch
	for _, form := range append([]string{d.Name}, d.Forms...) {
		if fold(form) == name {
			return exactMatch
		}
		dg, ds := parts(form)
		agrees := given == "" || dg == "" || given == dg || len(given) <= 2 && dg != "" && given[0] == dg[0]
		switch {
		case !agrees:
		case ds == surname:
			how = exactMatch
		case entities.Near(surname, ds) && how < nearMatch:
			how = nearMatch
		}
	}
	return how
}

// personVariants records each distinct misspelling of a linked person's
// surname once, at its first mention.
func personVariants(a *Analysis, in Input, pi int, d facts.Person) {
	_, house := parts(d.Name)
	seen := map[string]bool{}
	for _, mi := range in.Entities.People[pi].Mentions {
		m := in.Entities.Mentions[mi]
		if m.Kind != entities.Name {
			continue
		}
		_, written := parts(m.Text)
		if written == house || seen[written] || !entities.Near(written, house) || accepted(written, d) {
			continue
		}
		seen[written] = true
		a.Variants = append(a.Variants, Variant{Span: m.Span, Written: m.Text, House: d.Name, Kind: "person"})
	}
}

// accepted reports whether a surname is that of the desk's name or of a
// form it lists.
func accepted(surname string, d facts.Person) bool {
	for _, form := range append([]string{d.Name}, d.Forms...) {
		if _, s := parts(form); s == surname {
			return true
		}
	}
	return false
}
