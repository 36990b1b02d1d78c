package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEnumCountRestatedNounList: a sentence that opens by naming the
// counted things again, with a list of names set beside them by a dash or
// a comma ("The harbours — A, B, C and D —", "The mills, in A, B, C and
// D,"), lists what the count counted.
func TestEnumCountRestatedNounList(t *testing.T) {
	pub := time.Date(2026, 5, 19, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EnumCount, pub, []fireCase{
		{"The ministry will close inshore waters to boats in three harbours.\n\nThe harbours — Vila Nova, Porto Cerdeira, Praia da Lagoeira and Cabo Lavradio — are home to small seiners.", true},
		{"The paper maker will close three of its mills.\n\nThe mills, in Kuusiranta, Hirvilampi, Rautavesi and Pyhäkoski, produce newsprint.", true},
		{"The county will shut two of its clinics at night.\n\nThe clinics, in Alston, Brampton and Carlby, serve 40,000 people.", true},
		{"The paper maker will close three of its mills.\n\nThe mills, in Kuusiranta, Hirvilampi and Rautavesi, produce newsprint.", false},
	})
}
