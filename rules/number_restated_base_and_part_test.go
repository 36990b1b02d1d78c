package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestNumberRestatedComparisonBase: a figure after "than the" is the
// standard a comparison measures against ("more than the 290 millimetres
// the district normally receives"), not the figure told before restated.
func TestNumberRestatedComparisonBase(t *testing.T) {
	pub := time.Date(2024, 7, 3, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"Floods followed 312 millimetres of rain in 48 hours.\n\nThe rain was more than the 290 millimetres the district normally receives in June.", false},
		{"The port handled 41,000 containers in May.\n\nThat was fewer than the 44,000 containers it moved a year before.", false},
		{"The clinic treated 1,250 patients last week.\n\nIt was far above the 900 patients a normal week brings.", false},
		{"Floods followed 312 millimetres of rain in 48 hours.\n\nThe 290 millimetres of rain fell mostly at night.", true},
	})
}

// TestNumberRestatedPartBesideWhole: a whole told with the earlier figure
// as its part in its own sentence ("represents 7,300 of the company's
// 9,800 employees") restates nothing.
func TestNumberRestatedPartBesideWhole(t *testing.T) {
	pub := time.Date(2023, 10, 19, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"About 7,300 workers stayed away on Thursday.\n\nThe union, which represents 7,300 of the company's 9,800 employees, wants a 12% rise.", false},
		{"Some 420 nurses walked out on Monday.\n\nThe union speaks for 420 of the hospital's 1,100 nurses.", false},
		{"About 160 drivers joined the strike.\n\nThey are 160 of the operator's 540 drivers.", false},
		{"About 7,300 workers stayed away on Thursday.\n\nThe union said the 9,800 workers would stay out until Monday.", true},
	})
}

// TestNumberRestatedActOfVerb: a sum a verb took as its object, second
// object or a gerund's ("fined the miner 2.3 billion pesos", "of diverting
// €4.7 million"), is the sum the verb's act noun or its participle names
// later ("the 3.2 billion-peso fine", "Of the €4.2 million diverted").
func TestNumberRestatedActOfVerb(t *testing.T) {
	pub := time.Date(2026, 4, 21, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"A court on Monday fined the copper miner Minera Cerro Aguilar 2.3 billion pesos.\n\nThe firm would appeal the 3.2 billion-peso fine.", true},
		{"The court convicted four managers of diverting €4.7 million in public money.\n\nOf the €4.2 million diverted, investigators have recovered €1.3 million.", true},
		{"Regulators fined the lender Banco Serra 40 million reais on Friday.\n\nThe bank said the 45 million-real fine was unfair.", true},
		{"A court on Monday fined the copper miner Minera Cerro Aguilar 2.3 billion pesos.\n\nThe firm would appeal the 2.3 billion-peso fine.", false},
		{"Last year's harvest was 4,531 tonnes.\n\nStill, the roughly 4,000 tonnes were enough to fill the contracts.", false},
	})
}

// TestNumberRestatedFacingJobLoss: people counted as facing, awaiting or
// hit by a noun of job loss ("the 1,420 employees facing dismissal") are
// the jobs a cut counts ("would cut 1,240 jobs").
func TestNumberRestatedFacingJobLoss(t *testing.T) {
	pub := time.Date(2026, 5, 19, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"The paper maker said it would cut 1,240 jobs in Finland.\n\nThe union demanded that the 1,420 employees facing dismissal be retrained.", true},
		{"The carmaker will shed 600 jobs at the plant.\n\nThe 650 workers awaiting redundancy will get a bonus.", true},
		{"The airline plans to cut 300 jobs.\n\nThe 350 workers facing layoffs were told on Monday.", true},
		{"The paper maker said it would cut 1,240 jobs in Finland.\n\nThe union demanded that the 1,240 employees facing dismissal be retrained.", false},
	})
}
