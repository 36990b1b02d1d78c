package dates

// point parses a calendar point at i: dates, months, years, decades,
// weekdays, seasons, quarters and halves, with their year where written.
// ctx says the words before make a bare month or year likely a date.
func (p *parser) point(i int, ctx bool) (form, int, bool) {
	if !p.ok(i) {
		return form{}, i, false
	}
	if f, j, ok := p.weekdayDate(i); ok {
		return f, j, true
	}
	if f, j, ok := p.monthLed(i, ctx); ok {
		return f, j, true
	}
	if d, j, ok := p.decadeAt(i); ok && p.isPunct(i, '\'') {
		f := newForm(fPoint) // the late '70s
		f.decade = d
		return f, j, true
	}
	if f, j, ok := p.numberLed(i, ctx); ok {
		return f, j, true
	}
	if f, j, ok := p.seasonLed(i, ctx); ok {
		return f, j, true
	}
	if f, j, ok := p.periodOrdinal(i); ok {
		return f, j, true
	}
	if f, j, ok := p.idLed(i); ok {
		return f, j, true
	}
	if f, j, ok := p.holidayLed(i); ok {
		return f, j, true
	}
	if f, j, ok := p.spelledYear(i); ok {
		return f, j, true
	}
	if f, j, ok := p.ordinalCentury(i); ok {
		return f, j, true
	}
	return form{}, i, false
}

// namedDays are the words that make a weekday the name of a feast or an
// event rather than the nearest such day.
var namedDays = map[string]bool{"good": true, "black": true, "cyber": true, "super": true, "bloody": true,
	"holy": true, "ash": true, "easter": true, "palm": true, "maundy": true, "shrove": true, "blue": true}

// yearAfter reads an optional ", 2026" / " 2026" / " of 2026" after a
// month or day; it returns the year and the index after it.
func (p *parser) yearAfter(j int) (int, int) {
	if y, e, ok := p.spelledYear(j); ok && y.year != 0 {
		return y.year, e
	}
	k := j
	if p.isPunct(k, ',') {
		k++
	} else if p.isKw(k, kwOf) {
		k++
	}
	if p.isYear(k) && !p.isPunct(k+1, '-') || p.isYear(k) && p.isPunct(k+1, '-') && !p.isNum(k+2) {
		return p.t[k].val, k + 1
	}
	if k > j {
		if y, e, ok := p.spelledYear(k); ok && y.year != 0 {
			return y.year, e // the winter of nineteen ninety-four
		}
	}
	return 0, j
}

// monthLed: "Feb. 4, 2026", "March 3rd", "February 2026", "Nov. 10-11",
// a bare "November".
func (p *parser) monthLed(i int, ctx bool) (form, int, bool) {
	m, j, ok := p.monthAt(i)
	if !ok {
		return form{}, i, false
	}
	f := newForm(fPoint)
	f.month = m
	if p.isPunct(j, '.') && p.attached(j) {
		j++
	}
	if d, k, ok := p.ordinalDay(j); ok {
		// "Saturday, March eighth", "on March twenty-first": the day as
		// a broadcast script spells it.
		f.day = d
		if y, q := p.yearAfter(k); y != 0 {
			f.year, f.yearDigits = y, 4
			k = q
		}
		return f, k, true
	}
	if p.dayNum(j) && !(p.isPunct(j+1, ':') && p.isNum(j+2) && p.attached(j+2)) && !(p.isPunct(j+1, '.') && p.isNum(j+2) && p.attached(j+2)) {
		f.day = p.t[j].val
		j++
		// Nov. 10-11: a range of days
		if p.isPunct(j, '-') && p.dayNum(j+1) && p.t[j+1].val > f.day && !p.isPunct(j+2, '-') {
			e := f
			e.day = p.t[j+1].val
			j += 2
			if y, k := p.yearAfter(j); y != 0 {
				f.year, e.year, f.yearDigits, e.yearDigits = y, y, 4, 4
				j = k
			}
			r := newForm(fRange)
			r.end = &e
			f2 := f
			r.year, r.month, r.day = f2.year, f2.month, f2.day
			r.end.tokEnd = j
			return r, j, true
		}
		// Dec. 28-Jan. 3: a range across months
		if p.isPunct(j, '-') {
			if m2, k, ok := p.monthAt(j + 1); ok && m2 != m {
				if p.isPunct(k, '.') && p.attached(k) {
					k++
				}
				if p.dayNum(k) && !p.isPunct(k+1, '-') && !p.isPunct(k+1, ':') {
					e := newForm(fPoint)
					e.month, e.day = m2, p.t[k].val
					k++
					if y, q := p.yearAfter(k); y != 0 {
						e.year, e.yearDigits, f.year, f.yearDigits = y, 4, y, 4
						if m2 < m {
							f.year-- // Dec. 28, 2026-Jan. 3, 2027 written with one year
						}
						k = q
					}
					r := newForm(fRange)
					r.end = &e
					r.year, r.month, r.day, r.yearDigits = f.year, f.month, f.day, f.yearDigits
					r.end.tokEnd = k
					return r, k, true
				}
			}
		}
		if y, k := p.yearAfter(j); y != 0 {
			f.year, f.yearDigits = y, 4
			j = k
		}
		return f, j, true
	}
	if y, k := p.yearAfter(j); y != 0 {
		f.year, f.yearDigits = y, 4 // February 2026, January nineteen ninety-seven
		return f, k, true
	}
	// a bare month
	if p.t[i].cls == cMonAbbr {
		return form{}, i, false
	}
	if ambiguousMonth(m) && !ctx && !p.monthContext(i) && !p.monthBeforeNoun(i) {
		return form{}, i, false
	}
	if p.ok(i+1) && p.t[i+1].kind == tWord && p.t[i+1].upper && p.t[i+1].cls == cNone && p.attached(i+1) == false &&
		!p.t[i+1].allUpper && !p.monthContext(i) {
		return form{}, i, false // April Ryan, a reporter
	}
	return f, i + 1, true
}

// weekdayDate: a weekday, with a date after it ("Wednesday, Feb. 5, 2026"),
// a part of the day ("Monday night") or alone.
func (p *parser) weekdayDate(i int) (form, int, bool) {
	wd, j, ok := p.weekdayAt(i)
	if !ok {
		return form{}, i, false
	}
	if p.ok(i-1) && p.t[i-1].kind == tWord && p.t[i-1].upper && namedDays[lower(p.src[p.t[i-1].start:p.t[i-1].end])] {
		return form{}, i, false // Good Friday, Black Friday, Super Tuesday
	}
	k := j
	if p.isPunct(k, ',') {
		k++
	}
	// "on Monday and Tuesday, Sept. 14 and 15": a date after a pair of
	// weekdays goes with the pair, in turn, not with the second alone.
	if !p.secondWeekday(i) {
		if f, e, ok := p.monthLed(k, true); ok && f.kind == fPoint && f.day != 0 {
			f.weekday, f.weekdayStated = wd, true
			f.wdStart, f.wdEnd, f.dateStart = i, j, k
			return f, e, true
		}
		if f, e, ok := p.dayMonth(k); ok {
			f.weekday, f.weekdayStated = wd, true
			f.wdStart, f.wdEnd, f.dateStart = i, j, k
			return f, e, true
		}
	}
	f := newForm(fPoint)
	f.weekday = wd
	f.possessive = p.isPunct(j, '\'') && p.attached(j) && p.wordIs(j+1, "s")
	f.earliest = p.asSoonAs(i)
	if p.isCls(j, cDayPart) {
		f.dayPart = p.t[j].val
		j++
	}
	return f, j, true
}

// secondWeekday reports a weekday at i that is the second of two joined by
// "and" or "or" ("Monday and Tuesday"): a date after the pair is the
// pair's, not the second weekday's alone.
func (p *parser) secondWeekday(i int) bool {
	if !p.wordIs(i-1, "and") && !p.wordIs(i-1, "or") {
		return false
	}
	_, _, ok := p.weekdayAt(i - 2)
	return ok
}

// dayMonth: "4 February 2026", "2 February", "3rd of March".
func (p *parser) dayMonth(i int) (form, int, bool) {
	if !p.dayNum(i) {
		return form{}, i, false
	}
	j := i + 1
	if p.isKw(j, kwOf) && p.t[i].ord {
		j++
	}
	m, k, ok := p.monthAt(j)
	if !ok {
		return form{}, i, false
	}
	f := newForm(fPoint)
	f.day, f.month = p.t[i].val, m
	if y, e := p.yearAfter(k); y != 0 {
		f.year, f.yearDigits = y, 4
		k = e
	}
	return f, k, true
}

// numberLed: ISO and numeric dates, years, year ranges, decades.
func (p *parser) numberLed(i int, ctx bool) (form, int, bool) {
	if f, j, ok := p.dayMonth(i); ok {
		return f, j, true
	}
	if !p.ok(i) || p.t[i].kind != tNum || p.t[i].frac {
		return form{}, i, false
	}
	t := p.t[i]
	// April 24 and 25: the second day shares the first's month
	if p.dayNum(i) && p.isKw(i-1, kwAnd) && p.dayNum(i-2) && p.t[i-2].val < t.val && (!p.ok(i+1) || p.t[i+1].kind == tPunct) {
		m, k, ok := p.monthAt(i - 3) // April 24
		if !ok {
			m, k, ok = p.monthAt(i - 4) // Nov. 3
		}
		if ok && k == i-2 {
			f := newForm(fPoint)
			f.month, f.day = m, t.val
			return f, i + 1, true
		}
	}
	// 2026-02-04
	if p.isYear(i) && p.isPunct(i+1, '-') && p.attached(i+1) && p.isNum(i+2) && p.t[i+2].ndig == 2 &&
		p.isPunct(i+3, '-') && p.attached(i+3) && p.isNum(i+4) && p.t[i+4].ndig == 2 {
		f := newForm(fPoint)
		f.year, f.month, f.day, f.yearDigits = t.val, p.t[i+2].val, p.t[i+4].val, 4
		if f.month >= 1 && f.month <= 12 && f.day >= 1 && f.day <= 31 {
			return f, i + 5, true
		}
		return form{}, i, false
	}
	// 2/4/2026, 02/04/26
	if t.ndig <= 2 && p.isPunct(i+1, '/') && p.attached(i+1) && p.isNum(i+2) && p.t[i+2].ndig <= 2 &&
		p.isPunct(i+3, '/') && p.attached(i+3) && p.isNum(i+4) && (p.t[i+4].ndig == 4 || p.t[i+4].ndig == 2) {
		a, b, y := t.val, p.t[i+2].val, p.t[i+4].val
		if p.dayFirst {
			a, b = b, a
		}
		if p.t[i+4].ndig == 2 {
			y += 1900
			if y < 1950 {
				y += 100
			}
		}
		if a >= 1 && a <= 12 && b >= 1 && b <= 31 {
			f := newForm(fPoint)
			f.month, f.day, f.year, f.yearDigits = a, b, y, 4
			return f, i + 5, true
		}
		return form{}, i, false
	}
	// 1990s, the '80s
	if t.plural && t.ndig == 2 && t.val%10 == 0 && p.isPunct(i-1, '\'') && p.attached(i) {
		f := newForm(fPoint)
		f.decade = shortDecade(t.val)
		return f, i + 1, true
	}
	if t.plural && t.ndig == 4 && t.val%10 == 0 && t.val >= 1000 && t.val < 3000 {
		f := newForm(fPoint)
		f.decade = t.val / 10
		return f, i + 1, true
	}
	if !p.isYear(i) {
		return form{}, i, false
	}
	if _, ok := p.unitAt(i + 1); ok {
		return form{}, i, false // 2000 years
	}
	if p.isCls(i+1, cMonth) || p.isCls(i+1, cMonAbbr) {
		return form{}, i, false
	}
	if p.designation(i + 1) {
		return form{}, i, false // the asteroid 2008 PL2: a name
	}
	f := newForm(fPoint)
	f.year, f.yearDigits = t.val, 4
	j := i + 1
	// 2024-25, 2019-2022: a range of years (fiscal or calendar)
	if p.isPunct(j, '-') && p.attached(j) && p.isNum(j+1) && p.attached(j+1) {
		n := p.t[j+1]
		end := 0
		if n.ndig == 2 && n.val == (t.val+1)%100 {
			end = t.val + 1
		} else if n.ndig == 4 && n.val > t.val && n.val-t.val < 100 {
			end = n.val
		}
		if end != 0 {
			e := newForm(fPoint)
			e.year, e.yearDigits = end, 4
			e.tokStart, e.tokEnd = j+1, j+2
			r := newForm(fRange)
			r.year, r.yearDigits = f.year, 4
			r.end = &e
			return r, j + 2, true
		}
		return form{}, i, false
	}
	if t.val < 1900 && !ctx && !p.yearContext(i) {
		return form{}, i, false
	}
	return f, j, true
}

// yearContext reports whether the word before i introduces a year.
func (p *parser) yearContext(i int) bool {
	if p.monthContext(i) {
		return true
	}
	return p.isCls(i-1, cUnit) && p.t[i-1].val == uYear
}

// seasonLed: "summer 2024", "spring of 2024", a bare "summer".
func (p *parser) seasonLed(i int, ctx bool) (form, int, bool) {
	if !p.isCls(i, cSeason) {
		return form{}, i, false
	}
	f := newForm(fPoint)
	f.season = p.t[i].val
	j := i + 1
	if y, k := p.yearAfter(j); y != 0 {
		f.year, f.yearDigits = y, 4
		j = k
	} else if !ctx && (!p.monthContext(i) || p.isKw(i-1, kwTo)) && !p.isKw(i-1, kwThe) || p.isKw(j, kwOf) && !p.isKw(j+1, kwThe) {
		return form{}, i, false // prices fall; the spring of discontent
	}
	if f.year == 0 && (p.isKw(j, kwThat) || p.wordIs(j, "which")) && p.waterVerb(j+1) {
		return form{}, i, false // the spring that feeds the reservoir
	}
	return f, j, true
}

// periodOrdinal: "third quarter", "third-quarter", "first half" with an
// optional year ("of 2025", "of last year" is left to the caller).
func (p *parser) periodOrdinal(i int) (form, int, bool) {
	n := 0
	switch {
	case p.isCls(i, cOrdW):
		n = p.t[i].val
	case (p.isKw(i, kwLast) || p.isKw(i, kwFinal)) && p.isKw(i+1, kwHalf) && p.isKw(i+2, kwOf):
		n = 2 // the last half of 1989
	case (p.isKw(i, kwLast) || p.isKw(i, kwFinal)) && p.isCls(i+1, cUnit) && p.t[i+1].val == uQuarter && p.isKw(i+2, kwOf):
		n = 4 // the last quarter of 1989, the final quarter of 2024
	default:
		return form{}, i, false
	}
	j := i + 1
	if p.isPunct(j, '-') && p.attached(j) {
		j++
	}
	f := newForm(fPoint)
	switch {
	case p.isCls(j, cUnit) && p.t[j].val == uQuarter && n <= 4:
		f.quarter = n
	case p.isKw(j, kwHalf) && n <= 2:
		// "the second half" is also a match's; only a year makes it one
		if _, k := p.yearAfter(j + 1); k == j+1 && !p.isKw(j+1, kwOf) && !p.isPossessiveYear(i-3) {
			return form{}, i, false
		}
		f.half = n
	default:
		return form{}, i, false
	}
	j++
	if y, k := p.yearAfter(j); y != 0 {
		f.year, f.yearDigits = y, 4
		j = k
	} else if p.isKw(j, kwOf) {
		// "the first half of the 1990s": a half of the decade; "the
		// fourth quarter of the game", "the first half of the match": no date
		if d, k, ok := p.decadeAt(j + 1); ok && f.half != 0 {
			g := newForm(fPoint)
			g.decade, g.decadeHalf = d, f.half
			return g, k, true
		}
		var probe form
		k := j + 1
		if p.ofYear(&probe, j) == j && (p.isKw(k, kwThe) || p.isKw(k, kwA) || p.wordIs(k, "its") || p.wordIs(k, "their") ||
			p.wordIs(k, "his") || p.wordIs(k, "her") || p.wordIs(k, "our")) {
			return form{}, i, false // but "the third quarter of $2 million" is one
		}
	}
	return f, j, true
}

// decadeAt reads a decade at i: "the 1990s", "the '80s", "1990s".
func (p *parser) decadeAt(i int) (int, int, bool) {
	if p.isKw(i, kwThe) {
		i++
	}
	if p.isPunct(i, '\'') && p.ok(i+1) && p.t[i+1].kind == tNum && p.t[i+1].plural && p.t[i+1].ndig == 2 && p.t[i+1].val%10 == 0 {
		return shortDecade(p.t[i+1].val), i + 2, true
	}
	if p.ok(i) && p.t[i].kind == tNum && p.t[i].plural && p.t[i].ndig == 4 && p.t[i].val%10 == 0 && p.t[i].val >= 1000 && p.t[i].val < 3000 {
		return p.t[i].val / 10, i + 1, true
	}
	return 0, i, false
}

// shortDecade is the decade of "'80s" (198) or "'10s" (201): the 1900s
// from '20s on, the 2000s before.
func shortDecade(v int) int {
	if v >= 20 {
		return 190 + v/10
	}
	return 200 + v/10
}

// isPossessiveYear reports "this year's" / "last year's" at i: the words
// before a period ordinal.
func (p *parser) isPossessiveYear(i int) bool {
	return p.isCls(i, cUnit) && p.t[i].val == uYear && p.isPunct(i+1, '\'') && p.wordIs(i+2, "s")
}

// idLed: "Q3 2025", "H1 2025", "Q3", "FY2025".
func (p *parser) idLed(i int) (form, int, bool) {
	if !p.ok(i) || p.t[i].kind != tWord {
		return form{}, i, false
	}
	f := newForm(fPoint)
	switch p.t[i].cls {
	case cQuarterID:
		f.quarter = p.t[i].val
	case cHalfID:
		f.half = p.t[i].val
	case cFY:
		y := p.t[i].val
		if y < 100 {
			y += 2000
		}
		f.year, f.yearDigits, f.fiscal = y, 4, true
		return f, i + 1, true
	default:
		return form{}, i, false
	}
	j := i + 1
	if y, k := p.yearAfter(j); y != 0 {
		f.year, f.yearDigits = y, 4
		j = k
	}
	return f, j, true
}
