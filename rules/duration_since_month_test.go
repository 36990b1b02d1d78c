package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestDurationSinceMonthAndYear: a span beside "since" a month and year
// ("for the past six years, since November 2001") counts from that year,
// as beside a year alone.
func TestDurationSinceMonthAndYear(t *testing.T) {
	pub := time.Date(2009, 1, 29, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Duration, pub, []fireCase{
		{"VASKUVA, Jan. 29, 2009 — The museum has been shut for the past six years, since November 2001, when snow brought down the roof.", true},
		{"ARNA, Jan. 29, 2009 — She has led the union for the past four years, since September 2002.", true},
		{"TELMA, Jan. 29, 2009 — The line has run at a loss for the last nine years, since March 2003.", true},
		{"VASKUVA, Jan. 29, 2009 — The museum has been shut for the past seven years, since November 2001.", false},
	})
}
