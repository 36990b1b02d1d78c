package quantities

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk/checker/text"
)

// TestMayBeNumberWord checks that the allocation-free gate in numerals
// passes every word numberWord reads: the lexicon's words, hyphenated
// pairs of them, and words around them.
func TestMayBeNumberWord(t *testing.T) {
	var words []string
	for w := range wordVals {
		words = append(words, w)
	}
	n := len(words)
	for _, a := range words[:n] {
		for _, b := range []string{"five", "year", "thirds", "old", "x"} {
			words = append(words, a+"-"+b, b+"-"+a, a+"-"+b+"-old")
		}
	}
	words = append(words, "a", "an", "the", "dozen", "-five", "five-", "twenty--five", "year-five-old")
	for _, w := range words {
		src := w + " people"
		sc := newScanner(src, text.Sentences(src), nil)
		if _, ok := sc.numberWord(strings.ToLower(w), 0, len(w)); ok && !mayBeNumberWord([]byte(strings.ToLower(w))) {
			t.Errorf("numberWord reads %q but the gate drops it", w)
		}
	}
}
