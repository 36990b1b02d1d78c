package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventApposedParticiplePlace: a participle set off after an event
// noun still dates it when its place is written with the larger place
// that holds it ("held in Lomé, Togo, on Aug. 8"): those commas close no
// phrase.
func TestEventApposedParticiplePlace(t *testing.T) {
	pub := time.Date(2023, 10, 5, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Sequence, pub, []fireCase{
		{"The first round of talks, held in Accra, ended on Aug. 25. The second round, held in Lomé, Togo, on Aug. 8 and 9, broke up early.", true},
		{"The first stage, ridden in the rain, finished on Sept. 12. The second stage, raced in Ferrol, Galicia, on Sept. 10, was flat.", true},
		{"The first hearing ended on Aug. 30. The second hearing, held in Tromsø, Norway, on Aug. 21, was closed to the press.", true},
		{"The first round of talks, held in Accra, ended on Aug. 25. The second round, held in Lomé, Togo, on Sept. 8 and 9, broke up early.", false},
		{"The first stage finished on Sept. 12. The second stage, raced in Ferrol, Galicia, on Sept. 14, was flat.", false},
	})
}

// TestEventRankedSeriesBesideArrival: a ranked visit with no place of its
// own ("His first visit, last November") belongs to the series the copy
// ranks ("arrived in Abuja on his second visit to Nigeria this year"),
// not to the arrival told beside it.
func TestEventRankedSeriesBesideArrival(t *testing.T) {
	pub := time.Date(2023, 10, 5, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"Trade minister Kwabena Mensah arrived in Abuja on Wednesday on his second visit to Nigeria this year. His first visit, last November, ended without a deal.", true},
		{"Foreign minister Ana Rocha landed in Lomé on Monday for her second visit to Togo this year. Her first visit, in December, was cut short.", true},
		{"Envoy Piotr Zalewski reached Vilnius on Sunday on his second trip to Lithuania this year. His first visit, last October, was brief.", true},
		{"Trade minister Kwabena Mensah arrived in Abuja on Wednesday on his second visit to Nigeria this year. His first visit, in March, ended without a deal.", false},
		{"Trade minister Kwabena Mensah arrived in Abuja on Wednesday on his second visit to Nigeria this year. The prime minister will go in January, the first visit by a Ghanaian head of government since 2009.", false},
	})
}

// TestWeekdaySpelledOrdinalDay: a weekday written with a day spelled as
// an ordinal word is checked against that day.
func TestWeekdaySpelledOrdinalDay(t *testing.T) {
	pub := time.Date(1998, 3, 5, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.WeekdayDate, pub, []fireCase{
		{"International Women's Day is this coming Saturday, March eighth.", true},
		{"The summit opens on Tuesday, March twenty-first.", true},
		{"Voters go to the polls on Friday, March thirtieth.", true},
		{"International Women's Day is this coming Sunday, March eighth.", false},
		{"The summit opens on Saturday, March twenty-first.", false},
	})
}

// TestEventCountToDateThenConditional: a count to date in the present
// perfect ("has visited twice this year") and a higher rank told in no
// past tense and dated by nothing over ("That would be his third visit of
// 2026") tell one more still to come.
func TestEventCountToDateThenConditional(t *testing.T) {
	pub := time.Date(2026, 4, 13, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"Minister Orhan Yazici has visited Karacay twice this year, on Jan. 15 and March 9, and is expected to return in September. That would be his third visit of 2026.", false},
		{"The union has struck twice this year, in January and March, and may walk out again in June. That would be its third strike of 2026.", false},
		{"Inspectors have visited the plant twice this year, in February and March, and plan to return in May. That would be their third visit of 2026.", false},
		{"Minister Orhan Yazici has visited Karacay twice this year, on Jan. 15 and March 9. His third visit of 2026 was on Feb. 20.", true},
	})
}

// TestEventOnsetObjectPastModifiers: the object of a verb of starting,
// past its determiner and adjectives ("opened a new inquiry on March 3"),
// names the event begun, whose start a later sentence may give again.
func TestEventOnsetObjectPastModifiers(t *testing.T) {
	pub := time.Date(2026, 7, 7, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"Police opened a new inquiry on March 3. Since the inquiry opened on March 5, two officers have been suspended.", true},
		{"The board started a formal review on Jan. 12. Since the review began on Jan. 14, the chief has been on leave.", true},
		{"Engineers started an urgent repair on Feb. 2. Since the repair began on Feb. 4, the line has been shut.", true},
		{"Police opened a new inquiry on March 3. Since the inquiry opened on March 3, two officers have been suspended.", false},
	})
}

// TestEventCountSubjectEvents: a count on the verb of a plural event noun
// that opens the sentence counts the subject's events ("Hailstorms
// battered the district twice in 2023"), as a passive's agent does.
func TestEventCountSubjectEvents(t *testing.T) {
	pub := time.Date(2023, 10, 28, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"Hailstorms battered the district twice in 2023, in May and July. The third hailstorm of the year, on Sept. 21, flattened crops.", true},
		{"Floods have cut the road three times this year. The fourth flood of the year came on Oct. 2.", true},
		{"Strikes shut the port twice in 2023. The third strike of the year began on Sept. 4.", true},
		{"Hailstorms battered the district twice in 2023, in May and July. The second hailstorm of the year, in July, flattened crops.", false},
	})
}

// TestEventNamedPassiveTheme: a passive verb whose subject is a name
// ("Slepian was killed") acts on what an event noun's of-phrase names
// ("the killing of Dr. Barnett Slepian"): one event, whose dates must
// agree.
func TestEventNamedPassiveTheme(t *testing.T) {
	pub := time.Date(1999, 4, 19, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"Police are investigating the Oct. 22 killing of Dr. Barnett Slepian. Slepian was killed last Oct. 23 at his home.", true},
		{"Lawyers are appealing the March 3 arrest of Ana Lima. Lima was arrested on March 5 in Porto.", true},
		{"Friends celebrated the June 2 release of Ivo Reis. Reis was released on June 4 on bail.", true},
		{"Police are investigating the Oct. 22 killing of Dr. Barnett Slepian. Slepian was killed last Oct. 22 at his home.", false},
	})
}
