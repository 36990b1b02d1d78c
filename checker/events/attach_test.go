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
