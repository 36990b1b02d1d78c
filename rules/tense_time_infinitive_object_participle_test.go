package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestTenseTimeInfinitiveObjectParticiple: a past form after the object
// of an infinitive and before a preposition ("a plan to cut the subsidy
// paid to the rail company ... next year") is a participle of that
// object, not a past verb the later date contradicts.
func TestTenseTimeInfinitiveObjectParticiple(t *testing.T) {
	pub := time.Date(2019, 11, 23, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.TenseTime, pub, []fireCase{
		{"The rebels object to a plan to cut the subsidy paid to the state rail company for regional services by 18 percent, or about 240 million reales, next year.", false},
		{"Farmers oppose a proposal to halve the grant awarded to hill farms for fencing and drainage, or about 9 million euros, next year.", false},
		{"Unions fought a bid to freeze the allowance granted to night nurses in rural clinics, worth about 2,000 pounds a head, next year.", false},
		{"The state paid the subsidy to the rail company next year, the minister said.", true},
	})
}
