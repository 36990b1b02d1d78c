package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestSequenceReleaseParticiple: a participle of release set beside a
// ranked work ("Her first novel, published in 2011 as ...") dates the
// work, over a time its clause tells of ("followed a ferry pilot through
// the last summer"), so a second dated before it is out of order.
func TestSequenceReleaseParticiple(t *testing.T) {
	pub := time.Date(2024, 5, 21, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Sequence, pub, []fireCase{
		{"Seo Ha-yoon won the prize on Monday. Her first novel, published in 2011 as \"The Salt Ferry,\" followed a ferry pilot through the last summer before a bridge put him out of work. Seo's reputation was made by her second novel, which appeared in 2009 as \"Winter Orchard.\"", true},
		{"Amara Diallo sings in Wolof. Her first album, released in 2016 on a small label, sold 9,000 copies in the first week. Critics preferred her second album, which came out in 2014.", true},
		{"Tomas Berg writes crime. His first novel, published in 2018, was set in Bergen during the last winter of the war. Critics preferred his second novel, which came out in 2015.", true},
		{"Seo Ha-yoon won the prize on Monday. Her first novel, published in 2011 as \"The Salt Ferry,\" followed a ferry pilot. Seo's reputation was made by her second novel, which appeared in 2013 as \"Winter Orchard.\"", false},
	})
}
