package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestSequencePartsOfAThing: the ranked stages of a rocket are its parts,
// not a series of events, whether owned by name ("the rocket's second
// stage") or by "its" in a sentence about the rocket; a race's stages
// stay events.
func TestSequencePartsOfAThing(t *testing.T) {
	pub := time.Date(2025, 6, 20, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Sequence, pub, []fireCase{
		{"The countdown will begin on Sunday, June 22, once the rocket's second stage has been fuelled. The rocket has flown four times. In 2020 a faulty valve shut down its third stage.", false},
		{"Engineers will test the missile's second stage on July 3. It failed in 2021, when its third stage broke up.", false},
		{"The rocket's first stage was fitted on June 30. Its second stage was built in 2019 by a contractor.", false},
		{"The race's second stage was ridden on June 22. The third stage was ridden in 2020, in the rain.", true},
	})
}
