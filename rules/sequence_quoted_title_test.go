package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestSequenceQuotedTitle: a quoted title in apposition ("her second
// album, "Ọjà Blues," which came out in 2017") does not keep the relative
// clause after it from dating the work.
func TestSequenceQuotedTitle(t *testing.T) {
	pub := time.Date(2025, 10, 3, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Sequence, pub, []fireCase{
		{"Her first album, \"Harmattan Letters,\" came out in 2019. Critics prefer her second album, \"Oja Blues,\" which came out in 2017.", true},
		{"His first novel, \"The Salt Road\", appeared in 2015. Many still rate his second novel, \"Low Tide\", which appeared in 2012, higher.", true},
		{"The band's first album, \"Red Harbour,\" was released in 2020. The band's second album, \"Night Ferry,\" which was released in 2018, won a prize.", true},
		{"Her first album, \"Harmattan Letters,\" came out in 2019. Critics prefer her second album, \"Oja Blues,\" which came out in 2021.", false},
	})
}

// TestDurationRelativeOnThing: a year in a relative clause on an aged
// thing ("the decade-old rule, which the corporation adopted in 2019")
// dates it.
func TestDurationRelativeOnThing(t *testing.T) {
	pub := time.Date(2024, 1, 29, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Duration, pub, []fireCase{
		{"At issue is the decade-old rule, which the corporation adopted in 2019 after floods.", true},
		{"The 30-year-old bridge, which the state opened in 2004, will close.", true},
		{"Residents love the 15-year-old park that the city built in 2016.", true},
		{"At issue is the decade-old rule, which the corporation adopted in 2014 after floods.", false},
	})
}
