package lexicon

import "strings"

// Word is the number the lexicon gives a word it knows: an entry of a
// closed class (and the entry with a full stop after it), a WordNet lemma,
// an irregular form or a noun of the person table. It is 0 for a word the
// lexicon does not know. Numbers are given once, when the lexicon loads,
// and answer the questions asked of every word of every text from arrays
// instead of a search of each table by the word's text.
type Word uint32

// The facts kept for every word (wordIndex.facts), beside its parts of
// speech in the low four bits (posBit).
const (
	factForms       = 1 << 4 // an irregular form: its lemmas are in Lexicon.forms
	factPersonFirst = 1 << 5 // the person table's "person": its first sense names a person
	factPersonAny   = 1 << 6 // in the person table: some sense names a person
)

// wordIndex numbers the words the lexicon knows: an open-addressed hash
// table of numbers over their texts, and what is known of each number.
type wordIndex struct {
	keys  []string // keys[w] is word w's text; keys[0] is ""
	slots []uint32 // a word's number, or 0 for an empty slot; a power of two long
	facts []uint8  // facts[w]: parts of speech and the fact bits
	// classes holds a bit a class for the words numbered 1 to
	// len(classes)-1, which are the closed classes' entries, numbered
	// first: bit c is set when Is(c, the word) holds.
	classes [][2]uint64
}

// The class bits must fit wordIndex.classes.
var _ [128 - numClasses]struct{}

// newWordIndex makes an index with room for about n words.
func newWordIndex(n int) wordIndex {
	size := 16
	for size < 2*n {
		size *= 2
	}
	x := wordIndex{keys: make([]string, 1, n+1), slots: make([]uint32, size), facts: make([]uint8, 1, n+1)}
	return x
}

// find returns w's number, or 0.
func (x *wordIndex) find(w string) Word {
	mask := uint32(len(x.slots) - 1)
	for h := hash(w) & mask; ; h = (h + 1) & mask {
		n := x.slots[h]
		if n == 0 || x.keys[n] == w {
			return Word(n)
		}
	}
}

// add returns w's number, numbering it if it has none.
func (x *wordIndex) add(w string) Word {
	mask := uint32(len(x.slots) - 1)
	h := hash(w) & mask
	for ; x.slots[h] != 0; h = (h + 1) & mask {
		if n := x.slots[h]; x.keys[n] == w {
			return Word(n)
		}
	}
	if 2*len(x.keys) > len(x.slots) {
		x.grow()
		return x.add(w)
	}
	n := uint32(len(x.keys))
	x.keys = append(x.keys, w)
	x.facts = append(x.facts, 0)
	x.slots[h] = n
	return Word(n)
}

// grow doubles the hash table, keeping every word's number.
func (x *wordIndex) grow() {
	x.slots = make([]uint32, 2*len(x.slots))
	mask := uint32(len(x.slots) - 1)
	for n := 1; n < len(x.keys); n++ {
		h := hash(x.keys[n]) & mask
		for x.slots[h] != 0 {
			h = (h + 1) & mask
		}
		x.slots[h] = uint32(n)
	}
}

// indexWords numbers the words of l's classes and tables and records what
// is known of each. It runs once, in load, after the classes and tables are
// read.
func (l *Lexicon) indexWords() {
	n := l.lemmas.len() + l.irreg.len() + l.person.len()
	for c := range l.classes {
		n += 2 * len(l.classes[c])
	}
	x := newWordIndex(n)
	// The classes' entries first, with the full stop Is ignores, so that
	// their class bits are a short array.
	for c := range l.classes {
		for w := range l.classes[c] {
			x.add(w)
			x.add(w + ".")
		}
	}
	// Is(c, k) holds for k = w + "." and, unless w ends in a full stop,
	// for k = w, where w is an entry of c; for no other k.
	x.classes = make([][2]uint64, len(x.keys))
	for c := range l.classes {
		for w := range l.classes[c] {
			x.classes[x.find(w+".")][c/64] |= 1 << (c % 64)
			if !strings.HasSuffix(w, ".") {
				x.classes[x.find(w)][c/64] |= 1 << (c % 64)
			}
		}
	}
	var buf [4]string
	for _, line := range strings.Split(l.lemmas.data, "\n") {
		if f := split(line, buf[:0]); len(f) == 2 {
			w := x.add(f[0])
			for i := 0; i < len(f[1]); i++ {
				x.facts[w] |= posBit(POS(f[1][i]))
			}
		}
	}
	for form := range l.forms {
		x.facts[x.add(form)] |= factForms
	}
	for i := range l.person.lines {
		w := x.add(l.person.key(i))
		if v, ok := l.person.value(l.person.key(i)); ok {
			x.facts[w] |= factPersonAny
			if v == "person" {
				x.facts[w] |= factPersonFirst
			}
		}
	}
	l.words = x
}

// len returns the number of lines of t.
func (t table) len() int { return len(t.lines) }

// Word returns the lexicon's number for word (lower case), or 0 for a word
// it does not know.
func (l *Lexicon) Word(word string) Word { return l.words.find(word) }

// IsWord reports what Is(c, word) reports, for w = Word(word).
func (l *Lexicon) IsWord(c Class, w Word) bool {
	return int(w) < len(l.words.classes) && l.words.classes[w][c/64]&(1<<(c%64)) != 0
}

// KnownWord reports what Known(word, p) reports, for w = Word(word).
func (l *Lexicon) KnownWord(w Word, p POS) bool {
	return l.words.facts[w]&posBit(p) != 0
}
