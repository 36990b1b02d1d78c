package input

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// checkMap asserts the offset map's invariants on d, parsed from raw:
// Offset is monotone and within raw, Span is ordered and within raw, every
// byte copied is the byte it maps to (a space may stand for other white
// space), and every ASCII word of Text not decoded from a reference is
// found byte for byte at the place it maps to.
func checkMap(t testing.TB, raw []byte, d *Doc) {
	t.Helper()
	require.NoError(t, mapError(raw, d, true))
}

// mapError is checkMap's test as an error, for fuzz targets and property
// loops; words says whether to check words too.
func mapError(raw []byte, d *Doc, words bool) error {
	prev := 0
	for i := 0; i <= len(d.Text); i++ {
		o := d.Offset(i)
		if o < prev || o > len(raw) {
			return fmt.Errorf("Offset(%d) = %d after %d (len raw %d)", i, o, prev, len(raw))
		}
		prev = o
	}
	if d.Offset(len(d.Text)) != len(raw) {
		return fmt.Errorf("Offset(len(Text)) = %d, want %d", d.Offset(len(d.Text)), len(raw))
	}
	for i := 0; i < len(d.Text); i++ {
		s, e := d.Span(i, i+1)
		if s > e || e > len(raw) {
			return fmt.Errorf("Span(%d, %d) = [%d, %d) (len raw %d)", i, i+1, s, e, len(raw))
		}
	}
	for i := 0; i < len(d.Text); i++ {
		r := d.find(i)
		if !r.copy {
			continue
		}
		got, want := raw[d.Offset(i)], d.Text[i]
		if got != want && !(want == ' ' && isSpace(got)) {
			return fmt.Errorf("Text[%d] = %q copied from raw[%d] = %q", i, want, d.Offset(i), got)
		}
	}
	if !words {
		return nil
	}
	text := d.Text
	for i := 0; i < len(text); {
		if !isAlnum(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && isAlnum(text[j]) {
			j++
		}
		w := text[i:j]
		if !copied(d, i, j) {
			i = j
			continue // decoded from a reference: not in raw as such
		}
		if got := string(raw[d.Offset(i) : d.Offset(j-1)+1]); got != w {
			return fmt.Errorf("word %q at [%d,%d) maps to %q", w, i, j, got)
		}
		if s, e := d.Span(i, j); string(raw[s:e]) != w {
			return fmt.Errorf("Span of word %q at [%d,%d) is %q", w, i, j, raw[s:e])
		}
		i = j
	}
	return nil
}

func TestMapHelpersCatchErrors(t *testing.T) {
	d := &Doc{Text: "ab", runs: []run{{t: 0, r0: 1, copy: true}}, rawLen: 2}
	assert.Error(t, mapError([]byte("xab"), d, true))
}

// copied reports whether Text[s:e] was copied from the input byte for byte.
func copied(d *Doc, s, e int) bool {
	for i := s; i < e; i++ {
		if !d.find(i).copy {
			return false
		}
	}
	return true
}
