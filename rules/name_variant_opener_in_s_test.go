package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestNameVariantOpenerInS: a capitalised word the lexicon does not know
// that opens a sentence is a name even when it ends in "-s" and the
// tagger read it as a verb or a plural ("Valdares never learned to type"),
// so its spelling is compared with the names before.
func TestNameVariantOpenerInS(t *testing.T) {
	pub := time.Date(2005, 8, 30, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NameVariant, pub, []fireCase{
		{"Jurema Valadares, the novelist, died on Sunday.\n\nValdares never learned to type and wrote every book by hand.", true},
		{"The coach, Nikos Andreadis, praised the team.\n\nAndriadis never doubted them, he said.", true},
		{"The judge, Ilse Marques, read the verdict.\n\nMarquis rarely speaks to reporters.", true},
		{"Jurema Valadares, the novelist, died on Sunday.\n\nValadares never learned to type and wrote every book by hand.", false},
	})
}
