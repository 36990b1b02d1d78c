package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestAgeRoleAfterAsIsTheSubjects: a role after "as", bare or with an
// owner ("after a decade as sales director", "as the firm's sales
// director"), is one the clause's subject held, no new person for a later
// "the 51-year-old" to refer to.
func TestAgeRoleAfterAsIsTheSubjects(t *testing.T) {
	pub := time.Date(2025, 9, 9, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"Miroslav Kalina, 47, told the staff on Friday. Kalina took over after a decade as sales director. The 51-year-old has moved the works toward lighting.", true},
		{"Miroslav Kalina, 47, told the staff on Friday. Miroslav Kalina took over after a decade as the firm's sales director. Since then the 51-year-old has moved the works toward lighting.", true},
		{"Agnieszka Wolna, 38, opened the season on Friday. Wolna spent six years as the club's head coach. The 41-year-old now runs its academy.", true},
		{"Agnieszka Wolna, 38, opened the season on Friday. Wolna spent six years as the club's head coach. The 38-year-old now runs its academy.", false},
	})
}

// TestAgeQuotedIndefiniteRoleIsNobody: an indefinite role in what someone
// says ("People think a ferry captain drives a bus on water") is a kind,
// not a person, so a later "the 51-year-old captain" names the one who
// captains ("has captained the vessel since 2011").
func TestAgeQuotedIndefiniteRoleIsNobody(t *testing.T) {
	pub := time.Date(2024, 3, 12, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"Born in 1969, Ingrid Kristoffersen has captained the ferry since 2011. \"People think a ferry captain drives a bus on water,\" she said. The 51-year-old captain will retire next year.", true},
		{"Born in 1962, Tomas Berg has coached the club since 2015. \"Everyone thinks a coach just shouts,\" Berg said. The 55-year-old coach signed a new contract.", true},
		{"Born in 1970, Nadia Ferrante has led the orchestra since 2010. \"A conductor is only a traffic warden,\" she joked. The 49-year-old conductor leaves in June.", true},
		{"Born in 1969, Ingrid Kristoffersen has captained the ferry since 2011. \"People think a ferry captain drives a bus on water,\" she said. The 54-year-old captain will retire next year.", false},
	})
}

// TestAgeWhenDateSetOff: an age at an earlier time may have its date set
// off by commas right after "when" ("was 40 when, in 1990, she took over").
func TestAgeWhenDateSetOff(t *testing.T) {
	pub := time.Date(2025, 10, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"Amélia Teixeira, 71, walked the terraces. She was 40 when, in 1990, she took over the quinta.", true},
		{"Jonas Berg, 58, runs the yard. He was 30 when, in 1994, he bought his first boat.", true},
		{"Maria Sousa, 66, opened the shop. She was 25 when, in 2001, she moved to Porto.", true},
		{"Maria Sousa, 49, opened the shop. She was 25 when, in 2001, she moved to Porto.", false},
	})
}

// TestAgeLeadAttributionNamedNext: the role that closes the lead's
// attribution ("..., its artistic director said") is the person the next
// sentence opens by naming, even after a name of a firm in the lead
// ("the dance company Hélice"); a later aged description of that role is
// theirs.
func TestAgeLeadAttributionNamedNext(t *testing.T) {
	pub := time.Date(2025, 4, 15, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"TROIS-CLOCHERS, Canada, April 15, 2025 — The dance company Hélice will premiere a new work next month, its artistic director said.\n\nSolange Thériault, who has led the company since 2017, said the piece grew out of the flood.\n\nThériault was 19 when she joined the company in 1996.\n\nThe 46-year-old director said tickets had sold well.", true},
		{"BREMEN, Germany, April 15, 2025 — The bakery chain Brotzeit will close two shops, its chief executive said.\n\nMarta Klein, who has run the firm since 2015, blamed rents.\n\nKlein, born in 1970, trained as a baker.\n\nThe 50-year-old chief executive said staff would be moved.", true},
		{"BERGEN, Norway, April 15, 2025 — The city's oldest choir will tour Japan in June, its conductor said on Monday.\n\nIngrid Dahl, who has led the choir since 2001, said the tour took two years to plan.\n\nDahl was 30 when she joined the choir in 2001.\n\nThe 48-year-old conductor said the singers were ready.", true},
		{"TROIS-CLOCHERS, Canada, April 15, 2025 — The dance company Hélice will premiere a new work next month, its artistic director said.\n\nSolange Thériault, who has led the company since 2017, said the piece grew out of the flood.\n\nThériault was 19 when she joined the company in 1996.\n\nThe 48-year-old director said tickets had sold well.", false},
	})
}

// TestAgeAfterQuoteIsLastSubject: "'...,' said the 59-year-old" names the
// subject of the last sentence told outside the quotes, not a name inside
// what that sentence says.
func TestAgeAfterQuoteIsLastSubject(t *testing.T) {
	pub := time.Date(2025, 2, 17, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"Born in 1969 in Lienz, Matthias Ebenkofler joined the team in 1988. Ebenkofler said the cable car operator, Gamskogel Bergbahnen, had agreed to pay for two cameras. \"We are not asking anyone to close the mountain,\" said the 59-year-old.", true},
		{"Born in 1970, Ana Ruiz has run the clinic since 2010. Ruiz said the health ministry, under Minister Pablo Ortega, had promised new beds. \"We will believe it when we see it,\" said the 60-year-old.", true},
		{"Born in 1961, Tom Berg founded the yard. Berg said the buyer, Nordhavn Shipping, had paid a fair price. \"It was time,\" said the 58-year-old.", true},
		{"Born in 1969 in Lienz, Matthias Ebenkofler joined the team in 1988. Ebenkofler said the cable car operator, Gamskogel Bergbahnen, had agreed to pay for two cameras. \"We are not asking anyone to close the mountain,\" said the 55-year-old.", false},
	})
}

// TestAgeAttributionRole: a definite role in an attribution (", the
// designer said") names the one person the copy has named, as a subject
// would; a later "The designer was born in 1989" is hers.
func TestAgeAttributionRole(t *testing.T) {
	pub := time.Date(2026, 6, 23, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"LAGOS, Nigeria, June 23, 2026 — Chiamaka Nwachukwu opened a workshop on Monday.\n\nThe workshop employs 62 tailors, the designer said.\n\nNwachukwu, aged 31, built the label from her bedroom.\n\nThe designer was born in Enugu in 1989.", true},
		{"OSLO, Norway, June 23, 2026 — Henrik Dahl opened a new bakery on Monday.\n\nIt bakes 900 loaves a day, the baker said.\n\nDahl, 40, trained in Lyon.\n\nThe baker was born in Bergen in 1979.", true},
		{"PORTO, Portugal, June 23, 2026 — Rita Sousa won the regatta on Sunday.\n\nThe wind dropped twice, the sailor said.\n\nSousa, 29, sails for the city club.\n\nThe sailor was born in Porto in 1990.", true},
		{"LAGOS, Nigeria, June 23, 2026 — Chiamaka Nwachukwu opened a workshop on Monday.\n\nThe workshop employs 62 tailors, the designer said.\n\nNwachukwu, aged 36, built the label from her bedroom.\n\nThe designer was born in Enugu in 1989.", false},
	})
}
