package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventCountThingsMadeByAVerb: a count of new things a verb's events
// make, within a period ("will launch two more satellites this year",
// "planned two routes to Morocco in 2026"), is ranked by the ordinals
// without a noun that follow ("The second, ..., is scheduled for March
// 2027"); one dated outside the period contradicts it.
func TestEventCountThingsMadeByAVerb(t *testing.T) {
	pub := time.Date(2026, 1, 20, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"Nyota plans to launch two more satellites this year, both built in Nairobi. The first, a radar imager, is due to fly in July. The second, a weather orbiter, is scheduled for March 2027.", true},
		{"The airline said it planned two routes to Morocco in 2026. The first, to Tazrouine, begins on June 2. The second, to Oued Lemsa, is scheduled for January 2027.", true},
		{"The trust will open three new clinics this year. The first, in Lodwar, opens in March. The second, in Kitale, opens in June. The third, in Eldoret, is planned for February 2027.", true},
		{"Nyota plans to launch two more satellites this year, both built in Nairobi. The first, a radar imager, is due to fly in July. The second, a weather orbiter, is scheduled for November.", false},
		{"Engineers finished strengthening the two damaged piers in August 2025. The first, on the north bank, took a month.", false},
	})
}

// TestEventCountMoreIsAdded: "two more strikes this summer" counts
// strikes added to those told; a "third strike this year" ranks the whole
// series and contradicts no such count.
func TestEventCountMoreIsAdded(t *testing.T) {
	pub := time.Date(2024, 7, 19, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"Baggage handlers walked out on July 18, the third strike at the airport this year. The union has called two more strikes this summer.", false},
		{"Dockers stopped work on May 2, their second stoppage this year. They plan two further stoppages this summer.", false},
		{"Nurses walked out on June 4, the third walkout this year. They have called two more walkouts this summer.", false},
	})
}

// TestEventCountMembersKeepTheModifier: an ordinal that keeps the noun
// modifying the count's ("two pilot enumerations ... The first pilot,
// ...") ranks one of the counted events, and the series goes on across a
// quote of several sentences, within the next two paragraphs.
func TestEventCountMembersKeepTheModifier(t *testing.T) {
	pub := time.Date(2025, 10, 14, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"The agency plans to run two pilot enumerations in 2026.\n\n\"Paper is slow,\" the director said. \"It gets lost. Tablets will not.\"\n\nThe first pilot, covering 30,000 people, will take place in March. The second, on the coast, is planned for January 2027.", true},
		{"The club will play two friendly matches in 2026.\n\nThe first friendly, against Rovers, is set for May. The second, in Lagos, is planned for February 2027.", true},
		{"The ministry will run three vaccination drives in 2026.\n\n\"We learnt a lot last time,\" the minister said. \"We will be faster.\" She did not give costs.\n\nThe first vaccination drive, in the north, starts in April. The second, in the west, is planned for January 2027.", true},
		{"The agency plans to run two pilot enumerations in 2026.\n\n\"Paper is slow,\" the director said. \"It gets lost. Tablets will not.\"\n\nThe first pilot, covering 30,000 people, will take place in March. The second, on the coast, is planned for June.", false},
	})
}

// TestEventCountFurtherWithACompound: a count may carry both a word that
// adds to it and a noun modifying its noun ("two further measles
// campaigns next year"), that noun a lemma even in "-s".
func TestEventCountFurtherWithACompound(t *testing.T) {
	pub := time.Date(2026, 5, 21, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"The health service plans two further measles campaigns in the district next year. The first is scheduled for this November.", true},
		{"The union has called two more rail strikes next year. The first is set for this December.", true},
		{"The council will hold two further budget hearings next year. The first is planned for this October.", true},
		{"The health service plans two further measles campaigns in the district next year. The first is scheduled for next March.", false},
	})
}
