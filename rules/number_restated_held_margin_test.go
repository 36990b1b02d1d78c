package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestNumberRestatedHeldMargin: a count after "by" in the clause of a
// verb of holding a seat or a title ("held her seat by 1,128 votes",
// "kept the title by two points") is a margin, and a named winner's
// margin later ("Danko's 1,812-vote margin") refers back to it.
func TestNumberRestatedHeldMargin(t *testing.T) {
	pub := time.Date(2021, 10, 12, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"KORVESH, Oct. 12, 2021 — Danko held her seat in the old town by 1,128 votes after a recount.\n\nRusu will not challenge Danko's 1,812-vote margin in court.", true},
		{"ARNA, Oct. 12, 2021 — Mayor Ilse Varn retained the post by 412 votes on Sunday.\n\nVarn's 421-vote margin was the narrowest in the county.", true},
		{"TELMA, Oct. 12, 2021 — Berg kept his seat by 2,360 votes.\n\nBerg's 2,630-vote margin surprised his party.", true},
		{"KORVESH, Oct. 12, 2021 — Danko held her seat in the old town by 1,128 votes after a recount.\n\nRusu will not challenge Danko's 1,128-vote margin in court.", false},
	})
}
