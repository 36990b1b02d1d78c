package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestSumTotalPlacesAndKinds: a definite count of places after the parts
// ("nine in Tarrún, five in Coyamel and three in San Ignacio, the three
// provinces ...") names where they were and is no part; "another" count
// whose modifier sorts it apart ("another 146 suspected cases" after "the
// 38 cases confirmed") is more of another kind, not more parts.
func TestSumTotalPlacesAndKinds(t *testing.T) {
	pub := time.Date(2003, 10, 9, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"Of the 17 dead, nine were in Tarrun, five in Coyamel and three in the hill district of San Ignacio, the three provinces — Tarrun, Coyamel and San Ignacio — that the government placed under emergency rule.", false},
		{"Of the 40 schools closed, 22 are in Osu, 12 in Ada and six in Keta, the three districts worst hit by the storm.", false},
		{"Of the 25 injured, 14 were from Vila Nova and 11 from Porto Alto, the two towns nearest the blast.", false},
		{"Of the 38 cases confirmed by tests, 21 were in Okwuta, 11 in Umueze and six in Ugwu. Samples from another 146 suspected cases are being tested.", false},
		{"Of the club's 900 members, 420 live in the city and 310 in the suburbs. A further 230 live abroad.", true},
	})
}
