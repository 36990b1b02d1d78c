package entities

import (
	"slices"
	"strings"

	"github.com/copydesk/copydesk/checker/lexicon"
)

// link turns runs into people and mentions: full names first, then the
// surnames alone, which link to the one person of that surname (to none
// when several share it) or, spelled slightly differently, to the one
// person whose surname they nearly match.
func (f *finder) link(runs []run) Analysis {
	s := f.s
	var a Analysis
	single := map[string]int{}             // lower-case word → runs naming it alone
	shared := map[string]map[string]bool{} // last word → the full names it ends
	for _, r := range runs {
		if _, sur, alone := f.nameParts(r); alone && !r.org {
			single[strings.ToLower(sur)]++
		} else if !r.org {
			l := strings.ToLower(sur)
			if shared[l] == nil {
				shared[l] = map[string]bool{}
			}
			shared[l][strings.ToLower(f.s[r.name[0].Start:r.name[len(r.name)-1].End])] = true
		}
	}
	family := f.families(runs)
	var firstAt []int    // where each person's full name is first given
	var titleOf []string // the title it was first given with
	bySurname := map[string][]int{}
	givenOf := map[string]bool{}
	sents := map[int][]int{}
	strong := map[int]bool{} // person named with a title, a speech verb, an age, or alone
	type pending struct {
		r    run
		m    Mention
		full bool
	}
	var ms []pending
	for _, r := range runs {
		if r.org {
			if len(r.name) > 1 {
				st, en := r.name[0].Start, r.name[len(r.name)-1].End
				a.Orgs = append(a.Orgs, Org{Span: Span{Start: st, End: en}, Name: s[st:en]})
			}
			continue
		}
		st, en := r.name[0].Start, r.name[len(r.name)-1].End
		m := Mention{Span: Span{Start: st, End: en}, Text: s[st:en], Title: r.title, TitleSpan: r.titleSp,
			Former: r.former, Honorific: r.honor, Sentence: r.sent, Person: -1}
		given, surname, alone := f.nameParts(r)
		if alone {
			ms = append(ms, pending{r, m, false})
			continue
		}
		first, last := strings.ToLower(given), strings.ToLower(surname)
		if !r.evidence && !r.weak && single[last] == 0 && single[first] == 0 {
			continue // "Abu Dhabi", "New START": no sign of a person
		}
		if len(r.name) == 2 && single[first] > 0 && single[last] == 0 && !givenOf[first] && len(shared[last]) < 2 {
			// "Xi Jinping" … "Xi"; but not a given name the copy already
			// gave, nor one before a surname two people share ("Matías
			// Ibarra" and "Tomás Ibarra" … "Matías said").
			given, surname = surname, given
		}
		m.Full = true
		m.Person, m.Spelled = a.person(given, surname, r.sent, bySurname, sents)
		if m.Spelled != "" && f.speaksOfKin(r.sent) {
			// "Chen Guoliang's younger brother, Chen Guoming": a name near
			// another, in a sentence that speaks of kin, is kin.
			m.Person, m.Spelled = -1, ""
		}
		if m.Person < 0 {
			m.Person, m.Spelled = a.renamed(given, surname, bySurname, family[strings.ToLower(surname)] || f.introduced(r))
			if id := sameOffice(bySurname[strings.ToLower(surname)], titleOf, r.title); m.Person < 0 && id >= 0 && !f.presented(r) {
				// "Mayor Katarzyna Wróbel" ... "Mayor Magdalena Wróbel":
				// one office and one surname are one person, even where
				// kin of that name appear, unless this sentence presents
				// the second ("His daughter, Captain Aino Korhonen").
				m.Person, m.Spelled = id, a.People[id].Given
			}
		}
		if m.Spelled != "" && (!r.evidence && !f.sameGiven(&a, m.Person, given) || !strong[m.Person]) {
			// Two spellings of a name are reported only when both are
			// clearly people's names, not "Saudi Arabia" and "Saudi Arabian".
			m.Person, m.Spelled = -1, ""
		}
		m.Variant = m.Spelled != ""
		if m.Person < 0 {
			a.People = append(a.People, Person{Name: m.Text, Given: given, Surname: surname})
			m.Person = len(a.People) - 1
			bySurname[strings.ToLower(surname)] = append(bySurname[strings.ToLower(surname)], m.Person)
			firstAt = append(firstAt, m.Start)
			titleOf = append(titleOf, r.title)
			givenOf[strings.ToLower(given)] = true
		}
		sents[m.Person] = append(sents[m.Person], r.sent)
		strong[m.Person] = strong[m.Person] || r.evidence || single[last] > 0
		if !m.Variant && len(m.Text) > len(a.People[m.Person].Name) {
			// Keep the fuller form ("John F. Kennedy") as the name.
			a.People[m.Person].Name = m.Text
		}
		ms = append(ms, pending{r, m, true})
	}
	owner := map[string]int{} // surname alone → the one person it meant so far
	for _, p := range ms {
		m := p.m
		if !p.full {
			_, sur, _ := f.nameParts(p.r)
			w := strings.ToLower(sur)
			switch ids := namedBefore(bySurname[w], firstAt, m.Start); {
			case len(ids) == 1:
				m.Person = ids[0]
				owner[w] = ids[0]
			case len(ids) > 1:
				// A shared surname alone keeps the one person it already
				// meant before the second was named ("Rautio has commanded
				// the ferry since 2009" ... "Her son, Juho Rautio" ...
				// "Rautio says she will miss"); else it cannot tell who.
				m.Person = -1
				if id, ok := owner[w]; ok && !f.described(p.r) {
					m.Person = id
				}
			case p.r.evidence && !givenOf[w] && a.nearSurname(w) >= 0:
				id := a.nearSurname(w)
				m.Person, m.Variant, m.Spelled = id, true, a.People[id].Surname
			case f.alone(p.r, w):
				// "President Putin", "Putin accepted ...": a person named
				// by surname only.
				a.People = append(a.People, Person{Name: m.Text, Surname: m.Text})
				m.Person = len(a.People) - 1
				bySurname[w] = append(bySurname[w], m.Person)
				firstAt = append(firstAt, m.Start)
				titleOf = append(titleOf, p.r.title)
			case p.r.title == "" && p.r.honor == "":
				continue
			}
		}
		a.Mentions = append(a.Mentions, m)
		if m.Person >= 0 {
			a.People[m.Person].Mentions = append(a.People[m.Person].Mentions, len(a.Mentions)-1)
		}
	}
	return a
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

// nameParts splits a run's name into given name and surname: the last
// word, or, with a particle, the particle and what follows ("Joost | van
// den Broek", "Hafiz | bin Ismail"). alone is true for a surname alone,
// one word or led by its particle ("Van den Broek said").
func (f *finder) nameParts(r run) (given, surname string, alone bool) {
	n := r.name
	if len(n) > 2 && generation(n[len(n)-2].Lower+" "+n[len(n)-1].Lower) != "" {
		// "Ramon dela Cruz Jr.": the suffix tells father from son; it goes
		// with the given name, the surname is "dela Cruz".
		g, sur, alone := f.nameParts(run{name: n[:len(n)-1], sent: r.sent})
		return strings.TrimSpace(g + " " + n[len(n)-1].Text(f.s)), sur, alone
	}
	for k := 0; k < len(n)-1; k++ {
		if f.lx.Is(lexicon.NameParticles, n[k].Lower) {
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

// alone reports whether a single word w, no surname of anyone named, names
// a person of its own: it has a title or honorific, or it is the subject of
// a verb and no common word, country or place ("Putin accepted", not
// "Apple said", "China agreed", "Lyon lies").
func (f *finder) alone(r run, w string) bool {
	if r.title != "" || r.honor != "" {
		return !f.placed[w] && f.lx.Value(lexicon.Countries, w) == ""
	}
	return r.subject && !f.placed[w] && f.lx.Value(lexicon.Countries, w) == "" &&
		!f.lx.Known(w, lexicon.Noun) && !f.lx.Known(w, lexicon.Adjective)
}

// person returns the person a full name refers to, or -1 for a new one. A
// name that nearly matches one already given (same given name and a
// surname one or two letters off, or the reverse) in another sentence is
// that person, spelled differently: spelled is then the spelling it
// differs from. sents[id] lists the sentences that name person id.
func (a *Analysis) person(given, surname string, si int, bySurname map[string][]int, sents map[int][]int) (id int, spelled string) {
	lg, ls := strings.ToLower(given), strings.ToLower(surname)
	for _, id := range bySurname[ls] {
		if strings.EqualFold(a.People[id].Given, given) {
			return id, ""
		}
	}
	for id := range a.People {
		p := &a.People[id]
		pg, ps := strings.ToLower(p.Given), strings.ToLower(p.Surname)
		if slices.Contains(sents[id], si) {
			continue // two similar names in one sentence are two people
		}
		if pg == lg && near(ps, ls, true) {
			return id, p.Surname
		}
		if ps == ls && near(pg, lg, false) {
			return id, p.Given
		}
	}
	return -1, ""
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

// sameGiven reports whether a full name with no sign of a person of its
// own still names person id, spelled otherwise: it repeats id's given name
// exactly, and that name is no common word ("Sofia Lindahl" ... "Sofia
// Lindhal is due to speak", not "Saudi Arabia" ... "Saudi Arabian").
func (f *finder) sameGiven(a *Analysis, id int, given string) bool {
	g := strings.ToLower(given)
	return id >= 0 && strings.ToLower(a.People[id].Given) == g &&
		!f.lx.Known(g, lexicon.Noun) && !f.lx.Known(g, lexicon.Adjective)
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

// nearSurname returns the one person whose surname w nearly matches. A
// surname alone may be short ("Linn" for "Lin"): the caller has made sure
// no person of that surname was introduced.
func (a *Analysis) nearSurname(w string) int {
	found := -1
	for id, p := range a.People {
		if near(strings.ToLower(p.Surname), w, true) {
			if found >= 0 {
				return -1
			}
			found = id
		}
	}
	return found
}

// near reports whether two different spellings are close enough to be one
// name misspelled: the same first letter, one edit apart (two for names of
// seven letters or more), and neither the other with an ending added
// ("Peters" and "Peter", "Arabian" and "Arabia") unless the ending only
// doubles the last letter ("Lin" and "Linn") or adds a silent h ("Eze" and
// "Ezeh"). Names of fewer than five
// letters are compared only when short is true: the caller knows the copy
// gives no second person of that name.
func near(x, y string, short bool) bool {
	if x == y || len(x) < 3 || len(y) < 3 || x[0] != y[0] || generation(x) != generation(y) {
		return false // "Ramon dela Cruz Sr." is not "Ramon dela Cruz Jr." misspelt
	}
	if !short && (len(x) < 5 || len(y) < 5) {
		return false
	}
	if len(x) > len(y) {
		x, y = y, x
	}
	if strings.HasPrefix(y, x) {
		// Only a doubled last letter or a silent final h: "Lin" and
		// "Linn", "Eze" and "Ezeh".
		return len(y) == len(x)+1 && (y[len(y)-1] == x[len(x)-1] || y[len(y)-1] == 'h')
	}
	max := 1
	if len(x) >= 7 && len(y) >= 7 {
		max = 2
	}
	return distance(x, y, max) <= max
}

// generation returns the generational suffix a name ends with ("jr",
// "sr", "ii", "iii", "iv"), or "".
func generation(name string) string {
	f := strings.Fields(strings.ToLower(name))
	if len(f) == 0 {
		return ""
	}
	switch w := strings.TrimSuffix(f[len(f)-1], "."); w {
	case "jr", "sr", "ii", "iii", "iv":
		return w
	}
	return ""
}

// distance is the optimal string alignment distance between x and y,
// giving up (returning max+1) once it exceeds max.
func distance(x, y string, max int) int {
	a, b := []rune(x), []rune(y)
	if d := len(a) - len(b); d > max || -d > max {
		return max + 1
	}
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			best = min(best, cur[j])
		}
		if best > max {
			return max + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

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
