package events

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSenses(t *testing.T) {
	tests := []struct {
		src, word string
		n         int
		event     bool
		kind      string
	}{
		{src: "A fire destroyed the mill.", word: "fire", event: true, kind: "fire"},
		{src: "The May 4 blaze destroyed the looms.", word: "blaze", event: true, kind: "fire"},
		{src: "The fire chief said the building was safe.", word: "fire"},
		{src: "Soldiers opened fire on the crowd.", word: "fire"},
		{src: "The minister came under fire from his party.", word: "fire"},
		{src: "Fire crews worked through the night.", word: "Fire"},
		{src: "He will stand trial in May.", word: "trial"},
		{src: "He said he would fight the charges at trial.", word: "trial"},
		{src: "Drivers have been on strike since Monday.", word: "strike"},
		{src: "The two-day stoppage ended on Friday.", word: "stoppage", event: true, kind: "stoppage"},
		{src: "He scored in stoppage time.", word: "stoppage"},
		{src: "The judge rejected his final bid to end the case.", word: "final"},
		{src: "The final was played on Sunday.", word: "final", event: true, kind: "final"},
		{src: "Runoff from the site will be monitored.", word: "Runoff"},
		{src: "The runoff is due on Sunday.", word: "runoff", event: true, kind: "runoff"},
		// the subject of a verb of starting that takes an object is what
		// starts it, not the event begun
		{src: "Construction of the span began on April 8.", word: "Construction", event: true, kind: "construction"},
		{src: "The new ferry began the crossing in 1985.", word: "ferry"},
		{src: "The tanker started its voyage in May.", word: "tanker"},
		{src: "A barge began a run to the coast on Monday.", word: "barge"},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			a, _ := analyze(tt.src)
			var found *Mention
			for i, m := range a.Mentions {
				if tt.src[m.Trigger.Start:m.Trigger.End] == tt.word {
					found = &a.Mentions[i]
				}
			}
			if !tt.event {
				assert.Nil(t, found, "%q should name no event", tt.word)
				return
			}
			if assert.NotNil(t, found, "%q should be an event", tt.word) {
				assert.Equal(t, tt.kind, found.Kind)
			}
		})
	}
}

// TestEventTimes covers how a mention gets its date beyond its own clause:
// a relative clause on the noun times it, a date in a clause opened after
// the noun about something else does not, a year before the noun names
// the instance, and a verb of starting makes the date the event's start.
func TestEventTimes(t *testing.T) {
	tests := []struct {
		name, src, word string
		n               int
		date            string // "" for no date
		named, onset    bool
	}{
		{name: "relative clause on the noun",
			src:  "Police said on Friday that a fire that gutted a mill on May 3 was started by a heater.",
			word: "fire", date: "May 3"},
		{name: "relative clause before the main verb",
			src:  "A missile attack that hit a block in Kyiv on Sunday killed 14 people.",
			word: "attack", date: "Sunday"},
		{name: "the date of a statement",
			src:  "Officials said on Tuesday that the toll from the attack had risen.",
			word: "attack"},
		{name: "relative clause about something else",
			src:  "The mayor called the strike reckless and said the city had hired drivers, who would start training in the autumn.",
			word: "strike"},
		{name: "announced elsewhere",
			src:  "Delegates met before the summit, which was announced on Monday.",
			word: "summit"},
		{name: "sole date before the noun",
			src:  "He will attend the summit in Shenzhen this November, his second visit to the country.",
			word: "visit", date: "this November"},
		{name: "year names the election",
			src:  "The law was passed after a dispute over the 2020 election.",
			word: "election", date: "2020", named: true},
		{name: "a month written out names it, as the rule says of \"the July agreement\"",
			src:  "In the November election, turnout fell.",
			word: "election", date: "November", named: true},
		{name: "onset",
			src:  "The bribery trial of a former minister is set to open on Jan. 14.",
			word: "trial", date: "Jan. 14", onset: true},
		{name: "onset after when",
			src:  "When the trial begins Jan. 15, prosecutors will call 40 witnesses.",
			word: "trial", date: "Jan. 15", onset: true},
		{name: "an end is no onset",
			src:  "The court expects the trial to end on April 30.",
			word: "trial", date: "April 30"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, ds := analyze(tt.src)
			m := mention(t, a, tt.src, tt.word, tt.n)
			if tt.date == "" {
				assert.Empty(t, m.Dates)
				return
			}
			if assert.NotEmpty(t, m.Dates) {
				assert.Equal(t, tt.date, ds[m.Dates[0]].Text)
			}
			assert.Equal(t, tt.named, m.DateNamed, "named")
			assert.Equal(t, tt.onset, m.Onset, "onset")
		})
	}
}

func TestEarlier(t *testing.T) {
	tests := []struct {
		name, src, word string
		ordinal         int
		scope           string
		earlier         []string // the trigger words of the listed earlier events
	}{
		{name: "two listed", src: "Drivers walked out in the third rail strike this year, after a one-day strike last November and a two-day stoppage in April, halting trains.",
			word: "strike", ordinal: 3, scope: "this year", earlier: []string{"strike", "stoppage"}},
		{name: "one listed", src: "Controllers staged their second walkout this year, after a four-hour strike in March.",
			word: "walkout", ordinal: 2, scope: "this year", earlier: []string{"strike"}},
		{name: "another destination", src: "Chancellor Anna Berg made her second visit to Germany, after a trip to France last December.",
			word: "visit", ordinal: 2},
		{name: "dated plural is one earlier event per date", src: "Drivers walked out in the third strike this year, after strikes in March and May.",
			word: "strike", ordinal: 3, scope: "this year", earlier: []string{"strikes", "strikes"}},
		{name: "undated plural is no list", src: "Drivers walked out in the third strike this year, after strikes over pay.",
			word: "strike", ordinal: 3, scope: "this year"},
		{name: "no after", src: "It was the third strike this year, and a strike in March was longer.",
			word: "strike", ordinal: 3, scope: "this year"},
		{name: "superlative is no rank in time", src: "It was the second biggest strike in the country's history.",
			word: "strike"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, ds := analyze(tt.src)
			m := mention(t, a, tt.src, tt.word, 0)
			assert.Equal(t, tt.ordinal, m.Ordinal)
			if tt.scope != "" && assert.GreaterOrEqual(t, m.Scope, 0) {
				assert.Equal(t, tt.scope, ds[m.Scope].Text)
			}
			var got []string
			for _, oi := range m.Earlier {
				o := a.Mentions[oi]
				got = append(got, tt.src[o.Trigger.Start:o.Trigger.End])
			}
			assert.Equal(t, tt.earlier, got)
		})
	}
}

// TestBackgroundGroups checks that the earlier events an ordinal lists do
// not capture a later definite mention: "the walkout" is the ordinal's.
func TestBackgroundGroups(t *testing.T) {
	src := "Crews walked out in the third strike this year, after a strike in February and a stoppage in May. The union said the walkout would end on Friday."
	a, _ := analyze(src)
	third := mention(t, a, src, "strike", 0)
	stoppage := mention(t, a, src, "stoppage", 0)
	walkout := mention(t, a, src, "walkout", 0)
	assert.Equal(t, third.Group, walkout.Group)
	assert.NotEqual(t, stoppage.Group, walkout.Group)
}

func TestOrdinalWindowsAndWorks(t *testing.T) {
	tests := []struct {
		name, src, word string
		n, ordinal      int
		agent, date     string
	}{
		{name: "rank of an album", src: "Singer June Harlan broke through with her first album, released in 2016.",
			word: "album", ordinal: 1, agent: "June Harlan", date: "2016"},
		{name: "first in years", src: "Singer June Harlan released her first album in seven years on Friday.",
			word: "album", agent: "June Harlan"},
		{name: "first since", src: "Russian President Vladimir Putin made his first visit to China since 2019 in May.",
			word: "visit"},
		{name: "first time in a decade", src: "Price visited Jakarta for the first time in a decade.",
			word: "visited"},
		{name: "offset later in the clause", src: "The second round will be held in two weeks.",
			word: "round", ordinal: 2},
		{name: "month scope dates the ordinal", src: "Singer June Harlan said she would release her third album in March and tour next summer.",
			word: "album", ordinal: 3, agent: "June Harlan", date: "March"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, ds := analyze(tt.src)
			m := mention(t, a, tt.src, tt.word, tt.n)
			assert.Equal(t, tt.ordinal, m.Ordinal)
			if tt.agent != "" {
				assert.Equal(t, tt.agent, m.Agent)
			}
			if tt.date != "" && assert.NotEmpty(t, m.Dates) {
				assert.Equal(t, tt.date, ds[m.Dates[0]].Text)
			}
		})
	}
}

func TestPrecisionGuards(t *testing.T) {
	tests := []struct {
		name, src, word string
		n               int
		date            string // "" for none
		onset           bool
		ordinal         int
	}{
		{name: "a possessive is no onset subject", src: "The summit's second day begins on Tuesday.",
			word: "summit", date: "Tuesday"},
		{name: "an object is no onset", src: "The festival begins its second week on Monday.",
			word: "festival", date: "Monday"},
		{name: "a plan verb in the relative clause", src: "Officials prepared for the meeting that he requested last month, aides said on Monday.",
			word: "meeting"},
		{name: "an album in a window", src: "Singer Ana Beltran released her first album for a major label in 2019.",
			word: "album"},
		{name: "an album's recording is not its date", src: "Singer Ana Beltran said the album, recorded in London in 2026, was personal.",
			word: "album"},
		{name: "a reference point", src: "The minister resigned on Monday, a day after the vote.",
			word: "vote"},
		{name: "after her first album", src: "Singer Ana Beltran released a new album on Friday, three years after her first album made her a star.",
			word: "album", n: 1, ordinal: 1},
		{name: "an album ranked", src: "Singer Ana Beltran released her second album in 2019.",
			word: "album", date: "2019", ordinal: 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, ds := analyze(tt.src)
			m := mention(t, a, tt.src, tt.word, tt.n)
			if tt.date == "" {
				assert.Empty(t, m.Dates)
			} else if assert.NotEmpty(t, m.Dates) {
				assert.Equal(t, tt.date, ds[m.Dates[0]].Text)
			}
			assert.Equal(t, tt.onset, m.Onset, "onset")
			assert.Equal(t, tt.ordinal, m.Ordinal, "ordinal")
		})
	}
	src := "The trial of his former deputy is set to begin on April 12."
	a, _ := analyze(src)
	assert.True(t, mention(t, a, src, "trial", 0).Qualified, "an 'of' phrase says whose trial")
	a, _ = analyze("The company fires 200 workers.")
	assert.Empty(t, a.Mentions, "a verb 'fires' is no event")
}

func TestCompoundHeads(t *testing.T) {
	tests := []struct{ src, word string }{
		{"The election campaign officially begins Oct. 11.", "election"},
		{"The trial judge retired in May.", "trial"},
		{"The strike fund ran dry in March.", "strike"},
		{"The union held a strike ballot last December.", "strike"},
	}
	for _, tt := range tests {
		a, _ := analyze(tt.src)
		for _, m := range a.Mentions {
			assert.NotEqual(t, tt.word, tt.src[m.Trigger.Start:m.Trigger.End], tt.src)
		}
	}
}

func TestQualifierAndScopeGuards(t *testing.T) {
	src := "CAIRO, June 3, 2027 (Copydesk) — An explosion tore through a plant."
	a, _ := analyze(src)
	assert.Equal(t, "", mention(t, a, src, "explosion", 0).Place, "'An' after a dash is no qualifier")

	src = `"Three summits in four years is not a lot," she said.`
	a, _ = analyze(src)
	m := mention(t, a, src, "summits", 0)
	assert.Equal(t, 3, m.Count)
	assert.Equal(t, -1, m.Scope, "'in four years' is a length, not a calendar scope")
	assert.Equal(t, "", m.Place)

	src = "Doctors walked out in their fourth strike this year, after a strike in March, a strike last December and a walkout in May."
	a, _ = analyze(src)
	assert.Len(t, mention(t, a, src, "strike", 0).Earlier, 3, "a serial list of earlier strikes")
}

func TestPassingMentions(t *testing.T) {
	src := "A fire destroyed 300 shops on Saturday. Traders said it was the second fire at the market this year, after a blaze in January. The fire on Saturday was put out on Sunday."
	a, _ := analyze(src)
	first := mention(t, a, src, "fire", 0)
	blaze := mention(t, a, src, "blaze", 0)
	last := mention(t, a, src, "fire", 2)
	assert.Equal(t, first.Group, last.Group, "'the fire' is the main fire")
	assert.NotEqual(t, blaze.Group, last.Group, "not the blaze told in passing")

	src = "The trial was delayed twice last year."
	a, _ = analyze(src)
	assert.Equal(t, 0, mention(t, a, src, "trial", 0).Count, "the delays are counted, not trials")
}

// TestParticipleInRankedNounPhrase: a participle between an ordinal and
// its event noun modifies the noun; the noun is still a ranked, dated
// instance.
func TestParticipleInRankedNounPhrase(t *testing.T) {
	for _, c := range []struct{ src, word string }{
		{"The first failed inspection came last November.", "inspection"},
		{"Its second delayed launch took place in May.", "launch"},
		{"The third postponed hearing was held in June.", "hearing"},
	} {
		a, _ := analyze(c.src)
		m := mention(t, a, c.src, c.word, 0)
		assert.Positive(t, m.Ordinal, c.src)
		assert.NotEmpty(t, m.Dates, c.src)
	}
}

// TestScopeAfterRelativeClause: a period named from now that closes a
// relative clause on a ranked noun scopes the rank.
func TestScopeAfterRelativeClause(t *testing.T) {
	for _, c := range []struct{ src, word string }{
		{"It is the third recall the regulator has ordered this year.", "recall"},
		{"Friday's walkout was the second strike that the union has called this year.", "strike"},
		{"This is the fourth inspection which the agency has carried out this year.", "inspection"},
	} {
		a, _ := analyze(c.src)
		m := mention(t, a, c.src, c.word, 0)
		assert.Positive(t, m.Ordinal, c.src)
		assert.GreaterOrEqual(t, m.Scope, 0, c.src)
	}
}

// TestElidedEarlierItems: an item without its noun in the list of
// earlier events ("and another in April") is one more earlier event.
func TestElidedEarlierItems(t *testing.T) {
	for _, src := range []string{
		"It was the third recall this year, following a recall of tuna in January and another of sardines in March.",
		"It was the third strike this year, after a strike in February and another in April.",
		"The blaze was the third fire this year, after a fire at the depot in January and another at the mill in March.",
	} {
		a, _ := analyze(src)
		var earlier []int
		for _, m := range a.Mentions {
			if m.Ordinal == 3 {
				earlier = m.Earlier
			}
		}
		require.Len(t, earlier, 2, src)
		assert.Equal(t, "another", src[a.Mentions[earlier[1]].Trigger.Start:a.Mentions[earlier[1]].Trigger.End], src)
		assert.NotEmpty(t, a.Mentions[earlier[1]].Dates, src)
	}
}
