package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestSequenceCompoundTime: a placed time written in several units ("in
// 29 minutes 48 seconds", "in 3 hours, 2 minutes and 47 seconds") is
// compared as one time, so a winner slower than the runner-up is found.
func TestSequenceCompoundTime(t *testing.T) {
	pub := time.Date(2024, 5, 3, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Sequence, pub, []fireCase{
		{"Ana Ruiz won the time trial in 29 minutes 48 seconds. Eva Lund finished second in 29 minutes 31 seconds.", true},
		{"Ama Owusu won the stage in 3 hours, 2 minutes and 47 seconds. Efua Boateng finished second in 3 hours, 2 minutes and 19 seconds.", true},
		{"Kofi Mensah won the 10,000 metres in 28 minutes 41.30 seconds. Yaw Boakye finished second in 28 minutes 39.85 seconds.", true},
		{"Ana Ruiz won the time trial in 29 minutes 31 seconds. Eva Lund finished second in 29 minutes 48 seconds.", false},
		{"Ana Ruiz won the time trial in 29 minutes 31 seconds. Eva Lund finished second, 17 seconds behind.", false},
	})
}

// TestSequenceOneDateOneRank: one date in a sentence with two ranks of a
// series times the rank nearer to it, so a later date of the other rank
// is no contradiction.
func TestSequenceOneDateOneRank(t *testing.T) {
	pub := time.Date(2025, 4, 24, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Sequence, pub, []fireCase{
		{"Teams are going door to door this week in the second round of the campaign, trying to reach the children the first round missed. The first round ran from Jan. 13 to Jan. 24. The second round began on Monday, April 14.", false},
		{"Crews are working this week on the second phase of the dam, finishing what the first phase left. The first phase ran from May to August 2024. The second phase began on Monday, April 14.", false},
		{"Voters go to the polls this week in the second round, choosing between the two leaders of the first round. The first round was held on April 6. The second round opens on Sunday, April 27.", false},
	})
}

// TestSequenceClockTimes: finishing times written on a clock's face
// ("won in 1:45.62", "second in 2:08:31") compare with each other and with
// times in words; a men's and a women's race told together are two
// contests.
func TestSequenceClockTimes(t *testing.T) {
	pub := time.Date(2025, 8, 4, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Sequence, pub, []fireCase{
		{"Rocha held on to win the 800 metres in 1:45.62, and Eizaguirre finished second in 1:45.18.", true},
		{"Kiprono won the marathon in 2:08:31. His compatriot Cheruiyot finished second in 2:07:52.", true},
		{"Silva won the 1,500 metres in 3 minutes 35.10 seconds. Moreau finished second in 3:34.90.", true},
		{"Kiprono won the men's race in 2:06:41, and Cheruiyot finished second in 2:07:52. Bekele won the women's race in 2:21:08, and Alemu finished second in 2:23:22.", false},
		{"The first train left at 6:15 a.m., and the second in 6:40.", false},
	})
}
