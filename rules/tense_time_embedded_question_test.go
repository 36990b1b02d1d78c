package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestTenseTimeEmbeddedQuestion: a date inside a clause that "why",
// "how" or "whether" opens takes that clause's verb, not the future of
// the verb that asks it.
func TestTenseTimeEmbeddedQuestion(t *testing.T) {
	pub := time.Date(2023, 10, 10, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.TenseTime, pub, []fireCase{
		{"The audit will also look at why the hospital's last major outage, in August 2019, did not lead to new generators.", false},
		{"Investigators will ask how the fire in March 2021 spread so fast.", false},
		{"The panel will examine why the dam failed in 2018 and who knew.", false},
		{"The audit will report its findings in August 2019.", true},
	})
}

// TestTenseTimeAnniversary: a period right after "N years ago" ("31 years
// ago next month") dates the anniversary of what the clause tells, not the
// clause itself.
func TestTenseTimeAnniversary(t *testing.T) {
	pub := time.Date(2025, 1, 13, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.TenseTime, pub, []fireCase{
		{"Lillehammer hosted the 1994 Winter Olympics 31 years ago next month.", false},
		{"The dam burst 20 years ago this week, killing 14 people.", false},
		{"She won her first title ten years ago next Sunday.", false},
		{"Lillehammer hosted the Winter Games next month.", true},
	})
}
