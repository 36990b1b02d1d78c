package text

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestTagNames(t *testing.T) {
	for tg := Tag(1); tg < NumTags; tg++ {
		got, ok := ParseTag(tg.String())
		assert.True(t, ok, tg.String())
		assert.Equal(t, tg, got, tg.String())
	}
	for _, c := range []struct {
		tag  Tag
		name string
	}{
		{NN, "NN"}, {PRPS, "PRP$"}, {WPS, "WP$"}, {LRB, "-LRB-"}, {RRB, "-RRB-"}, {OpenQ, "``"}, {CloseQ, "''"},
		{Period, "."}, {Comma, ","}, {Colon, ":"}, {Dollar, "$"}, {Hash, "#"}, {HYPH, "HYPH"}, {XX, "XX"},
		{None, ""}, {Tag(200), ""},
	} {
		assert.Equal(t, c.name, c.tag.String())
	}
	_, ok := ParseTag("ZZ")
	assert.False(t, ok)
}

func TestTagPredicates(t *testing.T) {
	for _, c := range []struct {
		tag                                      Tag
		noun, proper, verb, finite, adj, adv, pu bool
	}{
		{NN, true, false, false, false, false, false, false},
		{NNPS, true, true, false, false, false, false, false},
		{VBD, false, false, true, true, false, false, false},
		{VBN, false, false, true, false, false, false, false},
		{MD, false, false, false, true, false, false, false},
		{JJS, false, false, false, false, true, false, false},
		{RBR, false, false, false, false, false, true, false},
		{HYPH, false, false, false, false, false, false, true},
		{CD, false, false, false, false, false, false, false},
	} {
		assert.Equal(t, c.noun, c.tag.IsNoun(), "%s IsNoun", c.tag)
		assert.Equal(t, c.proper, c.tag.IsProper(), "%s IsProper", c.tag)
		assert.Equal(t, c.verb, c.tag.IsVerb(), "%s IsVerb", c.tag)
		assert.Equal(t, c.finite, c.tag.IsFinite(), "%s IsFinite", c.tag)
		assert.Equal(t, c.adj, c.tag.IsAdjective(), "%s IsAdjective", c.tag)
		assert.Equal(t, c.adv, c.tag.IsAdverb(), "%s IsAdverb", c.tag)
		assert.Equal(t, c.pu, c.tag.IsPunct(), "%s IsPunct", c.tag)
	}
}
