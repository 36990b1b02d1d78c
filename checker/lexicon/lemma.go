package lexicon

import "strings"

// Lemma returns the dictionary form of word (lower case) as part of speech
// p: "resigned" → "resign", "women" → "woman", "taller" → "tall". It tries
// WordNet's irregular forms, then the regular endings of p, keeping an
// ending's stem only when WordNet knows it (as WordNet's own morphy does);
// a word it cannot reduce is its own lemma.
func (l *Lexicon) Lemma(word string, p POS) string {
	for _, f := range l.forms[word] {
		if f.pos == p {
			return f.lemma
		}
	}
	if l.Known(word, p) {
		return word
	}
	for _, s := range suffixes[p] {
		if !strings.HasSuffix(word, s.cut) || len(word) <= len(s.cut)+1 {
			continue
		}
		if stem := word[:len(word)-len(s.cut)] + s.add; l.Known(stem, p) {
			return stem
		}
	}
	if p == Verb {
		// a doubled consonant: "planned" → "plan", "stopping" → "stop"
		for _, cut := range []string{"ed", "ing"} {
			if n := len(word) - len(cut); strings.HasSuffix(word, cut) && n > 2 && word[n-1] == word[n-2] {
				if stem := word[:n-1]; l.Known(stem, p) {
					return stem
				}
			}
		}
	}
	return word
}

// suffix is one regular ending: cut it, add add.
type suffix struct{ cut, add string }

// suffixes are WordNet's detachment rules, in its order.
var suffixes = map[POS][]suffix{
	Noun: {{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"},
		{"men", "man"}, {"ies", "y"}},
	Verb: {{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""},
		{"ing", "e"}, {"ing", ""}},
	Adjective: {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}},
}
