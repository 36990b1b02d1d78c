package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestSumTotalColonListMeasure: bare figures listed after a colon that
// follows a measured total ("12,400 hectares: 7,300 under coffee, ...")
// take its measure when the first items repeat one shape, and so does
// every item after them, whatever its preposition.
func TestSumTotalColonListMeasure(t *testing.T) {
	pub := time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"The cooperative's members farm 12,400 hectares: 7,300 under coffee, 3,100 under cocoa and 1,500 under maize.", true},
		{"The relay covered 420 kilometres: 150 through the hills, 120 through the plain and 110 through the delta.", true},
		{"The mill shipped 9,000 tonnes last year: 4,000 to Lagos, 2,500 to Accra and 1,800 to Lomé.", true},
		{"The race covered 742 kilometres: 148 in the first stage, 176 in the second, 132 in the third, 189 in the fourth and 97 on the closing circuit.", false},
		{"The members farm 11,900 hectares: 7,300 under coffee, 3,100 under cocoa and 1,500 under maize.", false},
		{"The 86-kilometre pipeline crosses farmland: 890 owners in Arna, 310 in Telma and 40 in Salva signed.", false},
	})
}
