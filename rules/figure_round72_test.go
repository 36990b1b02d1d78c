package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestSharesByPayingAndTaking: a share told by a verb of paying ("paid
// 12%", "bore 40%") or of taking in any tense or person ("shareholders
// get 38%") goes on with the share of the sentence before, and a rest
// closes the whole.
func TestSharesByPayingAndTaking(t *testing.T) {
	pub := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"The bill was split three ways. The state covered 30% of the cost. The EU fund paid 12%, and the city the remaining 56%.", true},
		{"Under the deal, its members will own 46% of the new company. Tafilalt's shareholders get 38%, and the rest, 18%, goes to a fund.", true},
		{"The port paid 45% of the cost of the dredging. The shipping lines bore 40%, and the city the remaining 12%.", true},
		{"The bill was split three ways. The state covered 30% of the cost. The EU fund paid 12%, and the city the remaining 58%.", false},
		{"Under the deal, its members will own 46% of the new company. Tafilalt's shareholders get 36%, and the rest, 18%, goes to a fund.", false},
	})
}

// TestSumNotPlainParts: a figure given for each of the other things ("one
// each in the other two") or some of the part before it ("5,118 of them
// women") is no plain part to add.
func TestSumNotPlainParts(t *testing.T) {
	pub := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"The county will open four new clinics in three towns. Two of the clinics will be in Kuusijärvi and one each in the other two.", false},
		{"The league added six teams in four cities. Three of the teams are in Lagos and one apiece in the remaining three.", false},
		{"The bank will shut five branches in three regions. Three of the branches are in the north and one each in the other two.", false},
		{"A record field of 14,212 runners started. Of those, 13,540 crossed the finish line, 5,118 of them women.", false},
		{"The ferry carried 412 passengers. Of those, 380 were adults, 145 of them pensioners.", false},
		{"The club has 96 members. Of those, 60 play, 12 of whom coach as well.", false},
		{"A record field of 14,212 runners started. Of those, 13,540 crossed the finish line and 812 dropped out.", true},
	})
}

// TestSumChangedThroughPronoun: a bare figure after a verb, its pronoun
// object and "to" ("extended it to 52") is the new value of what the
// pronoun stands for, no part of anything.
func TestSumChangedThroughPronoun(t *testing.T) {
	pub := time.Date(2026, 9, 30, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"The ship left on a 52-day voyage. The voyage was first planned to last 45 days, but the agency extended it to 52 in July.", false},
		{"The festival runs for 12 days. Organisers had planned nine days but stretched it to 12 after strong sales.", false},
		{"The council cut the fund to 40 million euros. It had set 55 million euros in 2024 but trimmed it to 40 in May.", false},
	})
}

// TestSumOfClassAcross: "22 of the injured" is a part of the injured the
// copy counted before ("injuring 38 others"), which "Another 12" and "the
// remaining six" in the next sentence go on with.
func TestSumOfClassAcross(t *testing.T) {
	pub := time.Date(2026, 8, 18, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"A bus fell into a ravine on Sunday, killing seven people and injuring 38 others. The road was wet. Officials said 22 of the injured were taken to hospital. Another 12 went to a clinic, and the remaining six were treated at the roadside.", true},
		{"The quake killed 14 people and injured 61 others. Rescue went on all night. Doctors said 40 of the injured were treated in Kandi. Another 15 were flown to the capital, and the remaining eight went home.", true},
		{"The blast wounded 25 workers. Fire crews came at dawn. Medics said 12 of the wounded were in the burns unit. Another nine were in surgery, and the remaining six were sent home.", true},
		{"A bus fell into a ravine on Sunday, killing seven people and injuring 38 others. The road was wet. Officials said 22 of the injured were taken to hospital. Another 10 went to a clinic, and the remaining six were treated at the roadside.", false},
	})
}

// TestSumTakenPartAfterClause: a part with a verb of taking of its own,
// after a long clause, goes on with a list of parts a verb of taking
// opened.
func TestSumTakenPartAfterClause(t *testing.T) {
	pub := time.Date(2023, 12, 21, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"The officer declared 6,412 valid votes. Dzide took 2,870 of the valid votes, Mensah 2,104 and Kudjawu 1,015, while Boakye, a young mechanic who ran on a promise to fix the roads, drew 432.", true},
		{"Judges counted 5,013 valid ballots. Ruiz won 2,412 of the valid ballots, Lund 1,508 and Berg 917, while Eide, a teacher who campaigned on school meals, got 251.", true},
		{"Clerks tallied 9,137 votes. Okafor took 4,012 of the votes, Adeyemi 3,004 and Bello 1,515, while Musa, a farmer who had never run before, polled 706.", true},
		{"The officer declared 6,412 valid votes. Dzide took 2,870 of the valid votes, Mensah 2,104 and Kudjawu 1,015, while Boakye, a young mechanic who ran on a promise to fix the roads, drew 423.", false},
	})
}

// TestSumPerPlace: a total counted over a number of places, then one
// figure of its kind for each place a few sentences on, is the sum of
// those figures.
func TestSumPerPlace(t *testing.T) {
	pub := time.Date(2024, 1, 29, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"The cyclone destroyed or damaged 9,740 homes across the three coastal districts. Power is out. Inhambulo was hardest hit, with 4,310 homes damaged. Macuse counted 3,180, and in Chinde Norte 2,450 homes were hit.", true},
		{"Floods cut 1,137 roads in four provinces. Crews are out. Kessel lost 412 roads, Varda 305 and Orm 220. In Lind, 213 roads were closed.", true},
		{"Health workers vaccinated 23,417 children across the two regions last month. Doses ran low. In the north, 12,906 children were vaccinated, and in the south 10,622.", true},
		{"The cyclone destroyed or damaged 9,940 homes across the three coastal districts. Power is out. Inhambulo was hardest hit, with 4,310 homes damaged. Macuse counted 3,180, and in Chinde Norte 2,450 homes were hit.", false},
		{"The cyclone destroyed or damaged 9,740 homes across the three coastal districts. Power is out. Inhambulo was hardest hit, with 4,310 homes damaged.", false},
	})
}

// TestEnumNamesWithRoles: names in a list may each carry a role set off
// by commas ("Adaeze Okonkwo, a compliance officer at a bank, and ...");
// the items are the names.
func TestEnumNamesWithRoles(t *testing.T) {
	pub := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EnumCount, pub, []fireCase{
		{"Three witnesses testified for the prosecution: Adaeze Okonkwo, a compliance officer at a commercial bank in Lagos, and Ibrahim Sule Bako, an auditor seconded to the commission.", true},
		{"Hoshino will appoint three directors to the board. They are Takumi Arakawa, its chief financial officer, and Rie Nishimura, who runs its parts division.", true},
		{"Four candidates stood: Ana Ruiz, a teacher from Lima, Tomas Berg, the town's former mayor, and Ines Farah, a nurse.", true},
		{"Two witnesses testified for the prosecution: Adaeze Okonkwo, a compliance officer at a commercial bank in Lagos, and Ibrahim Sule Bako, an auditor seconded to the commission.", false},
		{"Three candidates stood: Ana Ruiz, a teacher from Lima, Tomas Berg, the town's former mayor, and Ines Farah, a nurse.", false},
		{"The firm will unveil two new products: a folding tablet, a smart speaker and a fitness band.", true},
	})
}
