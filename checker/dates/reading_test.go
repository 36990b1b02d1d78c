package dates_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/copydesk/copydesk/checker/dates"
	"github.com/copydesk/copydesk/checker/tagger"
)

// TestSharedTokensResolveAlike checks that the grammar reading the shared
// tokens finds and resolves the same expressions as tokenizing the text
// itself, on the real news of ../shared/eval and the project's fixtures.
func TestSharedTokensResolveAlike(t *testing.T) {
	var texts []string
	if f, err := os.Open("../../../shared/eval/te3-tbaq.jsonl"); err == nil {
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		for sc.Scan() {
			var d struct{ Text string }
			require.NoError(t, json.Unmarshal(sc.Bytes(), &d))
			texts = append(texts, d.Text)
		}
		f.Close()
	}
	paths, _ := filepath.Glob("../../fixtures/*/*.txt")
	more, _ := filepath.Glob("../../fixtures/heldout/*/*.txt")
	for _, p := range append(paths, more...) {
		raw, err := os.ReadFile(p)
		require.NoError(t, err)
		texts = append(texts, string(raw))
	}
	texts = append(texts, "didn't 2019-21 mid-March Feb.4 3rd 1990s 10:30 a.m.\nWed\u00a010 Feb")
	ref := time.Date(2026, 2, 4, 0, 0, 0, 0, time.UTC)
	for _, s := range texts {
		rd := tagger.Default().Read(s, nil)
		own := dates.Resolve(s, ref, dates.Options{})
		shared := dates.Resolve(s, ref, dates.Options{Reading: rd})
		require.Equal(t, len(own), len(shared), "%.200s", s)
		for i := range own {
			require.Equal(t, own[i].Text, shared[i].Text, "%.200s", s)
			require.Equal(t, own[i].Value, shared[i].Value, "%.200s", s)
		}
	}
}

// TestByTense: a bare month or weekday has its year or week chosen by the
// tense; a period counted from the publication date does not.
func TestByTense(t *testing.T) {
	ref := time.Date(2026, 2, 4, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text, expr string
		byTense    bool
	}{
		{"The plant will open in September.", "September", true},
		{"The talks began on Monday.", "Monday", true},
		{"The rules will apply from next Monday.", "next Monday", false},
		{"The bridge was due by the end of last year.", "the end of last year", false},
		{"The vote is planned for the first quarter of this year.", "the first quarter of this year", false},
		{"Work starts early next year.", "early next year", false},
	} {
		found := false
		for _, d := range dates.Resolve(c.text, ref, dates.Options{}) {
			if d.Text == c.expr {
				found = true
				require.Equal(t, c.byTense, d.ByTense, c.text)
			}
		}
		require.True(t, found, "%s: %q not found", c.text, c.expr)
	}
}
