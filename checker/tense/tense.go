// Package tense tells the tense or modality of the clause around a position
// in a sentence, and the words that decided it ("will", "is expected to",
// "visited").
package tense

import "github.com/copydesk/copydesk/checker/text"

// Tense is the tense or modality of a clause.
type Tense string

// Tenses. Future covers prospective modality too ("is expected to",
// "plans to", "accepted an invitation to").
const (
	Past    Tense = "past"
	Present Tense = "present"
	Future  Tense = "future"
	Unknown Tense = "unknown"
)

// Result is the tense found and the cue that decided it.
type Result struct {
	Tense Tense
	// Cue is the deciding words as written; CueStart and CueEnd their byte
	// offsets in the text. Empty when Tense is Unknown.
	Cue              string
	CueStart, CueEnd int
}

// At returns the tense of the clause of sentence s (within src) that holds
// the bytes [start, end).
func At(src string, s text.Sentence, start, end int) Result {
	return Result{Tense: Unknown}
}
