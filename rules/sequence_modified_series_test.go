package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestSequenceModifiedSeries: ranks whose nouns carry different modifiers
// ("the first car ferry" ... "the second battery-powered ferry") rank two
// series, whose dates need not run in order; the same modifier, or none,
// keeps one series.
func TestSequenceModifiedSeries(t *testing.T) {
	pub := time.Date(2024, 11, 8, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Sequence, pub, []fireCase{
		{"She was born in 1985, the year the first car ferry began the crossing. The Havørn entered service in 2021 as the second battery-powered ferry on the network.", false},
		{"The first diesel locomotive reached the valley in 1962. In 2019 the line took delivery of its second electric locomotive.", false},
		{"The town opened its first public library in 1994. Its second mobile library, a converted bus, began rounds in 1988.", false},
		{"The first charity concert was held in 2019. The second charity concert was held in 2016.", true},
	})
}
