package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestAgeYearTurnedDuringAPeriod: an age reached "during" a dated period
// ("turned 50 during the pandemic lockdowns of 2020") dates a birth year
// as "turned 50 in 2020" does.
func TestAgeYearTurnedDuringAPeriod(t *testing.T) {
	pub := time.Date(2026, 1, 27, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"Josué Cardoso, who turned 50 during the pandemic lockdowns of 2020, drives the No. 214 line. The 61-year-old driver accepted the award in uniform.", true},
		{"Ana Ruiz, who turned 40 during the floods of 2019, runs the shelter. The 52-year-old manager said beds were short.", true},
		{"Tomas Berg turned 30 during the 2018 World Cup. Berg, 44, now coaches the juniors.", true},
		{"Josué Cardoso, who turned 50 during the pandemic lockdowns of 2020, drives the No. 214 line. The 55-year-old driver accepted the award in uniform.", false},
	})
}
