// Package checker is copydesk's library API: it checks one news article for
// contradictions with itself and with its publication date.
//
//	rep, err := checker.Check(ctx, checker.Document{Text: story, Published: pub})
//
// Check turns the input (plain text, Markdown, HTML or NITF) into plain text,
// runs the analyses once (sentences, dates, events, quantities, names), runs
// every rule over them and returns the findings sorted by position, with
// spans that point into the caller's original bytes. A Checker is safe for
// concurrent use.
package checker

import (
	"time"

	"github.com/copydesk/copydesk/checker/analysis"
	"github.com/copydesk/copydesk/checker/facts"
)

// Finding, Span, Related and Severity are the types rules report; they live
// in package analysis so that rules can use them without importing checker.
type (
	// Finding is one contradiction found.
	Finding = analysis.Finding
	// Span is a stretch of the input: byte offsets, 1-based line and column.
	Span = analysis.Span
	// Related is a further span of a finding, with a note.
	Related = analysis.Related
	// Severity is error, warning or info.
	Severity = analysis.Severity
	// Rule is one check.
	Rule = analysis.Rule
)

// The severities.
const (
	Info    = analysis.Info
	Warning = analysis.Warning
	Error   = analysis.Error
)

// Document is one article to check.
type Document struct {
	// Text is the article as the caller has it, in Format.
	Text string
	// Format is "text", "markdown", "html" or "nitf"; empty to detect it
	// from Name's extension or the content.
	Format string
	// Name is the file name, used only to detect the format (optional).
	Name string
	// Published is the publication date; zero to take it from the copy
	// (front matter, metadata, dateline) or, failing that, today.
	Published time.Time
	// DayFirst, when set, overrides Options.DayFirst for this document
	// (a desk that files day-first copy through a shared service).
	DayFirst *bool
}

// Options configure a Checker. The zero value runs every rule with its
// default severity.
type Options struct {
	// Disabled lists rule IDs not to run.
	Disabled []string
	// Severity overrides rules' default severities, by rule ID.
	Severity map[string]Severity
	// Today is the date assumed when the article gives none; zero means
	// the current date (UTC).
	Today time.Time
	// DayFirst reads numeric dates like 2/4/2026 as day/month.
	DayFirst bool
	// MaxBytes rejects larger inputs with ErrTooLarge; 0 means no limit.
	MaxBytes int
	// MaxPerRule bounds the findings one rule reports on one document:
	// past it, one info finding of that rule says how many more there
	// were. 0 means DefaultMaxPerRule; a negative value, no bound.
	MaxPerRule int
	// MaxDates bounds the time expressions a report lists (Report.Dates);
	// 0 means DefaultMaxDates; a negative value, no bound.
	MaxDates int
	// Workers bounds the sections of a long copy (see SectionBytes) read
	// at once; 0 means GOMAXPROCS, 1 reads them one after another. Copy
	// of one section is read by one goroutine whatever this says.
	Workers int
	// Rules replaces the built-in rule set (for tests and embedders);
	// nil means rules.All().
	Rules []*Rule
	// Settings sets rules' thresholds, by rule ID and setting name (see
	// Rule.Settings); New checks each exists and is within its range.
	Settings map[string]map[string]float64
	// Facts is a desk's facts file (facts.Parse), against which the desk
	// rules check the copy; nil turns them off.
	Facts *facts.Facts
}

// Bounds on a report's size, so that hostile or machine-made copy (the
// same wrong date a hundred thousand times) gives a report an editor can
// read and a service can send.
const (
	DefaultMaxPerRule = 100
	DefaultMaxDates   = 2000
)

// ReferenceDate is the date relative expressions were resolved against and
// where it came from: "flag" (given by the caller), "front-matter",
// "metadata", "dateline" or "today".
type ReferenceDate struct {
	Date   string `json:"date"`
	Source string `json:"source"`
}

// Date is one time expression of the article and how it was resolved.
type Date struct {
	Span
	// Type is DATE, TIME, DURATION or SET; Value its TIMEX3 value.
	Type  string `json:"type"`
	Value string `json:"value"`
	Mod   string `json:"mod,omitempty"`
	// From and To bound the interval as YYYY-MM-DD, To exclusive; empty
	// when the expression is not an interval.
	From        string `json:"from"`
	To          string `json:"to"`
	Granularity string `json:"granularity"`
	// Tense is the tense of its clause; TenseCue the words that decided it.
	Tense    string `json:"tense"`
	TenseCue string `json:"tense_cue,omitempty"`
	// Resolved says how it was resolved, e.g. "this November → 2026-11,
	// from the publication date 2026-02-04".
	Resolved string `json:"resolved"`
	// Relative tells whether the resolution depended on the publication
	// date or on another expression ("yesterday", "that year").
	Relative bool `json:"relative"`
	// Invalid says why a written date does not exist ("Feb. 30").
	Invalid string `json:"invalid,omitempty"`
}

// Report is the result of checking one article.
type Report struct {
	ReferenceDate ReferenceDate `json:"reference_date"`
	Findings      []Finding     `json:"findings"`
	Dates         []Date        `json:"dates"`
	// Suppressed counts the findings suppression comments in the copy
	// left out (<!-- copydesk-disable RULE -->).
	Suppressed int `json:"suppressed,omitempty"`
}

// Count returns how many findings are at or above severity min.
func (r Report) Count(min Severity) int {
	n := 0
	for _, f := range r.Findings {
		if f.Severity.Rank() >= min.Rank() {
			n++
		}
	}
	return n
}
