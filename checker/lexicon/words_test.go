package lexicon

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestWords checks the word numbers' answers against the tables and
// classes they were built from, for every word the lexicon knows and for
// words it does not.
func TestWords(t *testing.T) {
	l := Default()
	known := map[string]uint8{}
	var buf [4]string
	for _, line := range strings.Split(l.lemmas.data, "\n") {
		if f := split(line, buf[:0]); len(f) == 2 {
			for i := 0; i < len(f[1]); i++ {
				known[f[0]] |= posBit(POS(f[1][i]))
			}
		}
	}
	words := []string{"", ".", "..", "gov..", "zzyzx", "midfielder", "freediver", "director-general", "Minister", "minister "}
	for _, c := range l.classes {
		for w := range c {
			words = append(words, w, w+".", w+"..", strings.TrimSuffix(w, "."))
		}
	}
	for k := range known {
		words = append(words, k, k+".", k+"s")
	}
	for form := range l.forms {
		words = append(words, form)
	}
	for i := range l.person.lines {
		words = append(words, l.person.key(i))
	}
	for _, word := range words {
		w := l.Word(word)
		if w != 0 {
			assert.Equal(t, word, l.words.keys[w])
		}
		for c := Class(0); c < numClasses; c++ {
			if l.IsWord(c, w) != l.Is(c, word) {
				t.Errorf("IsWord(%s, %q) = %v, Is says %v", c, word, l.IsWord(c, w), l.Is(c, word))
			}
		}
		for _, p := range []POS{Noun, Verb, Adjective, Adverb} {
			if want := known[word]&posBit(p) != 0; l.KnownWord(w, p) != want || l.Known(word, p) != want {
				t.Errorf("Known(%q, %c) = %v, the lemma table says %v", word, p, l.KnownWord(w, p), want)
			}
		}
		_, formed := l.forms[word]
		assert.Equal(t, formed, l.words.facts[w]&factForms != 0, word)
		v, ok := l.person.value(word)
		assert.Equal(t, ok, l.words.facts[w]&factPersonAny != 0, word)
		assert.Equal(t, v == "person", l.words.facts[w]&factPersonFirst != 0, word)
	}
}
