package lexicon

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ParticleName reports a word, as written, that joins a lower-case name
// particle (class name-particles) to a capitalised name with a hyphen:
// "al-Harthy", "el-Amin", "bin-Salem". It is a word of a name, though it
// does not start with a capital.
func (l *Lexicon) ParticleName(w string) bool {
	p := strings.IndexByte(w, '-')
	if p <= 0 || p+1 >= len(w) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(w)
	next, _ := utf8.DecodeRuneInString(w[p+1:])
	return !unicode.IsUpper(first) && unicode.IsUpper(next) && l.Is(NameParticles, strings.ToLower(w[:p]))
}
