package quantities

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/checker/dates"
	"github.com/copydesk/copydesk/checker/lexicon"
	"github.com/copydesk/copydesk/checker/text"
)

// tok is one word or punctuation mark of the text: bytes [start, end).
type tok struct {
	start, end int
	w          string
	// l is w with ASCII letters in lower case.
	l string
}

// lower returns the token with ASCII letters in lower case.
func (t tok) lower() string { return t.l }

// isWord reports whether the token is a word or a number, not punctuation.
func (t tok) isWord() bool {
	r, _ := utf8.DecodeRuneInString(t.w)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isCap reports whether the token starts with an upper-case letter.
func (t tok) isCap() bool {
	r, _ := utf8.DecodeRuneInString(t.w)
	return unicode.IsUpper(r)
}

// scanner holds the text and its sentence bounds while Find runs.
type scanner struct {
	s string
	// low is s with ASCII letters in lower case (same byte offsets).
	low string
	// starts are the byte offsets where sentences start, ascending.
	starts []int
	// pb and nb are scratch buffers for the tokens before and after a
	// number; each caller is done with them before the next call.
	pb, nb [12]tok
	// toks are the shared tokens of the text's sentences, tagged or not.
	toks *text.Reading
	// r is the shared reading when it is tagged, for parts of speech; nil
	// without one.
	r *text.Reading
	// dates are the text's resolved dates, in order, when the caller has
	// them: a word inside one ("8,000 today") is no noun of a figure.
	dates []dates.Expr
}

// inDate reports a date expression holding byte off.
func (sc *scanner) inDate(off int) bool {
	i := sort.Search(len(sc.dates), func(i int) bool { return sc.dates[i].End > off })
	return i < len(sc.dates) && sc.dates[i].Start <= off
}

// dateAfter reports a date holding byte off where q itself stands in none
// ("8,000 today"; not "four years ago", a date the figure is part of).
func (sc *scanner) dateAfter(q Quantity, off int) bool {
	return sc.inDate(off) && !sc.inDate(q.Start)
}

// tagAt returns the shared reading's tag of the word starting at byte off,
// and false without a reading or a word there.
func (sc *scanner) tagAt(off int) (text.Tag, bool) {
	if sc.r == nil {
		return 0, false
	}
	k := sc.r.TokenAt(off)
	if k >= len(sc.r.Tokens) || sc.r.Tokens[k].Start != off {
		return 0, false
	}
	return sc.r.Tokens[k].Tag, true
}

// lemmaAt returns the shared reading's lemma of the word starting at byte
// off, or "".
func (sc *scanner) lemmaAt(off int) string {
	if sc.r == nil {
		return ""
	}
	k := sc.r.TokenAt(off)
	if k >= len(sc.r.Tokens) || sc.r.Tokens[k].Start != off {
		return ""
	}
	return sc.r.Tokens[k].Lemma
}

// tagIs reports whether the shared reading tags the word starting at byte
// off with tag t.
func (sc *scanner) tagIs(off int, t text.Tag) bool {
	g, ok := sc.tagAt(off)
	return ok && g == t
}

// nounAt reports whether ts[k] exists and the shared reading tags it a
// noun.
func (sc *scanner) nounAt(ts []tok, k int) bool {
	return k < len(ts) && sc.isNoun(ts[k])
}

// isNoun reports whether the shared reading tags t a noun.
func (sc *scanner) isNoun(t tok) bool {
	tag, ok := sc.tagAt(t.start)
	return ok && tag.IsNoun()
}

// finiteAt reports whether the shared reading tags the word starting at
// byte off a finite verb.
func (sc *scanner) finiteAt(off int) bool {
	t, ok := sc.tagAt(off)
	return ok && t.IsFinite()
}

// reducedRelative reports whether the past-tense verb starting at byte off
// is rather a participle opening a reduced relative clause, because the
// clause goes on to its own finite verb: "the 300 workers laid off in May
// sued the firm". A verb of saying or thought takes a clause of its own
// ("the 45 nurses said the ministry had lied") and is never read so, nor
// is a verb with an object.
func (sc *scanner) reducedRelative(off int) bool {
	k := sc.r.TokenAt(off)
	toks := sc.r.Tokens
	lx := lexicon.Default()
	if l := toks[k].Lemma; lx.Is(lexicon.SayingVerbs, l) || lx.Is(lexicon.ThoughtVerbs, l) {
		return false
	}
	if k+1 < len(toks) && (toks[k+1].Tag == text.DT || toks[k+1].Tag == text.PRPS) {
		// "the 2,750-hectare concession overlapped a corridor used by
		// elephants": a verb with an object is active, and a past
		// participle in a reduced relative is passive, with none.
		return false
	}
	end := sc.r.Sentences[sc.r.SentenceOf(k)].End
	for j := k + 1; j < len(toks) && toks[j].Start < end; j++ {
		switch t := toks[j].Tag; {
		case t.IsPunct() || t == text.CC || t == text.WDT || t == text.PRP || toks[j].Lower == "that":
			return false
		case t.IsFinite() || t == text.VBN:
			return true // the tagger may read a past tense as a participle
		}
	}
	return false
}

// clauseAt reports whether the word starting at byte off begins a verb
// phrase after the noun at byte prev: a finite verb ("212 passengers ran
// aground") or a participle after a noun, opening a reduced relative
// clause ("a 650 million rand scheme meant to end", "40 passengers
// stranded at the port").
func (sc *scanner) clauseAt(off, prev int) bool {
	t, ok := sc.tagAt(off)
	if !ok || !t.IsVerb() {
		return false
	}
	if t.IsFinite() {
		return true
	}
	p, ok := sc.tagAt(prev)
	return ok && p.IsNoun() && (t == text.VBN || t == text.VBG)
}

// newScanner returns a scanner of s split into sents, reading the tokens
// and tags of r, or, when r is nil, untagged tokens of its own split.
func newScanner(s string, sents []text.Sentence, r *text.Reading) *scanner {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c | 0x20
		}
	}
	sc := &scanner{s: s, low: string(b), r: r, toks: r}
	if r == nil {
		sc.toks = text.Read(s, sents)
	}
	for _, se := range sents {
		if se.Start < 0 || se.End > len(s) || se.Start >= se.End {
			continue
		}
		sc.starts = append(sc.starts, se.Start)
	}
	if len(sc.starts) == 0 {
		sc.starts = []int{0}
	}
	return sc
}

// sentence returns the index of the sentence holding byte pos.
func (sc *scanner) sentence(pos int) int {
	if i := sort.SearchInts(sc.starts, pos+1) - 1; i > 0 {
		return i
	}
	return 0
}

// bounds returns the sentence [start, end) holding byte pos.
func (sc *scanner) bounds(pos int) (int, int) {
	i := sc.sentence(pos)
	if i < 0 {
		i = 0
	}
	end := len(sc.s)
	if i+1 < len(sc.starts) {
		end = sc.starts[i+1]
	}
	return sc.starts[i], end
}

// wordRune reports whether r continues a word.
func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// next returns the token starting at or after pos, if it starts before lim.
// Tokens are the shared reading's (package text), with a clitic joined
// back to its word ("Xi's", "didn't"): a figure's noun is read as one
// word, possessive and all.
func (sc *scanner) next(pos, lim int) (tok, bool) {
	ts := sc.toks.Tokens
	k := sc.toks.TokenAt(pos)
	if k < len(ts) && ts[k].Start < pos && pos < lim {
		return sc.inside(pos, ts[k].End), true
	}
	if k >= len(ts) || ts[k].Start >= lim {
		return tok{}, false
	}
	end := ts[k].End
	for j := k + 1; j < len(ts) && ts[j].Start == end && isClitic(ts[j]); j++ {
		end = ts[j].End
	}
	return sc.tokAt(ts[k].Start, end), true
}

// prev returns the token ending at or before pos, if it ends after lim,
// with the same joins as next.
func (sc *scanner) prev(pos, lim int) (tok, bool) {
	ts := sc.toks.Tokens
	k := sc.toks.TokenAt(pos)
	if k < len(ts) && ts[k].End <= pos {
		k++
	}
	k--
	if k < 0 || ts[k].End <= lim {
		return tok{}, false
	}
	if k+1 < len(ts) && ts[k+1].Start < pos && pos < ts[k+1].End && pos > lim {
		return sc.insideBack(max(ts[k+1].Start, lim), pos), true
	}
	start := ts[k].Start
	for j := k; j > 0 && isClitic(ts[j]) && ts[j-1].End == ts[j].Start; j-- {
		start = ts[j-1].Start
	}
	return sc.tokAt(max(start, lim), ts[k].End), true
}

// inside returns the rest of a compound token from pos, which a figure
// ended within ("$10|-a-share"): a punctuation mark on its own, else the
// word up to the next mark or end.
func (sc *scanner) inside(pos, end int) tok {
	r, n := utf8.DecodeRuneInString(sc.s[pos:])
	if !wordRune(r) {
		return sc.tokAt(pos, pos+n)
	}
	e := pos + n
	for e < end {
		r, n := utf8.DecodeRuneInString(sc.s[e:])
		if !wordRune(r) {
			break
		}
		e += n
	}
	return sc.tokAt(pos, e)
}

// insideBack is inside read backwards: the part of a compound token that
// ends at pos.
func (sc *scanner) insideBack(start, pos int) tok {
	r, n := utf8.DecodeLastRuneInString(sc.s[:pos])
	if !wordRune(r) {
		return sc.tokAt(pos-n, pos)
	}
	b := pos - n
	for b > start {
		r, n := utf8.DecodeLastRuneInString(sc.s[:b])
		if !wordRune(r) {
			break
		}
		b -= n
	}
	return sc.tokAt(b, pos)
}

// tokAt returns the token of bytes [start, end).
func (sc *scanner) tokAt(start, end int) tok {
	return tok{start, end, sc.s[start:end], sc.low[start:end]}
}

// isClitic reports whether t is a clitic the tokenizer split off a word.
func isClitic(t text.Token) bool {
	return t.Kind == text.Word && (t.Lower[0] == '\'' || t.Lower == "n't")
}

// nextN returns up to n tokens after pos within the sentence ending at
// lim, appended to dst[:0].
func (sc *scanner) nextN(dst []tok, pos, lim, n int) []tok {
	out := dst[:0]
	for len(out) < n {
		t, ok := sc.next(pos, lim)
		if !ok {
			break
		}
		out = append(out, t)
		pos = t.end
	}
	return out
}

// prevN returns up to n tokens before pos, nearest first, within the
// sentence starting at lim, appended to dst[:0].
func (sc *scanner) prevN(dst []tok, pos, lim, n int) []tok {
	out := dst[:0]
	for len(out) < n {
		t, ok := sc.prev(pos, lim)
		if !ok {
			break
		}
		out = append(out, t)
		pos = t.start
	}
	return out
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// word returns the lower-case word of tokens[i], or "" past the end.
func word(ts []tok, i int) string {
	if i < len(ts) {
		return ts[i].lower()
	}
	return ""
}

// each calls f with the offset of every whole-word occurrence of the lower
// case word w in the text.
func (sc *scanner) each(w string, f func(i int)) {
	for from := 0; ; {
		k := strings.Index(sc.low[from:], w)
		if k < 0 {
			return
		}
		i := from + k
		from = i + len(w)
		if i > 0 && wordRune(lastRune(sc.s[:i])) || from < len(sc.s) && wordRune(firstRune(sc.s[from:])) {
			continue
		}
		f(i)
	}
}
