package checker

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/copydesk/copydesk/checker/input"
)

// TestPositionColumns checks the remembered column against a count from
// the line start, for offsets asked in order, backwards and across lines.
func TestPositionColumns(t *testing.T) {
	src := "GENÈVE — Le 3 mars, « il » a dit.\nZweite Zeile: 4. März — Ende.\n\nLast."
	in, err := input.Parse([]byte(src), input.Text)
	require.NoError(t, err)
	m := newMapper(src, in)
	naive := func(off int) (int, int) {
		line, ls := 1, 0
		for i := 0; i < off; i++ {
			if src[i] == '\n' {
				line, ls = line+1, i+1
			}
		}
		return line, utf8.RuneCountInString(src[ls:off]) + 1
	}
	var offs []int
	for i := 0; i <= len(src); i++ {
		if i == len(src) || utf8.RuneStart(src[i]) {
			offs = append(offs, i)
		}
	}
	order := append(append([]int{}, offs...), offs...)
	for i := len(offs) - 1; i >= 0; i -= 3 {
		order = append(order, offs[i])
	}
	for _, off := range order {
		wl, wc := naive(off)
		l, c := m.position(off)
		assert.Equal(t, [2]int{wl, wc}, [2]int{l, c}, "offset %d", off)
	}
}
