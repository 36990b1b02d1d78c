package entities

import (
	"time"

	"github.com/copydesk/copydesk/checker/dates"
	"github.com/copydesk/copydesk/checker/lexicon"
	"github.com/copydesk/copydesk/checker/quantities"
	"github.com/copydesk/copydesk/checker/text"
)

// Input is what the entity layer reads of one article.
type Input struct {
	// Text is the article as plain text.
	Text string
	// Reading is its shared reading, tagged (tokens with part of speech
	// and lemma).
	Reading *text.Reading
	// Dates are its resolved time expressions, for birth dates.
	Dates []dates.Expr
	// Quantities are its figures, for ages.
	Quantities []quantities.Quantity
	// Lexicon is the word knowledge to use; nil means lexicon.Default().
	Lexicon *lexicon.Lexicon
	// Published is the publication date, for the year an age was born
	// in; zero when unknown.
	Published time.Time
}

// Analyze finds the people and organisations of one article, resolves
// every mention of a person, and ties ages and birth dates to people.
func Analyze(in Input) Analysis {
	if in.Text == "" || in.Reading == nil {
		return Analysis{}
	}
	f := &finder{s: in.Text, lx: in.Lexicon, r: in.Reading}
	if f.lx == nil {
		f.lx = lexicon.Default()
	}
	f.aged = agedNames(in.Quantities)
	f.spanEnds = spanEnds(in.Dates)
	a := f.link(f.candidates())
	f.refer(&a)
	f.genderApart(&a)
	f.delayedLead(&a)
	f.ages(&a, in.Quantities, in.Dates)
	f.births(&a, in.Dates)
	if f.comparedByAge(&a, in.Published) {
		// A mention resolved by the ages just read may carry an age or a
		// birth of its own: read them again.
		a.Ages, a.Births = nil, nil
		f.ages(&a, in.Quantities, in.Dates)
		f.births(&a, in.Dates)
	}
	a.TitleChanges = f.titleChanges(&a)
	a.Appointments = f.appointments(&a, in.Dates)
	return a
}

// spanEnds returns the end offsets of the durations among ds.
func spanEnds(ds []dates.Expr) map[int]bool {
	m := map[int]bool{}
	for _, d := range ds {
		if d.Type == dates.Duration {
			m[d.End] = true
		}
	}
	return m
}

// agedNames returns the end offsets of the names the quantities found an
// age of: an age is evidence that a name is a person's, whatever form it
// takes.
func agedNames(qs []quantities.Quantity) map[int]bool {
	m := map[int]bool{}
	for _, q := range qs {
		if q.Kind == quantities.Age && q.SubjectIsName {
			m[q.Subject.End] = true
		}
	}
	return m
}
