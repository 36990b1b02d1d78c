package tense

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/copydesk/copydesk/checker/tagger"
	"github.com/copydesk/copydesk/checker/text"
)

// tenseOf returns the tense at date, a stretch of s's first sentence, over
// a tagged reading of s.
func tenseOf(s, date string) Tense {
	cache := NewCacheOf(s, tagger.Default().Read(s, text.Sentences(s)))
	start := strings.Index(s, date)
	return cache.At(0, start, start+len(date)).Tense
}

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
		assert.Equal(t, c.want, tenseOf(c.text, c.date), "%s: %q", c.text, c.date)
	}
}

// TestParentheticalDate: a date set off by commas inside its clause takes
// the tense of the clause's verb after its closing comma.
func TestParentheticalDate(t *testing.T) {
	for _, c := range []struct {
		text, date string
		want       Tense
	}{
		{"Her first visit to Sarvenia, in March, produced a joint statement.", "March", Past},
		{"The second round, in June, will decide the title.", "June", Future},
		{"The old bridge, in 1990, carried 4,000 cars a day.", "1990", Past},
	} {
		assert.Equal(t, c.want, tenseOf(c.text, c.date), "%s: %q", c.text, c.date)
	}
}

// TestRecalledEventDate: a date inside the of-phrase of a commemoration
// noun dates the event recalled and takes no tense from the clause that
// marks the occasion; a date of the clause's own object keeps it.
func TestRecalledEventDate(t *testing.T) {
	for _, c := range []struct {
		text, date string
		want       Tense
	}{
		{"The hospital prepares to mark the 75th anniversary of its founding in 1957.", "1957", Unknown},
		{"The club will celebrate the centenary of the opening of its first stadium in 1926.", "1926", Unknown},
		{"Next year the firm will celebrate the bicentenary of its incorporation on March 3, 1826.", "March 3, 1826", Unknown},
		{"The town will hold a commemoration of the flood in May 1953 next spring.", "May 1953", Unknown},
		{"The hall will host its reopening in January 2026.", "January 2026", Future},
		{"The board will mark the occasion with a dinner in March.", "March", Future},
	} {
		assert.Equal(t, c.want, tenseOf(c.text, c.date), "%s: %q", c.text, c.date)
	}
}
