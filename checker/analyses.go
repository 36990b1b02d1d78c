package checker

import (
	"context"

	"github.com/copydesk/copydesk/checker/analysis"
	"github.com/copydesk/copydesk/checker/dates"
	"github.com/copydesk/copydesk/checker/events"
	"github.com/copydesk/copydesk/checker/names"
	"github.com/copydesk/copydesk/checker/quantities"
	"github.com/copydesk/copydesk/checker/text"
)

// runAnalyses fills pass with every analysis, each run once and guarded so
// that one failing analysis leaves the others (and the rules) working. It
// returns as soon as ctx ends: the steps run on their own goroutine, which
// finishes the step under way (a few hundred milliseconds on megabytes)
// and stops; the caller then returns ctx's error and never reads pass.
func runAnalyses(ctx context.Context, p *analysis.Pass, opts Options, guard func(string, func())) {
	steps := []struct {
		name string
		run  func()
	}{
		{"sentence splitting", func() { p.Sentences = text.Sentences(p.Text) }},
		{"date resolution", func() {
			p.Dates = dates.Resolve(p.Text, p.Reference.Date, dates.Options{DayFirst: opts.DayFirst})
		}},
		{"quantities", func() { p.Quantities = quantities.Find(p.Text) }},
		{"names", func() { p.Names = names.Find(p.Text) }},
		{"events", func() { p.Events = events.Analyze(p.Text, p.Sentences, p.Dates) }},
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		for _, s := range steps {
			if ctx.Err() != nil {
				return
			}
			guard("analysis "+s.name, s.run)
		}
	}()
	select {
	case <-done:
	case <-ctx.Done():
	}
}
