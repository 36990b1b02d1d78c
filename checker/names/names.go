// Package names finds the people and organisations an article names and
// links their later mentions (surnames, titles) to them. It also links a
// mention spelled slightly differently from a known name ("Ms. Kowalczik"
// after "Maria Kowalczyk") and marks it as a variant, so that a rule can
// report the discrepancy.
package names

import (
	"sort"

	"github.com/copydesk/copydesk/checker/text"
)

// Span is a stretch [Start, End) of the text, in bytes.
type Span struct {
	Start, End int
}

// Mention is one place a person is named.
type Mention struct {
	// Span is the name as written, without title or honorific ("Ana
	// Ruiz", "Ruiz").
	Span
	// Text is the name as written.
	Text string
	// Title is the office written before the name, lower case ("finance
	// minister", "president"), and TitleSpan where; empty if none.
	Title     string
	TitleSpan Span
	// Former is true for "former Finance Minister Ana Ruiz": a past
	// office, not a conflicting one.
	Former bool
	// Honorific is "mr", "ms", "mrs", "dr", ... if written.
	Honorific string
	// Full is true when the mention gives a given name and a surname.
	Full bool
	// Person is the index in Analysis.People of who is meant, or -1 when
	// the mention fits several people (a married couple's shared surname)
	// or none.
	Person int
	// Variant is true when the mention was linked to Person although it is
	// spelled differently ("Kowalczik" for "Kowalczyk"); Spelled is the
	// spelling it differs from.
	Variant bool
	Spelled string
	// Sentence is the index of its sentence in text.Sentences.
	Sentence int
}

// Person is one person the article names.
type Person struct {
	// Name is the first full name given ("Maria Kowalczyk").
	Name string
	// Given and Surname are its parts, as written.
	Given, Surname string
	// Mentions are indices into Analysis.Mentions, in order.
	Mentions []int
}

// Org is one organisation named ("the Finance Ministry").
type Org struct {
	Span
	Name string
}

// Analysis is the names of one article.
type Analysis struct {
	// People are the people named, in order of first mention.
	People []Person
	// Mentions are every mention of a person, in order of position.
	Mentions []Mention
	// Orgs are the organisations named, in order of position.
	Orgs []Org
}

// MentionAt returns the index of the mention that covers byte pos, or -1.
func (a Analysis) MentionAt(pos int) int {
	i := sort.Search(len(a.Mentions), func(i int) bool { return a.Mentions[i].End > pos })
	if i < len(a.Mentions) && a.Mentions[i].Start <= pos {
		return i
	}
	return -1
}

// PersonAt returns the index of the person named at byte pos, or -1.
func (a Analysis) PersonAt(pos int) int {
	if i := a.MentionAt(pos); i >= 0 {
		return a.Mentions[i].Person
	}
	return -1
}

// LastBefore returns the index of the last mention that ends at or before
// pos, or -1.
func (a Analysis) LastBefore(pos int) int {
	return sort.Search(len(a.Mentions), func(i int) bool { return a.Mentions[i].End > pos }) - 1
}

// Find returns the names in s.
func Find(s string) Analysis { return FindIn(s, text.Sentences(s)) }

// FindIn is Find for a text already split into sentences (by
// text.Sentences), so that a check splits it once.
func FindIn(s string, sents []text.Sentence) Analysis {
	if len(s) == 0 {
		return Analysis{}
	}
	runs := candidates(s, sents)
	return link(s, runs)
}
