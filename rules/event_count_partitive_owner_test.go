package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventCountPartitiveOfOwner: "the first of her two planned visits to
// Sundera this year" counts the owner's series within the period, so the
// second dated outside it is flagged.
func TestEventCountPartitiveOfOwner(t *testing.T) {
	pub := time.Date(2015, 2, 16, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"ELMINA, Feb. 16, 2015 — Foreign Minister Rocío Valdebenito arrived in Sundera on Sunday, the first of her two planned visits to Sundera this year.\n\nValdebenito's second visit is pencilled in for next January.", true},
		{"ARNA, Feb. 16, 2015 — President Ilse Varn landed in Kestria on Saturday, the first of her two state visits to Kestria this year.\n\nVarn's second visit is set for next February.", true},
		{"TELMA, Feb. 16, 2015 — Chancellor Ana Ruiz reached Orvala on Friday, the first of her three visits to Orvala this year.\n\nRuiz's third visit is planned for next January.", true},
		{"ELMINA, Feb. 16, 2015 — Foreign Minister Rocío Valdebenito arrived in Sundera on Sunday, the first of her two planned visits to Sundera this year.\n\nValdebenito's second visit is pencilled in for November.", false},
	})
}
