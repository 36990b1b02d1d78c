package dates_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/copydesk/copydesk/checker/dates"
	"github.com/copydesk/copydesk/checker/tagger"
	"github.com/copydesk/copydesk/checker/tense"
)

// TestMoreThanVerbTense: "more than" before a past verb hedges it, as it
// would a number; the verb still gives its clause's tense ("after cases
// more than doubled in March" is the March before).
func TestMoreThanVerbTense(t *testing.T) {
	ref := time.Date(2025, 10, 13, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct{ src, value string }{
		{"Workers will go house to house from Oct. 20, after cases more than doubled in March.", "2025-03"},
		{"The port will reopen on Monday, after traffic less than halved in March.", "2025-03"},
		{"Prices will be reviewed, after sales more than tripled despite a slump in March.", "2025-03"},
		{"Workers will go house to house in March, after cases rose.", "2026-03"},
	} {
		found := false
		rd := tagger.Default().Read(tt.src, nil)
		for _, e := range dates.Resolve(tt.src, ref, dates.Options{Reading: rd, Tense: tense.NewCacheOf(tt.src, rd)}) {
			if e.Text == "March" {
				found = true
				assert.Equal(t, tt.value, e.Value, tt.src)
			}
		}
		assert.True(t, found, tt.src)
	}
}
