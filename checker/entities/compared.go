package entities

import (
	"sort"
	"time"
)

// ageComparatives are the comparatives and superlatives of age, which set
// one person of a family or a shared surname apart ("the older sister",
// "the elder Šimůnek", "The younger Pugh"); each says whether the eldest
// is meant.
var ageComparatives = map[string]bool{
	"elder": true, "older": true, "eldest": true, "oldest": true,
	"younger": false, "youngest": false,
}

// comparedByAge resolves a surname that an age comparative sets apart
// ("Born in 1955, the elder Šimůnek moved ...") to the eldest or youngest
// of the people of that surname, by the birth years or ages already read,
// when every one of them has one and no two tie. It reports whether it
// resolved any.
func (f *finder) comparedByAge(a *Analysis, published time.Time) bool {
	resolved := false
	for i := range a.Mentions {
		m := &a.Mentions[i]
		if m.Kind != Name || m.Person >= 0 {
			continue
		}
		k := f.r.TokenAt(m.Start) - 1
		if k < 0 {
			continue
		}
		eldest, ok := ageComparatives[f.r.Tokens[k].Lower]
		if !ok {
			continue
		}
		if p := a.byAge(m.Text, eldest, published); p >= 0 {
			m.Person = p
			a.People[p].Mentions = append(a.People[p].Mentions, i)
			sort.Ints(a.People[p].Mentions)
			resolved = true
		}
	}
	return resolved
}

// byAge returns the eldest (or youngest) person whose surname is surname,
// among two or more, by birth year, or -1 when one has none or two tie.
func (a *Analysis) byAge(surname string, eldest bool, published time.Time) int {
	best, bestYear, n := -1, 0, 0
	for p := range a.People {
		if a.People[p].Surname != surname {
			continue
		}
		y, ok := a.birthYear(p, published)
		if !ok {
			return -1
		}
		n++
		switch {
		case best < 0 || eldest && y < bestYear || !eldest && y > bestYear:
			best, bestYear = p, y
		case y == bestYear:
			return -1
		}
	}
	if n < 2 {
		return -1
	}
	return best
}

// birthYear returns the year person p was born in: the birth given, else
// the publication year less a present age.
func (a *Analysis) birthYear(p int, published time.Time) (int, bool) {
	for _, b := range a.Births {
		if b.Person == p {
			return b.Year, true
		}
	}
	if published.IsZero() {
		return 0, false
	}
	for _, g := range a.Ages {
		if g.Person == p && !g.Past {
			return published.Year() - g.Value, true
		}
	}
	return 0, false
}
