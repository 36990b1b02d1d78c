package entities

import (
	"slices"
	"strings"

	"github.com/copydesk/copydesk/checker/lexicon"
	"github.com/copydesk/copydesk/checker/text"
)

// families returns the surnames (lower case) that a sentence speaking of
// kin names ("Elian Gonzalez's father said", "Piotr and Agnieszka Wrona,
// a married couple"): the copy tells of relatives who share it.
func (f *finder) families(runs []run) map[string]bool {
	out := map[string]bool{}
	for _, r := range runs {
		if r.org {
			continue
		}
		if f.speaksOfKin(r.sent) && f.kinNear(r) && f.kinAppositive(r) == "" {
			// A relative named in apposition to the kinship noun ("His
			// daughter, Mila Kestić,") is known by name: the linker keeps
			// her apart, and the surname may still name the principal.
			out[r.name[len(r.name)-1].Lower] = true
		}
	}
	return out
}

// kinNear reports whether the word of kinship or relation that sentence
// of run r speaks of is about r: a noun of kinship anywhere in it ("Elian
// Gonzalez's father said"), or a word of relation alone ("related",
// "relation", "married") within kinReach tokens of the name. In "Kerekes
// kept the goalkeeping coach, Balázs Tót, who is not related to the
// federation president", the relation is Tót's, not Kerekes's.
func (f *finder) kinNear(r run) bool {
	toks, first, last := f.runSpan(r)
	if first < 0 || last < 0 {
		return true
	}
	near := false
	for k, t := range toks {
		w := f.kinAt(toks, k)
		relation := w == "relation" || relationWord(t)
		if w != "" && !relation && !ownedByOther(toks, k, first, last) {
			return true
		}
		if relation && k >= first-kinReach && k <= last+kinReach {
			near = true
		}
	}
	return near
}

// ownKinOnly reports a sentence whose words of kinship all stand after run
// r and its verb, owned by a pronoun ("Park Ji-hun thanked employees and
// said his daughter had earned the job"): the relatives are the named
// person's own, who is not presented as anyone's relative.
func (f *finder) ownKinOnly(r run) bool {
	toks, _, last := f.runSpan(r)
	if last < 0 {
		return false
	}
	verb := false
	for k, t := range toks {
		if k > last && t.Tag.IsFinite() {
			verb = true
		}
		if relationWord(t) {
			return false
		}
		if f.kinAt(toks, k) == "" {
			continue
		}
		j := k - 1
		for j > last && toks[j].Tag.IsAdjective() {
			j-- // "his younger brother"
		}
		if !verb || j <= last || toks[j].Tag != text.PRPS {
			return false
		}
	}
	return true
}

// ownedByOther reports a kinship noun at toks[k] whose possessor is a name
// outside the run at toks[first:last+1] ("Halny's son ... works in
// Dziedzic's department": the son is Halny's, not Dziedzic's kin).
func ownedByOther(toks []text.Token, k, first, last int) bool {
	j := k - 1
	if j >= 0 && toks[j].Tag == text.POS {
		j--
	}
	if j < 0 || j == k-1 && !strings.HasSuffix(toks[j].Lower, "'s") && !strings.HasSuffix(toks[j].Lower, "’s") || !toks[j].Tag.IsProper() {
		return false
	}
	return j < first || j > last
}

// relationWord reports a word other than a kinship noun that speaks of a
// relation between people: "related" ("not related", "no relation" is a
// kinship noun), "married".
func relationWord(t text.Token) bool { return t.Lower == "related" || t.Lower == "married" }

// disclaimsKin reports a denial of kinship just after the name of run r
// ("Per Nordvig, who is not related to the family", "Ana Ruiz (no
// relation)", "an unrelated Marta Ruiz"): the copy itself says the name
// is someone else's, however near its spelling.
func (f *finder) disclaimsKin(r run) bool {
	toks, first, last := f.runSpan(r)
	if first < 0 || last < 0 {
		return false
	}
	for k := max(first-3, 0); k < len(toks) && k <= last+disclaimReach; k++ {
		switch w := toks[k].Lower; {
		case w == "unrelated":
			return true
		case (relationWord(toks[k]) || w == "relation") && k >= 1 && (f.lx.Is(lexicon.Negations, toks[k-1].Lower) || toks[k-1].Lower == "no"):
			return true // "not related", "no relation"; "not married" too
		}
	}
	return false
}

// disclaimReach is how many tokens after a name a denial of kinship may
// stand: past an apposition and a relative clause's verb ("Per Kjellgard,
// an analyst at Sundbanken who is not related").
const disclaimReach = 12

// kinReach is how many tokens from a name a word of relation may stand
// and still speak of that name's family.
const kinReach = 8

// speaksOfKin reports whether sentence si has a word of kinship or
// relation ("husband", "no relation", "not related", "a married couple").
func (f *finder) speaksOfKin(si int) bool {
	if f.kin == nil {
		f.kin = make([]uint8, len(f.r.Sentences))
	}
	if f.kin[si] == 0 {
		f.kin[si] = 1
		toks := f.r.Words(si)
		for k, t := range toks {
			if f.kinAt(toks, k) != "" || relationWord(t) {
				f.kin[si] = 2
				break
			}
		}
	}
	return f.kin[si] == 2
}

// kinAt returns the noun of kinship toks[k] is (its lemma), or "": one the
// lexicon marks "possessed" ("partner") only after a possessor ("her
// partner", "Berg's partner").
func (f *finder) kinAt(toks []text.Token, k int) string {
	t := toks[k]
	w := t.Lemma
	if !f.lx.Is(lexicon.Kinship, w) {
		if t.Lower == w {
			return "" // most words are their own lemma: one lookup will do
		}
		if w = t.Lower; !f.lx.Is(lexicon.Kinship, w) {
			return ""
		}
	}
	if f.lx.Value(lexicon.Kinship, w) == "possessed" && !(k > 0 && (toks[k-1].Tag == text.PRPS || toks[k-1].Tag == text.POS)) {
		return ""
	}
	return w
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
	toks, first, last := f.runSpan(r)
	if first < 0 || last < 0 {
		return true // not found: assume the safer reading
	}
	if first > 0 && r.title == "" && f.lx.PersonNoun(toks[first-1].Lemma) {
		return true // "the engineer Wilhelm Kessler"
	}
	if first > 1 && toks[first-1].Lower == "by" && (toks[first-2].Tag == text.VBN || toks[first-2].Tag == text.VBD || f.datedAgentPhrase(toks, first)) {
		return true // "a company founded in 1962 by Joaquim Ferreira": the agent of what the copy tells, someone new
	}
	link := func(w string) bool {
		return w == "," || w == "and" || w == "&" || w == "(" || w == ")" || w == ":" || w == "or"
	}
	// "..., Melanie Steinwender said.": the comma before a name that a verb
	// of saying follows closes the quoted clause; it sets nothing beside
	// the name.
	attribution := first > 0 && toks[first-1].Lower == "," && last+1 < len(toks) && saying(f.lx, toks[last+1])
	before := first > 0 && link(toks[first-1].Lower) && !openingPhraseBefore(toks, first) && !attribution
	return before || last+1 < len(toks) && link(toks[last+1].Lower)
}

// datedAgentPhrase reports a "by" at toks[k-1] that ends a participle's
// phrase with its date between ("founded in 1962 by", "built in 1890
// by"): a past participle no more than four words before it.
func (f *finder) datedAgentPhrase(toks []text.Token, k int) bool {
	for j := k - 2; j >= 0 && j >= k-6; j-- {
		if toks[j].Tag == text.VBN || toks[j].Tag == text.VBD {
			return true
		}
		if toks[j].Lower == "," || toks[j].Tag.IsFinite() {
			return false
		}
	}
	return false
}

// openingPhraseBefore reports a phrase that opens the sentence with a
// preposition or a verb form, has no finite verb or relative pronoun and
// ends in the comma before toks[k] ("Speaking to reporters after the vote,
// Nadim Khoury said"; "Born in 1961 in a fisherman's house on the point,
// she learned"): the word after it is the subject, neither presented in
// apposition nor referring to a person named inside the phrase.
func openingPhraseBefore(toks []text.Token, k int) bool {
	if k < 2 || k > len(toks) || toks[k-1].Lower != "," {
		return false
	}
	// The opening verb form may be tagged finite ("Asked about the cost,").
	if o := toks[0]; !(o.Tag == text.IN || o.Tag == text.TO || o.Tag.IsVerb()) {
		return false
	}
	for _, t := range toks[1 : k-1] {
		if t.Tag.IsFinite() || t.Tag == text.WP || t.Tag == text.WPS {
			return false
		}
	}
	return true
}

// described reports a surname written as a noun with a determiner or an
// adjective before it ("the younger van Rijn", "the elder Ferreira"):
// among kin who share it, it tells one from the others, so it does not
// simply mean the one it meant before.
func (f *finder) described(r run) bool {
	toks, k, _ := f.runSpan(r)
	if k > 0 && strings.HasSuffix(toks[k-1].Lower, "-year-old") {
		// "the 31-year-old Etxeberria": an age is routine apposition, no
		// description that picks one of a family; the surname alone
		// means whom it would mean without it.
		return false
	}
	return k > 0 && (toks[k-1].Tag.IsAdjective() || toks[k-1].Lower == "the")
}

// sameGiven reports whether a full name with no sign of a person of its
// own still names person id, spelled otherwise: it repeats id's given name
// exactly, and that name is no common word ("Sofia Lindahl" ... "Sofia
// Lindhal is due to speak", not "Saudi Arabia" ... "Saudi Arabian").
func (f *finder) sameGiven(a *Analysis, id int, given string) bool {
	g := strings.ToLower(given)
	return id >= 0 && (strings.ToLower(a.People[id].Given) == g || strings.ToLower(innerName(a.People[id])) == g) &&
		!f.lx.Known(g, lexicon.Noun) && !f.lx.Known(g, lexicon.Adjective)
}

// givenName reports whether every word of given may be a given name: no
// adjective, person noun or title ("Civil Surgeon Pawar" is a title and a
// surname). A noun for a thing may be a name ("Mike", "Rumen", "Rose").
func (a *Analysis) givenName(given string) bool {
	lx := lexicon.Default()
	for _, w := range strings.Fields(strings.ToLower(given)) {
		if lx.Known(w, lexicon.Adjective) || lx.PersonNoun(w) || isTitleHead(lx, w) {
			return false
		}
		if len(w) > 2 && strings.HasSuffix(w, ".") && !strings.Contains(w[:len(w)-1], ".") {
			return false // "Supt.", "Insp.": an abbreviated title, no initial
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
// spelled the same. Of several people of that surname, only the one not
// introduced as a relative (see principal) is renamed so. Otherwise it
// returns -1.
func (a *Analysis) renamed(given, surname string, bySurname map[string][]int, kin map[int]byte, introduced bool) (id int, spelled string) {
	ls := strings.ToLower(surname)
	id = principal(bySurname[ls], kin, 0)
	if id < 0 || a.People[id].Given == "" || !a.givenName(given) || generation(given) != generation(a.People[id].Given) {
		return -1, ""
	}
	p := a.People[id]
	if strings.HasSuffix(strings.ToLower(p.Name), " "+strings.ToLower(given+" "+surname)) {
		return id, "" // "Ferrer Baños" for "Lucía Ferrer Baños", "de Cholet"
	}
	if introduced {
		return -1, ""
	}
	return id, p.Given
}

// kinAppositive returns the noun of kinship a full name stands in
// apposition to, before it ("her brother, Kunle Oyelaran", "his cousin
// Pieter Hoogendijk") or after it ("Mila Kestić, his daughter,"): the
// person is introduced as a relative of someone the copy is about. A
// relative coordinated with that someone ("Anna Lund and her husband,
// Erik Lund, run the café") is their peer, and gives "".
func (f *finder) kinAppositive(r run) string {
	toks, first, last := f.runSpan(r)
	if first < 0 || last < 0 {
		return ""
	}
	if w, ok := f.kinBefore(toks, first); ok {
		return w
	}
	return f.kinAfter(toks, last)
}

// kinBefore returns the noun of kinship a name at toks[first] stands after
// ("her brother, Kunle Oyelaran", "his wife of 55 years, Leena
// Hakkarainen"); ok is true when there is one, w "" when it is a peer's
// ("Anna Lund and her husband, Erik Lund").
func (f *finder) kinBefore(toks []text.Token, first int) (w string, ok bool) {
	b := first - 1
	for n := 0; b >= 0 && n < 3 && (f.lx.Is(lexicon.Honorifics, toks[b].Lower) || f.lx.Is(lexicon.Titles, toks[b].Lower) && toks[b].Capitalized(f.s)); n++ {
		b-- // "Lim's brother, Dr. Arturo Lim", "the general's son, Lt. Andrei Vasilescu"
	}
	if c := b; c >= 1 && premodifier(f.s, toks[c]) {
		for c > 0 && premodifier(f.s, toks[c]) && b-c < 2 {
			c--
		}
		if toks[c].Lower == "the" {
			b = c - 1 // "His father, the late Douglas Lennie": a name in its own noun phrase
		}
	}
	if b >= 0 && toks[b].Tag.IsVerb() && f.lx.Is(lexicon.NamingVerbs, toks[b].Lemma) {
		b-- // "His grandfather, also named Ottavio Pellegrino"
		if b >= 0 && toks[b].Tag == text.RB {
			b--
		}
	}
	if b >= 0 && toks[b].Lower == "," {
		b--
	}
	for c := b; c > 0 && c >= b-4 && f.kinIn(toks, b) == ""; c-- {
		if toks[c].Lower == "of" && f.kinIn(toks, c-1) != "" {
			if c+1 < len(toks) && (toks[c+1].Lower == "a" || toks[c+1].Lower == "an") {
				// "the son of a gold-mine electrician, K.A. Mensah": whose
				// child the person is, told of someone the copy does not
				// name, introduces no relative of anyone in it.
				return "", false
			}
			b = c - 1 // the kinship noun before a phrase of its own ("his wife of 55 years")
		}
	}
	w = f.kinIn(toks, b)
	if w == "" {
		return "", false
	}
	c := b - 1
	if c >= 0 && toks[c].Tag == text.PRPS {
		c--
	}
	if c >= 1 && toks[c].Lower == "and" && toks[c+1].Tag != text.PRPS {
		if k := f.kinIn(toks, c-1); k != "" {
			return k, true // "his grandson and namesake, Ferdinand Achterberg": two nouns of one relative
		}
	}
	if c >= 0 && (toks[c].Lower == "and" || toks[c].Lower == "&") && !f.kinConjunct(toks, c) {
		return "", true // a couple or siblings named as peers
	}
	return w, true
}

// premodifier reports a lower-case adjective or participle that may
// stand before a name in its noun phrase: "the late", "the retired".
func premodifier(s string, t text.Token) bool {
	return (t.Tag.IsAdjective() || t.Tag == text.VBN) && !t.Capitalized(s)
}

// kinConjunct reports whether the name before the "and" at toks[c] (past
// its age in apposition) is itself introduced by a noun of kinship: "His
// wife, Malee Wongsakul, 55, and their son, Anan Wongsakul" are both
// relatives of the man the copy is about, not his peers.
func (f *finder) kinConjunct(toks []text.Token, c int) bool {
	e := c - 1
	for e >= 0 && (toks[e].Lower == "," || toks[e].Tag == text.CD) {
		e--
	}
	n := e
	for n > 0 && toks[n-1].Capitalized(f.s) && toks[n-1].Kind == text.Word {
		n--
	}
	if e < 0 || n > e || !toks[e].Capitalized(f.s) {
		return false
	}
	w, ok := f.kinBefore(toks, n)
	return ok && w != ""
}

// kinAfter returns the noun of kinship in apposition after a name ending
// at toks[last], past a possessor ("Mila Kestić, his daughter", "Emeka
// Oti, the coach's son"), or "".
func (f *finder) kinAfter(toks []text.Token, last int) string {
	a := last + 1
	if a < len(toks) && toks[a].Lower == "," {
		a++
	}
	if a < len(toks) && toks[a].Lemma == "be" && toks[a].Tag.IsVerb() {
		a++ // "Ernesto Villalobos, is the mayor's cousin": kinship the predicate gives
	}
	for c := a; c < len(toks) && c <= a+3; c++ {
		if toks[c].Tag == text.POS || toks[c].Tag == text.PRPS {
			a = c + 1
			break
		}
		if !(toks[c].Tag == text.DT || toks[c].Tag.IsNoun() || toks[c].Tag.IsAdjective()) {
			break
		}
	}
	return f.kinIn(toks, a)
}

// kinIn is kinAt for an index that may fall outside toks ("" then).
func (f *finder) kinIn(toks []text.Token, k int) string {
	if k < 0 || k >= len(toks) {
		return ""
	}
	return f.kinAt(toks, k)
}

// runSpan returns the tokens of run r's sentence and the indices of the
// first and last tokens of its name, -1 when not found.
func (f *finder) runSpan(r run) (toks []text.Token, first, last int) {
	toks = f.r.Words(r.sent)
	return toks, tokenIndex(toks, r.name[0].Start), tokenIndex(toks, r.name[len(r.name)-1].End-1)
}

// principal returns the one person among ids the copy does not introduce
// as someone's relative, or -1: a surname that several share means, alone,
// the person the copy is about, not the relative named beside them. kin
// maps a relative to the gender of the noun that introduced them (0 when
// it shows none: "cousin"); a mention with an honorific of gender g
// ("Mr. Lund") may be a relative of that gender, and then names nobody
// for sure.
func principal(ids []int, kin map[int]byte, g byte) int {
	found := -1
	for _, id := range ids {
		if kg, ok := kin[id]; ok {
			if g != 0 && (kg == 0 || kg == g) {
				return -1
			}
			continue
		}
		if found >= 0 {
			return -1
		}
		found = id
	}
	return found
}

// restatedRole reports a full name whose apposition after it names a role
// person id already holds, by a role noun or the title they were first
// named with (titleOf; firstAt is where): "Auctioneer Bastien Morel" ...
// "Sébastien Morel, the auctioneer,". The apposition presents no one new.
// An office's title is held in turn, so it tells no one apart.
func (f *finder) restatedRole(a *Analysis, r run, id int, titleOf []string, firstAt []int) bool {
	if id < 0 {
		return false
	}
	toks, _, last := f.runSpan(r)
	if last < 0 || last+1 >= len(toks) {
		return false
	}
	k := f.apposition(toks, last+1)
	if k < 0 {
		return false
	}
	role := toks[k].Lemma
	if (f.lx.Is(lexicon.Titles, role) || f.lx.Is(lexicon.GenericRoles, role)) && f.heldInTurn(toks, last+1, k) {
		// "Arne Lund, Brennan's mayor from 1988 to 2000": an office has
		// holders in turn; but "Fernanda Lins, the club president," after
		// "Club president Eduarda Lins" is the one holder, now.
		return false
	}
	if slices.Contains(a.People[id].Roles, role) {
		return true
	}
	if id < len(titleOf) {
		if t := strings.Fields(strings.ToLower(titleOf[id])); len(t) > 0 && t[len(t)-1] == role {
			return true
		}
	}
	// "Auctioneer Bastien Morel": the role noun before the name they were
	// first given, at byte firstAt[id].
	if id < len(firstAt) {
		ts, k := f.r.Tokens, f.r.TokenAt(firstAt[id])
		if k > 1 && k <= len(ts) && ts[k-1].Lower == "," {
			k-- // "The bakery's owner, Siobhan Kerr,"
		}
		return k > 0 && k <= len(ts) && ts[k-1].Lemma == role
	}
	return false
}

// heldInTurn reports an office in apposition from toks[from] to its head
// toks[k] that the phrase puts in another time than now: a word of a
// former holder before the head ("former", "late", "then"), or a time
// phrase, a year or a date after it ("mayor from 1988 to 2000", "mayor
// until 2019", "president in 2012").
func (f *finder) heldInTurn(toks []text.Token, from, k int) bool {
	for j := from; j < k; j++ {
		if formerWords[toks[j].Lower] || toks[j].Lower == "late" || toks[j].Lower == "then" {
			return true
		}
	}
	for j := k + 1; j < len(toks) && j <= k+6; j++ {
		t := toks[j]
		if t.Lower == "," || t.Lower == "." || t.Tag.IsVerb() {
			return false
		}
		switch t.Lower {
		case "from", "until", "till", "between", "since", "in", "during":
			return true
		}
		if t.Kind == text.Number {
			return true
		}
	}
	return false
}
