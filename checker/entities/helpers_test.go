package entities

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// ref is the publication date the tests read their copy against.
var ref = time.Date(2026, 3, 3, 0, 0, 0, 0, time.UTC)

// assertVariantOf checks that the mention slip in text names the person
// first named full, as a spelling variant of that name.
func assertVariantOf(t *testing.T, text, full, slip string) {
	t.Helper()
	a := Find(text, ref)
	id, _ := person(t, a, full)
	m := mention(t, a, slip)
	assert.Equal(t, id, m.Person, text)
	assert.True(t, m.Variant, text)
}

// birthCase is a text, a birth as the analysis writes it, and the name of
// the person it must be tied to.
type birthCase struct{ text, birth, who string }

// assertBirths checks that each case's birth is tied to its person.
func assertBirths(t *testing.T, cases []birthCase) {
	t.Helper()
	for _, c := range cases {
		assert.Equal(t, c.who, whoseBirth(t, Find(c.text, ref), c.birth), c.text)
	}
}

// ageCase is a text, an age as the analysis writes it, and the name of the
// person it must be tied to.
type ageCase struct{ text, age, who string }

// assertAges checks that each case's age is tied to its person.
func assertAges(t *testing.T, cases []ageCase) {
	t.Helper()
	for _, c := range cases {
		assert.Equal(t, c.who, whoseAge(t, Find(c.text, ref), c.age), c.text)
	}
}

// variantCase is a text, a name in it, and whether that name is read as
// another's spelling variant.
type variantCase struct {
	text, variant string
	want          bool
}

// assertVariants checks each case's name mention for a spelling variant.
func assertVariants(t *testing.T, cases []variantCase) {
	t.Helper()
	for _, c := range cases {
		got := false
		for _, m := range Find(c.text, ref).Mentions {
			if m.Kind == Name && m.Text == c.variant && m.Variant {
				got = true
			}
		}
		assert.Equal(t, c.want, got, c.text)
	}
}
