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
// Python"). Each token has 23 hashed features of its word and its
// neighbours' (words, the last three bytes of the next word, shapes,
// capitals, the tags a lexicon allows them) joined in places with the tags
// already given, plus the last two tags. As in Ratnaparkhi's tagger, only
// a word out of the lexicon has the 7 features of its spelling (1–4 byte
// suffixes, prefixes, shape). Features are hashed from the tokens' bytes
// with FNV-1a and a salt per feature, so tagging builds no strings.
//
// A lexicon learnt from the training data limits each word's candidate
// tags to those it was seen with (for a word not in it, the 16 tags that
// at least 0.5% of rare words took). A word seen at least 20 times with
// one tag at least 97% of the time ("the", "of", ",") takes that tag
// without scoring; the pieces of "..." and of quotes written as two
// backquotes or apostrophes are told from a mark alone. Weights smaller than
// half an update are dropped, the 35% of features of the most weight kept
// and quantised to a byte; the two tags before a token are summed ahead
// into one table.
//
// The features live in a table of 64-byte buckets, one cache line each: a
// word of fingerprints that a feature's bucket is searched by without a
// branch, and cells of up to four weights, or the number of a row of
// weights for every tag. A feature is looked for in its bucket only; the
// lightest that find it full are left out. So scoring a token reads one
// line per feature, and the tables, 1.4 MB, mostly stay in the CPU's
// caches on varied text.
//
// After the model, Tag settles past tenses against participles by the
// rule that a clause has one finite verb (news differs from web text: "The
// minister resigned on Tuesday", not "the photos posted on Tuesday").
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
// XPOS (Penn tag) 94.09%, UPOS 94.12% by UPOSAt (92.82% by UPOSOf, 86.94%
// by Tag.UPOS). On the words text.AppendWords gives: XPOS 93.76%, UPOS
// 93.23%. (The model before this one, of all 28 features and 12 MB of
// tables: 94.27% and 94.00%.)
// TestAccuracyEWT measures this when ../../../shared/eval/ud-ewt is there.
// The commonest errors are NN/NNP (web text is loose with capitals) and
// JJ/NN.
//
// # Speed and size
//
// BenchmarkReadCorpus reads 200 real news articles (430 KB of TempEval-3
// TBAQ) as the checker does: tokens, tags and lemmas. Tagging them alone
// (BenchmarkTagCorpus) runs at about 16 MB/s on one core of the
// development machine, when it is busy, and reading them at about 8 MB/s:
// 2.3 to 2.6 and 1.8 to 2 times the speed of the model before this one,
// measured back to back. On one paragraph tagged over and over
// (BenchmarkTag), all of it in the caches, it is about 26 MB/s, 1.4
// times.
// Tag allocates nothing given a dst with room. The weights file
// model/ewt.bin is 380 KB (flate-compressed); Default decodes it on first
// use, in about 12 ms, into 1.4 MB of tables.
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
