package text

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestClosesQuote(t *testing.T) {
	tests := []struct {
		name, src, at string
		want          bool
	}{
		{"straight closing mark", `"We played well," said the coach.`, `" said`, true},
		{"curly closing mark", "“We played well,” said the coach.", "” said", true},
		{"opening mark", `"We played well," said the coach.`, `"We`, false},
		{"no quote", "The coach said they played well.", "said", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, ClosesQuote(Quotes(tt.src), strings.Index(tt.src, tt.at)))
		})
	}
}
