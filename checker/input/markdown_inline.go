package input

import (
	"unicode"
	"unicode/utf8"
)

// What happens to each byte of a paragraph.
const (
	kNormal  uint8 = iota // text, subject to emphasis and brackets
	kDrop                 // syntax: not emitted
	kLiteral              // emitted as is (code, escaped character)
	kEntity               // start of a character reference, decoded
	kSpace                // a <br> tag's first byte: read as a space
)

// Bounds that keep hostile input linear: no scan for the end of a link
// destination, title, tag or label looks further than these.
const (
	maxDest  = 4096
	maxTitle = 4096
	maxTag   = 1024
	maxLabel = 999
)

// inline strips Markdown inline syntax from one paragraph. Its buffers are
// reused from paragraph to paragraph.
type inline struct {
	buf   []byte // the paragraph's lines joined by '\n'
	pos   []int  // input offset of each byte of buf
	kind  []uint8
	stack []int // open brackets
	// budget is how many bytes link destinations may still scan in this
	// paragraph: each scan is bounded, but many failed ones must not add up
	// to more than a few passes over the paragraph.
	budget int
}

// run emits the paragraph made of segs to b.
func (in *inline) run(b *builder, src []byte, segs []seg, refs map[string]bool) {
	n := len(segs)
	for _, s := range segs {
		n += s.b - s.a
	}
	if cap(in.buf) < n {
		in.buf, in.pos, in.kind = make([]byte, 0, n), make([]int, 0, n), make([]uint8, n)
	}
	in.buf, in.pos = in.buf[:0], in.pos[:0]
	for k, s := range segs {
		if k > 0 {
			in.buf = append(in.buf, '\n')
			in.pos = append(in.pos, segs[k-1].b)
		}
		in.buf = append(in.buf, src[s.a:s.b]...)
		for i := s.a; i < s.b; i++ {
			in.pos = append(in.pos, i)
		}
	}
	in.kind = in.kind[:len(in.buf)]
	clear(in.kind)
	in.budget = 4*len(in.buf) + 2*(maxDest+maxTitle)
	in.atoms()
	in.brackets(refs)
	in.emphasis()
	in.emit(b)
}

// atoms marks escapes, code spans, autolinks, raw HTML tags and character
// references, scanning left to right.
func (in *inline) atoms() {
	buf, kind := in.buf, in.kind
	ticks := backtickRuns(buf)
	for i := 0; i < len(buf); {
		switch c := buf[i]; c {
		case '\\':
			if i+1 < len(buf) && (isASCIIPunct(buf[i+1]) || buf[i+1] == '\n') {
				kind[i] = kDrop
				if buf[i+1] != '\n' {
					kind[i+1] = kLiteral
				}
				i += 2
				continue
			}
		case '`':
			n := runLen(buf, i)
			if end := ticks.closer(n, i+n); end >= 0 {
				for x := i; x < i+n; x++ {
					kind[x] = kDrop
				}
				for x := i + n; x < end; x++ {
					kind[x] = kLiteral
				}
				for x := end; x < end+n; x++ {
					kind[x] = kDrop
				}
				i = end + n
				continue
			}
			for x := i; x < i+n; x++ {
				kind[x] = kLiteral
			}
			i += n
			continue
		case '<':
			if end := tagEnd(buf, i); end > 0 {
				if isAutolink(buf[i+1 : end-1]) {
					kind[i], kind[end-1] = kDrop, kDrop
					for x := i + 1; x < end-1; x++ {
						kind[x] = kLiteral
					}
				} else {
					drop(kind, i, end)
					if isBreakTag(buf[i:end]) {
						kind[i] = kSpace
					}
				}
				i = end
				continue
			}
		case '&':
			if dec, n := entityAt(buf, i); n > 0 && buf[i+n-1] == ';' && dec != "" {
				kind[i] = kEntity
				for x := i + 1; x < i+n; x++ {
					kind[x] = kDrop
				}
				i += n
				continue
			}
		}
		i++
	}
}

// tickRuns indexes the backtick runs of a paragraph by length, so finding
// the closer of a code span is a constant-time step on average.
type tickRuns struct {
	at   map[int][]int // run length -> start offsets, ascending
	next map[int]int   // run length -> index of the first unused entry
}

func backtickRuns(buf []byte) tickRuns {
	t := tickRuns{at: map[int][]int{}, next: map[int]int{}}
	for i := 0; i < len(buf); {
		if buf[i] != '`' {
			i++
			continue
		}
		n := runLen(buf, i)
		t.at[n] = append(t.at[n], i)
		i += n
	}
	return t
}

// closer returns the start of the first run of exactly n backticks at or
// after from, or -1.
func (t tickRuns) closer(n, from int) int {
	list := t.at[n]
	k := t.next[n]
	for k < len(list) && list[k] < from {
		k++
	}
	t.next[n] = k
	if k == len(list) {
		return -1
	}
	return list[k]
}

// runLen returns how many times buf[i] repeats from i.
func runLen(buf []byte, i int) int {
	n := 1
	for i+n < len(buf) && buf[i+n] == buf[i] {
		n++
	}
	return n
}

// tagEnd returns the end of a raw HTML tag or autolink starting at buf[i]
// == '<', or 0.
func tagEnd(buf []byte, i int) int {
	if i+2 >= len(buf) {
		return 0
	}
	c := buf[i+1]
	if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '/' || c == '!' || c == '?') {
		return 0
	}
	for j := i + 1; j < len(buf) && j-i < maxTag; j++ {
		switch buf[j] {
		case '>':
			return j + 1
		case '<':
			return 0
		}
	}
	return 0
}

// isAutolink reports whether s (between < and >) is a URL or an e-mail
// address.
func isAutolink(s []byte) bool {
	colon, at := -1, -1
	for i, c := range s {
		switch {
		case c <= ' ':
			return false
		case c == ':' && colon < 0:
			colon = i
		case c == '@':
			at = i
		}
	}
	return colon >= 2 || at > 0
}

func drop(kind []uint8, a, b int) {
	for x := a; x < b; x++ {
		kind[x] = kDrop
	}
}

// emphasis drops the *, _ and ~~ delimiter runs that open or close
// emphasis (by the CommonMark flanking rules, without pairing them), and
// keeps the rest: "5 * 3", snake_case.
func (in *inline) emphasis() {
	buf, kind := in.buf, in.kind
	for i := 0; i < len(buf); {
		c := buf[i]
		if kind[i] != kNormal || c != '*' && c != '_' && c != '~' {
			i++
			continue
		}
		j := i
		for j < len(buf) && buf[j] == c && kind[j] == kNormal {
			j++
		}
		before, after := classBefore(buf, i), classAfter(buf, j)
		left := after != cSpace && (after != cPunct || before != cWord)
		right := before != cSpace && (before != cPunct || after != cWord)
		var strip bool
		switch c {
		case '*':
			strip = left || right
		case '_':
			strip = left && (!right || before == cPunct) || right && (!left || after == cPunct)
		case '~':
			strip = j-i == 2 && (left || right)
		}
		if strip {
			drop(kind, i, j)
		}
		i = j
	}
}

// Character classes for the flanking rules.
const (
	cWord = iota
	cSpace
	cPunct
)

func classify(r rune) int {
	switch {
	case unicode.IsSpace(r):
		return cSpace
	case unicode.IsPunct(r) || unicode.IsSymbol(r):
		return cPunct
	}
	return cWord
}

func classBefore(buf []byte, i int) int {
	if i == 0 {
		return cSpace
	}
	r, _ := utf8.DecodeLastRune(buf[:i])
	return classify(r)
}

func classAfter(buf []byte, j int) int {
	if j >= len(buf) {
		return cSpace
	}
	r, _ := utf8.DecodeRune(buf[j:])
	return classify(r)
}

func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}

// emit writes the kept bytes to b: white space runs as one space, entities
// decoded, the rest copied.
func (in *inline) emit(b *builder) {
	buf, kind, pos := in.buf, in.kind, in.pos
	for i := 0; i < len(buf); {
		switch kind[i] {
		case kDrop:
			i++
			continue
		case kSpace:
			b.space()
			i++
			continue
		case kEntity:
			dec, n := entityAt(buf, i)
			b.atomic(dec, pos[i], pos[i+n-1]+1)
			i += n
			continue
		}
		c := buf[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xc2 && i+1 < len(buf) && buf[i+1] == 0xa0 {
			if c == 0xc2 {
				i++
			}
			b.space()
			i++
			continue
		}
		// copy the longest stretch of plain bytes contiguous in the input
		j := i + 1
		for j < len(buf) && (kind[j] == kNormal || kind[j] == kLiteral) && pos[j] == pos[j-1]+1 &&
			buf[j] != ' ' && buf[j] != '\t' && buf[j] != '\n' && buf[j] != '\r' && buf[j] != 0xc2 {
			j++
		}
		b.copyBytes(buf[i:j], pos[i])
		i = j
	}
}

// isBreakTag reports whether tag is <br>, <br/> or <br ...>.
func isBreakTag(tag []byte) bool {
	return len(tag) >= 4 && (tag[1] == 'b' || tag[1] == 'B') && (tag[2] == 'r' || tag[2] == 'R') &&
		(tag[3] == '>' || tag[3] == '/' || tag[3] == ' ')
}
