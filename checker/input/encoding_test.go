package input

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDecode(t *testing.T) {
	for _, c := range []struct {
		name     string
		raw      []byte
		text     string
		encoding string
	}{
		{"utf-8", []byte("Zürich, Feb. 4 — “Yes”"), "Zürich, Feb. 4 — “Yes”", "utf-8"},
		{"utf-8 with a byte order mark", []byte("\xEF\xBB\xBFOslo"), "Oslo", "utf-8"},
		{"windows-1252 quotes and dash", []byte("Z\xDCRICH, Feb. 4 \x97 \x93Yes,\x94 she said"), "ZÜRICH, Feb. 4 — “Yes,” she said", "windows-1252"},
		{"latin-1 letters", []byte("S\xE3o Paulo, Jos\xE9 M\xFCller"), "São Paulo, José Müller", "windows-1252"},
		{"euro sign", []byte("\x80 5 million"), "€ 5 million", "windows-1252"},
		{"utf-16le", []byte{0xFF, 0xFE, 'O', 0, 's', 0, 'l', 0, 'o', 0}, "Oslo", "utf-16le"},
		{"utf-16be", []byte{0xFE, 0xFF, 0, 'O', 0, 's', 0, 'l', 0, 'o'}, "Oslo", "utf-16be"},
	} {
		text, enc, err := Decode(c.raw)
		require.NoError(t, err, c.name)
		assert.Equal(t, c.text, text, c.name)
		assert.Equal(t, c.encoding, enc, c.name)
	}
	for _, raw := range [][]byte{{0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0}, []byte("text\x00with a NUL"), {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0}} {
		_, _, err := Decode(raw)
		assert.ErrorIs(t, err, ErrBinary)
	}
}
