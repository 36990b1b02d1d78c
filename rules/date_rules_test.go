package rules

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
	"time"

	"github.com/copydesk/copydesk/checker/analysis"
	"github.com/copydesk/copydesk/checker/dates"
	"github.com/copydesk/copydesk/checker/text"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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
		// A future clause about a day a few days past takes next year's
		// day when the stated weekday fits it and not this year's.
		{WeekdayDate, "The festival will run from Friday, July 10, to Sunday, July 12, 2026.", time.Date(2025, 7, 14, 0, 0, 0, 0, time.UTC), 0},
		{WeekdayDate, "The fair will open on Tuesday, March 16.", time.Date(2026, 3, 20, 0, 0, 0, 0, time.UTC), 0},
		{WeekdayDate, "The council will meet again on Monday, Oct. 11.", time.Date(2026, 10, 12, 0, 0, 0, 0, time.UTC), 0},
		{WeekdayDate, "The council will meet again on Friday, Oct. 11.", time.Date(2026, 10, 12, 0, 0, 0, 0, time.UTC), 1},
		{InvalidDate, "The deadline is Feb. 30.", feb4, 1},
		{InvalidDate, "The report is due June 31.", feb4, 1},
		{InvalidDate, "The law took effect on Feb. 29, 2024.", feb4, 0},
		{InvalidDate, "The law took effect on Feb. 29, 2025.", feb4, 1},
		{InvalidDate, "The deadline is Feb. 28.", feb4, 0},
		{RelativeAbsolute, "The minister resigned on Monday (Feb. 3).", feb4, 1},
		{RelativeAbsolute, "The minister resigned on Monday (Feb. 2).", feb4, 0},
		{RelativeAbsolute, "The minister resigned yesterday, Feb. 4.", feb4, 1},
		{RelativeAbsolute, "The minister resigned yesterday, Feb. 3.", feb4, 0},
		// A week or a month from the publication date holds the day in
		// apposition to it (published Wednesday, Feb. 4, 2026).
		{RelativeAbsolute, "The pharmacist was sentenced last week, on Jan. 22.", feb4, 1},
		{RelativeAbsolute, "The pharmacist was sentenced last week, on Jan. 28.", feb4, 0},
		{RelativeAbsolute, "The inquiry opened last month, on Dec. 29.", feb4, 1},
		{RelativeAbsolute, "The inquiry opened last month, on Jan. 12.", feb4, 0},
		{RelativeAbsolute, "The court will rule next week, on Feb. 6.", feb4, 1},
		{RelativeAbsolute, "The court will rule next week, on Feb. 11.", feb4, 0},
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

// TestDateRulesOnTE3 runs the three date rules over the 256 TempEval-3
// news documents (real, edited copy) and lists what they find there: each
// finding must be a real inconsistency, so there should be next to none.
func TestDateRulesOnTE3(t *testing.T) {
	f, err := os.Open("../../shared/eval/te3-tbaq.jsonl")
	if err != nil {
		t.Skip("te3-tbaq.jsonl not present")
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	n := 0
	for sc.Scan() {
		var d struct{ Doc, DCT, Text string }
		require.NoError(t, json.Unmarshal(sc.Bytes(), &d))
		ref, err := time.Parse("2006-01-02", d.DCT)
		require.NoError(t, err)
		p := datePass(d.Text, ref)
		for _, r := range []*analysis.Rule{WeekdayDate, InvalidDate, RelativeAbsolute} {
			for _, fd := range r.Run(p) {
				n++
				t.Logf("%s %s: %s", d.Doc, r.ID, fd.Message)
			}
		}
	}
	assert.LessOrEqual(t, n, 3, "date rules fire on edited news")
}
