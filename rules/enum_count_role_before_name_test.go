package rules_test

import (
	"strings"
	"testing"
	"time"

	"github.com/copydesk/copydesk/checker"
	"github.com/copydesk/copydesk/rules"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEnumCountRoleBeforeName: an item that opens with its holder's role
// ("..., and the deputy mayor, Miriama Kereama") is the name, and names
// with the body they belong to ("A and B of the Harbour ward, C of
// Kaiwhenua, and ...") go on with the list: the message counts them all.
func TestEnumCountRoleBeforeName(t *testing.T) {
	pub := time.Date(2026, 1, 20, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct{ text, want string }{
		{"Five members voted against the sale. They were Rewi Haumoana and Grace Pettigrew of the Harbour ward, Sione Latu of Kaiwhenua, and the deputy mayor, Miriama Kereama.", "names 4"},
		{"Six judges heard the case. They were Ana Ruiz and Tomas Vidal of the High Court, Lia Soto of the Appeals Bench, and the presiding judge, Marta Gil.", "names 4"},
		{"Five ministers resigned. They were Olu Ade and Femi Bello of the Labour Party, Kemi Oni of the Greens, and the finance minister, Tayo Ajayi.", "names 4"},
	} {
		c, err := checker.New(checker.Options{Rules: []*checker.Rule{rules.EnumCount}})
		require.NoError(t, err)
		r, err := c.Check(t.Context(), checker.Document{Text: tt.text, Format: "text", Published: pub})
		require.NoError(t, err)
		require.Len(t, r.Findings, 1, tt.text)
		assert.True(t, strings.Contains(r.Findings[0].Message, tt.want), r.Findings[0].Message)
	}
}
