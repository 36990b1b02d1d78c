package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// runCLI runs the program and returns exit code, stdout and stderr.
func runCLI(stdin string, args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// An undated story gets reference-date's info finding (today assumed).
const undated = "The minister resigned yesterday.\n"

func TestConfigFile(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "desk", "today")
	require.NoError(t, os.MkdirAll(sub, 0o755))
	story := filepath.Join(sub, "story.txt")
	require.NoError(t, os.WriteFile(story, []byte(undated), 0o644))
	cfg := filepath.Join(dir, "desk", ".copydesk.yaml")

	for _, tc := range []struct {
		name, yaml string
		args       []string
		code       int
		stderr     string
	}{
		{"fail-on info from the file", "fail-on: info\n", nil, exitFindings, ""},
		{"flag wins over the file", "fail-on: info\n", []string{"--fail-on", "error"}, exitOK, ""},
		{"rule off", "fail-on: info\nrules:\n  reference-date: off\n", nil, exitOK, ""},
		{"rule raised to error", "rules:\n  reference-date: error\nfail-on: error\n", nil, exitFindings, ""},
		{"unknown key", "fail_on: info\n", nil, exitUsage, "fail_on"},
		{"unknown rule", "rules:\n  spelling: off\n", nil, exitUsage, `"spelling"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			require.NoError(t, os.WriteFile(cfg, []byte(tc.yaml), 0o644))
			code, _, stderr := runCLI("", append([]string{"check", story}, tc.args...)...)
			assert.Equal(t, tc.code, code, stderr)
			assert.Contains(t, stderr, tc.stderr)
		})
	}

	// --config names a file elsewhere; the one found upward is ignored.
	other := filepath.Join(dir, "strict.yaml")
	require.NoError(t, os.WriteFile(other, []byte("fail-on: info\n"), 0o644))
	require.NoError(t, os.WriteFile(cfg, []byte("rules:\n  reference-date: off\n"), 0o644))
	code, _, stderr := runCLI("", "check", "--config", other, story)
	assert.Equal(t, exitFindings, code, stderr)
}

func TestOutputFormats(t *testing.T) {
	for _, tc := range []struct {
		format, want string
	}{
		{"sarif", `"version": "2.1.0"`},
		{"github", "::notice file=-,line=1,col=23,endLine=1,endColumn=31,title=reference-date::"},
		{"json", `"reference_date"`},
		{"text", "-:1:23: info:"},
	} {
		code, out, stderr := runCLI(undated, "check", "--config", os.DevNull, "--format", tc.format)
		assert.Equal(t, exitOK, code, stderr)
		assert.Contains(t, out, tc.want, tc.format)
	}
	code, _, stderr := runCLI(undated, "check", "--format", "xml")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "xml")
}
