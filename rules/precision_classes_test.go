package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestPluralTitleJoinsTwoNames: "novelists Marta Quiroga and Iker
// Salcedo" names two items under one plural role.
func TestPluralTitleJoinsTwoNames(t *testing.T) {
	runCases(t, rules.EnumCount, []ruleCase{
		{"novelists", "The five jurors — novelists Marta Quiroga and Iker Salcedo, critic Ramón Beltrán, translator Sofía Nakamura and poet Elías Carranza — chose the book.", 0, ""},
		{"engineers", "Four staff were honoured: engineers Ana Ruiz and Lia Mora, nurse Eva Sol and driver Tom Berg.", 0, ""},
		{"senators", "Three speakers took the floor: senators Ida Lund and Per Holm, and mayor Kari Vik.", 0, ""},
		{"miscount", "The four jurors — novelists Marta Quiroga and Iker Salcedo, critic Ramón Beltrán, translator Sofía Nakamura and poet Elías Carranza — chose the book.", 1, ""},
	})
}

// TestSummedShareIsNoShare: a percentage a word of sum marks ("giving the
// combined group 45%") adds up other shares; it is none of its own.
func TestSummedShareIsNoShare(t *testing.T) {
	runCases(t, rules.SumTotal, []ruleCase{
		{"combined", "Daeyang holds 17% of the market. Hanbit holds 28%, giving the combined group 45%, well ahead of Geumgang Foods with 38%.", 0, ""},
		{"together", "Labour won 31% and the Greens 12%, together 43%, while the Liberals took 40%.", 0, ""},
		{"altogether", "Exports took 35% of output and tourism 20%, altogether 55%, with the rest sold at home at 45%.", 0, ""},
	})
}

// TestIndefiniteRankDatedNotScoped: "would strike a third time in June"
// dates one more strike; the month scopes no series. "A fourth walkout
// this year" still ranks within the year.
func TestIndefiniteRankDatedNotScoped(t *testing.T) {
	pub := time.Date(2026, 5, 12, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"The first strike came on Monday, Feb. 16. The second began on Monday. The union said it would strike a third time in June if no deal was reached.", false},
		{"Nurses first walked out on Feb. 3 and again in April. They said they would walk out a third time in July.", false},
		{"Pilots struck on Jan. 12 and on March 30. Their union warned of a third stoppage in August.", false},
	})
}

// TestAgedDescriptionOfOnlyPersonOfThatAge: "said the 52-year-old doctor"
// is the one person the copy gave that age, not the subject just before.
func TestAgedDescriptionOfOnlyPersonOfThatAge(t *testing.T) {
	pub := time.Date(2023, 7, 27, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"Dr. Maria dela Cruz, 52, the health officer, spoke first.\n\nRowena Bautista, 29, brought her son to the clinic.\n\n\"We are going back up,\" said the 52-year-old doctor.", false},
		{"Judge Ama Owusu, 61, opened the session.\n\nKofi Mensah, 34, testified next.\n\n\"We will sit late,\" said the 61-year-old judge.", false},
		{"Captain Lea Holm, 47, steered the ferry.\n\nPassenger Ivo Kral, 30, praised the crew.\n\n\"The sea was kind,\" said the 47-year-old skipper.", false},
		{"Captain Lea Holm, 47, steered the ferry.\n\nPassenger Ivo Kral, 30, praised the crew.\n\n\"The sea was kind,\" said the 49-year-old skipper.", true},
	})
}

// TestAdjectiveAfterNounPicksPart: "the 33,600 children still
// unvaccinated" sets part of the children apart; it restates no earlier
// count of children.
func TestAdjectiveAfterNounPicksPart(t *testing.T) {
	runCases(t, rules.NumberRestated, []ruleCase{
		{"still unvaccinated", "Workers vaccinated 86,400 children in July. A new drive will aim at the 33,600 children still unvaccinated.", 0, ""},
		{"uninsured", "The storm damaged 4,100 homes. Aid will go first to the 1,200 homes uninsured.", 0, ""},
		{"not yet paid", "The fund owes 900 farmers. Officials met the 350 farmers not yet paid.", 0, ""},
	})
}

// TestPastMemberOfFutureCount: a member already past is no member of a
// count still wholly ahead ("two launches next year" ... "Its first
// launch, in July 2019").
func TestPastMemberOfFutureCount(t *testing.T) {
	pub := time.Date(2025, 6, 10, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"Aokumo said it would attempt two launches next year. The first is planned for February 2026.\n\nIts record is mixed. Its first launch, in July 2019, failed.", false},
		{"The band will play two concerts next year, in March and May 2026.\n\nIts first concert, in June 2001, drew 40 people.", false},
		{"The city will hold two referendums next year.\n\nIts first referendum, in 2012, failed.", false},
		{"Aokumo said it would attempt two launches next year. The second is planned for February 2027.", true},
	})
}

// TestOriginIsNoPart: a count of places after "from" or "in" says where
// the parts come from ("86 films: 52 features and 34 shorts, from 27
// countries"), no part of them.
func TestOriginIsNoPart(t *testing.T) {
	runCases(t, rules.SumTotal, []ruleCase{
		{"countries", "The festival will screen 86 films: 52 features and 34 shorts, from 27 countries.", 0, ""},
		{"regions", "The fair has 140 stalls: 90 for food and 50 for crafts, from 12 regions.", 0, ""},
		{"villages", "The clinic treated 310 patients: 200 adults and 110 children, from 40 villages.", 0, ""},
		{"miscount", "The festival will screen 86 films: 52 features and 44 shorts, from 27 countries.", 1, ""},
	})
}
