package entities

import (
	"slices"
	"sort"
	"strings"

	"github.com/copydesk/copydesk/checker/lexicon"
	"github.com/copydesk/copydesk/checker/text"
)

// modifiesRole reports a role noun that modifies a later one, the head of
// its noun phrase, over common nouns only ("the deputy defence minister",
// "the assistant police chief"): the phrase is one role, read at its head.
func (f *finder) modifiesRole(toks []text.Token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		t := toks[j]
		if t.Tag != text.NN || t.Capitalized(f.s) {
			return false
		}
		if f.roleNoun(t) {
			return true
		}
	}
	return false
}

// refer adds the mentions by role and by pronoun to a, which holds the
// name mentions, and resolves them in reading order. Roles given in
// apposition or before a name ("Silva, a pharmacist,", "pharmacist Ana
// Silva") become the person's roles.
func (f *finder) refer(a *Analysis) {
	names := a.Mentions
	f.names = names
	a.Mentions = nil
	for i := range a.People {
		a.People[i].Mentions = nil
	}
	next := 0 // the next name mention to take
	f.lead = -1
	f.topic = -1
	for _, m := range names {
		if m.Person >= 0 {
			f.topic = m.Person // the person the copy names first
			break
		}
	}
	for si := range f.r.Sentences {
		toks := f.r.Words(si)
		f.front = -1
		for k := 0; k < len(toks); k++ {
			t := toks[k]
			for next < len(names) && names[next].Start < t.End {
				f.addName(a, names[next], toks)
				next++
			}
			switch {
			case f.pronoun(t):
				f.addPronoun(a, t, si)
			case (f.roleAt(toks, k) || f.givenRole(a, toks, k)) && !f.beforeName(toks, k) && !f.modifiesRole(toks, k) && !f.modifiesNoun(toks, k):
				f.addRole(a, toks, k, si)
			}
		}
		f.linkFront(a, si)
	}
	for ; next < len(names); next++ {
		f.addName(a, names[next], nil)
	}
	sort.SliceStable(a.Mentions, func(i, j int) bool { return a.Mentions[i].Start < a.Mentions[j].Start })
	for i := range a.People {
		a.People[i].Mentions = a.People[i].Mentions[:0]
	}
	for i, m := range a.Mentions {
		if m.Person >= 0 {
			a.People[m.Person].Mentions = append(a.People[m.Person].Mentions, i)
		}
	}
}

// givenRole reports a definite noun at toks[k] that names a person in
// some sense and that the copy already gave someone as a role ("founder
// and chief executive Ana Silva ... The founder's path"): once given, the
// word names that person, whatever its most frequent sense.
func (f *finder) givenRole(a *Analysis, toks []text.Token, k int) bool {
	t := toks[k]
	if k == 0 || t.Tag != text.NN || !f.lx.PersonSense(t.Lemma) {
		return false
	}
	if d := toks[k-1].Lower; d != "the" && d != "this" && d != "that" {
		return false
	}
	return a.lastWithRole(f.lx, t.Lemma, func(*Person) bool { return true }) >= 0
}

// add appends m, marked if it is quoted, and notes it on its person.
func (f *finder) add(a *Analysis, m Mention) {
	m.Quoted = text.InQuotes(f.r.Quotes, m.Start)
	rest := f.s[m.End:]
	m.Possessor = strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") ||
		m.Kind == Pronoun && (strings.EqualFold(m.Text, "his") || strings.EqualFold(m.Text, "her") && !f.objectCaseAt(m.Start) || strings.EqualFold(m.Text, "their") || strings.EqualFold(m.Text, "its"))
	a.Mentions = append(a.Mentions, m)
	if m.Person < 0 {
		return
	}
	p := &a.People[m.Person]
	p.Mentions = append(p.Mentions, len(a.Mentions)-1)
	if m.Kind == Name && m.Title != "" && !m.Former && !slices.Contains(p.offices, m.Title) {
		p.offices = append(p.offices, m.Title)
	}
}

// addName takes a name mention: its honorific may show a gender, and a
// role noun just before it ("pharmacist Ana Silva") or in apposition after
// it ("Silva, a 52-year-old pharmacist,") is the person's role.
func (f *finder) addName(a *Analysis, m Mention, toks []text.Token) {
	m.Subject = f.subject(toks, m.Start)
	m.Aside = f.subj.aside(toks)
	if g := f.lx.Value(lexicon.Honorifics, m.Honorific); g != "" && m.Person >= 0 && !m.Full {
		if pg := a.People[m.Person].Gender; pg != 0 && pg != g[0] {
			// "Mrs. Karanja" after "Samuel Karanja ... He was 82": a
			// surname alone whose honorific the person's gender rules
			// out is someone else of that name (his wife).
			m.Person = -1
		}
	}
	f.identify(a, m, toks)
	f.add(a, m)
	if m.Person < 0 {
		return
	}
	f.nameGiven(a, toks, m)
	p := &a.People[m.Person]
	if g := f.lx.Value(lexicon.Honorifics, m.Honorific); g != "" {
		p.setGender(g[0])
	}
	if first, _, _ := strings.Cut(m.Title, " "); first != "" && p.Nationality == "" {
		p.Nationality = f.lx.Value(lexicon.Demonyms, first) // "Russian President ..."
	}
	k := tokenIndex(toks, m.Start)
	if k < 0 {
		return
	}
	if p.Nationality == "" && m.Full {
		p.Nationality = f.countryBeside(toks, k, tokenIndex(toks, m.End-1))
	}
	if r := f.coordinatedRoles(toks, k); len(r) > 0 {
		for _, role := range r {
			p.addRole(f.lx, role) // "founder and chief executive Ana Silva"
		}
	} else if k > 0 && (f.roleNoun(toks[k-1]) || f.openingRole(toks, k-1) || f.titlingAdjective(toks[k-1])) {
		p.addRole(f.lx, toks[k-1].Lemma) // "pharmacist Ana Silva"
		if k > 1 && toks[k-2].Capitalized(f.s) && p.Nationality == "" {
			p.Nationality = f.lx.Value(lexicon.Demonyms, toks[k-2].Lower) // "Chinese leader Xi Jinping"
		}
	} else if k > 1 && toks[k-1].Lower == "," && f.roleNoun(toks[k-2]) {
		p.addRole(f.lx, toks[k-2].Lemma) // "her husband, Erik Lund"
	}
	if h := f.apposition(toks, afterOfPlace(toks, tokenIndex(toks, m.End-1)+1)); h >= 0 {
		p.addRole(f.lx, toks[h].Lemma)
	}
}

// afterOfPlace returns the index after "of" and a proper name of up to
// three words at toks[k] ("Sindre Haugland of Norway, the overall
// leader"), or k when none stands there.
func afterOfPlace(toks []text.Token, k int) int {
	if k < 0 || k+1 >= len(toks) || toks[k].Lower != "of" {
		return k
	}
	j := k + 1
	for j < len(toks) && j <= k+3 && toks[j].Tag.IsProper() {
		j++
	}
	if j == k+1 {
		return k
	}
	return j
}

// countryBeside returns the country a full name toks[k..e] is given by a
// possessive before it ("Japan's Mayu Takeshita") or a phrase with "of"
// after it ("Selam Girma of Ethiopia won"), or "".
func (f *finder) countryBeside(toks []text.Token, k, e int) string {
	if k >= 2 && (toks[k-1].Tag == text.POS || toks[k-1].Lower == "'s" || toks[k-1].Lower == "’s") && toks[k-2].Capitalized(f.s) {
		if c := f.lx.Value(lexicon.Countries, toks[k-2].Lower); c != "" {
			return c
		}
	}
	if e >= 0 && e+2 < len(toks) && toks[e+1].Lower == "of" && toks[e+2].Capitalized(f.s) &&
		(e+3 >= len(toks) || !toks[e+3].Capitalized(f.s) && toks[e+3].Tag != text.POS) {
		return f.lx.Value(lexicon.Countries, toks[e+2].Lower)
	}
	return ""
}

// roleLike reports a role noun, or a word of a role the tagger reads as an
// adjective (see titlingAdjective).
func (f *finder) roleLike(t text.Token) bool { return f.roleNoun(t) || f.titlingAdjective(t) }

// titlingAdjective reports a lower-case word read as an adjective that
// names a person in its first sense as a noun, right before a name: the
// role that titles it ("Chief executive Meera Raghunathan"), not a word
// that compares ages ("the elder Halvorsen").
func (f *finder) titlingAdjective(t text.Token) bool {
	_, cmp := ageComparatives[t.Lower]
	return t.Tag == text.JJ && !cmp && !t.Capitalized(f.s) && f.personNoun(t.Lower)
}

// coordinatedRoles returns the heads of two roles joined by "and" right
// before a name at toks[k] ("founder and chief executive Ana Silva",
// "owner and head chef Rui Lopes"): a slot that takes a person, so a noun
// that names one in any sense counts, however it is tagged; nil for
// anything else.
func (f *finder) coordinatedRoles(toks []text.Token, k int) []string {
	role := func(t text.Token) bool {
		return t.Kind == text.Word && !t.Capitalized(f.s) && (f.lx.PersonSense(t.Lemma) || t.Lower != t.Lemma && f.lx.PersonSense(t.Lower))
	}
	if k < 3 || !role(toks[k-1]) {
		return nil
	}
	for j := k - 2; j >= 1 && j >= k-4; j-- {
		t := toks[j]
		switch {
		case t.Lower == "and":
			if role(toks[j-1]) {
				return []string{toks[j-1].Lemma, toks[k-1].Lemma}
			}
			return nil
		case t.Kind != text.Word || t.Capitalized(f.s) || !(t.Tag.IsAdjective() || t.Tag == text.NN):
			return nil
		}
	}
	return nil
}

// identify gives a person named for the first time, as the subject of
// one of the two sentences after the lead, the role the lead described
// someone by without naming them ("A pharmacist in this hill town has been
// credited ..." / "Helena Brito noticed ..."): news names the person of a
// delayed-identification lead in the sentences that follow it.
func (f *finder) identify(a *Analysis, m Mention, toks []text.Token) {
	if f.lead < 0 || m.Person < 0 || !m.Subject || m.Sentence > 2 || len(a.People[m.Person].Mentions) > 0 {
		return
	}
	lead := &a.Mentions[f.lead]
	if r := f.ownRole(toks, m, lead.Role); r != "" && r != lead.Role {
		return // "Coastguard spokesman Piotr Wrona said ...": an official with a role of their own
	}
	if m.Title != "" && f.passiveSubject(*lead) {
		// "A former finance director ... was jailed ... Judge Ingrid
		// Solvang found Harald Brekke guilty": a lead acted on is named
		// as the object of the titled official who acts (delayedLead).
		return
	}
	p := &a.People[m.Person]
	f.lead = -1
	if g := f.lx.Value(lexicon.GenderedNouns, lead.Role); g != "" && p.Gender != 0 && p.Gender != g[0] {
		return
	}
	lead.Person = m.Person
	p.addRole(f.lx, lead.Role)
}

// ownRole returns the role or title a name is given right before it
// ("spokesman Piotr Wrona", "Judge Halina Wierzbicka"), as a lemma, or "".
// A title counts only against a lead's role that is no title itself: "A
// High Court judge ..." may be "Justice Folasade Adeyemi-Bello", where "a
// pilot" is not "Judge Halina Wierzbicka".
func (f *finder) ownRole(toks []text.Token, m Mention, leadRole string) string {
	k := tokenIndex(toks, m.Start)
	switch {
	case k > 0 && f.roleLike(toks[k-1]):
		return toks[k-1].Lemma
	case k > 1 && toks[k-1].Lower == "," && f.roleLike(toks[k-2]):
		return toks[k-2].Lemma // "A local contractor, Kjell Aasen, 44,": a role set before the name
	case m.Title != "" && !f.lx.Is(lexicon.Titles, leadRole):
		return strings.ToLower(m.Title)
	}
	return ""
}

// nameGiven makes the person a possessive pronoun before "name is" refers
// to, when the copy knew them only by description, the person the name
// after it names ("A woman in a plum-coloured kimono kneels ... Her name is
// Sachiko Kurebayashi, and she turned 50 ..."): the description's
// mentions and roles pass to the name's person.
func (f *finder) nameGiven(a *Analysis, toks []text.Token, m Mention) {
	k := tokenIndex(toks, m.Start)
	if k < 3 || toks[k-2].Lower != "name" || toks[k-1].Lemma != "be" {
		return
	}
	pm := a.MentionAt(toks[k-3].Start)
	if pm < 0 || a.Mentions[pm].Kind != Pronoun {
		return
	}
	from, to := a.Mentions[pm].Person, len(a.Mentions)-1
	id := a.Mentions[to].Person
	if from >= 0 && a.People[from].Surname != "" {
		// "Among the protesters stood a 71-year-old schoolteacher ...
		// Her name is Dolores Pizarro": the name is given for someone
		// the copy had only described, whoever else the pronoun might
		// have been read as.
		from = a.describedBefore(pm, a.Mentions[pm].Sentence-1)
	}
	if from < 0 || from == id || a.People[from].Surname != "" {
		return
	}
	for i := range a.Mentions {
		if a.Mentions[i].Person == from {
			a.Mentions[i].Person = id
			a.People[id].Mentions = append(a.People[id].Mentions, i)
		}
	}
	for _, r := range a.People[from].Roles {
		a.People[id].addRole(f.lx, r)
	}
	if g := a.People[from].Gender; g != 0 {
		a.People[id].setGender(g)
	}
	a.People[from].Mentions = nil
}

// describedBefore returns the person of the last role mention before
// mention pm, from sentence si on, whom the copy knows by description
// alone (no name), or -1.
func (a *Analysis) describedBefore(pm, si int) int {
	for i := pm - 1; i >= 0 && a.Mentions[i].Sentence >= si; i-- {
		m := a.Mentions[i]
		if m.Kind == Role && m.Person >= 0 && a.People[m.Person].Surname == "" && a.People[m.Person].Given == "" {
			return m.Person
		}
	}
	return -1
}

// linkFront ties a noun phrase that opened sentence si in apposition to
// its subject ("A native of Tampere, Finland, the volcanologist was born
// ...") to that subject's person.
func (f *finder) linkFront(a *Analysis, si int) {
	if f.front < 0 {
		return
	}
	for i := f.front + 1; i < len(a.Mentions) && a.Mentions[i].Sentence == si; i++ {
		if m := a.Mentions[i]; m.Subject && m.Person >= 0 {
			a.Mentions[f.front].Person = m.Person
			a.People[m.Person].addRole(f.lx, a.Mentions[f.front].Role)
			return
		}
	}
}

// apposition returns the index of the head of a role noun phrase in
// apposition at toks[k] (", a pharmacist", ", the town's mayor"), or -1.
func (f *finder) apposition(toks []text.Token, k int) int {
	if k <= 0 || k >= len(toks) || toks[k].Lower != "," {
		return -1
	}
	for j := k + 1; j < len(toks) && j < k+8; j++ {
		t := toks[j]
		if f.roleLike(t) && (j+1 == len(toks) || !f.roleLike(toks[j+1]) && toks[j+1].Tag != text.POS) {
			// "a pharmacist in Braga", "chief executive of Minasul" (read
			// as adjectives); not "the contractor's younger brother", whose
			// role is another's
			return j
		}
		if t.Tag == text.NN && j+1 < len(toks) && toks[j+1].Lower == "who" && f.lx.PersonSense(t.Lemma) {
			return j // "a machine operator who has worked there for 31 years": "who" says a person
		}
		possessor := j+1 < len(toks) && toks[j+1].Tag == text.POS                                                                          // "Innopac's president"
		modifier := (t.Tag == text.VBG || t.Tag == text.VBN) && j+1 < len(toks) && (toks[j+1].Tag == text.NN || toks[j+1].Tag == text.NNS) // "the company's leading soprano"
		if t.Kind == text.Punct && t.Lower != "-" && t.Tag != text.POS || t.Tag.IsVerb() && !modifier || t.Capitalized(f.s) && t.Tag.IsProper() && !f.placeModifier(toks, j) && !possessor {
			return -1 // not "the Sora partner", a firm's name inside the phrase
		}
	}
	return -1
}

// rolePhraseEnd returns the index after a short phrase of "in", "at" or
// "on" that says where a role is held ("in the house", "at the mill"),
// of determiners, adjectives and common nouns only, or j when none
// starts at toks[j].
func rolePhraseEnd(toks []text.Token, j int) int {
	if j >= len(toks) || toks[j].Lower != "in" && toks[j].Lower != "at" && toks[j].Lower != "on" {
		return j
	}
	k := j + 1
	for ; k < len(toks) && k <= j+4; k++ {
		t := toks[k]
		if !(t.Tag == text.DT || t.Tag == text.PRPS || t.Tag.IsAdjective() || t.Tag == text.NN || t.Tag == text.NNS) {
			break
		}
	}
	if k == j+1 {
		return j
	}
	return k
}

// beforeName reports a role noun that stands as a title before a name
// ("pharmacist Ana Silva", "the foreman, Jan Kos,", "owner and head chef
// Rui Lopes"): the name's mention, not a mention of its own.
func (f *finder) beforeName(toks []text.Token, k int) bool {
	j := k + 1
	if e := rolePhraseEnd(toks, j); e > j && e < len(toks) && toks[e].Lower == "," {
		j = e // "Its leader in the house, Farida Sheikh,": past where the role is held
	}
	if j < len(toks) && toks[j].Lower == "," {
		j++
	}
	if j < len(toks) && toks[j].Lower == "and" {
		// "owner and head chef Rui Lopes": the first of two roles
		for n := j + 1; n < len(toks) && n <= j+4; n++ {
			if toks[n].Capitalized(f.s) {
				return toks[n].Tag.IsProper() && len(f.coordinatedRoles(toks, n)) > 0
			}
		}
		return false
	}
	return j < len(toks) && toks[j].Capitalized(f.s) && toks[j].Tag.IsProper()
}

// pronoun reports a personal pronoun that refers to one person.
func (f *finder) pronoun(t text.Token) bool {
	return t.Kind == text.Word && (t.Tag == text.PRP || t.Tag == text.PRPS || t.Tag == text.None) &&
		f.lx.Is(lexicon.PersonPronouns, t.Lower)
}

func tokenIndex(toks []text.Token, off int) int {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].End > off })
	if i < len(toks) && toks[i].Start <= off {
		return i
	}
	return -1
}

// setGender records a gender the copy shows, unless another was shown.
func (p *Person) setGender(g byte) {
	if p.Gender == 0 {
		p.Gender = g
	}
}

// addRole records a role noun (a lemma) and the gender it may show.
func (p *Person) addRole(lx *lexicon.Lexicon, role string) {
	for _, r := range p.Roles {
		if r == role {
			return
		}
	}
	p.Roles = append(p.Roles, role)
	if g := lx.Value(lexicon.GenderedNouns, role); g != "" {
		p.setGender(g[0])
	}
}

// hasRole reports whether the person was given role, or holds an office
// of that name without a rank word before it ("Mayor Pryce" is the mayor,
// "Deputy Mayor Abara" is not); any office for a generic role ("leader").
func (a *Analysis) hasRole(lx *lexicon.Lexicon, id int, role string) bool {
	p := &a.People[id]
	generic := lx.Is(lexicon.GenericRoles, role)
	for _, r := range p.Roles {
		if r == role {
			return true
		}
	}
	for _, title := range p.offices {
		words := strings.Fields(title)
		if generic || officeWord(lx, words[len(words)-1]) == role && !lx.Is(lexicon.Ranks, words[0]) {
			return true
		}
	}
	return false
}

// officeWord returns the role an office's last word names: the word, or
// the full word of an abbreviated title ("Cpl." → "corporal", lexicon
// titles).
func officeWord(lx *lexicon.Lexicon, w string) string {
	l := strings.ToLower(strings.TrimSuffix(w, "."))
	if full := lx.Value(lexicon.Titles, l); full != "" {
		return full
	}
	return w
}

// gendered returns the gender a pronoun shows.
func (f *finder) gendered(t text.Token) byte {
	if v := f.lx.Value(lexicon.PersonPronouns, t.Lower); v != "" {
		return v[0]
	}
	return 0
}

// namedAt returns the person of the name mention that starts at byte off,
// read ahead of the role before it; -1 when none.
func (f *finder) namedAt(off int) int {
	i := sort.Search(len(f.names), func(i int) bool { return f.names[i].Start >= off })
	if i < len(f.names) && f.names[i].Start == off && f.names[i].Kind == Name {
		return f.names[i].Person
	}
	return -1
}

// modifiesNoun reports a role noun right before a lower-case common noun
// that heads its phrase: "the 37 victim statements", a thing, not a
// person. A next word that may be a verb ("the nurse trains") or names a
// person itself ("chief executive") is no such head, unless more nouns
// follow it: then the last of the run heads the phrase ("the volunteer fire
// brigade", "the teacher training college"), and a verb cannot stand
// between a noun and its head.
func (f *finder) modifiesNoun(toks []text.Token, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	n := toks[k+1]
	if !(n.Tag == text.NN || n.Tag == text.NNS) || n.Capitalized(f.s) {
		return false
	}
	if h := f.compoundHead(toks, k+1); h > k+1 {
		return !f.lx.PersonSense(f.lx.Lemma(toks[h].Lower, lexicon.Noun))
	}
	l := f.lx.Lemma(n.Lower, lexicon.Noun)
	return !f.lx.Known(f.lx.Lemma(n.Lower, lexicon.Verb), lexicon.Verb) && !f.lx.PersonSense(l)
}

// compoundHead returns the index of the last of a run of lower-case
// common nouns from toks[j], whose words before the last are singular and
// no inflected verb ("fire brigade", "training college"); a plural or a
// past form there is more likely the verb ("the farmer plants rice", "the
// shipwright left school").
func (f *finder) compoundHead(toks []text.Token, j int) int {
	h := j
	for k := j + 1; k < len(toks) && k <= j+2 && f.modifierNoun(toks[k-1]) && !toks[k].Capitalized(f.s); k++ {
		if toks[k].Tag != text.NN && toks[k].Tag != text.NNS {
			break
		}
		h = k
	}
	return h
}

// modifierNoun reports a singular noun that is no inflected form of a verb
// other than its -ing form.
func (f *finder) modifierNoun(t text.Token) bool {
	if t.Tag != text.NN {
		return false
	}
	v := f.lx.Lemma(t.Lower, lexicon.Verb)
	return v == t.Lower || !f.lx.Known(v, lexicon.Verb) || strings.HasSuffix(t.Lower, "ing")
}

// genderApart clears the spelling variant of a name that changes a
// person's given name when the pronoun its own clause says of it ("Emi
// Morioka said she had not hesitated") shows another gender than the
// subject pronoun the copy said of that person last before it ("Tatsuya
// Morioka ... he was spending"): two people of one surname, not one
// misnamed.
func (f *finder) genderApart(a *Analysis) {
	for i := range a.Mentions {
		m := &a.Mentions[i]
		if m.Kind != Name || !m.Variant || m.Person < 0 || m.Spelled != a.People[m.Person].Given {
			continue
		}
		g := f.pronounAfter(a, i)
		if g == 0 {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			o := a.Mentions[j]
			if o.Kind != Pronoun || o.Person != m.Person {
				continue
			}
			k := f.r.TokenAt(o.Start)
			if k >= len(f.r.Tokens) || f.r.Tokens[k].Tag != text.PRP || !o.Subject {
				continue // an owner ("her patients") is resolved less surely than a subject
			}
			if h := f.gendered(f.r.Tokens[k]); h != 0 && h != g {
				m.Variant = false
			}
			break
		}
	}
}

// pronounAfter returns the gender of the subject pronoun that the clause
// of name mention i says of it, after a verb of saying or "who" ("Emi
// Morioka said she ...", "Emi Morioka, who said she ..."), or 0.
func (f *finder) pronounAfter(a *Analysis, i int) byte {
	ts := f.r.Tokens
	k := f.r.TokenAt(a.Mentions[i].End-1) + 1
	for n := 0; k < len(ts) && n < 4; k, n = k+1, n+1 {
		t := ts[k]
		switch {
		case t.Tag == text.PRP:
			return f.gendered(t)
		case t.Tag.IsVerb() && f.lx.Is(lexicon.SayingVerbs, t.Lemma), t.Lower == "," || t.Lower == "who" || t.Tag.IsAdverb():
		default:
			return 0
		}
	}
	return 0
}
