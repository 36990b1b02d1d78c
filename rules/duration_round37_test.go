package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestDurationNamedThingAgain: a thing founded in a year is named again by
// the head of its name ("the Kilbrannagh Sailing Club" ... "the club's
// 140th anniversary").
func TestDurationNamedThingAgain(t *testing.T) {
	pub := time.Date(2026, 6, 22, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Duration, pub, []fireCase{
		{"Founded in 1881 by merchants, the Kilbrannagh Sailing Club runs the regatta. The week marked the club's 140th anniversary.", true},
		{"Built in 1904 by the council, the Marlow Town Hall needs a new roof. Officials will mark the hall's 110th anniversary next year.", true},
		{"Opened in 1987 by the mayor, the Vessen City Zoo has 400 animals. Staff held a party for the zoo's 25th anniversary.", true},
		{"Founded in 1881 by merchants, the Kilbrannagh Sailing Club runs the regatta. The week marked the club's 145th anniversary.", false},
	})
}

// TestDurationSinceEventInYear: "since" may open a noun phrase whose year
// comes after "in" or "of" ("since her first election in 2013", "since the
// fire of 2017"): the span counts from that year.
func TestDurationSinceEventInYear(t *testing.T) {
	pub := time.Date(2024, 5, 5, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Duration, pub, []fireCase{
		{"She has led the council for the past eight years, since her first election in 2013.", true},
		{"He has run the farm for six years, since his father's death in 2012.", true},
		{"The plant has been idle for four years, since the fire of 2017.", true},
		{"She has led the council for the past eleven years, since her first election in 2013.", false},
		{"The plant has been idle for seven years, since the fire of 2017.", false},
	})
}

// TestDurationSinceClauseInYear: "since" may open a clause whose year comes
// after "in" ("since he joined as a cadet in 2005").
func TestDurationSinceClauseInYear(t *testing.T) {
	pub := time.Date(2027, 5, 5, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Duration, pub, []fireCase{
		{"He has served in the navy for 16 years, since he joined as a cadet in 2005.", true},
		{"She has taught at the school for nine years, since she moved to the town in 2012.", true},
		{"The firm has made bells for 20 years, since its founder bought the foundry in 1999.", true},
		{"He has served in the navy for 22 years, since he joined as a cadet in 2005.", false},
	})
}

// TestDurationItsAnniversary: "its 25th anniversary" is the anniversary of
// its clause's subject ("The union will mark its 25th anniversary"), which
// the copy dates where it names it again ("The union was founded in
// 1994").
func TestDurationItsAnniversary(t *testing.T) {
	pub := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Duration, pub, []fireCase{
		{"KELLMAR, March 11, 2026 — Dockers walked out.\n\nThe union was founded in 1994.\n\nPay talks resume on Monday.\n\nThe union will mark its 25th anniversary in September.", true},
		{"KELLMAR, March 11, 2026 — Dockers walked out.\n\nThe choir was founded in 1950.\n\nIt sings on Sundays.\n\nThe choir will celebrate its 70th anniversary in May.", true},
		{"KELLMAR, March 11, 2026 — Dockers walked out.\n\nThe museum opened in 1987.\n\nIt has 40 rooms.\n\nThe museum will mark its 30th anniversary next year.", true},
		{"KELLMAR, March 11, 2026 — Dockers walked out.\n\nThe choir was founded in 1950.\n\nIt sings on Sundays.\n\nThe choir will celebrate its 76th anniversary in May.", false},
	})
}

// TestDurationOwnSentenceOrigin: "its" anniversary is dated by a year of
// origin in its own sentence first ("The observatory opened in June 1977
// and will mark its 50th anniversary"), not by another thing's origin
// told later ("The observatory's first satellite was launched in 2019").
func TestDurationOwnSentenceOrigin(t *testing.T) {
	pub := time.Date(2027, 2, 9, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Duration, pub, []fireCase{
		{"The observatory opened in June 1977 and will mark its 50th anniversary this summer. The observatory's first satellite was launched in 2019.", false},
		{"The observatory opened in June 1977 and will mark its 45th anniversary this summer.", true},
		{"The library was built in May 1903 and celebrates its 120th anniversary next month.", true},
		{"The ferry line opened in April 1987 and marks its 35th anniversary this spring.", true},
		{"The ferry line opened in April 1987 and marks its 40th anniversary this spring.", false},
	})
}
