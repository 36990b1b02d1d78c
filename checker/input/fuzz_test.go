package input

import (
	"os"
	"path/filepath"
	"testing"
)

// fuzzParse is the body of every fuzz target: parsing must not panic, and
// when it succeeds the offset map must be monotone and within raw (and, for
// plain text, exact: markup may join words that are apart in the input).
func fuzzParse(t *testing.T, f Format, raw []byte) {
	d, err := Parse(raw, f)
	if err != nil {
		return
	}
	if d.Format != f {
		t.Fatalf("format %q, want %q", d.Format, f)
	}
	if err := mapError(raw, d, f == Text); err != nil {
		t.Fatal(err)
	}
}

// seed adds the fixtures and a few snippets of the format to the corpus.
func seed(f *testing.F, fixture string, snippets ...string) {
	if raw, err := os.ReadFile(filepath.Join(formatsDir, fixture)); err == nil {
		f.Add(raw)
	}
	for _, s := range snippets {
		f.Add([]byte(s))
	}
}

func FuzzParseText(f *testing.F) {
	seed(f, "story.txt", "", "\xef\xbb\xbfx", "a\r\nb\xff")
	f.Fuzz(func(t *testing.T, raw []byte) { fuzzParse(t, Text, raw) })
}

func FuzzParseMarkdown(f *testing.F) {
	seed(f, "story.md",
		"---\ndate: 2026-02-04\n---\n# T\n\n*a* [b](c \"d\") ![e](f) `g` <h> &amp; \\* <!-- i -->\n\n> j\n- k\n1. l\n\n[m]: n",
		"```\ncode\n```\n~~x~~ __y__ [z][m]\nSetext\n---\n",
	)
	f.Fuzz(func(t *testing.T, raw []byte) { fuzzParse(t, Markdown, raw) })
}

func FuzzParseHTML(f *testing.F) {
	seed(f, "story.html",
		`<meta property="article:published_time" content="2026-02-04"><article><h1>T</h1><p>a &amp; b<br>c</p><nav>n</nav></article>`,
		`<main><p>x<time datetime="20260204">y</time></p></main><script>z</script>`,
		`<body><header>h</header><div hidden>d</div><p>p &notin; &#x41 &</p>`,
	)
	f.Fuzz(func(t *testing.T, raw []byte) { fuzzParse(t, HTML, raw) })
}

func FuzzParseNITF(f *testing.F) {
	seed(f, "story.nitf.xml",
		`<nitf><head><docdata><date.issue norm="20260204T083000Z"/></docdata></head><body><body.head><hedline><hl1>H &amp; h</hl1></hedline></body.head><body.content><p>a <![CDATA[b]]> c</p></body.content></body></nitf>`,
		"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><nitf><body><body.content><p>\xe9</p></body.content></body></nitf>",
	)
	f.Fuzz(func(t *testing.T, raw []byte) { fuzzParse(t, NITF, raw) })
}
