package dates

import (
	"testing"

	text2 "github.com/copydesk/copydesk/checker/text"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAmbiguousMonthBeforeNoun: a capitalised "March" or "May" between
// "the" and a lower-case noun names the event's month ("the March
// merger"); before a keyword or a capitalised word it stays a noun ("the
// March on Washington", "the May Day parade").
func TestAmbiguousMonthBeforeNoun(t *testing.T) {
	for _, tt := range []struct {
		src, text string
	}{
		{"Membership has grown since the March merger.", "March"},
		{"The May election was close.", "May"},
		{"Critics of the March budget walked out.", "March"},
	} {
		es := Resolve(tt.src, newsRef, Options{})
		if assert.Len(t, es, 1, tt.src) {
			assert.Equal(t, tt.text, es[0].Text, tt.src)
		}
	}
	for _, src := range []string{
		"The March on Washington drew crowds.",
		"The May Day parade was held.",
		"Police said the march was peaceful.",
	} {
		assert.Empty(t, Resolve(src, newsRef, Options{}), src)
	}
}

// TestAmbiguousMonthAfterScheduling: "March" or "May" after "for" that a
// verb of scheduling governs names the time set ("is planned for March",
// "set for May", "slated for May"); after "for" alone it may be a
// person or a march ("voted for May").
func TestAmbiguousMonthAfterScheduling(t *testing.T) {
	for _, tt := range []struct {
		src, text string
	}{
		{"The second stage is planned for March.", "March"},
		{"The vote has been set for May.", "May"},
		{"The launch is slated for May.", "May"},
		{"The hearing was scheduled for March.", "March"},
	} {
		es := Resolve(tt.src, newsRef, Options{})
		if assert.Len(t, es, 1, tt.src) {
			assert.Equal(t, tt.text, es[0].Text, tt.src)
		}
	}
	for _, src := range []string{
		"Many voters went for May.",
		"Thousands turned out for March organisers.",
	} {
		assert.Empty(t, Resolve(src, newsRef, Options{}), src)
	}
}

// TestLaterWithoutAnchor: "Forty years later" counts from a date the copy
// gave before it; the dateline's date is when the story is told, so with
// nothing else before it stays unresolved.
func TestLaterWithoutAnchor(t *testing.T) {
	for _, tt := range []struct {
		src, expr string
		resolved  bool
	}{
		{"HOSHIKAWA, Japan, Aug. 9, 2023 (Copydesk) — She folded her first lantern as a girl. Forty years later, the festival draws thousands.", "Forty years later", false},
		{"OSLO, Norway, May 2, 2024 (Copydesk) — The club was a village side. Two decades later it plays in Europe.", "Two decades later", false},
		{"LIMA, Peru, June 3, 2025 (Copydesk) — He left as a boy. Thirty years later he came home.", "Thirty years later", false},
		{"LIMA, Peru, June 3, 2025 (Copydesk) — He left in 1990. Thirty years later he came home.", "Thirty years later", true},
	} {
		dl, ok := FindDateline(tt.src, false)
		require.True(t, ok, tt.src)
		for _, e := range Resolve(tt.src, newsRef, Options{Dateline: text2.Span{Start: dl.Start, End: dl.End}}) {
			if e.Text == tt.expr {
				assert.Equal(t, tt.resolved, e.Resolved, tt.src)
			}
		}
	}
}
