package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestKindPlural(t *testing.T) {
	tests := []struct{ kind, want string }{
		{"launch", "launches"},
		{"match", "matches"},
		{"congress", "congresses"},
		{"talks", "talks"},
		{"ceremony", "ceremonies"},
		{"visit", "visits"},
		{"strike", "strikes"},
		{"stoppage", "stoppages"},
		{"blast", "blasts"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, kindPlural(tt.kind), tt.kind)
	}
	assert.Equal(t, "launch", countNoun(1, "launch"))
	assert.Equal(t, "2 launches", countNoun(2, "launch"))
}
