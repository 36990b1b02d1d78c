package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestNameAttributionIsNoApposition: the comma before a name that a verb
// of saying follows ("..., Melanie Steinwender said.") closes the reported
// clause; it presents nobody, so a given name swapped there is flagged.
func TestNameAttributionIsNoApposition(t *testing.T) {
	pub := time.Date(2026, 5, 5, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NameVariant, pub, []fireCase{
		{"GRAZ, Austria, May 5, 2026 — The driver retired.\n\nCompany spokeswoman Magdalena Steinwender said staff checked the logbooks.\n\nA driver reached about 868,000 kilometres, Melanie Steinwender said.", true},
		{"TORUN, Poland, May 5, 2026 — The bakery turned 25.\n\nBaker Tomasz Wrona, 52, opened the shop in 2001.\n\nBread sells out by noon, Tadeusz Wrona said.", true},
		{"EVORA, Portugal, May 5, 2026 — The vote was close.\n\nMayor Ines Duarte, 41, won a second term.\n\nThe town needs a new school, Isabel Duarte told reporters.", true},
		{"EVORA, Portugal, May 5, 2026 — The vote was close.\n\nMayor Ines Duarte, 41, won a second term. Her sister, Isabel Duarte, campaigned with her.\n\nThe town needs a new school, Isabel Duarte told reporters.", false},
	})
}
