package text

import (
	"strings"
	"unicode"
)

// FirstField returns the first run of non-space characters in s, as
// strings.Fields(s)[0] would, without building the rest ("" when s is all
// space).
func FirstField(s string) string {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	if k := strings.IndexFunc(s, unicode.IsSpace); k >= 0 {
		return s[:k]
	}
	return s
}
