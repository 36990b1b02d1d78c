package dates

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSameUnitDatedByClause: "the same year" before a clause names the
// year of the clause's event, not the year written last, so it is left
// unresolved; before a time phrase ("a year earlier", "last year") it is
// still the anaphora it was.
func TestSameUnitDatedByClause(t *testing.T) {
	const lead = "The mill opened in 1961 and had 80 workers in 2015. "
	for _, tt := range []struct {
		src, text string
		resolved  bool
	}{
		{lead + "Her father was born the same year the mill was.", "the same year", false},
		{lead + "She retired the same month her husband did.", "the same month", false},
		{lead + "He started the same week they opened the second line.", "the same week", false},
		{lead + "Its rival closed that year, the same year it was sold.", "the same year", false},
		{lead + "A second mill opened the same year.", "the same year", true},
		{lead + "Sales rose from the same period a year earlier.", "the same period a year earlier", true},
	} {
		found := exprWithText(tt.src, tt.text)
		if assert.NotNil(t, found, tt.src) {
			assert.Equal(t, tt.resolved, found.Resolved, tt.src)
		}
	}
}

// TestSpelledOrdinalDay: a day of the month spelled as an ordinal word
// after its month, as broadcast scripts write it, is a date.
func TestSpelledOrdinalDay(t *testing.T) {
	for _, tt := range []struct{ src, text, value string }{
		{"The day is this coming Saturday, March eighth.", "Saturday, March eighth", "2026-03-08"},
		{"Talks resume on March twenty-first in Geneva.", "March twenty-first", "2026-03-21"},
		{"The vote was held on January thirty first, 2025.", "January thirty first, 2025", "2025-01-31"},
		{"He spoke on May second.", "May second", "2025-05-02"}, // past tense: the May before Feb. 4, 2026,
	} {
		got := exprWithText(tt.src, tt.text)
		if assert.NotNil(t, got, tt.src) {
			assert.Equal(t, tt.value, got.Value, tt.src)
		}
	}
}

// exprWithText resolves src against newsRef and returns its last
// expression written as text, or nil.
func exprWithText(src, text string) *Expr {
	var found *Expr
	for _, e := range Resolve(src, newsRef, Options{}) {
		if e.Text == text {
			found = &e
		}
	}
	return found
}
