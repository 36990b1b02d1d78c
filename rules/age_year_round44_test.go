package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestAgeOrdinalNameIsNoPerson: a capitalised run that opens with an
// ordinal names a work or an era ("Mahler's Fifth Symphony", "the Third
// Republic"), no person an age after it could belong to.
func TestAgeOrdinalNameIsNoPerson(t *testing.T) {
	pub := time.Date(2026, 2, 9, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"PRAGUE, Czech Republic, Feb. 9, 2026 — Radim Kovanda, who turns 40 in May, will conduct. His first concert will end with Mahler's Fifth Symphony. The 43-year-old said he wanted more new music.", true},
		{"LYON, France, Feb. 9, 2026 — Claire Moreau, born in 1980, recorded the album with Brahms's Third Symphony. The 52-year-old said it took a decade.", true},
		{"VIENNA, Austria, Feb. 9, 2026 — Anna Berger, born in 1990, will sing. The programme opens with Beethoven's Ninth Symphony. The 41-year-old said she was ready.", true},
		{"VIENNA, Austria, Feb. 9, 2026 — Anna Berger, born in 1990, will sing. The programme opens with Beethoven's Ninth Symphony. The 35-year-old said she was ready.", false},
	})
}

// TestAgeIndefiniteInPhraseIsNoAntecedent: an age that names nobody ("The
// 43-year-old said") refers past a role introduced by "a" in a
// prepositional phrase ("a new work by a young composer").
func TestAgeIndefiniteInPhraseIsNoAntecedent(t *testing.T) {
	pub := time.Date(2026, 2, 9, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"BRNO, Czech Republic, Feb. 9, 2026 — Radim Kovanda, who turns 40 in May, will conduct a new work by a young Czech composer. The 43-year-old said he wanted more new music.", true},
		{"LEEDS, England, Feb. 9, 2026 — Mark Dunne, born in 1976, rebuilt the mill with an architect. The 45-year-old said it took two years.", true},
		{"CORK, Ireland, Feb. 9, 2026 — Aoife Byrne, 34, runs the shop next to a baker. The 38-year-old said rents had doubled.", true},
		{"CORK, Ireland, Feb. 9, 2026 — Aoife Byrne, 34, runs the shop next to a baker. The 34-year-old said rents had doubled.", false},
	})
}

// TestAgeRoleOfPossessor: a role after "as" without a determiner, in a noun
// phrase a possessive opens ("Kovanda's first concert as chief
// conductor"), is its possessor's, not someone new an age could refer to.
func TestAgeRoleOfPossessor(t *testing.T) {
	pub := time.Date(2026, 2, 9, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"OSLO, Norway, Feb. 9, 2026 — Radim Kovanda, who turns 40 in May, takes over in September. Kovanda's first concert as chief conductor is on Sept. 25. The 43-year-old said he wanted more new music.", true},
		{"OSLO, Norway, Feb. 9, 2026 — Ingrid Holm, born in 1990, joined the club in 2019. Her first season as captain starts in March. The 41-year-old said the squad was young.", true},
		{"OSLO, Norway, Feb. 9, 2026 — Tor Lund, 52, won the vote. Lund's first week as mayor was busy. The 57-year-old said the budget came first.", true},
		{"OSLO, Norway, Feb. 9, 2026 — Tor Lund, 52, won the vote. Lund's first week as mayor was busy. The 52-year-old said the budget came first.", false},
	})
}

// TestAgeWasAnNYearOld: an age in what someone "was" ("was a 27-year-old
// resident during the last outbreak") is their age then, not now.
func TestAgeWasAnNYearOld(t *testing.T) {
	pub := time.Date(2025, 2, 24, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"MANILA, Philippines, Feb. 24, 2025 — Dr. Marisol Dizon, 49, leads the response. Dizon was a 27-year-old resident during the last outbreak, in 2003.", false},
		{"LEEDS, England, Feb. 24, 2025 — Mark Dunne, 61, owns the mill. Dunne was a 19-year-old apprentice when he first worked there.", false},
		{"CORK, Ireland, Feb. 24, 2025 — Aoife Byrne, 34, won the race. Byrne was a 12-year-old schoolgirl when she first entered it.", false},
		{"CORK, Ireland, Feb. 24, 2025 — Aoife Byrne, 34, won the race. The 36-year-old said she would race again.", true},
	})
}

// TestAgeRoleWithPossessive: an age on a role noun that owns what follows
// ("the 50-year-old saxophonist's set") is that person's age.
func TestAgeRoleWithPossessive(t *testing.T) {
	pub := time.Date(2026, 7, 13, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"MARENSTAD, Netherlands, July 13, 2026 — Teodor Lindqvist (b. 1971) headlined on Sunday. Critics praised the 50-year-old saxophonist's set.", true},
		{"LEEDS, England, July 13, 2026 — Mark Dunne, born in 1970, opened the mill. Locals queued for the 61-year-old baker's first loaves.", true},
		{"CORK, Ireland, July 13, 2026 — Aoife Byrne, 34, won the race. Fans cheered the 38-year-old runner's finish.", true},
		{"CORK, Ireland, July 13, 2026 — Aoife Byrne, 34, won the race. Fans cheered the 34-year-old runner's finish.", false},
	})
}

// TestAgeNotTheSpeaker: "the 52-year-old" in what someone says ("Lombardi's
// barrister, Fiona Gatt, said the 52-year-old would appeal") is someone
// else than the speaker.
func TestAgeNotTheSpeaker(t *testing.T) {
	pub := time.Date(2026, 7, 13, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"LEEDS, England, July 13, 2026 — Dario Lombardi, aged 47, was convicted. Lombardi's barrister, Fiona Gatt, said the 52-year-old would appeal.", true},
		{"CORK, Ireland, July 13, 2026 — Aoife Byrne, 34, won the race. Her coach, Sean Daly, said the 38-year-old would rest now.", true},
		{"OSLO, Norway, July 13, 2026 — Tor Lund, born in 1970, lost his seat. His agent, Eva Brandt, told reporters the 61-year-old was tired.", true},
		{"CORK, Ireland, July 13, 2026 — Aoife Byrne, 34, won the race. Her coach, Sean Daly, said the 34-year-old would rest now.", false},
	})
}

// TestAgeObjectOfSayingIsANoun: a plural after a verb of saying and before
// a determiner is the verb's object ("told reporters the 61-year-old was
// tired"), whatever the tagger first read, so the clause after it is what
// was said.
func TestAgeObjectOfSayingIsANoun(t *testing.T) {
	pub := time.Date(2026, 7, 13, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"OSLO, Norway, July 13, 2026 — Tor Lund, born in 1970, lost his seat. His agent, Eva Brandt, told reporters the 61-year-old was tired.", true},
		{"CORK, Ireland, July 13, 2026 — Aoife Byrne, 34, won the race. Her coach, Sean Daly, told fans the 38-year-old would rest.", true},
		{"LEEDS, England, July 13, 2026 — Dario Lombardi, aged 47, was convicted. His lawyer, Fiona Gatt, told delegates the 52-year-old would appeal.", true},
		{"CORK, Ireland, July 13, 2026 — Aoife Byrne, 34, won the race. Her coach, Sean Daly, told journalists the 34-year-old would rest.", false},
	})
}

// TestAgeBornAfterPersonNoun: "born in 1949" after a person noun ("a
// grower born in 1949") dates the birth of whom the noun names.
func TestAgeBornAfterPersonNoun(t *testing.T) {
	pub := time.Date(2025, 11, 16, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"LYON, France, Nov. 16, 2025 — The lot came from the cellar of Gérard Castaing, a grower born in 1949 who ran the domaine. \"I kept these,\" said the 71-year-old.", true},
		{"LEEDS, England, Nov. 16, 2025 — The mill was sold to Mark Dunne, a baker born in 1970 in Hull. The 61-year-old said he would reopen it.", true},
		{"CORK, Ireland, Nov. 16, 2025 — The prize went to Aoife Byrne, a runner born in 1990. The 38-year-old said she was delighted.", true},
		{"CORK, Ireland, Nov. 16, 2025 — The prize went to Aoife Byrne, a runner born in 1990. The 35-year-old said she was delighted.", false},
	})
}
