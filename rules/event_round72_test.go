package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestTenseFutureBeforeOver: a future bounded by a date already over
// ("will face trial before the end of 2023" in January 2024) lies wholly
// in the past.
func TestTenseFutureBeforeOver(t *testing.T) {
	pub := time.Date(2024, 1, 15, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.TenseTime, pub, []fireCase{
		{"The former mayor is expected to face a separate trial before the end of 2023.", true},
		{"The ministry will publish the audit before December 2023, officials said.", true},
		{"Engineers will finish the repairs before the end of last year.", true},
		{"The former mayor is expected to face a separate trial before the end of 2024.", false},
		{"The former mayor was expected to face a separate trial before the end of 2023.", false},
		{"If it does not, the commission will draw the map itself, using the districts in force before 2019.", false},
	})
}

// TestEventCountIndefiniteInstances: an instance of the ranked kind told
// with "a" ("staged a three-day walkout in July") counts among the events
// before a rank, whatever group the reading kept it in.
func TestEventCountIndefiniteInstances(t *testing.T) {
	pub := time.Date(2026, 11, 16, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"Dockers walked off the job on Monday for the second time this year. The union first downed tools for 24 hours in March, and staged a three-day walkout in July.", true},
		{"Nurses struck on Monday for the second time this year. They held a one-day strike in February and a two-day walkout in June.", true},
		{"Drivers walked out on Monday for the second time this year. They had held a strike in April and a walkout in August.", true},
		{"Dockers walked off the job on Monday for the third time this year. The union first downed tools for 24 hours in March, and staged a three-day walkout in July.", false},
	})
}

// TestEventDateComplementOfNoun: a date after an event noun that ends a
// "to" or "against" phrase of another noun ("a challenge to the runoff
// on Tuesday") times what governs that noun, not the event.
func TestEventDateComplementOfNoun(t *testing.T) {
	pub := time.Date(2026, 7, 30, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"A tribunal began hearing a challenge to the city's runoff on Tuesday. The candidate won the runoff on Sunday, July 12.", false},
		{"Lawyers filed an appeal against the verdict on Monday. The court had delivered the verdict on Friday, July 10.", false},
		{"Residents lodged objections to the auction on Wednesday. The council held the auction on Saturday, July 18.", false},
		{"The city held its runoff on Tuesday. The candidate won the runoff on Sunday, July 12.", true},
		{"The committee summoned the firm's chief executive to a hearing on Tuesday, July 14. Staff prepared for the July 16 hearing.", true},
	})
}
