package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventDateGerundKin: a gerund names the event its verb's own noun
// does ("the flooding" and "the flood", "the voting" and "the vote").
func TestEventDateGerundKin(t *testing.T) {
	pub := time.Date(2008, 10, 17, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"The flood began on Saturday, Oct. 11, after heavy rain. Since the flooding started on Oct. 13, the prefecture has logged 2,400 claims.", true},
		{"The flooding began on Saturday, Oct. 11. Since the flood began on Oct. 13, 2,400 claims have been logged.", true},
		{"The voting began on Saturday, Oct. 11. Since the vote opened on Oct. 13, turnout has been low.", true},
		{"The flood began on Saturday, Oct. 11, after heavy rain. Since the flooding started on Oct. 11, the prefecture has logged 2,400 claims.", false},
	})
}

// TestEventDateComparedInstance: an indefinite event noun a comparative
// sets beside the story's ("after a smaller flood on 9 January", "a
// longer closure") is another instance, which a later "the flooding"
// does not mean.
func TestEventDateComparedInstance(t *testing.T) {
	pub := time.Date(2025, 2, 13, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"The river burst its banks on Saturday, 1 February, after a smaller flood on 9 January. Since the flooding began on 1 February, 64 homes have been emptied.", false},
		{"The fire broke out on Monday, Feb. 3, a month after an earlier fire on Jan. 4 at the same depot. Since the blaze began on Feb. 3, crews have worked in shifts.", false},
		{"Dockers walked out on Monday, Feb. 10. A bigger strike on Jan. 20 shut two ports. Since the strike began on Feb. 10, ships have queued.", false},
		{"The fire broke out on Monday, Feb. 3. Since the blaze began on Feb. 5, crews have worked in shifts.", true},
	})
}

// TestEventDateTimeUnitGerund: a gerund right after a noun of time ("for
// the second year running") says the stretches follow each other and
// names no event.
func TestEventDateTimeUnitGerund(t *testing.T) {
	pub := time.Date(2025, 9, 8, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Sequence, pub, []fireCase{
		{"Joana Magalhães won the half marathon for the second year running on Sunday. Her cousin said she would first run the national championships in November.", false},
		{"The club topped the table for the third season running in May. Its first run in the cup came in June.", false},
		{"Prices rose for the fourth month running in August. The first run on the bank came in October.", false},
	})
}

// TestEventDateLastingClosure: a closure lasts, so a date after it as the
// object of a verb ("would review the closure at the end of March") may
// be a day within it, not its date.
func TestEventDateLastingClosure(t *testing.T) {
	pub := time.Date(2025, 3, 11, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"Boats have stayed ashore since the closure on Feb. 10. The ministry said it would review the closure at the end of March.", false},
		{"Shops have been shut since the lockdown on Feb. 12. The council will discuss the lockdown on March 20.", false},
		{"Trains have been idle since the shutdown on Feb. 14. Ministers will debate the shutdown next week.", false},
		{"Boats have stayed ashore since the closure on Feb. 10. The Feb. 12 closure was ordered by the ministry.", true},
	})
}
