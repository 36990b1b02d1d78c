// Package model is the tagger's engine, shared by the public package and
// its trainer: the tag set, the hashed features, the averaged-perceptron
// weights with their tag dictionary, the greedy decoder and the weights'
// file format.
package model

import (
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/checker/text"
)

// NumTags is the number of tag numbers, including 0 (no tag): the tags of
// text.Tag, whose numbering the weights follow.
const NumTags = int(text.NumTags)

// TagNames are the Penn Treebank names of the tags by number, read from
// text.Tag, where the tag set is kept once.
var TagNames = func() (n [NumTags]string) {
	for i := range n {
		n[i] = text.Tag(i).String()
	}
	return n
}()

// TagOf returns the number of a tag name, or 0.
func TagOf(name string) uint8 {
	for i, n := range TagNames {
		if n == name && i > 0 {
			return uint8(i)
		}
	}
	return 0
}

// Info is what the features need to know of one token, hashed once when
// the token enters the decoder's window.
type Info struct {
	W     uint64    // the lower-case word
	Suf   [4]uint64 // its last 1, 2, 3 and 4 bytes
	Pre   [2]uint64 // its first 1 and 2 bytes
	Shape uint64    // its written shape: "Xxxxx", "dddd", "X.X."
	Flags uint8     // flag* bits
	Case  uint8     // case* class, for the tag dictionary
	Kind  text.Kind // the token's kind
	Amb   uint64    // its candidate tags, a bit per tag
	Verb  uint8     // verb* class of the word
	Low   uint64    // for a word with capitals, the candidate tags of its lower case form
	Known bool      // the word is in the lexicon
}

// Verb classes of Info.Verb: the words whose forms tell what follows.
const (
	verbOther = iota
	verbBe
	verbHave
	verbDo
	verbGet
)

func verbClass(w string) uint8 {
	switch w {
	case "be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m":
		return verbBe
	case "have", "has", "had", "having", "'ve", "'d":
		return verbHave
	case "do", "does", "did", "doing", "done":
		return verbDo
	case "get", "gets", "got", "gotten", "getting":
		return verbGet
	}
	return verbOther
}

// Flag bits of Info.Flags.
const (
	flagCap    = 1 << iota // starts with an upper-case letter
	flagUpper              // has upper-case letters and no lower-case ones
	flagDigit              // has a digit
	flagHyphen             // has a hyphen
	flagPeriod             // has a full stop
	flagFirst              // is the sentence's first token
	flagNumber             // is a text.Number token
	flagPunct              // is a text.Punct token
)

// Case classes of Info.Case.
const (
	caseLower  = iota // no upper-case letter
	caseTitle         // an upper-case first letter, then not all upper case
	caseUpper         // two or more letters, all upper case
	caseMixed         // anything else ("iPhone")
	caseRepeat        // a mark beside the same mark: see repeated
)

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func fnv(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// mix combines a feature part into a hash.
func mix(h, v uint64) uint64 {
	h ^= v + 0x9E3779B97F4A7C15 + h<<6 + h>>2
	h *= 0xD6E8FEB86659FD93
	h ^= h >> 32
	return h
}

// Describe hashes token i of toks, a sentence of src, as the decoder does.
func Describe(src string, toks []text.Token, i int) Info {
	lead := true
	for _, t := range toks[:i] {
		lead = lead && t.Kind == text.Punct
	}
	var in Info
	describe(&in, src, toks, i, lead)
	return in
}

// repeated reports a full stop, backquote or apostrophe written right
// beside the same mark: the pieces of "..." or of a quote written as two
// backquotes or two apostrophes, which take other tags than a mark alone.
func repeated(src string, toks []text.Token, i int) bool {
	t := &toks[i]
	if t.End-t.Start != 1 {
		return false
	}
	c := src[t.Start]
	if c != '.' && c != '`' && c != '\'' {
		return false
	}
	if i > 0 {
		if p := &toks[i-1]; p.End == t.Start && p.End-p.Start == 1 && src[p.Start] == c {
			return true
		}
	}
	if i+1 < len(toks) {
		if n := &toks[i+1]; n.Start == t.End && n.End-n.Start == 1 && src[n.Start] == c {
			return true
		}
	}
	return false
}

// pack returns up to four bytes as a number, their count on top.
func pack(s string) uint64 {
	v := uint64(len(s)) << 32
	for i := 0; i < len(s); i++ {
		v |= uint64(s[i]) << (8 * i)
	}
	return v
}

// shapeClass is the class of an ASCII byte in a word's shape: X upper case,
// x lower case, d digit, else the byte itself.
var shapeClass = func() (cl [utf8.RuneSelf]byte) {
	for c := range cl {
		switch {
		case c >= 'A' && c <= 'Z':
			cl[c] = 'X'
		case c >= 'a' && c <= 'z':
			cl[c] = 'x'
		case c >= '0' && c <= '9':
			cl[c] = 'd'
		default:
			cl[c] = byte(c)
		}
	}
	return cl
}()

// classFlags are the flags that a shape class sets.
var classFlags = [256]uint8{'d': flagDigit, '-': flagHyphen, '.': flagPeriod}

func describe(p *Info, src string, toks []text.Token, i int, first bool) {
	t := &toks[i]
	*p = Info{}
	in := p
	low := t.Lower
	n := len(low)
	in.W = fnv(low)
	if n <= 7 {
		in.Verb = verbClass(low)
	}
	// The suffixes and prefixes as pack gives them, from the last four
	// bytes at once: each suffix is the top of them.
	if n >= 4 {
		s := low[n-4 : n]
		last := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24
		in.Suf = [4]uint64{last>>24 | 1<<32, last>>16 | 2<<32, last>>8 | 3<<32, last | 4<<32}
		in.Pre = [2]uint64{uint64(low[0]) | 1<<32, uint64(low[0]) | uint64(low[1])<<8 | 2<<32}
	} else {
		all := pack(low) &^ (7 << 32)
		for k := 1; k <= 4; k++ {
			m := min(k, n)
			in.Suf[k-1] = all>>(8*(n-m)) | uint64(m)<<32
		}
		for k := 1; k <= 2; k++ {
			m := min(k, n)
			in.Pre[k-1] = all&(1<<(8*m)-1) | uint64(m)<<32
		}
	}

	// Shape: each rune's class (X upper, x lower, d digit, the character
	// itself for ASCII punctuation, o otherwise), runs cut at four.
	var (
		shape      = uint64(fnvOffset)
		last  byte = 0
		run        = 0
		upper      = 0
		lower      = 0
	)
	w := src[t.Start:t.End]
	for j := 0; j < len(w); {
		c := w[j]
		var cls byte
		if c < utf8.RuneSelf {
			cls = shapeClass[c]
			j++
		} else {
			r, size := utf8.DecodeRuneInString(w[j:])
			switch {
			case unicode.IsUpper(r) || unicode.IsTitle(r):
				cls = 'X'
			case unicode.IsLetter(r):
				cls = 'x'
			case unicode.IsDigit(r):
				cls = 'd'
			case r == '’' || r == '‘':
				cls = '\''
			case r == '–' || r == '—':
				cls = '-'
			default:
				cls = 'o'
			}
			j += size
		}
		in.Flags |= classFlags[cls]
		switch cls {
		case 'X':
			if last == 0 {
				in.Flags |= flagCap // the first rune is upper case
			}
			upper++
		case 'x':
			lower++
		}
		if cls == last {
			run++
			if run >= 4 {
				continue
			}
		} else {
			last, run = cls, 0
		}
		shape ^= uint64(cls)
		shape *= fnvPrime
	}
	in.Shape = shape
	if upper > 0 && lower == 0 {
		in.Flags |= flagUpper
	}
	if first {
		in.Flags |= flagFirst
	}
	in.Kind = t.Kind
	switch t.Kind {
	case text.Number:
		in.Flags |= flagNumber
	case text.Punct:
		in.Flags |= flagPunct
	}
	switch {
	case upper == 0:
		in.Case = caseLower
	case upper >= 2 && lower == 0:
		in.Case = caseUpper
	case in.Flags&flagCap != 0:
		in.Case = caseTitle
	default:
		in.Case = caseMixed
	}
	if t.Kind == text.Punct && repeated(src, toks, i) {
		in.Case = caseRepeat
	}
}

// Sentinels stand for the words before a sentence's start and after its
// end.
var (
	start1 = sentinel("-START-")
	start2 = sentinel("-START2-")
	end1   = sentinel("-END-")
	end2   = sentinel("-END2-")
)

func sentinel(s string) Info {
	h := fnv(s)
	return Info{W: h, Suf: [4]uint64{h, h, h, h}, Pre: [2]uint64{h, h}, Shape: h, Kind: text.Punct}
}

// The lexical features of one token, as Window.Features gives them: first
// those that read the tags given (NumDynamic), then those that read only
// the words (NumStatic), the last NumSpelling of them on the word's
// spelling, which a word of the lexicon goes without. The features of the
// previous two tags alone, TransFeatures, come on top.
const (
	NumDynamic  = 4
	NumStatic   = 19
	NumSpelling = 7
	NumFeatures = NumDynamic + NumStatic
)

// NumTrans is the number of TransFeatures.
const NumTrans = 4

// Window is the decoder's view of a sentence: the token being tagged, two
// before it and two after it (in a ring), and the tags given so far.
type Window struct {
	m     *Model
	src   string
	toks  []text.Token
	i     int     // the token being tagged
	win   [8]Info // token j at j&7
	lead  bool    // the tokens described so far are all punctuation
	p1    uint8   // the tag of token i-1
	p2    uint8   // the tag of token i-2
	verb  uint64  // the last verb so far: tag<<8 | Verb class, 0 for none
	since uint64  // tokens since that verb, at most 3
}

// Reset starts the window at the first token of toks, whose candidate tags
// m gives.
func (w *Window) Reset(m *Model, src string, toks []text.Token) {
	*w = Window{m: m, src: src, toks: toks, lead: true}
	w.win[6], w.win[7] = start2, start1
	for i := range 3 {
		w.fill(i)
	}
}

// fill describes token i into its place in the ring. A sentence's first
// word may come after opening punctuation ("“The").
func (w *Window) fill(i int) {
	p := &w.win[i&7]
	switch {
	case i < len(w.toks):
		describe(p, w.src, w.toks, i, w.lead)
		w.lead = w.lead && w.toks[i].Kind == text.Punct
		p.Amb, p.Known = w.m.Candidates(p)
		if p.Case != caseLower {
			p.Low = w.m.lookup(mix(p.W, caseLower+1)) | 1
		}
	case i == len(w.toks):
		*p = end1
	default:
		*p = end2
	}
}

// Next records the current token's tag and moves the window on by one
// token.
func (w *Window) Next(tag uint8) {
	w.p2, w.p1 = w.p1, tag
	if tag >= tagVB && tag <= tagMD {
		w.verb, w.since = uint64(tag)<<8|uint64(w.Cur().Verb), 0
	} else if w.since < 3 {
		w.since++
	}
	w.i++
	if w.i+2 < len(w.toks)+2 {
		w.fill(w.i + 2)
	}
}

// Prev returns the tags of the two tokens before the current one (0 before
// the sentence's start).
func (w *Window) Prev() (p1, p2 uint8) { return w.p1, w.p2 }

// Cur returns the token being tagged.
func (w *Window) Cur() *Info { return &w.win[w.i&7] }

var (
	tagVB   = TagOf("VB")
	tagMD   = TagOf("MD")
	tagNNP  = TagOf("NNP")
	tagNNPS = TagOf("NNPS")
)

// Feature salts.
const (
	fBias = iota + 1
	fP1
	fP2
	fP1P2
	fWord
	fSuf1
	fSuf2
	fSuf3
	fSuf4
	fPre1
	fPre2
	fShape
	fFlags
	fLow
	fP1Word
	fP1Suf3
	fPrevWord
	fPrevLow
	fPrevWordCur
	fNextWord
	fNextSuf3
	fNextAmb
	fNextLow
	fWordNext
	fP1NextWord
	fNext2Amb
	fLastVerb
)

// Features fills f with the lexical features of the current token, some
// of them joined with the tags given so far, and returns how many it gave:
//
//   - the previous tag with the word, with its last three bytes and with
//     the next word;
//   - the last verb tagged so far (its tag, whether it is a form of be,
//     have, do or get) and how far back it is;
//   - the word (lower case), its flags (capitalised, all capitals, digit,
//     hyphen, full stop, sentence-initial, number, punctuation) and, for a
//     word with capitals, the candidate tags of its lower case form;
//   - the previous word and its lower-case candidates; the previous word
//     with this one;
//   - the next word, its last three bytes, its candidates and its
//     lower-case candidates; this word with the next; the candidates of the
//     word two ahead;
//   - for a word out of the lexicon, its spelling: its last 1 to 4 bytes,
//     its first 1 and 2 and its shape ("Xxxxx", "dddd").
//
// They are those of Honnibal's tagger but for the word two back or two
// ahead, the next two words together, the last three bytes of the
// previous word and the candidates of this word: left out one at a time,
// none of these made a difference on EWT dev that the shuffling seed does
// not. As in Ratnaparkhi's tagger, a word of the lexicon goes without its
// spelling, which only unknown words need.
func (w *Window) Features(f *[NumFeatures]uint64) int {
	c, a1 := &w.win[w.i&7], &w.win[(w.i+1)&7]
	p1 := uint64(w.p1)
	f[0] = mix(mix(fP1Word, p1), c.W)
	f[1] = mix(mix(fP1Suf3, p1), c.Suf[2])
	f[2] = mix(mix(fP1NextWord, p1), a1.W)
	f[3] = mix(fLastVerb, w.verb<<2|w.since)
	return NumDynamic + w.static(w.i, (*[NumStatic]uint64)(f[NumDynamic:]))
}

// static fills f with the static features of token i, those that read
// only the words, and returns how many of them it uses: all, or for a
// word of the lexicon all but its spelling.
func (w *Window) static(i int, f *[NumStatic]uint64) int {
	c, b1, a1, a2 := &w.win[i&7], &w.win[(i-1)&7], &w.win[(i+1)&7], &w.win[(i+2)&7]
	f[0] = mix(fWord, c.W)
	f[1] = mix(fFlags, uint64(c.Flags))
	f[2] = mix(mix(fLow, c.Low), uint64(c.Flags&(flagFirst|flagUpper)))
	f[3] = mix(fPrevWord, b1.W)
	f[4] = mix(fPrevLow, b1.Low)
	f[5] = mix(mix(fPrevWordCur, b1.W), c.W)
	f[6] = mix(fNextWord, a1.W)
	f[7] = mix(fNextSuf3, a1.Suf[2])
	f[8] = mix(fNextAmb, a1.Amb)
	f[9] = mix(fNextLow, a1.Low)
	f[10] = mix(mix(fWordNext, c.W), a1.W)
	f[11] = mix(fNext2Amb, a2.Amb)
	if c.Known {
		return NumStatic - NumSpelling
	}
	f[12] = mix(fSuf1, c.Suf[0])
	f[13] = mix(fSuf2, c.Suf[1])
	f[14] = mix(fSuf3, c.Suf[2])
	f[15] = mix(fSuf4, c.Suf[3])
	f[16] = mix(fPre1, c.Pre[0])
	f[17] = mix(fPre2, c.Pre[1])
	f[18] = mix(fShape, c.Shape)
	return NumStatic
}

// TransFeatures returns the features of the previous two tags alone (and
// the bias), which the decoder sums ahead into one table by tag pair.
func TransFeatures(p1, p2 uint8) [NumTrans]uint64 {
	t1, t2 := uint64(p1), uint64(p2)
	return [NumTrans]uint64{mix(fBias, 0), mix(fP1, t1), mix(fP2, t2), mix(fP1P2, t1<<8|t2)}
}

// LexKey is the lexicon's key for a token: its word and case class.
func LexKey(in *Info) uint64 { return mix(in.W, uint64(in.Case)+1) }
