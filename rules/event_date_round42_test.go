package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventDateOnceNoun: a noun of an event that happens once to its
// owner ("debut", "premiere", "founding") refers back under "its" or
// "their".
func TestEventDateOnceNoun(t *testing.T) {
	pub := time.Date(2026, 9, 15, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"Crowds came. The Drowned Parish, written by Tobias Lindqvist, debuted on Aug. 12 at the Corran Theatre. Since its Aug. 14 debut, the show has drawn standing ovations every night.", true},
		{"Crowds came. Harbour Lights, directed by Ana Ruiz, debuted on Aug. 12 in Leeds. Since its debut on Aug. 15, the play has sold out.", true},
		{"Crowds came. The museum was founded on May 3, 1921, by two teachers. Since its founding on May 5, 1921, it has grown.", true},
		{"Crowds came. Ruiz's new play premiered on Aug. 12 in Leeds. Since its Aug. 15 premiere, the play has sold out.", true},
		{"Crowds came. The show opened on Aug. 12 at the Corran Theatre. Since the Aug. 14 debut of its lead actor, tickets have sold out.", false},
		{"Crowds came. The Drowned Parish, written by Tobias Lindqvist, debuted on Aug. 12 at the Corran Theatre. Since its Aug. 12 debut, the show has drawn standing ovations every night.", false},
	})
}

// TestEventDateVerbInNounSentence: a verb of an event's kind in the
// sentence that names the event ("The strike began on Monday, March 10,
// when 640 workers walked out") tells that event, so a later "the
// walkout" is the strike.
func TestEventDateVerbInNounSentence(t *testing.T) {
	pub := time.Date(2025, 3, 27, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"The mill is shut. The strike began on Monday, March 10, when about 640 workers walked out over pay. Since the walkout began on March 12, the mill has produced nothing.", true},
		{"The port is idle. The walkout started on March 4, when 300 dockers walked out. Since the strike began on March 6, no ship has left.", true},
		{"The plant is closed. The inspection began on May 1, when six officers inspected the kitchens. Since the inspection began on May 3, no meals have been served.", true},
		{"The cars are gone. The recall began on June 2, when the firm recalled 4,000 cars. Since the recall began on June 4, sales have slumped.", true},
		{"The mill is shut. The strike began on Monday, March 10, when about 640 workers walked out over pay. Since the walkout began on March 10, the mill has produced nothing.", false},
	})
}

// TestEventDateLaterActNoun: a noun first filed as a thing ("review",
// "probe", "audit", "recall") names its act under a determiner once the
// copy uses it as a verb too, with no date or ordinal before it.
func TestEventDateLaterActNoun(t *testing.T) {
	pub := time.Date(2026, 7, 15, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"Crowds came. The council reviewed the plan on Friday, May 1. Since the review on May 9, work has stopped.", true},
		{"Crowds came. Police probed the firm on May 2. Since the probe on May 7, staff have quit.", true},
		{"Crowds came. Auditors audited the club on Friday, May 1. Since the audit on May 6, bills have gone unpaid.", true},
		{"Crowds came. Auditors audited the club on Friday, May 1. Since the audit on May 1, bills have gone unpaid.", false},
	})
}

// TestEventDateReferenceAfterRank: after a rank past the first ("his
// second stage win of the week"), an event of its kind named after
// "after" is an earlier one, and a date inside that phrase times it, not
// the ranked event.
func TestEventDateReferenceAfterRank(t *testing.T) {
	pub := time.Date(2025, 7, 12, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"Brandt won the fourth stage on Friday. It was his second stage win of the week, after his victory in Tuesday's opening stage.", false},
		{"Lind won the downhill on Saturday. It was her second race win of the month, after her victory in Tuesday's slalom.", false},
		{"Moss won the stage on Thursday. It was his third stage win of the tour, after his victory in Monday's time trial.", false},
		{"Brandt won the fourth stage on Friday. The victory on Thursday gave him the lead.", true},
	})
}

// TestSequenceReferenceAfterRank: a date inside an "after" phrase that
// follows a ranked event ("the third marathon win of her career, after
// Kernholm in 2024") times the earlier event the phrase names.
func TestSequenceReferenceAfterRank(t *testing.T) {
	pub := time.Date(2027, 4, 19, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Sequence, pub, []fireCase{
		{"Chepkoech won here for the second time yesterday. Sunday's victory was the third marathon win of her career, after Kernholm in 2024 and Seville in 2025.", false},
		{"Ruiz won the race for the second time on Sunday. It was the fourth race win of his career, after Leeds in 2023 and York in 2025.", false},
		{"Novak won the open for the second time on Sunday. It was the fifth tournament win of his career, after Rome in 2019 and Paris in 2021.", false},
	})
}
