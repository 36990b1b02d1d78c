package text

import (
	"os"
	"strings"
	"testing"
)

// article reads the ~850-word invented article, repeated n times.
func article(b *testing.B, n int) string {
	raw, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	return strings.Repeat(string(raw)+"\n", n)
}

func benchSentences(b *testing.B, n int) {
	s := article(b, n)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Sentences(s)
	}
}

func BenchmarkSentences1x(b *testing.B)   { benchSentences(b, 1) }
func BenchmarkSentences10x(b *testing.B)  { benchSentences(b, 10) }
func BenchmarkSentences100x(b *testing.B) { benchSentences(b, 100) }

func benchWords(b *testing.B, n int) {
	s := article(b, n)
	sents := Sentences(s)
	buf := make([]Token, 0, 256)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		for _, sent := range sents {
			buf = AppendWords(buf[:0], s, sent)
		}
	}
}

func BenchmarkWords1x(b *testing.B)   { benchWords(b, 1) }
func BenchmarkWords10x(b *testing.B)  { benchWords(b, 10) }
func BenchmarkWords100x(b *testing.B) { benchWords(b, 100) }
