package rules

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/checker/analysis"
	"github.com/copydesk/copydesk/checker/dates"
	"github.com/copydesk/copydesk/checker/text"
	"github.com/stretchr/testify/assert"
)

// datePass builds a Pass with only the text, sentences and resolved dates.
func datePass(src string, ref time.Time) *analysis.Pass {
	return &analysis.Pass{
		Text:      src,
		Reference: analysis.Reference{Date: ref, Source: "flag"},
		Sentences: text.Sentences(src),
		Dates:     dates.Resolve(src, ref, dates.Options{}),
	}
}

func TestDateRules(t *testing.T) {
	feb4 := time.Date(2026, 2, 4, 0, 0, 0, 0, time.UTC)
	jan5 := time.Date(2027, 1, 5, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		rule *analysis.Rule
		text string
		ref  time.Time
		want int
	}{
		{WeekdayDate, "The vote is set for Wednesday, Feb. 5, 2026.", feb4, 1},
		{WeekdayDate, "The vote is set for Thursday, Feb. 5, 2026.", feb4, 0},
		{WeekdayDate, "The talks began on Monday, Feb. 2.", feb4, 0},
		{WeekdayDate, "The talks began on Sunday, Feb. 2.", feb4, 1},
		{WeekdayDate, "The market closed on Tuesday, Dec. 29.", jan5, 0},
		{WeekdayDate, "The market closed on Monday, Dec. 29.", jan5, 1},
		{WeekdayDate, "The summit is on Feb. 5.", feb4, 0},
		{InvalidDate, "The deadline is Feb. 30.", feb4, 1},
		{InvalidDate, "The report is due June 31.", feb4, 1},
		{InvalidDate, "The law took effect on Feb. 29, 2024.", feb4, 0},
		{InvalidDate, "The law took effect on Feb. 29, 2025.", feb4, 1},
		{InvalidDate, "The deadline is Feb. 28.", feb4, 0},
		{RelativeAbsolute, "The minister resigned on Monday (Feb. 3).", feb4, 1},
		{RelativeAbsolute, "The minister resigned on Monday (Feb. 2).", feb4, 0},
		{RelativeAbsolute, "The minister resigned yesterday, Feb. 4.", feb4, 1},
		{RelativeAbsolute, "The minister resigned yesterday, Feb. 3.", feb4, 0},
		{RelativeAbsolute, "The board will meet on Monday (Feb. 9).", feb4, 0},
		{RelativeAbsolute, "He arrived on Monday and left on Feb. 3.", feb4, 0},
	}
	for _, tt := range tests {
		got := tt.rule.Run(datePass(tt.text, tt.ref))
		if assert.Len(t, got, tt.want, "%s: %s", tt.rule.ID, tt.text) && tt.want > 0 {
			assert.NotEmpty(t, got[0].Message)
			t.Logf("%s: %s", tt.rule.ID, got[0].Message)
		}
	}
}
