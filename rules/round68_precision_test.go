package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestRound68Precision holds the classes of the false alarms of blind
// round 68's clean copy, each in three wordings of our own.
func TestRound68Precision(t *testing.T) {
	t.Run("a clock time is no part of a count", func(t *testing.T) {
		pub := time.Date(2025, 10, 24, 0, 0, 0, 0, time.UTC)
		checkFires(t, rules.SumTotal, pub, []fireCase{
			{"Of the 14 dead, eight were in Bagumbayan, four in Santa Rosa and two in Lumbang, the office said in its 8 a.m. bulletin.", false},
			{"Of the 20 injured, 12 were in the north and eight in the south, police said at 6 p.m. on Friday.", false},
			{"Of the 9 boats, five sank and four ran aground, the coastguard said at its 7am briefing.", false},
			{"Of the 14 dead, nine were in Bagumbayan, four in Santa Rosa and two in Lumbang, the office said in its 8 a.m. bulletin.", true},
		})
	})
	t.Run("the first item of a list is no total of the rest", func(t *testing.T) {
		pub := time.Date(2023, 9, 14, 0, 0, 0, 0, time.UTC)
		checkFires(t, rules.SumTotal, pub, []fireCase{
			{"The hospital has grown to 320 beds: 210 general beds, 70 in the maternity wing and 40 in intensive care.", false},
			{"The fleet now has 95 buses: 60 diesel buses, 25 hybrids and 10 electric ones.", false},
			{"The school takes 640 pupils: 400 day pupils, 160 boarders and 80 in the nursery.", false},
		})
	})
	t.Run("occupancy and attendance are rates", func(t *testing.T) {
		pub := time.Date(2024, 11, 4, 0, 0, 0, 0, time.UTC)
		checkFires(t, rules.SumTotal, pub, []fireCase{
			{"Hotels in the town reported 96% occupancy for the weekend, against 71% for the same weekend last year.", false},
			{"The stadium reported 88% attendance for the derby, against 64% for the cup tie.", false},
			{"The ferries ran at 92% capacity in August, against 58% in March.", false},
		})
	})
	t.Run("the year told in the past has ended", func(t *testing.T) {
		pub := time.Date(2025, 2, 18, 0, 0, 0, 0, time.UTC)
		checkFires(t, rules.TenseTime, pub, []fireCase{
			{"The company had more than 1,200 employees at the end of the year, its annual report says.", false},
			{"Sales slowed towards the end of the year, the chain said.", false},
			{"The mine closed early in the year, after the flood.", false},
			{"The company will have more than 1,200 employees at the end of last year.", true},
		})
	})
}
