package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestExitCodes pins the linter-style exit codes and the one-line errors
// that name the file or flag at fault.
func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	clean := filepath.Join(dir, "clean.txt")
	require.NoError(t, os.WriteFile(clean, []byte("The council met to discuss the park. Residents spoke for an hour.\n"), 0o644))
	stale := filepath.Join(dir, "stale.txt")
	require.NoError(t, os.WriteFile(stale, []byte("The minister will open the bridge in the first half of 2025.\n"), 0o644))

	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"no dates, clean", []string{"check", "--date", "2026-02-04", clean}, exitOK, ""},
		{"findings", []string{"check", "--date", "2026-02-04", stale}, exitFindings, ""},
		{"fail-on none", []string{"check", "--date", "2026-02-04", "--fail-on", "none", stale}, exitOK, ""},
		{"fail-on error", []string{"check", "--date", "2026-02-04", "--fail-on", "error", stale}, exitOK, ""},
		{"flags after the file", []string{"check", stale, "--date", "2026-02-04"}, exitFindings, ""},
		{"unknown flag", []string{"check", "--nope", clean}, exitUsage, "nope"},
		{"missing file", []string{"check", filepath.Join(dir, "missing.txt")}, exitUsage, "missing.txt"},
		{"invalid date", []string{"check", "--date", "2026-02-30", clean}, exitUsage, "--date"},
		{"unknown format", []string{"check", "--format", "xml", clean}, exitUsage, "--format"},
		{"unknown command", []string{"lint", clean}, exitUsage, "lint"},
		{"unknown rule", []string{"rules", "no-such-rule"}, exitUsage, "no-such-rule"},
		{"rules", []string{"rules"}, exitOK, ""},
		{"one rule", []string{"rules", "tense-time"}, exitOK, ""},
		{"version", []string{"version"}, exitOK, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCLI("", tt.args...)
			assert.Equal(t, tt.code, code, "stderr: %s", stderr)
			if tt.stderr != "" {
				assert.Contains(t, stderr, tt.stderr)
				assert.NotEmpty(t, strings.TrimSpace(stderr))
			}
		})
	}
}

// TestSeedJSON checks that the JSON report on the seed article parses and
// has every field the README documents.
func TestSeedJSON(t *testing.T) {
	seed := "../../../shared/seeds/000_8912448aba0b5953.txt"
	if _, err := os.Stat(seed); err != nil {
		t.Skipf("seed article not available (%v)", err)
	}
	code, out, stderr := runCLI("", "check", "--format", "json", "--date", "2026-02-04", seed)
	require.Equal(t, exitFindings, code, stderr)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 1, "one JSON object per file")
	var rep map[string]any
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &rep))
	for _, k := range []string{"file", "reference_date", "findings", "dates"} {
		assert.Contains(t, rep, k)
	}
	assert.Equal(t, seed, rep["file"])
	ref := rep["reference_date"].(map[string]any)
	assert.Equal(t, "2026-02-04", ref["date"])
	assert.Equal(t, "flag", ref["source"])
	findings := rep["findings"].([]any)
	require.NotEmpty(t, findings)
	for _, f := range findings {
		f := f.(map[string]any)
		for _, k := range []string{"rule", "severity", "message", "span", "related"} {
			assert.Contains(t, f, k)
		}
		for _, k := range []string{"start", "end", "line", "column", "text"} {
			assert.Contains(t, f["span"], k)
		}
		for _, r := range f["related"].([]any) {
			for _, k := range []string{"start", "end", "line", "column", "text", "note"} {
				assert.Contains(t, r, k)
			}
		}
	}
	dates := rep["dates"].([]any)
	require.NotEmpty(t, dates)
	for _, d := range dates {
		for _, k := range []string{"start", "end", "line", "column", "text", "type", "value", "from", "to", "granularity", "tense", "resolved"} {
			assert.Contains(t, d, k)
		}
	}
}
