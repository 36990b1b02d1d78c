package events

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/copydesk/copydesk/checker/dates"
	"github.com/copydesk/copydesk/checker/text"
)

var ref = time.Date(2026, 2, 4, 0, 0, 0, 0, time.UTC)

func analyze(src string) (Analysis, []dates.Expr) {
	ds := dates.Resolve(src, ref, dates.Options{})
	return Analyze(src, text.Sentences(src), ds), ds
}

// mention finds the mention whose trigger is the n-th occurrence (from 0)
// of word in src.
func mention(t *testing.T, a Analysis, src, word string, n int) Mention {
	t.Helper()
	off := -1
	for i := 0; i <= n; i++ {
		k := strings.Index(src[off+1:], word)
		require.GreaterOrEqual(t, k, 0, "no %q #%d", word, n)
		off += 1 + k
	}
	for _, m := range a.Mentions {
		if m.Trigger.Start == off {
			return m
		}
	}
	t.Fatalf("no mention at %q #%d", word, n)
	return Mention{}
}

func TestMentions(t *testing.T) {
	tests := []struct {
		name, src, word  string
		n                int
		kind, agent      string
		place            string
		count, ordinal   int
		scope, date      string
		definite, direct bool
	}{
		{name: "count with scope", src: "Russian President Vladimir Putin accepted an invitation to visit China twice in 2025.",
			word: "visit", kind: "visit", agent: "Vladimir Putin", place: "China", count: 2, scope: "2025"},
		{name: "description and the country", src: "Chinese leader Xi Jinping met Russian President Vladimir Putin. Putin will visit China in May. The Russian leader will also attend a summit in Shenzhen this November, marking his second visit to the country.",
			word: "visit", n: 1, kind: "visit", agent: "Vladimir Putin", place: "China", ordinal: 2, date: "this November", definite: true},
		{name: "appositive name", src: "Australia's foreign minister, Helen Price, said she would visit Indonesia in July.",
			word: "visit", kind: "visit", agent: "Helen Price", place: "Indonesia", date: "July"},
		{name: "subject over object", src: "Union leader Marco Bianchi met Transport Minister Elena Ricci in March and met her again in July.",
			word: "met", n: 1, kind: "meeting", agent: "Marco Bianchi", place: "Elena Ricci"},
		{name: "prenominal date", src: "Farmers plan to protest outside the March 5 summit.",
			word: "summit", kind: "summit", date: "March 5", definite: true, direct: true},
		{name: "date after the noun", src: "A judge set a hearing for June 22.",
			word: "hearing", kind: "hearing", date: "June 22", direct: true},
		{name: "ordinal time with scope", src: "Price visited Jakarta for the third time this year.",
			word: "visited", kind: "visit", ordinal: 3, scope: "this year", place: "Jakarta"},
		{name: "plural count", src: "Both meetings ended without a deal.",
			word: "meetings", kind: "meeting", count: 2},
		{name: "round needs an ordinal", src: "The second round began Wednesday.",
			word: "round", kind: "round", ordinal: 2, date: "Wednesday", definite: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, ds := analyze(tt.src)
			m := mention(t, a, tt.src, tt.word, tt.n)
			assert.Equal(t, tt.kind, m.Kind)
			if tt.agent != "" {
				assert.Equal(t, tt.agent, m.Agent)
			}
			assert.Equal(t, tt.place, m.Place)
			assert.Equal(t, tt.count, m.Count)
			assert.Equal(t, tt.ordinal, m.Ordinal)
			if tt.scope == "" {
				assert.Equal(t, -1, m.Scope)
			} else if assert.GreaterOrEqual(t, m.Scope, 0) {
				assert.Equal(t, tt.scope, ds[m.Scope].Text)
			}
			if tt.date != "" && assert.NotEmpty(t, m.Dates) {
				assert.Equal(t, tt.date, ds[m.Dates[0]].Text)
			}
			assert.Equal(t, tt.definite, m.Definite, "definite")
			assert.Equal(t, tt.direct, m.Direct, "direct")
		})
	}
}

func TestGroups(t *testing.T) {
	src := "President Putin will visit China in May. President Xi will visit Russia in June. Putin's second visit to China is due in November."
	a, _ := analyze(src)
	putin1 := mention(t, a, src, "visit", 0)
	xi := mention(t, a, src, "visit", 1)
	putin2 := mention(t, a, src, "visit", 2)
	require.GreaterOrEqual(t, putin1.Group, 0)
	assert.Equal(t, putin1.Group, putin2.Group, "Putin's visits to China form one group")
	assert.NotEqual(t, putin1.Group, xi.Group, "Xi's visit to Russia is another")
}

func TestTimeUses(t *testing.T) {
	tests := []struct {
		src, date          string
		adverbial, quoted  bool
		fixed, target, rep bool
	}{
		{src: "He will visit China in 2025.", date: "2025", adverbial: true, fixed: true},
		{src: "The 2016 deal expires soon.", date: "2016", fixed: true},
		{src: "Sales rose to 25% from 20% last year.", date: "last year", fixed: true, target: true},
		{src: "He visited in September.", date: "September", adverbial: true},
		{src: `"We will win in 2024," she said.`, date: "2024", quoted: true, fixed: true},
		{src: "Officials invited the ministers to a ceremony next week.", date: "next week", adverbial: true, fixed: true, rep: true},
		{src: "She said he would sell the stake by the end of 2025.", date: "the end of 2025", adverbial: true, fixed: true, rep: true},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			a, ds := analyze(tt.src)
			i := -1
			for k, d := range ds {
				if d.Text == tt.date {
					i = k
				}
			}
			require.GreaterOrEqual(t, i, 0, "date %q not found in %v", tt.date, ds)
			u := a.Times[i]
			assert.Equal(t, tt.adverbial, u.Adverbial, "adverbial")
			assert.Equal(t, tt.quoted, u.Quoted, "quoted")
			assert.Equal(t, tt.fixed, u.Fixed, "fixed")
			assert.Equal(t, tt.target, u.Target, "target")
			assert.Equal(t, tt.rep, u.Reported, "reported")
		})
	}
}

func TestLongSentenceStaysLinear(t *testing.T) {
	// One sentence of many names and verbs, at two lengths in the same
	// run: four times the text may take at most eight times the time
	// (a quadratic pass takes sixteen). The best of three runs of each
	// keeps the machine's load out of the ratio.
	best := func(n int) time.Duration {
		src := strings.Repeat("Putin will visit China and meet Xi, ", n)
		var min time.Duration
		for range 3 {
			t0 := time.Now()
			a, _ := analyze(src)
			d := time.Since(t0)
			require.NotEmpty(t, a.Mentions)
			if min == 0 || d < min {
				min = d
			}
		}
		return min
	}
	short, long := best(2500), best(10000)
	assert.Less(t, long, 8*short, "4x the sentence took %v against %v", long, short)
}

func TestPieces(t *testing.T) {
	src := strings.Repeat("word ", 1000)
	ps := pieces(src, text.Sentence{Start: 0, End: len(src)})
	require.Greater(t, len(ps), 1)
	assert.Equal(t, 0, ps[0].Start)
	assert.Equal(t, len(src), ps[len(ps)-1].End)
	for i := 1; i < len(ps); i++ {
		assert.Equal(t, ps[i-1].End, ps[i].Start)
		assert.LessOrEqual(t, ps[i].End-ps[i].Start, maxSentence)
	}
}

// TestReferencePointConjuncts: a date in the second of two noun phrases
// after "after", "before" or "since" is a reference point too.
func TestReferencePointConjuncts(t *testing.T) {
	for _, c := range []struct{ src, date string }{
		{"It will be the third closure, after a shutdown in 2021 and a six-week one in 2023.", "2023"},
		{"The league will resume play, following a strike in 2019 and a lockout in 2022.", "2022"},
		{"Prices will be reviewed again, after cuts in March 2024 or a freeze in 2025.", "2025"},
	} {
		a, ds := analyze(c.src)
		found := false
		for i, d := range ds {
			if d.Text == c.date {
				found = true
				assert.True(t, a.Times[i].Reference, c.src)
			}
		}
		assert.True(t, found, c.src)
	}
}
