package tagger

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/checker/text"
)

// paragraph is invented news copy for the benchmark.
const paragraph = `The city council voted 7-2 on Tuesday to approve a $48.5 million ferry terminal on the east waterfront, ending a debate that began in 2023. Construction is expected to start in June, according to Mayor Elena Ruiz, who said the project would create about 300 jobs. "This is the most important decision we have made in a generation," Ruiz told reporters after the vote. Critics, including the East Shore Neighbors Association, warned that the cost estimates were too optimistic and that traffic near the old pier would worsen. The state's transport agency, which will pay for 40% of the terminal, declined to comment. Shares in Harbor Lines Inc. rose 3.2% in early trading on Wednesday.
`

// BenchmarkTag tags one paragraph over and over: its features stay in the
// CPU's caches, so it measures the tagger at its fastest.
func BenchmarkTag(b *testing.B) {
	src := paragraph
	var sents [][]text.Token
	for _, s := range text.Sentences(src) {
		sents = append(sents, text.Words(src, s))
	}
	tg := Default()
	dst := make([]Tag, 0, 256)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, toks := range sents {
			dst = tg.Tag(src, toks, dst[:0])
		}
	}
}

// corpusPath is real news text, relative to this package: the TempEval-3
// TBAQ articles of the project's shared evaluation data.
const corpusPath = "../../../shared/eval/te3-tbaq.jsonl"

// corpus returns the texts of the first n articles of corpusPath, one
// after another, or skips b when the file is not there.
func corpus(b *testing.B, n int) string {
	b.Helper()
	f, err := os.Open(corpusPath)
	if err != nil {
		b.Skipf("news corpus not found: %v", err)
	}
	defer f.Close()
	var sb strings.Builder
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for i := 0; i < n && sc.Scan(); i++ {
		var doc struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &doc); err != nil {
			b.Fatal(err)
		}
		sb.WriteString(doc.Text)
		sb.WriteString("\n\n")
	}
	if err := sc.Err(); err != nil {
		b.Fatal(err)
	}
	return sb.String()
}

// BenchmarkReadCorpus reads 200 real news articles (about 430 KB) as the
// checker does: tokens, tags and lemmas. Varied text misses the CPU's
// caches as one paragraph does not.
func BenchmarkReadCorpus(b *testing.B) {
	src := corpus(b, 200)
	tg := Default()
	tg.Read(src, nil)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		tg.Read(src, nil)
	}
}

// BenchmarkTagCorpus tags the same articles, tokenized ahead: the
// tagger's share of BenchmarkReadCorpus.
func BenchmarkTagCorpus(b *testing.B) {
	src := corpus(b, 200)
	var sents [][]text.Token
	for _, s := range text.Sentences(src) {
		sents = append(sents, text.Words(src, s))
	}
	tg := Default()
	dst := make([]Tag, 0, 1024)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, toks := range sents {
			dst = tg.Tag(src, toks, dst[:0])
		}
	}
}
