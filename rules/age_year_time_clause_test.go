package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestAgeYearClauseOfTimeWithoutDate: "was" an age in a sentence a clause
// of time opens without a date ("The first time I rode this race, Mikel
// was seven") puts the age at that time, not now.
func TestAgeYearClauseOfTimeWithoutDate(t *testing.T) {
	pub := time.Date(2005, 7, 18, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"LUSKEN, July 18, 2005 — Mikel Arrieta, born in 1982, leads the race.\n\n\"The first time I rode this race, Mikel was seven,\" Koskimaa said.", false},
		{"ARNA, July 18, 2005 — Ines Farah, born in 1990, won the final.\n\n\"The last time we met, Ines was nine,\" her coach said.", false},
		{"TELMA, July 18, 2005 — Tomas Berg, born in 1961, opened the mill.\n\n\"In those days Tomas was 20 and broke,\" his sister said.", false},
		{"LUSKEN, July 18, 2005 — Mikel Arrieta, born in 1982, leads the race.\n\nArrieta, 19, was asked about the climb.", true},
	})
}
