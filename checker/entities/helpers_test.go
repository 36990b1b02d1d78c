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
