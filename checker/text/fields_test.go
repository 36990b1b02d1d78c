package text

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFirstField(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"   \t\n", ""},
		{"more bodies", "more"},
		{"  up 4%", "up"},
		{"\nfewer\tcases", "fewer"},
		{"alone", "alone"},
	} {
		assert.Equal(t, tc.want, FirstField(tc.in), tc.in)
	}
}
