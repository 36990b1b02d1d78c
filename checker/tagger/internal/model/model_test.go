package model

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/copydesk/copydesk/checker/text"
)

// randomModel builds a model of n random features, some of them dense,
// and the weights of every TransFeature of tags below 8.
func randomModel(rng *rand.Rand, n int) (*Model, map[uint64][]Entry) {
	weights := map[uint64][]Entry{}
	entries := func() []Entry {
		var es []Entry
		tags := rng.Perm(NumTags - 1)[:1+rng.IntN(12)]
		slices.Sort(tags)
		for _, t := range tags {
			if w := int16(rng.IntN(2*MaxWeight+1) - MaxWeight); w != 0 {
				es = append(es, Entry{uint8(t + 1), w})
			}
		}
		return es
	}
	for range n {
		weights[rng.Uint64()] = entries()
	}
	for p1 := range 8 {
		for p2 := range 8 {
			for _, k := range TransFeatures(uint8(p1), uint8(p2)) {
				weights[k] = entries()
			}
		}
	}
	var feats []Feature
	for k, es := range weights {
		feats = append(feats, Feature{k, es})
	}
	return Build(feats, map[uint64]uint64{1: 1 << 5}, [NumOpen]uint64{}, 0.75), weights
}

// stored returns the weights that m keeps for feature k.
func stored(m *Model, k uint64) []Entry {
	c := m.cell(k)
	var es []Entry
	switch {
	case c == 0:
	case uint8(c) == 0:
		for t, w := range m.dense[c>>32] {
			if w != 0 {
				es = append(es, Entry{uint8(t), int16(w)})
			}
		}
	default:
		for ; c != 0; c >>= 16 {
			if t := uint8(c); t < unusedTag {
				es = append(es, Entry{t, int16(int8(c >> 8))})
			}
		}
	}
	return es
}

// naiveBest is Best by the definition: the sum of the weights that m
// keeps for the features (a feature left out may take those of one of the
// same fingerprint) and of the TransFeatures, the highest first, then the
// lowest tag.
func naiveBest(m *Model, weights map[uint64][]Entry, f *[NumFeatures]uint64, p1, p2 uint8, cands uint64) uint8 {
	var scores [64]int
	for _, k := range f {
		for _, e := range stored(m, k) {
			scores[e.Tag] += int(e.Weight)
		}
	}
	for _, k := range TransFeatures(p1, p2) {
		for _, e := range weights[k] {
			scores[e.Tag] += int(e.Weight)
		}
	}
	best := -1
	for t := range NumTags {
		if cands&(1<<t) != 0 && (best < 0 || scores[t] > scores[best]) {
			best = t
		}
	}
	return uint8(best)
}

func TestBestMatchesNaive(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	m, weights := randomModel(rng, 20000)
	var keys []uint64
	for k := range weights {
		keys = append(keys, k)
	}
	assert.Less(t, m.Left(), 20000/10, "features left out of full buckets")
	kept := 0
	for k, es := range weights {
		if len(es) > 0 && assert.ObjectsAreEqual(stored(m, k), es) {
			kept++
		}
	}
	assert.Equal(t, m.Features(), kept+len(m.tf), "features kept")
	for i := range 20000 {
		var f [NumFeatures]uint64
		for j := range f {
			if rng.IntN(3) > 0 {
				f[j] = keys[rng.IntN(len(keys))]
			} else {
				f[j] = rng.Uint64() // most likely no feature
			}
		}
		cands := rng.Uint64() & AllTags
		if i%2 == 0 {
			cands &= 0xFFF0 // few candidates, often of equal score
		}
		if cands == 0 {
			cands = 1 << 7
		}
		p1, p2 := uint8(rng.IntN(8)), uint8(rng.IntN(8))
		require.Equal(t, naiveBest(m, weights, &f, p1, p2, cands), m.Best(f[:], p1, p2, cands), "query %d", i)
	}
}

func TestEncodeDecode(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	m, weights := randomModel(rng, 5000)
	var a bytes.Buffer
	require.NoError(t, m.Encode(&a))
	m2, err := Decode(a.Bytes())
	require.NoError(t, err)
	var b bytes.Buffer
	require.NoError(t, m2.Encode(&b))
	assert.Equal(t, a.Bytes(), b.Bytes(), "encoded twice")
	assert.Equal(t, m.Features(), m2.Features())
	assert.Equal(t, m.Weights(), m2.Weights())
	assert.Equal(t, m.Left(), m2.Left())
	for k := range weights {
		var f [NumFeatures]uint64
		f[0] = k
		assert.Equal(t, m.Best(f[:], 1, 2, AllTags), m2.Best(f[:], 1, 2, AllTags))
	}

	_, err = Decode(a.Bytes()[:a.Len()-10])
	assert.Error(t, err, "truncated")
	bad := bytes.Clone(a.Bytes())
	bad[4] = 1
	_, err = Decode(bad)
	assert.Error(t, err, "old version")
}

// TestDescribe checks the suffixes and prefixes that describe reads a word
// at a time against their definition, a byte at a time.
func TestDescribe(t *testing.T) {
	for _, src := range []string{"a", "ab", "abc", "abcd", "resigned", "é", "éa", "naïve", "x-y", "1990s", "’s"} {
		toks := text.Words(src, text.Sentence{Start: 0, End: len(src)})
		require.NotEmpty(t, toks, src)
		in := Describe(src, toks, 0)
		low := toks[0].Lower
		n := len(low)
		for k := 1; k <= 4; k++ {
			assert.Equal(t, pack(low[max(0, n-k):]), in.Suf[k-1], "%q: suffix of %d", src, k)
		}
		assert.Equal(t, pack(low[:min(1, n)]), in.Pre[0], "%q: prefix of 1", src)
		assert.Equal(t, pack(low[:min(2, n)]), in.Pre[1], "%q: prefix of 2", src)
	}
}

// TestRepeated: the pieces of "..." and of quotes written as two marks are
// told from a mark alone.
func TestRepeated(t *testing.T) {
	src := "Wait... ``No.'' Yes -- or no!!"
	toks := text.Words(src, text.Sentence{Start: 0, End: len(src)})
	var got []string
	for i, tk := range toks {
		if Describe(src, toks, i).Case == caseRepeat {
			got = append(got, tk.Text(src))
		}
	}
	assert.Equal(t, []string{".", ".", ".", "`", "`", "'", "'"}, got)
}

// TestKnownWords: a word of the lexicon goes without the features of its
// spelling.
func TestKnownWords(t *testing.T) {
	src := "The ferry docked."
	toks := text.Words(src, text.Sentence{Start: 0, End: len(src)})
	the := Describe(src, toks, 0)
	m := Build(nil, map[uint64]uint64{LexKey(&the): 1<<TagOf("DT") | 1<<TagOf("NN")}, [NumOpen]uint64{1: AllTags}, 0.75)
	var w Window
	w.Reset(m, src, toks)
	var f [NumFeatures]uint64
	assert.Equal(t, NumFeatures-NumSpelling, w.Features(&f), "The")
	w.Next(TagOf("DT"))
	assert.Equal(t, NumFeatures, w.Features(&f), "ferry")
}
