package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestSumTotalPurposesCovered: parts given later for, one for one, the
// purposes a total's phrase names ("a plan for schools, roads and social
// care" ... "21 million for schools, 15 million for roads and 9 million
// for social care") are all of it, even paragraphs on when the later
// sentence's subject names the total; parts for only some of the purposes
// are some of it.
func TestSumTotalPurposesCovered(t *testing.T) {
	pub := time.Date(2006, 12, 11, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"The council approved a 48 million pound plan for schools, roads and social care.\n\nThe vote was 19 to four. Four members voted against.\n\nThe plan sets aside 21 million pounds for schools, 15 million for roads and 9 million for social care.", true},
		{"The ministry unveiled a $120 million package for clinics and ambulances.\n\nThe package provides $70 million for clinics and $40 million for ambulances.", true},
		{"Donors pledged a 900,000 euro fund for wells, seeds and training.\n\nThe fund gives 500,000 euros for wells, 250,000 for seeds and 100,000 for training.", true},
		{"The council approved a 48 million pound plan for schools, roads and social care.\n\nThe plan sets aside 21 million pounds for schools and 15 million for roads.", false},
		{"The council approved a 48 million pound plan for schools, roads and social care.\n\nThe plan sets aside 24 million pounds for schools, 15 million for roads and 9 million for social care.", false},
	})
}
