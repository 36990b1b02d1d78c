package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestSumTotalParallelItems: a bare figure whose item repeats the shape
// of the one before (the figure, then the same preposition) counts in its
// unit, and the phrases of a total's clause run on to the colon that
// opens its parts.
func TestSumTotalParallelItems(t *testing.T) {
	pub := time.Date(2023, 7, 3, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"Farmers sold 3,860 tonnes of beans to licensed buyers between October and the close of the main crop: 1,920 tonnes from Abofrom, 1,130 from Nkwanta and 910 from Dadieso.", true},
		{"The council planted 95 hectares of oak on the slopes above the river in the spring: 40 hectares in Lhota, 35 in Brod and 30 in Ves.", true},
		{"The mill shipped 610 tonnes of flour to bakeries across the region in the first quarter: 300 tonnes to Tema, 210 to Ho and 150 to Kpando.", true},
		{"Farmers sold 3,960 tonnes of beans to licensed buyers between October and the close of the main crop: 1,920 tonnes from Abofrom, 1,130 from Nkwanta and 910 from Dadieso.", false},
		{"The council planted 105 hectares of oak on the slopes above the river in the spring: 40 hectares in Lhota, 35 in Brod and 30 in Ves.", false},
	})
}
