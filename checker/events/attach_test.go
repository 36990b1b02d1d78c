package events

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSoleDateStopsAtClause checks that the sentence's only date does not
// time an event noun of another clause, opened by a clause word or a
// semicolon.
func TestSoleDateStopsAtClause(t *testing.T) {
	tests := []struct {
		name, src, word string
		dated           bool
	}{
		{name: "semicolon", src: "There will be no silence on the debate day; campaigning must stop at 7 a.m. on Friday, Dec. 20.",
			word: "debate"},
		{name: "relative clause", src: "The minister called the strike reckless and said the drivers, who would start training in the autumn, were needed.",
			word: "strike"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, _ := analyze(tt.src)
			m := mention(t, a, tt.src, tt.word, 0)
			assert.Equal(t, tt.dated, len(m.Dates) > 0)
		})
	}
}

// TestApposedDate checks that a date set off by commas right after an
// event noun, or after its "of" phrase, dates it: with its preposition,
// or named from now without one.
func TestApposedDate(t *testing.T) {
	tests := []struct {
		src, word, date string
	}{
		{src: "The authority's first inspection, last November, followed a complaint from a school canteen; the second, on March 12, found listeria.", word: "inspection", date: "last November"},
		{src: "Their first walkout, last spring, came after a pay offer was withdrawn; the second, in May, lasted a week.", word: "walkout", date: "last spring"},
		{src: "The club's first match, this week, followed a long dispute over the pitch; the second, on Sunday, was called off.", word: "match", date: "this week"},
		{src: "The first hearing, on Feb. 24, followed a complaint from the tenants; the second, on March 12, was adjourned.", word: "hearing", date: "Feb. 24"},
		// after the noun's "of" phrase
		{src: "The second round of mediation, on May 7, broke up within an hour.", word: "round", date: "May 7"},
		{src: "The first inspection of the mine, on March 12, found cracks.", word: "inspection", date: "March 12"},
		{src: "The third session of talks, on Feb. 2, ended early.", word: "session", date: "Feb. 2"},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			a, ds := analyze(tt.src)
			m := mention(t, a, tt.src, tt.word, 0)
			if assert.NotEmpty(t, m.Dates) {
				assert.Equal(t, tt.date, ds[m.Dates[0]].Text)
			}
		})
	}
}
