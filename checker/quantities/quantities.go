// Package quantities finds the numbers in an article with their units,
// counted nouns and approximations.
package quantities

// Quantity is one number in the text.
type Quantity struct {
	// Start and End are byte offsets of the number as written.
	Start, End int
}

// Find returns every quantity in text, in order of position.
func Find(text string) []Quantity { return nil }
