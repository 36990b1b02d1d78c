package dates

import (
	"os"
	"strings"
	"testing"

	"github.com/olebedev/when"
	"github.com/olebedev/when/rules/common"
	"github.com/olebedev/when/rules/en"
	"github.com/stretchr/testify/require"
)

// benchArticle is an invented ~860-word news story, repeated n times.
func benchArticle(b testing.TB, n int) string {
	data, err := os.ReadFile("testdata/article.txt")
	require.NoError(b, err)
	return strings.Repeat(string(data)+"\n", n)
}

func newWhen() *when.Parser {
	w := when.New(nil)
	w.Add(en.All...)
	w.Add(common.All...)
	return w
}

// whenAll finds every date olebedev/when sees in text, paragraph by
// paragraph, by parsing again after each match.
func whenAll(w *when.Parser, text string) int {
	n := 0
	for _, para := range strings.Split(text, "\n") {
		for off := 0; off < len(para); {
			r, err := w.Parse(para[off:], newsRef)
			if err != nil || r == nil {
				break
			}
			n++
			off += r.Index + max(len(r.Text), 1)
		}
	}
	return n
}

func benchResolve(b *testing.B, n int) {
	text := benchArticle(b, n)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		Resolve(text, newsRef, Options{})
	}
}

func benchWhen(b *testing.B, n int) {
	text := benchArticle(b, n)
	w := newWhen()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		whenAll(w, text)
	}
}

func BenchmarkResolve1x(b *testing.B)   { benchResolve(b, 1) }
func BenchmarkResolve10x(b *testing.B)  { benchResolve(b, 10) }
func BenchmarkResolve100x(b *testing.B) { benchResolve(b, 100) }
func BenchmarkWhen1x(b *testing.B)      { benchWhen(b, 1) }
func BenchmarkWhen10x(b *testing.B)     { benchWhen(b, 10) }
func BenchmarkWhen100x(b *testing.B)    { benchWhen(b, 100) }

// TestWhenAdds measures what olebedev/when would add on the news
// expressions: how many it resolves right (its answer is an instant, so only
// one-day intervals can be right), how many of our misses it gets, and how
// many date-free sentences it finds dates in.
func TestWhenAdds(t *testing.T) {
	cases := loadNews(t)
	w := newWhen()
	var oursRight, whenRight, whenFixes, whenFalse, free int
	for _, c := range cases {
		r, err := w.Parse(c.Context, newsRef)
		require.NoError(t, err)
		if c.Expression == "" {
			free++
			if r != nil {
				whenFalse++
			}
			continue
		}
		ours, _ := newsHit(c, Resolve(c.Context, newsRef, Options{}))
		if ours {
			oursRight++
		}
		whenOK := false
		if r != nil {
			d := r.Time.Format("2006-01-02")
			for _, a := range c.Accept {
				if d == a.From && r.Time.AddDate(0, 0, 1).Format("2006-01-02") == a.To {
					whenOK = true
				}
			}
		}
		if whenOK {
			whenRight++
			if !ours {
				whenFixes++
				t.Logf("when gets %s %q, which we miss", c.ID, c.Expression)
			}
		}
	}
	t.Logf("ours %d/92; when %d/92; when right where we miss: %d; when finds dates in %d of %d date-free sentences",
		oursRight, whenRight, whenFixes, whenFalse, free)
}
