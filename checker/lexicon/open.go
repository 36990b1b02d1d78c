package lexicon

import "strings"

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
	v, ok := l.lemmas.value(lemma)
	return ok && strings.IndexByte(v, byte(p)) >= 0
}

// PersonNoun reports whether noun (a lower-case lemma) names a person in
// its most frequent sense: "pharmacist", "foreman", "mayor", "widow". A
// noun WordNet lacks names a person when data/person-nouns.txt lists it or
// when it has an ending that, in
// WordNet, almost only person nouns have ("volcanologist", "midfielder").
func (l *Lexicon) PersonNoun(noun string) bool {
	if _, ok := l.person.value(noun); ok || l.Is(PersonNouns, noun) {
		return true
	}
	if l.Known(noun, Noun) {
		return false
	}
	for _, e := range l.personEnds {
		if strings.HasSuffix(noun, e) && len(noun) > len(e)+1 {
			return true
		}
	}
	return false
}

// EventClass returns the WordNet class ("act", "event", "process") of a
// noun whose most frequent sense names something that happens:
// "inspection", "merger", "election", "walkout". It is "" for other nouns.
func (l *Lexicon) EventClass(noun string) string {
	v, _ := l.event.value(noun)
	return v
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
func (l *Lexicon) Nominals(verb string) []Nominal {
	var out []Nominal
	l.nominal.each(verb, func(f []string) bool {
		if len(f) == 2 {
			out = append(out, Nominal{Noun: f[0], Class: f[1]})
		}
		return true
	})
	return out
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
