package checker_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/copydesk/copydesk/checker"
)

// TestPlannedForLooksAhead: "is planned for", like "is scheduled for",
// looks ahead without a "to", so a bare month after it is the next one.
func TestPlannedForLooksAhead(t *testing.T) {
	c, err := checker.New(checker.Options{})
	require.NoError(t, err)
	pub := time.Date(2025, 10, 14, 0, 0, 0, 0, time.UTC)
	for _, src := range []string{
		"The second pilot is planned for June.",
		"The inspection is planned for June, the ministry said.",
		"A second audit is planned for June, officials said.",
	} {
		r, err := c.Check(context.Background(), checker.Document{Text: src, Format: "text", Published: pub})
		require.NoError(t, err)
		require.NotEmpty(t, r.Dates, src)
		assert.Equal(t, "2026-06", r.Dates[0].Value, src)
	}
}

// TestPastMonthAFortnightAhead: a month of a past clause that lies more
// than a fortnight ahead of the publication date is last year's, unless
// the sentence reports what someone said before it.
func TestPastMonthAFortnightAhead(t *testing.T) {
	c, err := checker.New(checker.Options{})
	require.NoError(t, err)
	pub := time.Date(2023, 11, 8, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ src, want string }{
		{"The first inspection, in December, found spoiled sacks.", "2022-12"},
		{"The harvest in December was the worst in a decade.", "2022-12"},
		{"Floods in December destroyed the bridge.", "2022-12"},
		{"The minister said exports rose in December.", "2023-12"},
	} {
		r, err := c.Check(context.Background(), checker.Document{Text: tc.src, Format: "text", Published: pub})
		require.NoError(t, err)
		require.NotEmpty(t, r.Dates, tc.src)
		assert.Equal(t, tc.want, r.Dates[0].Value, tc.src)
	}
}
