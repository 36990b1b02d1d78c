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
// looks at ctx between steps. A text past asyncBytes, whose steps may each
// take a good part of a second, is analysed on its own goroutine so that
// runAnalyses returns as soon as ctx ends: that goroutine finishes the step
// under way and stops, and the caller returns ctx's error without reading
// pass. Shorter texts run inline: handing a millisecond of work to another
// goroutine costs more than it saves (often a thread wake-up and cold
// caches: the check of one article took twice as long on a loaded machine).
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
		{"events", func() {
			var dl events.Span
			if d, ok := dates.FindDateline(p.Text); ok {
				dl = events.Span{Start: d.Start, End: d.End}
			}
			p.Events = events.AnalyzeWith(p.Text, p.Sentences, p.Dates, events.Options{Dateline: dl})
		}},
	}
	run := func() {
		for _, s := range steps {
			if ctx.Err() != nil {
				return
			}
			guard("analysis "+s.name, s.run)
		}
	}
	if len(p.Text) < asyncBytes || ctx.Done() == nil {
		run()
		return
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		run()
	}()
	select {
	case <-done:
	case <-ctx.Done():
	}
}

// asyncBytes is the text length from which the analyses run on their own
// goroutine: about 10 ms of work per step.
const asyncBytes = 256 << 10
