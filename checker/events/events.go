// Package events finds the events an article reports (who does what, and
// when) and groups the mentions that speak of the same events.
package events

// Analysis is the event model of one article.
type Analysis struct {
	// Mentions lists every event mention in order of position.
	Mentions []Mention
}

// Mention is one mention of an event.
type Mention struct {
	// Start and End are byte offsets of the trigger word.
	Start, End int
}
