package lexicon

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestParticleName: a lower-case name particle hyphened to a capitalised
// name is a word of a name; a capitalised compound, a common compound or
// an unknown prefix is not.
func TestParticleName(t *testing.T) {
	l := Default()
	for _, w := range []string{"al-Harthy", "el-Amin", "bin-Salem"} {
		assert.True(t, l.ParticleName(w), w)
	}
	for _, w := range []string{"Al-Harthy", "al-harthy", "well-known", "ex-Minister", "al-", "-Amin"} {
		assert.False(t, l.ParticleName(w), w)
	}
}

func TestRomanisesAtStart(t *testing.T) {
	l := Default()
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"Zhou", true},    // zh → j
		{"Khalid", true},  // kh → h
		{"Phuong", true},  // ph → f
		{"Yusuf", true},   // y → i
		{"Moreau", false}, // a romanisation only inside the word
		{"Lindqvist", false},
		{"", false},
	} {
		assert.Equal(t, tc.want, l.RomanisesAtStart(tc.word), tc.word)
	}
}

func TestFoldedAlt(t *testing.T) {
	l := Default()
	for _, tc := range []struct{ in, first, alt string }{
		{"đorđević", "dordevic", "djordjevic"},
		{"müller", "muller", "mueller"},
		{"sørensen", "sorensen", "soerensen"},
		{"dvořáková", "dvorakova", "dvorakova"}, // one plain spelling only
		{"lind", "lind", "lind"},
	} {
		assert.Equal(t, tc.first, l.Folded(tc.in), tc.in)
		assert.Equal(t, tc.alt, l.FoldedAlt(tc.in), tc.in)
	}
}
