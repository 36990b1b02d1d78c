package checker_test

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/olebedev/when"
	"github.com/olebedev/when/rules/common"
	"github.com/olebedev/when/rules/en"

	"github.com/copydesk/copydesk/checker"
	"github.com/copydesk/copydesk/checker/dates"
	"github.com/copydesk/copydesk/checker/entities"
	"github.com/copydesk/copydesk/checker/events"
	"github.com/copydesk/copydesk/checker/input"
	"github.com/copydesk/copydesk/checker/quantities"
	"github.com/copydesk/copydesk/checker/tagger"
	"github.com/copydesk/copydesk/checker/tense"
	"github.com/copydesk/copydesk/checker/text"
)

// benchSizes are the texts benchmarked: the ~800-word article, and 10 and
// 100 copies of it one after another.
var benchSizes = []struct {
	name string
	n    int
}{{"1x", 1}, {"10x", 10}, {"100x", 100}}

// benchText returns n copies of the bench article, blank-line separated.
func benchText(b *testing.B, n int) string {
	a := strings.TrimSpace(benchArticle(b))
	return strings.Repeat(a+"\n\n", n)
}

// BenchmarkCheck is the whole check: input, analyses, every rule, report.
func BenchmarkCheck(b *testing.B) {
	c, err := checker.New(checker.Options{})
	if err != nil {
		b.Fatal(err)
	}
	for _, sz := range benchSizes {
		b.Run(sz.name, func(b *testing.B) {
			doc := checker.Document{Text: benchText(b, sz.n), Format: "text", Published: pub}
			b.SetBytes(int64(len(doc.Text)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := c.Check(context.Background(), doc); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// variedText joins n different articles of the held-out fixtures (our own
// writing), so that costs growing with the variety of a copy's words and
// people show, which repeated copies of one article hide.
func variedText(b *testing.B, n int) string {
	paths, err := filepath.Glob("../fixtures/heldout/*/*.txt")
	if err != nil || len(paths) < n {
		b.Skipf("need %d held-out articles, found %d", n, len(paths))
	}
	var sb strings.Builder
	for _, p := range paths[:n] {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(raw)
		sb.WriteString("\n\n")
	}
	return sb.String()
}

// BenchmarkVaried is the whole check on 4, 16 and 48 different articles
// read as one copy in one section: linear cost keeps MB/s level across
// the three.
func BenchmarkVaried(b *testing.B) {
	c, err := checker.New(checker.Options{Workers: 1})
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{4, 16, 48} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			doc := checker.Document{Text: variedText(b, n), Format: "text", Published: pub}
			b.SetBytes(int64(len(doc.Text)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := c.Check(context.Background(), doc); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// whenAll finds every date in text with olebedev/when, paragraph by
// paragraph: Parse returns the first cluster of matches, so each paragraph
// is parsed again after the last match until nothing more is found.
func whenAll(w *when.Parser, text string) int {
	n := 0
	for _, para := range strings.Split(text, "\n\n") {
		for para != "" {
			r, err := w.Parse(para, pub)
			if err != nil || r == nil {
				break
			}
			n++
			para = para[r.Index+max(len(r.Text), 1):]
		}
	}
	return n
}

// BenchmarkWhen is olebedev/when (English and common rules) finding all
// dates of the same texts, as a yardstick for BenchmarkCheck.
func BenchmarkWhen(b *testing.B) {
	w := when.New(nil)
	w.Add(en.All...)
	w.Add(common.All...)
	for _, sz := range benchSizes {
		b.Run(sz.name, func(b *testing.B) {
			src := benchText(b, sz.n)
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			found := 0
			for b.Loop() {
				found = whenAll(w, src)
			}
			b.ReportMetric(float64(found), "dates")
		})
	}
}

// BenchmarkAnalyses times each analysis alone on the plain text, in the
// order Check runs them, plus input parsing.
func BenchmarkAnalyses(b *testing.B) {
	for _, sz := range benchSizes {
		src := benchText(b, sz.n)
		sents := text.Sentences(src)
		ds := dates.Resolve(src, pub, dates.Options{})
		rd := tagger.Default().Read(src, sents)
		qs := quantities.FindIn(src, sents)
		steps := []struct {
			name string
			run  func()
		}{
			{"input", func() {
				if _, err := input.Parse([]byte(src), input.Text); err != nil {
					b.Fatal(err)
				}
			}},
			{"sentences", func() { text.Sentences(src) }},
			{"reading", func() { tagger.Default().Read(src, sents) }},
			{"tense", func() {
				for _, s := range sents {
					tense.Analyze(src, s)
				}
			}},
			{"dates", func() { dates.Resolve(src, pub, dates.Options{}) }},
			{"quantities", func() { quantities.Find(src) }},
			{"entities", func() {
				entities.Analyze(entities.Input{Text: src, Reading: rd, Dates: ds, Quantities: qs})
			}},
			{"events", func() { events.Analyze(src, sents, ds) }},
		}
		for _, st := range steps {
			b.Run(st.name+"/"+sz.name, func(b *testing.B) {
				b.SetBytes(int64(len(src)))
				b.ReportAllocs()
				for b.Loop() {
					st.run()
				}
			})
		}
	}
}

// BenchmarkVersusWhen alternates the whole check and olebedev/when on the
// same text within each iteration, so that a loaded machine slows both
// alike, and reports each one's time per op and their ratio (the budget:
// check/when at most 0.25).
func BenchmarkVersusWhen(b *testing.B) {
	c, err := checker.New(checker.Options{})
	if err != nil {
		b.Fatal(err)
	}
	w := when.New(nil)
	w.Add(en.All...)
	w.Add(common.All...)
	for _, sz := range benchSizes {
		b.Run(sz.name, func(b *testing.B) {
			doc := checker.Document{Text: benchText(b, sz.n), Format: "text", Published: pub}
			var tc, tw time.Duration
			for b.Loop() {
				start := time.Now()
				if _, err := c.Check(context.Background(), doc); err != nil {
					b.Fatal(err)
				}
				mid := time.Now()
				whenAll(w, doc.Text)
				tc, tw = tc+mid.Sub(start), tw+time.Since(mid)
			}
			b.ReportMetric(float64(tc.Nanoseconds())/float64(b.N), "check-ns/op")
			b.ReportMetric(float64(tw.Nanoseconds())/float64(b.N), "when-ns/op")
			b.ReportMetric(float64(tc)/float64(tw), "check/when")
		})
	}
}
