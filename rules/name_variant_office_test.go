package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestNameVariantOfficeHeldNow: an office in apposition with no time of
// its own names its one holder now, so the same surname under another
// given name is that holder renamed; an office dated or held before
// ("mayor from 1988 to 2000", "the former president") has holders in
// turn.
func TestNameVariantOfficeHeldNow(t *testing.T) {
	pub := time.Date(2024, 9, 8, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NameVariant, pub, []fireCase{
		{"Club president Eduarda Lins said promotion would bring in money. \"Now we can plan,\" Lins said.\n\nLater, Fernanda Lins, the club president, said the board would meet on Monday.", true},
		{"Mayor Tomasz Wrona opened the bridge. Wrona said it was overdue.\n\nAt the ribbon, Tadeusz Wrona, the mayor, thanked the builders.", true},
		{"Chairman Kwame Asante spoke first. Asante said the board was united.\n\nKofi Asante, the chairman, later closed the meeting.", true},
		{"Mayor Tomasz Wrona opened the bridge. Wrona said it was overdue.\n\nHis father, Tadeusz Wrona, the mayor from 1988 to 2000, cut the ribbon.", false},
		{"Club president Eduarda Lins said promotion would bring in money. \"Now we can plan,\" Lins said.\n\nFernanda Lins, the former president, said the board had waited years.", false},
	})
}

// TestNameVariantCollector: the collector is an office like any other, so
// a rank word on one side only ("Deputy Collector Sundaram" after
// "District Collector Meenakshi Sundaram") gives the person two titles.
func TestNameVariantCollector(t *testing.T) {
	pub := time.Date(2023, 11, 6, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NameVariant, pub, []fireCase{
		{"District Collector Meenakshi Sundaram said the crop was lost.\n\nLater, Deputy Collector Sundaram told farmers to wait.", true},
		{"Collector Ravi Menon opened the camp.\n\nDeputy Collector Menon closed it on Friday.", true},
		{"Collector Anita Rao visited the dam.\n\nOn Monday, Assistant Collector Rao said it was safe.", true},
		{"District Collector Meenakshi Sundaram said the crop was lost.\n\nLater, Collector Sundaram told farmers to wait.", false},
	})
}
