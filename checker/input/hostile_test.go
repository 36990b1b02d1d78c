package input

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestHostile feeds inputs built to break recursion or to make naive
// scanners quadratic; each must parse quickly with a sound offset map.
func TestHostile(t *testing.T) {
	const n = 50000
	for _, tc := range []struct {
		name   string
		format Format
		raw    string
		err    bool
	}{
		{"html deep divs", HTML, strings.Repeat("<div>", n) + "deep text" + strings.Repeat("</div>", n), false},
		{"html deep unclosed", HTML, "<article>" + strings.Repeat("<b><i>", n) + "x", false},
		{"html deep skipped", HTML, strings.Repeat("<nav>", n) + "x" + strings.Repeat("</svg>", n) + "<p>y</p>", false},
		{"html many entities", HTML, "<p>" + strings.Repeat("&amp;&#1;&#xFFFFFFFF;&ampx&", n) + "</p>", false},
		{"html unterminated tag", HTML, "<p>text <a href=\"" + strings.Repeat("x", 10*n), false},
		{"nitf deep", NITF, "<nitf><body><body.content><p>" + strings.Repeat("<em>", n) + "x" + strings.Repeat("</em>", n) + "</p></body.content></body></nitf>", false},
		{"nitf unclosed deep", NITF, "<nitf>" + strings.Repeat("<p>", n), true},
		{"md brackets", Markdown, strings.Repeat("[", n) + "x" + strings.Repeat("](", n), false},
		{"md unclosed links", Markdown, strings.Repeat("[a](b", n), false},
		{"md nested unclosed links", Markdown, strings.Repeat("[", n) + strings.Repeat("](x", n), false},
		{"md nested empty refs", Markdown, strings.Repeat("[", n) + strings.Repeat("][]", n) + "\n\n[x]: y", false},
		{"md backticks", Markdown, func() string {
			var sb strings.Builder
			for i := 1; i < 400; i++ {
				sb.WriteString(strings.Repeat("`", i) + "x")
			}
			return sb.String()
		}(), false},
		{"md emphasis", Markdown, strings.Repeat("*_~", n) + "x", false},
		{"md tags", Markdown, strings.Repeat("<a ", n), false},
		{"md comments", Markdown, strings.Repeat("<!--", n), false},
		{"md quotes", Markdown, strings.Repeat(">", n) + " x\n" + strings.Repeat("> ", n) + "y", false},
		{"md escapes", Markdown, strings.Repeat("\\", n) + "\n" + strings.Repeat("&#", n), false},
		{"md list markers", Markdown, strings.Repeat("- ", n) + "x", false},
		{"text invalid utf8", Text, strings.Repeat("\xff\xc3", n), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			d, err := Parse([]byte(tc.raw), tc.format)
			assert.Less(t, time.Since(start), 2*time.Second, "too slow")
			if tc.err {
				require.Error(t, err)
				return
			}
			require.NoError(t, err)
			require.NoError(t, mapError([]byte(tc.raw), d, true))
		})
	}
}

// TestLinear checks that a 16 times longer article takes about 16 times
// as long to read, in each format, and nowhere near the 256 times a
// quadratic reader would take.
func TestLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	para := "The minister *will* visit [Canada](https://x.ca) &amp; Norland on Monday, officials said.\n"
	build := map[Format]func(k int) string{
		Text:     func(k int) string { return strings.Repeat(para+"\n", k) },
		Markdown: func(k int) string { return strings.Repeat(para+"\n", k) },
		HTML:     func(k int) string { return "<article>" + strings.Repeat("<p>"+para+"</p>", k) + "</article>" },
		NITF: func(k int) string {
			return "<nitf><body><body.content>" + strings.Repeat("<p>"+strings.ReplaceAll(para, "&amp;", "&amp;amp;")+"</p>", k) + "</body.content></body></nitf>"
		},
	}
	for f, mk := range build {
		measure := func(k int) time.Duration {
			raw := []byte(mk(k))
			best := time.Hour
			for range 5 {
				start := time.Now()
				_, err := Parse(raw, f)
				require.NoError(t, err)
				best = min(best, time.Since(start))
			}
			return best
		}
		// timing is noisy on a busy machine: a quadratic reader fails
		// every attempt, a linear one passes at least one
		var small, large time.Duration
		for range 3 {
			small, large = measure(500), measure(8000)
			if large < 64*small+time.Millisecond {
				break
			}
		}
		assert.Less(t, large, 64*small+time.Millisecond, "%s: 16x input took %v vs %v", f, large, small)
	}
}

// BenchmarkParse reads an 800-word article in each format.
func BenchmarkParse(b *testing.B) {
	para := "The minister will visit Canada in the first half of 2025, her office said on Monday, and talks resume on Feb. 18. "
	body := strings.Repeat(para, 40) // about 800 words
	for _, tc := range []struct {
		f   Format
		raw string
	}{
		{Text, body},
		{Markdown, "---\ndate: 2026-02-04\n---\n# Title\n\n" + strings.ReplaceAll(body, "2025,", "*2025*,")},
		{HTML, "<html><body><nav>x</nav><article><p>" + strings.ReplaceAll(body, "2025,", "<em>2025</em>,") + "</p></article></body></html>"},
		{NITF, "<nitf><body><body.content><p>" + body + "</p></body.content></body></nitf>"},
	} {
		raw := []byte(tc.raw)
		b.Run(string(tc.f), func(b *testing.B) {
			b.SetBytes(int64(len(raw)))
			for b.Loop() {
				if _, err := Parse(raw, tc.f); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
