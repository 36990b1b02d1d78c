package checker_test

import (
	"context"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/copydesk/copydesk/checker"
)

// pub is the publication date the hostile inputs are checked against.
var pub = time.Date(2026, 2, 4, 0, 0, 0, 0, time.UTC)

// benchArticle reads the invented ~800-word story the benchmarks use.
func benchArticle(tb testing.TB) string {
	raw, err := os.ReadFile("testdata/bench-article.txt")
	require.NoError(tb, err)
	return string(raw)
}

// repeatTo repeats s (joined by sep) until the result holds at least n bytes.
func repeatTo(s, sep string, n int) string {
	var b strings.Builder
	b.Grow(n + len(s) + len(sep))
	for b.Len() < n {
		b.WriteString(s)
		b.WriteString(sep)
	}
	return b.String()
}

// checkWithin runs Check in a goroutine and fails the test if it has not
// returned within hang of wall time (a hang must fail the test, not stall
// the suite) or used more than budget of CPU time. The CPU budget is the
// real bound: on a loaded machine (CI, or helpers fuzzing beside us) wall
// time says more about the neighbours than about the checker.
func checkWithin(t *testing.T, ctx context.Context, c *checker.Checker, doc checker.Document, budget, hang time.Duration) (checker.Report, error) {
	t.Helper()
	type result struct {
		rep checker.Report
		err error
	}
	done := make(chan result, 1)
	start, cpu0 := time.Now(), cpuTime()
	go func() {
		rep, err := c.Check(ctx, doc)
		done <- result{rep, err}
	}()
	select {
	case r := <-done:
		cpu := cpuTime() - cpu0
		t.Logf("%d bytes checked in %v (CPU %v): %d findings, %d dates, err %v",
			len(doc.Text), time.Since(start).Round(time.Millisecond), cpu.Round(time.Millisecond),
			len(r.rep.Findings), len(r.rep.Dates), r.err)
		if cpu > budget {
			t.Errorf("Check used %v of CPU on %d bytes, budget %v", cpu, len(doc.Text), budget)
		}
		return r.rep, r.err
	case <-time.After(hang):
		t.Fatalf("Check did not return within %v on %d bytes", hang, len(doc.Text))
		return checker.Report{}, nil
	}
}

// assertWellFormed checks what every report promises: spans are byte
// ranges of the caller's input in order, and findings are sorted.
func assertWellFormed(t *testing.T, input string, rep checker.Report) {
	t.Helper()
	span := func(what string, s checker.Span) {
		if s.Start < 0 || s.Start > s.End || s.End > len(input) {
			t.Errorf("%s span [%d,%d) outside input of %d bytes", what, s.Start, s.End, len(input))
		}
		if s.Line < 1 || s.Column < 1 {
			t.Errorf("%s span [%d,%d) at line %d column %d", what, s.Start, s.End, s.Line, s.Column)
		}
	}
	for i, f := range rep.Findings {
		span("finding "+f.Rule, f.Span)
		for _, r := range f.Related {
			span("related of "+f.Rule, r.Span)
		}
		if i > 0 {
			p := rep.Findings[i-1]
			if p.Span.Start > f.Span.Start || (p.Span.Start == f.Span.Start && p.Span.End > f.Span.End) {
				t.Errorf("findings out of order: [%d,%d) before [%d,%d)", p.Span.Start, p.Span.End, f.Span.Start, f.Span.End)
			}
		}
		if f.Rule == checker.InternalErrorRule {
			t.Errorf("internal error: %s", f.Message)
		}
	}
	for _, d := range rep.Dates {
		span("date "+d.Value, d.Span)
	}
}

// binary returns n bytes of fixed pseudo-random noise.
func binary(n int) string {
	r := rand.New(rand.NewPCG(1, 2))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return string(b)
}

// tickRuns returns code-span openers of every length up to n, none closed:
// a CommonMark parser that looks for each one's closer is quadratic here.
func tickRuns(n int) string {
	var b strings.Builder
	for i := 1; i < n; i++ {
		b.WriteString(strings.Repeat("`", i) + "a ")
	}
	return b.String()
}

// hostile lists the inputs of issue 7 that must give a report or a clear
// error, never a panic or a hang.
func hostile(tb testing.TB) []struct {
	name, format, text string
} {
	article := benchArticle(tb)
	oneDate := "the talks resumed on March 3, 2025, "
	return []struct{ name, format, text string }{
		{"empty", "", ""},
		{"empty html", "html", ""},
		{"only spaces", "text", "   \n\n\t  "},
		{"binary", "", binary(64 << 10)},
		{"binary as html", "html", binary(64 << 10)},
		{"binary as nitf", "nitf", binary(64 << 10)},
		{"binary as markdown", "markdown", binary(64 << 10)},
		{"invalid utf-8", "text", "On Feb. 3, 2026 \xff\xfe the minister \xc3 said 5 \xe2\x82 people died on Monday.\xf0\x9f"},
		{"invalid utf-8 article", "text", strings.ReplaceAll(article, "e", "\xe9")},
		{"nul bytes", "text", strings.ReplaceAll(article, " ", "\x00")},
		{"nul bytes html", "html", "<p>On\x00Monday\x00, 12\x00people</p>\x00<div>\x00</div>"},
		{"1 MB line of sentences", "text", repeatTo("The minister said on March 3, 2025 that 12 people had died in the first half of the year.", " ", 1<<20)},
		{"1 MB line, one sentence", "text", repeatTo("the minister and 12 ministers visited Paris on Monday and said", " ", 1<<20)},
		{"1 MB line, no spaces", "text", strings.Repeat("x", 1<<20)},
		{"1 MB line of digits", "text", strings.Repeat("9", 1<<20)},
		{"60,000 dates, one sentence", "text", strings.Repeat(oneDate, 60000)},
		{"60,000 dates, sentences", "text", strings.Repeat("Talks resumed on March 3, 2025. ", 60000)},
		{"60,000 relative dates", "text", strings.Repeat("He arrived on Monday and left last week. ", 30000)},
		{"huge number", "text", "The fund holds 99999999999999999999 crowns, up from 99999999999999999998 in 2025, and 99999999999999999999 people, 99999999999999999999 years old, were born in 99999999999999999999."},
		{"1e400", "text", "The deficit reached 1e400 dollars, or 1e400 percent, on 1e400 March; 1.5e400 people said 1e-400 times."},
		{"year 0", "text", "The city was founded in the year 0, on Jan. 1, 0, and on 0000-01-01 and 00/00/0000 and in 0 BC; it is 2026 years old."},
		{"year 99999", "text", "The vault opens on Dec. 31, 99999, in 99999 and on 99999-12-31; in the 99999s it will be 97973 years old."},
		{"negative and huge years", "text", "In -5000 and 9999999999 and in March 9999999999999999999 the minister, 999999999999 years old, was born in 1."},
		{"html nested 50,000 deep", "html", strings.Repeat("<div>", 50000) + "On Monday 12 people met." + strings.Repeat("</div>", 50000)},
		{"html unclosed 50,000 deep", "html", strings.Repeat("<b><i>", 25000) + "On Monday 12 people met."},
		{"nitf nested 50,000 deep", "nitf", "<nitf><body><body.content>" + strings.Repeat("<p>", 50000) + "On Monday 12 people met." + strings.Repeat("</p>", 50000) + "</body.content></body></nitf>"},
		{"markdown nested 50,000 deep", "markdown", strings.Repeat(">", 50000) + " On Monday\n" + strings.Repeat("- ", 50000) + "12 people" + strings.Repeat("[", 50000)},
		{"markdown emphasis runs", "markdown", strings.Repeat("*", 50000) + "a " + strings.Repeat("*a **", 30000)},
		{"markdown code-span runs", "markdown", tickRuns(300)},
		{"markdown unclosed links", "markdown", strings.Repeat("[a](", 50000) + strings.Repeat("![", 50000)},
		{"markdown 20,000 link references", "markdown", strings.Repeat("[a]: b\n", 20000) + strings.Repeat("[a] ", 20000)},
		{"markdown autolinks", "markdown", strings.Repeat("<http://", 50000)},
		{"huge character references", "html", strings.Repeat("&#99999999999;&amp", 30000)},
		{"5 MB article", "text", repeatTo(article, "\n", 5<<20)},
	}
}

func TestHostileInputs(t *testing.T) {
	c, err := checker.New(checker.Options{})
	require.NoError(t, err)
	for _, tc := range hostile(t) {
		t.Run(tc.name, func(t *testing.T) {
			doc := checker.Document{Text: tc.text, Format: tc.format, Published: pub}
			if testing.Short() && len(tc.text) > 1<<20 {
				t.Skip("multi-megabyte input: skipped with -short")
			}
			rep, err := checkWithin(t, context.Background(), c, doc, slowdown*5*time.Second, slowdown*time.Minute)
			if err != nil {
				// A clear error names the problem; it is never a panic.
				assert.NotEmpty(t, err.Error())
				return
			}
			assertWellFormed(t, tc.text, rep)
		})
	}
}
