package input

import "strings"

// run is one stretch of the offset map: Text bytes from t on came from the
// input at r0. A copy run maps byte by byte (Text[t+k] is input[r0+k]); an
// atomic run (a decoded entity, a separator, a replaced character) maps
// every byte of its text to the whole input stretch [r0, r1). Offsets are
// kept in 32 bits (Parse refuses input of 2 GiB or more): Markdown and HTML
// make a run every few words, and the map is most of a long read's memory.
type run struct {
	t, r0, r1 int32
	copy      bool
}

// newRun makes a run of the offsets given.
func newRun(t, r0, r1 int, copy bool) run {
	return run{t: int32(t), r0: int32(r0), r1: int32(r1), copy: copy}
}

// builder assembles a Doc's text and offset map in input order. Separators
// between blocks or words are held back until the next content arrives, so
// a text never starts or ends with one, and a separator maps to the input
// between the content on either side of it.
type builder struct {
	sb      strings.Builder
	runs    []run
	rawEnd  int    // input offset just past the last content emitted
	pending string // separator to write before the next content: "", " ", "\n" or "\n\n"
}

// breakBlock asks for a block separator ("\n\n") before the next content.
func (b *builder) breakBlock() { b.pending = "\n\n" }

// breakLine asks for a line break before the next content, unless a block
// separator is already asked for.
func (b *builder) breakLine() {
	if b.pending != "\n\n" {
		b.pending = "\n"
	}
}

// space asks for a space before the next content, unless a stronger
// separator is already asked for.
func (b *builder) space() {
	if b.pending == "" {
		b.pending = " "
	}
}

// flush writes the pending separator, mapped to the input between the last
// content and rawStart (where the next content starts).
func (b *builder) flush(rawStart int) {
	if b.pending == "" {
		return
	}
	if b.sb.Len() > 0 && b.pending == " " && rawStart == b.rawEnd+1 {
		// one separator byte for one input byte: map it as a copy, so the
		// words on either side share a run
		p := b.pending
		b.pending = ""
		b.copyBytes([]byte(p), b.rawEnd)
		return
	}
	if b.sb.Len() > 0 {
		r0 := min(b.rawEnd, rawStart)
		b.push(newRun(b.sb.Len(), r0, max(r0, rawStart), false))
		b.sb.WriteString(b.pending)
	}
	b.pending = ""
}

// lastByte returns the last byte of the text, or 0.
func (b *builder) lastByte() byte {
	s := b.sb.Len()
	if s == 0 {
		return 0
	}
	return b.sb.String()[s-1]
}

// copyBytes appends s, which is input[raw : raw+len(s)].
func (b *builder) copyBytes(s []byte, raw int) {
	if len(s) == 0 {
		return
	}
	raw = max(raw, b.rawEnd) // never let the map run backwards
	b.flush(raw)
	t := b.sb.Len()
	if n := len(b.runs); n > 0 {
		last := &b.runs[n-1]
		if last.copy && int(last.r0)+(t-int(last.t)) == raw {
			b.sb.Write(s)
			b.rawEnd = raw + len(s)
			last.r1 = int32(b.rawEnd)
			return
		}
	}
	b.push(newRun(t, raw, raw+len(s), true))
	b.sb.Write(s)
	b.rawEnd = raw + len(s)
}

// copyByte appends c, which is input[raw].
func (b *builder) copyByte(c byte, raw int) {
	var one [1]byte
	one[0] = c
	b.copyBytes(one[:], raw)
}

// atomic appends s as the reading of input[r0:r1] taken as a whole (an
// entity, a line break read as a space).
func (b *builder) atomic(s string, r0, r1 int) {
	if s == "" {
		return
	}
	r0 = max(r0, b.rawEnd)
	r1 = max(r1, r0)
	b.flush(r0)
	b.push(newRun(b.sb.Len(), r0, r1, false))
	b.sb.WriteString(s)
	b.rawEnd = r1
}

func (b *builder) push(r run) {
	if n := len(b.runs); n > 0 && b.runs[n-1].t == r.t {
		b.runs[n-1] = r // the previous run wrote nothing
		return
	}
	b.runs = append(b.runs, r)
}

func (b *builder) doc() *Doc {
	return &Doc{Text: b.sb.String(), runs: b.runs}
}
