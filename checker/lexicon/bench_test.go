package lexicon

import (
	"strings"
	"testing"
)

// BenchmarkTableLookup looks up every word of a news paragraph in the
// generated person and event tables, as the entity and event readings do for
// every noun.
func BenchmarkTableLookup(b *testing.B) {
	l := Default()
	words := strings.Fields(`the mayor said on tuesday that the council would vote next month on the
		harbour plan after an inspection found cracks in the pier and the engineer who led the survey
		resigned citing pressure from the contractor whose bid had been rejected twice by the board`)
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			l.PersonNoun(w)
			l.EventClass(w)
		}
	}
}
