package events

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWithin checks which dates after an event noun may time one day
// within an event that lasts days rather than the event itself.
func TestWithin(t *testing.T) {
	tests := []struct {
		name, src, word string
		direct, within  bool
	}{
		{name: "object of a verb", src: "Firefighters were still fighting the blaze on Tuesday.",
			word: "blaze", direct: true, within: true},
		{name: "object of a preposition", src: "Leaders signed a trade pact at the summit on Thursday.",
			word: "summit", direct: true, within: true},
		{name: "preposition before the subject", src: "At the summit on Thursday, leaders signed a trade pact.",
			word: "summit", direct: true, within: true},
		{name: "during", src: "Guests were evacuated during the blaze on Sunday night.",
			word: "blaze", direct: true, within: true},
		{name: "subject", src: "The fire on Saturday was brought under control on Sunday morning.",
			word: "fire", direct: true},
		{name: "subject after a verb of saying", src: "Union leaders said the strike on Friday would shut the port.",
			word: "strike", direct: true},
		{name: "a date before the noun", src: "Farmers plan to protest outside the March 5 summit.",
			word: "summit", direct: true},
		{name: "an event of one day", src: "Analysts expect the budget to pass in the vote on Oct. 16.",
			word: "vote", direct: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, _ := analyze(tt.src)
			m := mention(t, a, tt.src, tt.word, 0)
			require.NotEmpty(t, m.Dates)
			assert.Equal(t, tt.direct, m.Direct, "direct")
			assert.Equal(t, tt.within, m.Within, "within")
		})
	}
}
