package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestNumberRestatedCountBeforeAnotherPhrase: a count followed by "and"
// and a determiner ("27 scientists and a crew of 14") counts its own noun
// alone, as "212 passengers and 31 crew" does; only a bare noun after
// "and" ("nine brothers and sisters") shares the count.
func TestNumberRestatedCountBeforeAnotherPhrase(t *testing.T) {
	pub := time.Date(2023, 10, 9, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"The ship left on Sept. 5 with 27 scientists and a crew of 14. The chief scientist said all 26 scientists had taken turns on watch.", true},
		{"The bus carried 38 pupils and a driver when it left. Teachers said all 36 pupils were later found safe.", true},
		{"The lodge housed 19 climbers and the two guides. Rescuers said the 17 climbers were flown out on Monday.", true},
		{"The shelter took in nine brothers and sisters on Monday. Staff said the nine children were well.", false},
	})
}

// TestNumberRestatedAudienceTransposed: those gathered "in front of" a
// count of people are the crowd, and a count of one class written with
// three or more of an earlier count's significant digits turned is a
// likely typo even without a definite article; a size given to a new
// thing ("a 198-kilometre stage") is not.
func TestNumberRestatedAudienceTransposed(t *testing.T) {
	pub := time.Date(2025, 4, 7, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"Haugsvik won on Sunday in front of a sell-out crowd of 3,450 at the Fjordhallen. The coach said winning in front of 3,540 people was special.", true},
		{"The final drew a crowd of 12,740 to the stadium. Players said they had never played in front of 12,470 fans before.", true},
		{"Organisers counted 1,860 runners at the start. By noon, 1,680 runners had crossed the line, all of them safely.", false},
		{"Saturday's 189-kilometre stage was marred by a crash. The race resumes on Monday with a 198-kilometre mountain stage.", false},
	})
}

// TestNumberRestatedFrequencyIsNoRate: "twice a day" after a count says
// how often an act happens ("cooking for the 24,600 evacuees twice a
// day"), not that the count is a rate, so the count still restates.
func TestNumberRestatedFrequencyIsNoRate(t *testing.T) {
	pub := time.Date(2024, 8, 30, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"Officials said 26,400 evacuees were staying in shelters. Volunteers were cooking for the 24,600 evacuees twice a day.", true},
		{"The clinic has 1,850 patients on its books. Nurses visit the 1,580 patients three times a week.", true},
		{"The school enrolled 640 pupils this term. A bus carries the 460 pupils once a day.", true},
		{"The clinic has 1,850 patients on its books. Nurses visit the 1,850 patients three times a week.", false},
	})
}

// TestNumberRestatedShareOfAPart: a share restates another when both are
// the same part's share of the same whole, told by a verb of taking
// ("Salaries alone will take 41% of the budget") or after the whole ("the
// 46% of the budget going to salaries").
func TestNumberRestatedShareOfAPart(t *testing.T) {
	pub := time.Date(2025, 6, 20, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"Salaries alone will take 41% of the budget, the treasury said. Critics said the 46% of the budget going to salaries left little for roads.", true},
		{"Pensions will consume 28% of the budget. Critics said the 32% of the budget going to pensions was too much.", true},
		{"Health will get 19% of the revenue, the minister said. Doctors called the 21% of revenue for health too little.", true},
		{"Salaries alone will take 41% of the budget, the treasury said. Critics said the 41% of the budget going to salaries left little for roads.", false},
		{"Salaries alone will take 41% of the budget. Critics said the 46% of the budget going to roads was too much.", false},
	})
}
