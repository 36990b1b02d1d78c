package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventCountMonthDatesRank: a month right after a ranked noun dates
// that event ("her second visit in early February"), and is no place; a
// year or a period named from now would scope the rank instead.
func TestEventCountMonthDatesRank(t *testing.T) {
	pub := time.Date(2024, 10, 9, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"Minister Catalina Reyes will travel to South Korea twice this year, her ministry said.\n\nShe is due to return to South Korea for her second visit in early February, when the committee meets.", true},
		{"Envoy Tomas Berg will visit Mirelland twice this year. Berg arrives on Oct. 20.\n\nHis second visit in late January will open the new consulate.", true},
		{"President Ana Ruiz will visit Kestria twice this year, her office said.\n\nRuiz plans her second visit in mid-March, after the elections.", true},
		{"Minister Catalina Reyes will travel to South Korea twice this year, her ministry said.\n\nShe is due to return to South Korea for her second visit in early December, when the committee meets.", false},
	})
}
