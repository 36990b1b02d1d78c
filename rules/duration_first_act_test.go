package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestDurationFirstAct: "first" before a past verb with a year in its
// clause dates when a thing began to serve ("the funicular first carried
// passengers in 1894"), as "opened in 1894" does; the thing's age later
// must fit it.
func TestDurationFirstAct(t *testing.T) {
	pub := time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Duration, pub, []fireCase{
		{"Built by a family of merchants, the funicular first carried passengers in 1894. Councillors said the town could not go on patching the 117-year-old funicular.", true},
		{"The ferry first sailed in 1962 from the old quay. Owners want to retire the 48-year-old ferry next spring.", true},
		{"The lighthouse first shone in 1871 over the bay. Volunteers repainted the 120-year-old lighthouse in May.", true},
		{"Built by a family of merchants, the funicular first carried passengers in 1894. Councillors said the town could not go on patching the 130-year-old funicular.", false},
	})
}

// TestDurationThingAgeFarFromItsOrigin: a thing's age paragraphs away
// from the one year the copy says it began ("the bridge opened in 1981"
// ... "the 48-year-old bridge") is checked against that year; a person's
// first act ("Vidal, who first proposed relocating the market in 2014")
// dates no thing.
func TestDurationThingAgeFarFromItsOrigin(t *testing.T) {
	pub := time.Date(2024, 10, 17, 0, 0, 0, 0, time.UTC)
	far := " Traffic was light on Monday. Lorries queued at the ferry. The mayor spoke. Hauliers complained. The council met. Engineers waited. Police closed a lane. "
	checkFires(t, rules.Duration, pub, []fireCase{
		{"Built by a consortium, the bridge opened in 1981." + far + "He conceded that the 48-year-old bridge needed work.", true},
		{"The library opened in 1990 on the square." + far + "Staff say the 40-year-old library needs a new roof.", true},
		{"The school was built in 1972 by the parish." + far + "Parents say the 30-year-old school is too small.", true},
		{"Built by a consortium, the bridge opened in 1981." + far + "He conceded that the 43-year-old bridge needed work.", false},
		{"The council voted to move the century-old fish market. Vidal, who first proposed relocating the market in 2014, watched.", false},
	})
}

// TestDurationThatSpan: a span a demonstrative opens ("That two-week
// stoppage") is the stretch just told before it ("from April 4 to April
// 7"), and must fit it.
func TestDurationThatSpan(t *testing.T) {
	pub := time.Date(2023, 8, 15, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Duration, pub, []fireCase{
		{"Pickers downed tools again, from April 4 to April 7, over the harvesters. That two-week stoppage ended when the company backed down.", true},
		{"The festival ran from June 2 to June 4 on the beach. That ten-day festival drew 40,000 people.", true},
		{"Crews searched the glacier from July 26 to July 27. This three-week search found nothing.", true},
		{"Pickers downed tools again, from April 4 to April 7, over the harvesters. That four-day stoppage ended when the company backed down.", false},
	})
}
