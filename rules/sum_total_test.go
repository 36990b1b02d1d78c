package rules_test

import (
	"testing"

	"github.com/copydesk/copydesk/rules"
)

func TestSumTotal(t *testing.T) {
	runCases(t, rules.SumTotal, []ruleCase{
		// A number word that counts nothing before the colon is what the
		// list gives the parts of.
		// Figures with no noun that each take a verb share out the total,
		// whatever form of the verb the tagger read ("abstained").
		{"partition, remaining abstained", "The party met.\n\nOf the 214 delegates, 98 backed the motion, 81 opposed it and the remaining 41 abstained.", 1, "220"},
		{"partition, councillors abstained", "The council sat late.\n\nOf the 80 councillors, 41 backed the plan, 20 objected and the remaining 25 abstained.", 1, "86"},
		{"partition, members objected", "The club voted.\n\nOf the 90 members, 40 agreed, 30 objected and the remaining 25 abstained.", 1, "95"},
		// "the other N" in a comparison ("more than either of the other
		// two") is what a part is compared with, not the rest of the whole.
		{"compared other, clubs", "The league has four clubs.\n\nThis season they scored 200 goals between them. The champions scored 80 of those goals, more than any of the other three.", 0, ""},
		{"compared other, choirs", "The school has four choirs.\n\nThis year they sang 60 concerts between them. The juniors sang 25 of those concerts, more than any of the other three.", 0, ""},
		{"compared other, teams", "The club has four teams.\n\nThis season they played 120 matches between them. The seniors played 50 of those matches, more than any of the other three.", 0, ""},
		// A "total of" in the sentence after a list of figures of its
		// measure sums that list.
		{"total after, tickets", "Organisers sold 18,250 day tickets for the Friday, 21,400 for the Saturday and 16,900 for the Sunday. That made a total of 57,550 day tickets.", 1, "56,550"},
		{"total after, grants", "The fund paid 420 grants in March, 380 in April and 300 in May. That brought it to a total of 1,200 grants.", 1, "1,100"},
		{"total after, seals", "Rangers counted 310 seals on Monday, 290 on Tuesday and 305 on Wednesday. It was a total of 805 seals.", 1, "905"},
		{"total after, right", "Rangers counted 310 seals on Monday, 290 on Tuesday and 305 on Wednesday. It was a total of 905 seals.", 0, ""},
		{"total after, its own parts", "The clinics number 52: 14 in Ormsby, 13 in Carrow, 12 in Lessing and 13 in Pell. Doses came twice: 40,000 doses in December and 35,000 in January, for a total of 75,000.", 0, ""},
		// A capitalised possessor between two shares is the subject of a
		// clause whose verb is left out: a share of another's whole.
		{"gapped owner, shareholders", "Broek shareholders backed the deal with 94.2% of the votes cast, Kessel's with 88.6%.", 0, ""},
		{"gapped owner, workers", "Nordvik workers accepted the offer with 71% of the vote, Halden's with 64%.", 0, ""},
		{"gapped owner, members", "Arlo members backed the merger with 83% of their votes, Brenn's with 79%.", 0, ""},
		// A figure with a partitive of its own ("59 of the 68 women") is a
		// part of that whole, not of the total shared out before it.
		{"partitive part, riders", "A total of 164 riders started: 96 men and 68 women. Of the 96 men, 81 reached the finish; 59 of the 68 women did.", 0, ""},
		{"partitive part, pupils", "The school entered 120 pupils: 70 boys and 50 girls. Of the 70 boys, 62 passed; 45 of the 50 girls passed too.", 0, ""},
		{"partitive part, seeds", "Growers sowed 300 seeds, 200 of wheat and 100 of rye. Of the 200 wheat seeds, 150 sprouted; 80 of the 100 rye seeds did.", 0, ""},
		// Money sums its parts even where its noun comes back among them.
		{"measured total, plan", "The $900 million plan has three parts: $500 million of the plan goes to roads, $300 million of the plan to rail and $100 million of the plan to ports.", 0, ""},
		{"measured total, euros", "Prosecutors say 1.84 million euros passed through three companies: 910,000 euros through Kestrel Build, 620,000 euros through Ravna Services and 310,000 euros through Orlo.", 0, ""},
		{"crew of nine", "The ferry carries 250 passengers and 40 cars and has a crew of nine: four deckhands, three engineers and two stewards.", 0, ""},
		{"staff of twelve", "The hall seats 900 people and 30 musicians and has a staff of twelve: five ushers, four cooks and three guards.", 0, ""},
		{"side of eleven", "The club has 25 players and fields a side of eleven: five defenders, four midfielders and two strikers.", 0, ""},

		// A year between the total and the colon only times the total.
		{"year before the colon, kronor", "The county will spend 84 million kronor on its roads in 2025: 31 million on resurfacing, 27 million on bridges and 22 million on cycle paths.", 1, "80 million"},
		{"year before the colon, tickets", "The club sold 12,000 tickets in 2024: 5,000 for the final, 4,000 for the semi-finals and 2,000 for the opening match.", 1, "11,000"},
		{"year before the colon, right", "The port handled 9 million tonnes of cargo in 2023: 5 million tonnes of grain and 4 million tonnes of coal.", 0, ""},

		{"seats", "The council has 30 seats: 12 for the Greens, 10 for Labour and 9 for the Liberals.", 1, "add up to 31"},
		// A sentence that opens by taking parts of "them" lists parts of
		// the count just before.
		{"of them, next sentence", "Teams moved 4,310 people to shelters on Sunday. Of them, 2,150 came from Brenn, 1,480 from Tassel Bay and 760 from the hills.", 1, "4,390"},
		{"of these, next sentence", "The clinic treated 920 patients last week. Of these, 400 had flu, 300 had colds and 250 had injuries.", 1, "950"},
		{"of those, next sentence", "Police stopped 610 drivers at the border. Of those, 420 were local, 150 came from the city and 60 from abroad.", 1, "630"},
		{"of them after a count of kinds", "Her team of 23 researchers comes from three countries: Norway, Japan and Canada. Of them, 14 are Norwegian, five are Japanese and four are Canadian.", 0, ""},
		{"of them after a count of kinds, wrong", "Her team of 23 researchers comes from three countries: Norway, Japan and Canada. Of them, 14 are Norwegian, six are Japanese and four are Canadian.", 1, "24"},
		{"of these after a count of kinds", "The 40 boats came from two ports, Vigo and Brest. Of these, 25 sailed from Vigo and 15 from Brest.", 0, ""},
		{"of them, right", "Teams moved 4,310 people to shelters on Sunday. Of them, 2,150 came from Brenn, 1,400 from Tassel Bay and 760 from the hills.", 0, ""},
		// A count of the items a list gives a figure for is no total of
		// the figures.
		{"a figure for each of three faculties", "The places will be split between three faculties: 1,100 in engineering, 800 in medicine and 500 in teacher training.", 0, ""},
		{"a figure for each of four sites", "The trees will be planted across four sites: 120 at Oakmere, 90 at Brent, 60 at Hollin and 30 at Rye.", 0, ""},
		{"a figure for each of two clubs", "The tickets were shared by two clubs: 400 for the Herons and 350 for the Pikes.", 0, ""},
		// Figures of one sentence that count other things make no list.
		{"games and seasons", "The Herons ended a five-game losing streak on Thursday. It was the seventh win in twelve games for the coach, after two seasons as an assistant.", 0, ""},
		{"matches and years", "The club ended a four-match run without a win. It was the third win in nine matches for the manager, after three years as a scout.", 0, ""},
		{"flights and weeks", "The airline ended a six-flight run of delays. It was the first on-time landing in ten flights for the crew, after two weeks of storms.", 0, ""},
		{"shares across sentences", "Domestic travellers made up 58% of passengers. International arrivals accounted for 31%, and the rest, 16%, were in transit.", 1, "105%"},
		{"another share next sentence", "Some 55% of those asked backed the merger. Another 40% opposed it, while 11% were undecided.", 1, "106%"},
		{"share verb next sentence", "Wind made up 44% of the output. Gas accounted for 35%, and the rest, 26%, came from dams.", 1, "105%"},
		{"shares across right", "Wind made up 44% of the output. Gas accounted for 35%, and the rest, 21%, came from dams.", 0, ""},
		{"two wholes", "Women made up 58% of the staff. Men accounted for 45% of the managers.", 0, ""},
		{"a change next sentence", "Wind made up 44% of the output. Gas fell 35%, and coal rose 30%.", 0, ""},
		{"plan then its allocations", "The university unveiled a 2.4 billion shilling plan. The plan sets aside 1.1 billion shillings for classrooms, 850 million for laboratories and 600 million for housing.", 1, "2.55 billion"},
		{"ballots then of them", "Officials counted 18,400 valid ballots. Bernardini won 9,120 of them, Okafor 6,870 and Dall'Acqua 2,910.", 1, "18,900"},
		{"seats then parties", "No party won a majority of the 120-seat assembly. The Civic Union won 41 seats, the Farmers 33, the Greens 27, the Left 12 and independents nine.", 1, "122"},
		{"allocations within the total", "The city approved a 90 million euro plan. The plan sets aside 40 million euros for roads and 30 million for schools.", 0, ""},
		{"total restated with its parts", "Police arrested 14 foreigners. The 14 foreigners, six Iraqis, six Sudanese, a Somali and a Turk, were held.", 0, ""},
		{"of those, a span of time", "She spent three years tracing works, finding nine abroad. Five of those are in the show and four are not.", 0, ""},
		{"split three ways", "The assembly is split three ways: Town First holds seven seats, Civic five and independents three.", 0, ""},
		{"divided four ways", "The prize was divided four ways: 40% to the winner, 30% to the second, 20% to the third and 10% to the fourth.", 0, ""},
		{"item without a figure", "She finished with 7 points from 9 games: six wins, two draws and a single loss.", 0, ""},
		{"item without a figure, money", "The $50 million plan: $20 million for roads, $15 million for schools and a share for parks.", 0, ""},
		{"item without a figure, seats", "The council has 30 seats: 12 for the Greens, 10 for Labour, and the rest for independents.", 0, ""},
		{"and inside the last part", "The 64 million euros will be spent in three parts: 28 million euros for a school, 21 million for halls and 12 million for pumps and panels.", 1, "61 million"},
		{"remainder with a figure", "The surgeons performed 312 operations: 140 valve repairs, 98 bypasses and 64 other procedures.", 1, "add up to 302"},
		{"remaining with a figure", "The club has 40 members: 22 from the town, 9 from the coast and the remaining 12 from abroad.", 1, "add up to 43"},
		{"open list", "The club has 40 members: 22 from the town, 9 from the coast and others from abroad.", 0, ""},
		{"sum of money split", "The 86 million kroner will be split three ways: 40 million kroner for the wall, 27 million for homes and 14 million for roads.", 1, "81 million"},
		{"money to be spent", "The 64 million euros will be spent in three parts: 28 million euros for a school, 21 million for halls at two schools and 12 million for pumps.", 1, "61 million"},
		{"money right", "The 81 million kroner will be split three ways: 40 million kroner for the wall, 27 million for homes and 14 million for roads.", 0, ""},
		{"money", "A $50 million plan to repair damage: $20 million for roads, $15 million for schools and $10 million for barriers.", 1, "$45 million"},
		{"the part of a partitive, seats", "The coalition holds 83 of the 150 seats: 61 for the Union and 22 for the Greens.", 0, ""},
		{"the part of a partitive, districts", "Rebels control 40 out of 64 districts: 25 in the north and 15 in the east.", 0, ""},
		{"the part of a partitive, places", "Students filled 310 of the 500 places: 200 from the city and 110 from abroad.", 0, ""},
		{"the part of a partitive, wrong", "The ruling bloc won 52 of the 90 seats: 30 for Labour and 24 for the Greens.", 1, "add up to 54"},
		{"groups with their own counts, faculties", "Enrolment was spread across all four faculties: Science counted 6,210 students, Arts 5,480, Medicine 3,920 and Law 3,030.", 0, ""},
		{"groups with their own counts, villages", "The aid went to three villages: Orla received 1,200 blankets, Besk 900 and Tarn 650.", 0, ""},
		{"groups with their own counts, divisions", "The league has two divisions: the north fields 14 clubs and the south 12.", 0, ""},
		{"own total beats one across sentences, budget", "The city proposed a 412 million euro budget, up from the 388 million euros approved for this year. The draft puts 180 million euros into schools, 96 million into transport, 71 million into housing and 65 million into parks, a total of 412 million.", 0, ""},
		{"own total beats one across sentences, plan", "The university unveiled a 2.4 billion shilling plan. The plan sets aside 1.1 billion shillings for classrooms, 850 million for laboratories and 600 million for housing, a total of 2.55 billion.", 0, ""},
		{"own total beats one across sentences, ballots", "Officials counted 18,400 valid ballots. Bernardini won 9,120 of them, Okafor 6,870 and Dall'Acqua 2,910, a total of 18,900.", 0, ""},
		{"own total still checked", "The city approved a 90 million euro plan. The plan sets aside 40 million euros for roads and 30 million for schools, a total of 80 million.", 1, "add up to 70 million"},
		{"a span opens no list, rivals", "Its three major rivals -- Miller and Coors -- \"have been discounting for at least the past 18 months\" on their brands, pricing beer as much as 25 cents a pack below ours.", 0, ""},
		{"a span opens no list, clubs", "Its four rival clubs -- Orla and Besk -- have been losing money for the past 12 months, selling seats as much as 30 cents below ours.", 0, ""},
		{"a span opens no list, unions", "The two unions -- both founded in Vestby -- have been bargaining for the past 40 days, asking as much as 9 cents an hour more.", 0, ""},
		// A percentage as the subject of a verb is a share of those asked.
		{"share as subject, terminal", "The survey found that 54% supported the terminal. Another 31% opposed it, and the rest, 19%, said they had not decided.", 1, "104%"},
		{"share as subject, strike", "Some 62% backed the strike. Another 30% rejected it, while 12% did not vote.", 1, "104%"},
		{"share as subject, mayor", "The poll found that 48% trusted the mayor. Another 45% said they did not, and the rest, 9%, had no view.", 1, "102%"},
		{"share as subject, right", "The poll found that 54% supported the plan. Another 31% opposed it, and the rest, 15%, were undecided.", 0, ""},
		{"share as subject, two questions", "Some 62% backed the strike. About 70% said pay was too low.", 0, ""},
		// A count inside a part of a sum is no part and ends no list.
		{"count inside a part, stations", "The assembly approved a 3.6 billion zloty plan. The plan sets aside 1.9 billion zloty for a second track, 1.2 billion for rebuilding eleven stations and 0.8 billion for signalling.", 1, "3.9 billion"},
		{"count inside a part, schools", "The city unveiled a 90 million euro plan. The plan sets aside 50 million euros for roads, 30 million for 12 schools and 15 million for parks.", 1, "95 million"},
		{"count inside a part, right", "The city unveiled a 90 million euro plan. The plan sets aside 50 million euros for roads, 30 million for 12 schools and 10 million for parks.", 0, ""},
		// A part and "the other" or "the remaining" part are all of a
		// whole given before.
		{"the other part, buyers", "He sold the property to five buyers in 1995. Now three of his buyers have backed out, and the other three are suing.", 1, "add up to 6"},
		{"the other part, members", "The club has 40 members. Some 22 of the members are from the town and the other 20 from abroad.", 1, "add up to 42"},
		{"the remaining part, of them", "The firm employs 120 people. Of them, 80 work in Leeds and the remaining 50 in York.", 1, "add up to 130"},
		{"the remaining part, right", "The firm employs 120 people. Of them, 80 work in Leeds and the remaining 40 in York.", 0, ""},
		{"the other part, another whole", "The firm employs 120 people in York. Of its 60 drivers, 20 are new and the other 40 are not.", 0, ""},
		// "the remaining N%" goes with the one share before it in its
		// sentence, however far.
		{"the remaining share, sales", "The firm said 70% of its sales are made in Europe and the remaining 35% in Asia.", 1, "105%"},
		{"the remaining share, water", "Officials said 55% of the water comes from the river in summer and the remaining 50% from wells.", 1, "105%"},
		{"the remaining share, loans", "The bank said 90% of its loans go to farmers in the north and the remaining 15% to traders.", 1, "105%"},
		{"the remaining share, right", "The firm said 70% of its sales are made in Europe and the remaining 30% in Asia.", 0, ""},
		{"total after", "The ruling party won 41 seats, the opposition 27 and independents 12, a total of 79.", 1, "add up to 80"},
		{"poll, two questions, no determiner", "In a survey for the Courier, 62% of respondents backed more spending on schools, while 58% opposed higher road tolls.", 0, ""},
		{"poll, two questions, verbs of wanting", "The poll found 55% of parents favoured a later start, while 52% wanted smaller classes.", 0, ""},
		{"poll, two questions, adjectives", "Asked in March, 71% of voters supported longer library hours and 44% rejected new parking fees.", 0, ""},
		{"poll, one question, whole first", "In the poll, 55% of parents backed the plan, 40% opposed it and 12% were undecided.", 1, "107%"},
		{"shares over", "In the referendum, 58% voted yes and 47% voted no.", 1, "105%"},
		{"remaining", "She won 48% of the vote, her rival took 39% and the remaining 17% went to others.", 1, "104%"},
		{"remaining short", "She won 48% of the vote, her rival took 39% and the remaining 10% went to others.", 1, "make up the whole"},
		{"seats add up", "The council has 30 seats: 12 for the Greens, 10 for Labour and 8 for the Liberals.", 0, ""},
		{"rounding", "The Liberals won 33% of the vote, the Greens 33% and Labour 35%.", 0, ""},
		{"turnout", "Turnout was 62%, of whom 55% voted yes.", 0, ""},
		{"turnout and", "Turnout was 62%, and 55% of voters backed the plan.", 0, ""},
		{"of whom split", "Turnout was 70%, of whom 55% voted yes and 45% voted no.", 0, ""},
		{"two years", "The party won 40% of the vote in 2020 and 45% in 2024.", 0, ""},
		{"different wholes", "Jordan sends 40 percent of its exports to Iraq and 90 percent of its oil comes from there.", 0, ""},
		{"groups counted", "Participants were divided into three groups by how long they slept: 380 were short sleepers, averaging less than six hours; 610 slept between six and eight hours; and 210 slept more than eight hours.", 0, ""},
		{"teams too many", "The volunteers were split into three teams: 40 cleared the beach; 55 planted grass; 30 counted birds; and 25 cooked.", 1, "give 4 of them"},
		{"teams right", "The volunteers were split into four teams: 40 cleared the beach; 55 planted grass; 30 counted birds; and 25 cooked.", 0, ""},
		{"poll answers", "The survey of 800 voters found that 52 percent would vote for the tax, 41 percent would vote against it and 11 percent were undecided.", 1, "104%"},
		{"poll questions", "The poll found that 64% backed more buses, and 58% supported new cycle lanes.", 0, ""},
		{"poll answers right", "The survey of 800 voters found that 52 percent would vote for the tax, 37 percent against it and 11 percent were undecided.", 0, ""},
		{"of the over", "Of the 40 seats on the council, the Greens won 18, the Centre Party 15 and the Liberals 9.", 1, "add up to 42"},
		{"of the short", "Of the 40 seats on the council, the Greens won 18, the Centre Party 12 and the Liberals 6.", 0, ""},
		{"under the", "They approved a $130 million plan for quays, cranes and dredging. Under the plan, $60 million would go to quays, $35 million to four cranes and $20 million to dredging.", 1, "$115 million"},
		{"open list", "The council has 30 seats: 12 for the Greens, 10 for Labour and the rest for others.", 0, ""},
	})
	checkFixtures(t, rules.SumTotal)
}

// TestSumTotalAntecedents: parts across sentences "of them" belong to a
// total only when "them" has no nearer plural, and a value a figure rose
// from is no part.
func TestSumTotalAntecedents(t *testing.T) {
	runCases(t, rules.SumTotal, []ruleCase{
		{"them nearer", "Three member states abstained. The rafts drift for weeks. About 14,000 of them were deployed, 6,000 of them in the south.", 0, ""},
		{"them nearer, ships", "Two ports closed on Monday. The trawlers stayed at sea, and 40 of them, with 12 of them from Vigo, sheltered off the cape.", 0, ""},
		{"up from", "Five airlines fly to the island. It handled about 14,000 flights last year, up from roughly 9,500 in 2019.", 0, ""},
		{"down from", "The 40-seat council meets monthly. The Greens hold 18 seats, down from 22 in 2021.", 0, ""},
		{"them is the total", "Officials counted 18,400 valid ballots. Bernardini won 9,120 of them, Okafor 6,870 and Dall'Acqua 2,910.", 1, "18,900"},
	})
}

// TestSumTotalPhrases: a count in the phrase after another's noun ("31
// dates in 12 countries") is no total that later parts come back to, and a
// figure after "including" is part of the one before it.
func TestSumTotalPhrases(t *testing.T) {
	runCases(t, rules.SumTotal, []ruleCase{
		{"count in a phrase", "The tour was to run to 31 dates in 12 countries. The band played 17 of them; the 14 remaining concerts are off.", 0, ""},
		{"count in a phrase, across", "The fund backs 40 projects across five regions. It has paid 22 of them, and 18 await money.", 0, ""},
		{"including a subpart", "Officials counted 300 ballots. Ruiz won 170 of them, and Berg 130, including 20 by post.", 0, ""},
		{"head count still total", "The tour was to run to 31 dates in 12 countries. The band played 19 of them, and 14 others are off.", 1, "33"},
	})
}

// TestSumTotalRoundedEdges: rounded figures stand for half-open intervals,
// so a sum of rounded parts that only touches the rounded total is apart
// from it; exact figures that touch are equal.
func TestSumTotalRoundedEdges(t *testing.T) {
	runCases(t, rules.SumTotal, []ruleCase{
		{"tenths, total above", "The ministry paid 4.2 million baht in Mae Ruam, 3.5 million in Wiang Khao and 1.9 million in Doi Saeng, a total of 9.8 million baht.", 1, "9.6 million"},
		{"tenths, touching the rounding", "The fund gave 2.4 billion rand, 1.1 billion and 1.3 billion, a total of 5.0 billion rand.", 1, "4.8 billion"},
		{"tenths, within the rounding", "The fund gave 2.4 billion rand, 1.1 billion and 1.3 billion, a total of 4.7 billion rand.", 0, ""},
		{"tenths, right", "The ministry paid 4.2 million baht, 3.5 million and 1.9 million, a total of 9.6 million baht.", 0, ""},
		{"exact, right", "The ruling party won 41 seats, the opposition 27 and independents 12, a total of 80.", 0, ""},
	})
}

// TestSumTotalPartsIn: parts that each stand in one of what a total counts
// ("the two races: 47 in the junior race and 65 in the senior") are
// counted against it, not added up.
func TestSumTotalPartsIn(t *testing.T) {
	runCases(t, rules.SumTotal, []ruleCase{
		{"races", "A total of 112 skiers started the two races: 47 in the junior race and 65 in the senior.", 0, ""},
		{"shifts at plants", "The firm employs 900 people at three plants: 400 at the northern plant, 300 at the port plant and 200 at the third.", 0, ""},
		{"sessions", "Some 1,500 delegates attended the two sessions: 800 at the morning session and 700 at the evening one.", 0, ""},
		{"groups miscounted", "The firm has 900 staff in three plants: 600 at the northern plant and 300 at the port plant.", 1, "2 of them"},
	})
}

// TestSumTotalMoneyBack: a noun of money after "the" refers back to the sum
// the copy gave in the sentence or two before, so the figures shared out
// after it are its parts.
func TestSumTotalMoneyBack(t *testing.T) {
	runCases(t, rules.SumTotal, []ruleCase{
		{"the money", "The province will spend 3.6 billion rand on rural areas. Dube said the money would be divided three ways: 1.4 billion rand for roads, 1.1 billion for clinics and 1.3 billion for water.", 1, "3.8 billion"},
		{"the funds", "The city raised 90 million euros in May. The funds will pay 50 million euros for trams and 45 million for buses.", 1, "95 million"},
		{"the budget", "Parliament approved 12 billion pesos for the ports. Under the plan the budget sets aside 7 billion pesos for quays and 6 billion for cranes.", 1, "13 billion"},
		{"the money, within", "The province will spend 3.6 billion rand on rural areas. Dube said the money would be divided: 1.4 billion rand for roads and 1.1 billion for clinics.", 0, ""},
		{"the funds raised", "Donors raised 12 million euros in May. The funds will pay 8 million euros for beds and 5 million for scanners.", 1, "13 million"},
		{"the money raised, present", "The club raises 3 million pounds a year from fans. The money pays 2 million pounds for wages and 1.5 million for the ground.", 1, "3.5 million"},
		{"the sum raised, bonds", "The port raised 600 million kroner through bonds. The sum covers 400 million kroner for quays and 250 million for cranes.", 1, "650 million"},
		{"another sum", "The province will spend 3.6 billion rand on rural areas. The money from the state, 1.4 billion rand in loans and 2.9 billion in grants, comes later.", 0, ""},
	})
}

// TestSumTotalRemainingCues: "the remaining N%" marks shares of one whole
// whatever the verb before them.
func TestSumTotalRemainingCues(t *testing.T) {
	runCases(t, rules.SumTotal, []ruleCase{
		{"earned", "The company earned 46% of its revenue in Europe last year, 31% in Asia and the remaining 19% in the Americas.", 1, "make up the whole"},
		{"sells", "The firm sells 52% of its wine at home, 30% in Asia and the remaining 14% elsewhere.", 1, "make up the whole"},
		{"grow", "Farmers grow 60% of the crop in the north, 25% in the east and the remaining 10% in the south.", 1, "make up the whole"},
		{"right", "The company earned 46% of its revenue in Europe, 31% in Asia and the remaining 23% in the Americas.", 0, ""},
		{"two, the rest told before", "The state pays 40 percent. The city pays 45 percent and the region the remaining 15 percent.", 0, ""},
		{"two past the whole", "Individual investors own 65% of the market's value, and institutions the remaining 45%.", 1, "110%"},
		{"two past the whole, percent", "Albanians make up 90 percent of the population and Serbs the remaining 15 percent.", 1, "105%"},
		{"two past the whole, share verb", "Wind supplies 70% of the power and gas the remaining 35%.", 1, "105%"},
		{"two within the whole", "The city pays 55 percent and the region the remaining 45 percent.", 0, ""},
	})
}

// TestSumTotalDifferences: a figure that measures a gap ("two behind",
// "three points clear", "five short of") is no part.
func TestSumTotalDifferences(t *testing.T) {
	runCases(t, rules.SumTotal, []ruleCase{
		{"behind", "Rovers played 22 league matches: they won 15, drew 4 and lost 3, finishing second on 49 points, two behind the champions.", 0, ""},
		{"clear", "The club played 30 games: it won 20, drew 6 and lost 4, and finished three points clear.", 0, ""},
		{"short of", "The council has 40 seats: Labour won 19, five short of a majority, the Greens 12 and others 9.", 0, ""},
		{"still a part", "Rovers played 22 league matches: they won 15, drew 4 and lost 5.", 1, "24"},
	})
}

// TestSumTotalChangesAfterMoney: figures of a change after a noun of money
// ("the money brings the cost to 38.7 million euros, up from the 32.5
// million") are no parts of the sum.
func TestSumTotalChangesAfterMoney(t *testing.T) {
	runCases(t, rules.SumTotal, []ruleCase{
		{"brings to, up from the", "The board approved an extra 6.2 million euros. The money brings the cost to 38.7 million euros, up from the 32.5 million approved in 2023.", 0, ""},
		{"takes to, from the", "The city added 2 million pounds. The money takes the budget to 14 million pounds, from the 12 million set in May.", 0, ""},
		{"lifts to, up from", "Donors gave 300,000 dollars. The money lifts the fund to 1.3 million dollars, up from about 1 million.", 0, ""},
	})
}

// TestSumTotalClauseParts: after "Of the N ...", a figure without a noun
// that is the subject of its own clause is a part ("3,106 backed a
// walkout, 1,544 opposed it and 212 were spoiled").
func TestSumTotalClauseParts(t *testing.T) {
	runCases(t, rules.SumTotal, []ruleCase{
		{"ballots", "Of the 4,812 ballots returned, 3,106 backed a walkout, 1,544 opposed it and the remaining 212 were spoiled or left blank.", 1, "4,862"},
		{"two may overlap", "Of the 600 council staff, 400 took part in a separate ballot on pay and 350 voted to strike.", 0, ""},
		{"workers", "Of the 300 workers, 120 joined the strike, 150 stayed at work and 40 were on leave.", 1, "310"},
		{"seats", "Of the 90 seats, 50 went to Labour, 30 went to the Greens and 15 stayed empty.", 1, "95"},
		{"right", "Of the 4,812 ballots returned, 3,106 backed a walkout, 1,544 opposed it and the remaining 162 were spoiled.", 0, ""},
	})
}

// TestSumTotalRelativeClauseEndsParts: a figure in a relative clause after
// the last part ("..., where regulars watch her work three woks") is the
// clause's, no part of the total.
func TestSumTotalRelativeClauseEndsParts(t *testing.T) {
	runCases(t, rules.SumTotal, []ruleCase{
		{"seats and woks", "The restaurant has 48 seats: 32 in the dining room and 16 at the counter, where regulars watch her work three woks at once.", 0, ""},
		{"cars and crew", "The ferry carries 120 cars: 80 on the main deck and 40 below, where two crew members stand watch.", 0, ""},
		{"sheep and dogs", "The farm keeps 300 sheep: 200 on the hill and 100 in the valley, where three dogs guard them.", 0, ""},
		{"parts that do not add up", "The ferry carries 120 cars: 80 on the main deck and 50 below.", 1, ""},
	})
}

// TestSumTotalModelNumbers: a number that ends a make or model after "a"
// ("a Saab 340", "an Embraer 190") is part of a name, no part of a total.
func TestSumTotalModelNumbers(t *testing.T) {
	runCases(t, rules.SumTotal, []ruleCase{
		{"aircraft", "The rescue service flies three aircraft: a Dash 8, a Twin Otter and a Saab 340.", 0, ""},
		{"jets", "The carrier leases three jets: a Boeing 737, an Airbus A320 and an Embraer 190.", 0, ""},
		{"cars", "The taxi firm runs three cars on the night shift: a Peugeot 508, a Skoda Superb and a Fiat 500.", 0, ""},
		{"seats after the", "The assembly has 45 seats: the Greens won 17, the Civic Union 14, Labour 9 and the Farmers' League 6.", 1, "46"},
	})
}

// TestEnumCountModelsNamedAsKinds: things each introduced by "a" may be
// makes and models ("a Twin Otter", "a Saab 340").
func TestEnumCountModelsNamedAsKinds(t *testing.T) {
	runCases(t, rules.EnumCount, []ruleCase{
		{"aircraft", "The rescue service flies four aircraft: a Dash 8, a Twin Otter and a Saab 340.", 1, "names 3"},
		{"jets", "The carrier leases two jets: a Boeing 737, an Airbus A320 and an Embraer 190.", 1, "names 3"},
		{"cars", "The garage sold two cars: a Fiat Panda, a Skoda Octavia and a Volvo.", 1, "names 3"},
		{"cars, right", "The garage sold three cars: a Fiat Panda, a Skoda Octavia and a Volvo.", 0, ""},
	})
}

// TestSumTotalOpeningWithOwner: "Of the hospital's 310 beds, ..." opens a
// sentence with a total owned by a name, shared out after the comma.
func TestSumTotalOpeningWithOwner(t *testing.T) {
	runCases(t, rules.SumTotal, []ruleCase{
		{"beds", "The hospital opened in 1990. Of the hospital's 310 beds, 140 are on surgical wards, 96 on medical wards, 52 in maternity and 34 in intensive care.", 1, "322"},
		{"seats", "The vote was held on Sunday. Of the city council's 41 seats, the Greens won 18, Labour 15 and the Liberals 9.", 1, "42"},
		{"schools", "The strike closed classrooms. Of the region's 64 schools, 30 are in towns, 20 in villages and 16 in the hills.", 1, "66"},
		{"schools, right", "The strike closed classrooms. Of the region's 66 schools, 30 are in towns, 20 in villages and 16 in the hills.", 0, ""},
	})
}

// TestSumTotalSharedOutNextSentence: three parts or more by the total's
// own noun, one verb for all, share out the total of the sentence before.
func TestSumTotalSharedOutNextSentence(t *testing.T) {
	runCases(t, rules.SumTotal, []ruleCase{
		{"assembly", "The new assembly has 45 seats, and 23 are needed to govern. The Greens won 17 seats, the Civic Union 14, Labour 9 and the Farmers' League 6.", 1, "46"},
		{"league", "The league has 20 clubs. The north sent 9 clubs, the south 7 and the islands 5.", 1, "21"},
		{"fleet", "The fleet counts 30 boats. Trawlers make up 12 boats, netters 10 and crabbers 9.", 1, "31"},
		{"fleet, right", "The fleet counts 31 boats. Trawlers make up 12 boats, netters 10 and crabbers 9.", 0, ""},
		{"years", "The council has 45 seats. The Greens won 17 seats in 2019, 14 in 2022 and 20 in 2025.", 0, ""},
	})
}

// TestSumTotalPlacedPartsInApposition: parts right after a total's comma
// that each say where they stand share it out: "killed 257 people, 237
// in Nairobi and 10 in Dar es Salaam".
func TestSumTotalPlacedPartsInApposition(t *testing.T) {
	runCases(t, rules.SumTotal, []ruleCase{
		{"bombs", "The bombs killed 257 people, 237 in Nairobi and 10 in Dar es Salaam.", 1, "247"},
		{"quake", "The quake killed 90 people, 60 in Orla, 20 in Besk and 15 in Tarn.", 1, "95"},
		{"shops", "The chain will close 14 shops, 9 in Leeds and 3 at the airport.", 1, "12"},
		{"right", "The bombs killed 247 people, 237 in Nairobi and 10 in Dar es Salaam.", 0, ""},
		{"of them", "The storm killed 40 people, 12 of them children.", 0, ""},
	})
}

// TestSumTotalNoPartAboveItsCount: a figure above a small count ("three
// hotels" ... "159 of them on board") is no part of it; "them" means
// something else.
func TestSumTotalNoPartAboveItsCount(t *testing.T) {
	runCases(t, rules.SumTotal, []ruleCase{
		{"hotels", "Passengers spent the night in three hotels — the Harbour Lodge, the Crown and the Meridia. The replacement jet left on Thursday with 159 of them on board; the other nine took a train.", 0, ""},
		{"coaches", "The club hired two coaches for the camp. They trained 120 of them in May; the other 40 came in June.", 0, ""},
		{"shelters", "Volunteers opened four shelters last night. Staff said 230 of them slept there and 60 went home.", 0, ""},
		{"ballots", "Officials counted 6,820 valid ballots. The union won 4,950 of them, and 1,990 went against it.", 1, "6,940"},
	})
}

// TestSumTotalMeasuresOfDifferentThings: "a total of 4.1 million tonnes"
// sums tonnes whatever each part measures ("of containers", "of grain").
func TestSumTotalMeasuresOfDifferentThings(t *testing.T) {
	runCases(t, rules.SumTotal, []ruleCase{
		{"port", "The port handled 1.9 million tonnes of containers, 1.2 million tonnes of grain and 600,000 tonnes of fuel in 2023. That made a total of 4.1 million tonnes, she said.", 1, "3.7 million"},
		{"tanker", "The depot shipped 40,000 litres of diesel, 25,000 litres of petrol and 10,000 litres of kerosene. That made a total of 80,000 litres.", 1, "75,000"},
		{"farm", "The farm planted 30 hectares of wheat, 12 hectares of barley and 8 hectares of oats. That made a total of 55 hectares.", 1, "50"},
		{"right", "The farm planted 30 hectares of wheat, 12 hectares of barley and 8 hectares of oats. That made a total of 50 hectares.", 0, ""},
	})
}

// TestSumTotalThemPastItsClauseSubject: "them" is not the subject of its
// own clause ("Members backed the strike with 4,950 of them"), so it
// refers back to the total before.
func TestSumTotalThemPastItsClauseSubject(t *testing.T) {
	runCases(t, rules.SumTotal, []ruleCase{
		{"ballots", "The union counted 6,820 valid ballots on Wednesday. Members backed the strike with 4,950 of them, and 1,990 voted against.", 1, "6,940"},
		{"bids", "The board received 410 bids in May. Officials rejected 300 of them, and 150 were approved.", 1, "450"},
		{"claims", "The insurer logged 2,300 claims after the storm. Assessors paid 1,900 of them, and 600 are still open.", 1, "2,500"},
		{"right", "The union counted 6,820 valid ballots on Wednesday. Members backed the strike with 4,830 of them, and 1,990 voted against.", 0, ""},
	})
}

// TestSumTotalGappedSharesOfAWhole: three shares or more after a first
// one "of" a whole, the verb left out, share that whole out whatever the
// verb.
func TestSumTotalGappedSharesOfAWhole(t *testing.T) {
	runCases(t, rules.SumTotal, []ruleCase{
		{"quota", "Under the decree, industrial trawlers will land 58% of the quota, artisanal crews 33% and research boats 14%.", 1, "105%"},
		{"budget", "The city will spend 40% of the budget on schools, 35% on roads and 30% on parks.", 1, "105%"},
		{"water", "Farms draw 62% of the river's water, towns 25% and factories 17%.", 1, "104%"},
		{"right", "Under the decree, trawlers will land 53% of the quota, crews 33% and research boats 14%.", 0, ""},
		{"rates", "Exports rose 12% in May, 15% in June and 20% in July.", 0, ""},
	})
}
