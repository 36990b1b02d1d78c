package rules_test

import (
	"testing"

	"github.com/copydesk/copydesk/rules"
)

// TestNumberRestatedDatingClause: a relative clause that only dates what
// a definite figure counts ("the 42,600 spectators who came last year")
// names the whole set of that time, not a part of it, so the figure
// restates the one given for that time; a clause that says more ("who
// came by boat") still tells a part.
func TestNumberRestatedDatingClause(t *testing.T) {
	runCases(t, rules.NumberRestated, []ruleCase{
		{"came last year", "Last year's edition drew 46,200 spectators over ten days. The 42,600 spectators who came last year spent money in town.", 1, ""},
		{"attended in 2024", "The 2024 fair drew 18,300 visitors. Organisers said the 13,800 visitors who attended in 2024 bought more than ever.", 1, ""},
		{"were sold last season", "The club sold 9,450 tickets last season. The 9,540 tickets that were sold last season paid for the roof.", 1, ""},
		{"right", "Last year's edition drew 46,200 spectators over ten days. The 46,200 spectators who came last year spent money in town.", 0, ""},
		{"says more", "Last year's edition drew 46,200 spectators over ten days. The 4,200 spectators who came by boat last year paid less.", 0, ""},
	})
}
