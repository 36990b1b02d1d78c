package events

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAnotherOpensInstance: "another" opens a noun phrase as "a" does, so
// the event noun after it is an instance, and a fronted date before it,
// with or without a comma, dates its clause.
func TestAnotherOpensInstance(t *testing.T) {
	tests := []struct{ src, word, date string }{
		{"In May, another landslide forced a closure.", "landslide", "May"},
		{"On Sept. 1 another strike emptied the platforms.", "strike", "Sept. 1"},
		{"Last week another flood reached the square.", "flood", "Last week"},
		{"In March another eruption closed the airport.", "eruption", "March"},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			a, ds := analyze(tt.src)
			m := mention(t, a, tt.src, tt.word, 0)
			require.Len(t, m.Dates, 1)
			assert.Equal(t, tt.date, ds[m.Dates[0]].Text)
		})
	}
}
