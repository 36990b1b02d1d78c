package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRuleSettings: `copydesk rules ID` lists a rule's settings, and a
// configuration's settings change what the rule reports.
func TestRuleSettings(t *testing.T) {
	code, out, _ := runCLI("", "rules", "number-restated")
	require.Equal(t, exitOK, code)
	assert.Contains(t, out, "tolerance: percent")

	dir := t.TempDir()
	story := filepath.Join(dir, "story.txt")
	require.NoError(t, os.WriteFile(story, []byte("The ferry was carrying 310 passengers on Monday. All 300 passengers were safe.\n"), 0o644))
	for _, tc := range []struct {
		name, cfg string
		code      int
	}{
		{"default", "rules: {}\n", exitFindings},
		{"tolerant desk", "settings:\n  number-restated:\n    tolerance: 5\n", exitOK},
		{"bad value", "settings:\n  number-restated:\n    tolerance: lots\n", exitUsage},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := filepath.Join(dir, tc.name+".yaml")
			require.NoError(t, os.WriteFile(cfg, []byte(tc.cfg), 0o644))
			code, _, stderr := runCLI("", "check", "--config", cfg, "--date", "2026-03-02", story)
			assert.Equal(t, tc.code, code, stderr)
		})
	}
}
