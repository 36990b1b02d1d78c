package tense

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/copydesk/copydesk/checker/tagger"
	"github.com/copydesk/copydesk/checker/text"
)

// TestRelatedEventDate: a date of an event noun after "after" in a future
// clause, or after "before" in a past one, takes no tense from the clause;
// the clause keeps its side for "before" in the future, "after" in the
// past, and a date that is the preposition's own object.
func TestRelatedEventDate(t *testing.T) {
	for _, c := range []struct {
		text, date string
		want       Tense
	}{
		{"It will be the third strike this year, after a walkout in January and a stoppage on March 3.", "January", Unknown},
		{"It will be the third strike this year, after a walkout in January and a stoppage on March 3.", "March 3", Unknown},
		{"The plant will reopen after a two-week shutdown in August.", "August", Unknown},
		{"The council had approved the plan before the vote on March 3.", "March 3", Unknown},
		{"The union will strike again before the vote on March 3.", "March 3", Future},
		{"The shop will reopen after March 3.", "March 3", Future},
		{"She resigned after the vote on March 3.", "March 3", Past},
	} {
		sents := text.Sentences(c.text)
		cache := NewCacheOf(c.text, tagger.Default().Read(c.text, sents))
		start := strings.Index(c.text, c.date)
		assert.Equal(t, c.want, cache.At(0, start, start+len(c.date)).Tense, "%s: %q", c.text, c.date)
	}
}
