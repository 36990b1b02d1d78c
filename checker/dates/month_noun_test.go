package dates

import (
	"testing"

	"github.com/stretchr/testify/assert"
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
