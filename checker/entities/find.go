package entities

import (
	"time"

	"github.com/copydesk/copydesk/checker/dates"
	"github.com/copydesk/copydesk/checker/quantities"
	"github.com/copydesk/copydesk/checker/tagger"
)

// Find analyses s on its own, published on ref: it reads and tags s,
// resolves its dates and finds its quantities itself, then calls Analyze.
// A check shares those steps among its analyses and calls Analyze.
func Find(s string, ref time.Time) Analysis {
	sents := tagger.Default().Read(s, nil)
	return Analyze(Input{
		Text:       s,
		Reading:    sents,
		Dates:      dates.Resolve(s, ref, dates.Options{}),
		Quantities: quantities.FindIn(s, sents.Sentences),
	})
}
