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

// TestNameRenamedWithSameRole: a full name with another given name whose
// apposition names the role the one person of that surname already has
// ("Auctioneer Bastien Morel" ... "Sébastien Morel, the auctioneer,")
// renames that person; an office held in turn tells no one apart.
func TestNameRenamedWithSameRole(t *testing.T) {
	pub := time.Date(2025, 11, 16, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NameVariant, pub, []fireCase{
		{"BEAUNE, France, Nov. 16, 2025 — Auctioneer Bastien Morel kept the room moving. Buyers came from Asia.\n\nSébastien Morel, the auctioneer, said prices had risen.", true},
		{"TROMSO, Norway, Nov. 16, 2025 — Skipper Rune Dahl brought the trawler home. The catch was small.\n\nRoald Dahl, the skipper, said the quota was too low.", true},
		{"GALWAY, Ireland, Nov. 16, 2025 — The bakery's owner, Siobhan Kerr, opened at six. Queues formed early.\n\nSinead Kerr, the owner, said flour prices had doubled.", true},
		{"BRENNAN, Canada, Nov. 16, 2025 — Mayor Per Lund signed the deal.\n\nThat was Arne Lund, Brennan's mayor from 1988 to 2000, who died in 2011.", false},
		{"SALTA, Argentina, Nov. 16, 2025 — Governor Ana Ruiz opened the road.\n\nIt was planned by Eva Ruiz, the province's governor from 1990 to 1998, who died in 2015.", false},
		{"BERGEN, Norway, Nov. 16, 2025 — Chairman Tom Berg praised the squad.\n\nThe stadium was built by Lars Berg, the club's chairman from 1971 to 1979.", false},
	})
}
