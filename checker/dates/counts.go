package dates

import "strings"

// countLed: durations and offsets: "three years", "two weeks ago", "a year
// earlier", "10-year", "five days later".
func (p *parser) countLed(i int) (form, int, bool) {
	n, j, ok := p.count(i)
	if !ok {
		return form{}, i, false
	}
	half := false
	if n > 0 {
		j, half = p.halfAfter(j)
	}
	ranged := false
	if n > 0 && !half && (p.isKw(j, kwTo) || p.wordIs(j, "or")) {
		// "12 to 18 months", "three or four days": a length not known exactly
		if m, k, ok := p.count(j + 1); ok && m > n && !p.isKw(j+1, kwA) {
			if _, ok := p.unitAt(k); ok {
				n, j, ranged = -1, k, true
			}
		}
	}
	if n != 0 && (p.isKw(j, kwMore) || p.isKw(j, kwAdditional) || p.wordIs(j, "trading") ||
		p.wordIs(j, "business") || p.wordIs(j, "working")) && (p.isCls(j+1, cUnit) || p.isCls(j+1, cUnits)) {
		j++ // two more weeks, an additional year, eight trading days
	}
	adj := false
	if p.isPunct(j, '-') && p.attached(j) && p.attached(j+1) {
		j++
		adj = true
	}
	u, ok := p.unitAt(j)
	if !ok || u == uPeriod {
		return form{}, i, false
	}
	if u == uDay && p.isCls(j, cUnit) && p.wordIs(i, "one") && p.ok(i-1) && p.t[i-1].kind == tWord &&
		someDayWords[lower(p.src[p.t[i-1].start:p.t[i-1].end])] {
		r := newForm(fRef) // "Islam will one day be", "he hopes to one day fly": someday
		r.ref = "FUTURE_REF"
		return r, j + 1, true
	}
	if adj && (p.isPunct(j+1, '-') && p.attached(j+1) && p.wordIs(j+2, "old") || u == uQuarter && p.isCls(j, cUnits)) {
		return form{}, i, false // a 6-year-old, three-quarters
	}
	if u == uQuarter && p.isKw(j+1, kwOf) || p.wordIs(j+1, "old") {
		return form{}, i, false // a quarter of the vote, six years old
	}
	if p.isCls(j, cUnit) && p.t[j].val == uYear && p.isPunct(j+1, '-') && (p.isKw(j+2, kwEarlier) || p.isKw(j+2, kwAgo)) {
		return form{}, i, false // a year-earlier quarter: left to "year-earlier"
	}
	if p.isYear(i) && p.isCls(j, cUnit) {
		return form{}, i, false // the 1988 quarter
	}
	if p.isKw(i, kwA) && !p.isKw(j+1, kwAgo) && !p.isKw(j+1, kwEarlier) && !p.isKw(j+1, kwLater) && (p.isKw(i-1, kwOnce) || p.ok(i-1) && p.t[i-1].kind == tNum || p.isCls(i-1, cNumW) || p.isCls(i-1, cUnits)) {
		f := newForm(fSet) // $5 million a year, twice a week, 12 hours a day
		f.setValue = durValue(1, u)
		return f, j + 1, true
	}
	f := newForm(fDur)
	f.unit, f.n = u, n
	e := j + 1
	if p.isPunct(e, '-') && p.attached(e) && p.attached(e+1) && p.wordIs(e+1, "long") {
		if p.isCls(j, cUnits) && p.isKw(i, kwA) {
			f.n = -1 // a decades-long battle
		}
		return f, e + 2, true // a day-long meeting
	}
	if !half && n > 0 && !adj {
		e, half = p.halfAfter(e) // a year and a half
	}
	f.andHalf = half && u != uWeekend && u != uPeriod
	if p.wordIs(e, "or") && p.wordIs(e+1, "so") && (p.isKw(e+2, kwAgo) || p.isKw(e+2, kwEarlier) || p.isKw(e+2, kwLater)) {
		e += 2 // a week or so ago
	}
	if adj {
		return f, e, true
	}
	if n < 0 && p.isKw(e, kwAgo) {
		r := newForm(fRef) // several years ago: some time in the past
		r.ref = "PAST_REF"
		return r, e + 1, true
	}
	if n < 0 && (p.isKw(e, kwEarlier) || p.isKw(e, kwLater)) {
		return f, e, true // a few days later: a vague duration
	}
	switch {
	case p.isKw(e, kwAgo):
		f.kind, f.n, f.ago = fOffset, -n, true
		// "exactly one week ago": a day ("two weeks ago, on May 20" is
		// loose enough to mean the week)
		f.exactDay = f.unit >= uDay && f.unit <= uFortnight && f.unit != uWeekend && p.wordIs(i-1, "exactly")
		f.comparison = p.comparedBefore(i)
		return f, e + 1, true
	case p.isKw(e, kwEarlier) || p.isKw(e, kwBefore) && (!p.ok(e+1) || p.t[e+1].kind == tPunct):
		f.kind, f.n, f.anaphoric, f.counted = fOffset, -n, true, true
		return f, e + 1, true
	case p.isKw(e, kwLater) || p.isKw(e, kwAfter) && (!p.ok(e+1) || p.t[e+1].kind == tPunct):
		f.kind, f.n, f.anaphoric, f.counted = fOffset, n, true, true
		return f, e + 1, true
	case p.isKw(e, kwFrom) && (p.isKw(e+1, kwNow) || p.isKw(e+1, kwToday)), p.isKw(e, kwHence):
		// "three days from now", "a week from today, on Aug. 27": from
		// today, a week is that day
		f.kind = fOffset
		f.exactDay = p.isKw(e+1, kwToday) && f.unit >= uDay && f.unit <= uFortnight && f.unit != uWeekend
		if p.isKw(e, kwHence) {
			return f, e + 1, true
		}
		return f, e + 2, true
	}
	if n < 0 && !p.isKw(i, kwSeveral) && !p.isKw(i, kwA) && !ranged {
		return form{}, i, false
	}
	return f, e, true
}

// longAdj: "a day-long meeting", "a decades-long battle": a duration
// written as an adjective.
func (p *parser) longAdj(i int) (form, int, bool) {
	u, ok := p.unitAt(i)
	if !ok || u == uPeriod || u == uWeekend || !p.isPunct(i+1, '-') || !p.attached(i+1) || !p.attached(i+2) || !p.wordIs(i+2, "long") {
		return form{}, i, false
	}
	f := newForm(fDur)
	f.unit, f.n = u, 1
	if p.isCls(i, cUnits) {
		f.n = -1
	}
	return f, i + 3, true
}

// someDayWords are the words before which "one day" means someday.
var someDayWords = map[string]bool{"will": true, "would": true, "could": true, "might": true, "may": true,
	"can": true, "shall": true, "should": true, "must": true, "to": true, "he": true, "she": true, "they": true,
	"we": true, "i": true, "you": true, "it": true}

// inPhrase: "in three days" (an offset in future clauses), "in recent
// weeks", "in the coming days", "in the past"; i is at "in".
func (p *parser) inPhrase(i int) (form, int, bool) {
	j := i + 1
	if p.isKw(j, kwRecent) && p.isCls(j+1, cUnits) {
		f := newForm(fSpan)
		f.unit, f.n, f.recent = p.t[j+1].val, -1, true
		return f, j + 2, true
	}
	if p.isKw(j, kwThe) && p.isKw(j+1, kwComing) && p.isCls(j+2, cUnits) {
		f := newForm(fSpan)
		f.unit, f.n, f.fwd = p.t[j+2].val, -1, true
		return f, j + 3, true
	}
	if n, e, ok := p.count(j); ok && n != 0 && !p.isKw(j, kwA) {
		if u, ok := p.unitAt(e); ok && u != uPeriod && !p.isPunct(e-1, '-') && !(p.isKw(e+1, kwAgo) || p.isKw(e+1, kwEarlier) || p.isKw(e+1, kwLater)) {
			if p.rankedBefore(i) {
				// the first visit in four years, the highest level in six
				// months: the window of a record, a length
				d := newForm(fDur)
				d.unit, d.n = u, n
				return d, e + 1, true
			}
			f := newForm(fOffset)
			f.unit, f.n, f.inN = u, n, true
			return f, e + 1, true
		}
	}
	return form{}, i, false
}

// withinPhrase: "within six months", "within the next two years".
func (p *parser) withinPhrase(i int) (form, int, bool) {
	j := i + 1
	if p.isKw(j, kwThe) && (p.isKw(j+1, kwNext) || p.isKw(j+1, kwComing)) {
		j += 2
	}
	if n, e, ok := p.count(j); ok && n > 0 {
		if u, ok := p.unitAt(e); ok && u != uPeriod {
			f := newForm(fSpan)
			f.unit, f.n, f.fwd = u, n, true
			return f, e + 1, true
		}
	}
	return form{}, i, false
}

// rankedBefore reports a ranking word in the few words before "in" at i:
// "first", "last time", or a superlative ("highest", "worst", "most"),
// which make "in four years" the window of a record.
func (p *parser) rankedBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if p.t[k].kind == tPunct {
			return false
		}
		if p.t[k].kind != tWord {
			continue
		}
		w := lower(p.src[p.t[k].start:p.t[k].end])
		switch {
		case w == "first" || w == "most" || w == "least" || w == "best" || w == "worst":
			return true
		case len(w) > 5 && strings.HasSuffix(w, "est") && !notSuperlative[w]:
			return true
		}
	}
	return false
}

// notSuperlative are words in "-est" that rank nothing.
var notSuperlative = map[string]bool{"interest": true, "protest": true, "request": true, "contest": true,
	"harvest": true, "forest": true, "arrest": true, "invest": true, "suggest": true, "digest": true,
	"honest": true, "modest": true, "latest": true, "earliest": true, "nearest": true, "manifest": true, "conquest": true, "inquest": true, "behest": true,
	"unrest": true, "pretest": true}

// comparedBefore reports a word of comparison or a figure in the few words
// before i in its sentence ("up from $3 million a year ago", "lower than a
// year ago", "a loss of 14 cents a share a year ago"): "a year ago" then
// names the period a figure is compared with.
func (p *parser) comparedBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if p.isPunct(k, '.') && !p.attached(k) || p.isPunct(k, ';') {
			return false
		}
		if p.t[k].kind == tNum || p.isPunct(k, '$') || p.isPunct(k, '%') {
			return true
		}
		if p.t[k].kind != tWord {
			continue
		}
		switch lower(p.src[p.t[k].start:p.t[k].end]) {
		case "from", "than", "compared", "versus", "against", "with":
			return true
		}
	}
	return false
}
