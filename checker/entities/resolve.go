package entities

import (
	"slices"
	"strconv"
	"strings"

	"github.com/copydesk/copydesk/checker/lexicon"
	"github.com/copydesk/copydesk/checker/text"
)

// lookBack is how many sentences before a pronoun or role its antecedent
// may stand in, and maxScan how many mentions back any search looks: the
// work per mention stays bounded however long a sentence runs.
const (
	lookBack = 3
	maxScan  = 64
)

// addPronoun adds a pronoun mention and resolves it: to a person named
// earlier in its sentence (the subject first), else to the subject of a
// sentence before, else to the person last named; always one whose gender,
// if shown, agrees.
func (f *finder) addPronoun(a *Analysis, t text.Token, si int) {
	toks := f.r.Words(si)
	m := Mention{Span: t.Span(), Kind: Pronoun, Text: f.s[t.Start:t.End], Person: -1, Sentence: si,
		Subject: f.subject(toks, t.Start)}
	g := f.gendered(t)
	ok := func(p *Person) bool { return p.Gender == 0 || p.Gender == g }
	if other := apposedName(a, toks, tokenIndex(toks, t.Start)); t.Tag == text.PRPS && other >= 0 {
		// "Raghunathan, her opponent, ...": an owner inside a phrase set
		// beside a name is someone else than that name's person.
		ok = func(p *Person) bool { return p != &a.People[other] && (p.Gender == 0 || p.Gender == g) }
	}
	m.Quoted = text.InQuotes(f.r.Quotes, m.Start)
	if c := f.conjunctOwner(a, toks, tokenIndex(toks, t.Start), ok); t.Tag == text.PRPS && c >= 0 {
		// "carrying out a 71-year-old woman and her grandson", "the
		// widower and his two daughters": the owner is the conjunct just
		// before, when it fits the pronoun.
		m.Person = c
	} else if c := f.matrixSubject(a, toks, tokenIndex(toks, t.Start), ok); t.Tag == text.PRP && c >= 0 {
		// "make sure Beatriz gets hers when she turns 10": a subject
		// pronoun in a clause of time is the subject of the clause it
		// hangs on.
		m.Person = c
	} else if c := f.relativeOwner(a, t, ok); c >= 0 {
		// "Ole Sankale, who made his second visit": inside a relative
		// clause on a person, that person's own pronoun.
		m.Person = c
	} else if c := f.kinOwner(a, toks, t, m.Subject, si, ok); c >= 0 {
		// "Her mother, 68, still plays at weddings. Her brother, Yann,
		// plays bass": relatives listed in turn are the same person's.
		m.Person = c
	} else if f.objectCase(t) {
		// An object pronoun is not its own clause's subject ("Bianchi met
		// Ricci and met her again": her is Ricci); that would be "herself".
		m.Person = a.antecedentNotSubject(si, m.Quoted, ok)
	} else if m.Subject && !a.personIn(si) || openingPhraseBefore(toks, tokenIndex(toks, t.Start)) {
		// A pronoun that opens a sentence about nobody yet, or follows a
		// fronted phrase ("Born in 1961 in a fisherman's house, she"),
		// keeps the topic: the last subject, before a person only mentioned
		// ("Vandermeer ... is due to meet Balan. ... since Balan's
		// government took office. Her first visit ...": Vandermeer).
		if n := a.introducedIn(si-1, m.Quoted, ok); n >= 0 && !a.subjectIn(si-1) && !a.ownedSubjectIn(si-1) {
			// "The volunteers include Sergeant Orla Brennan, 39, ... She
			// was 22 when ...": a sentence with no person for its subject
			// that names one person for the first time presents them.
			m.Person = n
		} else if o := a.onlyIn(si-1, ok); o >= 0 && a.definitelyIn(si-1, o) && !a.subjectIn(si-1) && !a.ownedSubjectIn(si-1) && m.Subject && !m.Quoted {
			// "The vote was personal for the mayor. She was born in
			// 1958": the one person of the sentence before, told of by
			// no subject and not as an owner ("since Balan's government
			// took office"), is whom the next opens with.
			m.Person = o
		} else if o := a.ownerOfOtherSubject(si-1, m.Quoted, ok); o >= 0 {
			// "Her brother, Yann Dantec, plays bass. Her debut ...": the
			// owner of a subject the pronoun cannot be keeps the topic.
			m.Person = o
		} else if m.Person = a.lastSubject(si-1, m.Quoted, ok); m.Person < 0 {
			m.Person = a.antecedent(si, m.Quoted, ok)
		} else if k := a.genderedIn(si-1, m.Quoted, g); g != 0 && a.People[m.Person].Gender == 0 && k >= 0 && k != m.Person {
			// "Judge Antoni Brzezicki sentenced Halina Wrzosek ... and
			// barred her from practising. She was also ordered ...": the
			// one person of the sentence before known to be of the
			// pronoun's gender, over a subject whose gender is not shown.
			m.Person = k
		} else if o := a.ownerIn(si-1, m.Quoted, ok); o >= 0 && o != m.Person && !a.subjectIn(si-1) && f.topic == o {
			// "... two of Vermeulen's neighbours have taken the money.
			// He has not applied.": the topic of the copy, named just
			// before as an owner, over a subject paragraphs back.
			m.Person = o
		}
	} else {
		m.Person = a.antecedent(si, m.Quoted, ok)
		if k := a.genderedIn(si, m.Quoted, g); g != 0 && m.Person >= 0 && a.People[m.Person].Gender == 0 && k >= 0 && k != m.Person {
			// "Mayor Rui Tavares said the town had chosen Valadares because
			// of her ties to the building": the one person its sentence
			// names known to be of the pronoun's gender, over a subject
			// whose gender is not shown.
			m.Person = k
		}
	}
	if m.Person < 0 && f.topic >= 0 && !m.Quoted && ok(&a.People[f.topic]) && a.spokenOfSince(f.topic, si-topicSpan) {
		// "... the old bookseller said. 'Ingrid argues with them.' // Her
		// road to the counter ...": with nobody of its gender in the
		// sentences just before, a pronoun keeps the copy's topic, the
		// person it named first.
		m.Person = f.topic
	}
	if m.Person >= 0 && (m.Subject || a.namedIn(si, m.Person)) {
		// A subject pronoun tells a person's gender, and so does one whose
		// person its own sentence names ("Eleni Drosou said that her own
		// father ..."); an owner read across sentences ("The couple
		// bought it with a loan from her father") is less sure.
		a.People[m.Person].setGender(g)
	}
	f.add(a, m)
}

// ownerOfOtherSubject returns the person of the possessive that opens
// sentence si's subject ("Her brother, Yann Dantec, plays bass") when ok
// accepts them and not the subject itself; or -1.
func (a *Analysis) ownerOfOtherSubject(si int, quoted bool, ok func(*Person) bool) int {
	first := len(a.Mentions)
	for first > 0 && a.Mentions[first-1].Sentence >= si {
		first--
	}
	owner := -1
	for _, m := range a.Mentions[first:] {
		if m.Sentence != si {
			continue
		}
		switch {
		case owner < 0 && m.Possessor && m.Subject:
			if !a.fits(m, quoted, ok) {
				return -1
			}
			owner = m.Person
		case owner >= 0 && m.Subject && !m.Possessor:
			if a.fits(m, quoted, ok) {
				return -1
			}
			return owner
		}
	}
	return -1
}

// kinOwnerBefore returns the person whose possessive pronoun owns the
// kin noun that is the subject of sentence si ("Her mother" in "Her
// mother, 68, still plays"), when ok accepts them; or -1.
func (a *Analysis) kinOwnerBefore(lx *lexicon.Lexicon, si int, ok func(*Person) bool) int {
	for i := len(a.Mentions) - 1; i >= 1 && a.Mentions[i].Sentence >= si; i-- {
		o, m := a.Mentions[i-1], a.Mentions[i]
		if m.Sentence != si || o.Sentence != si || m.Kind != Role || !m.Subject || !lx.Is(lexicon.Kinship, m.Role) {
			continue
		}
		if o.Kind == Pronoun && o.Possessor && o.Start == m.Start && o.Person >= 0 && ok(&a.People[o.Person]) {
			return o.Person
		}
	}
	return -1
}

// kinOwner returns, for a possessive t that opens the subject and owns a
// kin noun ("Her brother, ..."), the owner of the kin noun that was the
// subject of the sentence before ("Her mother, 68, ..."), or -1.
func (f *finder) kinOwner(a *Analysis, toks []text.Token, t text.Token, subject bool, si int, ok func(*Person) bool) int {
	k := tokenIndex(toks, t.Start)
	if t.Tag != text.PRPS || !subject || k < 0 || k+1 >= len(toks) || !f.lx.Is(lexicon.Kinship, toks[k+1].Lemma) {
		return -1
	}
	return a.kinOwnerBefore(f.lx, si-1, ok)
}

// conjunctOwner returns the person of the role or name mention that ends
// right before "and" at toks[k-1], when ok accepts them and the copy shows
// their gender, or -1: the first conjunct of "a woman and her grandson".
func (f *finder) conjunctOwner(a *Analysis, toks []text.Token, k int, ok func(*Person) bool) int {
	if k < 2 || toks[k-1].Lower != "and" || len(a.Mentions) == 0 {
		return -1
	}
	m := a.Mentions[len(a.Mentions)-1]
	if m.End != toks[k-2].End || m.Kind == Pronoun || m.Person < 0 {
		return -1
	}
	if p := &a.People[m.Person]; p.Gender != 0 && ok(p) {
		return m.Person
	}
	return -1
}

// matrixSubject returns the person named as the subject of the clause
// that a clause of time at toks[k-1] ("when", "until", "once": lexicon
// time-openers) hangs on, a name right before a finite verb with no
// punctuation between it and the opener, when ok accepts them; or -1.
func (f *finder) matrixSubject(a *Analysis, toks []text.Token, k int, ok func(*Person) bool) int {
	if k < 3 || !f.lx.Is(lexicon.TimeOpeners, toks[k-1].Lower) {
		return -1
	}
	if p := f.passiveAgent(a, toks, k-1); p >= 0 {
		if ok(&a.People[p]) {
			return p
		}
		return -1
	}
	for j := k - 2; j > 0; j-- {
		if toks[j].Tag.IsPunct() {
			return -1
		}
		if !toks[j].Tag.IsFinite() {
			continue
		}
		i := a.MentionAt(toks[j-1].Start)
		if i < 0 || a.Mentions[i].Kind != Name || a.Mentions[i].End != toks[j-1].End || a.Mentions[i].Person < 0 {
			return -1
		}
		if p := a.Mentions[i].Person; ok(&a.People[p]) {
			return p
		}
		return -1
	}
	return -1
}

// passiveAgent returns the person named after "by" and a passive
// participle, perhaps with a phrase set off beside the name, right before
// the time opener at toks[o]: "was first noticed by Arjun Srinivas, 27, a
// doctoral student in Srinivasan's group, while he was checking": the
// agent is the clause's logical subject. It returns -1 for none.
func (f *finder) passiveAgent(a *Analysis, toks []text.Token, o int) int {
	j := o - 1
	if j >= 0 && toks[j].Lower == "," {
		// back over the aside to the comma after the name
		for j--; j > 0 && o-j < 20 && !toks[j].Tag.IsFinite(); j-- {
			if toks[j].Lower == "," && a.MentionAt(toks[j-1].Start) >= 0 {
				break
			}
		}
		j--
	}
	if j < 2 {
		return -1
	}
	i := a.MentionAt(toks[j].Start)
	if i < 0 || a.Mentions[i].Kind != Name || a.Mentions[i].End != toks[j].End || a.Mentions[i].Person < 0 {
		return -1
	}
	b := tokenIndex(toks, a.Mentions[i].Start) - 1
	if b < 1 || toks[b].Lower != "by" || toks[b-1].Tag != text.VBN {
		return -1
	}
	return a.Mentions[i].Person
}

// apposedName returns the person of the name that ends right before the
// comma before token k ("Raghunathan, her ..."), or -1.
func apposedName(a *Analysis, toks []text.Token, k int) int {
	if k < 2 || toks[k-1].Lower != "," {
		return -1
	}
	if i := a.MentionAt(toks[k-2].Start); i >= 0 && a.Mentions[i].Kind == Name && a.Mentions[i].End == toks[k-2].End {
		return a.Mentions[i].Person
	}
	return -1
}

// objectCaseAt reports objectCase for the token that starts at byte off.
func (f *finder) objectCaseAt(off int) bool {
	k := f.r.TokenAt(off)
	return k < len(f.r.Tokens) && f.objectCase(f.r.Tokens[k])
}

// objectCase reports a pronoun in the object case: "him", or "her" tagged
// as a personal pronoun (not the possessive "her office").
func (f *finder) objectCase(t text.Token) bool {
	if t.Lower == "him" {
		return true
	}
	if t.Lower != "her" || t.Tag != text.PRP {
		return false
	}
	// A noun phrase going on after it makes "her" its owner, whatever the
	// tagger said: "celebrated her 104th birthday".
	k := f.r.TokenAt(t.End)
	if k < len(f.r.Tokens) {
		if n := f.r.Tokens[k]; n.Start == t.End+1 && (n.Tag.IsNoun() && !n.Tag.IsProper() || n.Tag.IsAdjective() || n.Tag == text.CD) {
			return false
		}
	}
	return true
}

// antecedentNotSubject is antecedent for an object pronoun: within its own
// sentence it skips the subject, taking the nearest other person.
func (a *Analysis) antecedentNotSubject(si int, quoted bool, ok func(*Person) bool) int {
	start := len(a.Mentions)
	floor := max(0, start-maxScan)
	for start > floor && a.Mentions[start-1].Sentence == si {
		start--
	}
	var subj = -1
	for i := len(a.Mentions) - 1; i >= start; i-- {
		m := a.Mentions[i]
		if m.Subject {
			subj = m.Person
			continue
		}
		if m.Person >= 0 && m.Person != subj && (quoted || !m.Quoted) && ok(&a.People[m.Person]) {
			return m.Person
		}
	}
	return a.antecedentFor(si-1, si, quoted, ok)
}

// antecedent returns the person a mention in sentence si refers back to:
// among the mentions so far, those of si (the subject first, then the
// nearest), then each sentence before (its subject first, then from the
// last), up to lookBack sentences; the first whose person ok accepts. A
// mention outside direct speech does not refer back to one inside it
// ("'... and nobody died,' he said": he is the speaker).
func (a *Analysis) antecedent(si int, quoted bool, ok func(*Person) bool) int {
	return a.antecedentFor(si, si, quoted, ok)
}

// antecedentFor is antecedent searching back from sentence si for a
// mention in sentence at (si or the one after): someone told in passing
// in a sentence before at ("arrested Pavel at a relative's flat. A court
// remanded him") is taken only if nobody else fits.
func (a *Analysis) antecedentFor(si, at int, quoted bool, ok func(*Person) bool) int {
	found, passing := -1, -1
	a.recentSentences(si, func(group []Mention) bool {
		// The subject first; the owner of a subject ("Orvik's mayor,
		// Lena Dahl") only when no subject is named itself ("Her first
		// novel came out in 2013").
		for _, owner := range []bool{false, true} {
			for _, m := range group {
				if !owner && unresolvedSubject(m) {
					return true
				}
				if m.Subject && m.Possessor == owner && a.fits(m, quoted, ok) {
					found = m.Person
					return true
				}
			}
		}
		for i := len(group) - 1; i >= 0; i-- {
			if !a.fits(group[i], quoted, ok) {
				continue
			}
			if toldInPassing(group[i]) && group[i].Sentence < at {
				// "The jury, chaired by the poet Amílcar Chissano, praised
				// it. The book is her first novel": someone told in passing
				// only if nobody before fits.
				if passing < 0 {
					passing = group[i].Person
				}
				continue
			}
			found = group[i].Person
			return true
		}
		return false
	})
	if found < 0 {
		return passing
	}
	return found
}

// toldInPassing reports a mention of someone told in passing: in an aside
// after the subject, or a role introduced by "a" or "an" that is not the
// subject ("an account of a pilot's family"). A pronoun takes one only
// when nobody before fits.
func toldInPassing(m Mention) bool {
	if m.Aside {
		return true
	}
	t := strings.ToLower(m.Text)
	return m.Kind == Role && !m.Subject && (strings.HasPrefix(t, "a ") || strings.HasPrefix(t, "an "))
}

// unresolvedSubject reports a subject named by a name several people
// share that the copy does not tell apart ("In 1990 the younger Brekkestø
// opened a chandlery"): it holds the subject's place, and a pronoun after
// it is not read past it to someone named before.
func unresolvedSubject(m Mention) bool {
	return m.Subject && !m.Possessor && m.Shared && !m.Quoted
}

// recentSentences calls f with the mentions so far of sentence si, then of
// each sentence before it, up to lookBack sentences and maxScan mentions
// back, until f returns true.
func (a *Analysis) recentSentences(si int, f func(group []Mention) bool) {
	end := len(a.Mentions)
	floor := max(0, end-maxScan)
	for end > floor && a.Mentions[end-1].Sentence > si {
		end-- // the mentions read so far of the sentences after si
	}
	for s := si; s >= 0 && s >= si-lookBack && end > floor; s-- {
		start := end
		for start > floor && a.Mentions[start-1].Sentence == s {
			start--
		}
		if f(a.Mentions[start:end]) {
			return
		}
		end = start
	}
}

// fits reports whether mention m names a person ok accepts, and may be
// referred back to from outside direct speech unless quoted.
func (a *Analysis) fits(m Mention, quoted bool, ok func(*Person) bool) bool {
	return m.Person >= 0 && (quoted || !m.Quoted) && ok(&a.People[m.Person])
}

// personIn reports whether a person is mentioned in sentence si so far.
func (a *Analysis) personIn(si int) bool {
	n := len(a.Mentions)
	return n > 0 && a.Mentions[n-1].Sentence == si
}

// lastSubject returns the person of the last subject mention in sentences
// si back to si-lookBack that ok accepts (a possessor, "Balan's
// government", is no subject), or -1.
func (a *Analysis) lastSubject(si int, quoted bool, ok func(*Person) bool) int {
	found := -1
	a.recentSentences(si, func(group []Mention) bool {
		for _, m := range group { // a sentence's first subject
			if unresolvedSubject(m) {
				return true
			}
			if m.Subject && !m.Possessor && a.fits(m, quoted, ok) {
				found = m.Person
				return true
			}
		}
		return false
	})
	return found
}

// genderedIn returns the one person that sentence si names whose gender
// the copy has shown to be g, or -1 when none or several. A role ("her
// father") is left out: its gender is the noun's, not the copy's word.
func (a *Analysis) genderedIn(si int, quoted bool, g byte) int {
	found := -1
	for i := len(a.Mentions) - 1; i >= 0 && a.Mentions[i].Sentence >= si; i-- {
		m := a.Mentions[i]
		if m.Sentence != si || m.Kind != Name || m.Person < 0 || m.Quoted && !quoted || a.People[m.Person].Gender != g {
			continue
		}
		if found >= 0 && found != m.Person {
			return -1
		}
		found = m.Person
	}
	return found
}

// ownerIn returns the person of the last possessor mention in sentence
// si ("Vermeulen's neighbours") that ok accepts, or -1.
func (a *Analysis) ownerIn(si int, quoted bool, ok func(*Person) bool) int {
	for i := len(a.Mentions) - 1; i >= 0 && a.Mentions[i].Sentence >= si; i-- {
		if m := a.Mentions[i]; m.Sentence == si && m.Possessor && a.fits(m, quoted, ok) {
			return m.Person
		}
	}
	return -1
}

// namedIn reports whether sentence si names person id before now.
func (a *Analysis) namedIn(si, id int) bool {
	for i := len(a.Mentions) - 1; i >= 0 && a.Mentions[i].Sentence >= si; i-- {
		if m := a.Mentions[i]; m.Sentence == si && m.Person == id && m.Kind != Pronoun {
			return true
		}
	}
	return false
}

// introducedIn returns the one person that ok accepts whom sentence si
// names, by name, for the first time in the copy, or -1 when none or
// several.
func (a *Analysis) introducedIn(si int, quoted bool, ok func(*Person) bool) int {
	found := -1
	for i := len(a.Mentions) - 1; i >= 0 && a.Mentions[i].Sentence >= si; i-- {
		m := a.Mentions[i]
		if m.Sentence != si || m.Kind != Name || m.Person < 0 || !a.fits(m, quoted, ok) || m.Possessor && a.People[m.Person].Mentions[0] != i {
			continue // (an owner named before, "in Srinivasan's group", presents no one)
		}
		if a.People[m.Person].Mentions[0] != i || found >= 0 && found != m.Person {
			return -1
		}
		found = m.Person
	}
	return found
}

// spokenOfSince reports whether person id has a mention in sentence si
// or later.
func (a *Analysis) spokenOfSince(id, si int) bool {
	for i := len(a.Mentions) - 1; i >= 0 && a.Mentions[i].Sentence >= si; i-- {
		if a.Mentions[i].Person == id {
			return true
		}
	}
	return false
}

// subjectIn reports whether sentence si has a subject mention of a person
// (not a possessor in a subject, "two of Vermeulen's neighbours").
func (a *Analysis) subjectIn(si int) bool {
	for i := len(a.Mentions) - 1; i >= 0 && a.Mentions[i].Sentence >= si; i-- {
		if m := a.Mentions[i]; m.Sentence == si && m.Subject && !m.Possessor && m.Person >= 0 {
			return true
		}
	}
	return false
}

// ownedSubjectIn reports whether a person owns the subject of sentence si
// ("Her only defeat came against Arjun Raghunathan"): the sentence is
// about its owner, and presents nobody else.
func (a *Analysis) ownedSubjectIn(si int) bool {
	for i := len(a.Mentions) - 1; i >= 0 && a.Mentions[i].Sentence >= si; i-- {
		if m := a.Mentions[i]; m.Sentence == si && m.Subject && m.Possessor && m.Person >= 0 {
			return true
		}
	}
	return false
}

// np is a role noun phrase: its span, head and determiner.
type np struct {
	span Span
	head text.Token
	det  string // "the", "a", "her", "'s" (a possessor), or ""
	aged bool   // an age stands in it: "the 52-year-old pharmacist"
	// former is true when a modifier puts the role in the past ("the
	// former rector").
	former bool
	// nationality is the country of a demonym among its modifiers ("the
	// Russian leader"), or "".
	nationality string
	// demonymHead is set when the nationality is the head itself ("the
	// 28-year-old Ethiopian"): it rules out people of another country
	// the copy named, not those whose country it never said.
	demonymHead bool
	first       int // index of its first token
	// compared is true when a comparative or superlative of age sets
	// the person apart from others of the role ("the older sister", "the
	// eldest son").
	compared bool
}

// rolePhrase reads the noun phrase headed by the role noun toks[k]: back
// over its modifiers (adjectives, ages, numbers, noun modifiers) to its
// determiner, or over a possessor ("the yard's foreman") to the
// possessor's determiner.
func (f *finder) rolePhrase(toks []text.Token, k int) np {
	p := np{head: toks[k]}
	if toks[k].Capitalized(f.s) {
		p.nationality = f.lx.Value(lexicon.Demonyms, toks[k].Lower) // "the 28-year-old Ethiopian"
		p.demonymHead = p.nationality != ""
	}
	j := k - 1
	for ; j >= 0; j-- {
		t := toks[j]
		if strings.HasSuffix(t.Lower, "year-old") || strings.HasSuffix(t.Lower, "years-old") {
			p.aged = true
			continue
		}
		if formerWords[t.Lower] {
			p.former = true
		}
		if ageCompared(t) {
			p.compared = true
		}
		if t.Lower == "," && j > 0 && j < k-1 && toks[j+1].Tag.IsAdjective() && coordinateAdjective(toks, j-1) {
			continue // "the tall, unhurried musician": adjectives coordinated by a comma
		}
		if c := f.lx.Value(lexicon.Demonyms, t.Lower); c != "" && t.Capitalized(f.s) {
			p.nationality = c
			continue
		}
		// A noun modifier may be plural: "the former fisheries inspector",
		// "a sports reporter".
		if t.Tag == text.VBN && (t.Lemma == "be" || t.Lemma == "have" || t.Lemma == "become") {
			break // "has been captain": a verb's participle, no modifier
		}
		if !(t.Tag.IsAdjective() || t.Tag == text.CD || t.Tag == text.HYPH || t.Tag == text.VBN || (t.Tag == text.NN || t.Tag == text.NNS) && !t.Capitalized(f.s)) &&
			!(t.Tag.IsNoun() && t.Capitalized(f.s) && j > 0 && j < k && f.placeModifier(toks, j)) {
			break
		}
	}
	switch {
	case j >= 0 && (toks[j].Tag == text.POS || toks[j].Lower == "'s" || toks[j].Lower == "'"):
		p.det = "'s"
		classifying := false
		for j--; j >= 0 && (toks[j].Tag.IsNoun() || toks[j].Tag.IsAdjective()); j-- {
			if strings.HasSuffix(toks[j].Lower, "year-old") || formerWords[toks[j].Lower] {
				// "the 55-year-old former ship's engineer": an age or
				// "former" before the possessor modifies the whole role, so
				// the possessive only classifies it.
				classifying = true
				p.aged = p.aged || strings.HasSuffix(toks[j].Lower, "year-old")
				p.former = p.former || formerWords[toks[j].Lower]
			}
		}
		if j >= 0 && f.determiner(toks[j]) {
			if classifying {
				p.det = toks[j].Lower
			}
			j--
		}
	case j >= 0 && f.determiner(toks[j]):
		p.det = toks[j].Lower
		j--
	}
	p.first = j + 1
	p.span = Span{Start: toks[p.first].Start, End: toks[k].End}
	return p
}

// ageCompared reports a comparative or superlative of age: "older",
// "younger", "elder", "eldest", "youngest" (see ageComparatives).
func ageCompared(t text.Token) bool {
	_, ok := ageComparatives[t.Lower]
	return ok
}

// coordinateAdjective reports whether toks[j], before a comma and an
// adjective, is an adjective of the same noun phrase: tagged so, or a
// word right after the determiner ("the tall, unhurried musician", where
// a tagger may take "tall" for a noun).
func coordinateAdjective(toks []text.Token, j int) bool {
	return toks[j].Tag.IsAdjective() || j > 0 && toks[j].Tag == text.NN && toks[j-1].Tag == text.DT
}

// placeModifier reports a proper noun inside a role's noun phrase, after
// its determiner or age and before the role ("a 52-year-old Seattle
// investor", "the Oslo lawyer"): a place or firm the role belongs to.
func (f *finder) placeModifier(toks []text.Token, j int) bool {
	for i := j - 1; i >= 0 && i >= j-3; i-- {
		p := toks[i]
		if f.determiner(p) || strings.HasSuffix(p.Lower, "year-old") {
			return true
		}
		if !p.Tag.IsNoun() || !p.Capitalized(f.s) {
			return false
		}
	}
	return false
}

// determiner reports a word that opens a noun phrase: "the", "a", "her".
func (f *finder) determiner(t text.Token) bool {
	return t.Tag == text.DT || t.Tag == text.PRPS || f.lx.Is(lexicon.Determiners, t.Lower) && !t.Tag.IsNoun()
}

// namedSubjectAfter returns the one person named before whose surname
// opens the clause after the comma that closes the phrase at toks[k], with
// no finite verb between; -1 for none.
func (f *finder) namedSubjectAfter(a *Analysis, toks []text.Token, k int) int {
	for j := k; j+1 < len(toks); j++ {
		if toks[j].Tag.IsFinite() {
			return -1
		}
		if toks[j].Lower != "," {
			continue
		}
		n := toks[j+1]
		if !n.Capitalized(f.s) {
			return -1
		}
		id := -1
		for i, q := range a.People {
			if strings.EqualFold(q.Surname, n.Text(f.s)) {
				if id >= 0 {
					return -1
				}
				id = i
			}
		}
		return id
	}
	return -1
}

// addRole adds the mention of a role noun phrase and resolves it. A role
// in apposition to a name is that person ("Silva, a 52-year-old
// pharmacist,"); a definite one ("the pharmacist", "this mayor") is the
// person last given that role or office, else, if it carries an age or is
// the subject, the one person of the sentences just before whose roles and
// gender fit; anything else is a new person, known by the role.
func (f *finder) addRole(a *Analysis, toks []text.Token, k, si int) {
	p := f.rolePhrase(toks, k)
	if f.lx.Is(lexicon.QuantifierDeterminers, p.det) {
		// "She is no relation of the singer", "the standard every new
		// pilot is measured against": nobody in particular
		return
	}
	if (p.det == "a" || p.det == "an") && k+1 < len(toks) && toks[k+1].Tag == text.MD {
		return // "all a pilot can ask for", "a nurse should never have to": anyone of the role
	}
	if f.madeThing(toks, k) {
		return // "The 41-year-old steel trawler, built in 1985,": a boat
	}
	if f.lx.ContainerClass(toks[k].Lemma) == "location" && !p.aged && appositionTo(toks, p.first) < 0 {
		// "the maternity ward", "The ward reopened": a noun whose next
		// sense is a place names a person only where the copy shows one
		// (an age, a name beside it).
		return
	}
	role := p.head.Lemma
	m := Mention{Span: p.span, Kind: Role, Text: f.s[p.span.Start:p.span.End], Person: -1, Sentence: si,
		Role: role, Subject: f.subject(toks, p.span.Start) || f.invertedSpeaker(toks, p.first)}
	g := f.lx.Value(lexicon.GenderedNouns, role)
	if p.first > 0 && toks[p.first-1].Lower == "as" && p.det != "a" && p.det != "an" && f.fronted(a, toks, p.first) {
		// "Raised in Tirupalayam as the daughter of two teachers,
		// Srinivasan studied physics": what the subject after the
		// fronted phrase was, someone the copy named before.
		if id := f.namedSubjectAfter(a, toks, p.first); id >= 0 {
			m.Person = id
			if g != "" {
				a.People[id].setGender(g[0])
			}
			f.add(a, m)
		}
		return
	}
	fits := func(q *Person) bool {
		// An age now is no one the copy has told died ("died in 2009,
		// aged 78" ... "The 60-year-old conductor has been married").
		return (g == "" || q.Gender == 0 || q.Gender == g[0]) && (p.nationality == "" || q.Nationality == p.nationality || p.demonymHead && q.Nationality == "") &&
			!(p.aged && f.toldDead(a, q))
	}
	// "The former rector" is not the one the copy gave the role, unless
	// it named them with a former title.
	holder := func(q *Person) bool { return fits(q) && (!p.former || a.namedFormer(q) || a.formerRole(q, role)) }
	if p.compared && f.lx.Is(lexicon.Kinship, role) {
		// "The older sister" picks one of two sisters by their ages, not
		// the one last called a sister: nobody the copy can tell here.
		f.add(a, m)
		return
	}
	if k+1 < len(toks) && (toks[k+1].Tag == text.POS || toks[k+1].Lower == "'s" || toks[k+1].Lower == "’s") && p.det == "the" &&
		p.first >= 2 && toks[p.first-1].Lower == "," && a.MentionAt(toks[p.first-2].Start) >= 0 {
		// "Piotr Zieliński, the contractor's younger brother": a role that
		// owns the phrase is the one last given that role, or nobody the
		// copy can tell; never the name the phrase stands beside.
		m.Subject = false
		m.Person = a.lastWithRole(f.lx, role, holder)
		f.add(a, m)
		return
	}
	var once bool
	m.Person, once, m.Former = f.roleByStructure(a, toks, p, k)
	if once {
		m.Former = true
		f.add(a, m) // what the subject was once: no role it holds now
		return
	}
	switch {
	case m.Person >= 0:
	case f.frontedDescription(toks, p, k):
		// "Born in 1938, the daughter of a clerk, Wijesinghe published
		// ...": the subject after the comma, once it is read, not the
		// last person the copy called a daughter.
		f.front = len(a.Mentions)
		f.add(a, m)
		return
	case p.det == "the" || p.det == "this" || p.det == "that":
		m.Person = a.lastWithOffice(f.s[toks[min(p.first+1, k)].Start:p.span.End], holder)
		if m.Person < 0 {
			m.Person = a.lastWithRole(f.lx, role, holder)
		}
		if t := f.topic; m.Person >= 0 && t >= 0 && m.Person != t && m.Subject && f.sharedRole(a, role, t, holder) {
			// "Efua Owusu-Lind, the sculptor ... Her daughter, the
			// sculptor Ama Owusu-Lind ... The sculptor returned to Ghana
			// often": a role two people hold, as a subject, is the
			// copy's topic's; the others are told apart by name.
			m.Person = t
		}
		if m.Person < 0 {
			m.Person = f.agentOf(a, role, si, holder)
		}
		if m.Person < 0 && (p.aged || m.Subject || f.attribution(m)) {
			age := phraseAge(m.Text)
			allow := func(q *Person) bool {
				return fits(q) && q.rolesAllow(role, false) && !(p.former && slices.Contains(q.Roles, role) && !a.formerRole(q, role)) &&
					!a.agedApart(q, age)
			}
			if p.aged && m.Subject && p.first == 0 {
				// "Kwabena Asante-Boateng, the Rovers captain, will play
				// ... The 34-year-old defender announced his retirement":
				// an aged description opening its sentence is the subject
				// the sentence before named, whatever role it varies.
				m.Person = a.namedSubjectOf(si-1, func(q *Person) bool { return allow(q) || fits(q) && a.mostSpokenOf(a.idOf(q)) })
			}
			if m.Person < 0 {
				m.Person = a.onlyRecent(si, allow)
			}
			if m.Person < 0 && p.aged {
				// "named Réka Fekete its music director, making the
				// 38-year-old conductor the first woman ...": an aged
				// role in the sentence that named its one person, whatever
				// role that person was given.
				m.Person = a.onlyIn(si, fits)
			}
			if m.Person < 0 {
				m.Person = a.onlyNamed(si, allow)
			}
			if m.Person < 0 && p.aged && m.Subject {
				// "The 47-year-old former fisheries inspector took up
				// rowing ...": an aged description opening its sentence
				// keeps the topic, the last subject before it.
				// A relation the copy gave the topic ("the daughter of a
				// noodle seller") does not keep it from a role.
				m.Person = a.lastSubject(si-1, false, func(q *Person) bool { return allow(q) || fits(q) && q.rolesAllow(role, true) })
			}
			if m.Person < 0 && p.aged && (f.invertedSpeaker(toks, p.first) || f.attribution(m)) {
				// "'My hands were shaking,' said the 62-year-old gaffer"
				// after a sentence about the master glassblower: a definite,
				// aged speaker of a quote is the person the copy was
				// speaking of, whatever word it varies their role with.
				m.Person = a.lastSubject(si-1, false, fits)
				if m.Person < 0 {
					// "..., said Dr. Kwabena Asamoah, the health director.
					// 'It is early. ...,' said the 50-year-old physician":
					// the quote goes on with the speaker named before it.
					m.Person = f.speakerBeforeQuote(a, m.Start, fits)
				}
			}
			if t := f.topic; m.Person < 0 && m.Subject && t >= 0 && f.afterLifePhrase(toks, p.first) &&
				(allow(&a.People[t]) || fits(&a.People[t]) && a.mostSpokenOf(t)) {
				// "Born in 1934 on Tinos, the retired skipper moved ...":
				// the subject of a fronted phrase of a life is the
				// biography's, the copy's topic.
				m.Person = f.topic
			}
		}
	case (p.det == "his" || p.det == "her") && f.converseOfTopic(a, p, role, fits) >= 0:
		// "Deshpande's father, Sanjay Deshpande, ... and his daughter":
		// the child of the topic's parent is the topic.
		m.Person = f.converseOfTopic(a, p, role, fits)
	case (p.det == "his" || p.det == "her" || p.det == "their" || p.det == "its") && p.aged && !f.lx.Is(lexicon.Kinship, role):
		// "their 38-year-old victim" after "the victim, Linda Sanders":
		// an aged role the copy gave someone, owned by others, is still
		// that person; kin ("her 79-year-old mother") are someone new.
		m.Person = a.lastWithRole(f.lx, role, fits)
	case f.frontedAppointment(toks, p) && f.frontComma(toks, k):
		// "Promoted to chief inspector in May, he came back": the office
		// of the subject after the comma, once it is read.
		f.front = len(a.Mentions)
		f.add(a, m)
		return
	case (p.det == "a" || p.det == "an") && f.characterisesTopic(a, toks, p, si, fits):
		// "Players describe a coach who runs two-hour practices": the
		// object of a verb of describing characterises the copy's topic.
		m.Person = f.topic
	case (p.det == "a" || p.det == "an" || p.det == "the" && k+1 < len(toks) && toks[k+1].Lower == "of") && p.first == 0 && f.frontComma(toks, k):
		// "A native of Tampere, Finland, the volcanologist ...", "The
		// daughter of tenant farmers, she was 24 when ...": the subject
		// after the comma, once it is read.
		f.front = len(a.Mentions)
		f.add(a, m)
		return
	case p.det != "":
		m.Person = a.byPhrase(strings.ToLower(m.Text))
	}
	if m.Person < 0 && (p.det == "a" || p.det == "an") && text.InQuotes(f.r.Quotes, m.Start) {
		// "People think a ferry captain drives a bus on water": an
		// indefinite role in what someone says is a kind, nobody the copy
		// can refer back to, nor a lead named later.
		return
	}
	if m.Person < 0 && si == 0 && (m.Subject || f.reportedSubject(toks, p.first)) && (p.det == "a" || p.det == "an") {
		f.lead = len(a.Mentions) // "A pharmacist in this hill town has ...": named later
	}
	if m.Person >= 0 && f.lx.Is(lexicon.Kinship, role) {
		// "His son joined the company in 2008": a relative of the owner,
		// never the owner; the other person of the owner's surname, if
		// the copy named one.
		switch owner := f.ownerOf(a, toks, p); {
		case owner == m.Person:
			m.Person = a.otherOfSurname(owner)
		case owner < 0 && p.first < len(toks) && toks[p.first].Tag == text.PRPS:
			m.Person = -1 // an owner the copy does not resolve: whose relative is unknown
		}
	}
	if m.Person < 0 {
		a.People = append(a.People, Person{Name: strings.ToLower(m.Text)})
		m.Person = len(a.People) - 1
	}
	a.People[m.Person].addRole(f.lx, role)
	f.add(a, m)
}

// ownerOf returns the person of the possessive pronoun that opens role
// phrase p ("His son"), or -1.
func (f *finder) ownerOf(a *Analysis, toks []text.Token, p np) int {
	if p.first >= len(toks) || toks[p.first].Tag != text.PRPS {
		return -1
	}
	if i := a.MentionAt(toks[p.first].Start); i >= 0 {
		return a.Mentions[i].Person
	}
	return -1
}

// otherOfSurname returns the one person other than id who bears id's
// surname, or -1.
func (a *Analysis) otherOfSurname(id int) int {
	sur := a.People[id].Surname
	if sur == "" {
		return -1
	}
	found := -1
	for i, q := range a.People {
		if i != id && strings.EqualFold(q.Surname, sur) {
			if found >= 0 {
				return -1
			}
			found = i
		}
	}
	return found
}

// converseOfTopic returns the copy's topic when role, owned by the
// pronoun that opens p, is the converse of a kin role its owner holds
// ("his daughter" of the topic's father), and fits accepts the topic; -1
// otherwise.
func (f *finder) converseOfTopic(a *Analysis, p np, role string, fits func(*Person) bool) int {
	conv := f.lx.Value(lexicon.KinConverses, role)
	mi := a.MentionAt(p.span.Start)
	if conv == "" || mi < 0 || f.topic < 0 {
		return -1
	}
	owner := a.Mentions[mi].Person
	if owner < 0 || owner == f.topic || !fits(&a.People[f.topic]) {
		return -1
	}
	for _, r := range strings.Fields(conv) {
		if slices.Contains(a.People[owner].Roles, r) {
			return f.topic
		}
	}
	return -1
}

// phraseAge returns the age a role phrase carries ("the 58-year-old
// donor" → 58), or 0.
func phraseAge(phrase string) int {
	for _, w := range strings.Fields(phrase) {
		if n, ok := strings.CutSuffix(strings.ToLower(w), "-year-old"); ok {
			if v, err := strconv.Atoi(n); err == nil {
				return v
			}
		}
	}
	return 0
}

// agedApart reports a person whose role phrases so far carry an age far
// from age (more than ageGap years, and no two digits swapped): "the
// 58-year-old donor" is not "a 34-year-old woman" the copy spoke of
// before. Only a phrase the copy does not tie to anyone by its structure
// is held to this; a name or an apposition says who it is, and then two
// ages are the contradiction age-year reports.
func (a *Analysis) agedApart(q *Person, age int) bool {
	if age == 0 {
		return false
	}
	for _, mi := range q.Mentions {
		had := phraseAge(a.Mentions[mi].Text)
		if had == 0 || had == age {
			continue
		}
		if d := had - age; (d > ageGap || d < -ageGap) && !(had/10 == age%10 && had%10 == age/10) {
			return true
		}
	}
	return false
}

// toldDead reports whether person q is the subject of a verb of dying in
// the copy read so far: "He conducted it for four decades and died in
// 2009".
func (f *finder) toldDead(a *Analysis, q *Person) bool {
	ts := f.r.Tokens
	for _, mi := range q.Mentions {
		m := a.Mentions[mi]
		if !m.Subject || m.Quoted || m.Kind == Role {
			continue // a description may be someone else's ("The older singer died in 2011")
		}
		for k, n := f.r.TokenAt(m.End-1)+1, 0; k < len(ts) && n < 12; k, n = k+1, n+1 {
			if t := ts[k]; t.Tag.IsVerb() && t.Lemma == "die" {
				return true
			}
			if t := ts[k]; t.Lower == "." || t.Lower == ";" || t.Lower == "," && n > 0 && ts[k-1].Tag.IsVerb() ||
				t.Tag.IsVerb() && f.lx.Is(lexicon.SayingVerbs, t.Lemma) {
				break // "Mayor Ana Ruiz said 11 people had died": the clause reported is others'
			}
		}
	}
	return false
}

// ageGap is how many years apart two ages of a role phrase may be and
// still be read as one person's, one of them misstated.
const ageGap = 12

// sharedRole reports whether the copy gave role to the topic t as well as
// to someone else, and holder accepts t; kin roles ("the daughter") are
// relations, no shared role.
func (f *finder) sharedRole(a *Analysis, role string, t int, holder func(*Person) bool) bool {
	return !f.lx.Is(lexicon.Kinship, role) && a.hasRole(f.lx, t, role) && holder(&a.People[t])
}

// madeThing reports a noun at toks[k] followed by a participle of a verb
// that dates the making of things ("the trawler, built in 1985", "a
// tender, launched in 2009"): whatever else the noun may mean, here it
// names a made thing, no person.
func (f *finder) madeThing(toks []text.Token, k int) bool {
	j := k + 1
	comma := j < len(toks) && toks[j].Lower == ","
	if comma {
		j++
	}
	// After a comma a tagger may read the participle as a past form.
	if j >= len(toks) || !(toks[j].Tag == text.VBN || comma && toks[j].Tag == text.VBD) {
		return false
	}
	return f.lx.Is(lexicon.MakingVerbs, toks[j].Lemma)
}

// appointedName reports a name mention mi that is the first object of a
// verb of appointment, before the office it is given ("named Karim El
// Mansouri its chief executive", "elected Ana Ruiz mayor").
func (f *finder) appointedName(a *Analysis, toks []text.Token, mi int) bool {
	m := a.Mentions[mi]
	if m.Kind != Name {
		return false
	}
	k := tokenIndex(toks, m.Start)
	return k > 0 && toks[k-1].Tag.IsVerb() && f.lx.Is(lexicon.AppointmentVerbs, toks[k-1].Lemma)
}

// characterisesTopic reports whether role phrase p is the object of a
// verb of describing (lexicon description-verbs: "describe", "portray")
// and the copy's topic, spoken of in the last topicSpan sentences, fits
// it: the phrase characterises the topic.
func (f *finder) characterisesTopic(a *Analysis, toks []text.Token, p np, si int, fits func(*Person) bool) bool {
	if p.first == 0 || f.topic < 0 {
		return false
	}
	v := toks[p.first-1]
	return v.Tag.IsVerb() && f.lx.Is(lexicon.DescriptionVerbs, v.Lemma) && fits(&a.People[f.topic]) && a.spokenOfSince(f.topic, si-topicSpan)
}

// frontedAppointment reports a role phrase p that an appointment
// participle opening the sentence gives ("Promoted to chief inspector in
// May, ...", "Named as coach in June, ...").
func (f *finder) frontedAppointment(toks []text.Token, p np) bool {
	if p.first != 2 || toks[1].Lower != "to" && toks[1].Lower != "as" {
		return false
	}
	return toks[0].Tag == text.VBN && f.lx.Is(lexicon.AppointmentVerbs, toks[0].Lemma)
}

// invertedSpeaker reports a noun phrase at toks[first] after a verb of
// saying that follows a quote ("...," said the 58-year-old boatbuilder):
// the speaker, the subject of "said" though after it.
func (f *finder) invertedSpeaker(toks []text.Token, first int) bool {
	j := first - 1
	if j < 1 || !toks[j].Tag.IsVerb() || !f.lx.Is(lexicon.SayingVerbs, toks[j].Lemma) {
		return false
	}
	return text.ClosesQuote(f.r.Quotes, toks[j-1].Start) // after the quote's closing mark
}

// reportedSubject reports a noun phrase starting at toks[first] that opens
// the clause a verb of saying reports ("Kyle Corp. said a 52-year-old
// investor has signed ...", "told reporters that Ewa Lis had"): the
// subject of what is said.
func (f *finder) reportedSubject(toks []text.Token, first int) bool {
	j := first - 1
	if j > 0 && toks[j].Lower == "that" {
		j--
		// "told reporters that", "told the court that": the hearer
		// stands between the verb and its clause.
		for k := j; k >= 0 && k >= j-3 && (toks[k].Tag.IsNoun() || toks[k].Tag == text.DT || toks[k].Tag == text.PRP || toks[k].Tag == text.PRPS); k-- {
			if k > 0 && toks[k-1].Tag.IsVerb() {
				j = k - 1
				break
			}
		}
	}
	return j >= 0 && toks[j].Tag.IsVerb() && f.lx.Is(lexicon.SayingVerbs, toks[j].Lemma)
}

// nameLead gives person id the lead's unnamed person when a definite role
// in apposition to id's name repeats the lead's role ("a 52-year-old
// Seattle investor has signed ..." / "The investor, Donald A. Wright,
// ..."): the copy names whom its lead described.
func (f *finder) nameLead(a *Analysis, role string, id int) {
	if f.lead < 0 || a.Mentions[f.lead].Role != role {
		return
	}
	a.Mentions[f.lead].Person = id
	f.lead = -1
}

// frontedDescription reports a noun phrase of p, headed at toks[k], that
// stands between an opening phrase and the subject, set off by commas: an
// indefinite one or a definite one with "of" ("Born in 1938, the daughter
// of a clerk, Wijesinghe ...", "Raised in Porto, a chemist by training,
// Duarte ..."), when a name follows; a pronoun there is the topic's, as
// addRole reads it. One that opens the sentence is read by addRole's last
// case.
func (f *finder) frontedDescription(toks []text.Token, p np, k int) bool {
	of := p.det == "the" && k+1 < len(toks) && toks[k+1].Lower == "of"
	if p.first == 0 || !(of || p.det == "a" || p.det == "an") || !openingPhraseBefore(toks, p.first) || !f.frontComma(toks, k) {
		return false
	}
	for j := k + 1; j+1 < len(toks); j++ {
		if toks[j].Lower == "," {
			return toks[j+1].Tag == text.NNP
		}
	}
	return false
}

// frontComma reports a comma within a few words after the head toks[k] of
// a noun phrase opening the sentence, before any verb: the phrase stands
// in apposition before the subject.
func (f *finder) frontComma(toks []text.Token, k int) bool {
	if k+1 < len(toks) && toks[k+1].Lower == "who" {
		return f.frontRelative(toks, k+1)
	}
	for j := k + 1; j < len(toks) && j <= k+maxFronted; j++ {
		if toks[j].Lower == "," {
			return j+1 < len(toks)
		}
		if toks[j].Tag.IsVerb() || toks[j].Tag.IsFinite() || toks[j].Lower == "and" && j+1 < len(toks) && f.determiner(toks[j+1]) {
			return false // "A 23-year-old man and a 31-year-old woman, both from ...": two people, no fronted phrase
		}
	}
	return false
}

// frontRelative reports a relative clause opened at toks[w] on a fronted
// noun phrase that a comma closes before the subject, a pronoun or a
// name: "A geophysicist who began her career on glaciers in the Alps,
// she has worked at the institute since 2001".
func (f *finder) frontRelative(toks []text.Token, w int) bool {
	for c := w + 1; c+1 < len(toks) && c <= w+maxFronted+4; c++ {
		switch toks[c].Lower {
		case ",":
			n := toks[c+1]
			return n.Tag == text.PRP && n.Lower != "it" || n.Tag == text.NNP && n.Capitalized(f.s)
		case ";", ".", ":":
			return false
		}
	}
	return false
}

// rolesAllow reports whether a person given other roles may also be
// described by role: only if none was given, or role is among them;
// with kinToo, relations ("daughter") do not count as roles.
func (p *Person) rolesAllow(role string, kinToo bool) bool {
	lx := lexicon.Default()
	plain := true
	for _, r := range p.Roles {
		if r == role || kinRoles(lx, r, role) {
			return true // the role given, or its synonym or more general word ("the chef" after "a cook")
		}
		plain = plain && (lx.Is(lexicon.PlainPersonNouns, r) || kinToo && lx.Is(lexicon.Kinship, r))
	}
	return plain // no roles, or only "woman", "man" (or, with kinToo, a relation): any role may follow
}

// kinRoles reports whether WordNet gives person nouns a and b as naming
// the same people: synonyms, or one the more general word of the other.
func kinRoles(lx *lexicon.Lexicon, a, b string) bool {
	for k := range lx.PersonKin(a) {
		if k == b {
			return true
		}
	}
	for k := range lx.PersonKin(b) {
		if k == a {
			return true
		}
	}
	return false
}

// lastWithRole returns the person last mentioned who has role and whom ok
// accepts, or -1.
func (a *Analysis) lastWithRole(lx *lexicon.Lexicon, role string, ok func(*Person) bool) int {
	for i := len(a.Mentions) - 1; i >= 0 && i >= len(a.Mentions)-maxScan; i-- {
		if id := a.Mentions[i].Person; id >= 0 && (a.hasRole(lx, id, role) || a.Mentions[i].Role == role) && ok(&a.People[id]) {
			return id
		}
	}
	return -1
}

// lastWithOffice returns the person last named under the office the words
// of a role phrase after its determiner spell in full ("The chief
// inspector" for "Chief Inspector Grace Mutua"), rank and all, that ok
// accepts; -1 for none.
func (a *Analysis) lastWithOffice(words string, ok func(*Person) bool) int {
	if !strings.Contains(words, " ") {
		return -1 // one word: a role, read by lastWithRole
	}
	for i := len(a.Mentions) - 1; i >= 0 && i >= len(a.Mentions)-maxScan; i-- {
		id := a.Mentions[i].Person
		if id < 0 || !ok(&a.People[id]) {
			continue
		}
		for _, o := range a.People[id].offices {
			if strings.EqualFold(o, words) {
				return id
			}
		}
	}
	return -1
}

// namedSubjectOf returns the person of the first subject mention of
// sentence si when it is a name that ok accepts, or -1.
func (a *Analysis) namedSubjectOf(si int, ok func(*Person) bool) int {
	for i := len(a.Mentions) - 1; i >= 0 && a.Mentions[i].Sentence >= si; i-- {
		m := a.Mentions[i]
		if m.Sentence != si || !m.Subject || m.Possessor {
			continue
		}
		if i > 0 && a.Mentions[i-1].Sentence == si && a.Mentions[i-1].Subject && !a.Mentions[i-1].Possessor {
			continue // not the first subject
		}
		if m.Kind == Name && m.Person >= 0 && !m.Quoted && ok(&a.People[m.Person]) {
			return m.Person
		}
		return -1
	}
	return -1
}

// idOf returns the index of person q in a.People.
func (a *Analysis) idOf(q *Person) int {
	for i := range a.People {
		if &a.People[i] == q {
			return i
		}
	}
	return -1
}

// mostSpokenOf reports whether person id has more mentions so far than
// anyone else: the one the copy is about.
func (a *Analysis) mostSpokenOf(id int) bool {
	if id < 0 {
		return false
	}
	n := len(a.People[id].Mentions)
	for j := range a.People {
		if j != id && len(a.People[j].Mentions) >= n {
			return false
		}
	}
	return n > 0
}

// namedFormer reports whether q was named with a former title ("former
// Mayor Ana Ruiz").
func (a *Analysis) namedFormer(q *Person) bool {
	for _, mi := range q.Mentions {
		if mi < len(a.Mentions) && a.Mentions[mi].Kind == Name && a.Mentions[mi].Former {
			return true
		}
	}
	return false
}

// formerRole reports whether the copy described q by role as a former one
// ("A former municipal treasurer went on trial" ... "the 47-year-old
// former treasurer"): a later "former" role is that person.
func (a *Analysis) formerRole(q *Person, role string) bool {
	for _, m := range a.Mentions {
		if m.Kind == Role && m.Role == role && m.Person >= 0 && &a.People[m.Person] == q && (m.Former || hasFormerWord(m.Text)) {
			return true
		}
	}
	return false
}

// hasFormerWord reports whether a role phrase puts the role in the past
// ("a former municipal treasurer").
func hasFormerWord(phrase string) bool {
	for _, w := range strings.Fields(strings.ToLower(phrase)) {
		if formerWords[w] {
			return true
		}
	}
	return false
}

// agentOf returns the person a definite role derived from a verb refers
// to when the copy never gave anyone that role: the last subject, in the
// topicSpan sentences up to si, of a clause whose main verb is that verb
// ("Rasmussen won the title ... the winner's cheque", "Odhiambo founded
// the firm ... the founder"); -1 when none.
func (f *finder) agentOf(a *Analysis, role string, si int, ok func(*Person) bool) int {
	verb := f.lx.VerbOf(role)
	if verb == "" {
		return -1
	}
	for i := len(a.Mentions) - 1; i >= 0 && i >= len(a.Mentions)-4*maxScan && a.Mentions[i].Sentence >= si-topicSpan; i-- {
		m := a.Mentions[i]
		if !m.Subject || m.Possessor || m.Person < 0 || !ok(&a.People[m.Person]) {
			continue
		}
		if f.agentIn(m, verb) {
			return m.Person
		}
	}
	// Further back, the one person the copy makes that verb's subject:
	// "Nyarko ... founded the choir in 1986" in the lead, "the 72-year-old
	// founder" in the last paragraph.
	found := -1
	for i := len(a.Mentions) - 1; i >= 0 && i >= len(a.Mentions)-4*maxScan; i-- {
		m := a.Mentions[i]
		if m.Subject && !m.Possessor && m.Person >= 0 && m.Person != found && f.agentIn(m, verb) {
			if found >= 0 || !ok(&a.People[m.Person]) {
				return -1
			}
			found = m.Person
		}
	}
	return found
}

// agentIn reports whether subject mention m is the subject of a clause
// whose main verb is verb (a lemma).
func (f *finder) agentIn(m Mention, verb string) bool {
	toks := f.r.Words(m.Sentence)
	v := mainVerbAfter(toks, m.End)
	return v >= 0 && toks[v].Lemma == verb
}

// mainVerbAfter returns the index in toks of the main verb of the clause
// whose subject ends at byte offset off, past auxiliaries and adverbs
// ("has already won"), or -1 when a word of another kind comes first.
func mainVerbAfter(toks []text.Token, off int) int {
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		if t.Start < off {
			continue
		}
		if e := asideEnd(toks, k); e > k {
			k = e // "Nyarko, who turned 70 in March, founded the choir"
			continue
		}
		switch {
		case t.Tag.IsVerb() && (t.Lemma == "be" || t.Lemma == "have" || t.Lemma == "do") && k+1 < len(toks) && (toks[k+1].Tag.IsVerb() || toks[k+1].Tag == text.RB):
		case t.Tag == text.MD || t.Tag == text.RB:
		case t.Tag.IsVerb():
			return k
		default:
			return -1
		}
	}
	return -1
}

// relativeBefore returns the index of the relative pronoun that opens the
// verb group ending at toks[k] ("who had been", "who has long been"), or
// k when none does.
func relativeBefore(toks []text.Token, k int) int {
	for j := k - 1; j >= 0; j-- {
		switch t := toks[j]; {
		case t.Tag == text.WP:
			return j
		case t.Tag == text.MD || t.Tag == text.RB || t.Tag.IsVerb() && (t.Lemma == "have" || t.Lemma == "be"):
		default:
			return k
		}
	}
	return k
}

// asideEnd returns the index of the comma that closes the asides opened by
// the comma at toks[k] right after a subject: a relative clause (", who
// turned 70 in March,"), an age (", 44,"), a noun phrase in apposition
// (", a mother of two,"), or several (", 51, who grew up in Ghent,"); k
// when there is none.
func asideEnd(toks []text.Token, k int) int {
	e := k
	for e+1 < len(toks) && toks[e].Lower == "," {
		if n := toks[e+1]; n.Tag != text.WP && n.Tag != text.WPS && n.Kind != text.Number && n.Tag != text.DT && n.Tag != text.PRPS {
			break // also a noun phrase in apposition: ", a mother of two who trained for months,"
		}
		j := e + 2
		for j < len(toks) && toks[j].Lower != "," {
			j++
		}
		if j == len(toks) {
			break
		}
		e = j
	}
	return e
}

// onlyRecent returns the one person mentioned in sentence si or the one
// before (named or by pronoun) that ok accepts; -1 when none or several.
func (a *Analysis) onlyRecent(si int, ok func(*Person) bool) int {
	found := -1
	for i := len(a.Mentions) - 1; i >= 0 && i >= len(a.Mentions)-maxScan && a.Mentions[i].Sentence >= si-1; i-- {
		id := a.Mentions[i].Person
		if id < 0 || id == found || a.Mentions[i].Quoted {
			continue // one named inside a quote is the speaker's to refer to
		}
		if !ok(&a.People[id]) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = id
	}
	return found
}

// onlyIn returns the one person spoken of in sentence si so far, when ok
// accepts them, or -1 when none, several, or one ok refuses.
func (a *Analysis) onlyIn(si int, ok func(*Person) bool) int {
	found := -1
	for i := len(a.Mentions) - 1; i >= 0 && a.Mentions[i].Sentence >= si; i-- {
		m := a.Mentions[i]
		if m.Sentence != si || m.Person < 0 || m.Person == found || m.Quoted {
			continue
		}
		if !ok(&a.People[m.Person]) || found >= 0 {
			return -1
		}
		found = m.Person
	}
	return found
}

// definitelyIn reports that sentence si tells of person id by name or by
// a definite role ("the mayor"), never as an owner ("Balan's government")
// or in passing ("a noodle maker").
func (a *Analysis) definitelyIn(si, id int) bool {
	found := false
	for i := len(a.Mentions) - 1; i >= 0 && a.Mentions[i].Sentence >= si; i-- {
		m := a.Mentions[i]
		if m.Sentence != si || m.Person != id {
			continue
		}
		if m.Possessor || toldInPassing(m) || m.Kind == Pronoun || m.Kind == Role && !strings.HasPrefix(strings.ToLower(m.Text), "the ") {
			return false
		}
		found = true
	}
	return found
}

// topicSpan is how many sentences back onlyNamed looks for the person a
// description refers to.
const topicSpan = 10

// onlyNamed returns the one named person spoken of in the topicSpan
// sentences up to si whom ok accepts, or -1 when none or several: "the
// volcanologist" is the one person of the story who may be one, although
// the copy never called her so.
func (a *Analysis) onlyNamed(si int, ok func(*Person) bool) int {
	found := -1
	for i := len(a.Mentions) - 1; i >= 0 && i >= len(a.Mentions)-4*maxScan && a.Mentions[i].Sentence >= si-topicSpan; i-- {
		id := a.Mentions[i].Person
		if id < 0 || id == found || a.People[id].Surname == "" || !ok(&a.People[id]) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = id
	}
	return found
}

// byPhrase returns the person a role noun phrase written the same way
// ("her mother") named before, or -1.
func (a *Analysis) byPhrase(text string) int {
	for i := len(a.Mentions) - 1; i >= 0 && i >= len(a.Mentions)-maxScan; i-- {
		if m := a.Mentions[i]; m.Kind == Role && strings.EqualFold(m.Text, text) {
			return m.Person
		}
	}
	return -1
}

// appositionTo returns the index of the last word of what a noun phrase
// starting at toks[first] stands in apposition to: the word before its
// comma ("Ruiz, a pharmacist"), or before an age in apposition ("Otieno,
// 54, a heart surgeon", "Holm, aged 58, the former chief executive"); -1
// if the phrase follows no comma.
func appositionTo(toks []text.Token, first int) int {
	if first >= 3 && apposedAdverbs[toks[first-1].Lower] && toks[first-2].Lower == "," {
		first-- // "Marjatta Lehtonen, then a young driver,", "Ruiz, now a judge,"
	}
	if first < 2 || toks[first-1].Lower != "," {
		return -1
	}
	n := first - 2
	if n >= 2 && toks[n].Kind == text.Number && toks[n-1].Lower == "," {
		n -= 2 // "Otieno, 54, a heart surgeon"
	} else if n >= 3 && toks[n].Kind == text.Number && toks[n-1].Lower == "aged" && toks[n-2].Lower == "," {
		n -= 3 // "Carsten Holm, aged 58, the former chief executive"
	}
	j := n
	for j > n-3 && j > 0 && toks[j].Tag.IsProper() {
		j--
	}
	if j < n && j >= 1 && toks[j].Lower == "of" && toks[j-1].Tag.IsProper() {
		n = j - 1 // "Sindre Haugland of Norway, the overall leader,": the name before its country
	}
	return n
}

// apposedAdverbs may stand between the comma and a role set beside a name,
// telling when the name held it: "Lehtonen, then a young driver,".
var apposedAdverbs = map[string]bool{"then": true, "now": true, "formerly": true, "once": true, "later": true}

// roleByStructure returns the person a role phrase p (head toks[k]) is
// said of by the structure around it, or -1: a name in apposition before
// or after it, the object an appointment makes it, what the subject joined
// or trained as (once is then true: a role held once, not now), or what a
// linking verb or a passive appointment says the subject is; then is true
// for a role a linking verb in the past gave ("her father was the region's
// first president"): one the subject may since have left.
func (f *finder) roleByStructure(a *Analysis, toks []text.Token, p np, k int) (person int, once, then bool) {
	if n := appositionTo(toks, p.first); n >= 0 {
		if mi := a.MentionAt(toks[n].Start); mi >= 0 && a.Mentions[mi].Kind == Name {
			if w := toks[p.first-1].Lower; w == "then" || w == "formerly" || w == "once" {
				return a.Mentions[mi].Person, true, false // "Teodor Vashkin, then his finance minister,": held then, not now
			}
			f.nameLead(a, p.head.Lemma, a.Mentions[mi].Person)
			return a.Mentions[mi].Person, false, false // in apposition to a name
		}
		if mi := a.MentionAt(toks[n].Start); mi >= 0 && a.Mentions[mi].Kind == Role && a.Mentions[mi].Person >= 0 && (p.det == "a" || p.det == "an") {
			// "Dr. Lakshmi Subramaniam, the institute's director, a
			// meteorologist by training": a second apposition says more
			// of the one the first named.
			if b := tokenIndex(toks, a.Mentions[mi].Start); b > 0 && toks[b-1].Lower == "," {
				return a.Mentions[mi].Person, false, false
			}
		}
	}
	if id := f.appositeAfter(toks, p, k); id >= 0 {
		return id, false, false
	}
	if p.first > 0 {
		if id, once := f.madeAs(a, toks, p); id >= 0 {
			return id, once, false
		}
	}
	if p.first > 0 && (linking(toks[p.first-1]) || f.madeSubject(toks, p.first-1)) {
		// "she was the first woman from Ireland to ...", "has been the
		// school's principal": what the subject is, not someone new.
		// A participle opening the phrase makes it a passive appointment
		// ("was elected mayor"): the office held since.
		then := linking(toks[p.first-1]) && pastLink(toks, p.first-1) && toks[p.first].Tag != text.VBN
		if mi, ok := a.whoAntecedent(toks, relativeBefore(toks, p.first-1)); ok {
			// "Ruth Halloran, who had been finance minister since 2022":
			// the relative clause's antecedent, not the sentence's subject.
			if mi < 0 {
				return -1, false, false
			}
			return a.Mentions[mi].Person, false, then
		}
		if mi := a.MentionAt(toks[max(p.first-2, 0)].Start); p.first >= 2 && mi >= 0 {
			return a.Mentions[mi].Person, false, then // "said she was the first woman ..."
		}
		if mi := a.clauseSubject(f.r, p.span.Start); mi >= 0 {
			return a.Mentions[mi].Person, false, then
		}
	}
	return -1, false, false
}

// pastLink reports "be" at toks[k] in the simple past or the past perfect
// ("was", "had been"), not the present perfect ("has been the school's
// principal", still true) nor a verb of entering a role ("became rector",
// which she still is).
func pastLink(toks []text.Token, k int) bool {
	if toks[k].Lemma != "be" {
		return false
	}
	return toks[k].Tag == text.VBD || toks[k].Tag == text.VBN && k > 0 && toks[k-1].Lower == "had"
}

// appositeAfter returns the person named in apposition after a definite
// role ("The 47-year-old chief executive, Luciana Bastos, will stay"), past
// the rest of a compound role, or -1.
func (f *finder) appositeAfter(toks []text.Token, p np, k int) int {
	if p.det != "the" && !p.aged {
		return -1
	}
	if n := f.nameAfterRole(toks, k); n >= 0 {
		return f.namedAt(toks[n].Start)
	}
	return -1
}

// possessorBefore returns the person whose possessive ("Kovanda's", "her")
// opens the noun phrase that ends at toks[j], within three words, or -1.
func (f *finder) possessorBefore(a *Analysis, toks []text.Token, j int) int {
	for k := j; k >= 0 && k >= j-3; k-- {
		t := toks[k]
		switch {
		case t.Tag == text.POS && k > 0:
			if mi := a.MentionAt(toks[k-1].Start); mi >= 0 {
				return a.Mentions[mi].Person
			}
			return -1
		case t.Tag == text.PRPS:
			if mi := a.MentionAt(t.Start); mi >= 0 {
				return a.Mentions[mi].Person
			}
			return -1
		case !(t.Tag.IsNoun() || t.Tag.IsAdjective() || t.Tag == text.CD):
			return -1
		}
	}
	return -1
}

// verbSubject returns the person of the pronoun or name right before the
// verb at toks[j] ("she worked"), or -1.
func (f *finder) verbSubject(a *Analysis, toks []text.Token, j int) int {
	if j < 1 || !toks[j].Tag.IsVerb() {
		return -1
	}
	for i := len(a.Mentions) - 1; i >= 0 && a.Mentions[i].End >= toks[j-1].Start; i-- {
		if m := a.Mentions[i]; m.End == toks[j-1].End && m.Kind != Role && !m.Possessor {
			return m.Person
		}
	}
	return -1
}

// madeAs returns the person a role phrase is made or was: the named or
// pronoun object of an appointment ("named Ingeborg Thorsrud as its next
// chief", "making her the first engineer to run it"), or the subject of
// what one joined or trained as ("she joined Nordvik as a trainee
// engineer", "spent two decades as the cellist of a quartet", "took over
// after a decade as sales director"), which is a role held once; -1 when
// neither.
func (f *finder) madeAs(a *Analysis, toks []text.Token, p np) (int, bool) {
	j := p.first - 1
	if toks[j].Lower == "as" && j > 0 {
		j--
	}
	mi := a.MentionAt(toks[j].Start)
	if mi >= 0 && (j < p.first-1 || toks[j].Lower == "him" || toks[j].Lower == "her" && toks[j].Tag == text.PRP || f.appointedName(a, toks, mi)) {
		return a.Mentions[mi].Person, false
	}
	if j < p.first-1 && mi < 0 && p.det == "" && !p.aged {
		if o := f.possessorBefore(a, toks, j); o >= 0 {
			// "Kovanda's first concert as chief conductor", "her debut as
			// captain": the role is its possessor's, taken as held once,
			// since the phrase does not say it is held now.
			return o, true
		}
	}
	bare := (p.det == "" || p.det == "'s") && f.spanEnds[toks[j].End]
	if j < p.first-1 && mi < 0 && !p.aged && (p.det == "a" || p.det == "an" || p.det == "the" || bare) && toks[j].Tag != text.PRP {
		// Also a bare role, or one of an owner, held for a stretch of
		// time: "after a decade as sales director", "four years as the
		// firm's finance director"; the verb's own subject first ("where
		// she worked as a translator").
		v := j
		for v > 0 && toks[v].Tag.IsAdverb() {
			v-- // "worked there as a nurse", "served briefly as mayor"
		}
		if s := f.verbSubject(a, toks, v); s >= 0 {
			return s, true
		}
		if si := a.clauseSubject(f.r, p.span.Start); si >= 0 && a.Mentions[si].Person >= 0 {
			return a.Mentions[si].Person, true
		}
		if mi, in := f.inRelative(a, toks[j].Start); in && mi >= 0 && a.Mentions[mi].Person >= 0 {
			// "Beatrice Nakabugo, 58, who has worked there as a nurse
			// since it opened": the relative clause's antecedent.
			return a.Mentions[mi].Person, true
		}
	}
	return -1, false
}

// relativeOwner returns the person a subject or possessive pronoun at t
// stands for when t is inside a relative clause opened by ", who" on that
// person, with no other subject between ("Ndlovu, who lost her seat in
// 2019", "the minister, Ana Reis, who said she would return"); -1
// otherwise, and for an object pronoun, which names someone else.
func (f *finder) relativeOwner(a *Analysis, t text.Token, ok func(*Person) bool) int {
	if f.objectCase(t) {
		return -1
	}
	// Any person between ends it: "who said Tomas Berg had lost his case".
	mi, in := f.inRelativePast(a, t.Start, func(*Mention) bool { return true })
	if !in || mi < 0 {
		return -1
	}
	if p := a.Mentions[mi].Person; p >= 0 && ok(&a.People[p]) {
		return p
	}
	return -1
}
