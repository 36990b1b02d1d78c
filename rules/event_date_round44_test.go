package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventDateInReferencePhrase: an event noun inside the phrase or clause
// that "after", "before" or "since" opens after a date is the reference
// point of that date, not dated by it ("elected on Wednesday, two days after
// Labour won the council election" ... "Monday's election").
func TestEventDateInReferencePhrase(t *testing.T) {
	pub := time.Date(2026, 5, 7, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"Ingrid Holm was elected mayor on Wednesday, two days after her party won the most seats in the town's council election. Monday's election left Labour with 12 seats.", false},
		{"Parliament met on Thursday, two days after voters backed the plan in a referendum. Tuesday's referendum drew 61% of voters.", false},
		{"Rescuers found the climber on Sunday, two days after he set out in a fierce blizzard on the ridge. The blizzard on Friday dumped a metre of snow.", false},
		{"The strike began on Wednesday, two days after talks collapsed in the capital. Monday's strike closed the port.", true},
	})
}

// TestEventDateOnceNounMonth: a month before the noun of an event that
// happens once to what it belongs to ("the June merger") dates that one
// event rather than naming another instance.
func TestEventDateOnceNounMonth(t *testing.T) {
	pub := time.Date(2025, 9, 24, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"Caixa Montalbo and Banco Ribeira merged in April, creating a large bank. Customers have complained since the June merger.", true},
		{"Crews demolished the old stand in March to make room. Fans have watched from a temporary stand since the August demolition.", true},
		{"The two rail unions merged in January to form one union. Membership has grown by a third since the February merger.", true},
		{"Caixa Montalbo and Banco Ribeira merged in April, creating a large bank. Customers have complained since the April merger.", false},
	})
}

// TestEventDateNamedEvent: an event noun written as the title of a name
// ("Storm Ondine", "Hurricane Milton", "Typhoon Kalmara") is that event,
// dated by its clause, and a later "the Nov. 9 storm" refers back to it.
func TestEventDateNamedEvent(t *testing.T) {
	pub := time.Date(2024, 11, 12, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"Storm Ondine came ashore late on Thursday, Nov. 7, with gusts of 98 mph. Damage from the Nov. 9 storm is estimated at £5 million.", true},
		{"Hurricane Milton made landfall on Wednesday, Oct. 9, near Siesta Key. Insurers said the Oct. 10 hurricane would cost billions.", true},
		{"Typhoon Kalmara struck the coast on Monday, Nov. 4, killing six. Officials said the Nov. 6 typhoon had cut power to 200,000 homes.", true},
		{"Rescue Service crews were called out on Monday, Nov. 4. Volunteers said the Nov. 6 rescue had saved two climbers.", false},
		{"Inspection Board members toured the plant on Monday, Nov. 4. The Nov. 6 inspection found no faults.", false},
		{"Recovery Fund managers met donors on Monday, Nov. 4. The Nov. 6 recovery of the wreck cost two million pounds.", false},
		{"Storm Ondine came ashore late on Thursday, Nov. 7, with gusts of 98 mph. Damage from the Nov. 7 storm is estimated at £5 million.", false},
	})
}

// TestEventDateBrandBeforeThing: a verb that can report ("recalled") tells
// an event when its object is a thing, past a brand's name before it
// ("recalled 41,000 Aurora kettles on Aug. 28").
func TestEventDateBrandBeforeThing(t *testing.T) {
	pub := time.Date(2025, 9, 9, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"The company recalled 41,000 Aurora kettles on Aug. 28. Since the Aug. 26 recall, customers have returned 9,600 kettles.", true},
		{"Velstra recalled 12,000 Kestrel prams on Aug. 14. Since the Aug. 11 recall, parents have returned 3,000 prams.", true},
		{"The firm recalled about 8,000 Orion heaters on Aug. 20. Since the Aug. 22 recall, shops have returned 900 heaters.", true},
		{"The company recalled 41,000 Aurora kettles on Aug. 28. Since the Aug. 28 recall, customers have returned 9,600 kettles.", false},
	})
}

// TestEventDateBrokeOutIsOnset: a phrasal verb of starting ("break out",
// "kick off", "flare up") starts its subject, as "begin" and "start" do, so two such starts of one event must agree ("The fire
// broke out on Saturday, Aug. 16" ... "Since the blaze started on Aug.
// 14").
func TestEventDateBrokeOutIsOnset(t *testing.T) {
	pub := time.Date(2025, 8, 22, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"The fire broke out on Saturday, Aug. 16, in a ravine. Since the blaze started on Aug. 14, 400 firefighters have been deployed.", true},
		{"The riot broke out on Aug. 3 near the stadium. Since the riot began on Aug. 5, 200 people have been arrested.", true},
		{"The blaze broke out on Aug. 11 in the hills. Since the fire began on Aug. 9, 40 homes have burned.", true},
		{"The festival kicked off on Aug. 8 in the old town. Since the festival began on Aug. 6, 9,000 people have come.", true},
		{"The fighting flared up on Aug. 4 in the capital. Since the fighting began on Aug. 2, 60 people have been hurt.", true},
		{"The rebellion flared up on Aug. 4 in the north. Since the rebellion began on Aug. 4, 60 people have been hurt.", false},
		{"The fire broke out on Saturday, Aug. 16, in a ravine. Since the blaze started on Aug. 16, 400 firefighters have been deployed.", false},
	})
}

// TestEventDatePrepositionAfterDate: a preposition after a date ("on Aug.
// 3 near the stadium") goes on with the clause the date times; the date
// modifies no noun, so it dates the clause's event.
func TestEventDatePrepositionAfterDate(t *testing.T) {
	pub := time.Date(2025, 8, 22, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"The crash happened on Aug. 3 outside the town. Since the Aug. 5 crash, the road has been shut.", true},
		{"The collision happened on Aug. 7 near the port. Since the Aug. 9 collision, the ferry has been idle.", true},
		{"The derailment occurred on Aug. 12 beyond the bridge. Since the Aug. 14 derailment, trains have been slow.", true},
		{"The crash happened on Aug. 3 outside the town. Since the Aug. 3 crash, the road has been shut.", false},
	})
}
