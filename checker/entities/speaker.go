package entities

import (
	"strings"

	"github.com/copydesk/copydesk/checker/lexicon"
	"github.com/copydesk/copydesk/checker/text"
)

// speakerOf returns the mention of who speaks the quote holding byte off,
// or -1: the copy attributes direct speech by a verb of saying just after
// the quote, before or after its subject ("...," said Akosua Boateng;
// "...," she said), or just before it ("Boateng said: ..."). A quote with
// no attribution of its own that goes on in the paragraph of an
// attributed one is the same speaker's ("'...,' he said after the
// service. 'I am 75 ...'").
func (f *finder) speakerOf(a *Analysis, off int) int {
	q, ok := text.QuoteAt(f.r.Quotes, off)
	if !ok {
		return -1
	}
	if m := f.attributed(a, q); m >= 0 {
		return m
	}
	if p, ok := f.quoteBefore(q); ok {
		return f.attributed(a, p)
	}
	return -1
}

// speakerBeforeQuote returns the person named as the speaker, by a verb
// of saying right before the name, in the sentence before the quote that
// closes before byte off, when fits allows them; else -1.
func (f *finder) speakerBeforeQuote(a *Analysis, off int, fits func(*Person) bool) int {
	var q text.Span
	found := false
	for _, p := range f.r.Quotes {
		if p.End > off {
			break
		}
		q, found = p, true
	}
	if !found {
		return -1
	}
	si := f.r.SentenceOf(f.r.TokenAt(q.Start))
	ts := f.r.Tokens
	for i := a.LastBefore(q.Start); i >= 0 && a.Mentions[i].Sentence >= si-1; i-- {
		m := a.Mentions[i]
		k := f.r.TokenAt(m.Start)
		if m.Kind != Name || m.Person < 0 || k < 1 {
			continue
		}
		j := k - 1
		for j > 0 && (f.lx.Is(lexicon.Honorifics, strings.TrimSuffix(ts[j].Lower, ".")) || ts[j].Lower == ".") {
			j-- // "said Dr. Kwabena Asamoah"
		}
		if saying(f.lx, ts[j]) && fits(&a.People[m.Person]) {
			return m.Person
		}
	}
	return -1
}

// quoteBefore returns the quote before q in q's paragraph, at most a
// sentence or two before it.
func (f *finder) quoteBefore(q text.Span) (text.Span, bool) {
	var prev text.Span
	found := false
	for _, p := range f.r.Quotes {
		if p.End > q.Start {
			break
		}
		prev, found = p, true
	}
	if !found || q.Start-prev.End > 240 || strings.Contains(f.s[prev.End:q.Start], "\n") {
		return text.Span{}, false
	}
	return prev, true
}

// attributed returns the mention a verb of saying beside quote q names as
// its speaker, or -1.
func (f *finder) attributed(a *Analysis, q text.Span) int {
	ts := f.r.Tokens
	k := f.r.TokenAt(q.End)
	for k < len(ts) && ts[k].Kind != text.Word {
		k++ // the closing mark and a comma
	}
	if k < len(ts) && ts[k].Start-q.End <= 4 {
		if saying(f.lx, ts[k]) {
			return f.mentionFrom(a, ts, k+1, 4) // "...," said Boateng
		}
		for j := k; j < len(ts) && j < k+3; j++ {
			// "...," Boateng said; "...," Chief Okorie said, past the
			// capitalised title before the name.
			if j > k && !ts[j-1].Capitalized(f.s) {
				break
			}
			if m := a.MentionAt(ts[j].Start); m >= 0 && a.Mentions[m].Person >= 0 && a.lastToken(f.r, m)+1 < len(ts) && saying(f.lx, ts[a.lastToken(f.r, m)+1]) {
				return m
			}
		}
	}
	// "Boateng said: ..." or "..., Boateng said, ...".
	j := f.r.TokenAt(q.Start) - 1
	for j >= 0 && ts[j].Kind != text.Word {
		j--
	}
	if j >= 1 && saying(f.lx, ts[j]) {
		if m := a.MentionAt(ts[j-1].Start); m >= 0 {
			return m
		}
	}
	return -1
}

// mentionFrom returns the first mention of a person starting within n
// tokens from ts[k], or -1.
func (f *finder) mentionFrom(a *Analysis, ts []text.Token, k, n int) int {
	for j := k; j < len(ts) && j < k+n; j++ {
		if m := a.MentionAt(ts[j].Start); m >= 0 && a.Mentions[m].Person >= 0 {
			return m
		}
	}
	return -1
}

// lastToken returns the index of the last token of mention m.
func (a *Analysis) lastToken(r *text.Reading, m int) int {
	return r.TokenAt(a.Mentions[m].End - 1)
}
