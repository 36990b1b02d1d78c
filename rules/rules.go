// Package rules defines copydesk's checks, one file per rule. Each rule reads
// the shared analyses in an analysis.Pass and returns findings; none parses
// text itself.
package rules

import "github.com/copydesk/copydesk/checker/analysis"

// All returns every rule, in a stable order. The slice is new on each call,
// so callers may filter it freely.
func All() []*analysis.Rule {
	return []*analysis.Rule{
		WeekdayDate,
		InvalidDate,
		RelativeAbsolute,
		TenseTime,
		EventCount,
		EventDate,
		Sequence,
		NumberRestated,
		SumTotal,
		EnumCount,
		AgeYear,
		Duration,
		NameVariant,
		DeskName,
		DeskAge,
		DeskTitle,
		DeskEvent,
		ReferenceDate,
	}
}

// ByID returns the rule with the given ID, or nil.
func ByID(id string) *analysis.Rule {
	for _, r := range All() {
		if r.ID == id {
			return r
		}
	}
	return nil
}
