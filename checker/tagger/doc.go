// Package tagger gives Penn Treebank part-of-speech tags to the tokens of
// package text.
//
//	toks := text.AppendWords(nil, src, sent)
//	tags := tagger.Default().Tag(src, toks, nil) // one Tag per token
//	if tags[i].IsPastTense() { ... }
//
// # Model
//
// An averaged perceptron, tagging greedily left to right (Collins 2002; the
// design of Honnibal's "A good part-of-speech tagger in about 200 lines of
// Python"). Each token has 28 hashed features of its word and its
// neighbours' (words, 1–4 byte suffixes, prefixes, shapes, capitals, the
// tags a lexicon allows them) joined in places with the tags already given,
// plus the last two tags. Features are hashed from the tokens' bytes with
// FNV-1a and a salt per feature, so tagging builds no strings.
//
// A lexicon learnt from the training data limits each word's candidate
// tags to those it was seen with (all the open-class tags for a word not in
// it). A word seen at least 20 times with one tag at least 97% of the time
// ("the", "of", ",") takes that tag without scoring. Weights smaller than
// half an update are dropped and the rest quantised to int16; the two tags
// before a token are summed ahead into one table.
//
// # Data and accuracy
//
// Trained on Universal Dependencies English EWT (web text: blogs, reviews,
// e-mail, answers), train split, 12 543 sentences; the epoch was chosen on
// dev. Each training sentence is learnt both as the treebank's own words and,
// where that differs, as text.AppendWords splits its text ("search-engine"
// as one word, taking the tag of the word that heads it).
//
// On the EWT test split (25 094 words), with the treebank's words:
// XPOS (Penn tag) 94.3%, UPOS 94.3% by UPOSAt (93.0% by UPOSOf, 87.1% by
// Tag.UPOS). On the words text.AppendWords gives: XPOS 94.0%, UPOS 93.4%.
// TestAccuracyEWT measures this when ../../../shared/eval/ud-ewt is there.
// The commonest errors are NN/NNP (web text is loose with capitals) and
// JJ/NN. News differs from web text: a past tense verb right after its
// subject and before a preposition ("The minister resigned on Tuesday")
// can come out VBN.
//
// # Speed and size
//
// About 28 MB/s of news text on one core of the development machine
// (5 million tokens a second; BenchmarkTag; tokenizing not included), with
// no allocation given a dst with room. The weights file model/ewt.bin is
// 2.6 MB (flate-compressed); Default decodes it on first use, in about
// 75 ms, into about 12 MB of tables.
//
// # Training
//
// From this directory, with the treebank in ../../../shared/eval/ud-ewt:
//
//	go generate   # go run ./internal/train -ud ../../../shared/eval/ud-ewt -out model/ewt.bin
//
// Training is deterministic (fixed shuffling seed) and takes about 20
// seconds; two runs write the same bytes.
//
// # Licence of the weights
//
// The weights are derived from UD English EWT and carry its licence,
// Creative Commons Attribution-ShareAlike 4.0: see model/NOTICE and
// model/LICENSE. The treebank itself is not part of this repository.
package tagger
