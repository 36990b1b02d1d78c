package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/copydesk/copydesk/checker/facts"
)

const deskFacts = `people:
  - name: Ilona Marwick
    born: 1971-04-09
    offices:
      - title: mayor of Port Alder
        from: 2014-06-01
        to: 2019-11-20
`

// TestFactsFlag: --facts, or facts: in the configuration (relative to it),
// gives the desk rules their facts; a bad facts file is a usage error
// naming its line.
func TestFactsFlag(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "desk.yaml"), []byte(deskFacts), 0o644))
	story := filepath.Join(dir, "story.txt")
	require.NoError(t, os.WriteFile(story, []byte("PORT ALDER, March 3, 2026 — Mayor Ilona Marwick, 56, opened the bridge on Tuesday.\n"), 0o644))

	code, out, _ := runCLI("", "check", "--config", os.DevNull, story)
	assert.Equal(t, exitOK, code, "without facts the desk rules are silent: %s", out)

	code, out, _ = runCLI("", "check", "--config", os.DevNull, "--facts", filepath.Join(dir, "desk.yaml"), story)
	assert.Equal(t, exitFindings, code)
	assert.Contains(t, out, "[desk-age]")
	assert.Contains(t, out, "[desk-title]")

	require.NoError(t, os.WriteFile(filepath.Join(dir, ".copydesk.yaml"), []byte("facts: desk.yaml\n"), 0o644))
	code, out, _ = runCLI("", "check", story)
	assert.Equal(t, exitFindings, code)
	assert.Contains(t, out, "[desk-age]")

	require.NoError(t, os.WriteFile(filepath.Join(dir, "bad.yaml"), []byte("people:\n  - name: A B\n    born: soon\n"), 0o644))
	code, _, errOut := runCLI("", "check", "--config", os.DevNull, "--facts", filepath.Join(dir, "bad.yaml"), story)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, "bad.yaml: line 3: born: `soon` is not a date")
}

// TestFactsImport: "copydesk facts import" writes a facts file that reads
// back; "copydesk facts check" counts its entries.
func TestFactsImport(t *testing.T) {
	td := filepath.Join("..", "..", "checker", "facts", "testdata")
	code, out, errOut := runCLI("", "facts", "import", filepath.Join(td, "Q990001.json"), filepath.Join(td, "Q990200.json"))
	require.Equal(t, exitOK, code, errOut)
	f, err := facts.Parse([]byte(out), "imported")
	require.NoError(t, err)
	require.Len(t, f.People, 1)
	assert.Equal(t, "mayor of Port Alder", f.People[0].Offices[0].Title)

	path := filepath.Join(t.TempDir(), "desk.yaml")
	require.NoError(t, os.WriteFile(path, []byte(out), 0o644))
	code, out, _ = runCLI("", "facts", "check", path)
	assert.Equal(t, exitOK, code)
	assert.True(t, strings.Contains(out, "1 people"), out)

	code, _, errOut = runCLI("", "facts", "import", filepath.Join(td, "Q990200.json"))
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, "no person")
}
