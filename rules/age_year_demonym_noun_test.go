package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestAgeYearDemonymNoun: a noun for a person of a nationality that
// differs from its adjective ("the 63-year-old Dane", "the Swede", "the
// 40-year-old Pole") heads a description of a person, as "the
// 28-year-old Ethiopian" does.
func TestAgeYearDemonymNoun(t *testing.T) {
	pub := time.Date(2008, 11, 5, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"The Danish team is led by Henrik Albrechtsen, who was born in 1949. He first came to Chile as a student.\n\n\"The sky is better here,\" said the 63-year-old Dane.", true},
		{"Karin Holmqvist was born in 1970 in Umea. She has run the lab since 2001.\n\n\"We were lucky,\" said the 41-year-old Swede.", true},
		{"Tomasz Wrona, born in 1966, drives the lead truck. He has crossed the desert nine times.\n\n\"It never gets easier,\" said the 45-year-old Pole.", true},
		{"Karin Holmqvist was born in 1970 in Umea. She has run the lab since 2001.\n\n\"We were lucky,\" said the 38-year-old Swede.", false},
	})
}
