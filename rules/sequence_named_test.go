package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestSequenceNamedApposition: a relative clause after an event noun's
// name in apposition ("her second novel, Winter Ferries, which came out in
// 2016") dates the event.
func TestSequenceNamedApposition(t *testing.T) {
	pub := time.Date(2027, 1, 19, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Sequence, pub, []fireCase{
		{"Mira Holt won the prize on Monday. Her first novel, The Salt Orchard, was published in 2018. Critics were cooler about her second novel, Winter Ferries, which came out in 2016.", true},
		{"Jonas Berg played in Oslo on Friday. His first album, Low Tide, came out in 2019. Many listeners preferred his second album, Grey Harbour, which was released in 2017.", true},
		{"Mira Holt won the prize on Monday. Her first novel, The Salt Orchard, was published in 2018. Critics loved her second novel, Winter Ferries, which came out in 2021.", false},
		{"Mira Holt won the prize on Monday. Her first novel, The Salt Orchard, was published in 2018. Her second novel, which a critic reviewed in 2016, came out later.", false},
		{"Mira Holt won the prize on Monday. Her first novel, The Salt Orchard, came out in 2013. Critics noticed her second novel, Lanterns at Vey, which was published in 2011.", true},
		{"Jonas Berg played in Oslo on Friday. His first album, Songs for the Road, came out in 2019. Many preferred his second album, Rain on the Harbour, which was released in 2017.", true},
		{"Mira Holt won the prize on Monday. Her first novel, The Salt Orchard, came out in 2013. Critics noticed her second novel, Lanterns at Vey, which was published in 2016.", false},
	})
}

// TestSequenceLongAfterPhrase: the date after "before" or "after" is the
// first in its phrase or clause however long, up to a comma.
func TestSequenceLongAfterPhrase(t *testing.T) {
	pub := time.Date(2026, 6, 20, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Sequence, pub, []fireCase{
		{"The board dismissed Kowalik on Feb. 12, after a 4–0 home defeat by Valdmoor Rovers on Feb. 17.", true},
		{"The mayor resigned on March 2 after a long and bitter row with the council over budget cuts on March 9.", true},
		{"Police arrived on June 3 before the first shots rang out on June 1.", true},
		{"Police arrived on June 3, after the crowd, which had gathered on June 5, left.", false},
		{"The board dismissed Kowalik on Feb. 17, after a 4–0 home defeat by Valdmoor Rovers on Feb. 12.", false},
	})
}

// TestSequenceInlineOrdinals: ordinals without their noun after a count in
// the same sentence ("two launches, the first in May and the second in
// March") are the counted events, each with the date right after it.
func TestSequenceInlineOrdinals(t *testing.T) {
	checkFires(t, rules.Sequence, time.Date(2026, 8, 5, 0, 0, 0, 0, time.UTC), []fireCase{
		{"The agency carried out two launches, the first in May and the second in March.", true},
		{"The court held three public hearings, the first on May 2, the second on May 9 and the third on May 5.", true},
		{"Officers made two raids, the first on June 9 and the second on June 2.", true},
		{"The agency carried out two launches, the first in March and the second in May.", false},
		{"The court held three public hearings, the first on May 2, the second on May 5 and the third on May 9.", false},
	})
}

// TestSequenceAppositiveNounPhrase: a date inside the noun phrase that
// restates an event noun in apposition dates the event ("the fourth
// stage, a mountain-top finish at Pic d'Aubrac on Wednesday, July 8"),
// even after "after".
func TestSequenceAppositiveNounPhrase(t *testing.T) {
	pub := time.Date(2026, 7, 13, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Sequence, pub, []fireCase{
		{"He took the jersey after the fourth stage, a summit finish at Col Vert on July 8. The race turned in the sixth stage, on July 6, in a crosswind.", true},
		{"The board met after the second hearing, a closed session in Room 4 on June 12. Lawyers had argued at the first hearing, on June 19, for a delay.", true},
		{"Crowds grew after the third round, a night session under lights on July 10. The fourth round, on July 3, drew fewer people.", true},
		{"He took the jersey after the fourth stage, a summit finish at Col Vert on July 8. The race turned in the sixth stage, on July 10, in a crosswind.", false},
	})
}

// TestSequenceBeforeInAnotherClause: "before" in a clause of saying
// orders that clause's act, not the date of the clause before it.
func TestSequenceBeforeInAnotherClause(t *testing.T) {
	pub := time.Date(2024, 11, 7, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Sequence, pub, []fireCase{
		{"Okafor will be sworn in on Wednesday, Jan. 1, at City Hall, and said she would name her chief of staff before Thanksgiving.", false},
		{"The mayor will take office on Monday, Jan. 6, and said he would pick a deputy before Christmas.", false},
		{"The coach starts on Tuesday, Jan. 7, and told reporters he would meet the players before Christmas.", false},
		{"The board met on Monday, Dec. 30, before the vote on Dec. 23.", true},
	})
}

// TestSequenceDateOfASinceClause: a date inside a clause opened by
// "since", "after" or "before" ("since she took office in 2023") times
// that clause's verb, not the ordinal event before it.
func TestSequenceDateOfASinceClause(t *testing.T) {
	runCases(t, rules.Sequence, []ruleCase{
		{"took office", "Varga visited Mirelland twice in 2025. The first of those visits was in March 2025. The trip later this year will be her third visit to the country since she took office in 2023.", 0, ""},
		{"became president", "Okafor toured Ghana twice in 2025. The first of those tours was in May 2025. The trip later this year will be his third tour of the country since he became president in 2022.", 0, ""},
		{"retired", "Lind visited Estonia twice in 2025. The first of those visits was in June 2025. The journey later this year will be his third visit to the country after he retired in 2021.", 0, ""},
		{"dated visit", "Varga visited Mirelland twice in 2025. The first of those visits was in March 2025. Her second visit, in January 2025, was brief.", 1, "second"},
	})
}

// TestSequenceDateAfterTheWorksName: a date right after the name a work
// is given in apposition ("her first novel, The Lantern Weir, in 2018")
// dates the work.
func TestSequenceDateAfterTheWorksName(t *testing.T) {
	runCases(t, rules.Sequence, []ruleCase{
		{"novel", "Sigrid Lund published her first novel, The Lantern Weir, in 2018. Her second novel, Ash Orchard, came out in 2015.", 1, "second novel"},
		{"album", "Orla Quinn released her first album, Salt Road, in 2019. Her second album, Lanterns, came out in 2016.", 1, "second album"},
		{"another novel", "Tomas Berg published his first novel, Winter Ferries, in 2014. His second novel, Hollow Ground, appeared in 2011.", 1, "second novel"},
		{"in order", "Sigrid Lund published her first novel, The Lantern Weir, in 2012. Her second novel, Ash Orchard, came out in 2015.", 0, ""},
	})
}

// TestSequenceDateOfARelativeClauseBefore: a date inside a relative
// clause that closes before an event noun ("Of the 148 riders who started
// the race on Saturday, May 16, 131 lined up for Friday's seventh stage")
// is that clause's.
func TestSequenceDateOfARelativeClauseBefore(t *testing.T) {
	pub := time.Date(2026, 5, 22, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Sequence, pub, []fireCase{
		{"PIRANO, May 22, 2026 — He won the sixth stage on Thursday.\n\nOf the 148 riders who started the race on Saturday, May 16, 131 lined up for Friday's seventh stage.", false},
		{"KELL, May 22, 2026 — The second leg ended on Wednesday, May 20.\n\nOf the 60 crews who set off from Kell on Monday, May 18, 52 finished Thursday's third leg.", false},
		{"ORLA, May 22, 2026 — The second concert was on Tuesday, May 19.\n\nOf the 20 bands who played on Saturday, May 16, 12 returned for Thursday's third concert.", false},
		{"KELL, May 22, 2026 — The second leg ended on Wednesday, May 20.\n\nThe third leg, on Monday, May 18, was the longest.", true},
	})
}
