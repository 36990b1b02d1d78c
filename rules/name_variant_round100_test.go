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

// TestNameRomanisedOverNear: of two near spellings, the one a
// romanisation rewrites is the name a slip is of ("Choe" is "Choi", not
// "Cho"), whatever the length.
func TestNameRomanisedOverNear(t *testing.T) {
	pub := time.Date(2026, 4, 21, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NameVariant, pub, []fireCase{
		{"Cooperative head Choi Min-seo said prices fell. Her deputy, Cho Min-seok, agreed. Choe said the cooperative would ask for aid.", true},
		{"Skipper Choi Jae-won, 48, landed the catch. The buyer, Cho Hyun-woo, paid cash. Choe said the season was poor.", true},
		{"Mayor Choi Eun-ji opened the port. Cho Dae-ho, a trader, spoke next. Later Choe thanked the crews.", true},
		{"Cooperative head Choi Min-seo said prices fell. Her deputy, Cho Min-seok, agreed. Choi said the cooperative would ask for aid.", false},
	})
}
