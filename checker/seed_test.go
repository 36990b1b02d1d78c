package checker_test

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/copydesk/copydesk/checker"
)

// seedPath is the article copydesk was conceived from; it lives in the
// shared folder beside the repository and is absent from a user's clone.
const seedPath = "../../shared/seeds/000_8912448aba0b5953.txt"

func readSeed(t *testing.T) string {
	raw, err := os.ReadFile(seedPath)
	if err != nil {
		t.Skipf("seed article not available (%v): skipping", err)
	}
	return string(raw)
}

// covers reports whether one of the finding's spans holds quote.
func covers(f checker.Finding, quote string) bool {
	if strings.Contains(f.Span.Text, quote) {
		return true
	}
	for _, r := range f.Related {
		if strings.Contains(r.Text, quote) {
			return true
		}
	}
	return false
}

func TestSeedArticle(t *testing.T) {
	seed := readSeed(t)
	rep, err := checker.Check(context.Background(), checker.Document{
		Text: seed, Published: time.Date(2026, 2, 4, 0, 0, 0, 0, time.UTC)})
	require.NoError(t, err)
	assert.Equal(t, checker.ReferenceDate{Date: "2026-02-04", Source: "flag"}, rep.ReferenceDate)

	var tenseTime, eventCount []checker.Finding
	for _, f := range rep.Findings {
		switch {
		case f.Rule == "tense-time":
			tenseTime = append(tenseTime, f)
		case f.Rule == "event-count":
			eventCount = append(eventCount, f)
		case f.Severity.Rank() >= checker.Warning.Rank():
			t.Errorf("unexpected %s: %s [%s] at %q", f.Severity, f.Message, f.Rule, f.Span.Text)
		}
	}
	if assert.Len(t, tenseTime, 2, "tense-time findings") {
		assert.Contains(t, tenseTime[0].Span.Text, "will visit China in the first half of 2025")
		assert.Contains(t, tenseTime[1].Span.Text, "within the first six months of 2025")
	}
	if assert.Len(t, eventCount, 1, "event-count findings") {
		f := eventCount[0]
		for _, q := range []string{"twice in 2025", "this November", "his second visit"} {
			assert.True(t, covers(f, q), "event-count finding does not cover %q: %+v", q, f)
		}
	}
}

func TestSeedArticleEarlierDate(t *testing.T) {
	seed := readSeed(t)
	rep, err := checker.Check(context.Background(), checker.Document{
		Text: seed, Published: time.Date(2025, 1, 15, 0, 0, 0, 0, time.UTC)})
	require.NoError(t, err)
	for _, f := range rep.Findings {
		assert.NotContains(t, []string{"tense-time", "event-count"}, f.Rule, "%s at %q", f.Message, f.Span.Text)
	}
}
