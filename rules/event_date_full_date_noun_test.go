package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventDateFullDateBeforeNoun: a date written with its year before an
// event noun ("his Feb. 17, 2022 arrest") names the event as one without
// the year does: the comma between day and year is inside the date, so
// the noun is still determined by the possessive before it.
func TestEventDateFullDateBeforeNoun(t *testing.T) {
	pub := time.Date(2023, 11, 21, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"Police arrested the mayor at his home on Feb. 14, 2022. In the weeks after his Feb. 17, 2022 arrest, residents signed a petition.", true},
		{"The board dismissed Ortega on March 3, 2021. Since her March 9, 2021 dismissal, the post has stood empty.", true},
		{"The two banks merged on June 30, 2020. The June 2, 2020 merger created the region's largest lender.", true},
		{"Police arrested the mayor at his home on Feb. 14, 2022. In the weeks after his Feb. 14, 2022 arrest, residents signed a petition.", false},
	})
}

// TestEventDateDatedPossessiveNoun: "its" or "their" before a date and an
// event noun ("its March 11 listing") names the one event the verb told,
// as "the March 11 listing" does; and a noun in "-ing" is its own act,
// not its verb's other nouns ("listing", not "list").
func TestEventDateDatedPossessiveNoun(t *testing.T) {
	pub := time.Date(2024, 8, 6, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"The company listed its shares on the exchange on March 8, raising 9.4 billion yen. Since its March 11 listing, the share price has risen by 46%.", true},
		{"The two unions merged on Jan. 14. Since their Jan. 19 merger, membership has grown.", true},
		{"The museum reopened its east wing on May 3. Since its May 6 reopening, 40,000 people have visited.", true},
		{"The company listed its shares on the exchange on March 8, raising 9.4 billion yen. Since its March 8 listing, the share price has risen by 46%.", false},
	})
}

// TestEventDateAdjectiveInsideDefinite: an adjective between "the" and
// the event noun ("the secret ballot") keeps it definite, the event just
// told; an event noun that names a body or a thing after it ("the
// provincial election office") is no event.
func TestEventDateAdjectiveInsideDefinite(t *testing.T) {
	pub := time.Date(2026, 6, 8, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"Councillors voted 19 to 12 on Thursday, June 4, to dismiss her. Two councillors joined the opposition in the secret ballot. Since the June 3 vote, two parties have changed sides.", true},
		{"The board dismissed the director on Friday, June 5. Three members opposed the sudden dismissal. Since the June 2 dismissal, staff have protested.", true},
		{"The museum reopened on Friday, June 5. Crowds queued for the long-awaited reopening. Since the June 2 reopening, 9,000 people have visited.", true},
		{"The Greens won Sunday's election. Final results were published on Monday morning by the provincial election office.", false},
	})
}
