package model

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"slices"
	"unsafe"

	"github.com/copydesk/copydesk/checker/text"
)

// Entry is one weight of a feature: the tag it votes for and by how much,
// from -MaxWeight to MaxWeight.
type Entry struct {
	Tag    uint8
	Weight int16
}

// MaxWeight is the largest weight a model keeps: weights are stored in a
// byte.
const MaxWeight = 127

// The feature table is an array of buckets, a cache line each: two words of
// 16-bit fingerprints, then six cells. A feature's key places it in a
// bucket, and it is looked for there only: a feature that finds its bucket
// full is left out (Build puts the features with the most weight in
// first). Fingerprints 0 to 5 are those of the cells' features (0 for an
// empty cell); 6 and 7 are 0. A fingerprint is odd, so neither of the last
// two is ever one.
//
// A cell holds a feature of up to four weights as four 16-bit entries,
// each a tag in the low byte and its weight in the high; unused entries
// name a tag past the last, with weight 0. For a feature of more weights
// its low byte is 0, the next denseMark, and the top 32 bits the number of
// its row in dense: a weight for every tag, a byte each (one cache line).
type bucket [8]uint64

const (
	bucketCells = 6
	cellEntries = 4
	unusedTag   = 60                    // and 61, 62, 63: the tags of unused entries
	emptyCell   = 0x003F_003E_003D_003C // a cell of four unused entries
	denseMark   = 1 << 8

	lanes = 0x0001_0001_0001_0001 // 1 in each fingerprint of a word
	highs = 0x8000_8000_8000_8000 // the top bit of each
)

// fingerprint is what a cell keeps of a feature's key: its top 16 bits (the
// low 32 place it in the table), odd.
func fingerprint(k uint64) uint64 { return k>>48 | 1 }

// home returns the bucket of key k in a table of n buckets.
func home(k, n uint64) uint64 { return uint64(uint32(k)) * n >> 32 }

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
	table []bucket        // the feature table
	dense [][64]int8      // dense rows of weights by tag; row 0 is all 0
	trans [][64]int16     // summed TransFeatures weights by p1*NumTags+p2, then tag
	tf    []Feature       // the TransFeatures' weights, for Encode
	lex   []lslot         // the lexicon, open-addressed
	lmask uint64          // len(lex)-1
	open  [NumOpen]uint64 // candidate tags of tokens not in the lexicon, by OpenClass

	nf   int // the number of features
	nw   int // the number of weights
	nlex int // the number of lexicon words
	left int // features left out of the table
}

// Feature is one feature's key and weights.
type Feature struct {
	Key     uint64
	Entries []Entry
}

// Build makes a model of feature weights (each key once, each weight
// within ±MaxWeight), a lexicon (the candidate tags of words, a bit per
// tag, by LexKey) and the candidate tags of other tokens by OpenClass.
//
// The feature table has a cell for every load features: the fuller, the
// smaller the table, and the more features are left out. The features go
// into it by weight, the largest sum of weights first; those that find
// their bucket full, or holding another feature of the same fingerprint,
// are left out (Left).
func Build(feats []Feature, lex map[uint64]uint64, open [NumOpen]uint64, load float64) *Model {
	m := &Model{open: open}
	trans := map[uint64]bool{}
	for p1 := range NumTags {
		for p2 := range NumTags {
			for _, k := range TransFeatures(uint8(p1), uint8(p2)) {
				trans[k] = true
			}
		}
	}
	var lexical []Feature
	for _, ft := range feats {
		if len(ft.Entries) == 0 {
			continue
		}
		for _, e := range ft.Entries {
			if e.Tag == 0 || int(e.Tag) >= NumTags || e.Weight > MaxWeight || e.Weight < -MaxWeight {
				panic("tagger model: bad weight")
			}
		}
		if trans[ft.Key] {
			m.tf = append(m.tf, ft)
			m.nf++
			m.nw += len(ft.Entries)
		} else {
			lexical = append(lexical, ft)
		}
	}
	slices.SortFunc(m.tf, func(a, b Feature) int { return cmpU64(a.Key, b.Key) })
	slices.SortFunc(lexical, func(a, b Feature) int {
		if x, y := mass(a), mass(b); x != y {
			return y - x
		}
		return cmpU64(a.Key, b.Key)
	})
	m.table = make([]bucket, 1+int(float64(len(lexical))/(bucketCells*load)))
	m.dense = make([][64]int8, 1)
	fill := make([]uint8, len(m.table)) // cells in use, by bucket
	for _, ft := range lexical {
		b := home(ft.Key, uint64(len(m.table)))
		if fill[b] == bucketCells || m.cell(ft.Key) != 0 {
			m.left++
			continue
		}
		es := ft.Entries
		m.nf++
		m.nw += len(es)
		c := uint64(emptyCell)
		if len(es) <= cellEntries {
			for j, e := range es {
				c &^= 0xFFFF << (16 * j)
				c |= (uint64(e.Tag) | uint64(uint8(e.Weight))<<8) << (16 * j)
			}
		} else {
			var row [64]int8
			for _, e := range es {
				row[e.Tag] = int8(e.Weight)
			}
			c = denseMark | uint64(len(m.dense))<<32
			m.dense = append(m.dense, row)
		}
		j := fill[b]
		fill[b]++
		m.table[b][j/4] |= fingerprint(ft.Key) << (16 * (j % 4))
		m.table[b][2+j] = c
	}
	m.sumTrans()

	lsize := tableSize(len(lex))
	m.lex, m.lmask = make([]lslot, lsize), uint64(lsize-1)
	keys := make([]uint64, 0, len(lex))
	for k, t := range lex {
		if t != 0 {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	for _, k := range keys {
		i := k & m.lmask
		for m.lex[i].tags != 0 {
			i = (i + 1) & m.lmask
		}
		m.lex[i] = lslot{k, lex[k]}
		m.nlex++
	}
	return m
}

// mass is the sum of the sizes of a feature's weights.
func mass(f Feature) int {
	n := 0
	for _, e := range f.Entries {
		n += int(max(e.Weight, -e.Weight))
	}
	return n
}

// sumTrans sums the weights of the TransFeatures of every pair of tags.
func (m *Model) sumTrans() {
	tf := make(map[uint64][]Entry, len(m.tf))
	for _, f := range m.tf {
		tf[f.Key] = f.Entries
	}
	m.trans = make([][64]int16, NumTags*NumTags)
	for p1 := range NumTags {
		for p2 := range NumTags {
			row := &m.trans[p1*NumTags+p2]
			for _, k := range TransFeatures(uint8(p1), uint8(p2)) {
				for _, e := range tf[k] {
					row[e.Tag] += e.Weight
				}
			}
		}
	}
}

// tableSize returns a power of two over twice n: a table of n items is at
// most half full, so that looking up a missing key stops after a cell or
// two.
func tableSize(n int) int {
	return 1 << max(4, bits.Len(uint(2*n)))
}

// Features returns the number of features with weights.
func (m *Model) Features() int { return m.nf }

// Weights returns the number of weights.
func (m *Model) Weights() int { return m.nw }

// Left returns the number of features left out of the table.
func (m *Model) Left() int { return m.left }

// Memory returns the bytes the model's tables take.
func (m *Model) Memory() int {
	return int(unsafe.Sizeof(bucket{}))*len(m.table) + 64*len(m.dense) + 128*len(m.trans) +
		int(unsafe.Sizeof(lslot{}))*len(m.lex)
}

// LexiconSize returns the number of words in the lexicon.
func (m *Model) LexiconSize() int { return m.nlex }

// Candidates returns the tags a token may take, a bit per tag, and
// whether its word is in the lexicon: those of its word in the lexicon;
// for a capitalised first word out of it those of the word in lower case
// and NNP, NNPS; else those that rare tokens of its kind took.
func (m *Model) Candidates(in *Info) (tags uint64, known bool) {
	if t := m.lookup(LexKey(in)); t != 0 {
		return t, true
	}
	if in.Flags&flagFirst != 0 && in.Case == caseTitle {
		// A capitalised first word: as the word in lower case, or a name.
		if t := m.lookup(mix(in.W, caseLower+1)); t != 0 {
			return t | 1<<tagNNP | 1<<tagNNPS, true
		}
	}
	if t := m.open[OpenClass(in)]; t != 0 {
		return t, false
	}
	return AllTags, false
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
// tag number on a tie), given the token's lexical features (up to
// NumFeatures) and the previous two tags.
func (m *Model) Best(f []uint64, p1, p2 uint8, cands uint64) uint8 {
	tr := &m.trans[int(p1)*NumTags+int(p2)]
	// First find every feature's cell (0 for none), without branches: the
	// loads are independent, and no mispredicted branch holds them up.
	var cells [NumFeatures]uint64
	table, nb := m.table, uint64(len(m.table))
	f = f[:min(len(f), NumFeatures)]
	for i, k := range f {
		b := &table[home(k, nb)]
		fp := fingerprint(k) * lanes
		x0, x1 := b[0]^fp, b[1]^fp
		// A fingerprint equal to fp is a lane of 0 in x0 or x1: subtracting
		// 1 from it borrows into its top bit. (The lanes above the first
		// such lane of a word may be marked wrongly; the lowest mark is
		// right.)
		z := ((x0-lanes)&^x0&highs)>>15 | ((x1-lanes)&^x1&highs)>>14
		p := bits.TrailingZeros64(z)
		cells[i] = b[((p>>4|(p&1)<<2)+2)&7] & -((z | -z) >> 63)
	}
	// Then add the sparse cells' weights, and list the dense rows.
	var (
		scores [64]int32
		rows   [NumFeatures]*[64]int8
		nr     int
	)
	dense := m.dense
	for _, c := range cells[:len(f)] {
		if c == 0 {
			continue
		}
		if uint8(c) == 0 {
			rows[nr] = &dense[c>>32]
			nr++
			continue
		}
		scores[c&63] += int32(int8(c >> 8))
		scores[c>>16&63] += int32(int8(c >> 24))
		scores[c>>32&63] += int32(int8(c >> 40))
		scores[c>>48&63] += int32(int8(c >> 56))
	}
	// Sum the dense rows four candidates at a time, in registers. The
	// candidates are padded with tag 0. The best is kept as score<<8 |
	// 255-tag: the highest score, and on a tie the lowest tag.
	top := int64(math.MinInt64)
	for x := cands; x != 0; {
		t0 := bits.TrailingZeros64(x) & 63
		x &= x - 1
		t1 := bits.TrailingZeros64(x) & 63
		x &= x - 1
		t2 := bits.TrailingZeros64(x) & 63
		x &= x - 1
		t3 := bits.TrailingZeros64(x) & 63
		x &= x - 1
		s0 := scores[t0] + int32(tr[t0])
		s1 := scores[t1] + int32(tr[t1])
		s2 := scores[t2] + int32(tr[t2])
		s3 := scores[t3] + int32(tr[t3])
		for _, r := range rows[:nr] {
			s0 += int32(r[t0])
			s1 += int32(r[t1])
			s2 += int32(r[t2])
			s3 += int32(r[t3])
		}
		top = max(top, key(s0, t0), key(s1, t1), key(s2, t2), key(s3, t3))
	}
	return uint8(255 - top&255)
}

// key orders the scores of tags: the higher score, then the lower tag; tag
// 0, padding, last.
func key(s int32, t int) int64 {
	k := int64(s)<<8 | int64(255-t)
	if t == 0 {
		k = math.MinInt64
	}
	return k
}

// cell returns the cell of feature k, 0 if it has none, as Best finds it
// but one fingerprint at a time.
func (m *Model) cell(k uint64) uint64 {
	b := &m.table[home(k, uint64(len(m.table)))]
	for j := range bucketCells {
		if b[j/4]>>(16*(j%4))&0xFFFF == fingerprint(k) {
			return b[2+j]
		}
	}
	return 0
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
			n := w.Features(&f)
			p1, p2 := w.Prev()
			t = m.Best(f[:n], p1, p2, cands)
		}
		dst = append(dst, T(t))
		w.Next(t)
	}
	return dst
}

// The weights file: "CDTG", a version byte, then flate-compressed:
// uvarint feature count, weight count, count of features left out, number
// of buckets of the feature table and number of dense rows; the table as
// eight columns of 8-byte words (every bucket's first word, then every
// bucket's second, ...); the dense rows; uvarint count of TransFeatures,
// then each one's key (8 bytes), weight count (a byte) and weights (tag
// and weight, a byte each); uvarint log2 of the lexicon's size and its word
// count; per word in table order the distance in cells from the last
// (uvarint), its key (8 bytes) and its tags (uvarint, a bit per tag); the
// open-class tag sets (NumOpen uvarints). Numbers are little endian.
// Decoding copies the tables as they are.
const (
	magic   = "CDTG"
	version = 2
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
	buf := make([]byte, 0, 64*len(m.table)+64*len(m.dense)+20*m.nlex)
	for _, n := range []int{m.nf, m.nw, m.left, len(m.table), len(m.dense)} {
		buf = binary.AppendUvarint(buf, uint64(n))
	}
	for w := range len(bucket{}) {
		for i := range m.table {
			buf = binary.LittleEndian.AppendUint64(buf, m.table[i][w])
		}
	}
	for i := range m.dense {
		for _, w := range m.dense[i] {
			buf = append(buf, byte(w))
		}
	}
	buf = binary.AppendUvarint(buf, uint64(len(m.tf)))
	for _, f := range m.tf {
		buf = binary.LittleEndian.AppendUint64(buf, f.Key)
		buf = append(buf, byte(len(f.Entries)))
		for _, e := range f.Entries {
			buf = append(buf, e.Tag, byte(e.Weight))
		}
	}
	buf = binary.AppendUvarint(buf, uint64(bits.Len(uint(len(m.lex)))-1))
	buf = binary.AppendUvarint(buf, uint64(m.nlex))
	last := -1
	for i, l := range m.lex {
		if l.tags == 0 {
			continue
		}
		buf = binary.AppendUvarint(buf, uint64(i-last))
		buf = binary.LittleEndian.AppendUint64(buf, l.key)
		buf = binary.AppendUvarint(buf, l.tags)
		last = i
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

// maxTable bounds the tables' sizes a file may ask for.
const maxTable = 1 << 24

// Decode reads a model written by Encode.
func Decode(data []byte) (*Model, error) {
	if len(data) < len(magic)+1 || string(data[:len(magic)]) != magic {
		return nil, errors.New("tagger model: bad magic")
	}
	if v := data[len(magic)]; v != version {
		return nil, fmt.Errorf("tagger model: version %d, want %d", v, version)
	}
	var raw bytes.Buffer
	raw.Grow(4 * len(data))
	if _, err := raw.ReadFrom(flate.NewReader(bytes.NewReader(data[len(magic)+1:]))); err != nil {
		return nil, fmt.Errorf("tagger model: %w", err)
	}
	r := &reader{b: raw.Bytes()}
	m := &Model{}
	m.nf, m.nw, m.left = int(r.uvarint()), int(r.uvarint()), int(r.uvarint())
	nb, nrows := r.uvarint(), r.uvarint()
	switch {
	case r.err != nil:
	case nb == 0 || nb > maxTable || nrows == 0 || nrows > maxTable:
		r.fail("bad table size")
	case r.need(int(64*nb + 64*nrows)):
		m.table = make([]bucket, nb)
		for w := range len(bucket{}) {
			for i := range m.table {
				m.table[i][w] = binary.LittleEndian.Uint64(r.b[8*i:])
			}
			r.b = r.b[8*nb:]
		}
		m.dense = make([][64]int8, nrows)
		for i := range m.dense {
			for t, b := range r.b[64*i : 64*i+64] {
				m.dense[i][t] = int8(b)
			}
		}
		r.b = r.b[64*nrows:]
		m.checkTable(r)
	}
	for range r.count(9) {
		k := r.u64()
		n := int(r.byte())
		if !r.need(2 * n) {
			break
		}
		es := make([]Entry, n)
		for j := range es {
			es[j] = Entry{r.b[0], int16(int8(r.b[1]))}
			if es[j].Tag == 0 || int(es[j].Tag) >= NumTags {
				r.fail("bad tag")
			}
			r.b = r.b[2:]
		}
		m.tf = append(m.tf, Feature{k, es})
	}
	if lg := r.uvarint(); r.err == nil && (lg < 4 || lg > 24) {
		r.fail("bad lexicon size")
	} else if r.err == nil {
		m.lex, m.lmask = make([]lslot, 1<<lg), uint64(1<<lg-1)
		m.nlex = r.count(10)
		if m.nlex >= len(m.lex) {
			r.fail("full lexicon") // a search ends at an empty cell
		}
		i := -1
		for range m.nlex {
			d := r.uvarint()
			k, t := r.u64(), r.uvarint()
			if r.err != nil {
				break
			}
			if d == 0 || d >= uint64(len(m.lex)-i) || t == 0 || t&^AllTags != 0 {
				r.fail("bad lexicon entry")
				break
			}
			i += int(d)
			m.lex[i] = lslot{k, t}
		}
	}
	for i := range m.open {
		m.open[i] = r.uvarint()
		if m.open[i]&^AllTags != 0 {
			r.fail("bad tag set")
		}
	}
	if r.err == nil && len(r.b) != 0 {
		r.fail("trailing bytes")
	}
	if r.err != nil {
		return nil, r.err
	}
	m.sumTrans()
	return m, nil
}

// checkTable checks that the feature table's cells hold tags and dense
// rows that exist, and that dense row 0 is all 0.
func (m *Model) checkTable(r *reader) {
	if m.dense[0] != [64]int8{} {
		r.fail("bad dense row")
	}
	for i := range m.table {
		b := &m.table[i]
		if b[1]>>32 != 0 {
			r.fail("bad bucket")
		}
		for j := range bucketCells {
			fp, c := b[j/4]>>(16*(j%4))&0xFFFF, b[2+j]
			switch {
			case fp == 0:
				if c != 0 {
					r.fail("bad cell")
				}
			case fp&1 == 0:
				r.fail("bad fingerprint")
			case c&0xFFFF == denseMark:
				if c&0xFFFF_0000 != 0 || c>>32 == 0 || c>>32 >= uint64(len(m.dense)) {
					r.fail("bad dense row")
				}
			default:
				for e := range cellEntries {
					v := c >> (16 * e) & 0xFFFF
					if t := v & 0xFF; t == 0 || int(t) >= NumTags && (t != unusedTag+uint64(e) || v>>8 != 0) {
						r.fail("bad tag")
					}
				}
			}
		}
	}
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
