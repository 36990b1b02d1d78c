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
