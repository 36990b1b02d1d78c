package tense

import (
	"os"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/checker/tagger"
	"github.com/copydesk/copydesk/checker/text"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type tenseCase struct {
	sentence string
	at       string // the position asked about: its first occurrence
	tense    Tense
	cue      string
}

// check runs At on the one-sentence text c.sentence at c.at.
func check(t *testing.T, c tenseCase) {
	t.Helper()
	start := strings.Index(c.sentence, c.at)
	require.GreaterOrEqual(t, start, 0, "position %q not in sentence", c.at)
	got := At(c.sentence, text.Sentence{Start: 0, End: len(c.sentence)}, start, start+len(c.at))
	assert.Equal(t, c.tense, got.Tense, "tense")
	assert.Equal(t, c.cue, got.Cue, "cue")
	if got.Cue != "" {
		assert.Equal(t, got.Cue, c.sentence[got.CueStart:got.CueEnd])
	}
}

func TestAt(t *testing.T) {
	tests := []tenseCase{
		// A plain present after "and" shares the subject of the finite
		// verb before it.
		{"Three men were arrested and appear in the magistrate's court next month.", "next month", Present, "appear"},
		{"The delegates landed in Oslo on Friday and travel on to Bergen next week.", "next week", Present, "travel"},
		{"Both crews finished their trials in June and compete in the final on Sunday.", "on Sunday", Present, "compete"},
		// A word in "-ed" the lexicon knows only as a noun or an adjective
		// is no past verb.
		{"She will restore a rare 1890s reed organ for a show next spring.", "next spring", Future, "will restore"},
		{"The shop will sell 200 tweed jackets next week.", "next week", Future, "will sell"},
		{"The charity will house 300 wretched families next month.", "next month", Future, "will house"},
		// Future and prospective.
		{"Ushakov confirmed that Putin will visit China in May.", "in May", Future, "will visit"},
		{"The minister will also attend the summit in Lima this November, marking his second visit.", "this November", Future, "will also attend"},
		{"The minister will also attend the summit in Lima this November, marking his second visit.", "second visit", Future, "will also attend"},
		{"She'll announce the budget on Friday.", "on Friday", Future, "'ll announce"},
		// A modal after a headless ordinal or number is a modal, not "the will".
		{"The first closed in 2019; the third will be replaced next year.", "next year", Future, "will be replaced"},
		{"Two stations shut last year, and the last may reopen in June.", "in June", Future, "may reopen"},
		{"The second might not open before 2028.", "before 2028", Future, "might not open"},
		{"The committee shall meet again in April.", "in April", Future, "shall meet"},
		{"The bridge is expected to open in 2028.", "in 2028", Future, "is expected to open"},
		{"Shares were expected to rise on Monday.", "on Monday", Future, "were expected to rise"},
		{"The mayor is set to sign the contract next month.", "next month", Future, "is set to sign"},
		{"The report is due to be published on Thursday.", "on Thursday", Future, "is due to be published"},
		{"The vote is due Monday.", "Monday", Future, "is due"},
		{"The launch is scheduled for March 3.", "March 3", Future, "is scheduled"},
		{"The company plans to hire 200 workers by June.", "by June", Future, "plans to hire"},
		{"The firm planned to open a plant in 2027.", "in 2027", Future, "planned to open"},
		{"The union intends to strike in the spring.", "spring", Future, "intends to strike"},
		{"The agency aims to finish the survey within a year.", "within a year", Future, "aims to finish"},
		{"Officials are going to review the rules in January.", "in January", Future, "are going to review"},
		{"Putin accepted Xi’s invitation to visit China twice in 2025.", "in 2025", Future, "invitation to visit"},
		{"The president agreed to visit Hanoi next spring.", "next spring", Future, "agreed to visit"},
		{"The king accepted an invitation to visit Seoul in October.", "in October", Future, "invitation to visit"},
		{"The minister has accepted an invitation to speak at the forum on May 2.", "May 2", Future, "invitation to speak"},
		{"The governor promised to cut taxes before the election.", "before the election", Future, "promised to cut"},
		{"Both leaders pledged to meet again in the autumn.", "autumn", Future, "pledged to meet"},
		{"She said he would visit Berlin in June.", "in June", Future, "would visit"},
		{"The prime minister is to visit Ottawa on Tuesday.", "on Tuesday", Future, "is to visit"},
		{"The council has invited the mayor to speak on Monday.", "on Monday", Future, "has invited the mayor to speak"},
		{"Both countries were invited to join the group last year.", "last year", Future, "were invited to join"},
		{"The treaty, which expires Thursday, may be extended.", "Thursday", Present, "expires"},
		{"The treaty, which expires Thursday, may be extended.", "extended", Future, "may be extended"},
		// Past.
		{"Delegates visited the plant next month.", "next month", Past, "visited"},
		{"The leaders held a video call Wednesday.", "Wednesday", Past, "held"},
		{"The talks began in Geneva on Monday.", "on Monday", Past, "began"},
		{"He did not attend the meeting on Friday.", "on Friday", Past, "did not attend"},
		{"The minister was in Paris last week.", "last week", Past, "was"},
		{"Prices were rising sharply in March.", "in March", Past, "were rising"},
		{"She had previously thanked the donors in 2024.", "in 2024", Past, "had previously thanked"},
		{"The firm has cut 300 jobs since January.", "since January", Past, "has cut"},
		{"Specific dates have not been confirmed by either government.", "either", Past, "have not been confirmed"},
		{"On Monday, the minister met her counterpart.", "On Monday", Past, "met"},
		{"The senator, who visited Kyiv in May, will return in October.", "in May", Past, "visited"},
		{"The senator, who visited Kyiv in May, will return in October.", "in October", Future, "will return"},
		{"The newly proposed plan won approval in 2023.", "in 2023", Past, "won"},
		{"Remarks broadcast by state television on Tuesday drew criticism.", "on Tuesday", Past, "drew"},
		{"He told reporters on Sunday that the deal will close in May.", "on Sunday", Past, "told"},
		{"He told reporters on Sunday that the deal will close in May.", "in May", Future, "will close"},
		{"The talks collapsed in 2019, but officials will try again in 2027.", "in 2019", Past, "collapsed"},
		{"The talks collapsed in 2019, but officials will try again in 2027.", "in 2027", Future, "will try"},
		{"He visited that day.", "day", Past, "visited"},
		// Participles of booking a date make "be" future without "to".
		{"Her second visit is pencilled in for next January.", "next January", Future, "is pencilled"},
		{"The concert is booked for June 12.", "June 12", Future, "is booked"},
		{"The final stage is timetabled for early spring.", "early spring", Future, "is timetabled"},
		// Present.
		{"The old treaty expires Thursday.", "Thursday", Present, "expires"},
		{"The museum is closed on Mondays.", "on Mondays", Present, "is closed"},
		{"Trade volumes are growing steadily this year.", "this year", Present, "are growing"},
		{"The station opens at 6 a.m. on weekdays.", "weekdays", Present, "opens"},
		{"Officials say the plan is working.", "plan", Present, "say"},
		{"Residents can apply from Monday.", "from Monday", Present, "can apply"},
		{"He said the will of the people was clear in 2024.", "in 2024", Past, "was"},
		{"The deal won't take effect until March.", "March", Future, "won't take"},
		{"Talks didn't resume on Monday.", "Monday", Past, "didn't resume"},
		{"He said they'd already left on Sunday.", "Sunday", Past, "'d already left"},
		{"He said they'd leave on Sunday.", "Sunday", Future, "'d leave"},
		{"Mr. Lee, 54, joined the bank in 2003.", "2003", Past, "joined"},
		{"The Security Council on Aug. 6 ordered an embargo.", "Aug. 6", Past, "ordered"},
		{"In composite trading Friday, the shares closed at $5.", "Friday", Past, "closed"},
		{"Police said the suspect, arrested on Saturday, will appear in court on Monday.", "Saturday", Past, "said"},
		{"The minister, speaking in Oslo on Tuesday, said talks would resume in March.", "March", Future, "would resume"},
		{"The museum, which opened in 1998, is closing for renovation in April.", "April", Present, "is closing"},
		{"Both sides are due to meet again in Vienna next month.", "next month", Future, "are due to meet"},
		{"Since 2019, the plant has produced 3 million cars.", "2019", Past, "has produced"},
		{"The flight was cancelled due to bad weather on Monday.", "Monday", Past, "was cancelled"},
		{"Delays are due to heavy rain this week.", "this week", Present, "are"},
		// a second predicate after ", and" belongs to the clause before "that"
		{"The INS ruled that the boy must be returned to his father, and set Friday as the deadline.", "Friday", Past, "ruled"},
		{"He said that prices would rise, and the board will meet Friday.", "Friday", Future, "will meet"},
		// the clause's own verb, not the reporting one after the comma
		{"Ticket sales open next week, organizers announced Monday.", "next week", Present, "open"},
		{"The Rangers host the Bruins on Saturday.", "Saturday", Present, "host"},
		// Unknown.
		{"Once completed in 2028, the tower will be the tallest.", "2028", Unknown, ""},
		{"Talks Resume in Geneva", "Geneva", Unknown, ""},
		{"A summit in May.", "May", Unknown, ""},
		{"The deal could collapse in March.", "in March", Unknown, ""},
		{"She would have gone in 2020.", "in 2020", Unknown, ""},
	}
	for _, tt := range tests {
		t.Run(tt.sentence+"@"+tt.at, func(t *testing.T) { check(t, tt) })
	}
}

func TestAtSeed(t *testing.T) {
	b, err := os.ReadFile("../../../shared/seeds/000_8912448aba0b5953.txt")
	if err != nil {
		t.Skip("seed article not available")
	}
	src := string(b)
	tests := []struct {
		at    string // unique in the article
		tense Tense
		cue   string
	}{
		{"call Wednesday", Past, "held"},
		{"twice in 2025", Future, "invitation to visit"},
		{"in the first half of 2025", Future, "will visit"},
		{"this November", Future, "will also attend"},
		{"his second visit", Future, "will also attend"},
		{"began Wednesday", Past, "began"},
		{"expires Thursday", Present, "expires"},
		{"within the first six months of 2025", Future, "is expected to visit"},
		{"would discuss", Future, "would discuss"},
		{"would act", Future, "would act"},
		{"are progressing", Present, "are progressing"},
		{"have sought", Past, "have sought"},
		{"has become", Past, "has become"},
		{"briefed reporters", Past, "briefed"},
		{"invited to join", Future, "were invited to join"},
		{"for the Board of Peace invitation", Past, "had previously thanked"},
		{"$1 billion", Future, "offered to allocate"},
		{"has maintained", Past, "has maintained"},
		{"contacts with", Present, "believe"},
		{"by either government", Past, "have not been confirmed"},
		{"tensions involving Iran", Past, "discussed"},
		{"Russia-China Economic Cooperation Deepens", Unknown, ""},
	}
	sents := text.Sentences(src)
	for _, tt := range tests {
		t.Run(tt.at, func(t *testing.T) {
			start := strings.Index(src, tt.at)
			require.GreaterOrEqual(t, start, 0)
			require.Equal(t, -1, strings.Index(src[start+1:], tt.at), "not unique")
			var sent text.Sentence
			for _, s := range sents {
				if s.Contains(start) {
					sent = s
				}
			}
			got := At(src, sent, start, start+len(tt.at))
			assert.Equal(t, tt.tense, got.Tense)
			assert.Equal(t, tt.cue, got.Cue)
		})
	}
}

func TestAtEdges(t *testing.T) {
	assert.Equal(t, Unknown, At("", text.Sentence{}, 0, 0).Tense)
	s := "He will go."
	assert.Equal(t, Future, At(s, text.Sentence{Start: 0, End: len(s)}, 100, 101).Tense)
	long := strings.Repeat("The agency, which met in May, said it will act soon and then left; ", 40)
	r := At(long, text.Sentence{Start: 0, End: len(long)}, len(long)-5, len(long)-4)
	assert.Equal(t, Past, r.Tense)
	at := strings.Index(long[1000:], "in May") + 1000
	r = At(long, text.Sentence{Start: 0, End: len(long)}, at, at+6)
	assert.Equal(t, Past, r.Tense)
	assert.Equal(t, "met", r.Cue)
	assert.Equal(t, "met", long[r.CueStart:r.CueEnd])
}

func TestAtFlags(t *testing.T) {
	tests := []struct {
		sentence, at string
		tense        Tense
		cue          string
		fip          bool
		prep         string
		modifier     bool
	}{
		{"Shares were expected to rise on Monday.", "Monday", Future, "were expected to rise", true, "on", false},
		{"Shares are expected to rise on Monday.", "Monday", Future, "are expected to rise", false, "on", false},
		{"She said he would visit Berlin in June.", "June", Future, "would visit", true, "in", false},
		{"Putin accepted Xi’s invitation to visit China twice in 2025.", "2025", Future, "invitation to visit", true, "in", false},
		{"Putin will accept an invitation to visit China in 2025.", "2025", Future, "invitation to visit", false, "in", false},
		{"The president agreed to visit Hanoi next spring.", "next spring", Future, "agreed to visit", true, "", false},
		{"The talks, set to resume Monday, were delayed.", "Monday", Future, "set to resume", true, "", false},
		{"The council has invited the ministers of Peru, Chile and Bolivia to a summit on May 3.", "May 3", Future, "has invited the ministers of Peru, Chile and Bolivia to", false, "on", false},
		{"Protesters planned a large rally on Saturday.", "Saturday", Unknown, "", false, "on", false},
		{"Officials postponed the vote until Tuesday.", "Tuesday", Unknown, "", false, "until", false},
		{"The firm has scheduled a news conference Thursday.", "Thursday", Unknown, "", false, "", false},
		{"The board declared a dividend payable Dec. 15.", "Dec. 15", Unknown, "", false, "", false},
		{"“We will not go further,” said the minister at a news conference yesterday.", "yesterday", Past, "said", false, "", false},
		{"Investigators said last month’s explosion was an accident.", "last month", Past, "said", false, "", true},
		{"He gave no reason for the Jan. 14 deadline.", "Jan. 14", Past, "gave", false, "", true},
		{"The firm has cut 300 jobs since January.", "January", Past, "has cut", false, "since", false},
		{"Westinghouse, citing costs, expects growth next year.", "next year", Present, "expects", false, "", false},
		{"He did not plan to leave on Thursday.", "Thursday", Future, "did not plan to leave", true, "on", false},
		// A date in a list takes the preposition that opens the list.
		{"It will be her fourth championships, after 2020, 2022 and 2024.", "2024", Future, "will be", false, "after", false},
		{"The fair will return next spring, as it did before 2019, 2021 and 2023.", "2023", Past, "did", false, "before", false},
		{"The ferry will sail in May, June and July.", "July", Future, "will sail", false, "in", false},
	}
	for _, tt := range tests {
		t.Run(tt.sentence+"@"+tt.at, func(t *testing.T) {
			start := strings.Index(tt.sentence, tt.at)
			require.GreaterOrEqual(t, start, 0)
			got := At(tt.sentence, text.Sentence{Start: 0, End: len(tt.sentence)}, start, start+len(tt.at))
			assert.Equal(t, tt.tense, got.Tense, "tense")
			assert.Equal(t, tt.cue, got.Cue, "cue")
			assert.Equal(t, tt.fip, got.FutureInPast, "future in past")
			assert.Equal(t, tt.prep, got.Prep, "prep")
			assert.Equal(t, tt.modifier, got.Modifier, "modifier")
			sched := strings.Contains(tt.sentence, "planned") || strings.Contains(tt.sentence, "postponed") || strings.Contains(tt.sentence, "scheduled")
			assert.Equal(t, sched, got.Scheduled, "scheduled")
		})
	}
}

func TestAnalyzeMatchesAt(t *testing.T) {
	src := "Headline Here\nThe senator, who visited Kyiv in May, will return in October; aides said she had planned to go in March."
	for _, s := range text.Sentences(src) {
		a := Analyze(src, s)
		for _, tok := range text.Words(src, s) {
			assert.Equal(t, At(src, s, tok.Start, tok.End), a.At(tok.Start, tok.End), tok.Text(src))
		}
	}
}

// checkTagged is check on the tagged reading of c.sentence, as the pass
// reads it.
func checkTagged(t *testing.T, c tenseCase) {
	t.Helper()
	r := tagger.Default().Read(c.sentence, nil)
	cache := NewCacheOf(c.sentence, r)
	i := strings.Index(c.sentence, c.at)
	require.GreaterOrEqual(t, i, 0, "position %q not in sentence", c.at)
	got := cache.At(0, i, i+len(c.at))
	assert.Equal(t, c.tense, got.Tense, c.sentence)
	assert.Equal(t, c.cue, got.Cue, c.sentence)
}

// TestClauseAfterCommaAnd: ", and" before a noun phrase and its own
// finite verb opens a clause with a tense of its own.
func TestClauseAfterCommaAnd(t *testing.T) {
	for _, c := range []tenseCase{
		{"Abenov visited Seoul twice in 2025, and the April trip will be his third.", "April", Future, "will be"},
		{"The crew finished the hull last year, and the June launch will close the project.", "June", Future, "will close"},
		{"Ruiz won the race in 2024, and this year's edition is her last.", "this year", Present, "is"},
		{"He visited Paris, Rome, and the Vatican in May.", "May", Past, "visited"},
	} {
		checkTagged(t, c)
	}
}

// TestReportAfterClause: a date past a colon takes the tense of the
// clause a report was set after, not the report's.
func TestReportAfterClause(t *testing.T) {
	for _, c := range []tenseCase{
		{"Abenov will visit Korea twice this year, his office said on Thursday: in April and again in October.", "April", Future, "will visit"},
		{"The band will tour twice in 2027, its label said: in March and in September.", "March", Future, "will tour"},
		{"The court will sit three times, the clerk announced: on May 4, May 11 and May 18.", "May 11", Future, "will sit"},
		{"The office said on Thursday: the talks ended in April.", "April", Past, "ended"},
	} {
		checkTagged(t, c)
	}
}

// TestCurrencyIsNoVerb: a currency named after a figure, in the form of a
// past verb ("won"), is what the figure counts; the clause's tense is its
// own verb's.
func TestCurrencyIsNoVerb(t *testing.T) {
	for _, c := range []tenseCase{
		{"The first prize carries 50 million won and a recital tour of Japan next year.", "next year", Unknown, ""},
		{"Winners will get 30 million won plus a residency in Busan next spring.", "next spring", Future, "will get"},
		{"The academy pays 800 million won a year and opens a studio next year.", "next year", Present, "opens"},
		{"The violinist won the Busan prize last year.", "last year", Past, "won"},
	} {
		checkTagged(t, c)
	}
}

// TestVerbAfterPhraseAside: a past verb after a prepositional phrase set
// off by commas after the subject is the clause's own verb, not a
// participle aside, so a date later in its clause takes its tense.
func TestVerbAfterPhraseAside(t *testing.T) {
	for _, c := range []tenseCase{
		{"Farmers in Chinnapura, at the tail end of the canal, blocked the road last month, on Jan. 20, saying they would get water last.", "Jan. 20", Past, "blocked"},
		{"Dockers at Vesterhamn, on the north side of the fjord, struck for a day last week, on Oct. 2, warning that cuts would follow.", "Oct. 2", Past, "struck"},
		{"Nurses from the district hospital, in a rare show of anger, marched on the ministry in March, on March 14, saying wards would close.", "March 14", Past, "marched"},
		// a participle opening an aside stays an aside
		{"The race, first held in 1988, will return to Porto this summer.", "this summer", Future, "will return"},
	} {
		checkTagged(t, c)
	}
}

// TestRelativeOnDatedNoun: a date in a phrase on a noun that a relative
// clause follows is timed by that clause ("the date in 1954 on which he
// registered the company"), not by the main verb.
func TestRelativeOnDatedNoun(t *testing.T) {
	for _, c := range []tenseCase{
		{"The firm will mark its 70th anniversary on Oct. 1, the date in 1954 on which its founder registered it.", "1954", Past, "registered"},
		{"The town will remember the week in May 1998 when the river rose above the bridge.", "May 1998", Past, "rose"},
		{"The choir will return to the hall in 2019 where it first sang.", "2019", Past, "sang"},
		// no noun before the date's preposition: the main verb times it
		{"The choir will sing in 2030 when the hall reopens.", "2030", Future, "will sing"},
	} {
		checkTagged(t, c)
	}
}

// TestHypotheticalPast: a past form in a clause of "if" or "unless", in a
// sentence with "would", "could" or "might", imagines a condition; its
// date is no past.
func TestHypotheticalPast(t *testing.T) {
	for _, c := range []tenseCase{
		{"The captain said he would not be surprised if the ship found open water next spring.", "next spring", Unknown, ""},
		{"If the rains came in May, the crop would fail.", "May", Unknown, ""},
		{"Officials said the bridge could reopen unless the river rose again next week.", "next week", Unknown, ""},
		// a real past in a clause of "if" with no modal stays past
		{"She asked if the ship found open water last spring.", "last spring", Past, "found"},
	} {
		checkTagged(t, c)
	}
}

// TestReducedRelativePastAgent: a participle on a noun, with its agent
// after it ("the five imposed by the district court in June 2023"),
// times the date after the agent, not the main verb; its form tells no
// time, past or future ("vessels delivered in 2026").
func TestReducedRelativePastAgent(t *testing.T) {
	for _, c := range []tenseCase{
		{"Lobo should serve four years rather than the five imposed by the district court in June 2023.", "June 2023", Unknown, "imposed"},
		{"The plant will use the design approved by the safety board in May 2024.", "May 2024", Unknown, "approved"},
		{"The museum will show the vase found by Ignacio Solís in 1975.", "1975", Unknown, "found"},
		// Nor in the future: "vessels delivered in 2026".
		{"Costs could squeeze margins on vessels delivered in 2026 and 2027.", "2026", Unknown, "delivered"},
		{"The ministry will publish a list of schools built in 2027.", "2027", Unknown, "built"},
		// a verb before the object is no participle on it
		{"The council will approve the budget in June 2030.", "June 2030", Future, "will approve"},
	} {
		checkTagged(t, c)
	}
}

// TestNounProspectiveInPhrase: the prospective of a noun in a phrase
// after a date ("elected in 2018 on a promise to clean up the office")
// times what follows it, not the date before it.
func TestNounProspectiveInPhrase(t *testing.T) {
	for _, c := range []tenseCase{
		{"Mayor Jolanta Rzepecka, elected in 2018 on a promise to clean up the office, said the verdict was painful.", "2018", Unknown, ""},
		{"The minister, appointed in 2020 with a mandate to cut waiting lists, resigned on Friday.", "2020", Past, "appointed"},
		{"The union, founded in 1998 on a pledge to fight for dock pay, held a vote on Monday.", "1998", Past, "founded"},
	} {
		checkTagged(t, c)
	}
}

// TestCoordinatedParticiple: a participle joined by "and" or "or" to a
// group's own shares its auxiliaries ("will be reinstalled and played
// again in the spring"): one group, one tense.
func TestCoordinatedParticiple(t *testing.T) {
	for _, c := range []tenseCase{
		{"The organ will be reinstalled and played again in the spring of 2024.", "the spring of 2024", Future, "will be reinstalled and played"},
		{"The road has been closed and resurfaced twice since 2019.", "2019", Past, "has been closed and resurfaced"},
		{"The bridge will be repaired or replaced in 2027.", "2027", Future, "will be repaired or replaced"},
	} {
		checkTagged(t, c)
	}
}
