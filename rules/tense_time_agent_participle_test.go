package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestTenseTimeAgentParticiple: a past form after a noun that a
// preposition governs, with its agent after it ("under a mediator
// appointed by the labour office last week"), is a participle whose
// phrase the date times, not the clause's future.
func TestTenseTimeAgentParticiple(t *testing.T) {
	pub := time.Date(2003, 10, 13, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.TenseTime, pub, []fireCase{
		{"The two sides are due to resume talks on Monday, Oct. 20, under a mediator appointed by the regional labour office last week.", false},
		{"The inquiry will open on Monday, Oct. 27, before a judge named by the justice ministry last month.", false},
		{"The airline is set to restart flights on Nov. 2, with pilots trained by a school licensed by the regulator in August.", false},
		{"Hearings will begin on Thursday, Oct. 16, under rules approved by the assembly last week.", false},
		{"The two sides will resume talks last week, the mediator said.", true},
	})
}
