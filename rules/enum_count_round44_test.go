package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEnumCoordinatedAdjectives: two adjectives joined by "and" or "or"
// before the counted noun stay inside its noun phrase ("the five central
// and southern governorates — A, B, C and D").
func TestEnumCoordinatedAdjectives(t *testing.T) {
	pub := time.Date(2026, 5, 7, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EnumCount, pub, []fireCase{
		{"The rain fell on the five central and southern governorates — Sfax, Mahdia, Sousse and Kairouan — in May.", true},
		{"Ferries will serve the three northern and western islands — Arran, Bute, Mull and Iona — from June.", true},
		{"The firm runs four public or private clinics — Ashby, Barwell, Coalville, Hinckley and Loughborough — in the county.", true},
		{"The rain fell on the four central and southern governorates — Sfax, Mahdia, Sousse and Kairouan — in May.", false},
	})
}

// TestEnumSubjectToColon: the count in the subject of a clause is what a
// colon that ends the clause lists, however long the clause; a share
// inside it ("the 5% threshold") counts nothing of its own.
func TestEnumSubjectToColon(t *testing.T) {
	pub := time.Date(2026, 5, 7, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EnumCount, pub, []fireCase{
		{"Three smaller parties failed to clear the 5% threshold needed to enter the assembly: Movimiento Chacra, Unidad Popular, Renovación Sur and Somos Sierra.", true},
		{"Two bidders were dropped from the race for the harbour contract after the city's review in March: Kestrel Marine, Halvard Dredging and Oresund Works.", true},
		{"Four lawmakers who had backed the bill with a 60 percent majority last year switched sides on Tuesday: Ana Ruiz, Tomas Lind and Eva Brandt.", true},
		{"Five firms with a 12% share of the market quit the association in May: Arvo, Belmar, Corvina and Deltana.", true},
		{"Three smaller parties failed to clear the 5% threshold needed to enter the assembly: Movimiento Chacra, Unidad Popular and Somos Sierra.", false},
	})
}

// TestEnumParticipleHead: a participle that heads the noun phrase of a
// number before its verb ("Three co-accused were acquitted") counts people,
// whom the next sentence may name.
func TestEnumParticipleHead(t *testing.T) {
	pub := time.Date(2026, 5, 7, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EnumCount, pub, []fireCase{
		{"Three co-accused were acquitted. They were Johannes Pretorius, Nomsa Zwane, Thabo Sithole and Anneline Fourie.", true},
		{"Two injured were flown to Cork. They were Aoife Byrne, Sean Daly and Ciara Walsh.", true},
		{"Four detained were released on bail. They were Ana Ruiz, Tomas Lind and Eva Brandt.", true},
		{"Three co-accused were acquitted. They were Johannes Pretorius, Nomsa Zwane and Thabo Sithole.", false},
	})
}

// TestEnumPlacesPastTime: a time adverbial between the counted noun and
// the places it stands in ("two new offices next year, in Hanoi, Jakarta
// and Manila") does not hide the places.
func TestEnumPlacesPastTime(t *testing.T) {
	pub := time.Date(2026, 5, 7, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EnumCount, pub, []fireCase{
		{"The ministry would open two new trade offices next year, in Hanoi, Jakarta and Manila, to help exporters.", true},
		{"The chain will close two stores next month, in Derby, Luton and York, the company said.", true},
		{"The bank opened two branches in 2025, in Gdansk, Gdynia and Sopot.", true},
		{"The ministry would open three new trade offices next year, in Hanoi, Jakarta and Manila, to help exporters.", false},
	})
}

// TestEnumPlaceNamesWithLinks: a short lower-case word between capitalised
// ones belongs to a place's name ("Sankt Jakob im Tal", "San Isidro de
// Collpa", "Frankfurt am Main"), so the list is still one of names.
func TestEnumPlaceNamesWithLinks(t *testing.T) {
	pub := time.Date(2026, 5, 7, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EnumCount, pub, []fireCase{
		{"Sunday trains will no longer stop at five stations: Oberwald, Sankt Jakob im Tal, Leiten and Gallwies.", true},
		{"The storm cut power to three towns: Rio do Sul, Tambopampa, Huaycor and Ayacucho.", true},
		{"The airline will drop four routes: Frankfurt am Main, Halle an der Saale and Lyon.", true},
		{"Sunday trains will no longer stop at four stations: Oberwald, Sankt Jakob im Tal, Leiten and Gallwies.", false},
	})
}

// TestEnumPlacesEndAtApposition: the places things stand in end at the
// comma after the last one ("in A, B and C, the worst-hit districts,").
func TestEnumPlacesEndAtApposition(t *testing.T) {
	pub := time.Date(2026, 5, 7, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EnumCount, pub, []fireCase{
		{"The army set up two field hospitals in Collpa, Tambopampa and Huaycor, the worst-hit districts, and flew the injured out.", true},
		{"The charity opened two kitchens in Derby, Luton and York, the poorest towns, and plans more.", true},
		{"The bank will shut two branches in Gdansk, Gdynia and Sopot, its smallest markets, and cut 40 jobs.", true},
		{"The army set up three field hospitals in Collpa, Tambopampa and Huaycor, the worst-hit districts, and flew the injured out.", false},
	})
}

// TestEnumAdverbBeforeDash: an adverb set off by a comma before the dash
// or colon ("left the club, too — ...") does not hide the list.
func TestEnumAdverbBeforeDash(t *testing.T) {
	pub := time.Date(2026, 5, 7, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EnumCount, pub, []fireCase{
		{"Five players left the club, too — Kwame Asante, Rui Falcão, Lasse Brännström and Dmitri Oreshkin.", true},
		{"Three ministers resigned, however: Ana Ruiz and Tomas Lind.", true},
		{"Four firms entered the race, eventually — Arvo, Belmar and Corvina.", true},
		{"Four players left the club, too — Kwame Asante, Rui Falcão, Lasse Brännström and Dmitri Oreshkin.", false},
	})
}
