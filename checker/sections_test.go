package checker

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSections(t *testing.T) {
	tests := []struct {
		name, text string
		limit      int
		want       []string
	}{
		{"short copy is one section", "One. Two.", 64, []string{"One. Two."}},
		{"cut at a paragraph break", "aaaa bbbb.\n\ncccc dddd.\neeee", 16, []string{"aaaa bbbb.\n\n", "cccc dddd.\neeee"}},
		{"cut at a line break", "aaaa bbbb\ncccc dddd eeee", 16, []string{"aaaa bbbb\n", "cccc dddd eeee"}},
		{"cut at a sentence end", "aaaaaaa. bbbb cccc", 12, []string{"aaaaaaa. ", "bbbb cccc"}},
		{"cut at a space", "aaaaaaa bbbbbbbb", 10, []string{"aaaaaaa ", "bbbbbbbb"}},
		{"no break: a rune boundary", "ééééééééé", 7, []string{"ééé", "ééé", "ééé"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			at := 0
			for _, s := range sections(tt.text, tt.limit) {
				require.Equal(t, at, s.start, "sections leave no gap")
				require.LessOrEqual(t, s.end-s.start, tt.limit)
				got = append(got, tt.text[s.start:s.end])
				at = s.end
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestSectionedCopy checks that copy read in sections reports each
// section's findings at their places in the whole text, and the dateline
// once.
func TestSectionedCopy(t *testing.T) {
	story := "The vote took place on Wednesday, Feb. 5, 2026, in the capital.\n\n"
	n := SectionBytes/len(story) + 10
	doc := Document{Text: "OSLO, Feb. 9, 2026 — " + strings.Repeat(story, n)}
	c, err := New(Options{MaxPerRule: -1})
	require.NoError(t, err)
	rep, err := c.Check(context.Background(), doc)
	require.NoError(t, err)
	assert.Equal(t, "dateline", rep.ReferenceDate.Source)
	weekday := 0
	for _, f := range rep.Findings {
		if f.Rule == "weekday-date" {
			weekday++
			assert.Equal(t, "Wednesday, Feb. 5, 2026", doc.Text[f.Span.Start:f.Span.End])
		}
	}
	assert.Equal(t, n, weekday, "one weekday finding per story, in every section")
}

// TestSectionsAtOnce: reading the sections of a long copy several at a
// time gives the report one at a time gives, findings and dates in order,
// the bound on findings counted in section order, and a deadline kept.
func TestSectionsAtOnce(t *testing.T) {
	stories := []string{
		"The vote took place on Wednesday, Feb. 5, 2026, in the capital.\n\n",
		"Okafor, 47, was born in 1971, the council said on Jan. 12.\n\n",
		"The fund of $40 million went to three towns: Lund, Kiel and Aarhus, and Brno.\n\n",
	}
	text := "OSLO, Feb. 9, 2026 — " + strings.Repeat(strings.Join(stories, ""), 3*SectionBytes/len(strings.Join(stories, "")))
	doc := Document{Text: text}
	for _, maxPerRule := range []int{-1, 7} {
		one, err := New(Options{Workers: 1, MaxPerRule: maxPerRule})
		require.NoError(t, err)
		want, err := one.Check(context.Background(), doc)
		require.NoError(t, err)
		require.Greater(t, len(want.Findings), 3)
		for _, w := range []int{2, 3, 8} {
			many, err := New(Options{Workers: w, MaxPerRule: maxPerRule})
			require.NoError(t, err)
			got, err := many.Check(context.Background(), doc)
			require.NoError(t, err)
			assert.Equal(t, want, got, "%d workers, at most %d a rule", w, maxPerRule)
		}
	}
	many, err := New(Options{Workers: 4})
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = many.Check(ctx, doc)
	assert.ErrorIs(t, err, context.Canceled)
}

// TestGivenDateAgainstCopy: a date given that differs from the copy's own
// is used, and one info finding names both; one that agrees says nothing.
func TestGivenDateAgainstCopy(t *testing.T) {
	for _, c := range []struct {
		text, given string
		info        bool
	}{
		{"LONDON, Feb. 4, 2026 — The minister resigned yesterday.", "2026-02-05", true},
		{"LONDON, 4 February 2026 — The minister resigned yesterday.", "2026-02-04", false},
		{"---\ndate: 2026-02-04\n---\nThe minister resigned yesterday.\n", "2026-03-01", true},
		{"The minister resigned yesterday.", "2026-03-01", false},
	} {
		given, _ := time.Parse(time.DateOnly, c.given)
		rep, err := Check(context.Background(), Document{Text: c.text, Published: given})
		require.NoError(t, err)
		assert.Equal(t, "flag", rep.ReferenceDate.Source)
		found := false
		for _, f := range rep.Findings {
			if f.Rule == "reference-date" && strings.Contains(f.Message, "differs from the copy's own") {
				found = true
			}
		}
		assert.Equal(t, c.info, found, c.text)
	}
}

// TestBoundedReport: past the bound of findings per rule one info finding
// says how many more there were, and the dates listed are bounded too.
func TestBoundedReport(t *testing.T) {
	text := "OSLO, Feb. 4, 2026 — " + strings.Repeat("The vote is on Friday, Feb. 5, 2026. ", 150)
	for _, c := range []struct {
		opts               Options
		shown, more, dates int
	}{
		{Options{}, DefaultMaxPerRule, 150 - DefaultMaxPerRule, 151},
		{Options{MaxPerRule: 10, MaxDates: 20}, 10, 140, 20},
		{Options{MaxPerRule: -1, MaxDates: -1}, 150, 0, 151},
	} {
		chk, err := New(c.opts)
		require.NoError(t, err)
		rep, err := chk.Check(context.Background(), Document{Text: text})
		require.NoError(t, err)
		shown, summary := 0, ""
		for _, f := range rep.Findings {
			if f.Rule == "weekday-date" && f.Severity == Error {
				shown++
			}
			if f.Rule == "weekday-date" && f.Severity == Info {
				summary = f.Message
			}
		}
		assert.Equal(t, c.shown, shown)
		if c.more > 0 {
			assert.Contains(t, summary, fmt.Sprintf("%d more weekday-date findings", c.more))
		} else {
			assert.Empty(t, summary)
		}
		assert.Equal(t, c.dates, len(rep.Dates))
	}
}
