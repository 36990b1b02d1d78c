package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestSumAcrossNoPartAbove: figures in a later sentence that each exceed a
// sum given before are no parts of it, whatever their unit ("the $2.8
// million award ... has paid out $96 million in all and has $31 million
// left"); parts that fit are still added.
func TestSumAcrossNoPartAbove(t *testing.T) {
	pub := time.Date(2026, 2, 19, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"Marchand said the $2.8 million award was the largest the fund had made. The fund has paid out $96 million in all, she said, and has $31 million left.", false},
		{"The town will get a 4 million euro grant. The grant comes from a scheme that has spent 240 million euros and holds 60 million euros in reserve.", false},
		{"The club paid a $1.5 million fee for the striker. The fee came from a budget of which $40 million has gone on players and $12 million on the stadium.", false},
		{"The county got a $2.35 million grant this week. The grant was the biggest the fund has made; it has paid $96 million in all and keeps $31 million for next year.", false},
		{"The city set aside a 3 million euro budget for parks. The budget is part of a plan that spends 80 million euros on roads and 25 million euros on schools.", false},
	})
}

// TestSumCollectivePartition: a total of groups (families, households,
// teams) shared out into figures without a noun sums them when the sum
// fits the total better than their number does.
func TestSumCollectivePartition(t *testing.T) {
	pub := time.Date(2027, 1, 22, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"Floods hit the valley.\n\nOf the 40 families, 20 have returned home, 15 are living in schools and 9 are staying with relatives.", true},
		{"Floods hit the valley.\n\nOf the 120 households surveyed, 70 had insurance, 40 had none and 20 did not answer.", true},
		{"The league grew this year.\n\nOf the 12 teams entered, 6 finished the season, 4 withdrew and 3 were disqualified.", true},
		{"Floods hit the valley.\n\nOf the 40 families, 20 have returned home, 12 are living in schools and 8 are staying with relatives.", false},
		{"The pupils were split into three groups: 380 in the morning, 610 at noon and 210 in the evening.", false},
	})
}

// TestSumFigureInPartClause: among parts given without a noun, a figure
// of another noun after a preposition stands in a part's clause and is
// no part ("1,310 are living in 14 school buildings").
func TestSumFigureInPartClause(t *testing.T) {
	pub := time.Date(2027, 1, 22, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"Floods hit the valley.\n\nOf the 3,450 displaced families, 1,920 have returned home, 1,310 are living in 14 school buildings and 380 are staying with relatives.", true},
		{"The storm passed.\n\nOf the 600 stranded passengers, 310 left by bus, 250 slept in 12 hotels and 90 stayed at the terminal.", true},
		{"The ward reopened.\n\nOf the 90 patients, 50 went home, 30 were taken to 4 hospitals and 15 stayed in the ward.", true},
		{"The plant closed.\n\nOf the 500 workers, 300 kept their jobs, 150 moved to 3 new plants and 80 took early retirement.", true},
		{"The storm passed.\n\nOf the 600 stranded passengers, 310 left by bus, 200 slept in 12 hotels and 90 stayed at the terminal.", false},
	})
}

// TestSumPartOfTheNoun: a sentence whose first figure is taken "of the"
// total's own noun ("1.8 million of the new shares") shares out the total
// of the sentence before.
func TestSumPartOfTheNoun(t *testing.T) {
	pub := time.Date(1989, 10, 30, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"The firm registered an offering of four million shares. It will sell 1.8 million of the new shares, while its parent will sell the remaining 2.6 million.", true},
		{"The council bought 500 trees this year. It planted 320 of the young trees in parks, and schools got the remaining 230.", true},
		{"The state bought 600 buses in May. Cities will receive 350 of the new buses, while towns get the remaining 300.", true},
		{"A donor gave 2,000 books to the library. Staff shelved 1,400 of the donated books, and the remaining 700 went to schools.", true},
		{"The firm registered an offering of four million shares. It will sell 1.8 million of the new shares, while its parent will sell the remaining 2.2 million.", false},
	})
}

// TestSumPartOfAPart: a figure followed by "of them" after the parts of a
// total is a part of the part before it, not another part ("eight remain
// under treatment, two of them in intensive care").
func TestSumPartOfAPart(t *testing.T) {
	pub := time.Date(2026, 5, 8, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"The outbreak slowed.\n\nOf the 37 patients admitted to hospital, 29 have been discharged and eight remain under treatment, two of them in intensive care.", false},
		{"The ferry sank.\n\nOf the 60 passengers, 52 were rescued and eight are missing, three of them children.", false},
		{"The strike ended.\n\nOf the 400 workers, 310 returned on Monday and 90 stayed home, 40 of whom were sick.", false},
		{"The ferry sank.\n\nOf the 60 passengers, 45 were rescued, 10 swam ashore and eight are missing, three of them children.", true},
	})
}

// TestSumParticipleAfterBareFigure: a participle and its phrase right
// after a bare figure ("the remaining 6 shared among three lists") name no
// noun for it, so the figure stays a part of the total it shares out.
func TestSumParticipleAfterBareFigure(t *testing.T) {
	pub := time.Date(2026, 10, 5, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"The vote was counted.\n\nOf the 45 seats in the assembly, the League won 17, the Social Democrats 14 and the Greens 9, with the remaining 6 shared among three small lists and one independent.", true},
		{"The results came in.\n\nOf the 60 seats on the council, Labour won 25, the Greens 18 and the Liberals 12, with the remaining 7 shared among four small parties.", true},
		{"The results came in.\n\nOf the 30 medals, Norway won 12, Sweden 9 and Finland 7, with the remaining 4 shared among two nations.", true},
		{"The results came in.\n\nOf the 120 places, the capital got 50, the north 40 and the south 20, with the remaining 12 divided among two islands.", true},
		{"The vote was counted.\n\nOf the 45 seats in the assembly, the League won 17, the Social Democrats 14 and the Greens 9, with the remaining 5 shared among three small lists.", false},
	})
}

// TestSumListGoesOnPastPartOfPart: the parts go on after a part of a part
// ("1,450 in Porto, 900 of them engineers, and 1,100 in Toronto"), and an
// opening "Of the N ..." they share out may be more than they add up to.
func TestSumListGoesOnPastPartOfPart(t *testing.T) {
	pub := time.Date(2027, 2, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"The ferry sank.\n\nOf the 60 passengers, 45 were rescued, 10 swam ashore, three of them children, and eight are missing.", true},
		{"The strike ended.\n\nOf the 400 workers, 250 returned on Monday, 100 on Tuesday, 40 of them cleaners, and 70 stayed home.", true},
		{"The group merged.\n\nOf the 5,300 employees, 2,100 work in Tallinn, 1,450 in Porto, 900 of them engineers, and 1,100 in Toronto.", false},
		{"The firm grew.\n\nOf the 900 staff, 400 work in Lyon, 250 in Lille, 60 of them chemists, and 150 in Nice.", false},
		{"The club met.\n\nOf the 700 members, 300 live in Oslo, 200 in Bergen and 100 in Trondheim.", false},
		{"The bus came.\n\nOf the 60 passengers, 30 came from Riga, 20 from Tartu, 10 of them students, and 15 from Parnu.", true},
		{"The term began.\n\nOf the 90 teachers, 40 work in Leeds, 30 in York, 12 of them part-time, and 25 in Hull.", true},
	})
}

// TestSumOpeningWithPossessive: "Of its 1,260 employees, ..." opens a
// sentence that shares out a whole, as "Of the" does: its parts may fall
// short of it, and may not exceed it.
func TestSumOpeningWithPossessive(t *testing.T) {
	pub := time.Date(2025, 11, 15, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"The chain grew.\n\nOf its 1,260 employees, 910 work in the shops, 140 of them as apprentices, and 260 in the central bakery.", false},
		{"The firm grew.\n\nOf its 900 staff, 500 work in Lyon, 60 of them chemists, and 300 in Lille.", false},
		{"The union met.\n\nOf their 400 members, 250 live in the city, 30 of them retired, and 120 in the villages.", false},
		{"The vote was counted.\n\nOf its 45 seats, the League won 17, the Social Democrats 14, the Greens 9 and independents the remaining 6.", true},
		{"The season ended.\n\nOf their 38 games, the club won 20, drew 10 and lost 10.", true},
		{"The league ended.\n\nOf its 60 seats, Labour won 25, the Greens 18, the Liberals 12 and independents 7.", true},
	})
}
