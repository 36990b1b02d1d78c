package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestSequenceReleaseFollows: a work is dated by its release, and "the
// second followed in 2007" releases it after the one before, so a second
// novel, album or film dated before the first is flagged.
func TestSequenceReleaseFollows(t *testing.T) {
	pub := time.Date(2026, 2, 17, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Sequence, pub, []fireCase{
		{"Her first novel, which appeared in 2009, was \"The Salt Orchard.\"\n\nHer second novel followed in 2007.", true},
		{"The band's first album came out in 2015.\n\nTheir second album followed in 2012, recorded in a barn.", true},
		{"Her first album was released in 2001 on a small label.\n\nHer second album appeared in 1999.", true},
		{"Her first novel, which appeared in 2009, was \"The Salt Orchard.\"\n\nHer second novel followed in 2012.", false},
	})
}
