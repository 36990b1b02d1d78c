package tense

import (
	"os"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/checker/text"
)

// timeWords stand in for the date expressions the resolver would ask about.
var timeWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "january": true,
	"february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true,
	"november": true, "december": true, "year": true, "month": true,
	"week": true, "spring": true, "winter": true, "now": true,
}

type query struct {
	sent       text.Sentence
	start, end int
}

// queries reads the invented article (repeated n times) and lists every
// time word and number in it, as the date resolver would ask about them.
func queries(b *testing.B, n int) (string, []query) {
	raw, err := os.ReadFile("../text/testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	src := strings.Repeat(string(raw)+"\n", n)
	var qs []query
	for _, s := range text.Sentences(src) {
		for _, t := range text.Words(src, s) {
			if t.Kind == text.Number || timeWords[t.Lower] {
				qs = append(qs, query{s, t.Start, t.End})
			}
		}
	}
	return src, qs
}

// benchArticle splits the text and asks the tense at every query, as one
// article check would.
func benchArticle(b *testing.B, n int) {
	src, qs := queries(b, n)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		text.Sentences(src)
		for _, q := range qs {
			At(src, q.sent, q.start, q.end)
		}
	}
	b.ReportMetric(float64(len(qs)), "queries")
}

// benchAnalyze is benchArticle with each sentence analysed once.
func benchAnalyze(b *testing.B, n int) {
	src, qs := queries(b, n)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		text.Sentences(src)
		var a *Analysis
		last := text.Sentence{Start: -1}
		for _, q := range qs {
			if q.sent != last {
				a, last = Analyze(src, q.sent), q.sent
			}
			a.At(q.start, q.end)
		}
	}
	b.ReportMetric(float64(len(qs)), "queries")
}

func BenchmarkSplitAndAnalyze1x(b *testing.B)   { benchAnalyze(b, 1) }
func BenchmarkSplitAndAnalyze10x(b *testing.B)  { benchAnalyze(b, 10) }
func BenchmarkSplitAndAnalyze100x(b *testing.B) { benchAnalyze(b, 100) }

func BenchmarkSplitAndTense1x(b *testing.B)   { benchArticle(b, 1) }
func BenchmarkSplitAndTense10x(b *testing.B)  { benchArticle(b, 10) }
func BenchmarkSplitAndTense100x(b *testing.B) { benchArticle(b, 100) }

// BenchmarkAt is one query on a typical sentence.
func BenchmarkAt(b *testing.B) {
	src := "Putin’s foreign affairs adviser Yuri Ushakov briefed reporters after the call, confirming that Putin will visit China in the first half of 2025."
	s := text.Sentence{Start: 0, End: len(src)}
	at := strings.Index(src, "2025")
	b.ReportAllocs()
	for b.Loop() {
		At(src, s, at, at+4)
	}
}
