package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestNamePluralPossessiveApposition: an apposition whose role noun
// follows a plural possessive ("the Greens' group leader", "the workers'
// representative") presents a new person, so a given name close to
// another's under the same surname is someone else.
func TestNamePluralPossessiveApposition(t *testing.T) {
	pub := time.Date(2026, 5, 7, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NameVariant, pub, []fireCase{
		{"SKARVIK, Norway, May 7, 2026 — The council met.\n\nThe outgoing mayor, Tor Eriksen, has led the town since 2018.\n\nTove Eriksen, the Greens' group leader, will become deputy mayor. Tove Eriksen said the ferries would be electrified.", false},
		{"BRNO, Czech Republic, May 7, 2026 — The board met.\n\nThe plant is run by Jan Novak, who founded it in 1995.\n\nJana Novak, the workers' representative on the board, voted against the plan. Jana Novak said the cuts went too far.", false},
		{"CORK, Ireland, May 7, 2026 — The club signed a sponsor.\n\nIts chairman, Mark Dunne, signed the deal on Monday.\n\nMarta Dunne, the players' union spokeswoman, welcomed it. Marta Dunne said wages would rise.", false},
		{"SKARVIK, Norway, May 7, 2026 — The council met.\n\nThe outgoing mayor, Tor Eriksen, has led the town since 2018.\n\nThe town deserves a fresh start, Tove Eriksen said.", true},
	})
}

// TestNamePendingTitleAfterElection: someone the copy says was elected or
// named to an office holds its pending form ("Mayor-elect",
// "Minister-designate") until they take it up: no second title.
func TestNamePendingTitleAfterElection(t *testing.T) {
	pub := time.Date(2026, 5, 7, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NameVariant, pub, []fireCase{
		{"SKARVIK, Norway, May 7, 2026 — Deputy Mayor Ingrid Solheim was elected mayor of Skarvik on Wednesday.\n\nThe vote was 23 to 12.\n\n\"The ferries come first,\" Mayor-elect Solheim told reporters.", false},
		{"TALLINN, Estonia, May 7, 2026 — Deputy Finance Minister Mart Kask was named finance minister on Tuesday.\n\nHe replaces a minister who resigned in April.\n\nFinance Minister-designate Kask said taxes would not rise.", false},
		{"GALWAY, Ireland, May 7, 2026 — Vice President Aoife Byrne was elected president of the Senate on Monday.\n\nShe won 31 of 60 votes.\n\nPresident-elect Byrne thanked her rivals.", false},
		{"SKARVIK, Norway, May 7, 2026 — Deputy Mayor Ingrid Solheim spoke on Wednesday.\n\nThe vote was 23 to 12.\n\n\"The ferries come first,\" Mayor-elect Solheim told reporters.", true},
	})
}
