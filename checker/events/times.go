package events

import (
	"strings"

	"github.com/copydesk/copydesk/checker/tense"
	"github.com/copydesk/copydesk/checker/text"
)

type tenseResult = tense.Result

// timePreps are the prepositions a date may follow.
var timePreps = map[string]bool{
	"in": true, "on": true, "at": true, "during": true, "within": true, "by": true, "before": true, "after": true,
	"since": true, "from": true, "until": true, "till": true, "to": true, "for": true, "of": true, "through": true,
	"throughout": true, "over": true, "between": true, "around": true, "into": true, "as": true, "than": true,
}

// continuers are the lower-case words that may follow an adverbial date
// without making it a noun modifier ("in 2025 and", "last year when").
var continuers = map[string]bool{
	"and": true, "or": true, "but": true, "when": true, "as": true, "to": true, "that": true, "which": true,
	"who": true, "while": true, "after": true, "before": true, "than": true, "the": true, "a": true, "an": true,
	"his": true, "her": true, "its": true, "their": true, "he": true, "she": true, "it": true, "they": true,
	"we": true, "is": true, "are": true, "was": true, "were": true, "will": true, "would": true, "has": true,
	"have": true, "had": true, "be": true, "been": true, "in": true, "on": true, "at": true, "for": true,
	"with": true, "by": true, "from": true, "of": true, "if": true, "so": true, "because": true, "until": true,
	"since": true, "amid": true, "despite": true, "though": true, "although": true, "where": true, "then": true,
	"also": true, "alone": true, "ago": true, "earlier": true, "later": true, "said": true, "says": true,
	"told": true, "according": true, "could": true, "should": true, "may": true, "might": true, "can": true,
	"not": true, "only": true, "again": true, "already": true, "too": true, "instead": true, "onward": true,
	"onwards": true, "under": true, "into": true, "over": true, "about": true, "against": true, "through": true,
}

// timeUse records how the date ds[d] is used in its sentence.
func (a *analyzer) timeUse(si int, s text.Sentence, toks []token, d int, quoted []Span) {
	e := a.dates[d]
	u := TimeUse{Sentence: si, Mention: -1, Adverbial: true}
	u.Tense = tense.At(a.src, s, e.Start, e.End)
	if u.Tense.Tense == tense.Future {
		cue := strings.ToLower(u.Tense.Cue)
		for _, w := range pastFuture {
			if strings.HasPrefix(cue, w) {
				u.Reported = true
			}
		}
	}
	before, after, lastIn := -1, -1, -1
	for k, t := range toks {
		if t.end <= e.Start {
			before = k
		}
		if t.start < e.End && t.end > e.Start {
			lastIn = k
		}
		if t.start >= e.End {
			after = k
			break
		}
	}
	if before >= 0 && timePreps[toks[before].lower] {
		u.Prep = toks[before].lower
	}
	first := strings.ToLower(strings.SplitN(e.Text, " ", 2)[0])
	if before >= 0 && !determiners[first] {
		switch p := toks[before]; {
		case p.lower == "the" || p.lower == "a" || p.lower == "an" || p.lower == "its" || p.poss ||
			p.lower == "his" || p.lower == "her" || p.lower == "their":
			u.Adverbial = false // "the 2016 deal", "Putin's 2025 visit"
		}
	}
	if lastIn >= 0 && toks[lastIn].poss {
		u.Adverbial = false // "next month's summit"
	}
	if after >= 0 && (!u.Adverbial || isDigits(e.Text)) {
		n := toks[after]
		if n.word && !n.cap && !continuers[n.lower] && !strings.HasSuffix(n.lower, "ing") &&
			!strings.HasSuffix(n.lower, "ed") && !isDigits(n.lower) {
			u.Adverbial = false // a noun follows: "the 2016 deal", "2025 budget"
		}
	}
	for _, q := range quoted {
		if e.Start >= q.Start && e.Start < q.End {
			u.Quoted = true
			u.Adverbial = false
			break
		}
	}
	a.out.Times[d] = u
}

// quoteSpans returns the stretches of direct speech: between curly quotes,
// or between pairs of straight double quotes on one line.
func quoteSpans(src string) []Span {
	var out []Span
	open := -1
	for i := 0; i < len(src); i++ {
		switch {
		case strings.HasPrefix(src[i:], "“"):
			open = i
		case strings.HasPrefix(src[i:], "”"):
			if open >= 0 {
				out = append(out, Span{open, i})
				open = -1
			}
		case src[i] == '"':
			if open >= 0 {
				out = append(out, Span{open, i})
				open = -1
			} else {
				open = i
			}
		case src[i] == '\n':
			if open >= 0 && src[open] == '"' {
				open = -1
			}
		}
	}
	return out
}

// pastFuture are the words that open a future seen from the past.
var pastFuture = []string{"would ", "'d ", "’d ", "was ", "were ", "had ", "planned ", "intended ", "hoped ", "aimed ", "expected "}
