package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventDateRescheduledByPhrasal: a phrasal verb that moves an event in
// time ("push back", "put off", "bring forward"), or a verb of change whose
// object is the date itself, makes the event's two dates news; a later
// mention on another date with nothing moved still contradicts.
func TestEventDateRescheduledByPhrasal(t *testing.T) {
	pub := time.Date(2025, 10, 14, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"The agency had planned to reopen the bridge on Monday, Oct. 20, but on Monday it pushed that date back by a week, to Oct. 27.\n\nIt will say on Friday whether the Oct. 27 reopening can go ahead.", false},
		{"The council meant to hold the vote on Oct. 21, but it put the vote off until Oct. 30 after a complaint.\n\nCampaigners said the Oct. 30 vote would be close.", false},
		{"Organisers were to open the fair on Nov. 20 but brought the opening forward to Nov. 13.\n\nTickets for the Nov. 13 opening sold out in an hour.", false},
		{"The clinic planned to open its new ward on Nov. 3 but has pushed it back to Nov. 17.\n\nStaff were told the Nov. 17 opening was firm.", false},
		{"The agency will reopen the bridge on Monday, Oct. 20, after load tests.\n\nIt will say on Friday whether the Oct. 27 reopening can go ahead.", true},
	})
}
