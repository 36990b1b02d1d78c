package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestRound69Precision holds the classes of the false alarms of blind
// round 69's clean copy, each in three wordings of our own.
func TestRound69Precision(t *testing.T) {
	pub := time.Date(2025, 4, 30, 0, 0, 0, 0, time.UTC)
	t.Run("the agent of a dated act is someone new", func(t *testing.T) {
		checkFires(t, rules.NameVariant, pub, []fireCase{
			{"Mayor Helena Ferreira opened the bridge. The span was built by Ferreira & Filhos, a company founded in 1962 by Joaquim Ferreira.", false},
			{"Judge Ana Costa heard the case. The firm, set up in 1971 by Rui Costa, denies the claims.", false},
			{"Coach Ingrid Berg named her squad. The club, founded in 1922 by Olav Berg, turns 103 this year.", false},
		})
	})
	t.Run("a firm's name stays a firm's", func(t *testing.T) {
		checkFires(t, rules.NameVariant, pub, []fireCase{
			{"Monteiro Alimentos, the family-controlled food group, said revenue rose. The group was founded by Rafael Monteiro. Monteiro Alimentos is not listed.", false},
			{"Tanabe Seiki, the family-owned toolmaker, hired 40 people. Its founder was Soichiro Tanabe. Tanabe Seiki exports to Germany.", false},
			{"Okafor Textiles, the country's oldest mill, will close. Chinedu Okafor runs it. Okafor Textiles employs 300 people.", false},
		})
	})
	t.Run("the relative named before 'who'", func(t *testing.T) {
		checkFires(t, rules.AgeYear, time.Date(2026, 7, 14, 0, 0, 0, 0, time.UTC), []fireCase{
			{"The concert is conducted by Agnieszka Wrobel, 46. Her daughter, Zofia, who was born in 2009, plays the solo.", false},
			{"Maria Lopes, 52, runs the bakery. Her son, Tiago, who was born in 1998, bakes the bread.", false},
			{"Ana Ruiz, 61, chairs the board. Her husband, Luis, who was born in 1958, keeps the books.", false},
		})
	})
	t.Run("a relative clause after 'after' looks back", func(t *testing.T) {
		checkFires(t, rules.Sequence, time.Date(2024, 6, 5, 0, 0, 0, 0, time.UTC), []fireCase{
			{"Hearings end on Friday, June 21, after which the judge expects to rule before the recess begins on Aug. 1.", false},
			{"The strike ends on Monday, June 10, after which talks resume before the deadline on July 1.", false},
			{"The vote is on Tuesday, June 11, before which the council meets on June 12 to hear objections.", false},
		})
	})
	t.Run("a change's base and a product are no totals", func(t *testing.T) {
		checkFires(t, rules.SumTotal, pub, []fireCase{
			{"For 2024, revenue reached 3.2 billion reais, up from 2.9 billion in 2023: 1.4 billion from dairy, 1.1 billion from biscuits and 0.7 billion from coffee.", false},
			{"Exports rose to 840 million dollars, up from 700 million: 500 million to Asia, 200 million to Europe and 140 million elsewhere.", false},
			{"Eight concerts will be in the 1,850-seat hall and three in the church, which seats 620, giving a total of 16,660 seats.", false},
		})
	})
}
