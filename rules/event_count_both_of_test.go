package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventCountBothOf: "both of the inspections it underwent this year"
// counts the whole series, two, within the year; one of them dated
// outside it contradicts the count.
func TestEventCountBothOf(t *testing.T) {
	pub := time.Date(2001, 10, 24, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"The hospital failed both of the inspections it underwent this year.\n\nThe first inspection, last November, found problems in the kitchens.", true},
		{"The union called off both of the strikes it planned this year.\n\nThe first strike, last December, had cost the port a week.", true},
		{"The minister skipped both of the hearings the committee held this year.\n\nThe first hearing, last October, ran for six hours.", true},
		{"The hospital failed both of the inspections it underwent this year.\n\nThe first inspection, in February, found problems in the kitchens.", false},
	})
}
