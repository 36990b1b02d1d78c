package rules_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/copydesk/copydesk/checker"
	"github.com/copydesk/copydesk/rules"
)

// TestEventCountSeries: an ordinal visit with no place of its own belongs
// to the one series of visits its traveller was given, and a destination
// is known by its slot ("visit Mirelland"), listed as a country or not.
func TestEventCountSeries(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"MOSCOW, Feb. 4, 2026 — Putin will visit China twice in 2025.\n\nHis second visit will be this November.", true},
		{"KESTRA, Feb. 12, 2025 — President Teodor Valsberg will visit Mirelland twice in 2025, his office said.\n\nHis second visit will be next January.", true},
		{"KESTRA, Feb. 12, 2025 — President Teodor Valsberg will visit Mirelland twice in 2025, his office said.\n\nThe president will make his second visit to Mirelland next January.", true},
		{"KESTRA, Feb. 12, 2025 — President Teodor Valsberg will visit Mirelland twice in 2025, his office said.\n\nHis second visit will be in November.", false},
		{"KESTRA, Feb. 12, 2025 — President Teodor Valsberg will visit Mirelland twice in 2025, his office said. He will also visit Ostrava in May.\n\nHis second visit will be next January.", false},
		{"KESTRA, Feb. 12, 2025 — President Teodor Valsberg will visit Mirelland twice in 2025, his office said.\n\nHe will first travel to Mirelland in June. He will return to Mirelland next January.", true},
		{"OSLO, March 3, 2026 — Prime Minister Ingrid Vold will visit Japan twice this year, officials said.\n\nShe will first travel to Japan in May, and will return to Japan in early 2027.", true},
		{"OSLO, March 3, 2026 — Prime Minister Ingrid Vold will visit Japan twice this year, officials said.\n\nShe will first travel to Japan in May, and will return to Japan in October.", false},
		{"OSLO, March 3, 2026 — Prime Minister Ingrid Vold will visit Japan twice this year.\n\nShe will return to work in April after her leave.", false},
		{"KESTRA, Feb. 12, 2025 — President Teodor Valsberg will visit Mirelland twice in 2025, his office said.\n\nHe will first travel to Mirelland in June. He will visit Mirelland again next January.", true},
		{"OSLO, March 3, 2026 — Prime Minister Ingrid Vold will visit Japan twice this year, officials said.\n\nShe will travel to Japan in May and will visit Japan again in early 2027.", true},
		{"OSLO, March 3, 2026 — Prime Minister Ingrid Vold will visit Japan twice this year, officials said.\n\nShe will travel to Japan in May and will visit Japan again in October.", false},
		// an adjective may stand before the destination
		{"ASHGROVE, Aug. 19, 2026 — Prime Minister Nkechi Obiora will visit neighbouring Kestria twice in 2026.\n\nShe will travel to Kestria in October and will return to Kestria in February.", true},
		{"ASHGROVE, Aug. 19, 2026 — Foreign Minister Ilse Varga will make two trips to war-torn Velmora this year.\n\nHer second trip will be next March.", true},
		{"ASHGROVE, Aug. 19, 2026 — The envoy will visit northern Arvala twice in 2026.\n\nShe will return to Arvala in November.", false},
		// an ordinal of a kind that counts as the counted one joins its series
		{"VELLMAR, Feb. 18, 2027 — Nurses at the county hospital have now walked out twice this year.\n\nThe first stoppage, on Dec. 3, 2026, lasted a day.", true},
		{"VELLMAR, Feb. 18, 2027 — Dockers have staged two walkouts this year.\n\nThe first stoppage came on Nov. 20, 2026.", true},
		{"VELLMAR, Feb. 18, 2027 — Drivers have walked out twice this year.\n\nThe first stoppage, on Jan. 9, lasted a day.", false},
		// a lower ordinal of the series dated outside the scope of a higher one
		{"VELDHAVEN, March 10, 2026 — Porters walked out on Monday for the second time this year.\n\nThe first strike came last December.", true},
		{"VELDHAVEN, March 10, 2026 — Cleaners walked out on Tuesday for the third time this year.\n\nThe first walkout was last November.", true},
		{"VELDHAVEN, March 10, 2026 — Dockers walked out on Friday, their second strike this year.\n\nThe first strike was in October 2025.", true},
		{"VELDHAVEN, March 10, 2026 — Porters walked out on Monday for the second time this year.\n\nThe first strike came in January.", false},
		{"VELDHAVEN, March 10, 2026 — The minister is on her third visit to Ostrelia this year.\n\nShe first visited Ostrelia in 2019.", false},
		// "the first of the three inspections" ranks one of the series
		{"HARSVIK, Sept. 16, 2026 — Inspectors inspected the pit on Tuesday for the third time this year.\n\nThe first of the three inspections came last November.", true},
		{"VELDHAVEN, May 12, 2026 — Porters walked out on Monday for the second time this year.\n\nThe first of the two strikes came last December.", true},
		{"VELDHAVEN, May 12, 2026 — Cleaners walked out on Monday, their third strike this year.\n\nThe first of those three walkouts was last October.", true},
		{"HARSVIK, Sept. 16, 2026 — Inspectors inspected the pit on Tuesday for the third time this year.\n\nThe first of the three inspections came in February.", false},
		// "for the Nth time" anywhere in its clause, not within six words
		{"VELLMAR, May 12, 2026 — Nurses walked out at the county hospital on Monday for the second time this year.\n\nThe first strike came last December.", true},
		{"VELLMAR, May 12, 2026 — Firefighters evacuated the old tower on Friday for the third time this year.\n\nThe first evacuation came last November.", true},
		{"VELLMAR, May 12, 2026 — Nurses walked out on Monday and doctors joined them on Friday for the second time this year.\n\nThe first strike came last December.", false},
		{"VELLMAR, May 12, 2026 — Porters walked out on Monday and the airport closed its gates for the second time this year.\n\nThe first strike came last December.", false},
		{"VELLMAR, May 12, 2026 — Drivers walked out on Monday as the mayor closed the bridges for the second time this year.\n\nThe first strike came last December.", false},
		// as many distinct events dated in the scope before an ordinal as its
		// rank: it is a higher one
		{"ODEMBE, Oct. 23, 2026 — Foreign Minister Leontyne Abara will travel to Sarvenia next week, her second visit to the country this year.\n\nHer first visit to Sarvenia, in March, produced a statement. Abara returned to Sarvenia in July to sign a memorandum.", true},
		{"VELDHAVEN, May 12, 2026 — Porters walked out on Monday for the second time this year.\n\nTheir first strike, in February, lasted a day. A second strike, on March 9, closed the station.", true},
		{"HARSVIK, Sept. 16, 2026 — Inspectors inspected the pit on Tuesday for the second time this year.\n\nThe first inspection, in March, found cracks. The inspection on June 9 found rust.", true},
		{"ODEMBE, Oct. 23, 2026 — Foreign Minister Leontyne Abara will travel to Sarvenia next week, her second visit to the country this year.\n\nHer first visit to Sarvenia, in March, produced a statement. Abara will return to Sarvenia in December.", false},
		{"VELDHAVEN, May 12, 2026 — Porters walked out on Monday for the third time this year.\n\nTheir first strike, in February, lasted a day. A second strike, on March 9, closed the station.", false},
		// the list after "this year, after" ends where a clause begins
		{"DRAVOGRAD, May 14, 2027 — Rail workers walked out on Thursday for the third time this year, after a strike on Jan. 22 and a stoppage on March 4, and their union warned that a fourth would follow if talks fail.\n\nThe dispute began when the union held a first strike on Nov. 19, 2026.", false},
		{"DRAVOGRAD, May 14, 2027 — Dockers walked out on Monday for the second time this year, after a strike on Feb. 2, and the port said that more would follow if talks fail.\n\nThe dispute began when the dockers held a first strike on Dec. 1, 2026.", false},
		{"DRAVOGRAD, May 14, 2027 — Cleaners walked out on Friday for the second time this year, after a strike on March 3, and managers warned that another would follow if talks fail.\n\nThe row began when the cleaners held a first strike on Oct. 9, 2026.", false},
	} {
		assert.Equal(t, c.want, fires(t, rules.EventCount, checker.Document{Text: c.text, Format: "text"}), c.text)
	}
}

// TestEventCountFirstInPastClause: a bare day dated by a past tense of its
// own sentence falls in the year that tense gives it, and may put the
// first of a series outside the ordinal's scope.
func TestEventCountFirstInPastClause(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"KESSLING, March 11, 2026 — Workers will strike on Monday, March 16, the third walkout this year.\n\nThe first of the three walkouts came on Dec. 15.", true},
		{"VARNA, March 11, 2026 — The museum will hold its second auction this year on Friday, March 20.\n\nThe first of the two auctions took place on Nov. 30.", true},
		{"TARTU, March 11, 2026 — The club will stage its second tournament this year in May.\n\nThe first of the two tournaments was played on Nov. 9.", true},
		{"KESSLING, March 11, 2026 — Workers will strike on Monday, March 16, the third walkout this year.\n\nThe first of the three walkouts came on Jan. 15.", false},
	} {
		got := fires(t, rules.EventCount, checker.Document{Text: c.text, Format: "text"})
		assert.Equal(t, c.want, got, c.text)
	}
}

// TestEventCountParticipleAndAside: a participle may stand between a count
// and its noun ("two crewed launches"), and the verb after a relative
// clause set off by commas is the noun's own ("The second launch, which
// will carry a crew, is pencilled in for March 2029").
func TestEventCountParticipleAndAside(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"OSTRELA, Sept. 23, 2027 — The agency will make two crewed launches next year.\n\nThe second launch is planned for March 2029.", true},
		{"VARNA, Sept. 23, 2027 — The parties will stage two televised debates next year.\n\nThe second debate is set for March 2029.", true},
		{"TARTU, Sept. 23, 2027 — The court will hold two scheduled hearings next year.\n\nThe second hearing is set for May 2029.", true},
		{"OSTRELA, Sept. 23, 2027 — The agency plans two launches next year.\n\nThe second launch, which will carry a crew, is pencilled in for March 2029.", true},
		{"VARNA, Sept. 23, 2027 — The union will strike twice next year.\n\nThe second strike, which will close the ports, is set for March 2029.", true},
		{"TARTU, Sept. 23, 2027 — The court will hold two hearings next year.\n\nThe second hearing, which will be public, is scheduled for May 2029.", true},
		{"OSTRELA, Sept. 23, 2027 — The agency plans two launches next year.\n\nThe second launch, which will carry a crew, is pencilled in for March 2028.", false},
	} {
		got := fires(t, rules.EventCount, checker.Document{Text: c.text, Format: "text"})
		assert.Equal(t, c.want, got, c.text)
	}
}

// TestEventCountFirstBeforeVerb: "first" before a verb ("when he first
// beat him in 2022") is the first time ever, not the first of the events
// a count scopes ("has beaten him twice in the past year").
func TestEventCountFirstBeforeVerb(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"LYON, Oct. 2, 2026 — The band has played the arena twice this year.\n\nIt first played the arena in 2011, when it was still unknown.", false},
		{"ZERMATT, Aug. 9, 2026 — Lena Brunner has climbed the north face twice this year.\n\nBrunner, who was 19 when she first climbed it in 2004, is now a guide.", false},
		{"TRURO, May 4, 2026 — The choir has sung at the cathedral twice this year.\n\nIt first sang at the cathedral in 1998, under its founder.", false},
	} {
		got := fires(t, rules.EventCount, checker.Document{Text: c.text, Format: "text"})
		assert.Equal(t, c.want, got, c.text)
	}
}

// TestEventCountPredicateOrdinal: an ordinal said of an event after "was"
// or "will be" ("Tuesday's strike was the fourth this year") ranks it in
// its series as an appositive one does.
func TestEventCountPredicateOrdinal(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"VARNES, Oct. 16, 2025 — Tuesday's strike was the fourth this year called by the drivers' union.\n\nThe first of those four strikes came last December.", true},
		{"TORVIK, May 12, 2026 — Saturday's fire at the market was the third this year, officials said.\n\nThe first of the three fires broke out last November.", true},
		{"ARLON, March 3, 2027 — The March 9 recall will be the second this year.\n\nThe first recall came last October.", true},
		{"VARNES, Oct. 16, 2025 — Tuesday's strike was the fourth this year called by the drivers' union.\n\nThe first of those four strikes came in January.", false},
		// a short phrase after the noun: "at the market", "on the coast line"
		{"KESSLING, March 11, 2026 — Monday's walkout on the coast line was the third this year.\n\nThe first of the three walkouts came on Dec. 15.", true},
		{"OSLO, June 2, 2026 — The May 30 launch from the island pad was the second this year.\n\nThe first of the two launches lifted off last November.", true},
	} {
		got := fires(t, rules.EventCount, checker.Document{Text: c.text, Format: "text"})
		assert.Equal(t, c.want, got, c.text)
	}
}

// TestEventCountOpenNounUsedBefore: a noun the copy used for an event once
// ("the March 9 recall") names one wherever it stands again ("The first
// recall came last October").
func TestEventCountOpenNounUsedBefore(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"ARLON, March 3, 2027 — The March 9 recall will be the second this year.\n\nThe first recall came last October.", true},
		{"ARLON, March 3, 2027 — The March 9 release will be the band's second this year.\n\nThe first release came out last October.", true},
		{"ARLON, March 3, 2027 — The March 9 appeal was the second this year.\n\nThe first appeal was heard last October.", true},
		{"ARLON, March 3, 2027 — The March 9 recall will be the second this year.\n\nThe first recall came in January.", false},
	} {
		got := fires(t, rules.EventCount, checker.Document{Text: c.text, Format: "text"})
		assert.Equal(t, c.want, got, c.text)
	}
}

// TestEventCountVerbAndTheCopysNoun: of a verb's act nouns, the one the
// copy uses names its events ("stopped work ... the three stoppages"),
// not the verb's own form ("a stop").
func TestEventCountVerbAndTheCopysNoun(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"KESSEL, March 11, 2027 — Dockworkers stopped work on Tuesday for the third time this year.\n\nThe first of the three stoppages came last October.", true},
		{"KESSEL, March 11, 2027 — Police closed the coast road on Tuesday for the second time this year.\n\nThe first of the two closures came last November.", true},
		{"KESSEL, March 11, 2027 — The regulator grounded the airline's fleet on Tuesday for the second time this year.\n\nThe first of the two groundings came last December.", true},
		{"KESSEL, March 11, 2027 — Police closed the coast road on Tuesday for the second time this year.\n\nThe first of the two closures came in January.", false},
	} {
		got := fires(t, rules.EventCount, checker.Document{Text: c.text, Format: "text"})
		assert.Equal(t, c.want, got, c.text)
	}
}

// TestEventCountDemonstrativeSeries: "the first of those reviews" ranks
// one of the series a demonstrative points back at, counted just before
// under another name.
func TestEventCountDemonstrativeSeries(t *testing.T) {
	runCases(t, rules.EventCount, []ruleCase{
		{"reviews", "Auditors have examined the council's books twice in 2026. The first of those reviews came last December.", 1, "twice in 2026"},
		{"operations", "Police have raided the warehouse three times this year. The first of these operations took place last November.", 1, "three times this year"},
		{"concerts", "The band has played the city twice in 2026. The first of those concerts was last October, before the tour.", 1, "twice in 2026"},
		{"in range", "Auditors have examined the council's books twice in 2026. The first of those reviews came in January.", 0, ""},
	})
}

// TestEventCountOrdinalPicksTheAct: an ordinal before a noun of an act
// ("the third postponement") names the act of the verb counted before
// ("postponed ... twice"), whatever the noun's most frequent sense.
func TestEventCountOrdinalPicksTheAct(t *testing.T) {
	checkFires(t, rules.EventCount, time.Date(2026, 10, 3, 0, 0, 0, 0, time.UTC), []fireCase{
		{"LONDON, Oct. 3, 2026 — The court met.\n\nThe court has postponed the sentencing twice this year. The third postponement, on Sept. 22, came after a judge fell ill.", true},
		{"LONDON, Oct. 3, 2026 — The court met.\n\nThe regulator has suspended the licence twice this year. The third suspension, on Sept. 22, lasted a week.", true},
		{"LONDON, Oct. 3, 2026 — The court met.\n\nThe board has amended the budget twice this year. The third amendment, on Sept. 22, cut the road fund.", true},
		{"LONDON, Oct. 3, 2026 — The court met.\n\nThe court has postponed the sentencing three times this year. The third postponement, on Sept. 22, came after a judge fell ill.", false},
	})
}

// TestEventCountFirstOfTheN: "The first of the three stoppages" ranks one
// of the series of that size told before ("for the third time this
// year"), whatever its noun.
func TestEventCountFirstOfTheN(t *testing.T) {
	pub := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"KELLMAR, March 11, 2026 — x.\n\nDockworkers walked out on Tuesday for the third time this year.\n\nThe first of the three stoppages came on Nov. 24.", true},
		{"KELLMAR, March 11, 2026 — x.\n\nInspectors inspected the dairy for the third time this year on Monday.\n\nThe first of the three checks came on Dec. 2.", true},
		{"KELLMAR, March 11, 2026 — x.\n\nPolice raided the depot twice this year.\n\nThe first of the two operations was on Dec. 9.", true},
		{"KELLMAR, March 11, 2026 — x.\n\nDockworkers walked out on Tuesday for the third time this year.\n\nThe first of the three stoppages came on Jan. 24.", false},
	})
}
