// Package dates finds the time expressions in news copy and resolves each to
// a calendar interval against the publication date.
package dates

import (
	"time"

	"github.com/copydesk/copydesk/checker/tense"
)

// Type is the TIMEX3 type of an expression.
type Type string

// TIMEX3 types.
const (
	Date     Type = "DATE"
	Time     Type = "TIME"
	Duration Type = "DURATION"
	Set      Type = "SET"
)

// Tense is the tense or modality of the clause an expression stands in.
type Tense = tense.Tense

// Expr is one time expression and what it resolved to.
type Expr struct {
	// Start and End are byte offsets of the expression in the text.
	Start, End int
	// Text is the expression as written.
	Text string
	// Type is DATE, TIME, DURATION or SET.
	Type Type
	// Value is the TIMEX3 value ("2026-02-04", "2025-H1", "P3Y", ...).
	Value string
	// Mod is the TIMEX3 mod (START, MID, END, APPROX, ...), if any.
	Mod string
	// From and To bound the calendar interval [From, To); zero when the
	// expression does not resolve to one (durations, sets, unknowns).
	From, To time.Time
	// Granularity is day, week, month, quarter, half, season, year,
	// decade, range, open or empty.
	Granularity string
	// Resolved reports whether From and To hold an interval.
	Resolved bool
	// Relative reports whether the resolution depended on the publication
	// date or on another expression ("yesterday", "this November", "that
	// year"), as opposed to being fully written out ("Feb. 4, 2026").
	Relative bool
	// Resolution says how it was resolved, as a message can quote it:
	// "this November → 2026-11, from the publication date 2026-02-04".
	Resolution string
	// Tense is the tense of its clause; TenseCue the words that decided it.
	Tense    Tense
	TenseCue string
}

// Options tune the resolver.
type Options struct {
	// DayFirst reads 2/4/2026 as 2 April rather than February 4.
	DayFirst bool
}

// Resolve finds and resolves every time expression in text against ref,
// the publication date, in order of position.
func Resolve(text string, ref time.Time, opts Options) []Expr {
	return nil
}
