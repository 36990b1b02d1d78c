package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventCountArrivalsAndReturns: a verb of going to a named place is a
// visit there ("first came to Aboabo in February", "flew to Bergen"), a
// bare return ("returned in May to open a nursery") one more visit of the
// traveller's series, and a rank the lead gives before any of them ("on
// her second visit to the district this year") belongs to that series.
func TestEventCountArrivalsAndReturns(t *testing.T) {
	pub := time.Date(2025, 9, 9, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"Growers confronted Deputy Minister Efua Mensah-Bonsu on Monday on her second visit to the district this year. Mensah-Bonsu first came to Aboabo in February and returned in May to open a nursery.", true},
		{"Farmers met Agriculture Secretary Tomas Reyes on Monday during his second trip to the province this year. Reyes flew to Iloilo in March and returned in June to inspect the dams.", true},
		{"Fishers heckled Minister Ingrid Solberg on Monday on her second visit to the coast this year. Solberg arrived in Vardø in January and went back in April.", false},
		{"Growers confronted Deputy Minister Efua Mensah-Bonsu on Monday on her third visit to the district this year. Mensah-Bonsu first came to Aboabo in February and returned in May to open a nursery.", false},
		{"Growers confronted Deputy Minister Efua Mensah-Bonsu on Monday on her second visit to the district this year. Mensah-Bonsu first came to Aboabo in February.", false},
	})
}

// TestEventCountRestatedRank: an event noun that restates the ranked
// event before it ("Monday's trip is his second visit") has that event's
// date, not one a later clause gives ("he is expected to return in
// December for a third").
func TestEventCountRestatedRank(t *testing.T) {
	pub := time.Date(2026, 10, 6, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"President Daniel Mwangi arrived in Ethiopia on Monday for talks. Mwangi first visited Ethiopia in March. Monday's trip is his second visit to the country this year, and he is expected to return in December for a third.", false},
		{"Prime Minister Lena Holt flew to Norway on Tuesday. Holt first visited Norway in May. Tuesday's trip was her second visit to the country this year, and she will go back in November.", false},
		{"President Daniel Mwangi arrived in Ethiopia on Monday for talks. Mwangi visited Ethiopia in March and returned there in June. Monday's trip is his second visit to the country this year.", true},
	})
}

// TestEventCountVisitsToACommonNounSite: a count of one person's visits to
// a site the copy names by a common noun ("toured the excavation twice
// last year") is a series its later ranked visits join ("Her second tour,
// in January").
func TestEventCountVisitsToACommonNounSite(t *testing.T) {
	pub := time.Date(2026, 2, 24, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"Minister Rania Haddadin, who toured the excavation twice last year, wants a shelter built. Her first visit, in April, came before the digging. Her second tour, in January, brought a pledge of money.", true},
		{"Governor Paulo Esteves, who visited the flooded district twice last year, promised new levees. His first trip, in May, was brief. His second visit, in January, lasted three days.", true},
		{"Inspector Mei Lindqvist, who toured the plant twice last year, filed two reports. Her first tour came in March. Her second tour, in February, found new leaks.", true},
		{"Minister Rania Haddadin, who toured the excavation twice last year, wants a shelter built. Her first visit, in April, came before the digging. Her second tour, in November, brought a pledge of money.", false},
	})
}

// TestEventCountBeenTo: "has been to" a named place is a visit there, as
// "came to" is: "has now been to Nyohini twice this year" ... "Her first
// visit, last November".
func TestEventCountBeenTo(t *testing.T) {
	pub := time.Date(2025, 6, 12, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"Health Minister Efua Mensah-Boateng has now been to Nyohini twice this year. Her first visit, last November, followed a fire.", true},
		{"Governor Paulo Reis has been to Tamale twice this year. His first trip, in December, came after the floods.", true},
		{"Envoy Lena Holt has been to Oslo twice this year. Her first visit, last October, was short.", true},
		{"Health Minister Efua Mensah-Boateng has now been to Nyohini twice this year. Her first visit, in February, followed a fire.", false},
	})
}
