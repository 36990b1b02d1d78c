package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEnumCountPeoplesNameAndTopRank: a people's plural name the lexicon
// may not know ("three Karvenians") is the counted noun, and the bound of
// a rank ("in the top ten") is no figure that takes the list after it.
func TestEnumCountPeoplesNameAndTopRank(t *testing.T) {
	pub := time.Date(2024, 9, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EnumCount, pub, []fireCase{
		{"Home riders had their best tour, with three Karvenians inside the top ten overall, namely Drobny and Ivo Keszler.", true},
		{"The squad has four Ostmarians in the top 20, namely Berg, Lund and Dahl.", true},
		{"There were two Velmorans among the top five, namely Ruiz, Okafor and Tan.", true},
		{"Home riders had their best tour, with two Karvenians inside the top ten overall, namely Drobny and Ivo Keszler.", false},
	})
}
