package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestAgeRoleAfterAsIsTheSubjects: a role after "as", bare or with an
// owner ("after a decade as sales director", "as the firm's sales
// director"), is one the clause's subject held, no new person for a later
// "the 51-year-old" to refer to.
func TestAgeRoleAfterAsIsTheSubjects(t *testing.T) {
	pub := time.Date(2025, 9, 9, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"Miroslav Kalina, 47, told the staff on Friday. Kalina took over after a decade as sales director. The 51-year-old has moved the works toward lighting.", true},
		{"Miroslav Kalina, 47, told the staff on Friday. Miroslav Kalina took over after a decade as the firm's sales director. Since then the 51-year-old has moved the works toward lighting.", true},
		{"Agnieszka Wolna, 38, opened the season on Friday. Wolna spent six years as the club's head coach. The 41-year-old now runs its academy.", true},
		{"Agnieszka Wolna, 38, opened the season on Friday. Wolna spent six years as the club's head coach. The 38-year-old now runs its academy.", false},
	})
}
