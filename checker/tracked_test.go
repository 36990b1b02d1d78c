package checker_test

import (
	"context"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/copydesk/copydesk/checker"
	"github.com/copydesk/copydesk/checker/analysis"
	"github.com/copydesk/copydesk/rules"
)

// isClosed tells whether ch is closed, without waiting.
func isClosed(ch <-chan struct{}) bool {
	select {
	case <-ch:
		return true
	default:
		return false
	}
}

// TestCheckTrackedDoneAtReturn checks that when no step is left running,
// done is already closed when CheckTracked returns, error or not.
func TestCheckTrackedDoneAtReturn(t *testing.T) {
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	later, cancel2 := context.WithTimeout(context.Background(), time.Minute)
	defer cancel2()
	tests := []struct {
		name    string
		ctx     context.Context
		opts    checker.Options
		text    string
		wantErr error
	}{
		{"background", context.Background(), checker.Options{}, tenseStory, nil},
		{"deadline far off", later, checker.Options{}, tenseStory, nil},
		{"cancelled before", cancelled, checker.Options{}, tenseStory, context.Canceled},
		{"too large", context.Background(), checker.Options{MaxBytes: 10}, tenseStory, checker.ErrTooLarge},
		{"too large, deadline far off", later, checker.Options{MaxBytes: 10}, strings.Repeat("x", 11), checker.ErrTooLarge},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.opts.Rules = []*checker.Rule{rules.TenseTime}
			c, err := checker.New(tc.opts)
			require.NoError(t, err)
			rep, done, err := c.CheckTracked(tc.ctx, checker.Document{Text: tc.text, Published: pub})
			require.NotNil(t, done)
			assert.True(t, isClosed(done), "done is closed at return")
			if tc.wantErr != nil {
				require.ErrorIs(t, err, tc.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Len(t, rep.Findings, 1)
		})
	}
}

// TestCheckTrackedWaitsForAnOverrunningStep checks that when ctx ends in
// the middle of a rule, CheckTracked returns at once but done stays open
// until that rule returns, and that the rules after it do not run.
func TestCheckTrackedWaitsForAnOverrunningStep(t *testing.T) {
	tests := []struct {
		name  string
		onEnd func() // what the overrunning rule does once released
	}{
		{"returns", func() {}},
		{"panics", func() { panic("late") }},
		{"overruns some more", func() { time.Sleep(20 * time.Millisecond) }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			started, release := make(chan struct{}), make(chan struct{})
			var after atomic.Int32
			slow := &checker.Rule{ID: "slow", Summary: "overruns", Severity: checker.Warning,
				Run: func(*analysis.Pass) []checker.Finding {
					close(started)
					<-release
					tc.onEnd()
					return nil
				}}
			next := &checker.Rule{ID: "next", Summary: "counts its runs", Severity: checker.Warning,
				Run: func(*analysis.Pass) []checker.Finding { after.Add(1); return nil }}
			c, err := checker.New(checker.Options{Rules: []*checker.Rule{rules.TenseTime, slow, next}})
			require.NoError(t, err)
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			go func() { <-started; cancel() }() // ctx ends while the slow rule runs

			start := time.Now()
			_, done, err := c.CheckTracked(ctx, checker.Document{Text: tenseStory, Published: pub})
			require.ErrorIs(t, err, context.Canceled)
			assert.Less(t, time.Since(start), time.Second, "returns when ctx ends")
			time.Sleep(20 * time.Millisecond)
			assert.False(t, isClosed(done), "done stays open while the slow rule runs")

			close(release)
			select {
			case <-done:
			case <-time.After(time.Second):
				t.Fatal("done not closed after the slow rule returned")
			}
			assert.Zero(t, after.Load(), "the rules after the abandoned one are skipped")
		})
	}
}
