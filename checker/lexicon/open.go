package lexicon

import (
	"iter"
	"strings"
)

// POS is a WordNet part of speech: 'n', 'v', 'a' (adjective) or 'r'
// (adverb).
type POS byte

// The parts of speech.
const (
	Noun      POS = 'n'
	Verb      POS = 'v'
	Adjective POS = 'a'
	Adverb    POS = 'r'
)

// Known reports whether lemma (lower case) is a WordNet lemma of part of
// speech p.
func (l *Lexicon) Known(lemma string, p POS) bool {
	return l.words.facts[l.words.find(lemma)]&posBit(p) != 0
}

// posBit is the bit of part of speech p in Lexicon.known.
func posBit(p POS) uint8 {
	switch p {
	case Noun:
		return 1
	case Verb:
		return 2
	case Adjective:
		return 4
	case Adverb:
		return 8
	}
	return 0
}

// formLemma is an irregular form's lemma as one part of speech.
type formLemma struct {
	lemma string
	pos   POS
}

// indexForms reads the irregular forms into a map.
func indexForms(t table) map[string][]formLemma {
	m := map[string][]formLemma{}
	var buf [4]string
	for _, line := range strings.Split(t.data, "\n") {
		if f := split(line, buf[:0]); len(f) == 3 && f[2] != "" {
			m[f[0]] = append(m[f[0]], formLemma{f[1], POS(f[2][0])})
		}
	}
	return m
}

// PersonNoun reports whether noun (a lower-case lemma) names a person in
// its most frequent sense: "pharmacist", "foreman", "mayor", "widow". A
// noun WordNet lacks names a person when data/person-nouns.txt lists it or
// when it has an ending that, in
// WordNet, almost only person nouns have ("volcanologist", "midfielder").
func (l *Lexicon) PersonNoun(noun string) bool {
	w := l.words.find(noun)
	if l.words.facts[w]&factPersonFirst != 0 || l.IsWord(PersonNouns, w) {
		return true
	}
	// A hyphenated compound names a person when one of its ends does:
	// its head ("director-general", "editor-in-chief", "vice-chancellor").
	if i, j := strings.IndexByte(noun, '-'), strings.LastIndexByte(noun, '-'); i > 0 && j < len(noun)-1 {
		first, last := noun[:i], noun[j+1:]
		if l.isPersonWord(first) || l.isPersonWord(last) {
			return true
		}
	}
	if l.KnownWord(w, Noun) {
		return false
	}
	if l.closedCompound(noun) {
		return true
	}
	for _, e := range l.personEnds {
		if strings.HasSuffix(noun, e) && len(noun) > len(e)+1 {
			return true
		}
	}
	return false
}

// closedCompound reports a noun WordNet lacks written as one word of a
// known word and a person noun of four letters or more, its head:
// "freediver" (free, diver), "kitesurfer", "tradeswoman".
func (l *Lexicon) closedCompound(noun string) bool {
	for i := 3; i+4 <= len(noun); i++ {
		head, mod := noun[i:], noun[:i]
		if l.isPersonWord(head) && (l.Known(mod, Noun) || l.Known(mod, Adjective) || l.Known(mod, Verb)) {
			return true
		}
	}
	return false
}

// isPersonWord reports whether a whole word is a person noun or a title
// the lexicon lists (no compound or ending guessed).
func (l *Lexicon) isPersonWord(word string) bool {
	w := l.words.find(word)
	return l.words.facts[w]&factPersonFirst != 0 || l.IsWord(PersonNouns, w) || l.IsWord(Titles, w)
}

// PersonSense reports whether noun names a person in any of its senses,
// not only its most frequent: "principal", "counsel", "head". A slot that
// takes a person ("the 44-year-old principal") reads it so.
func (l *Lexicon) PersonSense(noun string) bool {
	return l.words.facts[l.words.find(noun)]&factPersonAny != 0 || l.PersonNoun(noun)
}

// EventClass returns the WordNet class ("act", "event", "process") of a
// noun whose most frequent sense names something that happens:
// "inspection", "merger", "election", "walkout". It is "" for other nouns.
func (l *Lexicon) EventClass(noun string) string {
	v, _ := l.event.value(noun)
	return v
}

// LaterAct returns the class ("act", "event", "process") of the first
// later sense of a noun whose first sense names no event ("audit": first
// an audited account, then an inspection of accounts), or "".
func (l *Lexicon) LaterAct(noun string) string {
	v, _ := l.laterAct.value(noun)
	return v
}

// SameEvent reports whether event noun a names what event noun b names,
// as its synonym or its more general word: "slaying" and "murder",
// "walkout" and "strike", "bombing" and "attack" (either way round). Two
// nouns under one general word ("raid", "ambush") are not the same.
func (l *Lexicon) SameEvent(a, b string) bool {
	return a == b || l.kinOf(a, b) || l.kinOf(b, a)
}

// kinOf reports whether b is listed among a's kin.
func (l *Lexicon) kinOf(a, b string) bool {
	var buf [8]string
	for _, w := range l.AppendEventKin(buf[:0], a) {
		if w == b {
			return true
		}
	}
	return false
}

// EventKin yields the event nouns that name what event noun n names, as
// its synonyms or its more general word ("slaying" → "homicide",
// "murder"); none for a noun without kin. It builds no slice: it runs for
// every event mention.
func (l *Lexicon) EventKin(n string) iter.Seq[string] {
	v, _ := l.kin.value(n)
	return strings.FieldsSeq(v)
}

// AppendEventKin appends to dst the nouns EventKin yields and returns the
// extended slice. A caller that gives it a buffer on its stack allocates
// nothing, which a loop over EventKin's iterator, whose body escapes,
// does not manage.
func (l *Lexicon) AppendEventKin(dst []string, n string) []string {
	v, _ := l.kin.value(n)
	for v != "" {
		w, rest, _ := strings.Cut(v, " ")
		if w != "" {
			dst = append(dst, w)
		}
		v = rest
	}
	return dst
}

// PersonKin yields the person nouns that name the people person noun n
// names, as its synonyms or its more general word ("researcher" →
// "investigator", "scientist"); none for a noun without kin.
func (l *Lexicon) PersonKin(n string) iter.Seq[string] {
	v, _ := l.personKin.value(n)
	return strings.FieldsSeq(v)
}

// ThingKin yields the nouns that name the things noun n names, made
// things (WordNet's artifacts), as its synonyms or its more general word
// ("ship" → "vessel", "watercraft"); none for a noun without kin.
func (l *Lexicon) ThingKin(n string) iter.Seq[string] {
	v, _ := l.thingKin.value(n)
	return strings.FieldsSeq(v)
}

// ContainerClass returns "location" or "group" for a noun whose most
// frequent sense names a place or a group ("town", "district", "county";
// "team", "household", "delegation"), else "". A count of them counts the
// figures given for each ("4,200 people in three towns: 2,900 in ...").
func (l *Lexicon) ContainerClass(noun string) string {
	v, _ := l.container.value(noun)
	return v
}

// ThingClass returns the WordNet class ("artifact", "object") of a noun
// whose most frequent sense names a thing that carries a proper name
// ("tanker", "store", "hotel"), else "".
func (l *Lexicon) ThingClass(noun string) string {
	v, _ := l.thing.value(noun)
	return v
}

// Nominal is a noun derived from a verb, with the WordNet class of the
// derived sense: resign → resignation (communication), inspect →
// inspection (act), inspect → inspector (person).
type Nominal struct {
	Noun, Class string
}

// Nominals returns the nouns derived from verb (a lower-case lemma).
// It allocates the slice once, at its full length, and only for a verb
// that has nouns: it runs for most verbs of every text.
func (l *Lexicon) Nominals(verb string) []Nominal {
	n := l.nominal.first(verb)
	if n < 0 {
		return nil
	}
	var (
		out []Nominal
		buf [4]string
	)
	lines := l.nominal.count(verb, n)
	for c := range lines {
		if f := split(l.nominal.line(n+c), buf[:0]); len(f) == 3 {
			if out == nil {
				out = make([]Nominal, 0, lines)
			}
			out = append(out, Nominal{Noun: f[1], Class: f[2]})
		}
	}
	return out
}

// NominalIs reports whether noun is derived from verb with the class
// given ("warn", "warning", "communication"), reading the table in place:
// it allocates nothing.
func (l *Lexicon) NominalIs(verb, noun, class string) bool {
	n := l.nominal.first(verb)
	if n < 0 {
		return false
	}
	var buf [4]string
	for c := range l.nominal.count(verb, n) {
		if f := split(l.nominal.line(n+c), buf[:0]); len(f) == 3 && f[1] == noun && f[2] == class {
			return true
		}
	}
	return false
}

// SynonymActs appends to dst the act nouns derived from the other words
// of verb's first sense ("shut" → "closing", "closure": shut and close
// are one sense) and returns the extended slice: the nouns that may name
// the act the verb tells when the copy uses them.
func (l *Lexicon) SynonymActs(dst []string, verb string) []string {
	n := l.synNominal.first(verb)
	if n < 0 {
		return dst
	}
	var buf [2]string
	for c := range l.synNominal.count(verb, n) {
		if f := split(l.synNominal.line(n+c), buf[:0]); len(f) == 2 {
			dst = append(dst, f[1])
		}
	}
	return dst
}

// VerbOf returns the verb a noun is derived from ("resignation" →
// "resign"), or "".
func (l *Lexicon) VerbOf(noun string) string { return l.byNoun[noun] }

// nounsToVerbs inverts the nominal table, keeping for each noun the first
// verb in alphabetical order.
func nounsToVerbs(t table) map[string]string {
	m := map[string]string{}
	var buf [4]string
	for _, line := range strings.Split(t.data, "\n") {
		f := split(line, buf[:0])
		if len(f) == 3 {
			if _, ok := m[f[1]]; !ok {
				m[f[1]] = f[0]
			}
		}
	}
	return m
}
