// Command train trains the tagger's averaged perceptron on Universal
// Dependencies English EWT and writes its weights.
//
// It trains on the train split, greedily left to right with the tagger's own
// decoder, in an order shuffled by a fixed seed, so two runs write the same
// bytes. After each epoch it averages, prunes and quantises the weights,
// keeps the features of the most weight (a small table is a fast one) and
// measures them on the dev split, as the treebank's words and as
// text.AppendWords splits them; it keeps the epoch that tags dev best on
// the mean of the two. The test split is only measured, never used to
// choose.
//
// Each sentence is learnt twice where the two differ: as the treebank's own
// words, and as text.AppendWords splits the sentence's text (hyphenated
// compounds kept whole, "..." as three full stops), each token taking the
// tag of the word that heads it.
//
// Usage, from checker/tagger:
//
//	go run ./internal/train -ud ../../../shared/eval/ud-ewt -out model/ewt.bin
//
// The flags' defaults are those of the committed weights. -drop leaves
// features out (by their number in model.Window.Features), to measure what
// each is worth.
package main

import (
	"bytes"
	"flag"
	"log"
	"math"
	"math/bits"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/copydesk/copydesk/checker/tagger/internal/model"
	"github.com/copydesk/copydesk/checker/tagger/internal/ud"
	"github.com/copydesk/copydesk/checker/text"
)

func main() {
	var (
		dir       = flag.String("ud", "../../../shared/eval/ud-ewt", "directory of en_ewt-ud-{train,dev,test}.conllu")
		out       = flag.String("out", "model/ewt.bin", "weights file to write")
		epochs    = flag.Int("epochs", 16, "most epochs to train")
		prune     = flag.Float64("prune", 0.5, "drop averaged weights smaller than this")
		keep      = flag.Float64("keep", 0.35, "share of the features to keep, those of the largest weights")
		load      = flag.Float64("load", 1, "features for each cell of the feature table (some are left out of full buckets)")
		dictMin   = flag.Int("dict-min", 20, "tag dictionary: least count of a word")
		dictShare = flag.Float64("dict-share", 0.97, "tag dictionary: least share of the word's commonest tag")
		classMin  = flag.Int("class-min", 10, "lexicon: least count of a word whose tags are limited to those seen")
		openShare = flag.Float64("open-share", 0.005, "least share of a tag among rare tokens to be a candidate for unknown ones")
		seed      = flag.Uint64("seed", 1, "shuffle seed")
		drop      = flag.String("drop", "", "features to leave out, by number, comma-separated")
		split     = flag.Bool("split", true, "also learn sentences as text.AppendWords splits them")
	)
	flag.Parse()
	log.SetFlags(0)
	var dropped []int
	for _, d := range strings.Split(*drop, ",") {
		if d == "" {
			continue
		}
		n, err := strconv.Atoi(d)
		if err != nil || n < 0 || n >= model.NumFeatures {
			log.Fatalf("-drop: bad feature %q", d)
		}
		dropped = append(dropped, n)
	}

	read := func(name string) []ud.Sentence {
		ss, err := ud.ReadFile(filepath.Join(*dir, "en_ewt-ud-"+name+".conllu"))
		if err != nil {
			log.Fatal(err)
		}
		return ss
	}
	trainSet := instances(read("train"), *split)
	devGold, devSplit := instances(read("dev"), false), splitOnly(read("dev"))
	testGold, testSplit := instances(read("test"), false), splitOnly(read("test"))
	log.Printf("train: %d sentences (with re-split ones), %d tokens", len(trainSet), tokens(trainSet))

	lex, open := lexicon(trainSet, *dictMin, *classMin, *openShare, *dictShare)
	cands := model.Build(nil, lex, open, *load)
	log.Printf("lexicon: %d words; gold among the candidates: dev %.2f%% (re-split %.2f%%); %.2f candidates a token",
		len(lex), 100*coverage(cands, devGold), 100*coverage(cands, devSplit), candidates(cands, devSplit))
	for k, o := range open {
		if o != 0 {
			log.Printf("open tags of kind %d: %s", k, tagList(o))
		}
	}

	p := &perceptron{idx: map[uint64]int32{}, dropped: dropped}
	rng := rand.New(rand.NewPCG(*seed, 0x7a66))
	order := make([]int, len(trainSet))
	for i := range order {
		order[i] = i
	}
	var (
		best      *model.Model
		bestAcc   float64
		bestEpoch int
	)
	for ep := 1; ep <= *epochs; ep++ {
		t0 := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		right, total := 0, 0
		for _, k := range order {
			r, n := p.learn(&trainSet[k], cands)
			right += r
			total += n
		}
		m := model.Build(lightest(p.averaged(*prune), *keep), lex, open, *load)
		dev, devRe := accuracy(m, devGold), accuracy(m, devSplit)
		log.Printf("epoch %2d: train %.2f%%, dev %.2f%% (re-split %.2f%%), %d features, %d weights, %s",
			ep, pct(right, total), 100*dev, 100*devRe, m.Features(), m.Weights(), time.Since(t0).Round(time.Millisecond))
		if acc := (dev + devRe) / 2; acc > bestAcc {
			best, bestAcc, bestEpoch = m, acc, ep
		}
	}
	log.Printf("best epoch %d: dev %.2f%% (mean of the treebank's words and re-split); test %.2f%% (re-split %.2f%%)",
		bestEpoch, 100*bestAcc, 100*accuracy(best, testGold), 100*accuracy(best, testSplit))

	var buf bytes.Buffer
	if err := best.Encode(&buf); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("wrote %s: %d bytes; %d features (%d left out of full buckets), %d weights, %d lexicon entries, %.2f MB in memory",
		*out, buf.Len(), best.Features(), best.Left(), best.Weights(), best.LexiconSize(), float64(best.Memory())/(1<<20))
}

func pct(a, b int) float64 { return 100 * float64(a) / float64(max(b, 1)) }

// instance is one sentence to learn or measure: its text, tokens and gold
// tags.
type instance struct {
	src  string
	toks []text.Token
	tags []uint8
}

func tokens(is []instance) int {
	n := 0
	for _, in := range is {
		n += len(in.toks)
	}
	return n
}

// instances returns the sentences as the treebank's words and, with split,
// also as text.AppendWords splits them where that differs.
func instances(ss []ud.Sentence, split bool) []instance {
	var out []instance
	for i := range ss {
		s := &ss[i]
		src, toks := s.Gold()
		tags := make([]uint8, len(toks))
		for j, w := range s.Words {
			tags[j] = tagOf(w.XPOS)
		}
		out = append(out, instance{src, toks, tags})
		if !split {
			continue
		}
		if in, ok := splitInstance(s, toks); ok {
			out = append(out, in)
		}
	}
	return out
}

// splitOnly returns every sentence as text.AppendWords splits it.
func splitOnly(ss []ud.Sentence) []instance {
	out := make([]instance, len(ss))
	for i := range ss {
		out[i], _ = splitInstance(&ss[i], nil)
	}
	return out
}

// splitInstance returns the sentence as text.AppendWords splits it, and
// whether that differs from gold.
func splitInstance(s *ud.Sentence, gold []text.Token) (instance, bool) {
	src, toks, words := s.Split()
	tags := make([]uint8, len(toks))
	for j, w := range words {
		tags[j] = tagOf(s.Words[w].XPOS)
	}
	same := len(toks) == len(gold)
	for j := 0; same && j < len(toks); j++ {
		same = toks[j].Start == gold[j].Start && toks[j].End == gold[j].End
	}
	return instance{src, toks, tags}, !same
}

func tagOf(xpos string) uint8 {
	t := model.TagOf(xpos)
	if t == 0 {
		t = model.TagOf("XX")
	}
	return t
}

// lexicon returns the candidate tags of words (by model.LexKey), and by
// model.OpenClass those of tokens not in training (the tags that took at
// least openShare of the rare tokens, seen fewer than classMin times). A word
// seen at least dictMin times, share of them with one tag, takes only that
// tag; a word seen at least classMin times may take the tags it was seen
// with; a rarer word those and the tags of unknown tokens of its kind. The
// tags seen are widened to the verb's other forms that look alike (VBD and
// VBN, VB and VBP).
func lexicon(set []instance, dictMin, classMin int, openShare, share float64) (map[uint64]uint64, [model.NumOpen]uint64) {
	type count struct {
		open int // model.OpenClass
		tags [model.NumTags]int
	}
	counts := map[uint64]*count{}
	for _, in := range set {
		for j := range in.toks {
			info := model.Describe(in.src, in.toks, j)
			k := model.LexKey(&info)
			c := counts[k]
			if c == nil {
				c = &count{open: model.OpenClass(&info)}
				counts[k] = c
			}
			c.tags[in.tags[j]]++
		}
	}
	var rare [model.NumOpen][model.NumTags]int
	for _, c := range counts {
		n := 0
		for _, v := range c.tags {
			n += v
		}
		if n < classMin {
			for t, v := range c.tags {
				rare[c.open][t] += v
			}
		}
	}
	var open [model.NumOpen]uint64
	for k, c := range rare {
		n := 0
		for _, v := range c {
			n += v
		}
		for t, v := range c {
			if v > 0 && float64(v) >= openShare*float64(n) {
				open[k] |= 1 << t
			}
		}
	}
	lex := map[uint64]uint64{}
	for k, c := range counts {
		n, bt := 0, 0
		var tags uint64
		for t, v := range c.tags {
			n += v
			if v > c.tags[bt] {
				bt = t
			}
			if v > 0 {
				tags |= 1 << t
			}
		}
		switch {
		case n >= dictMin && float64(c.tags[bt]) >= share*float64(n):
			lex[k] = 1 << bt
		case n >= classMin:
			lex[k] = widen(tags)
		case widen(tags)|open[c.open] != open[c.open]:
			lex[k] = widen(tags) | open[c.open]
		}
	}
	return lex, open
}

// widen adds to a set of tags the verb forms that look alike.
func widen(tags uint64) uint64 {
	pair := func(a, b string) {
		x, y := uint64(1)<<model.TagOf(a), uint64(1)<<model.TagOf(b)
		if tags&(x|y) != 0 {
			tags |= x | y
		}
	}
	pair("VBD", "VBN")
	pair("VB", "VBP")
	return tags
}

func tagList(tags uint64) string {
	var s []string
	for t := range model.NumTags {
		if tags&(1<<t) != 0 {
			s = append(s, model.TagNames[t])
		}
	}
	return strings.Join(s, " ")
}

// coverage returns the share of tokens whose tag is among their
// candidates.
func coverage(m *model.Model, set []instance) float64 {
	right, total := 0, 0
	var w model.Window
	for _, in := range set {
		w.Reset(m, in.src, in.toks)
		for j := range in.toks {
			if w.Cur().Amb&(1<<in.tags[j]) != 0 {
				right++
			}
			total++
			w.Next(in.tags[j])
		}
	}
	return float64(right) / float64(max(total, 1))
}

// candidates returns the mean number of candidate tags of a token.
func candidates(m *model.Model, set []instance) float64 {
	n, total := 0, 0
	var w model.Window
	for _, in := range set {
		w.Reset(m, in.src, in.toks)
		for j := range in.toks {
			n += bits.OnesCount64(w.Cur().Amb)
			total++
			w.Next(in.tags[j])
		}
	}
	return float64(n) / float64(max(total, 1))
}

// accuracy returns the share of tokens m tags right.
func accuracy(m *model.Model, set []instance) float64 {
	right, total := 0, 0
	var got []uint8
	for _, in := range set {
		got = model.Tag(m, in.src, in.toks, got[:0])
		for j, t := range got {
			if t == in.tags[j] {
				right++
			}
		}
		total += len(got)
	}
	return float64(right) / float64(max(total, 1))
}

// weight is one tag's weight of a feature while training, with what
// averaging needs: the sum of its past values and when it last changed.
type weight struct {
	tag   uint8
	w     int32
	total int64
	stamp int64
}

// perceptron is an averaged perceptron over hashed features.
type perceptron struct {
	idx     map[uint64]int32
	rows    [][]weight
	clock   int64 // tokens learnt
	dropped []int // features left out
}

// learn tags one sentence with the current weights and updates them where
// it goes wrong. It returns how many tokens it tagged right, of how many.
func (p *perceptron) learn(in *instance, cands *model.Model) (right, total int) {
	var (
		w model.Window
		f [model.NumFeatures + model.NumTrans]uint64
	)
	w.Reset(cands, in.src, in.toks)
	for i := range in.toks {
		cs := w.Cur().Amb
		var guess uint8
		if cs&(cs-1) == 0 {
			guess = uint8(bits.TrailingZeros64(cs))
		} else {
			n := w.Features((*[model.NumFeatures]uint64)(f[:model.NumFeatures]))
			for _, j := range p.dropped {
				f[j] = 0 // no weights: update skips key 0
			}
			tr := model.TransFeatures(w.Prev())
			fs := append(f[:n:n], tr[:]...)
			guess = p.predict(fs, cs)
			p.update(fs, in.tags[i], guess)
		}
		if guess == in.tags[i] {
			right++
		}
		total++
		w.Next(guess)
	}
	return right, total
}

// predict returns the highest-scoring candidate, the lowest on a tie, as
// model.Model.Best does.
func (p *perceptron) predict(f []uint64, cands uint64) uint8 {
	var scores [64]int64
	for _, k := range f {
		if r, ok := p.idx[k]; ok {
			for _, e := range p.rows[r] {
				scores[e.tag] += int64(e.w)
			}
		}
	}
	best := -1
	for t := range model.NumTags {
		if cands&(1<<t) != 0 && (best < 0 || scores[t] > scores[best]) {
			best = t
		}
	}
	return uint8(best)
}

func (p *perceptron) update(f []uint64, truth, guess uint8) {
	p.clock++
	if truth == guess {
		return
	}
	for _, k := range f {
		if k == 0 {
			continue // a feature left out
		}
		r, ok := p.idx[k]
		if !ok {
			r = int32(len(p.rows))
			p.idx[k] = r
			p.rows = append(p.rows, nil)
		}
		p.add(r, truth, 1)
		p.add(r, guess, -1)
	}
}

func (p *perceptron) add(r int32, tag uint8, v int32) {
	row := p.rows[r]
	for i := range row {
		if e := &row[i]; e.tag == tag {
			e.total += (p.clock - e.stamp) * int64(e.w)
			e.stamp = p.clock
			e.w += v
			return
		}
	}
	p.rows[r] = append(row, weight{tag: tag, w: v, stamp: p.clock})
}

// lightest leaves out of feats all but keep of them, those whose weights
// sum to the least (the TransFeatures stay).
func lightest(feats []model.Feature, keep float64) []model.Feature {
	if keep >= 1 {
		return feats
	}
	mass := func(f model.Feature) int {
		n := 0
		for _, e := range f.Entries {
			n += int(max(e.Weight, -e.Weight))
		}
		return n
	}
	sorted := slices.Clone(feats)
	slices.SortStableFunc(sorted, func(a, b model.Feature) int { return mass(b) - mass(a) })
	n := int(keep * float64(len(sorted)))
	trans := map[uint64]bool{}
	for p1 := range model.NumTags {
		for p2 := range model.NumTags {
			for _, k := range model.TransFeatures(uint8(p1), uint8(p2)) {
				trans[k] = true
			}
		}
	}
	out := sorted[:n:n]
	for _, f := range sorted[n:] {
		if trans[f.Key] {
			out = append(out, f)
		}
	}
	return out
}

// averaged returns the averaged weights, dropping those smaller than prune
// and quantising the rest to a byte, the largest to ±model.MaxWeight.
func (p *perceptron) averaged(prune float64) []model.Feature {
	avg := func(e *weight) float64 {
		return float64(e.total+(p.clock-e.stamp)*int64(e.w)) / float64(p.clock)
	}
	top := prune
	for _, row := range p.rows {
		for i := range row {
			top = max(top, math.Abs(avg(&row[i])))
		}
	}
	scale := model.MaxWeight / top
	keys := make([]uint64, 0, len(p.idx))
	for k := range p.idx {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	out := make([]model.Feature, 0, len(p.idx))
	for _, k := range keys {
		row := p.rows[p.idx[k]]
		var es []model.Entry
		for i := range row {
			a := avg(&row[i])
			if math.Abs(a) < prune {
				continue
			}
			if q := math.Round(a * scale); q != 0 {
				es = append(es, model.Entry{Tag: row[i].tag, Weight: int16(q)})
			}
		}
		if len(es) > 0 {
			slices.SortFunc(es, func(a, b model.Entry) int { return int(a.Tag) - int(b.Tag) })
			out = append(out, model.Feature{Key: k, Entries: es})
		}
	}
	return out
}
