// Package names finds the people and organisations an article names and
// links their later mentions (surnames, titles) to them.
package names

// Analysis is the names of one article.
type Analysis struct{}

// Find returns the names in text.
func Find(text string) Analysis { return Analysis{} }
