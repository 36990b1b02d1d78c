package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestNameSecondPlainSpelling: a name with a letter that has two plain
// spellings (đ as d or dj, an umlaut or ø as the vowel with e) written
// once with the letter and once in its second plain spelling is one name
// spelled two ways.
func TestNameSecondPlainSpelling(t *testing.T) {
	pub := time.Date(2026, 5, 27, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NameVariant, pub, []fireCase{
		{"Transport director Dragan Đorđević, 57, said the line would open in June. Djordjević said inspectors would be hired.", true},
		{"The brewer Katrin Müller said sales rose. Mueller added that exports doubled.", true},
		{"Skipper Anders Sørensen, 44, reached port on Monday. Soerensen said the crossing was rough.", true},
		{"Transport director Dragan Đorđević, 57, said the line would open in June. Đorđević said inspectors would be hired.", false},
		{"The brewer Katrin Müller said sales rose. Her rival, Jonas Mueller, said exports doubled.", false},
	})
}
