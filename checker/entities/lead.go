package entities

import "sort"

// delayedLead joins the person a lead describes without a name ("A
// regional court on Thursday acquitted the 61-year-old retired nurse ...")
// to the person one of the next two sentences opens by naming ("Hedwig
// Aigner had been charged ..."; "... its owner said on Tuesday. The
// purchase doubles its land. Grégoire Aubanel, who turned 60 last year,
// ..."): news copy names the subject of a delayed lead right after it.
// Nobody else may be named before, and their genders must fit.
func (f *finder) delayedLead(a *Analysis) {
	if len(a.Mentions) == 0 {
		return
	}
	m0 := a.Mentions[0]
	if m0.Kind != Role || m0.Sentence != 0 || m0.Person < 0 || f.named(a, m0.Person) {
		return
	}
	n := -1
	for i, m := range a.Mentions {
		if m.Kind == Name {
			n = i
			break
		}
	}
	if n < 0 || a.Mentions[n].Sentence < 1 || a.Mentions[n].Sentence > 2 || !a.Mentions[n].Full || a.Mentions[n].Person < 0 || !f.opensSentence(a.Mentions[n]) {
		return
	}
	p, q := m0.Person, a.Mentions[n].Person
	if gp, gq := a.People[p].Gender, a.People[q].Gender; gp != 0 && gq != 0 && gp != gq {
		return
	}
	for _, i := range a.People[p].Mentions {
		a.Mentions[i].Person = q
	}
	a.People[q].Mentions = append(a.People[q].Mentions, a.People[p].Mentions...)
	sort.Ints(a.People[q].Mentions)
	a.People[q].Roles = append(a.People[q].Roles, a.People[p].Roles...)
	if a.People[q].Gender == 0 {
		a.People[q].Gender = a.People[p].Gender
	}
	a.People[p].Mentions, a.People[p].Roles = nil, nil
}

// named reports whether person p has a name mention.
func (f *finder) named(a *Analysis, p int) bool {
	for _, i := range a.People[p].Mentions {
		if a.Mentions[i].Kind == Name {
			return true
		}
	}
	return false
}

// opensSentence reports a mention that starts its sentence.
func (f *finder) opensSentence(m Mention) bool {
	if m.Sentence >= len(f.r.Sentences) {
		return false
	}
	k := f.r.First(m.Sentence)
	return k < len(f.r.Tokens) && f.r.Tokens[k].Start == m.Start
}
