package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestSequenceChangeAdverbOwnClause: an adverb of change ("instead",
// "originally") bears on the events of its own clause, not on one in a
// clause joined to it by a comma and a conjunction or a semicolon.
func TestSequenceChangeAdverbOwnClause(t *testing.T) {
	pub := time.Date(2018, 3, 20, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Sequence, pub, []fireCase{
		{"AUBRAC, March 20, 2018 — Her first novel, published in 2011, sold poorly. Instead she took a job in an archive, and the result was her second novel, which came out in 2009.", true},
		{"ARNA, March 20, 2018 — The first launch, in May 2016, failed. Instead engineers rebuilt the engine; the second launch came in March 2015.", true},
		{"TELMA, March 20, 2018 — Her first album, released in 2014, flopped. Instead she toured small clubs, and her second album appeared in 2012.", true},
		{"ARNA, March 20, 2018 — The first launch was set for May 2016. The second launch, originally planned for March 2015, slipped.", false},
	})
}
