package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestTenseTimeModifyingParticiple: a lone past participle after a noun,
// after its clause's finite verb and its object, modifies the noun ("films
// made on mobile phones next year"): its form tells no time, so a date
// after it is no past tense about the future. A participle that is the
// first verb of its own clause ("since the centre opened on Feb. 3") and a
// finite past read as one in a compound ("the public works department
// widened the path in 2026") still tell the past.
func TestTenseTimeModifyingParticiple(t *testing.T) {
	pub := time.Date(2024, 11, 29, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.TenseTime, pub, []fireCase{
		{"RABAT, Morocco, Nov. 29, 2024 (Copydesk) — Benchekrun said the festival would add a section for films made on mobile phones next year.", false},
		{"LIMA, Peru, Nov. 29, 2024 (Copydesk) — The ministry will publish a list of schools built with the loan next spring.", false},
		{"OSLO, Norway, Nov. 29, 2024 (Copydesk) — The club plans to honour the players picked for the national squad in March 2025.", false},
		// Right after its preposition, or after a modal, the same: the
		// participle tells no time ("vessels delivered in 2026 and 2027").
		{"BUSAN, South Korea, Nov. 29, 2024 (Copydesk) — Steel costs could squeeze margins on vessels delivered in 2026 and 2027.", false},
		{"LIMA, Peru, Nov. 29, 2024 (Copydesk) — The fund may lend to farms flooded in 2025.", false},
		{"KOCHI, India, Nov. 29, 2024 (Copydesk) — To ease the climb, the state public works department widened the path in the second half of 2025.", true},
		// A past form after a noun before it may itself be the participle:
		// then the later one is the finite verb.
		{"OSLO, Norway, Nov. 29, 2024 (Copydesk) — The first two of the 12 trams ordered for the line arrived at the depot in April 2025 and have since been tested.", true},
		{"LIMA, Peru, Nov. 29, 2024 (Copydesk) — The 40 buses bought for the route reached the city in May 2025, officials said.", true},
	})
}

// TestTenseTimePerfectInfinitive: a perfect infinitive after a verb of
// expecting ("expect output to have fallen last year") looks back from the
// expectation, so a date already over is no future about the past.
func TestTenseTimePerfectInfinitive(t *testing.T) {
	pub := time.Date(2026, 1, 21, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.TenseTime, pub, []fireCase{
		{"HANOI, Vietnam, Jan. 21, 2026 (Copydesk) — Officials expect output to have fallen by at least a third last year because of the floods.", false},
		{"LIMA, Peru, Jan. 21, 2026 (Copydesk) — Economists expect growth to have slowed in the fourth quarter of 2025.", false},
		{"OSLO, Norway, Jan. 21, 2026 (Copydesk) — The ministry expects the cod catch to have shrunk again in 2025.", false},
		{"OSLO, Norway, Jan. 21, 2026 (Copydesk) — The ministry expects the cod catch to shrink again in 2025.", true},
	})
}

// TestTenseTimeCoordinatedParticiple: a participle joined by "and" to a
// future passive's shares its future ("will be reinstalled and played
// again in the spring of 2024"), so a date already over contradicts it.
func TestTenseTimeCoordinatedParticiple(t *testing.T) {
	pub := time.Date(2025, 5, 6, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.TenseTime, pub, []fireCase{
		{"TRONDVIK, Norway, May 6, 2025 (Copydesk) — The organ will be reinstalled and played again in the spring of 2024.", true},
		{"LIMA, Peru, May 6, 2025 (Copydesk) — The bridge will be repaired and reopened in March 2025.", true},
		{"OSLO, Norway, May 6, 2025 (Copydesk) — The old ferry will be sold or scrapped in January 2025.", true},
		{"TRONDVIK, Norway, May 6, 2025 (Copydesk) — The organ will be reinstalled and played again in the spring of 2026.", false},
	})
}

// TestTenseTimePresentPlansAfterPast: "plans" read as a present verb after
// a past one ("halted shipments in December and plans to resume deliveries
// in the second half of 2024") is a future from now, not from the past,
// so a period already over contradicts it.
func TestTenseTimePresentPlansAfterPast(t *testing.T) {
	pub := time.Date(2025, 2, 19, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.TenseTime, pub, []fireCase{
		{"OSAKA, Japan, Feb. 19, 2025 (Copydesk) — Morikawa halted shipments in December and plans to resume deliveries to retailers in the second half of 2024.", true},
		{"LIMA, Peru, Feb. 19, 2025 (Copydesk) — The mine closed in January and plans to reopen in November 2024.", true},
		{"OSLO, Norway, Feb. 19, 2025 (Copydesk) — The bakery shut its doors in January and plans to reopen in June 2024.", true},
		{"OSAKA, Japan, Feb. 19, 2025 (Copydesk) — Morikawa halted shipments in December and plans to resume deliveries to retailers in the second half of 2025.", false},
	})
}

// TestTenseTimeReportedState: a past "be" before an adjective in a clause
// a verb of saying reports ("Forecasters said more showers were likely
// next week") is the speaker's present shifted back, which may hold of a
// time still ahead.
func TestTenseTimeReportedState(t *testing.T) {
	pub := time.Date(2026, 4, 17, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.TenseTime, pub, []fireCase{
		{"RABAT, Morocco, April 17, 2026 (Copydesk) — Forecasters said more showers were likely over the mountains next week.", false},
		{"LIMA, Peru, April 17, 2026 (Copydesk) — Officials said the road was unsafe until next month at the earliest.", false},
		{"OSLO, Norway, April 17, 2026 (Copydesk) — The coach said the striker was doubtful for next week's match against Molde on Sunday, April 26.", false},
		{"RABAT, Morocco, April 17, 2026 (Copydesk) — More showers fell over the mountains next week.", true},
	})
}

// TestTenseTimeComparedWithTime: a date after "than" and a preposition is
// the base a figure is compared with ("1.10 kroner more than in 2022"),
// not the time of the clause's verb.
func TestTenseTimeComparedWithTime(t *testing.T) {
	pub := time.Date(2023, 10, 5, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.TenseTime, pub, []fireCase{
		{"HARDANGER, Norway, Oct. 5, 2023 (Copydesk) — Growers will be paid 9.40 kroner a kilo for dessert apples, 1.10 kroner more than in 2022.", false},
		{"LIMA, Peru, Oct. 5, 2023 (Copydesk) — The port will handle 40% more ships than in 2021.", false},
		{"OSLO, Norway, Oct. 5, 2023 (Copydesk) — Fares will rise 3% less than during 2022.", false},
		{"HARDANGER, Norway, Oct. 5, 2023 (Copydesk) — Growers will be paid 9.40 kroner a kilo in 2022.", true},
	})
}
