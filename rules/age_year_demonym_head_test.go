package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestAgeYearDemonymHead: a description headed by a nationality ("the
// 28-year-old Ethiopian") is the person the copy gave that country, by a
// possessive ("Japan's Mayu Takeshita") or "of" ("Selam Girma of
// Ethiopia"), not the one named last; with no country known it may still
// be the one named last.
func TestAgeYearDemonymHead(t *testing.T) {
	pub := time.Date(2011, 8, 28, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"Selam Girma of Ethiopia won the marathon on Sunday, holding off Japan's Mayu Takeshita.\n\nTakeshita finished second.\n\nThe 28-year-old Ethiopian won her first title in 2007.\n\nTakeshita, 31, said she had no complaints.", false},
		{"Chile's Tomás Rivas beat Oleg Marchenko of Ukraine in the final.\n\nMarchenko served well.\n\nThe 24-year-old Chilean has now won three titles.\n\nMarchenko, 29, will play in Vienna next week.", false},
		{"Amara Obi of Nigeria took the gold ahead of Sweden's Lina Berg.\n\nBerg led until the last lap.\n\n\"I felt strong,\" the 22-year-old Nigerian said.\n\nBerg, 27, said she would race again in May.", false},
		{"Haftom Bekele won the race on Sunday, ahead of Kenya's Joseph Rono.\n\nBekele, 29, had finished third here a year ago.\n\n\"Today I am there,\" the 31-year-old Ethiopian said.", true},
	})
}
