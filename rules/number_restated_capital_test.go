package rules_test

import (
	"testing"

	"github.com/copydesk/copydesk/rules"
)

// TestNumberRestatedCapitalPlural: a capitalised plural after a figure
// whose singular is a common noun counts people of a body or a nation
// ("45,000 Marines", "23 Republicans"), and its restatement is compared;
// a name goes on after it ("300 Toyota cars") and counts nothing itself.
func TestNumberRestatedCapitalPlural(t *testing.T) {
	runCases(t, rules.NumberRestated, []ruleCase{
		{"marines", "The administration plans to deploy 45,000 Marines to the region. In addition to the 40,000 Marines, fighter planes are headed there.", 1, ""},
		{"republicans", "Officials said 32 Republicans voted for the bill. Party leaders thanked the 23 Republicans who crossed the aisle.", 1, ""},
		{"democrats", "The bill passed with the votes of 212 Democrats. Party leaders thanked the 221 Democrats who backed it.", 1, ""},
		{"right", "The administration plans to deploy 45,000 Marines to the region. In addition to the 45,000 Marines, fighter planes are headed there.", 0, ""},
		{"name after", "The dealer sold 300 Toyota cars last year. It expects to sell 500 Toyota trucks this year.", 0, ""},
	})
}
