// Package desk links one article to a desk's facts (package facts): which
// person of the facts each person of the copy is, which desk event and
// which of its instances each event mention names, and which names are
// written close to, but not as, a house form. The desk rules join these
// links with the copy's ages, titles and dates; nothing here judges.
package desk

import (
	"strings"
	"time"

	"github.com/copydesk/copydesk/checker/dates"
	"github.com/copydesk/copydesk/checker/entities"
	"github.com/copydesk/copydesk/checker/events"
	"github.com/copydesk/copydesk/checker/facts"
	"github.com/copydesk/copydesk/checker/lexicon"
	"github.com/copydesk/copydesk/checker/text"
)

// Input is what the linking reads.
type Input struct {
	Facts     *facts.Facts
	Text      string
	Reading   *text.Reading
	Dates     []dates.Expr
	Entities  *entities.Analysis
	Events    *events.Analysis
	Reference time.Time
	// Lexicon is the word knowledge to use; nil means lexicon.Default().
	Lexicon *lexicon.Lexicon
}

// Analysis is the article's links to the desk's facts.
type Analysis struct {
	// People maps the index of a person of the entity layer to the index
	// of the desk person it is.
	People map[int]int
	// Accepted holds the mentions of the entity layer whose spelling the
	// desk accepts for the person they name (its house form or a form it
	// lists): two such spellings in one article are no variant.
	Accepted map[int]bool
	// AgeDates maps an age the copy gives for an earlier time ("was 63 when
	// he was sworn in on Jan. 15, 2012") to the date after it in its
	// sentence that says when, by index in the dates.
	AgeDates map[int]int
	// Variants are names written close to a house form but not as it, nor
	// as a form the desk accepts.
	Variants []Variant
	// Events are the event mentions that name a desk event.
	Events []EventLink
}

// Variant is a name spelled otherwise than the desk's house form.
type Variant struct {
	text.Span
	// Written is the name as the copy spells it; House the desk's form.
	Written, House string
	// Kind is "person", "organisation", "place" or "event".
	Kind string
}

// EventLink ties an event mention to a desk event and the instance the
// copy speaks of.
type EventLink struct {
	// Trigger is the event's noun as written.
	Trigger text.Span
	// Entry is the index of the desk event; Instance the index of the
	// instance in its dates, or -1 when the desk has none for it.
	Entry, Instance int
	// Date is the index of the copy's date for the mention, or -1.
	Date int
	// Place is the place the copy gives it ("in Lima"), "" if none, and
	// PlaceSpan where.
	Place     string
	PlaceSpan text.Span
	// PlaceAgrees tells whether that place is the instance's: its name,
	// a form the desk lists for it, or a venue in a sentence that names it.
	PlaceAgrees bool
	// Chosen says how the instance was chosen, for messages.
	Chosen string
}

// Link links one article to the facts. With no facts it returns nothing.
func Link(in Input) Analysis {
	if in.Facts == nil || in.Entities == nil || in.Reading == nil {
		return Analysis{}
	}
	if in.Lexicon == nil {
		in.Lexicon = lexicon.Default()
	}
	a := Analysis{People: map[int]int{}, Accepted: map[int]bool{}}
	linkPeople(&a, in)
	a.AgeDates = pastAgeDates(in)
	namedVariants(&a, in)
	if in.Events != nil {
		linkEvents(&a, in)
	}
	return a
}

// fold lower-cases a name and makes its spaces single.
func fold(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// parts returns a name's given name (its first word, when it has two or
// more) and surname (its last word, a generational suffix skipped).
func parts(name string) (given, surname string) {
	f := strings.Fields(fold(name))
	if n := len(f); n > 1 {
		switch strings.TrimSuffix(f[n-1], ".") {
		case "jr", "sr", "ii", "iii", "iv":
			f = f[:n-1]
		}
	}
	switch len(f) {
	case 0:
		return "", ""
	case 1:
		return "", f[0]
	}
	return f[0], f[len(f)-1]
}

// pastAgeDates finds, for each age at an earlier time, the resolved date
// after it in its sentence that dates it.
func pastAgeDates(in Input) map[int]int {
	out := map[int]int{}
	for gi, g := range in.Entities.Ages {
		if !g.Past {
			continue
		}
		k := in.Reading.TokenAt(g.Start)
		if k < 0 {
			continue
		}
		sent := in.Reading.Sentences[in.Reading.SentenceOf(k)]
		for di, d := range in.Dates {
			if d.Start >= g.End && d.End <= sent.End && d.Resolved && d.Type == dates.Date {
				out[gi] = di
				break
			}
		}
	}
	return out
}
