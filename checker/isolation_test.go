package checker_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/copydesk/copydesk/checker"
	"github.com/copydesk/copydesk/checker/analysis"
	"github.com/copydesk/copydesk/rules"
)

// tenseStory draws one tense-time finding from the built-in rules.
const tenseStory = "BERLIN, Jan. 14, 2026 (Copydesk) — The minister will open the new bridge in the first half of 2025."

func TestPanickingRuleIsIsolated(t *testing.T) {
	boom := func(msg any) *checker.Rule {
		return &checker.Rule{ID: "boom", Summary: "panics", Severity: checker.Warning,
			Run: func(*analysis.Pass) []checker.Finding { panic(msg) }}
	}
	nilDeref := &checker.Rule{ID: "nil-deref", Summary: "dereferences nil", Severity: checker.Warning,
		Run: func(p *analysis.Pass) []checker.Finding {
			var q *analysis.Pass
			return []checker.Finding{{Message: q.Text}}
		}}
	tests := []struct {
		name  string
		rules []*checker.Rule
		id    string
	}{
		{"panic before", []*checker.Rule{boom("kaboom"), rules.TenseTime}, "boom"},
		{"panic after", []*checker.Rule{rules.TenseTime, boom("kaboom")}, "boom"},
		{"panic with an error value", []*checker.Rule{boom(assert.AnError), rules.TenseTime}, "boom"},
		{"runtime error", []*checker.Rule{nilDeref, rules.TenseTime}, "nil-deref"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := checker.New(checker.Options{Rules: tc.rules})
			require.NoError(t, err)
			rep, err := c.Check(context.Background(), checker.Document{Text: tenseStory,
				Published: time.Date(2026, 1, 14, 0, 0, 0, 0, time.UTC)})
			require.NoError(t, err)
			var internal, tense []checker.Finding
			for _, f := range rep.Findings {
				switch f.Rule {
				case checker.InternalErrorRule:
					internal = append(internal, f)
				case rules.TenseTime.ID:
					tense = append(tense, f)
				}
			}
			require.Len(t, internal, 1, "one internal-error finding")
			assert.Contains(t, internal[0].Message, "rule "+tc.id)
			assert.Contains(t, internal[0].Message, "panic")
			assert.Equal(t, checker.Error, internal[0].Severity)
			require.Len(t, tense, 1, "the other rule's finding stands")
			assert.Contains(t, tense[0].Span.Text, "will open the new bridge in the first half of 2025")
		})
	}
}

func TestContextEnds(t *testing.T) {
	big := repeatTo(benchArticle(t), "\n", 5<<20)
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	expired, cancel2 := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel2()
	tests := []struct {
		name   string
		ctx    func() (context.Context, context.CancelFunc)
		text   string
		want   error
		prompt time.Duration
	}{
		{"cancelled", func() (context.Context, context.CancelFunc) { return cancelled, func() {} }, tenseStory, context.Canceled, 100 * time.Millisecond},
		{"cancelled, 5 MB", func() (context.Context, context.CancelFunc) { return cancelled, func() {} }, big, context.Canceled, 100 * time.Millisecond},
		{"expired, 5 MB", func() (context.Context, context.CancelFunc) { return expired, func() {} }, big, context.DeadlineExceeded, 100 * time.Millisecond},
		{"expires during the check, 5 MB", func() (context.Context, context.CancelFunc) {
			return context.WithTimeout(context.Background(), 50*time.Millisecond)
		}, big, context.DeadlineExceeded, time.Second},
		{"cancelled during the check, 5 MB", func() (context.Context, context.CancelFunc) {
			ctx, cancel := context.WithCancel(context.Background())
			time.AfterFunc(20*time.Millisecond, cancel)
			return ctx, cancel
		}, big, context.Canceled, time.Second},
	}
	c, err := checker.New(checker.Options{})
	require.NoError(t, err)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if testing.Short() && len(tc.text) > 1<<20 {
				t.Skip("multi-megabyte input: skipped with -short")
			}
			ctx, cancel := tc.ctx()
			defer cancel()
			start := time.Now()
			_, done, err := c.CheckTracked(ctx, checker.Document{Text: tc.text, Published: pub})
			took := time.Since(start)
			require.ErrorIs(t, err, tc.want)
			// No work is left running for the tests and benchmarks after.
			defer func() {
				select {
				case <-done:
				case <-time.After(2 * time.Second):
					t.Error("the abandoned work did not stop within 2 s")
				}
			}()
			deadline, _ := ctx.Deadline()
			if deadline.IsZero() || deadline.Before(start) {
				deadline = start
			}
			assert.Less(t, time.Since(deadline), tc.prompt,
				"returned %v after the context ended (check took %v)", time.Since(deadline), took)
		})
	}
}

func TestMaxBytes(t *testing.T) {
	c, err := checker.New(checker.Options{MaxBytes: 100})
	require.NoError(t, err)
	_, err = c.Check(context.Background(), checker.Document{Text: strings.Repeat("x", 101)})
	require.ErrorIs(t, err, checker.ErrTooLarge)
	assert.Contains(t, err.Error(), "101 bytes, limit 100")
	_, err = c.Check(context.Background(), checker.Document{Text: strings.Repeat("x", 100)})
	require.NoError(t, err)
}

// TestContextEndsAStuckRule checks that a rule that never returns (a bug)
// does not hold Check past its context: the caller gets the context's error
// at the deadline, and the stuck goroutine is abandoned.
func TestContextEndsAStuckRule(t *testing.T) {
	release := make(chan struct{})
	t.Cleanup(func() { close(release) })
	stuck := &checker.Rule{ID: "stuck", Summary: "never returns", Severity: checker.Warning,
		Run: func(*analysis.Pass) []checker.Finding { <-release; return nil }}
	c, err := checker.New(checker.Options{Rules: []*checker.Rule{rules.TenseTime, stuck}})
	require.NoError(t, err)
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err = c.Check(ctx, checker.Document{Text: tenseStory, Published: pub})
	require.ErrorIs(t, err, context.DeadlineExceeded)
	assert.Less(t, time.Since(start), time.Second)
}

// TestDeadlineOnOneLongLine: a 5 MiB single line (no line break to map
// spans by), and a 6 MB Markdown list read by the CommonMark parser,
// checked under deadlines of 300 ms and 1.5 s return the context's error
// within 100 ms of each, reading the input included, and the work they
// started stops soon after (sections look at the context between them).
func TestDeadlineOnOneLongLine(t *testing.T) {
	if testing.Short() {
		t.Skip("multi-megabyte input: skipped with -short")
	}
	line := strings.Repeat("The vote is set for Wednesday, Feb. 5, 2026, officials said. ", (5<<20)/62)
	list := strings.Repeat("- The vote is set for *Wednesday, Feb. 5, 2026*, [officials](https://x.org) said.\n", 6<<20/82)
	c, err := checker.New(checker.Options{})
	require.NoError(t, err)
	for _, tc := range []struct {
		doc checker.Document
		d   time.Duration
	}{
		{checker.Document{Text: line, Published: pub}, 300 * time.Millisecond},
		{checker.Document{Text: line, Published: pub}, 1500 * time.Millisecond},
		{checker.Document{Text: list, Published: pub, Format: "markdown"}, 300 * time.Millisecond},
		{checker.Document{Text: list, Published: pub, Format: "markdown"}, 1500 * time.Millisecond},
	} {
		d := tc.d
		ctx, cancel := context.WithTimeout(context.Background(), d)
		start := time.Now()
		_, done, err := c.CheckTracked(ctx, tc.doc)
		late := time.Since(start) - d
		cancel()
		if err == nil {
			continue // a fast machine finished first: nothing to time
		}
		require.ErrorIs(t, err, context.DeadlineExceeded)
		assert.Less(t, late, 100*time.Millisecond, "returned %v after the deadline", late)
		select {
		case <-done:
		case <-time.After(2 * time.Second):
			t.Fatal("the abandoned work did not stop within 2 s")
		}
	}
}
