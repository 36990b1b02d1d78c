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

// TestEncodings: Windows-1252 copy and UTF-16 with a byte order mark are
// read with their findings; binary input is refused with one line and
// exit 2.
func TestEncodings(t *testing.T) {
	for _, c := range []struct {
		name, stdin string
		code        int
		out         string
	}{
		{"windows-1252", "Z\xdcRICH, Feb. 4, 2026 \x97 The vote is set for Friday, Feb. 5, 2026, the \x93council\x94 said.\n", exitFindings, "Friday, Feb. 5, 2026"},
		{"latin-1", "S\xc3O PAULO, Feb. 4, 2026 \x97 Jos\xe9 M\xfcller said the vote is on Thursday, Feb. 6, 2026.\n", exitFindings, "Thursday, Feb. 6, 2026"},
		{"utf-16le", "\xff\xfe" + utf16le("OSLO, Feb. 4, 2026 — The vote is set for Thursday, Feb. 6, 2026.\n"), exitFindings, "Thursday, Feb. 6, 2026"},
	} {
		code, out, errOut := runCLI(c.stdin, "check", "--fail-on", "error", "-")
		assert.Equal(t, c.code, code, "%s: %s", c.name, errOut)
		assert.Contains(t, out, c.out, c.name)
	}
	// a Windows-1252 story and its UTF-8 conversion report the same
	_, cp1252, _ := runCLI("Z\xdcRICH, Feb. 4, 2026 \x97 The \x93vote\x94 is set for Friday, Feb. 5, 2026, Fran\xe7ois said.\n", "check", "-")
	_, utf8, _ := runCLI("ZÜRICH, Feb. 4, 2026 — The “vote” is set for Friday, Feb. 5, 2026, François said.\n", "check", "-")
	assert.Equal(t, utf8, cp1252)
	assert.Contains(t, utf8, "weekday-date")

	code, _, errOut := runCLI("\x7fELF\x02\x01\x01\x00\x00\x00", "check", "-")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, "binary input")
	assert.Equal(t, 1, strings.Count(strings.TrimSpace(errOut), "\n")+1, "one line")
}

// utf16le encodes s (ASCII and the BMP) as UTF-16, little endian.
func utf16le(s string) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteByte(byte(r))
		b.WriteByte(byte(r >> 8))
	}
	return b.String()
}

// TestMaxBytes: input over --max-bytes is refused with one line and exit 2;
// the default is far above any story.
func TestMaxBytes(t *testing.T) {
	story := "OSLO, Feb. 4, 2026 — The vote is on Friday, Feb. 5, 2026.\n"
	code, _, errOut := runCLI(story, "check", "--max-bytes", "20", "-")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, "input too large")
	assert.Equal(t, 1, strings.Count(strings.TrimSpace(errOut), "\n")+1, "one line")
	code, _, _ = runCLI(story, "check", "--fail-on", "none", "-")
	assert.Equal(t, exitOK, code)
	code, _, _ = runCLI(story, "check", "--fail-on", "none", "--max-bytes", "0", "-")
	assert.Equal(t, exitOK, code)
}

// TestCommandLineHabits: -h and "help CMD" print a command's help with exit
// 0; a bad flag gets one line and exit 2; values are read in any case; an
// unreadable file is reported and the others are still checked (exit 2 at
// the end); a directory is walked for input files.
func TestCommandLineHabits(t *testing.T) {
	for _, args := range [][]string{{"check", "-h"}, {"help", "check"}, {"dates", "-h"}, {"help", "serve"}, {"rules", "-h"}, {"help", "rules"}} {
		code, out, _ := runCLI("", args...)
		assert.Equal(t, exitOK, code, args)
		cmd := args[0]
		if cmd == "help" {
			cmd = args[1]
		}
		assert.Contains(t, out, "usage: copydesk "+cmd, args)
	}
	code, _, errOut := runCLI("", "check", "--bogus")
	assert.Equal(t, exitUsage, code)
	assert.Equal(t, 1, strings.Count(strings.TrimSpace(errOut), "\n")+1, "one line: %q", errOut)

	story := "OSLO, Feb. 4, 2026 — The vote is set for Friday, Feb. 5, 2026.\n"
	code, out, _ := runCLI(story, "check", "--format", "JSON", "--fail-on", "Error", "-")
	assert.Equal(t, exitFindings, code)
	assert.Contains(t, out, `"rule":"weekday-date"`)

	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "desk", "sub"), 0o755))
	for _, name := range []string{"desk/a.txt", "desk/sub/b.md", "desk/notes.json"} {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(story), 0o644))
	}
	code, out, errOut = runCLI("", "check", "--fail-on", "none", filepath.Join(dir, "missing.txt"), filepath.Join(dir, "desk"))
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, "missing.txt")
	assert.Contains(t, errOut, "1 of 3 inputs could not be checked")
	assert.Contains(t, out, "a.txt")
	assert.Contains(t, out, "b.md")
	assert.NotContains(t, out, "notes.json")
}

// TestRuleFlags: --disable turns a rule off for the run, --enable turns on
// one the configuration turned off, an unknown rule is an error, and the
// summary counts suppressed findings.
func TestRuleFlags(t *testing.T) {
	story := "OSLO, Feb. 4, 2026 — The vote is set for Friday, Feb. 5, 2026.\n"
	code, out, _ := runCLI(story, "check", "--disable", "weekday-date", "-")
	assert.Equal(t, exitOK, code, out)
	code, _, errOut := runCLI(story, "check", "--disable", "no-such-rule", "-")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, "unknown rule")

	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, ".copydesk.yaml"), []byte("rules:\n  weekday-date: off\n"), 0o644))
	path := filepath.Join(dir, "story.txt")
	require.NoError(t, os.WriteFile(path, []byte(story), 0o644))
	code, _, _ = runCLI("", "check", path)
	assert.Equal(t, exitOK, code, "the configuration turns it off")
	code, out, _ = runCLI("", "check", "--enable", "weekday-date", path)
	assert.Equal(t, exitFindings, code, out)

	suppressed := story + "<!-- copydesk-disable-next-line weekday-date -->\nThe count is on Friday, Feb. 5, 2026.\n"
	_, out, _ = runCLI(suppressed, "check", "--fail-on", "none", "-")
	assert.Contains(t, out, "(1 suppressed)")

	// in every input format
	wrong := "OSLO, Feb. 4, 2026 — The vote is set for Friday, Feb. 5, 2026."
	for format, doc := range map[string]string{
		"text":     wrong + "\n",
		"markdown": "# Vote\n\n" + wrong + "\n",
		"html":     "<html><body><article><p>" + wrong + "</p></article></body></html>",
		"nitf":     `<?xml version="1.0"?><nitf><body><body.content><p>` + wrong + `</p></body.content></body></nitf>`,
	} {
		code, out, _ := runCLI(doc, "check", "--input", format, "-")
		assert.Equal(t, exitFindings, code, "%s: %s", format, out)
		code, out, _ = runCLI(doc, "check", "--input", format, "--disable", "weekday-date", "-")
		assert.Equal(t, exitOK, code, "%s: %s", format, out)
		cfg := filepath.Join(dir, ".copydesk.yaml")
		code, out, _ = runCLI(doc, "check", "--input", format, "--config", cfg, "--enable", "weekday-date", "-")
		assert.Equal(t, exitFindings, code, "%s: %s", format, out)
	}
}

// TestQuiet: --quiet prints findings only; correct copy prints nothing.
func TestQuiet(t *testing.T) {
	clean := "OSLO, Feb. 4, 2026 — The vote is set for Thursday, Feb. 5, 2026.\n"
	code, out, _ := runCLI(clean, "check", "--quiet", "-")
	assert.Equal(t, exitOK, code)
	assert.Empty(t, out)
	wrong := "OSLO, Feb. 4, 2026 — The vote is set for Friday, Feb. 5, 2026.\n"
	code, out, _ = runCLI(wrong, "check", "--quiet", "-")
	assert.Equal(t, exitFindings, code)
	assert.Contains(t, out, "[weekday-date]")
	assert.NotContains(t, out, "in 1 file")
}
