package entities

import (
	"slices"
	"strings"

	"github.com/copydesk/copydesk/checker/lexicon"
	"github.com/copydesk/copydesk/checker/text"
)

// linker holds what linking names to people learns as it goes.
type linker struct {
	f *finder
	a Analysis
	// single counts the runs naming a word alone; shared, the full names
	// each last word ends; family, the surnames a sentence of kin gives.
	single map[string]int
	shared map[string]map[string]bool
	family map[string]bool
	// Per person: where the full name is first given, with what title,
	// the sentences that name it, and whether it is clearly a person.
	firstAt []int
	// firstMin is the least of firstAt.
	firstMin int
	titleOf  []string
	sents    map[int][]int
	strong   map[int]bool
	// bySurname and givenOf index the people named so far.
	bySurname map[string][]int
	givenOf   map[string]bool
	// owner is the one person a surname alone meant so far.
	owner map[string]int
	// kin holds the people introduced in apposition to a noun of kinship
	// ("her brother, Kunle Oyelaran"), with the gender that noun shows.
	kin map[int]byte
	// partner maps the start of a given name coordinated before a full name
	// ("Gwen and Idris Treharne") to the person it names with that surname;
	// its mention is partnerOf's.
	partner map[int]int
	// partnerOf is the mention of such a given name, read with the full
	// name after it and kept until that name's mention is.
	partnerOf *pending
}

// pending is a mention read, kept until every full name is known.
type pending struct {
	r    run
	m    Mention
	full bool
}

// link turns runs into people and mentions: full names first, then the
// surnames alone, which link to the one person of that surname (to none
// when several share it) or, spelled slightly differently, to the one
// person whose surname they nearly match.
func (f *finder) link(runs []run) Analysis {
	l := &linker{f: f, single: map[string]int{}, shared: map[string]map[string]bool{}, family: f.families(runs),
		sents: map[int][]int{}, strong: map[int]bool{}, bySurname: map[string][]int{}, givenOf: map[string]bool{}, owner: map[string]int{}, kin: map[int]byte{}, partner: map[int]int{}}
	l.count(runs)
	var ms []pending
	orgs := map[string]bool{} // the names the copy has shown to be a body's
	for _, r := range runs {
		name := ""
		if len(r.name) > 1 {
			name = f.s[r.name[0].Start:r.name[len(r.name)-1].End]
		}
		if r.org || name != "" && orgs[name] {
			// "Monteiro Alimentos, the family-controlled food group," ...
			// "Monteiro Alimentos is not listed": the same name, the same
			// firm, though told without its apposition.
			orgs[name] = true
			l.org(r)
			continue
		}
		if p, ok := l.full(r); ok {
			if l.partnerOf != nil {
				ms = append(ms, *l.partnerOf) // "Gwen", before "Idris Treharne"
				l.partnerOf = nil
			}
			ms = append(ms, p)
		}
	}
	for _, p := range ms {
		if !p.full && !l.alone(&p) {
			continue
		}
		l.a.Mentions = append(l.a.Mentions, p.m)
		if p.m.Person >= 0 {
			l.a.People[p.m.Person].Mentions = append(l.a.People[p.m.Person].Mentions, len(l.a.Mentions)-1)
		}
	}
	return l.a
}

// count notes the words named alone and the full names each last word
// ends.
func (l *linker) count(runs []run) {
	for _, r := range runs {
		if r.org {
			continue
		}
		_, sur, alone := l.f.nameParts(r)
		w := strings.ToLower(sur)
		if alone && l.f.namedHere(r) {
			continue // "also called Marek": no surname of anyone named
		}
		if alone {
			l.single[w]++
			continue
		}
		if l.shared[w] == nil {
			l.shared[w] = map[string]bool{}
		}
		l.shared[w][strings.ToLower(l.f.s[r.name[0].Start:r.name[len(r.name)-1].End])] = true
	}
}

// org records an organisation's name.
func (l *linker) org(r run) {
	if len(r.name) > 1 {
		st, en := r.name[0].Start, r.name[len(r.name)-1].End
		l.a.Orgs = append(l.a.Orgs, Org{Span: Span{Start: st, End: en}, Name: l.f.s[st:en]})
	}
}

// full reads a run: a surname alone is kept for later; a full name is
// linked to the person it names, or to a new one. ok is false for a run
// with no sign of a person.
func (l *linker) full(r run) (pending, bool) {
	st, en := r.name[0].Start, r.name[len(r.name)-1].End
	m := Mention{Span: Span{Start: st, End: en}, Text: l.f.s[st:en], Title: r.title, TitleSpan: r.titleSp,
		Former: r.former, Honorific: r.honor, Sentence: r.sent, Person: -1}
	if r.article {
		l.org(r)
		return pending{}, false
	}
	if l.f.lx.Is(lexicon.Ordinals, strings.ToLower(l.f.s[r.name[0].Start:r.name[0].End])) {
		return pending{}, false // "Mahler's Fifth Symphony", "the Third Republic": a work or an era
	}
	if l.brandWord(r) {
		l.org(r) // "the grid operator TeluGrid": a firm's coined name
		return pending{}, false
	}
	given, surname, alone := l.f.nameParts(r)
	if alone {
		return pending{r, m, false}, true
	}
	first, last := strings.ToLower(given), strings.ToLower(surname)
	if !r.evidence && !r.weak && l.single[last] == 0 && l.single[first] == 0 && !l.givenOf[first] {
		// "Abu Dhabi", "New START": no sign of a person; a given name the
		// copy already gave a person is one ("Beatriz de Almeyda, centre,
		// celebrates" after "Beatriz de Almeida").
		return pending{}, false
	}
	if len(r.name) == 2 && len(l.bySurname[first]) > 0 && l.thingAfterSurname(last) {
		// "Aspgren Bakeries", "Keaveney Marine": the surname of someone
		// named before a common noun names a firm after them, not them.
		return pending{}, false
	}
	if len(r.name) == 2 && (l.single[first] > 0 && l.single[last] == 0 || familyFirst(surname)) && !l.givenOf[first] && len(l.shared[last]) < 2 {
		// "Xi Jinping" … "Xi"; but not a given name the copy already
		// gave, nor one before a surname two people share ("Matías
		// Ibarra" and "Tomás Ibarra" … "Matías said").
		given, surname = surname, given
		last = strings.ToLower(surname)
	}
	m.Full = true
	m.Person, m.Spelled = l.match(r, given, surname)
	if _, kin := l.kin[m.Person]; m.Person >= 0 && (!kin && l.f.kinAppositive(r) != "" || l.f.namedHere(r)) {
		// "his grandson and namesake, Ferdinand Achterberg, 30": a relative
		// introduced as such is someone else, whatever name they share;
		// so is one a verb of naming introduces ("Her granddaughter,
		// also called Mariama Soares, 29").
		m.Person, m.Spelled = -1, ""
	}
	m.Variant = m.Spelled != ""
	if m.Person < 0 {
		m.Person = l.addPerson(Person{Name: m.Text, Given: given, Surname: surname}, m.Start, r.title)
		l.givenOf[strings.ToLower(given)] = true
		if w := l.f.kinAppositive(r); w != "" {
			l.kin[m.Person] = gender(l.f.lx.Value(lexicon.GenderedNouns, w))
			// "Her father, Håkon Aarnes,": the word of kinship shows the
			// named relative's gender, so a later "she" is not him.
			l.a.People[m.Person].setGender(l.kin[m.Person])
		}
		l.coordinated(r, surname)
		l.doubleSurname(r, m.Person)
	}
	l.sents[m.Person] = append(l.sents[m.Person], r.sent)
	l.strong[m.Person] = l.strong[m.Person] || r.evidence || l.single[last] > 0
	if !m.Variant && len(m.Text) > len(l.a.People[m.Person].Name) {
		// Keep the fuller form ("John F. Kennedy") as the name.
		l.a.People[m.Person].Name = m.Text
	}
	return pending{r, m, true}, true
}

// match returns the person a full name names, and the spelling it differs
// from when it names them otherwise; -1 for a new person.
func (l *linker) match(r run, given, surname string) (int, string) {
	a, f := &l.a, l.f
	id, spelled := a.person(given, surname, r.sent, l.bySurname, l.sents)
	if spelled != "" && (f.speaksOfKin(r.sent) && !f.ownKinOnly(r) || f.disclaimsKin(r)) {
		// "Chen Guoliang's younger brother, Chen Guoming": a name near
		// another, in a sentence that speaks of kin, is kin.
		id, spelled = -1, ""
	}
	if spelled != "" && l.otherOffice(id, spelled, surname, r.title) {
		id, spelled = -1, ""
	}
	if spelled != "" && l.givenChangedAndPresented(id, spelled, surname, r) {
		id, spelled = -1, ""
	}
	ls := strings.ToLower(surname)
	renamed := false
	if id < 0 {
		introduced := l.family[ls] || f.introduced(r)
		if introduced && !l.family[ls] && r.title == "" && f.restatedRole(a, r, principal(l.bySurname[ls], l.kin, 0), l.titleOf, l.firstAt) {
			introduced = false // "Auctioneer Bastien Morel" ... "Sébastien Morel, the auctioneer,": the same one, renamed
		}
		id, spelled = a.renamed(given, surname, l.bySurname, l.kin, introduced)
		if spelled != "" && pluralNoun(f.lx, strings.ToLower(spelled)) {
			// "Okafor Textiles" read as a person first: a plural common
			// noun is no one's given name, so nobody is renamed.
			id, spelled = -1, ""
		}
		renamed = spelled != ""
		if renamed {
			if fs := firstSurname(a.People[id]); fs != "" && nearSpelling(fs, strings.ToLower(given)) {
				// "Rodrigo Echeverría Lanz" ... "Echevarría Lanz": the
				// first of two surnames misspelt, not a given name changed.
				spelled = fs
			}
		}
		if o := sameOffice(l.bySurname[ls], l.titleOf, r.title); id < 0 && o >= 0 && !f.presented(r) {
			// "Mayor Katarzyna Wróbel" ... "Mayor Magdalena Wróbel": one
			// office and one surname are one person, even where kin of
			// that name appear, unless this sentence presents the second
			// ("His daughter, Captain Aino Korhonen").
			id, spelled = o, a.People[o].Given
		}
	}
	// A surname the copy gave a person, under a given name that is no
	// common word ("Pawel Zawada is due to appear" after "Piotr Zawada,
	// 34,"), is evidence enough that the run names a person.
	// So is a given name one letter off under the same surname ("Prosecutor
	// Krzystof Nowicki" ... "Krzysztof Nowicki, speaking after the hearing").
	sameSurname := id >= 0 && spelled != "" && spelled == a.People[id].Given && strings.EqualFold(a.People[id].Surname, surname)
	byName := (renamed || sameSurname) && !commonWords(l.f.lx, given)
	if spelled != "" && (!r.evidence && !byName && !f.sameGiven(a, id, given) || !l.strong[id]) {
		// Two spellings of a name are reported only when both are
		// clearly people's names, not "Saudi Arabia" and "Saudi Arabian".
		return -1, ""
	}
	return id, spelled
}

// brandWord reports a run with a word of two capitalised parts whose
// second part is a common noun of the lexicon ("TeluGrid", "AgroNet",
// "SunPower"): a coined name of a firm or a product, not a person's, as
// "McDonald", "LeBlanc" or "DiMaggio" are.
func (l *linker) brandWord(r run) bool {
	for _, t := range r.name {
		w := l.f.s[t.Start:t.End]
		for i := 2; i+3 <= len(w); i++ {
			if p := strings.ToLower(w[:i]); w[i] < 'A' || w[i] > 'Z' || w[i-1] < 'a' || w[i-1] > 'z' || l.f.lx.Is(lexicon.SurnamePrefixes, p) || l.f.lx.Is(lexicon.NameParticles, p) {
				continue
			}
			if tail := strings.ToLower(w[i:]); l.f.lx.Known(tail, lexicon.Noun) && !l.f.lx.PersonNoun(tail) {
				return true
			}
		}
	}
	return false
}

// givenChangedAndPresented reports a full name that keeps person id's
// surname but spells the given name near theirs, in a sentence that
// presents the named as someone new ("Paulo Ribeiro", the minister ...
// "Paula Ribeiro, a nurse who travels from Sintra,"): a second person of
// that surname, not the first misnamed.
func (l *linker) givenChangedAndPresented(id int, spelled, surname string, r run) bool {
	p := l.a.People[id]
	return strings.EqualFold(p.Surname, surname) && strings.EqualFold(p.Given, spelled) && l.f.indefiniteAppositive(r)
}

// indefiniteAppositive reports a full name set beside a noun phrase that
// an indefinite article opens ("Paula Ribeiro, a nurse who travels",
// "Ana Sousa, an engineer,"): the copy presents someone new, where a
// definite one ("Lee Sung-hoon, the finance chief,") may restate a role.
func (f *finder) indefiniteAppositive(r run) bool {
	toks, _, last := f.runSpan(r)
	if last < 0 || last+2 >= len(toks) || toks[last+1].Lower != "," {
		return false
	}
	w := toks[last+2].Lower
	return w == "a" || w == "an"
}

// otherOffice reports a surname two letters off person id's, written under
// a title that person was not given ("Bernard Lemoine", the baker ...
// "Mayor Bernard Lemaire"): an office of one's own tells a second person,
// where a slip of one letter would still be a misspelling.
func (l *linker) otherOffice(id int, spelled, surname, title string) bool {
	if title == "" || id >= len(l.titleOf) || strings.EqualFold(l.titleOf[id], title) {
		return false
	}
	x, y := strings.ToLower(spelled), strings.ToLower(surname)
	return !strings.EqualFold(l.a.People[id].Surname, surname) && distance(x, y, 2) >= 2
}

// familyFirst reports a second word of a two-word name that is a given
// name written after the family name, as Korean names are romanised: two
// syllables joined by a hyphen, the second in lower case ("Seo Ji-hoon",
// "Park Chan-wook"). A double surname capitalises both parts
// ("Kamau-Osei").
func familyFirst(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	if !ok || len(a) < 2 || len(b) < 2 || a[0] < 'A' || a[0] > 'Z' {
		return false
	}
	for i := 1; i < len(a); i++ {
		if a[i] < 'a' || a[i] > 'z' {
			return false
		}
	}
	for i := 0; i < len(b); i++ {
		if b[i] < 'a' || b[i] > 'z' {
			return false
		}
	}
	return true
}

// thingAfterSurname reports a word after a known surname that names a
// thing, not a given name: a plural common noun ("Bakeries") or a common
// noun of five letters or more that names no person ("Marine",
// "Holdings"); short ones ("Gang", "Fang") may be given names.
func (l *linker) thingAfterSurname(w string) bool {
	lx := l.f.lx
	return pluralNoun(lx, w) || len(w) >= 5 && lx.Known(w, lexicon.Noun) && !lx.PersonNoun(w) && !l.givenOf[w]
}

// pluralNoun reports the plural of a common noun the lexicon knows
// ("bakeries", "dairies").
func pluralNoun(lx *lexicon.Lexicon, w string) bool {
	l := lx.Lemma(w, lexicon.Noun)
	return l != w && lx.Known(l, lexicon.Noun)
}

// commonWords reports whether a word of s is a word the lexicon knows, in
// any of its forms ("Certainly Saddam", "Rose", "Bakeries"): no sure sign
// of a given name.
func commonWords(lx *lexicon.Lexicon, s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		for _, p := range []lexicon.POS{lexicon.Noun, lexicon.Verb, lexicon.Adjective, lexicon.Adverb} {
			if lx.Known(w, p) || lx.Known(lx.Lemma(w, p), p) {
				return true
			}
		}
	}
	return false
}

// addPerson adds p, first named at off with title, and returns its index.
func (l *linker) addPerson(p Person, off int, title string) int {
	l.a.People = append(l.a.People, p)
	id := len(l.a.People) - 1
	w := strings.ToLower(p.Surname)
	l.bySurname[w] = append(l.bySurname[w], id)
	if ws := strings.Fields(w); len(ws) > 1 && !l.f.lx.Is(lexicon.NameParticles, ws[len(ws)-1]) && !l.f.lx.Is(lexicon.PatronymicParticles, ws[0]) {
		// "Maria da Conceição Ferreira" ... "Ferreira took over": a
		// surname read with its particle is also named by its last word,
		// unless the particle makes it a parent's name ("Irfan bin
		// Faizal" is no Faizal).
		last := ws[len(ws)-1]
		l.bySurname[last] = append(l.bySurname[last], id)
	}
	if len(l.firstAt) == 0 || off < l.firstMin {
		l.firstMin = off
	}
	l.firstAt = append(l.firstAt, off)
	l.titleOf = append(l.titleOf, title)
	return id
}

// doubleSurname files a person named by three words or more under the
// word before the last as well: the first of two surnames ("Rosaria
// Quintela Pazos" ... "Quintela said") or a middle name, either of which
// a later word alone may name them by.
func (l *linker) doubleSurname(r run, id int) {
	if len(r.name) < 3 {
		return
	}
	t := r.name[len(r.name)-2]
	w := t.Lower
	if len(w) < 2 || strings.HasSuffix(w, ".") || l.f.lx.Is(lexicon.NameParticles, w) || !t.Capitalized(l.f.s) {
		return
	}
	if !slices.Contains(l.bySurname[w], id) {
		l.bySurname[w] = append(l.bySurname[w], id)
	}
}

// unknownWord reports a surname alone that is no word of the lexicon, of
// seven letters or more, inside its sentence ("expected Gallimberti to
// sign"): a name, and one close to a person's may be that person's
// misspelt, whatever its slot says.
func (l *linker) unknownWord(r run, w string) bool {
	if len(r.name) != 1 || len(w) < 7 || r.org || r.article {
		return false
	}
	toks := l.f.r.Words(r.sent)
	if len(toks) > 0 && toks[0].Start == r.name[0].Start {
		return false // a capital opening the sentence says nothing
	}
	lx := l.f.lx
	if lx.Is(lexicon.Countries, w) || lx.Is(lexicon.Demonyms, w) || l.f.placed[w] || l.f.datelined[w] {
		return false // "Britain", a place
	}
	return !lx.Known(w, lexicon.Noun) && !lx.Known(w, lexicon.Verb) && !lx.Known(w, lexicon.Adjective) && !lx.Known(w, lexicon.Adverb)
}

// alone links a surname alone; false drops it (a capitalised word with no
// sign of a person).
func (l *linker) alone(p *pending) bool {
	a, f, m := &l.a, l.f, &p.m
	_, sur, _ := f.nameParts(p.r)
	w := strings.ToLower(sur)
	if _, ok := l.partner[m.Start]; ok {
		return false // "Gwen" in "Gwen and Idris Treharne", already linked
	}
	if l.f.namedHere(p.r) {
		// "Their son, also called Marek, 27,": a name after a verb of
		// naming is someone the phrase introduces, not a short form of
		// someone named before.
		m.Person = l.addPerson(Person{Name: m.Text, Given: m.Text}, m.Start, p.r.title)
		return true
	}
	if l.beforeItsKin(p, w) {
		// "Dean Whitcombe, who has run the shop ..." before "His wife,
		// Margaret Whitcombe": a titled surname named before the only
		// full name of it, a relative's, is the principal, someone else.
		m.Person = l.addPerson(Person{Name: m.Text, Surname: m.Text}, m.Start, p.r.title)
		return true
	}
	ids := namedBefore(l.bySurname[w], l.firstAt, m.Start)
	if g := generation(m.Text); g != "" {
		// "Whitfield Jr." after "Robert Whitfield Sr." and "His son,
		// Robert Whitfield Jr.": the one of that surname and suffix.
		ids = slices.DeleteFunc(slices.Clone(ids), func(id int) bool { return generation(a.People[id].Name) != g })
	}
	if len(ids) == 0 && l.givenOf[w] {
		// "Her daughter, Abena Nyarko, 44, ... Abena was 12 when she
		// first sang": a given name alone names the one person named
		// with it, as copy does where a family shares a surname.
		if id := l.byGiven(w, m.Start); id >= 0 {
			m.Person = id
			return true
		}
	}
	near, spelled := -1, ""
	if len(ids) == 0 && (p.r.evidence || l.unknownWord(p.r, w)) && !l.givenOf[w] {
		near, spelled = a.nearSurname(w, l.kin, f.honorGender(p.r), l.namedBy(m.Start))
		if near >= 0 && !p.r.evidence && !l.strong[near] {
			near = -1 // without evidence of its own, only near a name known to be a person's
		}
		if near >= 0 && f.disclaimsKin(p.r) {
			near = -1 // "the economist Per Nordvig, who is not related to the family"
		}
	}
	switch {
	case len(ids) == 1:
		m.Person = ids[0]
		l.owner[w] = ids[0]
	case len(ids) > 1:
		// A shared surname alone keeps the one person it already meant
		// before the second was named ("Rautio has commanded the ferry
		// since 2009" ... "Her son, Juho Rautio" ... "Rautio says she will
		// miss"); else it cannot tell who.
		m.Person = -1
		if id := l.titledAs(ids, p.r.title); id >= 0 {
			m.Person = id // "Capt. Lungu" after "Their son, Capt. Daliso Lungu": the one given that office
		} else if id, ok := l.owner[w]; ok && !f.described(p.r) {
			m.Person = id
		} else if id := principal(ids, l.kin, l.f.honorGender(p.r)); id >= 0 && !f.described(p.r) {
			m.Person = id // "Thiago Brandão" ... "His mother, Lúcia Brandão" ... "Brandão said"
		}
		m.Shared = m.Person < 0
	case near >= 0:
		m.Person, m.Variant, m.Spelled = near, true, spelled
	case f.alone(p.r, w):
		// "President Putin", "Putin accepted ...": a person named by
		// surname only.
		m.Person = l.addPerson(Person{Name: m.Text, Surname: m.Text}, m.Start, p.r.title)
	case p.r.title == "" && p.r.honor == "":
		return false
	}
	return true
}

// titledAs returns the one person among ids whose roles include an office
// of title ("Capt." → captain), or -1 when title is "" or none or several
// hold one.
func (l *linker) titledAs(ids []int, title string) int {
	if title == "" {
		return -1
	}
	words := titleWords(l.f.lx, title)
	holds := func(id int) bool {
		if slices.ContainsFunc(l.a.People[id].Roles, func(r string) bool { return words[r] }) {
			return true
		}
		return l.titleOf[id] != "" && sharesOffice(l.f.lx, words, l.titleOf[id])
	}
	found := -1
	for _, id := range ids {
		if !holds(id) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = id
	}
	return found
}

// byGiven returns the one person named before byte off whose given name is
// w (lower case), or -1 when none or several are.
func (l *linker) byGiven(w string, off int) int {
	id := -1
	for i, p := range l.a.People {
		if l.firstAt[i] < off && strings.EqualFold(p.Given, w) {
			if id >= 0 {
				return -1
			}
			id = i
		}
	}
	return id
}

// gender reads a lexicon gender value ("f", "m") as a byte, 0 for none.
func gender(v string) byte {
	if v == "" {
		return 0
	}
	return v[0]
}

// honorGender returns the gender the honorific of run r shows ("Mr." m,
// "Ms." f), or 0.
func (f *finder) honorGender(r run) byte {
	if r.honor == "" {
		return 0
	}
	return gender(f.lx.Value(lexicon.Honorifics, r.honor))
}

// coordinated adds the person a given name coordinated before full name r
// names with its surname: "Gwen and Idris Treharne", "Hildegard and Emeka
// Okonkwo" are two people of one surname, and a surname alone after them
// names neither for sure.
func (l *linker) coordinated(r run, surname string) {
	toks := l.f.r.Words(r.sent)
	k := tokenIndex(toks, r.name[0].Start)
	if k < 2 || toks[k-1].Lower != "and" || r.title != "" || r.honor != "" {
		return
	}
	g := toks[k-2]
	if g.Kind != text.Word || !g.Capitalized(l.f.s) || !g.Tag.IsProper() || k >= 3 && toks[k-3].Kind == text.Word && toks[k-3].Capitalized(l.f.s) {
		return // one word alone, a given name: not "Smith and Idris Treharne" after another name
	}
	if !l.a.givenName(g.Lower) {
		return
	}
	id := l.addPerson(Person{Name: g.Text(l.f.s) + " " + surname, Given: g.Text(l.f.s), Surname: surname}, g.Start, "")
	l.givenOf[g.Lower] = true
	l.partner[g.Start] = id
	l.sents[id] = append(l.sents[id], r.sent)
	l.partnerOf = &pending{r: run{sent: r.sent, name: toks[k-2 : k-1 : k-1]}, full: true,
		m: Mention{Span: g.Span(), Text: g.Text(l.f.s), Sentence: r.sent, Person: id, Full: true}}
}

// namedBy returns a test of whether a person was first named before byte
// off; if nobody was, every person passes (a surname may come first).
func (l *linker) namedBy(off int) func(id int) bool {
	any := len(l.firstAt) > 0 && l.firstMin < off
	return func(id int) bool { return !any || l.firstAt[id] < off }
}

// beforeItsKin reports a surname alone with a title or honorific, named
// before anyone of that surname, when everyone the copy later names with
// it was introduced as a relative or is coordinated right after it.
func (l *linker) beforeItsKin(p *pending, w string) bool {
	ids := l.bySurname[w]
	if len(ids) == 0 || p.r.title == "" && p.r.honor == "" {
		return false
	}
	for _, id := range ids {
		if _, kin := l.kin[id]; (!kin && !l.coordinatedAfter(p, id)) || l.firstAt[id] < p.m.Start {
			return false
		}
	}
	return true
}

// coordinatedAfter reports whether person id is first named right after
// the mention of p, coordinated with it ("Dean Harker, 34, and Lee Harker,
// 29,"): two noun phrases joined by "and" name two people, so a title read
// before the surname cannot make them one.
func (l *linker) coordinatedAfter(p *pending, id int) bool {
	from, to := p.m.End, l.firstAt[id]
	if to <= from || to-from > 12 {
		return false
	}
	gap := l.f.s[from:to]
	if k := strings.Index(gap, ", and "); k >= 0 && strings.Trim(gap[:k], ", 0123456789") == "" {
		return true // "Dean Harker, 34, and"
	}
	return gap == " and "
}
