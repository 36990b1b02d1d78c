package entities

import (
	"strings"

	"github.com/copydesk/copydesk/checker/lexicon"
)

// nameParts splits a run's name into given name and surname: the last
// word, or, with a particle, the particle and what follows ("Joost | van
// den Broek", "Hafiz | bin Ismail"). alone is true for a surname alone,
// one word or led by its particle ("Van den Broek said").
func (f *finder) nameParts(r run) (given, surname string, alone bool) {
	n := r.name
	if len(n) >= 2 && generation(n[len(n)-2].Lower+" "+n[len(n)-1].Lower) != "" {
		// "Ramon dela Cruz Jr.": the suffix tells father from son; it goes
		// with the given name, the surname is "dela Cruz".
		g, sur, alone := f.nameParts(run{name: n[:len(n)-1], sent: r.sent})
		return strings.TrimSpace(g + " " + n[len(n)-1].Text(f.s)), sur, alone
	}
	for k := 0; k < len(n)-1; k++ {
		if f.lx.Is(lexicon.NameParticles, n[k].Lower) {
			if k == 0 && len(n) >= 3 && f.particles(n) == 1 {
				// "Le Thi Hoa", "Van Thanh Long": a word that is a
				// particle elsewhere, before two names and no other
				// particle, is a family name written first; the last word
				// is read as the surname, as the copy names them by it.
				break
			}
			if k == 0 {
				return "", f.s[n[0].Start:n[len(n)-1].End], true
			}
			return f.s[n[0].Start:n[k-1].End], f.s[n[k].Start:n[len(n)-1].End], false
		}
	}
	if len(n) == 1 {
		return "", n[0].Text(f.s), true
	}
	return n[0].Text(f.s), n[len(n)-1].Text(f.s), false
}

// namedBefore returns the people of ids whose full name is first given
// before off: a surname alone means the one person of that name the copy
// has introduced so far ("Lindqvist has run the harbour since 2014" before
// her husband, Mats Lindqvist, is named). When the surname comes before
// any of them (a headline), it returns ids.
func namedBefore(ids, firstAt []int, off int) []int {
	var out []int
	for _, id := range ids {
		if firstAt[id] < off {
			out = append(out, id)
		}
	}
	if len(out) == 0 {
		return ids
	}
	return out
}

// alone reports whether a single word w, no surname of anyone named, names
// a person of its own: it has a title or honorific, or it is the subject of
// a verb and no common word, country or place ("Putin accepted", not
// "Apple said", "China agreed", "Lyon lies").
func (f *finder) alone(r run, w string) bool {
	if r.title != "" || r.honor != "" {
		return !f.placed[w] && f.lx.Value(lexicon.Countries, w) == ""
	}
	return r.subject && !f.placed[w] && f.lx.Value(lexicon.Countries, w) == "" &&
		!f.lx.Known(w, lexicon.Noun) && !f.lx.Known(w, lexicon.Adjective) && !f.pluralThing(r, w)
}

// pluralThing reports a word alone that is the plural of a common noun
// and does not say anything ("Winds reached 150 kph", "Floods cut the
// road"); a surname of that form speaks ("Banks said").
func (f *finder) pluralThing(r run, w string) bool {
	l := f.lx.Lemma(w, lexicon.Noun)
	if l == w || !f.lx.Known(l, lexicon.Noun) {
		return false
	}
	toks, _, last := f.runSpan(r)
	return last < 0 || last+1 >= len(toks) || !saying(f.lx, toks[pastAdverbs(toks, last+1)])
}
