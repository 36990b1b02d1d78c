package events

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestHeadless(t *testing.T) {
	tests := []struct {
		name, src string
		ordinals  []int    // the headless ordinals found, in order
		dates     []string // their dates, "" for none
	}{
		{name: "second after a count",
			src:      "India will attempt two launches to the moon next year. The first mission lifts off in March. The second, an orbiter that will relay signals, is planned for January 2029.",
			ordinals: []int{2}, dates: []string{"January 2029"}},
		{name: "first and second",
			src:      "The committee will hold two hearings this month. The first is due on Nov. 10. The second is set for Nov. 24.",
			ordinals: []int{1, 2}, dates: []string{"Nov. 10", "Nov. 24"}},
		{name: "another number in between",
			src: "The committee will hold two hearings this month. It named three witnesses. The second, a lawyer, spoke on Monday."},
		{name: "too far back",
			src: "The committee will hold two hearings this month. It met. It ate. It slept. The second is set for Nov. 24."},
		{name: "beyond the count",
			src: "The committee will hold two hearings this month. The third is set for Nov. 24."},
		{name: "a date inside the appositive",
			src:      "Voters in the province face two elections this year. The first, a referendum last held in 2021, will ask whether to keep the monarchy.",
			ordinals: []int{1}, dates: []string{""}},
		{name: "a date inside the appositive, the ordinal's after it",
			src:      "Voters face two elections this year. The first, a referendum last held in 2021, is set for May 3.",
			ordinals: []int{1}, dates: []string{"May 3"}},
		{name: "an appositive no comma closes",
			src:      "Voters face two elections this year. The first, a referendum last held in 2021 will ask about the monarchy.",
			ordinals: []int{1}, dates: []string{""}},
		{name: "the appositive is the date",
			src:      "The committee will hold two hearings next month. The first, on Oct. 8, will hear the company.",
			ordinals: []int{1}, dates: []string{"Oct. 8"}},
		{name: "a noun follows",
			src: "The committee will hold two hearings this month. The second witness is a lawyer."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, ds := analyze(tt.src)
			var ords []int
			var dates []string
			for _, m := range a.Mentions {
				if !m.Headless {
					continue
				}
				ords = append(ords, m.Ordinal)
				d := ""
				if len(m.Dates) > 0 {
					d = ds[m.Dates[0]].Text
				}
				dates = append(dates, d)
			}
			assert.Equal(t, tt.ordinals, ords)
			assert.Equal(t, tt.dates, dates)
		})
	}
}

func TestCountScopeAfterPhrase(t *testing.T) {
	tests := []struct {
		src, word, scope string
	}{
		{src: "India will attempt two launches to the moon next year.", word: "launches", scope: "next year"},
		{src: "She will make two visits to China in 2027.", word: "visits", scope: "2027"},
		{src: "The panel will hold two hearings on the proposed pipeline this month.", word: "hearings", scope: "this month"},
		{src: "He made two visits to the region, in March and in May.", word: "visits"},
		// A longer noun phrase after the preposition, tagged as one.
		{src: "The company plans two launches of its 21-metre Skarv rocket this year.", word: "launches", scope: "this year"},
		{src: "The regulator will carry out three inspections of the city's two largest meat plants next year.", word: "inspections", scope: "next year"},
		{src: "The inspectors will make four visits to the newly restored Halden opera house in 2027.", word: "visits", scope: "2027"},
		// A modifier before its noun: an adverb or a participle.
		{src: "The inspectors will make four visits to the city's two newly restored opera houses in 2027.", word: "visits", scope: "2027"},
		{src: "The board will hold two hearings on the council's four hastily approved housing schemes next month.", word: "hearings", scope: "next month"},
		{src: "She will make two trips to the region's three badly flooded districts this spring.", word: "trips", scope: "this spring"},
		{src: "The league staged two matches against the visiting national side, in March and in May.", word: "matches"},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			a, ds := analyze(tt.src)
			m := mention(t, a, tt.src, tt.word, 0)
			if tt.scope == "" {
				assert.Equal(t, -1, m.Scope)
				return
			}
			if assert.GreaterOrEqual(t, m.Scope, 0) {
				assert.Equal(t, tt.scope, ds[m.Scope].Text)
			}
		})
	}
}
