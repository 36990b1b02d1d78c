package dates

import (
	"strings"

	wordlex "github.com/copydesk/copydesk/checker/lexicon"
)

// parser reads date grammar over a token slice. Every production looks at
// a bounded number of tokens, so one left-to-right pass is linear.
type parser struct {
	src      string
	t        []token
	dayFirst bool
}

func (p *parser) ok(i int) bool { return i >= 0 && i < len(p.t) }

func (p *parser) isCls(i int, c cls) bool { return p.ok(i) && p.t[i].kind == tWord && p.t[i].cls == c }

func (p *parser) isKw(i int, k int) bool {
	return p.ok(i) && p.t[i].kind == tWord && p.t[i].cls == cKw && p.t[i].val == k
}

func (p *parser) isPunct(i int, c byte) bool {
	return p.ok(i) && p.t[i].kind == tPunct && p.t[i].p == c
}

// attached reports whether token i follows token i-1 with no space.
func (p *parser) attached(i int) bool { return p.ok(i) && !p.t[i].sp }

func (p *parser) isNum(i int) bool { return p.ok(i) && p.t[i].kind == tNum && !p.t[i].frac }

// isYear reports whether token i is a plain four-digit year.
func (p *parser) isYear(i int) bool {
	if !p.isNum(i) || p.t[i].ndig != 4 || p.t[i].ord || p.t[i].plural {
		return false
	}
	v := p.t[i].val
	if v < 1000 || v > 2999 {
		return false
	}
	if p.isPunct(i-1, '$') || p.isPunct(i+1, '%') || p.isPunct(i+1, ':') && p.isNum(i+2) {
		return false
	}
	if p.isPunct(i-1, '.') && p.attached(i) || p.isPunct(i-1, '#') {
		return false
	}
	if p.ok(i-1) && p.t[i-1].kind == tWord && labelNouns[lower(p.src[p.t[i-1].start:p.t[i-1].end])] {
		return false // Room 1984, Flight 2026
	}
	return true
}

// labelNouns are words a number after which is a label, not a year.
var labelNouns = map[string]bool{"room": true, "flight": true, "route": true, "channel": true, "no": true,
	"number": true, "highway": true, "article": true, "section": true, "page": true, "resolution": true,
	"bus": true, "line": true, "platform": true, "gate": true, "apartment": true, "suite": true, "unit": true,
	"level": true, "model": true, "version": true, "code": true, "district": true, "street": true, "avenue": true,
	"interstate": true, "mile": true, "km": true, "row": true, "seat": true, "lot": true, "pier": true, "chapter": true}

// dayNum reports whether token i is a day of month (1..31, one or two digits).
func (p *parser) dayNum(i int) bool {
	return p.isNum(i) && p.t[i].ndig <= 2 && !p.t[i].plural && p.t[i].val >= 1 && p.t[i].val <= 31
}

// count reads a count at i: a number, a number word (with "twenty-four"),
// "a"/"an", or "several"/"few". It returns the value (-1 for vague), the
// index after it, and ok.
func (p *parser) count(i int) (int, int, bool) {
	if !p.ok(i) {
		return 0, i, false
	}
	t := p.t[i]
	switch {
	case t.kind == tNum && !t.ord && !t.plural:
		if t.frac {
			return 0, i, false
		}
		return t.val, i + 1, true
	case t.kind == tWord && t.cls == cNumW:
		v := t.val
		j := i + 1
		if v >= 20 && v < 100 && p.isPunct(j, '-') && p.attached(j) && p.isCls(j+1, cNumW) && p.t[j+1].val < 10 {
			v += p.t[j+1].val
			j += 2
		} else if v >= 20 && v < 100 && v%10 == 0 && p.isCls(j, cNumW) && p.t[j].val >= 1 && p.t[j].val < 10 {
			v += p.t[j].val // twenty four
			j++
		} else if p.isCls(j, cNumW) && p.t[j].val == 100 {
			v *= 100
			j++
		}
		return v, j, true
	case t.kind == tWord && t.cls == cKw && t.val == kwA:
		if p.isKw(i+1, kwFew) || p.isKw(i+1, kwSeveral) {
			return -1, i + 2, true
		}
		if p.isKw(i+1, kwCouple) && p.isKw(i+2, kwOf) {
			return 2, i + 3, true // a couple of years
		}
		return 1, i + 1, true
	case t.kind == tWord && t.cls == cKw && t.val == kwSeveral:
		return -1, i + 1, true
	case t.kind == tWord && t.cls == cKw && t.val == kwCouple && p.isKw(i-1, kwNext) && p.isKw(i+1, kwOf):
		return 2, i + 2, true // the next couple of years
	}
	return 0, i, false
}

// halfAfter reads "1/2" or "and a half" at i, as in "2 1/2 years" and "two
// and a half years", and returns the index after it.
func (p *parser) halfAfter(i int) (int, bool) {
	if p.isNum(i) && p.t[i].val == 1 && p.isPunct(i+1, '/') && p.attached(i+1) && p.isNum(i+2) && p.attached(i+2) && p.t[i+2].val == 2 {
		return i + 3, true
	}
	if p.isKw(i, kwAnd) && p.isKw(i+1, kwA) && p.wordIs(i+2, "half") {
		return i + 3, true
	}
	return i, false
}

// kwFew aliases kwSeveral: "a few".
const kwFew = kwSeveral

// unitAt reads a unit word at i (singular or plural).
func (p *parser) unitAt(i int) (int, bool) {
	if p.isCls(i, cUnit) || p.isCls(i, cUnits) {
		return p.t[i].val, true
	}
	return 0, false
}

// monthAt reads a month at i: a full name, or an abbreviation followed by
// a period or a number. It returns the month and the index after it
// (after the period of an abbreviation).
func (p *parser) monthAt(i int) (int, int, bool) {
	if !p.ok(i) || p.t[i].kind != tWord {
		return 0, i, false
	}
	t := p.t[i]
	if p.isPunct(i+1, '-') && p.attached(i+1) && p.ok(i+2) && p.t[i+2].kind == tWord {
		return 0, i, false // Mar-a-Lago
	}
	switch t.cls {
	case cMonth:
		if !t.upper {
			return 0, i, false
		}
		j := i + 1
		if p.isPunct(j, '.') && p.attached(j) && p.dayNum(j+1) { // "May. 9" is a typo we accept
			j++
		}
		return t.val, j, true
	case cMonAbbr:
		if !t.upper {
			return 0, i, false
		}
		if p.isPunct(i+1, '.') && p.attached(i+1) {
			return t.val, i + 2, true
		}
		if p.dayNum(i+1) || p.isYear(i+1) {
			return t.val, i + 1, true
		}
	}
	return 0, i, false
}

// weekdayAt reads a weekday at i: a capitalised full name, or an
// abbreviation with a period ("Sun." but not "Sun").
func (p *parser) weekdayAt(i int) (int, int, bool) {
	if !p.ok(i) || p.t[i].kind != tWord || !p.t[i].upper {
		return 0, i, false
	}
	t := p.t[i]
	switch t.cls {
	case cWeekday:
		if (p.isKw(i-1, kwThe) || p.isKw(i-1, kwA)) && p.ok(i+1) && p.t[i+1].kind == tWord && p.t[i+1].upper && p.t[i+1].cls == cNone {
			return 0, i, false // The Sunday Telegraph, a Wednesday Addams costume: a name
		}
		return t.val, i + 1, true
	case cWdAbbr:
		if p.isPunct(i+1, '.') && p.attached(i+1) && (p.isPunct(i+2, ',') || p.ok(i+2) && p.t[i+2].cls == cMonAbbr || p.isCls(i+2, cMonth)) {
			return t.val, i + 2, true
		}
	}
	return 0, i, false
}

// ambiguousMonth: "May" and "March" are also a verb and a noun.
func ambiguousMonth(m int) bool { return m == 5 || m == 3 }

// monthContext reports whether the words before token i make a bare
// month likely a date: a preposition or a modifier.
func (p *parser) monthContext(i int) bool {
	if !p.ok(i-1) || p.t[i-1].kind != tWord || p.t[i-1].cls != cKw {
		return false
	}
	switch p.t[i-1].val {
	case kwIn, kwSince, kwUntil, kwBy, kwLast, kwThis, kwNext, kwEarly, kwLate, kwMid, kwOf, kwFrom, kwTo,
		kwThrough, kwBetween, kwDuring, kwBefore, kwAfter, kwEnd, kwAnd, kwPast, kwComing, kwOn:
		return true
	case kwFor:
		return p.scheduledBefore(i - 2)
	}
	return false
}

// scheduledBefore reports a verb of scheduling at token i, the word before
// "for" ("set for May", "is planned for March", "pencilled in for May"
// past its particle): the month after names the time set, not a march or
// a person.
func (p *parser) scheduledBefore(i int) bool {
	if p.wordIs(i, "in") {
		i-- // "pencilled in for May"
	}
	if !p.ok(i) || p.t[i].kind != tWord {
		return false
	}
	lx := wordlex.Default()
	w := lower(p.src[p.t[i].start:p.t[i].end])
	return lx.Is(wordlex.TargetVerbs, lx.Lemma(w, wordlex.Verb)) && !lx.Is(wordlex.SayingVerbs, lx.Lemma(w, wordlex.Verb))
}

// monthBeforeNoun reports a capitalised "March" or "May" at i between "the"
// and a lower-case word that is no keyword ("the March merger", "the May
// election"): a month naming the event after it, not the noun or the verb
// ("the March on Washington", "May Day").
func (p *parser) monthBeforeNoun(i int) bool {
	if !p.isKw(i-1, kwThe) || !p.ok(i+1) || p.t[i+1].kind != tWord || p.t[i+1].upper || p.t[i+1].cls == cKw {
		return false
	}
	return true
}

// wordIs reports whether token i is the word w, in any case.
func (p *parser) wordIs(i int, w string) bool {
	return p.ok(i) && p.t[i].kind == tWord && eqFold(p.src[p.t[i].start:p.t[i].end], w)
}

// clauseStarts reports a clause opening at token i, its subject a noun
// phrase's determiner or a subject pronoun with no punctuation before it:
// "the same year the cooperative was founded", "the same day she was
// sworn in". A determiner before a unit of time opens a time phrase, not a
// clause: "the same period a year earlier", "the same week last year".
func (p *parser) clauseStarts(i int) bool {
	if !p.ok(i) || p.t[i].kind != tWord || !p.t[i].sp {
		return false
	}
	lx := wordlex.Default()
	w := strings.ToLower(p.src[p.t[i].start:p.t[i].end])
	if lx.Is(wordlex.Determiners, w) {
		return !p.isCls(i+1, cUnit) && !p.isCls(i+1, cUnits) && p.ok(i+1) && p.t[i+1].kind == tWord
	}
	return strings.HasSuffix(lx.Value(wordlex.PersonPronouns, w), "subject") || w == "they" || w == "we" || w == "it"
}

// ordinalDay reads a day of the month spelled as an ordinal word at i
// ("eighth", "twenty-first", "thirty first") and returns it and the index
// after it.
func (p *parser) ordinalDay(i int) (int, int, bool) {
	if !p.ok(i) || p.t[i].kind != tWord || !p.t[i].sp {
		return 0, i, false
	}
	if n, ok := p.ordinalWord(i); ok && n >= 1 && n <= 31 {
		return n, i + 1, true
	}
	if !p.isCls(i, cNumW) || p.t[i].val != 20 && p.t[i].val != 30 {
		return 0, i, false
	}
	j := i + 1
	if p.isPunct(j, '-') && p.attached(j) {
		j++
	}
	if n, ok := p.ordinalWord(j); ok && n >= 1 && n <= 9 && p.t[i].val+n <= 31 {
		return p.t[i].val + n, j + 1, true
	}
	return 0, i, false
}

// ordinalWord returns the number an ordinal word at i stands for.
func (p *parser) ordinalWord(i int) (int, bool) {
	if !p.ok(i) || p.t[i].kind != tWord {
		return 0, false
	}
	n, full, ok := wordlex.Default().Number(wordlex.Ordinals, strings.ToLower(p.src[p.t[i].start:p.t[i].end]))
	return n, ok && full
}
