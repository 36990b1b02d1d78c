package lexicon

import (
	"sort"
	"strings"
)

// Lemma returns the dictionary form of word (lower case) as part of speech
// p: "resigned" → "resign", "women" → "woman", "taller" → "tall". It tries
// WordNet's irregular forms, then the regular endings of p, keeping an
// ending's stem only when WordNet knows it (as WordNet's own morphy does);
// a word it cannot reduce is its own lemma.
func (l *Lexicon) Lemma(word string, p POS) string {
	facts := l.words.facts[l.words.find(word)]
	if facts&factForms != 0 {
		for _, f := range l.forms[word] {
			if f.pos == p {
				return f.lemma
			}
		}
	}
	bit := posBit(p)
	if facts&bit != 0 {
		return word
	}
	var buf [32]byte // a stem is tried in place: most tries fail
	for _, s := range suffixRules(p) {
		if !strings.HasSuffix(word, s.cut) || len(word) <= len(s.cut)+1 {
			continue
		}
		base := word[:len(word)-len(s.cut)]
		if s.add == "" {
			if l.knownAs(base, bit) {
				return base
			}
			continue
		}
		if len(base)+len(s.add) > len(buf) {
			if stem := base + s.add; l.knownAs(stem, bit) {
				return stem
			}
			continue
		}
		stem := append(append(buf[:0], base...), s.add...)
		if l.knownAs(string(stem), bit) {
			return string(stem)
		}
	}
	if p == Verb {
		// a doubled consonant: "planned" → "plan", "stopping" → "stop"
		for _, cut := range [...]string{"ed", "ing"} {
			if n := len(word) - len(cut); strings.HasSuffix(word, cut) && n > 2 && word[n-1] == word[n-2] {
				if stem := word[:n-1]; l.knownAs(stem, bit) {
					return stem
				}
			}
		}
	}
	return word
}

// knownAs reports whether word is a WordNet lemma of the part of speech
// whose bit is bit.
func (l *Lexicon) knownAs(word string, bit uint8) bool {
	return l.words.facts[l.words.find(word)]&bit != 0
}

// suffixRules returns the regular endings of part of speech p.
func suffixRules(p POS) []suffix {
	switch p {
	case Noun:
		return nounSuffixes
	case Verb:
		return verbSuffixes
	case Adjective:
		return adjectiveSuffixes
	}
	return nil
}

// suffix is one regular ending: cut it, add add.
type suffix struct{ cut, add string }

// The suffixes are WordNet's detachment rules, in its order.
var (
	nounSuffixes = []suffix{{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"},
		{"men", "man"}, {"ies", "y"}}
	verbSuffixes = []suffix{{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""},
		{"ing", "e"}, {"ing", ""}}
	adjectiveSuffixes = []suffix{{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}}
)

// Inflections returns the forms of the verb lemma: the lemma, WordNet's
// irregular forms of it ("told", "wrote", "admitted"), and the regular
// ones ("says", "announced", "announcing", "denies", "denied").
func (l *Lexicon) Inflections(lemma string) []string {
	out := []string{lemma}
	out = append(out, l.verbForms[lemma]...)
	n := len(lemma)
	switch {
	case n == 0:
		return out
	case strings.HasSuffix(lemma, "e"):
		out = append(out, lemma+"s", lemma+"d", lemma[:n-1]+"ing")
	case n > 1 && lemma[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(lemma[n-2])):
		out = append(out, lemma[:n-1]+"ies", lemma[:n-1]+"ied", lemma+"ing")
	case strings.HasSuffix(lemma, "s") || strings.HasSuffix(lemma, "sh") || strings.HasSuffix(lemma, "ch") || strings.HasSuffix(lemma, "x"):
		out = append(out, lemma+"es", lemma+"ed", lemma+"ing")
	default:
		out = append(out, lemma+"s", lemma+"ed", lemma+"ing")
	}
	return out
}

// indexVerbForms inverts the irregular forms of verbs: lemma → forms.
func indexVerbForms(forms map[string][]formLemma) map[string][]string {
	out := map[string][]string{}
	for form, fs := range forms {
		for _, f := range fs {
			if f.pos == Verb {
				out[f.lemma] = append(out[f.lemma], form)
			}
		}
	}
	for _, v := range out {
		sort.Strings(v)
	}
	return out
}
