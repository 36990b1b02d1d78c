package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventCountFirstPassive: "first" between an auxiliary and a
// participle ("was first elected in 1994") tells the first instance ever,
// which may well lie before the period a later ordinal counts in ("the
// third election since 2018"); a ranked noun ("the first election") is
// the first of that period, so one dated outside it still contradicts.
func TestEventCountFirstPassive(t *testing.T) {
	pub := time.Date(2023, 9, 18, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"Sunday's ballot was the third general election since 2019.\n\nMirela Ostrova was first elected to the assembly in 2001, when she was 31.", false},
		{"The company has been audited for the second time this year.\n\nIts books were first audited in 1988, two years after it listed.", false},
		{"The striker's goal on Saturday was her fourth since 2020.\n\nShe was first capped in 2009, and her first goal had been scored in 2011.", false},
		{"Sunday's ballot was the third general election since 2019.\n\nThe first election came in 2017, after the old coalition broke apart.", true},
	})
}
