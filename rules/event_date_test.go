package rules_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/copydesk/copydesk/checker"
	"github.com/copydesk/copydesk/rules"
)

// TestEventDateWithinLastingEvent: a day within a lasting event, after the
// day that names it, is the same event; before that day it is not.
func TestEventDateWithinLastingEvent(t *testing.T) {
	pub := time.Date(2026, 9, 10, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Crews were still fighting the blaze on Wednesday afternoon. Investigators will examine the Sept. 8 blaze next week.", false},
		{"Pickets kept up the strike on Wednesday morning. The union called the Sept. 7 strike over pay.", false},
		{"Leaders signed the accord at the summit on Wednesday. The Sept. 8 summit ended with a dinner.", false},
		{"Crews were still fighting the blaze on Monday afternoon. Investigators will examine the Sept. 8 blaze next week.", true},
	} {
		got := fires(t, rules.EventDate, checker.Document{Text: c.text, Format: "text", Published: pub})
		assert.Equal(t, c.want, got, c.text)
	}
}

// TestEventDateOwnTime: an event noun followed by its own deictic time
// ("an explosion last month") takes that time, not the date of the clause
// it stands in ("charged on Tuesday").
func TestEventDateOwnTime(t *testing.T) {
	pub := time.Date(2025, 4, 8, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Prosecutors on Tuesday charged two managers over a boiler explosion last month. The three workers who died in the March 12 blast were named.", false},
		{"Police on Monday arrested a man over a fire last week. The April 1 fire destroyed a shop.", false},
		{"The council on Tuesday approved a budget after a vote last month. The March 20 vote was close.", false},
		{"Prosecutors on Tuesday charged two managers over a boiler explosion last month. The three workers who died in the April 2 blast were named.", true},
	} {
		got := fires(t, rules.EventDate, checker.Document{Text: c.text, Format: "text", Published: pub})
		assert.Equal(t, c.want, got, c.text)
	}
}

// TestEventDateAgainstEachEarlier: a later mention is compared with every
// earlier dated mention of its event, not only the first: "next month's
// summit" gives no day, but its two opening days do not agree.
func TestEventDateAgainstEachEarlier(t *testing.T) {
	pub := time.Date(2027, 3, 5, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Leaders will meet at a summit next month. The summit is to open on April 14. Roads will close when the summit begins on April 16.", true},
		{"A trial is expected next month. The trial is due to start on April 6. Reporters will be admitted when the trial opens on April 8.", true},
		{"Organisers announced a festival for next month. The festival is set to open on April 2. Trains will run late when the festival begins on April 5.", true},
		{"Leaders will meet at a summit next month. The summit is to open on April 14. Roads will close when the summit begins on April 14.", false},
	} {
		got := fires(t, rules.EventDate, checker.Document{Text: c.text, Format: "text", Published: pub})
		assert.Equal(t, c.want, got, c.text)
	}
}

// TestEventDateCoordinatedClause: a date that ends one clause does not
// time an event noun in a clause coordinated after it with a subject of
// its own.
func TestEventDateCoordinatedClause(t *testing.T) {
	pub := time.Date(2026, 1, 8, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		want bool
	}{
		{"The ferry will go for a refit in November. The festival will run from Friday, July 10, to Sunday, July 12, and the council said the refit had been timed to avoid it.", false},
		{"The museum will close for a renovation in November. Students sit exams on Monday, June 1, and the school said the renovation would not disturb them.", false},
		{"The ferry will go for a refit in November. Crews will race on Sunday, May 3, but managers expect the refit to start on time.", false},
		// A number may be the coordinated clause's subject.
		{"Anna Berg won the final on Sunday. Twelve women started the heats on Friday, and six reached the final.", false},
		{"Omar Said won the race on Sunday. Forty riders started the stage on Friday, and 30 finished the race.", false},
		{"Lena Dahl won the match on Sunday. Eight players began the tournament on Friday, and two reached the match.", false},
	} {
		got := fires(t, rules.EventDate, checker.Document{Text: c.text, Format: "text", Published: pub})
		assert.Equal(t, c.want, got, c.text)
	}
}

// TestEventDateVerbAndItsNoun: a verb whose act noun the copy uses is an
// event of that noun's kind, though the noun's most frequent sense is no
// event ("resignation" is first a feeling in WordNet).
func TestEventDateVerbAndItsNoun(t *testing.T) {
	for _, c := range []struct {
		text string
		pub  time.Time
		want bool
	}{
		{"Halina Wrzesniak resigned as mayor on Friday. Her lawyer said the Oct. 7 resignation had nothing to do with the audit.", time.Date(2026, 10, 12, 0, 0, 0, 0, time.UTC), true},
		{"King Aldo abdicated on Monday. Courtiers said the June 3 abdication had been planned for years.", time.Date(2026, 6, 10, 0, 0, 0, 0, time.UTC), true},
		{"The bishop confessed on Monday. Critics called the June 3 confession staged.", time.Date(2026, 6, 10, 0, 0, 0, 0, time.UTC), true},
		{"Halina Wrzesniak resigned as mayor on Friday. Her lawyer said the Oct. 9 resignation had nothing to do with the audit.", time.Date(2026, 10, 12, 0, 0, 0, 0, time.UTC), false},
	} {
		got := fires(t, rules.EventDate, checker.Document{Text: c.text, Format: "text", Published: c.pub})
		assert.Equal(t, c.want, got, c.text)
	}
}

// TestEventDateListedDays: a verb timed by a list of three days or more
// names an event on each of them; a later noun dated to one of them is
// no second date of the first.
func TestEventDateListedDays(t *testing.T) {
	pub := time.Date(2030, 4, 9, 0, 0, 0, 0, time.UTC)
	for _, text := range []string{
		"The company will perform it on Tuesday, April 9, Friday, April 12, and Saturday, April 27. Radio will carry the April 12 performance live.",
		"Officers will inspect the bridge on May 3, May 10 and May 17. The May 10 inspection is the longest.",
		"The choir will perform on April 20, April 21 and April 28, and critics expect the April 21 performance to sell out.",
	} {
		assert.False(t, fires(t, rules.EventDate, checker.Document{Text: text, Format: "text", Published: pub}), text)
	}
}

// TestEventDateEarlierOccasion: an indefinite event told in the past
// perfect is an occasion before the story's own, not the same event
// dated twice.
func TestEventDateEarlierOccasion(t *testing.T) {
	pub := time.Date(2027, 3, 5, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Oskar Lindahl was sentenced on Thursday to five years in prison. At a hearing on Jan. 12, the court had refused to free him on bail. At Thursday's hearing he stood to hear the sentence.", false},
		{"The council approved the tram plan on Tuesday by 12 votes to 9. In a vote on Feb. 3, councillors had rejected an earlier version. Tuesday's vote ends a year of argument.", false},
		{"The ferry passed its safety inspection on Thursday. During an inspection on Feb. 4, officers had found two faults in its steering. At Thursday's inspection the faults were gone.", false},
		{"The court set a hearing for Tuesday, March 9. Lawyers for both sides will attend the March 11 hearing.", true},
	} {
		got := fires(t, rules.EventDate, checker.Document{Text: c.text, Format: "text", Published: pub})
		assert.Equal(t, c.want, got, c.text)
	}
}

// TestEventDateSimilarOccasionBetween: "a similar hearing" told between
// two mentions of the story's own is another occasion, so a later "the
// May 19 inquiry" still means the one first dated.
func TestEventDateSimilarOccasionBetween(t *testing.T) {
	runCases(t, rules.EventDate, []ruleCase{
		{"walkout", "The union will stage a walkout on May 12. A similar walkout in 2022 closed the port. Pickets will gather at dawn before the May 19 walkout.", 1, "May 19"},
		{"inspection", "Inspectors will examine the plant on June 3. A separate inspection in April 2024 found no faults. Staff are getting ready for the June 10 inspection.", 1, "June 10"},
		{"vote", "The council will hold a vote on April 14. A previous vote in 2021 was close. Campaigners are knocking on doors before the April 21 vote.", 1, "vote"},
		{"vote, same day", "The council will hold a vote on April 14. A previous vote in 2021 was close. Campaigners are knocking on doors before the April 14 vote.", 0, ""},
	})
}

// TestEventDateActOfASayingVerb: a verb that can report speech names an
// act when its object is a noun phrase of things ("recalled 4,100 vans on
// March 10"), and its clause's date times that act.
func TestEventDateActOfASayingVerb(t *testing.T) {
	runCases(t, rules.EventDate, []ruleCase{
		{"vans", "Brenna Motors recalled 4,100 vans on March 10. Since the March 12 recall, owners have queued at dealers.", 1, "March 12"},
		{"cots", "The toy maker recalled its wooden cots on Feb. 2. The Feb. 9 recall covered cots sold since 2024.", 1, "Feb. 9"},
		{"honey", "Health officials recalled nearly 900 jars of honey on April 20. The April 22 recall followed two cases of illness.", 1, "April 22"},
		{"a memory", "The mayor recalled the great flood on Monday. The flood of 1998 shaped the town.", 0, ""},
	})
}

// TestEventDatePersonAfterEventNoun: an event noun before a person noun
// ("the race doctor", "the race physician") names the person, not the
// event, and lends the event no date.
func TestEventDatePersonAfterEventNoun(t *testing.T) {
	pub := time.Date(2024, 9, 5, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"LYON, Sept. 5, 2024 — The tour goes on.\n\nDieng had been checked by the race doctor and would start on Friday. His sister won the women's race in June.", false},
		{"LYON, Sept. 5, 2024 — The tour goes on.\n\nLind was cleared by the race physician and would start on Friday. Her sister won the women's race in June.", false},
		{"LYON, Sept. 5, 2024 — The tour goes on.\n\nThe strike leader was arrested on Friday. The strike began on Sept. 1 at the docks.", false},
		{"LYON, Sept. 5, 2024 — The tour goes on.\n\nThe race was held on Friday. The race on Sept. 1 drew crowds.", true},
	})
}

// TestEventDateEndOfTheEvent: the date of a verb of ending whose subject
// is the event ("The race ends on Sunday") is its end, no date of the
// event to compare with another.
func TestEventDateEndOfTheEvent(t *testing.T) {
	pub := time.Date(2024, 9, 5, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"LYON, Sept. 5, 2024 — The tour goes on.\n\nHer sister won a stage of her own in the women's race in June. The race ends on Sunday, September 8, in Lyon.", false},
		{"LYON, Sept. 5, 2024 — The tour goes on.\n\nHe won a stage of the junior race in June. The race ends on Sunday, September 8, in Lyon.", false},
		{"LYON, Sept. 5, 2024 — The tour goes on.\n\nHer sister won a heat of the sprint race in June. The race ends on Sunday, September 8.", false},
	})
}

// TestEventDatePlaceAfterFrom: "from" before a place ("evacuated from the
// village on Feb. 5") compares nothing; the date times the verb.
func TestEventDatePlaceAfterFrom(t *testing.T) {
	pub := time.Date(2025, 9, 18, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"KELL, Sept. 18, 2025 — x.\n\nResidents were evacuated from the village on Feb. 5. Since the Feb. 7 evacuation, the road has been shut.", true},
		{"KELL, Sept. 18, 2025 — x.\n\nThe ship was towed from the harbour on March 3. Divers inspected the hull after the March 5 tow.", true},
		{"KELL, Sept. 18, 2025 — x.\n\nTroops withdrew from the border on May 2. Since the May 4 withdrawal, the town has been calm.", true},
		{"KELL, Sept. 18, 2025 — x.\n\nResidents were evacuated from the village on Feb. 5. Since the Feb. 5 evacuation, the road has been shut.", false},
	})
}
