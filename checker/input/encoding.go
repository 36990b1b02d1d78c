package input

import (
	"bytes"
	"errors"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// ErrBinary is returned by Decode for bytes that are not text.
var ErrBinary = errors.New("binary input, not text")

// Decode reads raw bytes as text and returns them as UTF-8, with the name
// of the encoding it read: "utf-8" (a byte order mark dropped), "utf-16le"
// or "utf-16be" (after their byte order marks), or "windows-1252" for
// bytes that are not UTF-8, as copy from older CMSs and wires often is
// (Latin-1's printable characters are the same). NUL bytes outside UTF-16
// mean binary input (an image, an executable): ErrBinary. Offsets in
// reports then index the UTF-8 text.
func Decode(raw []byte) (text, encoding string, err error) {
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		raw = raw[3:]
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}):
		return decodeUTF16(raw[2:], false), "utf-16le", nil
	case bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		return decodeUTF16(raw[2:], true), "utf-16be", nil
	}
	if bytes.IndexByte(raw, 0) >= 0 {
		return "", "", ErrBinary
	}
	if utf8.Valid(raw) {
		return string(raw), "utf-8", nil
	}
	return decode1252(raw), "windows-1252", nil
}

func decodeUTF16(raw []byte, bigEndian bool) string {
	units := make([]uint16, len(raw)/2)
	for i := range units {
		a, b := uint16(raw[2*i]), uint16(raw[2*i+1])
		if bigEndian {
			units[i] = a<<8 | b
		} else {
			units[i] = b<<8 | a
		}
	}
	return string(utf16.Decode(units))
}

// cp1252 holds the characters Windows-1252 puts at 0x80–0x9F; the five it
// leaves undefined are read as the Latin-1 control characters there.
var cp1252 = [32]rune{
	'€', 0x81, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0x8D, 'Ž', 0x8F,
	0x90, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0x9D, 'ž', 'Ÿ',
}

func decode1252(raw []byte) string {
	var b strings.Builder
	b.Grow(len(raw) + len(raw)/8)
	for _, c := range raw {
		switch {
		case c < 0x80:
			b.WriteByte(c)
		case c < 0xA0:
			b.WriteRune(cp1252[c-0x80])
		default:
			b.WriteRune(rune(c)) // Latin-1 from 0xA0 on
		}
	}
	return b.String()
}
