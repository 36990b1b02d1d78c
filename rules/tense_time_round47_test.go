package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestTenseTimeParticipleBeforeNoun: a past participle right after a verb
// and before its noun modifies the noun ("will introduce automated
// carriers", "will replace damaged roofs"): the clause's tense is the
// verb's, not the participle's.
func TestTenseTimeParticipleBeforeNoun(t *testing.T) {
	pub := time.Date(2024, 11, 19, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.TenseTime, pub, []fireCase{
		{"The firm will introduce automated carriers in the first half of 2024.", true},
		{"Brannock plans to introduce automated straddle carriers at the container terminal in the first half of 2024.", true},
		{"The council will replace damaged roofs in the first half of 2024.", true},
		{"The firm introduced automated carriers in the first half of 2024.", false},
		{"The council will replace damaged roofs in the first half of 2025.", false},
	})
}

// TestTenseTimeBaseFormPast: a verb whose past and base are one form
// ("cut", "put", "hit"), after a singular subject and an adverb with no
// auxiliary, is a simple past, whatever the tagger read.
func TestTenseTimeBaseFormPast(t *testing.T) {
	pub := time.Date(2025, 3, 21, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.TenseTime, pub, []fireCase{
		{"The river basin authority already cut irrigation quotas by a third in the second half of 2025.", true},
		{"She recently put the house on the market in the second half of 2025.", true},
		{"The firm quietly shut the old plant in the second half of 2025.", true},
		{"The authorities already cut irrigation quotas by a third in the second half of 2025.", false},
		{"The authority will cut irrigation quotas by a third in the second half of 2025.", false},
	})
}

// TestTenseTimeAsideWithAdverb: a participle set off by commas after a
// noun, an adverb before it (", first held in 1988,"), times only what
// stands inside its commas.
func TestTenseTimeAsideWithAdverb(t *testing.T) {
	pub := time.Date(2026, 4, 13, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.TenseTime, pub, []fireCase{
		{"The race, first held in 1988, returns on Sunday, April 11, 2027.", false},
		{"The festival, last staged in 2019, comes back on Friday, May 14, 2027.", false},
		{"The fair, originally founded in 1950, reopens in May 2027.", false},
		{"The race, first held in 1988, returned on Sunday, April 11, 2027.", true},
	})
}

// TestTenseTimeReducedRelativeBeforeFuture: a past participle right after its noun
// ("a company set up in 2023", "the bridge built in 1890") times the date
// in its phrase, not the clause's future verb.
func TestTenseTimeReducedRelativeBeforeFuture(t *testing.T) {
	pub := time.Date(2025, 9, 15, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.TenseTime, pub, []fireCase{
		{"The flats will be built by a regional housing company set up in 2023.", false},
		{"Trains will cross the bridge built in 1890 until the new one opens.", false},
		{"Visitors will see the chapel restored in 2019 on the tour.", false},
		{"The flats will be built by a regional housing company in 2023.", true},
	})
}

// TestTenseTimeAsideParticipleDate: a participle set off by a comma after
// its noun ("the company, set up in 1957,") times the date in its phrase,
// also a verb whose participle is its base form.
func TestTenseTimeAsideParticipleDate(t *testing.T) {
	pub := time.Date(2025, 9, 16, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.TenseTime, pub, []fireCase{
		{"She will be the first woman to lead the company, set up in 1957 to link the islands.", false},
		{"He will run the club, founded in 1902 by dockers.", false},
		{"They will restore the chapel, built in 1740 by monks.", false},
		{"She will be the first woman to lead the company in 1957.", true},
	})
}
