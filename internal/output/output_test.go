package output

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/copydesk/copydesk/checker"
	"github.com/copydesk/copydesk/checker/analysis"
)

// story has a multi-byte character before the finding and a second line.
const story = "ROME, Feb. 4, 2026 — Café owners met on Tuesday.\nThey will meet again in 2025, 100% sure."

// stubRule flags "in 2025" and relates it to "Tuesday", so that the tests
// do not depend on the real rules' state.
var stubRule = &analysis.Rule{
	ID: "tense-time", Summary: "stub", Severity: analysis.Warning,
	Run: func(p *analysis.Pass) []analysis.Finding {
		i, j := strings.Index(p.Text, "in 2025"), strings.Index(p.Text, "Tuesday")
		return []analysis.Finding{{
			Message: "future tense, but 2025 is over: 50% off, really",
			Span:    analysis.At(i, i+len("in 2025")),
			Related: []analysis.Related{{Span: analysis.At(j, j+len("Tuesday")), Note: "Tuesday → 2026-02-03"}},
		}}
	},
}

func checkStory(t *testing.T) checker.Report {
	t.Helper()
	c, err := checker.New(checker.Options{Rules: []*analysis.Rule{stubRule}})
	require.NoError(t, err)
	rep, err := c.Check(context.Background(), checker.Document{Text: story, Published: time.Date(2026, 2, 4, 0, 0, 0, 0, time.UTC)})
	require.NoError(t, err)
	require.Len(t, rep.Findings, 1)
	return rep
}

func TestSARIFValidatesAndLocates(t *testing.T) {
	rep := checkStory(t)
	rep.Findings = append(rep.Findings, checker.Finding{Rule: checker.InternalErrorRule, Severity: checker.Error, Message: "boom"})
	var buf bytes.Buffer
	w := New("sarif", "1.2.3", &buf)
	require.NoError(t, w.Report("dir/my story,1.txt", story, rep))
	require.NoError(t, w.Close())

	var doc any
	require.NoError(t, json.Unmarshal(buf.Bytes(), &doc))
	assert.Empty(t, loadSchema(t).validate(doc))

	var log sarifLog
	require.NoError(t, json.Unmarshal(buf.Bytes(), &log))
	run := log.Runs[0]
	assert.Equal(t, "copydesk", run.Tool.Driver.Name)
	assert.NotEmpty(t, run.Tool.Driver.Rules)
	require.Len(t, run.Results, 2)
	res := run.Results[0]
	assert.Equal(t, "tense-time", res.RuleID)
	assert.Equal(t, "warning", res.Level)
	require.NotNil(t, res.RuleIndex)
	assert.Equal(t, "tense-time", run.Tool.Driver.Rules[*res.RuleIndex].ID)
	loc := res.Locations[0].PhysicalLocation
	assert.Equal(t, "dir/my%20story,1.txt", loc.ArtifactLocation.URI)
	r := loc.Region
	require.NotNil(t, r)
	assert.Equal(t, sarifRegion{StartLine: 2, StartColumn: 22, EndLine: 2, EndColumn: 29, CharOffset: r.CharOffset, CharLength: r.CharLength}, *r)
	runes := []rune(story)
	assert.Equal(t, "in 2025", string(runes[*r.CharOffset:*r.CharOffset+*r.CharLength]))
	require.Len(t, res.RelatedLocations, 1)
	assert.Equal(t, "“Tuesday”: Tuesday → 2026-02-03", res.RelatedLocations[0].Message.Text)
	assert.Equal(t, 1, res.RelatedLocations[0].PhysicalLocation.Region.StartLine)

	internal := run.Results[1]
	assert.Equal(t, "error", internal.Level)
	assert.Nil(t, internal.Locations[0].PhysicalLocation.Region)
}

func TestSARIFEmptyRunValidates(t *testing.T) {
	var buf bytes.Buffer
	w := New("sarif", "dev", &buf)
	require.NoError(t, w.Close())
	var doc any
	require.NoError(t, json.Unmarshal(buf.Bytes(), &doc))
	assert.Empty(t, loadSchema(t).validate(doc))
	assert.Contains(t, buf.String(), `"results": []`)
}

func TestValidatorCatchesMistakes(t *testing.T) {
	schema := loadSchema(t)
	for name, doc := range map[string]string{
		"no runs":        `{"version":"2.1.0"}`,
		"bad version":    `{"version":"2.0","runs":[]}`,
		"bad level":      `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"message":{"text":"m"},"level":"warn"}]}]}`,
		"unknown prop":   `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"message":{"text":"m"},"severity":"x"}]}]}`,
		"zero startLine": `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"message":{"text":"m"},"locations":[{"physicalLocation":{"region":{"startLine":0}}}]}]}]}`,
		"no driver name": `{"version":"2.1.0","runs":[{"tool":{"driver":{}}}]}`,
		"no message":     `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"ruleId":"r"}]}]}`,
		"bad uri":        `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"message":{"text":"m"},"locations":[{"physicalLocation":{"artifactLocation":{"uri":"a b"}}}]}]}]}`,
	} {
		var v any
		require.NoError(t, json.Unmarshal([]byte(doc), &v), name)
		assert.NotEmpty(t, schema.validate(v), name)
	}
}

func TestGitHubAnnotations(t *testing.T) {
	rep := checkStory(t)
	var buf bytes.Buffer
	w := New("github", "dev", &buf)
	require.NoError(t, w.Report("a,b:c%.txt", story, rep))
	require.NoError(t, w.Close())
	want := "::warning file=a%2Cb%3Ac%25.txt,line=2,col=22,endLine=2,endColumn=28,title=tense-time::" +
		"future tense, but 2025 is over: 50%25 off, really%0A  line 1: “Tuesday”: Tuesday → 2026-02-03\n"
	assert.Equal(t, want, buf.String())
}

func TestEscaping(t *testing.T) {
	for _, tc := range []struct{ in, data, prop string }{
		{"plain", "plain", "plain"},
		{"a%b", "a%25b", "a%25b"},
		{"l1\r\nl2", "l1%0D%0Al2", "l1%0D%0Al2"},
		{"k:v,w", "k:v,w", "k%3Av%2Cw"},
		{"%0A", "%250A", "%250A"},
	} {
		assert.Equal(t, tc.data, escapeData(tc.in), tc.in)
		assert.Equal(t, tc.prop, escapeProperty(tc.in), tc.in)
	}
}

func TestMultiLineExtent(t *testing.T) {
	src := "ab\ncdé\nfg"
	e := extentOf(checker.Span{Start: 1, End: 9, Line: 1, Column: 2}, src)
	assert.Equal(t, extent{line: 1, col: 2, endLine: 3, endCol: 2, charOff: 1, charLen: 7, hasChars: true}, e)
	e = extentOf(checker.Span{Start: 1, End: 3, Line: 1, Column: 2, Text: "b\nc"}, "")
	assert.Equal(t, extent{line: 1, col: 2, endLine: 2, endCol: 2}, e)
}

func TestJSONAndTextWriters(t *testing.T) {
	rep := checkStory(t)
	var buf bytes.Buffer
	w := New("json", "dev", &buf)
	require.NoError(t, w.Report("s.txt", story, rep))
	var m map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(buf.Bytes(), &m))
	for _, k := range []string{"file", "reference_date", "findings", "dates"} {
		assert.Contains(t, m, k)
	}
	buf.Reset()
	w = New("text", "dev", &buf)
	require.NoError(t, w.Report("s.txt", story, rep))
	require.NoError(t, w.Close())
	assert.Contains(t, buf.String(), "s.txt:2:22: warning: future tense")
	assert.Contains(t, buf.String(), "1 warning in 1 file; reference date 2026-02-04 (flag)")
}

// TestSARIFOverFixtures validates one SARIF log over every fixture story
// (real rules, real files) against the SARIF 2.1.0 schema.
func TestSARIFOverFixtures(t *testing.T) {
	files, err := filepath.Glob("../../fixtures/*/*.txt")
	require.NoError(t, err)
	if len(files) == 0 {
		t.Skip("no fixtures")
	}
	c, err := checker.New(checker.Options{})
	require.NoError(t, err)
	var buf bytes.Buffer
	w := New("sarif", "dev", &buf)
	results := 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		require.NoError(t, err)
		rep, err := c.Check(context.Background(), checker.Document{Text: string(raw), Name: f})
		require.NoError(t, err, f)
		results += len(rep.Findings)
		require.NoError(t, w.Report(f, string(raw), rep))
	}
	require.NoError(t, w.Close())
	var doc any
	require.NoError(t, json.Unmarshal(buf.Bytes(), &doc))
	assert.Empty(t, loadSchema(t).validate(doc))
	t.Logf("%d files, %d results valid", len(files), results)
}

// TestStyle: colour marks each severity, and quiet drops the summary.
func TestStyle(t *testing.T) {
	rep := checker.Report{
		ReferenceDate: checker.ReferenceDate{Date: "2026-02-04", Source: "flag"},
		Findings: []checker.Finding{
			{Rule: "weekday-date", Severity: checker.Error, Message: "wrong weekday", Span: checker.Span{Line: 1, Column: 1}},
			{Rule: "tense-time", Severity: checker.Warning, Message: "stale future", Span: checker.Span{Line: 2, Column: 1}},
		},
	}
	var b strings.Builder
	w := NewStyled("text", "test", &b, Style{Color: true, Quiet: true})
	require.NoError(t, w.Report("story.txt", "", rep))
	require.NoError(t, w.Close())
	assert.Contains(t, b.String(), "\x1b[31merror\x1b[0m")
	assert.Contains(t, b.String(), "\x1b[33mwarning\x1b[0m")
	assert.NotContains(t, b.String(), "in 1 file")

	b.Reset()
	w = New("text", "test", &b)
	require.NoError(t, w.Report("story.txt", "", rep))
	require.NoError(t, w.Close())
	assert.NotContains(t, b.String(), "\x1b[")
	assert.Contains(t, b.String(), "1 error, 1 warning in 1 file")
}
