package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventCountDescribedPlace: a visit's destination named by a
// definite description of a place or a body ("visited the constituency",
// "his second visit to the district") makes one series with the
// traveller's other visits there, so a rank that the dated visits before
// it exceed is flagged; a traveller of a relative clause owns its
// pronoun ("Rask, who made his second visit").
func TestEventCountDescribedPlace(t *testing.T) {
	pub := time.Date(2024, 6, 29, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"KIBAONI, June 29, 2024 — Minister Ivo Rask visited the constituency in February and returned in April to open a clinic.\n\nThe candidate campaigned beside Rask, who made his second visit to the constituency this year on Saturday, June 22.", true},
		{"ORVALA, June 29, 2024 — Health Secretary Mara Voss toured the district in January, and returned there in March with two doctors.\n\nOn Monday, Voss made her second visit to the district this year, opening a ward.", true},
		{"TELMA, June 29, 2024 — Governor Paulo Reis visited the region in March. He returned in May to meet farmers.\n\nReis was in Telma on June 20, his second visit to the region this year.", true},
		{"KIBAONI, June 29, 2024 — Minister Ivo Rask visited the constituency in February.\n\nThe candidate campaigned beside Rask, who made his second visit to the constituency this year on Saturday, June 22.", false},
		{"ORVALA, June 29, 2024 — Mara Voss toured the plant in January and the district in March.\n\nOn Monday, Voss made her second visit to the district this year.", false},
	})
}
