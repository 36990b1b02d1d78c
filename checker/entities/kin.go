package entities

import (
	"strings"

	"github.com/copydesk/copydesk/checker/lexicon"
)

// families returns the surnames (lower case) that a sentence speaking of
// kin names ("Elian Gonzalez's father said", "Piotr and Agnieszka Wrona,
// a married couple"): the copy tells of relatives who share it.
func (f *finder) families(runs []run) map[string]bool {
	out := map[string]bool{}
	kin := map[int]bool{}
	for _, r := range runs {
		if r.org {
			continue
		}
		k, ok := kin[r.sent]
		if !ok {
			k = f.speaksOfKin(r.sent)
			kin[r.sent] = k
		}
		if k {
			out[r.name[len(r.name)-1].Lower] = true
		}
	}
	return out
}

// speaksOfKin reports whether sentence si has a word of kinship or
// relation ("husband", "no relation", "not related", "a married couple").
func (f *finder) speaksOfKin(si int) bool {
	for _, t := range f.r.Words(si) {
		if f.lx.Is(lexicon.Kinship, t.Lemma) || f.lx.Is(lexicon.Kinship, t.Lower) || t.Lower == "related" || t.Lower == "married" {
			return true
		}
	}
	return false
}

// introduced reports whether the sentence of a full name presents someone
// new: a title or a person noun before it, a noun phrase it stands in apposition or
// coordination with (a comma, "and" or a bracket beside it), or a word of
// kinship or relation anywhere in the sentence ("her husband", "no
// relation").
func (f *finder) introduced(r run) bool {
	return r.title != "" || f.presented(r)
}

// presented reports whether the sentence of a full name presents someone
// new by anything but a title: see introduced.
func (f *finder) presented(r run) bool {
	if f.speaksOfKin(r.sent) {
		return true
	}
	toks := f.r.Words(r.sent)
	first, last := -1, -1
	for k, t := range toks {
		if t.Start == r.name[0].Start {
			first = k
		}
		if t.End == r.name[len(r.name)-1].End {
			last = k
		}
	}
	if first < 0 || last < 0 {
		return true // not found: assume the safer reading
	}
	if first > 0 && r.title == "" && f.lx.PersonNoun(toks[first-1].Lemma) {
		return true // "the engineer Wilhelm Kessler"
	}
	link := func(w string) bool {
		return w == "," || w == "and" || w == "&" || w == "(" || w == ")" || w == ":" || w == "or"
	}
	return first > 0 && link(toks[first-1].Lower) || last+1 < len(toks) && link(toks[last+1].Lower)
}

// described reports a surname written as a noun with a determiner or an
// adjective before it ("the younger van Rijn", "the elder Ferreira"):
// among kin who share it, it tells one from the others, so it does not
// simply mean the one it meant before.
func (f *finder) described(r run) bool {
	toks := f.r.Words(r.sent)
	for k, t := range toks {
		if t.Start == r.name[0].Start {
			return k > 0 && (toks[k-1].Tag.IsAdjective() || toks[k-1].Lower == "the")
		}
	}
	return false
}

// sameGiven reports whether a full name with no sign of a person of its
// own still names person id, spelled otherwise: it repeats id's given name
// exactly, and that name is no common word ("Sofia Lindahl" ... "Sofia
// Lindhal is due to speak", not "Saudi Arabia" ... "Saudi Arabian").
func (f *finder) sameGiven(a *Analysis, id int, given string) bool {
	g := strings.ToLower(given)
	return id >= 0 && strings.ToLower(a.People[id].Given) == g &&
		!f.lx.Known(g, lexicon.Noun) && !f.lx.Known(g, lexicon.Adjective)
}

// givenName reports whether every word of given may be a given name: no
// common word ("Civil Surgeon Pawar" is a title and a surname).
func (a *Analysis) givenName(given string) bool {
	lx := lexicon.Default()
	for _, w := range strings.Fields(strings.ToLower(given)) {
		if lx.Known(w, lexicon.Noun) || lx.Known(w, lexicon.Adjective) {
			return false
		}
	}
	return true
}

// sameOffice returns the one person among ids first named with title, or
// -1 (also when title is empty).
func sameOffice(ids []int, titleOf []string, title string) int {
	found := -1
	for _, id := range ids {
		if title != "" && titleOf[id] == title {
			if found >= 0 {
				return -1
			}
			found = id
		}
	}
	return found
}

// renamed returns the one person of surname already named, when a full
// name gives that surname with another given name ("Tomasz Wrona" ...
// "Tadeusz Wrona said") and nothing introduces a second person: the new
// name comes without a
// title, an apposition, a coordination or a word of kinship, and no
// sentence that gives the surname speaks of kin. spelled is
// then the given name it differs from. A compound surname given without
// the given name ("Ferrer Baños" for "Lucía Ferrer Baños") is that person,
// spelled the same. Otherwise it returns -1.
func (a *Analysis) renamed(given, surname string, bySurname map[string][]int, introduced bool) (id int, spelled string) {
	ls := strings.ToLower(surname)
	ids := bySurname[ls]
	if len(ids) != 1 || a.People[ids[0]].Given == "" || !a.givenName(given) || generation(given) != generation(a.People[ids[0]].Given) {
		return -1, ""
	}
	p := a.People[ids[0]]
	if strings.HasSuffix(strings.ToLower(p.Name), " "+strings.ToLower(given+" "+surname)) {
		return ids[0], "" // "Ferrer Baños" for "Lucía Ferrer Baños", "de Cholet"
	}
	if introduced {
		return -1, ""
	}
	return ids[0], p.Given
}
