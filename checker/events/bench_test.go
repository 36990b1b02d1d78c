package events

import (
	"os"
	"testing"

	"github.com/copydesk/copydesk/checker/dates"
	"github.com/copydesk/copydesk/checker/tense"
	"github.com/copydesk/copydesk/checker/text"
)

// BenchmarkAnalyze times the event model alone on the ~800-word bench
// article, as Check runs it: sentences, dates and the shared tense cache
// are built (and the cache filled) before the clock starts.
func BenchmarkAnalyze(b *testing.B) {
	raw, err := os.ReadFile("../testdata/bench-article.txt")
	if err != nil {
		b.Skipf("bench article not available: %v", err)
	}
	src := string(raw)
	sents := text.Sentences(src)
	tc := tense.NewCache(src, sents)
	ds := dates.Resolve(src, ref, dates.Options{Tense: tc})
	opts := Options{Tense: tc}
	AnalyzeWith(src, sents, ds, opts) // fill the tense cache
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		AnalyzeWith(src, sents, ds, opts)
	}
}
