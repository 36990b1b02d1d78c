package tense

import (
	"sort"

	"github.com/copydesk/copydesk/checker/text"
)

// Cache answers At for the sentences of one text, analysing each sentence
// once, on first use, so that the date resolver and the event model share
// one analysis per sentence. A sentence longer than a window either side
// is not analysed whole: each question reads a window around the block of
// the sentence its position is in (At), so that a run-on text stays
// linear. A Cache belongs to one check
// and is not safe for concurrent use.
type Cache struct {
	src   string
	sents []text.Sentence
	// an holds the analysis of each sentence once made; the analyses and
	// their slices come from sl.
	an []*Analysis
	sl slab
	// r, when set, is the shared reading of src: its tokens are read, not
	// split again.
	r *text.Reading
	// block is the analysis of the window around one block of a long
	// sentence (see At), kept for the next question in the same block:
	// questions come in text order, and a run-on sentence of dates asks
	// many in each block.
	block    *Analysis
	blockKey [2]int // sentence, block; block -1 for none
}

// NewCache returns an empty cache over the sentences sents of src.
func NewCache(src string, sents []text.Sentence) *Cache {
	return &Cache{src: src, sents: sents, an: make([]*Analysis, len(sents)), blockKey: [2]int{-1, -1}}
}

// NewCacheOf returns an empty cache over the shared reading r of src,
// whose tokens it reads instead of splitting the text again.
func NewCacheOf(src string, r *text.Reading) *Cache {
	c := NewCache(src, r.Sentences)
	c.r = r
	return c
}

// Sentences returns the sentences the cache covers.
func (c *Cache) Sentences() []text.Sentence { return c.sents }

// At returns the tense of the clause of sentence si that holds [start, end).
func (c *Cache) At(si, start, end int) Result {
	s := c.sents[si]
	if s.End-s.Start > 2*maxWindow {
		if c.r == nil {
			return At(c.src, s, start, end)
		}
		// The questions in one block of maxWindow bytes share the analysis
		// of the window a maxWindow either side of the block.
		b := (start - s.Start) / maxWindow
		if c.blockKey != [2]int{si, b} {
			from := s.Start + b*maxWindow
			c.block = analyzeTokens(c.src, windowTokens(c.r.Words(si), window(c.src, s, from, from+maxWindow)))
			c.blockKey = [2]int{si, b}
		}
		return c.block.At(start, end)
	}
	if c.an[si] == nil {
		var toks []text.Token
		if c.r != nil {
			toks = c.r.Words(si)
		} else {
			toks = text.Words(c.src, s)
		}
		c.an[si] = c.sl.analysis()
		analyzeInto(c.an[si], c.src, toks, &c.sl)
	}
	return c.an[si].At(start, end)
}

// windowTokens returns the tokens of toks that lie within w.
func windowTokens(toks []text.Token, w text.Sentence) []text.Token {
	a := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= w.Start })
	b := sort.Search(len(toks), func(i int) bool { return toks[i].End > w.End })
	if b < a {
		b = a
	}
	return toks[a:b]
}
