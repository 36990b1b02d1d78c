package checker

import (
	"context"

	"github.com/copydesk/copydesk/checker/analysis"
	"github.com/copydesk/copydesk/checker/dates"
	"github.com/copydesk/copydesk/checker/desk"
	"github.com/copydesk/copydesk/checker/entities"
	"github.com/copydesk/copydesk/checker/events"
	"github.com/copydesk/copydesk/checker/quantities"
	"github.com/copydesk/copydesk/checker/tagger"
	"github.com/copydesk/copydesk/checker/tense"
	"github.com/copydesk/copydesk/checker/text"
)

// runAnalyses fills pass with every analysis, each run once and guarded so
// that one failing analysis leaves the others (and the rules) working. It
// looks at ctx between steps. first is true for the text's first section,
// the only one that may open with a dateline.
func runAnalyses(ctx context.Context, p *analysis.Pass, opts Options, first bool, guard *guard) {
	// One tense analysis per sentence, built on first use, serves both the
	// date resolver and the event model.
	var tc *tense.Cache
	steps := []struct {
		name string
		run  func()
	}{
		{"reading", func() {
			p.Sentences = text.Sentences(p.Text)
			p.Reading = tagger.Default().Read(p.Text, p.Sentences)
			tc = tense.NewCacheOf(p.Text, p.Reading)
		}},
		{"date resolution", func() {
			p.Dates = dates.Resolve(p.Text, p.Reference.Date, dates.Options{DayFirst: opts.DayFirst, Tense: tc, Reading: p.Reading, Dateline: p.Dateline})
		}},
		{"quantities", func() {
			if p.Sentences == nil { // the reading failed: split again
				p.Quantities = quantities.Find(p.Text)
				return
			}
			if p.Reading == nil {
				p.Quantities = quantities.FindDated(p.Text, p.Sentences, p.Dates)
				return
			}
			p.Quantities = quantities.FindRead(p.Text, p.Reading, p.Dates, tc)
		}},
		{"entities", func() {
			p.Entities = entities.Analyze(entities.Input{Text: p.Text, Reading: p.Reading, Dates: p.Dates, Quantities: p.Quantities, Published: p.Reference.Date})
		}},
		{"events", func() {
			var dl events.Span
			if first && p.Dateline.End > 0 {
				dl = events.Span{Start: p.Dateline.Start, End: p.Dateline.End}
			}
			p.Events = events.AnalyzeWith(p.Text, p.Sentences, p.Dates, events.Options{Dateline: dl, Tense: tc, People: &p.Entities, Reading: p.Reading})
		}},
		{"desk facts", func() {
			if p.Facts != nil {
				p.Desk = desk.Link(desk.Input{Facts: p.Facts, Text: p.Text, Reading: p.Reading, Dates: p.Dates,
					Entities: &p.Entities, Events: &p.Events, Reference: p.Reference.Date})
			}
		}},
	}
	for _, s := range steps {
		if ctx.Err() != nil {
			return
		}
		guard.run("analysis ", s.name, s.run)
	}
}

// untilDone runs work and returns nil when it is done, or ctx's error as
// soon as ctx ends, even in the middle of a long step or one that never
// ends (a bug: FuzzCheck once found a tokenizer loop). When ctx can end,
// work runs on its own goroutine, which the caller abandons if ctx ends
// first (work must then write nothing the caller reads). A context that
// never ends (Background) runs work inline: the hand-over to another
// goroutine can cost as much as the check of a short article on a loaded
// machine (a thread wake-up, cold caches).
//
// The channel it returns is closed once work has returned: already when
// untilDone returns, unless ctx ended first and work is still running.
func untilDone(ctx context.Context, work func()) (<-chan struct{}, error) {
	if ctx.Done() == nil {
		work()
		return closed, nil
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		work()
	}()
	select {
	case <-done:
		return done, ctx.Err()
	case <-ctx.Done():
		return done, ctx.Err()
	}
}

// closed is a channel closed at init, the done channel of work that has
// already ended; it is never written again.
var closed = func() chan struct{} {
	c := make(chan struct{})
	close(c)
	return c
}()
