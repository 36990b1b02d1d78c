package dates

import "fmt"

// core parses an expression without "the" or a part modifier.
func (p *parser) core(i int, ctx bool) (form, int, bool) {
	if !p.ok(i) {
		return form{}, i, false
	}
	t := p.t[i]
	if t.kind == tWord && t.cls == cKw {
		if f, e, ok := p.keywordLed(i); ok {
			return f, e, true
		}
	}
	if p.isCls(i, cUnit) && p.t[i].val == uYear && p.isPunct(i+1, '-') && p.attached(i+1) && (p.isKw(i+2, kwEarlier) || p.isKw(i+2, kwAgo)) {
		f := newForm(fOffset) // year-earlier, year-ago
		f.unit, f.n, f.anaphoric, f.keepGrain = uYear, -1, true, true
		e := i + 3
		if p.isCls(e, cUnit) && (p.t[e].val == uQuarter || p.t[e].val == uPeriod) {
			e++
		}
		return f, e, true
	}
	if p.isCls(i, cUnits) && (p.isKw(i-1, kwFor) || p.isKw(i-1, kwIn) || p.isKw(i-1, kwOver) || p.isKw(i-1, kwWithin)) &&
		p.t[i].val >= uDay && p.t[i].val != uPeriod && p.t[i].val != uWeekend {
		f := newForm(fDur) // for years, in weeks
		f.unit, f.n = p.t[i].val, -1
		return f, i + 1, true
	}
	if wd, part, e, ok := p.weekdaySet(i); ok {
		// on Tuesdays, Tuesday nights: that day of every week
		f := newForm(fSet)
		f.setValue = "XXXX-WXX-" + string(rune('0'+isoWeekday(wd)))
		if part != partNone {
			f.setValue += "T" + dayPartCode[part]
		}
		return f, e, true
	}
	if f, e, ok := p.timeOfDay(i); ok {
		return f, e, true
	}
	if f, e, ok := p.longAdj(i); ok {
		return f, e, true
	}
	if f, e, ok := p.countLed(i); ok {
		return f, e, true
	}
	if f, e, ok := p.point(i, ctx); ok {
		e = p.ofYear(&f, e)
		// June last year, March this year
		if f.kind == fPoint && f.year == 0 && !f.relYear && f.weekday < 0 && f.decade == 0 &&
			(p.isKw(e, kwLast) || p.isKw(e, kwThis) || p.isKw(e, kwNext)) && p.isCls(e+1, cUnit) && p.t[e+1].val == uYear {
			f.relYear = true
			f.yearOffset = map[bool]int{true: -1, false: 1}[p.isKw(e, kwLast)]
			if p.isKw(e, kwThis) {
				f.yearOffset = 0
			}
			e += 2
		}
		// Thursday at 5 p.m.
		if f.kind == fPoint && f.weekday >= 0 && f.day == 0 && p.isKw(e, kwAt) {
			if tf, k, ok := p.clock(e + 1); ok {
				f.hour, f.minute, f.timeText = tf.hour, tf.minute, true
				e = k
			}
		}
		return f, e, true
	}
	return form{}, i, false
}

// dayWord: today, yesterday, tomorrow, tonight as offsets in days.
func dayWord(kw int) (int, int, bool) {
	switch kw {
	case kwToday:
		return 0, partNone, true
	case kwYesterday:
		return -1, partNone, true
	case kwTomorrow:
		return 1, partNone, true
	case kwTonight:
		return 0, partNight, true
	}
	return 0, 0, false
}

// keywordLed: today, last night, this week, last November, next Monday,
// the past 12 months, now, recently, every day, daily, that year, fiscal 1989.
func (p *parser) keywordLed(i int) (form, int, bool) {
	k := p.t[i].val
	if n, part, ok := dayWord(k); ok {
		f := newForm(fOffset)
		f.unit, f.n, f.dayPart = uDay, n, part
		j := i + 1
		if p.isCls(j, cDayPart) {
			f.dayPart = p.t[j].val
			j++
		}
		return f, j, true
	}
	switch k {
	case kwNow, kwCurrently, kwNowadays:
		f := newForm(fRef)
		f.ref = "PRESENT_REF"
		return f, i + 1, true
	case kwCurrent:
		if p.isKw(i+1, kwFiscal) && p.isCls(i+2, cUnit) && p.t[i+2].val == uYear {
			f := newForm(fOffset) // the current fiscal year
			f.unit, f.fiscal = uYear, true
			return f, i + 3, true
		}
		if !p.isCls(i+1, cUnit) {
			f := newForm(fRef)
			f.ref = "PRESENT_REF"
			if p.wordIs(i-1, "then") {
				f.ref = "PAST_REF" // the then current price
			}
			return f, i + 1, true
		}
		return p.relative(i)
	case kwRecently:
		f := newForm(fRef)
		f.ref = "PAST_REF"
		return f, i + 1, true
	case kwRecent:
		if u, ok := p.unitAt(i + 1); ok && p.isCls(i+1, cUnits) {
			f := newForm(fSpan)
			f.unit, f.n, f.recent = u, -1, true
			return f, i + 2, true
		}
	case kwDaily, kwWeekly, kwMonthly, kwYearly, kwQuarterly:
		if k == kwYearly && p.ok(i+1) && p.t[i+1].kind == tWord && p.t[i+1].cls == cNone {
			return form{}, i, false // "annual report" is no set
		}
		f := newForm(fSet)
		f.setValue = setValues[k]
		return f, i + 1, true
	case kwEvery, kwEach:
		if u, ok := p.unitAt(i + 1); ok && p.isCls(i+1, cUnit) {
			f := newForm(fSet)
			f.setValue = durValue(1, u)
			return f, i + 2, true
		}
		if wd, j, ok := p.weekdayAt(i + 1); ok {
			f := newForm(fSet)
			f.setValue = "XXXX-WXX-" + string(rune('0'+isoWeekday(wd)))
			return f, j, true
		}
		if m, j, ok := p.monthAt(i + 1); ok && !p.dayNum(j) {
			f := newForm(fSet) // each July
			f.setValue = fmt.Sprintf("XXXX-%02d", m)
			return f, j, true
		}
		if p.isCls(i+1, cSeason) {
			f := newForm(fSet) // every summer
			f.setValue = "XXXX-" + seasonCode[p.t[i+1].val]
			return f, i + 2, true
		}
	case kwThat:
		if p.isCls(i+1, cDayPart) {
			f := newForm(fOffset) // that night
			f.unit, f.anaphoric, f.dayPart = uDay, true, p.t[i+1].val
			return f, i + 2, true
		}
		if u, ok := p.unitAt(i + 1); ok && p.isCls(i+1, cUnit) && u >= uDay && u != uPeriod {
			f := newForm(fOffset)
			f.unit, f.anaphoric = u, true
			return f, i + 2, true
		}
	case kwFiscal:
		j := i + 1
		if p.isCls(j, cUnit) && p.t[j].val == uYear {
			j++
		}
		if f, e, ok := p.numberLed(j, true); ok && f.year != 0 {
			f.fiscal = true
			if f.end != nil {
				f.end.fiscal = true
			}
			return f, e, true
		}
		if p.isNum(j) && p.t[j].ndig == 2 {
			f := newForm(fPoint)
			f.year, f.yearDigits, f.fiscal = 1900+p.t[j].val, 4, true
			if f.year < 1950 {
				f.year += 100
			}
			return f, j + 1, true
		}
	case kwThis, kwLast, kwNext, kwPast, kwComing, kwPrevious:
		return p.relative(i)
	case kwFollowing:
		if _, _, ok := p.weekdayAt(i + 1); ok {
			return p.relative(i) // the following Monday
		}
	case kwNoon, kwMidnight:
		return p.timeOfDay(i)
	case kwAs:
		if p.isKw(i+1, kwSoon) && p.isKw(i+2, kwAs) && p.wordIs(i+3, "possible") {
			f := newForm(fRef)
			f.ref = "FUTURE_REF"
			return f, i + 4, true
		}
	case kwThese:
		if p.isCls(i+1, cUnits) && p.t[i+1].val == uDay {
			f := newForm(fRef) // these days
			f.ref = "PRESENT_REF"
			return f, i + 2, true
		}
	case kwA:
		if p.isKw(i+1, kwLater) && p.wordIs(i+2, "date") {
			f := newForm(fRef) // at a later date
			f.ref = "FUTURE_REF"
			return f, i + 3, true
		}
	}
	return form{}, i, false
}

var setValues = map[int]string{kwDaily: "P1D", kwWeekly: "P1W", kwMonthly: "P1M", kwYearly: "P1Y", kwQuarterly: "P3M"}

var relOf = map[int]int{kwThis: relThis, kwCurrent: relThis, kwLast: relLast, kwPast: relLast, kwPrevious: relLast,
	kwNext: relNext, kwComing: relNext, kwFollowing: relNext}

// relative: "this week", "last year", "next Monday", "last November",
// "this spring", "last night", "the past/last two years" (without "the"
// here: "past two years").
func (p *parser) relative(i int) (form, int, bool) {
	k := p.t[i].val
	j := i + 1
	rel := relOf[k]
	if (k == kwLast || k == kwNext) && p.ownedBefore(i) {
		return form{}, i, false // "the line's last day", "her next season": a rank, not a time from now
	}
	if f, e, ok := p.periodOrdinal(i); ok {
		return f, p.ofYear(&f, e), true // last half of 1989
	}
	// past/last/next/coming N units: a span
	if k != kwThis && k != kwCurrent {
		if n, e, ok := p.count(j); ok && n != 1 {
			if u, ok := p.unitAt(e); ok && p.isCls(e, cUnits) {
				f := newForm(fSpan)
				f.unit, f.n, f.fwd = u, n, rel == relNext
				return f, e + 1, true
			}
		}
		if u, ok := p.unitAt(j); ok && p.isCls(j, cUnits) && (k == kwPast || k == kwComing) {
			f := newForm(fSpan) // the coming days
			f.unit, f.n, f.fwd = u, -1, rel == relNext
			return f, j + 1, true
		}
	}
	if k == kwLast && p.isCls(j, cDayPart) && p.t[j].val == partNight {
		f := newForm(fOffset)
		f.unit, f.n, f.dayPart = uDay, -1, partNight
		return f, j + 1, true
	}
	if k == kwThis && p.isCls(j, cDayPart) {
		f := newForm(fOffset)
		f.unit, f.dayPart = uDay, p.t[j].val
		return f, j + 1, true
	}
	if u, ok := p.unitAt(j); ok && p.isCls(j, cUnit) && u != uPeriod {
		if u < uDay && (k == kwLast || k == kwNext) {
			// "at the last minute", "in the next hour": the copy's time
			// is a day; a minute or an hour from it is an idiom or a
			// moment of the story, no date.
			return form{}, i, false
		}
		if (k == kwLast || k == kwNext) && i > 0 && p.isKw(i-1, kwThe) && p.isKw(j+1, kwOf) {
			// "the last week of September", "the last day of the talks":
			// the final one of what follows, no time from now.
			return form{}, i, false
		}
		if k == kwPast || k == kwComing {
			f := newForm(fSpan) // past week: P1W back from now
			f.unit, f.n, f.fwd = u, 1, k == kwComing
			return f, j + 1, true
		}
		f := newForm(fOffset)
		f.unit = u
		f.decadeGrain = u == uDecade
		switch rel {
		case relLast:
			f.n = -1
		case relNext:
			f.n = 1
		}
		if u == uWeekend {
			f = newForm(fPoint)
			f.unit, f.rel = uWeekend, rel
		}
		// this year's third quarter, last year's quarter
		if u == uYear && p.isPunct(j+1, '\'') && p.attached(j+1) && p.wordIs(j+2, "s") {
			if q, e, ok := p.periodOrdinal(j + 3); ok && q.year == 0 {
				q.relYear, q.yearOffset = true, f.n
				return q, e, true
			}
			if p.isCls(j+3, cUnit) && (p.t[j+3].val == uQuarter || p.t[j+3].val == uPeriod) {
				q := newForm(fOffset)
				q.unit, q.anaphoric, q.keepGrain = uYear, true, true
				q.n = f.n
				return q, j + 4, true
			}
		}
		return f, j + 1, true
	}
	if f, e, ok := p.point(j, true); ok && f.kind == fPoint && f.year == 0 && f.day == 0 && f.decade == 0 {
		f.rel = rel
		// "the previous Friday", "the following Monday": from the day before
		f.anaphoric = f.weekday >= 0 && (k == kwPrevious || k == kwFollowing)
		return f, e, true
	}
	return form{}, i, false
}

// weekdaySet reads a weekday that recurs at i: "Tuesdays", "Tuesday
// nights" (a plural part of the day), and "Monday" in "Monday and Tuesday
// nights". It returns the weekday, the part of the day and the index after.
func (p *parser) weekdaySet(i int) (wd, part, e int, ok bool) {
	switch {
	case p.isCls(i, cWeekdays):
		return p.t[i].val, partNone, i + 1, true
	case p.isCls(i, cWeekday) && p.isCls(i+1, cDayParts):
		return p.t[i].val, p.t[i+1].val, i + 2, true
	case p.isCls(i, cWeekday) && p.isKw(i+1, kwAnd) && p.isCls(i+2, cWeekday) && p.isCls(i+3, cDayParts):
		return p.t[i].val, p.t[i+3].val, i + 1, true
	}
	return 0, partNone, i, false
}
