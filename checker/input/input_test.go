package input

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestParseFormat(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Format
		err  bool
	}{
		{"", "", false},
		{"text", Text, false},
		{"Markdown", Markdown, false},
		{"md", Markdown, false},
		{"html", HTML, false},
		{"NITF", NITF, false},
		{"docx", "", true},
	} {
		got, err := ParseFormat(tc.in)
		if tc.err {
			require.Error(t, err, tc.in)
			assert.Contains(t, err.Error(), `"`+tc.in+`"`)
			continue
		}
		require.NoError(t, err, tc.in)
		assert.Equal(t, tc.want, got, tc.in)
	}
}

func TestDetect(t *testing.T) {
	for _, tc := range []struct {
		name, raw string
		want      Format
	}{
		{"a.md", "plain words", Markdown},
		{"a.MARKDOWN", "", Markdown},
		{"a.htm", "", HTML},
		{"story.nitf.xml", "", NITF},
		{"a.nitf", "", NITF},
		{"a.txt", "# looks like markdown", Text},
		{"", "OTTAWA, Feb. 4, 2026 (Copydesk) — The minister said.", Text},
		{"", "Prices rose 5 * 3 percent_points.\n\nMore text.", Text},
		{"", "---\ndate: 2026-02-04\n---\nBody", Markdown},
		{"", "Intro\n\n## Section\n\nBody", Markdown},
		{"", "See [the report](https://example.com/r) today.", Markdown},
		{"", "\xef\xbb\xbf<!DOCTYPE html><html><body><p>x</p></body></html>", HTML},
		{"", "  <div><p>fragment</p></div>", HTML},
		{"", `<?xml version="1.0"?>` + "\n<nitf><body/></nitf>", NITF},
		{"", "<unknown>text</unknown>", Text},
		{"", "", Text},
	} {
		assert.Equal(t, tc.want, Detect(tc.name, []byte(tc.raw)), "%s %q", tc.name, tc.raw)
	}
}

type parseCase struct {
	name   string
	raw    string
	text   string
	date   time.Time
	source string
}

func runParse(t *testing.T, f Format, cases []parseCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Parse([]byte(tc.raw), f)
			require.NoError(t, err)
			assert.Equal(t, tc.text, d.Text)
			assert.Equal(t, f, d.Format)
			if tc.date.IsZero() {
				assert.True(t, d.Published.IsZero(), "published %v", d.Published)
				assert.Empty(t, d.PublishedSource)
			} else {
				assert.True(t, tc.date.Equal(d.Published), "published %v, want %v", d.Published, tc.date)
				assert.Equal(t, tc.source, d.PublishedSource)
			}
			checkMap(t, []byte(tc.raw), d)
		})
	}
}

func TestParseText(t *testing.T) {
	runParse(t, Text, []parseCase{
		{name: "identity", raw: "One.\n\nTwo on Monday.", text: "One.\n\nTwo on Monday."},
		{name: "bom", raw: "\xef\xbb\xbfOTTAWA, Feb. 4", text: "OTTAWA, Feb. 4"},
		{name: "crlf kept", raw: "One.\r\n\r\nTwo.", text: "One.\r\n\r\nTwo."},
		{name: "invalid utf8 kept", raw: "caf\xe9 \xff\xfe visit", text: "caf\xe9 \xff\xfe visit"},
		{name: "empty", raw: "", text: ""},
		{name: "only bom", raw: "\xef\xbb\xbf", text: ""},
	})
}

func TestParseDetects(t *testing.T) {
	d, err := Parse([]byte("<html><body><p>Hi &amp; bye</p></body></html>"), "")
	require.NoError(t, err)
	assert.Equal(t, HTML, d.Format)
	assert.Equal(t, "Hi & bye", d.Text)
	_, err = Parse([]byte("x"), "rtf")
	assert.ErrorContains(t, err, `"rtf"`)
}

func TestSpan(t *testing.T) {
	raw := "<p>AT&amp;T said &eacute;t&eacute; on Monday.</p>"
	d, err := Parse([]byte(raw), HTML)
	require.NoError(t, err)
	require.Equal(t, "AT&T said été on Monday.", d.Text)
	s, e := d.Span(0, 4) // "AT&T": the entity is covered whole
	assert.Equal(t, "AT&amp;T", raw[s:e])
	s, e = d.Span(10, 15) // "été"
	assert.Equal(t, "&eacute;t&eacute;", raw[s:e])
	s, e = d.Span(5, 5)
	assert.Equal(t, s, e)
	s, e = d.Span(-3, 1000)
	assert.Equal(t, 3, s)
	assert.Equal(t, len(raw)-len("</p>"), e)
	assert.Equal(t, len(raw), d.Offset(len(d.Text)))
	assert.Equal(t, 0, d.Offset(-1))
}

func TestParseDate(t *testing.T) {
	est := time.FixedZone("", -5*3600)
	for _, tc := range []struct {
		in   string
		want time.Time
		ok   bool
	}{
		{"2026-02-04", day(2026, 2, 4), true},
		{"2026-02-04T09:15:00-05:00", time.Date(2026, 2, 4, 9, 15, 0, 0, est), true},
		{"2026-02-04T09:15:00.123Z", time.Date(2026, 2, 4, 9, 15, 0, 123e6, time.UTC), true},
		{"20260204T083000Z", time.Date(2026, 2, 4, 8, 30, 0, 0, time.UTC), true},
		{"20260204T083000-0500", time.Date(2026, 2, 4, 8, 30, 0, 0, est), true},
		{"20260204", day(2026, 2, 4), true},
		{"2026-02-04 08:30:00 -05:00", time.Date(2026, 2, 4, 8, 30, 0, 0, est), true},
		{`"2026-02-04"`, day(2026, 2, 4), true},
		{"Feb. 4, 2026", day(2026, 2, 4), true},
		{"February 4, 2026", day(2026, 2, 4), true},
		{"Wed, 04 Feb 2026 08:30:00 -0500", time.Date(2026, 2, 4, 8, 30, 0, 0, est), true},
		{"Feb 2026", time.Time{}, false},
		{"soon", time.Time{}, false},
		{"0001-01-01", time.Time{}, false},
		{"", time.Time{}, false},
	} {
		got, ok := parseDate(tc.in)
		assert.Equal(t, tc.ok, ok, tc.in)
		assert.True(t, tc.want.Equal(got), "%s: %v", tc.in, got)
	}
}

// TestDetectSeed: the seed article, plain wire copy, must not be mistaken
// for Markdown or HTML.
func TestDetectSeed(t *testing.T) {
	paths, _ := filepath.Glob("../../../shared/seeds/*")
	if len(paths) == 0 {
		t.Skip("shared/seeds not present")
	}
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		require.NoError(t, err)
		if filepath.Ext(p) == ".txt" || filepath.Ext(p) == "" {
			assert.Equal(t, Text, Detect("", raw), p)
		}
	}
}
