package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestTablesMatchWordNet regenerates the tables where WordNet is installed
// (.ci/run installs Debian's wordnet-base) and checks that the committed
// ones are what the generator writes.
func TestTablesMatchWordNet(t *testing.T) {
	const dir = "/usr/share/wordnet"
	if _, err := os.Stat(filepath.Join(dir, "data.noun")); err != nil {
		t.Skip("WordNet is not installed (apt-get install wordnet-base)")
	}
	out := t.TempDir()
	require.NoError(t, run(dir, out))
	committed, err := filepath.Glob("../../wordnet/*")
	require.NoError(t, err)
	require.NotEmpty(t, committed)
	for _, path := range committed {
		want, err := os.ReadFile(path)
		require.NoError(t, err)
		got, err := os.ReadFile(filepath.Join(out, filepath.Base(path)))
		require.NoError(t, err, "the generator no longer writes %s", path)
		require.True(t, string(want) == string(got), "%s differs from what the generator writes: run go generate ./checker/lexicon", path)
	}
}
