package tense

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/copydesk/copydesk/checker/tagger"
	"github.com/copydesk/copydesk/checker/text"
)

// TestCacheAgreesWithAt checks that the shared per-sentence analysis gives
// the answers At gives, for short sentences and for a run-on one that the
// cache answers window by window.
func TestCacheAgreesWithAt(t *testing.T) {
	src := "Putin will visit China in May. He met Xi on Monday, officials said. " +
		"The summit, which was held in 2024, is expected to resume next year.\n" +
		strings.Repeat("the talks went on and on and will end in June and ", 60) + "then stopped."
	sents := text.Sentences(src)
	c := NewCache(src, sents)
	for si, s := range sents {
		for _, w := range []string{"May", "Monday", "2024", "next year", "June"} {
			for off := strings.Index(src[s.Start:s.End], w); off >= 0; {
				start := s.Start + off
				assert.Equal(t, At(src, s, start, start+len(w)), c.At(si, start, start+len(w)), "%q in sentence %d", w, si)
				next := strings.Index(src[start+len(w):s.End], w)
				if next < 0 {
					break
				}
				off = start + len(w) + next - s.Start
			}
		}
	}
}

// TestTaggedVerbs: over a shared, tagged reading, a finite verb the tense
// lexicon does not list still decides its clause's tense.
func TestTaggedVerbs(t *testing.T) {
	for _, c := range []struct {
		src, at string
		want    Tense
	}{
		{"Warda was born on Oct. 3, 1982, in Gdynia, and turns 45 next month.", "next month", Present},
		{"The captain retired from the navy in 2019 and now runs a sailing school this season.", "this season", Present},
		{"Kos joined the club in 2010 and plays his last match next week.", "next week", Present},
		{"The ferry sailed from Brekka and docked in Olmo on Friday.", "on Friday", Past},
	} {
		r := tagger.Default().Read(c.src, nil)
		cache := NewCacheOf(c.src, r)
		i := strings.Index(c.src, c.at)
		assert.Equal(t, c.want, cache.At(0, i, i+len(c.at)).Tense, c.src)
	}
}

// TestTaggedVerbSecondInClause: a clause has one finite verb, so a word
// only the tagger read as a verb after the clause's finite group, with no
// "and" or comma between, is none ("will replace the paper tally sheets
// ... in January").
func TestTaggedVerbSecondInClause(t *testing.T) {
	for _, c := range []struct {
		src, at string
		want    Tense
	}{
		{"The board will replace the paper tally sheets with scanned forms in January 2026.", "January 2026", Future},
		{"The county will replace its paper tally sheets with tablets next year.", "next year", Future},
		{"The clinic will replace its paper tally sheets with scanners in May.", "in May", Future},
		{"Kos joined the club in 2010 and plays his last match next week.", "next week", Present},
	} {
		r := tagger.Default().Read(c.src, nil)
		cache := NewCacheOf(c.src, r)
		i := strings.Index(c.src, c.at)
		assert.Equal(t, c.want, cache.At(0, i, i+len(c.at)).Tense, c.src)
	}
}

// TestCacheBlocksOnRunOn: over a shared reading, a run-on sentence is read
// block by block, one window around each block; every date in it still
// takes its own clause's tense.
func TestCacheBlocksOnRunOn(t *testing.T) {
	src := strings.Repeat("the first talks ended in May and the next round will end in June and ", 80) + "then stopped."
	r := tagger.Default().Read(src, nil)
	c := NewCacheOf(src, r)
	for _, tc := range []struct {
		at   string
		want Tense
	}{{"May", Past}, {"June", Future}} {
		n := 0
		for off := strings.Index(src, tc.at); off >= 0; {
			assert.Equal(t, tc.want, c.At(0, off, off+len(tc.at)).Tense, "%q at %d", tc.at, off)
			n++
			next := strings.Index(src[off+1:], tc.at)
			if next < 0 {
				break
			}
			off += 1 + next
		}
		assert.Equal(t, 80, n)
	}
}
