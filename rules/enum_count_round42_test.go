package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEnumNextSentenceAfterPlaces: a count whose noun is followed only by
// prepositional phrases to the end of its sentence ("six stages on the
// dunes and around the old harbour.") is named by a "They were ..." list
// in the next sentence.
func TestEnumNextSentenceAfterPlaces(t *testing.T) {
	pub := time.Date(2026, 3, 15, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EnumCount, pub, []fireCase{
		{"The music was spread across six stages on the dunes and around the old harbour. They were the Harbour Stage, the Lighthouse Tent, the Rope Walk, the Chapel and the Dune Stage.", true},
		{"The agency inspected four plants in the north of the country. They were Arlen Foods, Bisko Meats and Corta Dairy.", true},
		{"The ministry closed three clinics in the valley and along the coast. They were the Lindo clinic and the Marsa clinic.", true},
		{"The ministry closed three clinics in the valley and along the coast. They were the Lindo clinic, the Marsa clinic and the Tiva clinic.", false},
		{"The ministry closed three clinics in the valley, and 40 nurses lost their jobs. They were the Lindo clinic and the Marsa clinic.", false},
	})
}

// TestEnumMore: a count of more things, "more" between the figure and its
// noun ("five more districts: ..."), is named by the list after it.
func TestEnumMore(t *testing.T) {
	pub := time.Date(2026, 3, 15, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EnumCount, pub, []fireCase{
		{"In January the drive will move on to five more districts: Oru, Kessa, Limbani, Dawe, Marsh Tamar and Ibeji.", true},
		{"The line will call at two more stations: Arno, Brill and Cotta.", true},
		{"The firm plans three more stores, in Lund, Malmo, Umea and Kiruna.", true},
		{"The club signed four more players this week: Abel, Brun, Cole, Dahl and Eze.", true},
		{"The line will call at two more stations: Arno and Brill.", false},
	})
}
