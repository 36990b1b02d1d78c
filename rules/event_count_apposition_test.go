package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventCountApposition: an ordinal without its noun in apposition to
// an event noun ("Monday's walkout, the union's third this year,") counts
// that event, and a verb of following opens the list of the events before
// it as "after" does.
func TestEventCountApposition(t *testing.T) {
	pub := time.Date(2026, 5, 12, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"Monday's walkout, the union's third this year, follows a 24-hour stoppage last December and a two-day strike in late March.", true},
		{"Friday's blast, the mine's second this year, came after a blast last November.", true},
		{"The May 4 strike, its third this year, followed a stoppage in 2025 and a strike in April.", true},
		{"Monday's walkout, the union's third this year, follows a stoppage in January and a strike in late March.", false},
		{"Friday's blast, the mine's second this year, came after a blast in February.", false},
		{"The May 4 strike, the third this year, followed strikes that the union called off.", false},
		{"Crews walked out on Wednesday in the third strike this year, after a strike in February and a stoppage in May. The walkout, the second biggest strike in the sector's history, ends on Friday.", false},
		{"The blast, the second largest this year, came after a blast last November.", false},
	})
}

// TestEventCountIndefiniteApposition: an indefinite noun phrase set in
// apposition after a ranked event noun renames it, so the date of the
// clause after it dates the ranked event ("The first of the three
// walkouts, a 48-hour stoppage, began on Dec. 5, 2023").
func TestEventCountIndefiniteApposition(t *testing.T) {
	pub := time.Date(2024, 10, 17, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"SANTA LUZIA, Oct. 17, 2024 — Dockers walked off the job on Wednesday, their third strike this year.\n\nThe first of the three walkouts, a 48-hour stoppage, began on Dec. 5, 2023.", true},
		{"BRENNA, Oct. 17, 2024 — Police raided the mill on Tuesday for the second time this year.\n\nThe first raid, an unannounced search, came on Nov. 20, 2023.", true},
		{"ORSK, Oct. 17, 2024 — The volcano erupted on Monday for the third time this year.\n\nThe first eruption, a brief spasm of ash, came on Dec. 30, 2023.", true},
		{"SANTA LUZIA, Oct. 17, 2024 — Dockers walked off the job on Wednesday, their third strike this year.\n\nThe first of the three walkouts, a 48-hour stoppage, began on Feb. 5.", false},
		{"BRENNA, Oct. 17, 2024 — Police raided the mill on Tuesday for the second time this year.\n\nThe first raid, an unannounced search, came on March 20.", false},
	})
}
