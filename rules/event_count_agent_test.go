package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventCountPassiveAgent: a count after the "by" phrase of a passive
// verb counts the events that phrase names ("has been cut by landslides
// twice this year"), not the verb's acts, so each dated landslide counts.
func TestEventCountPassiveAgent(t *testing.T) {
	pub := time.Date(2025, 9, 16, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"SAN MARTIN, Sept. 16, 2025 — The highway has been cut by landslides twice this year.\n\nA landslide in February closed the road. In May, another landslide forced a closure. On Sunday, a landslide buried the road.", true},
		{"KOVEL, Sept. 16, 2025 — The valley has been hit by floods three times this year.\n\nA flood in January swept away a bridge. In March a flood drowned the orchards. A flood in June closed the school. Last week a flood reached the square.", true},
		{"ARNA, Sept. 16, 2025 — The line was halted by strikes twice in 2025.\n\nA strike on Feb. 3 stopped the trains. A strike in April closed the depot. On Sept. 1 another strike emptied the platforms.", true},
		{"SAN MARTIN, Sept. 16, 2025 — The highway has been cut by landslides twice this year.\n\nA landslide in February closed the road. On Sunday, a landslide buried the road.", false},
		{"KOVEL, Sept. 16, 2025 — The baker was hired by the cooperative twice, in February and in May. A flood in June closed the bakery.", false},
	})
}

// TestEventCountCompoundOfPlace: an event noun that modifies a noun of a
// place, a thing or a set ("the launch range", "the launch sequence",
// "the strike headquarters") names that, not an event to count.
func TestEventCountCompoundOfPlace(t *testing.T) {
	pub := time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"HAMAZAKI, Feb. 29, 2024 — The observatory plans two launches this year. The first launch is set for June 18, and the second for October. The probe will be shipped to the launch range in early May, and a rehearsal of the launch sequence will take place on Monday (March 4).", false},
		{"ARNA, Feb. 29, 2024 — The union has called two strikes this year. The first strike is set for May 2 and the second for June 9. Members will meet at the strike headquarters in April.", false},
		{"KOVEL, Feb. 29, 2024 — The team will stage two tests this year. The first test is set for May 2 and the second for June 9. Engineers will inspect the test site in April.", false},
		{"HAMAZAKI, Feb. 29, 2024 — The observatory plans two launches this year. The first launch is set for June 18, and the second for October. A third launch is set for December.", true},
	})
}

// TestEventCountMultiplier: "twice" or "N times" that scales a quantity
// ("at more than twice the legal limit", "three times as many") counts
// no events, so a later "those" does not point at it.
func TestEventCountMultiplier(t *testing.T) {
	pub := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"NYANDARE, March 12, 2025 — Officers have inspected the dairy three times this year. Samples showed aflatoxin at more than twice the legal limit. The first of those inspections, last November, found mouldy feed.", true},
		{"KOVEL, March 12, 2025 — Inspectors have audited the mill twice this year. Tests found lead at three times the permitted level. The first of those audits, last December, found rust.", true},
		{"ARNA, March 12, 2025 — Police raided the depot twice this year. They seized four times as much fuel as in 2024. The first of those raids, last October, found nothing.", true},
	})
}
