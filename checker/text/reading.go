package text

import "sort"

// Span is a stretch [Start, End) of the text, in bytes: the one span type
// the analyses share.
type Span struct {
	Start, End int
}

// Len returns the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether byte offset off lies within the span.
func (s Span) Contains(off int) bool { return off >= s.Start && off < s.End }

// Reading is the one reading of a text that every analysis shares: its
// sentences and their tokens, split once. A tagging step fills each
// token's Tag and Lemma.
type Reading struct {
	// Sentences split the text (see Sentences).
	Sentences []Sentence
	// Tokens are every sentence's tokens, in order.
	Tokens []Token
	// Quotes are the stretches of direct speech (see Quotes).
	Quotes []Span
	// first[i] is the index in Tokens of sentence i's first token;
	// first[len(Sentences)] is len(Tokens).
	first []int
	// blocks[b] is the index of the first token that ends after byte
	// b*blockSize: TokenAt starts there and steps a few tokens on, instead
	// of a binary search over all of them (most of whose steps miss the
	// processor's cache in a long text).
	blocks []int32
}

// blockSize is the stretch of text, in bytes, one entry of Reading.blocks
// covers.
const blockSize = 32

// Read splits s into sentences (unless sents is given: text.Sentences of
// s) and each sentence into tokens.
func Read(s string, sents []Sentence) *Reading {
	if sents == nil {
		sents = Sentences(s)
	}
	r := &Reading{Sentences: sents, Tokens: make([]Token, 0, len(s)/4+1), first: make([]int, 0, len(sents)+1)}
	for _, sent := range sents {
		r.first = append(r.first, len(r.Tokens))
		r.Tokens = AppendWords(r.Tokens, s, sent)
	}
	r.first = append(r.first, len(r.Tokens))
	r.Quotes = Quotes(s)
	r.blocks = indexBlocks(r.Tokens, len(s))
	return r
}

// indexBlocks returns Reading.blocks for tokens of a text n bytes long.
func indexBlocks(toks []Token, n int) []int32 {
	blocks := make([]int32, n/blockSize+1)
	k := 0
	for b := range blocks {
		for k < len(toks) && toks[k].End <= b*blockSize {
			k++
		}
		blocks[b] = int32(k)
	}
	return blocks
}

// Words returns the tokens of sentence i.
func (r *Reading) Words(i int) []Token {
	if i < 0 || i+1 >= len(r.first) {
		return nil
	}
	return r.Tokens[r.first[i]:r.first[i+1]]
}

// First returns the index in Tokens of sentence i's first token.
func (r *Reading) First(i int) int { return r.first[i] }

// SentenceOf returns the index of the sentence that holds token k.
func (r *Reading) SentenceOf(k int) int {
	return sort.Search(len(r.first)-1, func(i int) bool { return r.first[i+1] > k })
}

// TokenAt returns the index of the token that covers byte offset off, or
// of the first token after it; len(Tokens) when none follows.
func (r *Reading) TokenAt(off int) int {
	b := off / blockSize
	if off < 0 || b >= len(r.blocks) {
		return sort.Search(len(r.Tokens), func(i int) bool { return r.Tokens[i].End > off })
	}
	k := int(r.blocks[b])
	for k < len(r.Tokens) && r.Tokens[k].End <= off {
		k++
	}
	return k
}
