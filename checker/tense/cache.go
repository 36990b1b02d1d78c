package tense

import "github.com/copydesk/copydesk/checker/text"

// Cache answers At for the sentences of one text, analysing each sentence
// once, on first use, so that the date resolver and the event model share
// one analysis per sentence. A sentence longer than a window either side
// is not analysed whole: each question reads a window around its position
// (At), so that a run-on text stays linear. A Cache belongs to one check
// and is not safe for concurrent use.
type Cache struct {
	src   string
	sents []text.Sentence
	an    []*Analysis
}

// NewCache returns an empty cache over the sentences sents of src.
func NewCache(src string, sents []text.Sentence) *Cache {
	return &Cache{src: src, sents: sents, an: make([]*Analysis, len(sents))}
}

// Sentences returns the sentences the cache covers.
func (c *Cache) Sentences() []text.Sentence { return c.sents }

// At returns the tense of the clause of sentence si that holds [start, end).
func (c *Cache) At(si, start, end int) Result {
	s := c.sents[si]
	if s.End-s.Start > 2*maxWindow {
		return At(c.src, s, start, end)
	}
	if c.an[si] == nil {
		c.an[si] = Analyze(c.src, s)
	}
	return c.an[si].At(start, end)
}
