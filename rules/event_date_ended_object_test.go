package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventDateEndedObject: an event noun that is the object of a verb of
// ending ("returned on Monday, ending a five-day strike") takes the date
// of its clause as its end, which the days it ran before ("ran from
// Tuesday to Saturday") do not contradict; the event noun as a plain
// object of another verb is still compared.
func TestEventDateEndedObject(t *testing.T) {
	pub := time.Date(2026, 1, 26, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"Dockers went back to work on Monday, ending a five-day strike.\n\nThe strike ran from Tuesday, Jan. 20, to Saturday, Jan. 24.", false},
		{"Ministers signed an accord on Sunday that ended the long blockade of the port.\n\nThe blockade lasted from Jan. 2 to Jan. 21, hauliers said.", false},
		{"The council voted on Jan. 22 to end the boycott of the market.\n\nThe boycott ran from Dec. 1 to Jan. 20.", false},
		{"Dockers walked out on Monday, starting a five-day strike.\n\nThe strike ran from Wednesday, Jan. 14, to Sunday, Jan. 18.", true},
	})
}
