package model

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math/bits"
	"slices"
	"unsafe"

	"github.com/copydesk/copydesk/checker/text"
)

// Entry is one weight of a feature: the tag it votes for and by how much.
type Entry struct {
	Tag    uint8
	Weight int16
}

// Rows of up to inlineMax weights live in the feature's cell, rows of up
// to sparseMax in ents, longer ones as dense rows of 64 weights by tag.
const (
	inlineMax = 3
	sparseMax = 3
)

// slot is one cell of the feature table: a feature's weights. n is the
// number of weights.
type slot struct {
	tag [inlineMax]uint8
	n   uint8
	w   [inlineMax]int16 // with n > inlineMax: w[0] | w[1]<<16 is the offset of the row in ents or dense
}

// fingerprint is what the feature table keeps of a key to tell features
// apart (the key's low bits place it in the table); never 0, which marks
// an empty cell.
func fingerprint(k uint64) uint32 { return uint32(k>>32) | 1 }

func (s *slot) offset() uint32 { return uint32(uint16(s.w[0])) | uint32(uint16(s.w[1]))<<16 }

// lslot is one cell of the lexicon: a word's key and the tags it may take
// (0 for an empty cell).
type lslot struct {
	key  uint64
	tags uint64
}

// Model is a trained tagger. It is immutable once built.
//
// Every token has a set of candidate tags: a word of the lexicon the tags
// it was seen with in training, any other token the tags rare tokens of its
// kind took. A token with a single candidate (a frequent word nearly always
// tagged one way: "the", "of", ",") takes it unscored; otherwise the
// candidate with the highest sum of feature weights wins.
type Model struct {
	fps   []uint32 // the feature table's fingerprints, 0 for an empty cell
	slots []slot   // and the features' weights
	mask  uint64
	ents  []uint32 // sparse rows: tag<<16 | uint16(weight)
	dense []int16  // dense rows, 64 weights each
	trans []int32  // summed TransFeatures weights by (p1*NumTags+p2)*64 + tag
	lex   []lslot
	lmask uint64
	open  [NumOpen]uint64 // candidate tags of tokens not in the lexicon, by OpenClass

	keys []uint64 // every feature's key, for Encode
	nw   int      // the number of weights
	nlex int      // the number of lexicon words
}

// Feature is one feature's key and weights.
type Feature struct {
	Key     uint64
	Entries []Entry
}

// Build makes a model of feature weights (each key once), a lexicon (the
// candidate tags of words, a bit per tag, by LexKey) and the candidate tags
// of other tokens by OpenClass. It sorts feats.
func Build(feats []Feature, lex map[uint64]uint64, open [NumOpen]uint64) *Model {
	m := &Model{open: open}
	slices.SortFunc(feats, func(a, b Feature) int { return cmpU64(a.Key, b.Key) })
	size := tableSize(len(feats))
	m.fps, m.slots, m.mask = make([]uint32, size), make([]slot, size), uint64(size-1)
	m.keys = make([]uint64, 0, len(feats))
	for _, ft := range feats {
		k, es := ft.Key, ft.Entries
		if len(es) == 0 {
			continue
		}
		m.keys = append(m.keys, k)
		if len(es) >= NumTags {
			panic("tagger model: too many weights for one feature")
		}
		sl := slot{n: uint8(len(es))}
		switch {
		case len(es) <= inlineMax:
			for j, e := range es {
				sl.tag[j], sl.w[j] = e.Tag, e.Weight
			}
		case len(es) <= sparseMax:
			sl.setOffset(uint32(len(m.ents)))
			for _, e := range es {
				m.ents = append(m.ents, uint32(e.Tag)<<16|uint32(uint16(e.Weight)))
			}
		default:
			a := len(m.dense)
			sl.setOffset(uint32(a))
			m.dense = append(m.dense, make([]int16, 64)...)
			for _, e := range es {
				m.dense[a+int(e.Tag&63)] = e.Weight
			}
		}
		i := k & m.mask
		for m.fps[i] != 0 {
			i = (i + 1) & m.mask
		}
		m.fps[i], m.slots[i] = fingerprint(k), sl
		m.nw += len(es)
	}

	m.trans = make([]int32, NumTags*NumTags*64)
	for p1 := range NumTags {
		for p2 := range NumTags {
			row := m.trans[(p1*NumTags+p2)*64:][:64]
			for _, k := range TransFeatures(uint8(p1), uint8(p2)) {
				for _, e := range m.entries(k) {
					row[e.Tag&63] += int32(e.Weight)
				}
			}
		}
	}

	lsize := tableSize(len(lex))
	m.lex, m.lmask = make([]lslot, lsize), uint64(lsize-1)
	for k, t := range lex {
		if t == 0 {
			continue
		}
		i := k & m.lmask
		for m.lex[i].tags != 0 {
			i = (i + 1) & m.lmask
		}
		m.lex[i] = lslot{k, t}
		m.nlex++
	}
	return m
}

func (s *slot) setOffset(a uint32) {
	s.w[0], s.w[1] = int16(uint16(a)), int16(uint16(a>>16))
}

// tableSize returns a power of two over twice n: a table of n items is at
// most half full, so that looking up a missing key (the usual case for a
// feature) stops after a cell or two.
func tableSize(n int) int {
	return 1 << max(4, bits.Len(uint(2*n)))
}

// Features returns the number of features with weights.
func (m *Model) Features() int { return len(m.keys) }

// Weights returns the number of weights.
func (m *Model) Weights() int { return m.nw }

// Memory returns the bytes the model's tables take.
func (m *Model) Memory() int {
	return len(m.slots)*int(unsafe.Sizeof(slot{})) + 4*len(m.fps) + 4*len(m.ents) + 2*len(m.dense) +
		4*len(m.trans) + 16*len(m.lex) + 8*len(m.keys)
}

// LexiconSize returns the number of words in the lexicon.
func (m *Model) LexiconSize() int { return m.nlex }

// Candidates returns the tags a token may take, a bit per tag: those of
// its word in the lexicon; for a capitalised first word out of it those of
// the word in lower case and NNP, NNPS; else those that rare tokens of its
// kind took.
func (m *Model) Candidates(in *Info) uint64 {
	if t := m.lookup(LexKey(in)); t != 0 {
		return t
	}
	if in.Flags&flagFirst != 0 && in.Case == caseTitle {
		// A capitalised first word: as the word in lower case, or a name.
		if t := m.lookup(mix(in.W, caseLower+1)); t != 0 {
			return t | 1<<tagNNP | 1<<tagNNPS
		}
	}
	if t := m.open[OpenClass(in)]; t != 0 {
		return t
	}
	return AllTags
}

func (m *Model) lookup(k uint64) uint64 {
	for i := k & m.lmask; ; i = (i + 1) & m.lmask {
		l := &m.lex[i]
		if l.tags == 0 || l.key == k {
			return l.tags
		}
	}
}

// NumOpen is the number of open classes: the token kinds.
const NumOpen = 4

// OpenClass returns the class whose tags a token out of the lexicon may
// take: its kind.
func OpenClass(in *Info) int { return int(in.Kind & 3) }

// AllTags has a bit for every tag.
const AllTags = uint64(1)<<NumTags - 2

// Best returns the highest-scoring of the candidate tags cands (the lowest
// tag number on a tie), given the token's lexical features and the
// previous two tags.
func (m *Model) Best(f *[NumFeatures]uint64, p1, p2 uint8, cands uint64) uint8 {
	// Touch every feature's cell first: the loads are independent, so the
	// cache misses overlap instead of following one another.
	var touch uint32
	for _, k := range f {
		touch |= m.fps[k&m.mask]
	}
	var (
		scores [64]int32
		dense  [NumFeatures]*[64]int16
		nd     int
	)
	scores[0] = int32(touch & 0) // keep the touching loads
	for _, k := range f {
		fp := fingerprint(k)
		for i := k & m.mask; ; i = (i + 1) & m.mask {
			if c := m.fps[i]; c != fp {
				if c == 0 {
					break
				}
				continue
			}
			s := &m.slots[i]
			switch {
			case s.n <= inlineMax:
				for j := range s.n {
					scores[s.tag[j]&63] += int32(s.w[j])
				}
			case s.n <= sparseMax:
				a := s.offset()
				for _, e := range m.ents[a : a+uint32(s.n)] {
					scores[(e>>16)&63] += int32(int16(e))
				}
			default:
				dense[nd] = (*[64]int16)(m.dense[s.offset():])
				nd++
			}
			break
		}
	}
	// Sum the dense rows four candidates at a time, in registers. The list
	// of candidates is padded with tag 0, whose weights are all 0.
	tr := (*[64]int32)(m.trans[(int(p1)*NumTags+int(p2))*64:])
	rows := dense[:nd]
	var (
		cl [64 + 4]uint8
		nc int
	)
	for x := cands; x != 0; x &= x - 1 {
		cl[nc] = uint8(bits.TrailingZeros64(x))
		nc++
	}
	best, top := uint8(0), int32(0)
	for g := 0; g < nc; g += 4 {
		t0, t1, t2, t3 := cl[g]&63, cl[g+1]&63, cl[g+2]&63, cl[g+3]&63
		s0, s1, s2, s3 := scores[t0]+tr[t0], scores[t1]+tr[t1], scores[t2]+tr[t2], scores[t3]+tr[t3]
		for _, r := range rows {
			s0 += int32(r[t0])
			s1 += int32(r[t1])
			s2 += int32(r[t2])
			s3 += int32(r[t3])
		}
		if best == 0 || s0 > top {
			best, top = t0, s0
		}
		if t1 != 0 && s1 > top {
			best, top = t1, s1
		}
		if t2 != 0 && s2 > top {
			best, top = t2, s2
		}
		if t3 != 0 && s3 > top {
			best, top = t3, s3
		}
	}
	return best
}

// entries returns the weights of feature k.
func (m *Model) entries(k uint64) []Entry {
	fp := fingerprint(k)
	for i := k & m.mask; ; i = (i + 1) & m.mask {
		if c := m.fps[i]; c != fp {
			if c == 0 {
				return nil
			}
			continue
		}
		s := &m.slots[i]
		es := make([]Entry, 0, s.n)
		switch {
		case s.n <= inlineMax:
			for j := range s.n {
				es = append(es, Entry{s.tag[j], s.w[j]})
			}
		case s.n <= sparseMax:
			a := s.offset()
			for _, e := range m.ents[a : a+uint32(s.n)] {
				es = append(es, Entry{uint8(e >> 16), int16(e)})
			}
		default:
			row := m.dense[s.offset():][:64]
			for t, w := range row {
				if w != 0 {
					es = append(es, Entry{uint8(t), w})
				}
			}
		}
		return es
	}
}

// Tag appends the tags of one sentence's tokens to dst.
func Tag[T ~uint8](m *Model, src string, toks []text.Token, dst []T) []T {
	if len(toks) == 0 {
		return dst
	}
	var (
		w Window
		f [NumFeatures]uint64
	)
	w.Reset(m, src, toks)
	for range toks {
		cands := w.Cur().Amb
		var t uint8
		if cands&(cands-1) == 0 {
			t = uint8(bits.TrailingZeros64(cands))
		} else {
			w.Features(&f)
			p1, p2 := w.Prev()
			t = m.Best(&f, p1, p2, cands)
		}
		dst = append(dst, T(t))
		w.Next(t)
	}
	return dst
}

// The weights file: "CDTG", a version byte, then flate-compressed:
// uvarint feature count; per feature in key order the key (8 bytes, little
// endian), a weight count byte and that many (tag byte, int16 weight) pairs;
// uvarint lexicon size; per word in key order its key (8 bytes) and its
// tags (uvarint, a bit per tag); the open-class tag sets (NumOpen uvarints).
const (
	magic   = "CDTG"
	version = 1
)

// Encode writes the model.
func (m *Model) Encode(out io.Writer) error {
	if _, err := out.Write(append([]byte(magic), version)); err != nil {
		return err
	}
	zw, err := flate.NewWriter(out, flate.BestCompression)
	if err != nil {
		return err
	}
	var buf []byte
	buf = binary.AppendUvarint(buf, uint64(len(m.keys)))
	for _, k := range m.keys {
		buf = binary.LittleEndian.AppendUint64(buf, k)
		es := m.entries(k)
		slices.SortFunc(es, func(a, b Entry) int { return int(a.Tag) - int(b.Tag) })
		buf = append(buf, byte(len(es)))
		for _, e := range es {
			buf = append(buf, e.Tag)
			buf = binary.LittleEndian.AppendUint16(buf, uint16(e.Weight))
		}
	}
	ls := make([]lslot, 0, m.nlex)
	for _, l := range m.lex {
		if l.tags != 0 {
			ls = append(ls, l)
		}
	}
	slices.SortFunc(ls, func(a, b lslot) int { return cmpU64(a.key, b.key) })
	buf = binary.AppendUvarint(buf, uint64(len(ls)))
	for _, l := range ls {
		buf = binary.LittleEndian.AppendUint64(buf, l.key)
		buf = binary.AppendUvarint(buf, l.tags)
	}
	for _, o := range m.open {
		buf = binary.AppendUvarint(buf, o)
	}
	if _, err := zw.Write(buf); err != nil {
		return err
	}
	return zw.Close()
}

func cmpU64(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Decode reads a model written by Encode.
func Decode(data []byte) (*Model, error) {
	if len(data) < len(magic)+1 || string(data[:len(magic)]) != magic {
		return nil, errors.New("tagger model: bad magic")
	}
	if v := data[len(magic)]; v != version {
		return nil, fmt.Errorf("tagger model: version %d, want %d", v, version)
	}
	raw, err := io.ReadAll(flate.NewReader(bytes.NewReader(data[len(magic)+1:])))
	if err != nil {
		return nil, fmt.Errorf("tagger model: %w", err)
	}
	r := &reader{b: raw}
	nf := r.count(11)
	feats := make([]Feature, 0, nf)
	all := make([]Entry, 0, len(raw)/3)
	for range nf {
		k := r.u64()
		n := int(r.byte())
		a := len(all)
		for range n {
			t := r.byte()
			w := int16(r.u16())
			if int(t) >= NumTags || t == 0 {
				r.fail("bad tag")
			}
			all = append(all, Entry{t, w})
		}
		feats = append(feats, Feature{k, all[a:len(all):len(all)]})
	}
	nl := r.count(9)
	lex := make(map[uint64]uint64, nl)
	for range nl {
		k := r.u64()
		lex[k] = r.uvarint()
	}
	var open [NumOpen]uint64
	for i := range open {
		open[i] = r.uvarint()
	}
	for _, t := range lex {
		if t&^AllTags != 0 {
			r.fail("bad tag set")
		}
	}
	if r.err == nil && len(r.b) != 0 {
		r.fail("trailing bytes")
	}
	if r.err != nil {
		return nil, r.err
	}
	return Build(feats, lex, open), nil
}

type reader struct {
	b   []byte
	err error
}

func (r *reader) fail(msg string) {
	if r.err == nil {
		r.err = errors.New("tagger model: " + msg)
	}
}

func (r *reader) need(n int) bool {
	if len(r.b) < n {
		r.fail("truncated")
	}
	return r.err == nil
}

func (r *reader) byte() byte {
	if !r.need(1) {
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

func (r *reader) u16() uint16 {
	if !r.need(2) {
		return 0
	}
	v := binary.LittleEndian.Uint16(r.b)
	r.b = r.b[2:]
	return v
}

func (r *reader) u64() uint64 {
	if !r.need(8) {
		return 0
	}
	v := binary.LittleEndian.Uint64(r.b)
	r.b = r.b[8:]
	return v
}

func (r *reader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail("bad number")
		return 0
	}
	r.b = r.b[n:]
	return v
}

// count reads a count of items of at least size bytes each.
func (r *reader) count(size int) int {
	v := r.uvarint()
	if v > uint64(len(r.b)/size) {
		r.fail("bad count")
		return 0
	}
	return int(v)
}
