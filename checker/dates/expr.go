package dates

// expr parses a whole expression at i: ranges and "since", "the ...",
// part modifiers, relative and anaphoric phrases, durations, sets, times
// and calendar points. It returns the form and its token span [s, e).
func (p *parser) expr(i int) (f form, s, e int, ok bool) {
	if !p.ok(i) {
		return f, i, i, false
	}
	t := p.t[i]
	if t.kind == tWord && t.cls == cKw {
		switch t.val {
		case kwSince:
			if f, e, ok := p.modified(i+1, true); ok && f.kind == fPoint {
				f.open = true
				f.tokStart, f.tokEnd = i+1, e
				return f, i, e, true
			}
		case kwFrom, kwBetween:
			if a, j, ok := p.modified(i+1, true); ok && a.kind == fPoint {
				sep := kwTo
				if t.val == kwBetween {
					sep = kwAnd
				}
				aEnd := j
				if p.isPunct(j, ',') && (p.isKw(j+1, sep) || t.val == kwFrom && (p.isKw(j+1, kwThrough) || p.isKw(j+1, kwUntil))) {
					j++ // "from Thursday, Aug. 11, to Sunday": the comma closes the first end's apposition
				}
				if p.isKw(j, sep) || t.val == kwFrom && (p.isKw(j, kwThrough) || p.isKw(j, kwUntil) || p.isPunct(j, '-')) {
					if b, k, ok := p.modified(j+1, true); ok && b.kind == fPoint {
						a.tokStart, a.tokEnd = i+1, aEnd
						b.tokStart, b.tokEnd = j+1, k
						return rangeOf(a, b), i, k, true
					}
				}
				return a, i + 1, aEnd, true
			}
		case kwIn:
			if f, e, ok := p.inPhrase(i); ok {
				return f, i, e, true
			}
		case kwWithin:
			if f, e, ok := p.withinPhrase(i); ok {
				return f, i, e, true
			}
		case kwOver:
			// "over the weekend" is "the weekend"; "over" itself is no part of it
		}
	}
	f, e, ok = p.modified(i, false)
	if !ok {
		return f, i, i, false
	}
	f.deadline = p.isKw(i-1, kwBy) || p.isKw(i-1, kwUntil) || p.isKw(i-1, kwThrough) || p.wordIs(i-1, "effective")
	// a range of points: "2019 to 2022", "Nov. 10 to 12"
	return f, i, e, true
}

func rangeOf(a, b form) form {
	// a month-day range without years shares the year written at its end
	if a.year == 0 && b.year != 0 && a.month != 0 && b.month != 0 {
		a.year, a.yearDigits = b.year, b.yearDigits
	}
	r := a
	r.kind = fRange
	e := b
	r.end = &e
	return r
}

// modified parses an expression with an optional "the" and part modifier:
// "the end of February", "early next year", "mid-2025", "late November",
// "earlier this month".
func (p *parser) modified(i int, ctx bool) (form, int, bool) {
	j := i
	the := p.isKw(j, kwThe)
	if the {
		j++
	}
	part := pNone
	switch {
	case p.isKw(j, kwEarly):
		part = pEarly
	case p.isKw(j, kwMid) || p.isKw(j, kwMiddle) && p.isKw(j+1, kwOf):
		part = pMid
	case p.isKw(j, kwLate) && !the:
		part = pLate
	case p.isKw(j, kwEnd) && p.isKw(j+1, kwOf):
		part = pEnd
	case p.isKw(j, kwBeginning) && p.isKw(j+1, kwOf):
		part = pBegin
	case p.isKw(j, kwEarlier) && !the && (p.isKw(j+1, kwThis) || p.isKw(j+1, kwIn)):
		part = pEarlier
	case p.isKw(j, kwLater) && !the && (p.isKw(j+1, kwThis) || p.isKw(j+1, kwIn)):
		part = pLater
	}
	if (part == pEarly || part == pLate) && !the {
		if _, ok := p.unitAt(j - 1); ok {
			// "began a fortnight late this year", "three days early": a
			// delay the span measures, no part of what follows.
			return form{}, i, false
		}
	}
	if part != pNone {
		k := j + 1
		if p.isPunct(k, '-') && p.attached(k) {
			k++
		}
		if part == pMid && p.isCls(k, cDayPart) && !the {
			// mid-afternoon, mid-morning yesterday: a part of the day
			f := newForm(fOffset)
			f.unit, f.dayPart = uDay, p.t[k].val
			e := k + 1
			if p.ok(e) && p.t[e].kind == tWord && p.t[e].cls == cKw {
				if n, _, ok := dayWord(p.t[e].val); ok {
					f.n = n
					e++
				}
			}
			return f, e, true
		}
		if p.isKw(k, kwOf) || p.isKw(k, kwIn) && (part == pEarlier || part == pLater || part == pEarly || part == pLate) {
			k++
		}
		if f, e, ok := p.inner(k); ok && (f.kind == fPoint || f.kind == fOffset && f.n == 0 || f.kind == fOffset && f.unit >= uWeek) {
			f.part = part
			return f, e, true
		}
	}
	if the {
		if f, e, ok := p.theCore(j); ok {
			return f, e, true
		}
		if f, e, ok := p.core(j, true); ok {
			if f.kind == fPoint && (f.decade != 0 || f.quarter != 0 || f.half != 0 || f.season != 0) ||
				f.kind == fDur || f.kind == fSpan || f.kind == fOffset && f.unit >= uWeek {
				return f, e, true
			}
		}
		return form{}, i, false
	}
	return p.core(i, ctx)
}

// inner parses what a part modifier applies to: "the year", "February",
// "next year", "the 1990s".
func (p *parser) inner(k int) (form, int, bool) {
	if p.isKw(k, kwThe) && p.isCls(k+1, cUnit) && (p.t[k+1].val == uMonth || p.t[k+1].val == uWeek || p.t[k+1].val == uDay) {
		f := newForm(fOffset) // the end of the month: this month's
		f.unit = p.t[k+1].val
		return f, k + 2, true
	}
	if p.isKw(k, kwThe) {
		if f, e, ok := p.theCore(k + 1); ok {
			return f, e, true
		}
		return p.core(k+1, true)
	}
	return p.core(k, true)
}

// ofYear reads "of 2025", "of this year", "of last year", "of the year"
// after a period; it sets the form's year and returns the index after.
func (p *parser) ofYear(f *form, j int) int {
	if f.year != 0 || !p.isKw(j, kwOf) {
		return j
	}
	k := j + 1
	if p.isYear(k) {
		f.year, f.yearDigits = p.t[k].val, 4
		return k + 1
	}
	isYear := func(x int) bool { return p.isCls(x, cUnit) && p.t[x].val == uYear }
	switch {
	case p.isKw(k, kwThis) && isYear(k+1), p.isKw(k, kwThe) && isYear(k+1),
		p.isKw(k, kwThe) && p.isKw(k+1, kwCurrent) && isYear(k+2):
		f.relYear = true
		if isYear(k + 1) {
			return k + 2
		}
		return k + 3
	case p.isKw(k, kwLast) && isYear(k+1), p.isKw(k, kwThe) && p.isKw(k+1, kwPrevious) && isYear(k+2):
		f.relYear, f.yearOffset = true, -1
		if isYear(k + 1) {
			return k + 2
		}
		return k + 3
	case p.isKw(k, kwNext) && isYear(k+1):
		f.relYear, f.yearOffset = true, 1
		return k + 2
	case p.isKw(k, kwThat) && isYear(k+1), p.isKw(k, kwThe) && p.isKw(k+1, kwSame) && isYear(k+2):
		f.relYear, f.anaphoric = true, true
		if isYear(k + 1) {
			return k + 2
		}
		return k + 3
	}
	return j
}

// theCore parses what only follows "the": "the day before", "the previous
// day", "the following week", "the past", "the future", "the weekend",
// "the first six months of 2025", "the year-earlier quarter", "the quarter".
func (p *parser) theCore(j int) (form, int, bool) {
	if !p.ok(j) {
		return form{}, j, false
	}
	if p.isKw(j, kwSame) && p.isCls(j+1, cUnit) && p.t[j+1].val == uYear && p.isPunct(j+2, '-') {
		j++ // the comparable year-ago quarter
	}
	// the quarter a year ago, the corresponding period last year: the
	// period being reported, a year before
	if k := j + 1; p.isKw(j, kwSame) || p.isCls(j, cUnit) {
		if !p.isCls(j, cUnit) {
			k = j + 2
		}
		if u, ok := p.unitAt(k - 1); ok && p.isCls(k-1, cUnit) && (u == uQuarter || u == uPeriod) {
			isYear := func(x int) bool { return p.isCls(x, cUnit) && p.t[x].val == uYear }
			e := 0
			switch {
			case p.isKw(k, kwA) && isYear(k+1) && (p.isKw(k+2, kwAgo) || p.isKw(k+2, kwEarlier)):
				e = k + 3
			case p.isKw(k, kwLast) && isYear(k+1):
				e = k + 2
			}
			if e > 0 {
				f := newForm(fOffset)
				f.unit, f.n, f.anaphoric, f.keepGrain = uYear, -1, true, true
				return f, e, true
			}
		}
	}
	// the day before / the week after / the year before
	if u, ok := p.unitAt(j); ok && p.isCls(j, cUnit) {
		if p.isKw(j+1, kwBefore) || p.isKw(j+1, kwAfter) {
			if !p.ok(j+2) || p.t[j+2].kind == tPunct || p.isKw(j+2, kwAnd) {
				f := newForm(fOffset)
				f.unit, f.n, f.anaphoric = u, 1, true
				if p.isKw(j+1, kwBefore) {
					f.n = -1
				}
				return f, j + 2, true
			}
			// the day before last Tuesday, the week after Christmas
			if u >= uDay && u <= uWeek {
				if of, e, ok := p.core(j+2, true); ok && of.kind == fPoint && of.end == nil &&
					(of.weekday >= 0 || of.day != 0 || of.holiday != 0) {
					f := newForm(fOffset)
					f.unit, f.n, f.of = u, 1, &of
					if p.isKw(j+1, kwBefore) {
						f.n = -1
					}
					return f, e, true
				}
			}
		}
		switch u {
		case uWeekend:
			f := newForm(fPoint)
			f.unit = uWeekend
			return f, j + 1, true
		case uQuarter, uPeriod:
			if p.isPunct(j+1, '-') && p.isKw(j+2, kwTo) {
				break // the quarter-to-quarter comparison
			}
			f := newForm(fOffset)
			f.unit, f.n, f.anaphoric, f.keepGrain = uQuarter, 0, true, true
			if p.wordIs(j+1, "ended") || p.wordIs(j+1, "ending") {
				// the quarter ended Sept. 30: the three months to that
				// day; the day stays an expression of its own
				if e, _, ok := p.point(j+2, true); ok && e.kind == fPoint && e.month != 0 && e.day != 0 && e.weekday < 0 {
					f.endMonth, f.endDay, f.endYear = e.month, e.day, e.year
				}
			}
			return f, j + 1, true
		case uYear, uMonth, uWeek, uDay:
			if p.isKw(j+1, kwOf) || p.isKw(j+1, kwThat) {
				break
			}
		}
	}
	switch {
	case p.isKw(j, kwPast) && !p.isCls(j+1, cUnit) && !p.isCls(j+1, cUnits) && !p.isCls(j+1, cNumW) && !p.isNum(j+1) && !p.isKw(j+1, kwSeveral):
		f := newForm(fRef)
		f.ref = "PAST_REF"
		return f, j + 1, true
	case p.isKw(j, kwFuture):
		f := newForm(fRef)
		f.ref = "FUTURE_REF"
		return f, j + 1, true
	case p.isKw(j, kwNear) && (p.isKw(j+1, kwFuture) || p.wordIs(j+1, "term") && !p.isPunct(j+2, '-')) && !p.isPunct(j+1, '-'):
		f := newForm(fRef) // the near future, the short term
		f.ref = "FUTURE_REF"
		return f, j + 2, true
	case p.isCls(j, cUnits) && p.t[j].val >= uDay && p.t[j].val != uPeriod && p.t[j].val != uWeekend &&
		(p.isKw(j-2, kwOver) || p.isKw(j-2, kwIn) || p.isKw(j-2, kwDuring)) && !p.isKw(j+1, kwAhead) && !p.isKw(j+1, kwOf) &&
		!p.isKw(j+1, kwBefore) && !p.isKw(j+1, kwAfter):
		f := newForm(fDur) // over the years, in the years that followed
		f.unit, f.n = p.t[j].val, -1
		return f, j + 1, true
	case p.isCls(j, cUnits) && p.isKw(j+1, kwAhead):
		f := newForm(fSpan) // the weeks ahead
		f.unit, f.n, f.fwd = p.t[j].val, -1, true
		return f, j + 2, true
	case (p.isKw(j, kwNext) || p.isKw(j, kwFollowing) || p.isKw(j, kwPrevious) || p.isKw(j, kwSame)) && p.isCls(j+1, cDayPart):
		f := newForm(fOffset) // the next morning, the previous night
		f.unit, f.anaphoric, f.dayPart = uDay, true, p.t[j+1].val
		switch p.t[j].val {
		case kwNext, kwFollowing:
			f.n = 1
		case kwPrevious:
			f.n = -1
		}
		return f, j + 2, true
	case p.isKw(j, kwSame) || p.isKw(j, kwPrevious) || p.isKw(j, kwFollowing) || p.isKw(j, kwNext) || p.isKw(j, kwLatest) || p.isKw(j, kwCurrent):
		if u, ok := p.unitAt(j + 1); ok && p.isCls(j+1, cUnit) {
			f := newForm(fOffset)
			f.unit, f.anaphoric = u, true
			switch p.t[j].val {
			case kwPrevious:
				f.n = -1
			case kwFollowing, kwNext:
				f.n = 1
			case kwSame:
				f.clauseAnchor = p.clauseStarts(j + 2)
			case kwCurrent:
				f.anaphoric = false
				if u == uPeriod {
					u = uQuarter
				}
				f.unit = u
			case kwLatest:
				// the latest quarter: the one being reported, or else the
				// latest completed one
				f.anaphoric = u == uQuarter || u == uPeriod
				if f.anaphoric {
					f.unit, f.keepGrain, f.latest = uQuarter, true, true
				}
			}
			if u == uPeriod {
				f.unit, f.keepGrain = uQuarter, true
			}
			return f, j + 2, true
		}
	case p.isCls(j, cOrdW) && p.t[j].val == 1:
		// the first six months of 2025
		if n, k, ok := p.count(j + 1); ok && n > 0 && n < 12 && p.isCls(k, cUnits) && p.t[k].val == uMonth {
			f := newForm(fPoint)
			f.firstMonths = n
			e := p.ofYear(&f, k+1)
			if e > k+2 {
				f.splitAt = k + 2 // "1997" in "the first nine months of 1997"
			}
			return f, e, true
		}
		// the first two quarters of 1990: the first half
		if n, k, ok := p.count(j + 1); ok && n == 2 && p.isCls(k, cUnits) && p.t[k].val == uQuarter {
			f := newForm(fPoint)
			f.half = 1
			if e := p.ofYear(&f, k+1); e > k+1 {
				return f, e, true
			}
		}
	case p.isCls(j, cUnit) && p.t[j].val == uYear && p.isPunct(j+1, '-') && (p.isKw(j+2, kwEarlier) || p.isKw(j+2, kwAgo)):
		// the year-earlier quarter, the year-ago period
		k := j + 3
		if q, e, ok := p.periodOrdinal(k); ok && q.year == 0 {
			// the year-earlier third quarter: that quarter, a year before
			q.relYear, q.yearOffset = true, -1
			return q, e, true
		}
		if n, e, ok := p.count(k); ok && n > 0 && n < 12 && p.isCls(e, cUnits) && p.t[e].val == uMonth {
			// the year-earlier nine months: the first nine months of last year
			q := newForm(fPoint)
			q.firstMonths, q.relYear, q.yearOffset = n, true, -1
			return q, e + 1, true
		}
		f := newForm(fOffset)
		f.unit, f.n, f.anaphoric, f.keepGrain = uYear, -1, true, true
		if p.isCls(k, cUnit) {
			return f, k + 1, true
		}
		return f, k, true
	}
	// the full year, the fiscal year: the current one
	if (p.wordIs(j, "full") || p.isKw(j, kwFiscal)) && p.isCls(j+1, cUnit) && p.t[j+1].val == uYear &&
		!p.wordIs(j+2, "ended") && !p.wordIs(j+2, "ending") {
		f := newForm(fOffset)
		f.unit, f.fiscal = uYear, p.isKw(j, kwFiscal)
		return f, j + 2, true
	}
	// the nineties
	if p.isCls(j, cDecadeW) {
		f := newForm(fPoint)
		f.decade = p.t[j].val
		return f, j + 1, true
	}
	// the 1988 quarter: the quarter being reported, in 1988
	if p.isYear(j) && p.isCls(j+1, cUnit) && (p.t[j+1].val == uQuarter || p.t[j+1].val == uPeriod) {
		f := newForm(fOffset)
		f.unit, f.anaphoric, f.keepGrain, f.year = uQuarter, true, true, p.t[j].val
		return f, j + 2, true
	}
	// the week of March 6
	if p.isCls(j, cUnit) && p.t[j].val == uWeek && p.isKw(j+1, kwOf) {
		if f, e, ok := p.point(j+2, true); ok && f.kind == fPoint && f.day != 0 {
			f.weekOf = true
			return f, e, true
		}
	}
	// the 1988 third quarter
	if p.isYear(j) {
		if f, e, ok := p.periodOrdinal(j + 1); ok && f.year == 0 {
			f.year, f.yearDigits = p.t[j].val, 4
			return f, e, true
		}
	}
	// the third quarter of last year, the first half of the year
	if f, e, ok := p.periodOrdinal(j); ok {
		return f, p.ofYear(&f, e), true
	}
	// the spring of 2024
	if f, e, ok := p.seasonLed(j, true); ok {
		return f, p.ofYear(&f, e), true
	}
	if p.isCls(j, cUnit) && (p.wordIs(j+1, "ended") || p.wordIs(j+1, "ending")) {
		f := newForm(fDur) // the year ended March 31: a fiscal period
		f.unit, f.n = p.t[j].val, 1
		return f, j + 1, true
	}
	if p.isCls(j, cUnit) && p.t[j].val == uYear {
		if y, e, ok := p.spelledYear(j + 1); ok {
			return y, e, true // the year two thousand
		}
		if p.isYear(j + 1) {
			f := newForm(fPoint)
			f.year, f.yearDigits = p.t[j+1].val, 4
			return f, j + 2, true
		}
	}
	// the year (only inside "the end of the year"), handled by the caller
	if p.isCls(j, cUnit) && p.t[j].val == uYear {
		f := newForm(fOffset)
		f.unit = uYear
		return f, j + 1, true
	}
	return form{}, j, false
}
