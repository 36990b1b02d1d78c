package rules_test

import (
	"os"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/copydesk/copydesk/rules"
)

// TestREADMERulesTable checks that the README's table of rules lists every
// rule, in order, with its default severity.
func TestREADMERulesTable(t *testing.T) {
	raw, err := os.ReadFile("../README.md")
	require.NoError(t, err)
	rows := regexp.MustCompile("(?m)^\\| `([a-z-]+)` \\| (error|warning|info) \\|").FindAllStringSubmatch(string(raw), -1)
	var got, want [][2]string
	for _, r := range rows {
		got = append(got, [2]string{r[1], r[2]})
	}
	for _, r := range rules.All() {
		want = append(want, [2]string{r.ID, string(r.Severity)})
	}
	assert.Equal(t, want, got)
}
