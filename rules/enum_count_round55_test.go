package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEnumCountNamedItemWithItsPlace: a named item may end with where it
// stands ("the Vestre Maritime Museum in Havnå"); it is still one named
// item.
func TestEnumCountNamedItemWithItsPlace(t *testing.T) {
	pub := time.Date(2025, 5, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EnumCount, pub, []fireCase{
		{"The objects will go on loan to four institutions: the Skarvøy County Museum, the Lindgaard Textile Collection and the Vestre Maritime Museum in Havnå.", true},
		{"The grant went to three schools: Kora Academy, the Bello Institute in Ede and St. Mark's College in Ife, and Ilesa Grammar.", true},
		{"The team visited two hospitals: the Ridge Hospital in Accra, the Tamale Teaching Hospital and Korle Bu.", true},
		{"The objects will go on loan to three institutions: the Skarvøy County Museum, the Lindgaard Textile Collection and the Vestre Maritime Museum in Havnå.", false},
	})
}
