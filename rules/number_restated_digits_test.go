package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestTransposedDigits(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"174", "147", true},
		{"58", "85", true},
		{"12,600", "16,200", true},
		{"$213.2 million", "$231.2 million", true},
		{"174", "174", false},
		{"1,740", "174.0", false}, // the same digits in the same order
		{"174", "1,470", false},
		{"5", "5", false},
		{"", "", false},
	} {
		assert.Equal(t, c.want, transposed(c.a, c.b), c.a+" "+c.b)
	}
	assert.Equal(t, 2, significantDigits("5,800"))
	assert.Equal(t, 4, significantDigits("$213.2 million"))
}
