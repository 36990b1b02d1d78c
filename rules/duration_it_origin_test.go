package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestDurationOriginOfIt: a year of origin whose sentence has "it" for
// its subject ("Founded in 1994 by crane drivers, it now bargains ...")
// dates the thing the sentence before has for its subject, so that
// thing's anniversary paragraphs on is checked against it.
func TestDurationOriginOfIt(t *testing.T) {
	pub := time.Date(2024, 2, 22, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Duration, pub, []fireCase{
		{"ISARRA, Feb. 22, 2024 — The cooperative has 2,650 members. Founded in 1994 by crane drivers, it now bargains for most dockers.\n\nVelasque said the cooperative, which marks its 25th anniversary this year, had never struck before.", true},
		{"ORVALA, Feb. 22, 2024 — The library lends 90,000 books a year. It opened in 1974 in a former bank.\n\nThe library will mark its 40th anniversary this year with a book fair.", true},
		{"TELMA, Feb. 22, 2024 — The choir sings every Sunday. Formed in 2004 by three teachers, it has toured Europe twice.\n\nThe choir celebrates its 15th anniversary this year.", true},
		{"ISARRA, Feb. 22, 2024 — The cooperative has 2,650 members. Founded in 1994 by crane drivers, it now bargains for most dockers.\n\nVelasque said the cooperative, which marks its 30th anniversary this year, had never struck before.", false},
		{"ORVALA, Feb. 22, 2024 — The mayor praised the library. It opened in 1974 in a former bank.\n\nThe museum will mark its 40th anniversary this year.", false},
	})
}
