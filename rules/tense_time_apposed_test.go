package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestTenseTimeVerbAfterApposition: a past verb right after a noun phrase
// set off by commas after the subject ("Her father, guitarist Yoon
// Jae-ho, played ... in 1994 and will join her") is the clause's own, and
// times the date before the conjunct in the future.
func TestTenseTimeVerbAfterApposition(t *testing.T) {
	pub := time.Date(2024, 8, 29, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.TenseTime, pub, []fireCase{
		{"Her father, guitarist Yoon Jae-ho, played at the first festival in 1994 and will join her on stage for two songs.", false},
		{"His mentor, the painter Ana Ruiz, taught at the academy in 2001 and will open the show on Friday.", false},
		{"The founder, chemist Lars Eklund, worked at the plant in 1988 and will speak at the ceremony next month.", false},
		{"Her father, guitarist Yoon Jae-ho, will play at the festival in 1994.", true},
	})
}

// TestEventDateYearBesideDay: a whole year beside a day of another year
// names another instance of what recurs ("won the race on Oct. 22" ...
// "a fourth day to the race next year"); an event that happens once has
// none.
func TestEventDateYearBesideDay(t *testing.T) {
	pub := time.Date(2023, 10, 23, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"Mugabo won the six-day race on Sunday (Oct. 22). Organisers said they would add a fourth day to the race next year.", false},
		{"The festival closed on Oct. 21 with a record crowd. Organisers want the festival next year to run a week longer.", false},
		{"The marathon was run on Oct. 15. The city hopes to double the field for the marathon next year.", false},
	})
}

// TestTenseTimeVerbAfterParticipleAside: a past verb after a participle's
// phrase set off by commas after the subject ("The concession, granted in
// 2013 for ten years, expired in December 2023") is the clause's verb, and
// its date still ahead contradicts it; a future after such an aside keeps
// its own tense.
func TestTenseTimeVerbAfterParticipleAside(t *testing.T) {
	pub := time.Date(2023, 4, 26, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.TenseTime, pub, []fireCase{
		{"The company's water concession, granted in 2013 for ten years, expired in December 2023, and a renewal is pending.", true},
		{"The old licence, issued in 2003 for twenty years, lapsed in November 2023.", true},
		{"The bridge, built in 1960 by the army, closed in September 2023 for repairs.", true},
		{"The suspect, arrested on Saturday, will appear in court in May 2023.", false},
	})
}

// TestTenseTimeEqualComparison: a date after the "as" of an equal
// comparison ("roughly the same as in 2025", "as high as in 2019") is the
// base of the comparison, not the time of the clause's verb.
func TestTenseTimeEqualComparison(t *testing.T) {
	pub := time.Date(2026, 1, 22, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.TenseTime, pub, []fireCase{
		{"The yard expects to win orders worth about $11 billion this year, roughly the same as in 2025.", false},
		{"Officials say prices will stay as high as in 2024 through the spring.", false},
		{"The ministry will spend about the same as in 2025 on roads.", false},
		{"The yard will win orders worth about $11 billion in 2025.", true},
	})
}

// TestTenseTimeVerbAfterLongApposition: the verb after a long noun phrase
// set off by commas after the subject is the clause's own however many
// words the phrase runs to, even when a later clause of the sentence has
// an auxiliary; and a word that ends the phrase is its noun, not a verb
// ("the new sports park, began").
func TestTenseTimeVerbAfterLongApposition(t *testing.T) {
	pub := time.Date(2026, 4, 7, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.TenseTime, pub, []fireCase{
		{"Construction of the second phase, a 4.6-kilometre branch to the university hospital and the new sports park, began in the second half of 2026, according to the bureau, which says it is on schedule.", true},
		{"The museum's new wing, a glass hall for the textile collection and the restored weaving looms of the old mill, opened in September 2026, the director said, adding that the gardens are next.", true},
		{"The harbour wall, a 900-metre barrier of granite blocks and steel piles along the whole of the northern quay, reopened in the fourth quarter of 2026, the port said, which is why the ferry is back.", true},
		{"Construction of the second phase, a 4.6-kilometre branch to the university hospital and the new sports park, began in the second half of 2025, according to the bureau, which says it is on schedule.", false},
	})
}
