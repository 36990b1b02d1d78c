package checker

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBritishDeskCopy: correct copy from a British desk, under each
// dateline form desks use, is read against its dateline and stays clean.
// Read against today instead, its "will" about February would be stale
// tense, so a dateline missed shows as a finding.
func TestBritishDeskCopy(t *testing.T) {
	body := " The transport secretary said on Wednesday that the new timetable will start on 10 February, " +
		"a week after rail unions agreed to it. The agreement, reached on Tuesday, 3 February, ends a dispute " +
		"that began last year. Ministers will meet the unions again on Monday, 9 February, to sign it.\n"
	yes := true
	for _, tc := range []struct {
		dateline string
		dayFirst bool
	}{
		{"LONDON, 4 February 2026 —", false},
		{"LONDON, 4 Feb 2026 —", false},
		{"London, Feb. 4 (AP) —", false},
		{"LONDON — Feb. 4, 2026 —", false},
		{"LONDON, 4/2/2026 —", true},
		{"LONDON, Wed 4 Feb 2026 —", false},
		{"Manchester, Wednesday 4 February 2026 (PA) -", false},
	} {
		t.Run(tc.dateline, func(t *testing.T) {
			c, err := New(Options{Today: time.Date(2026, 12, 5, 0, 0, 0, 0, time.UTC)})
			require.NoError(t, err)
			doc := Document{Text: tc.dateline + body}
			if tc.dayFirst {
				doc.DayFirst = &yes
			}
			rep, err := c.Check(context.Background(), doc)
			require.NoError(t, err)
			assert.Equal(t, "dateline", rep.ReferenceDate.Source)
			assert.Equal(t, "2026-02-04", rep.ReferenceDate.Date)
			for _, f := range rep.Findings {
				assert.Equal(t, "reference-date", f.Rule, "unexpected finding: %s", f.Message)
			}
		})
	}
}
