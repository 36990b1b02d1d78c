package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestAgeYearFrontedDescription: a noun phrase opening the sentence with
// a birth in it ("A former bus driver born in 1958 in Bello, the
// councillor has ...") describes the subject after its comma; so does a
// fronted phrase past an apposition to a name ("Born in 1998 in
// Polomolok, the son of a farm worker, Dalisay learned ...").
func TestAgeYearFrontedDescription(t *testing.T) {
	pub := time.Date(2026, 5, 22, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"Opposition came from Councillor Jhon Ospina, 61, who argued against it.\n\nA former bus driver born in 1958 in the town of Bello, the councillor has represented the district since 2015.", true},
		{"The plan was drawn up by Mayor Aline Costa, 49, who took office in 2024.\n\nA civil engineer born in 1969 in Recife, the mayor spent two decades building ports.", true},
		{"Judge Tomasz Nowak, 55, read the verdict.\n\nA former prosecutor born in 1962 in Lublin, the judge joined the bench in 2004.", true},
		{"Sgt. Jerwin Dalisay, 24, won the title on Sunday.\n\nBorn in 1998 in the town of Polomolok, the son of a plantation worker, Dalisay learned to box in a backyard ring.", true},
		{"Opposition came from Councillor Jhon Ospina, 61, who argued against it.\n\nA former bus driver born in 1965 in the town of Bello, the councillor has represented the district since 2015.", false},
	})
}
