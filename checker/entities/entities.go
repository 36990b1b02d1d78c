// Package entities is copydesk's one model of the people (and the
// organisations) an article speaks of: every mention of a person, whether
// by name ("Ana Ruiz", "Ms. Ruiz", "Finance Minister Ruiz"), by pronoun
// ("she", "his") or by a role ("the 52-year-old pharmacist", "the
// foreman"), resolved to one Person; and the facts the copy gives about
// each, with the time they hold: ages and birth dates.
//
// It reads the shared reading of the copy (tokens with part of speech and
// lemma), the resolved dates and the quantities; the rules only join what
// it decided ("these two ages are one person's").
//
// Resolution is deterministic and local, in the manner of rule-based
// coreference sieves: names first (a surname links to the one person of
// that surname, or, spelled one letter off, to the one person it nearly
// matches); then roles (a role noun links to the person introduced in that
// role, by apposition or before the name); then pronouns (the subject of
// the clause or sentence before, agreeing in gender where the copy has
// shown it). A fronted participial phrase ("Born in 1980 in Lyon, Moreau
// studied law") belongs to the subject after it.
package entities

import (
	"sort"

	"github.com/copydesk/copydesk/checker/text"
)

// Span is a stretch [Start, End) of the text, in bytes.
type Span = text.Span

// Kind is how a mention refers to its person.
type Kind uint8

// The kinds of mention.
const (
	// Name is a name, with or without title ("Ana Ruiz", "Ms. Ruiz").
	Name Kind = iota
	// Pronoun is "he", "she", "him", "her", "his".
	Pronoun
	// Role is a noun phrase headed by a person noun ("the foreman", "the
	// 52-year-old pharmacist", "the mayor").
	Role
)

// Mention is one place a person is referred to.
type Mention struct {
	// Span is the name as written, without title or honorific ("Ana
	// Ruiz", "Ruiz"); the pronoun; or the role noun phrase.
	Span
	// Kind says whether it is a name, a pronoun or a role.
	Kind Kind
	// Text is the mention as written.
	Text string
	// Title is the office written before a name, lower case ("finance
	// minister", "president"), and TitleSpan where; empty if none.
	Title     string
	TitleSpan Span
	// Former is true for "former Finance Minister Ana Ruiz": a past
	// office, not a conflicting one; for a role, one a linking verb in the
	// past gave the subject ("she was the region's first president").
	Former bool
	// Honorific is "mr", "ms", "mrs", "dr", ... if written.
	Honorific string
	// Full is true when the mention gives a given name and a surname.
	Full bool
	// Person is the index in Analysis.People of who is meant, or -1 when
	// the mention fits several people (a married couple's shared surname)
	// or none.
	Person int
	// Variant is true when a name was linked to Person although it is
	// spelled differently ("Kowalczik" for "Kowalczyk"); Spelled is the
	// spelling it differs from.
	Variant bool
	Spelled string
	// Role is the lemma of a role mention's head noun ("pharmacist").
	Role string
	// Sentence is the index of its sentence.
	Sentence int
	// Subject is true when no finite verb stands between the start of the
	// sentence and the mention: it is the subject of the main clause.
	Subject bool
	// Possessor is true for a name or pronoun that owns the noun after it
	// ("Balan's government", "her ministry"): not itself the subject.
	Possessor bool
	// Quoted is true for a mention inside direct speech.
	Quoted bool
	// Aside is true for a mention in a phrase set off by commas after the
	// subject ("The jury, chaired by the poet Amílcar Chissano,"):
	// someone told in passing.
	Aside bool
	// Shared is true for a name that several people of the copy bear and
	// that the copy does not tell apart here ("the younger Brekkestø"
	// after two brothers): someone, but not someone the copy resolves.
	Shared bool
}

// Person is one person the article speaks of.
type Person struct {
	// Name is the fullest name given ("Maria Kowalczyk"); for a person
	// known only by a role, its first description ("the foreman", "her
	// mother").
	Name string
	// Given and Surname are its parts, as written.
	Given, Surname string
	// Mentions are indices into Analysis.Mentions, in order.
	Mentions []int
	// Roles are the role nouns the copy gives the person, as lemmas
	// ("pharmacist", "mayor").
	Roles []string
	// Nationality is the country a demonym gives the person ("Russian
	// President Vladimir Putin": Russia), or "".
	Nationality string
	// Gender is 'f' or 'm' when the copy shows it (an honorific, a
	// gendered role noun, a pronoun that could only be this person), else 0.
	Gender byte
	// offices are the distinct current titles its name mentions carry.
	offices []string
}

// Org is one organisation named ("the Finance Ministry").
type Org struct {
	Span
	Name string
}

// Age is an age the copy gives a person.
type Age struct {
	// Span is the figure as written ("47", "52-year-old", "aged 61").
	Span
	Text string
	// Value is the age in years.
	Value int
	// Person is the index in Analysis.People, or -1 when unknown.
	Person int
	// By is the mention that ties it to the person.
	By int
	// Past is true for an age at an earlier time ("was 40 when elected").
	Past bool
	// Restated is true for an age written as a bare description ("the
	// 56-year-old") that may refer back to any person of that age.
	Restated bool
}

// Birth is a birth date the copy gives a person.
type Birth struct {
	// Span is the date as written ("1980", "June 3, 1975").
	Span
	Text string
	// Year is the year of birth; Month and Day are 0 when not given.
	Year, Month, Day int
	// MonthTo is the last month the birthday may fall in when the copy
	// gives a span of months ("turned 50 in the summer": June to August),
	// else 0.
	MonthTo int
	// OrNext is true for a birth known only to fall in Year or the year
	// after: the copy gave an age at a dated time ("was 24 when she
	// joined the firm in 1998": 1973 or 1974).
	OrNext bool
	// Person is the index in Analysis.People, or -1 when unknown.
	Person int
	// By is the mention that ties it to the person.
	By int
}

// Analysis is the people of one article.
type Analysis struct {
	// People are the people spoken of, in order of first mention.
	People []Person
	// Mentions are every mention of a person, in order of position.
	Mentions []Mention
	// Orgs are the organisations named, in order of position.
	Orgs []Org
	// Ages and Births are the facts given about people, in order.
	Ages   []Age
	Births []Birth
	// TitleChanges are the offices given one person that cannot all hold.
	TitleChanges []TitleChange
	// Appointments are the offices the copy says people took.
	Appointments []Appointment
}

// MentionAt returns the index of the mention that covers byte pos, or -1.
func (a Analysis) MentionAt(pos int) int {
	i := sort.Search(len(a.Mentions), func(i int) bool { return a.Mentions[i].End > pos })
	if i < len(a.Mentions) && a.Mentions[i].Start <= pos {
		return i
	}
	return -1
}

// PersonAt returns the index of the person mentioned at byte pos, or -1.
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
