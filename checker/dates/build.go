package dates

import (
	"fmt"
	"strings"
	"time"

	"github.com/copydesk/copydesk/checker/tense"
)

// build resolves form f, spanning tokens [s, e), into an Expr.
func (r *resolver) build(f *form, s, e int, tr tense.Result, p *parser) Expr {
	start, end := p.t[s].start, p.t[e-1].end
	x := Expr{Start: start, End: end, Text: r.src[start:end], Tense: tr.Tense, TenseCue: tr.Cue, Anchor: -1, Appositive: -1, Restates: -1}
	o := r.resolveForm(f, tr)
	if o.ok && o.relative && tr.Tense == tense.Past && !tr.Perfect && tr.Prep != "by" && tr.Prep != "until" && o.from.After(r.ref) && pastYearWritten(x.Text) {
		o = yearBack(o, tr.Cue) // "had 1,200 employees at the end of the year", in February
	}
	if f.kind == fRange && f.end != nil {
		x.Parts = r.rangeParts(f, s, e, tr, p)
	}
	if f.firstMonths != 0 && f.splitAt > s+1 && f.splitAt < e && o.ok {
		// TimeML writes "the first nine months" and "1997" apart
		d, y := *f, *f
		d.splitAt, y.splitAt, y.firstMonths = 0, 0, 0
		x.Parts = []Expr{r.build(&d, s, f.splitAt-1, tr, p), r.build(&y, f.splitAt, e, tr, p)}
	}
	if f.kind == fOffset && f.counted && f.n > 0 && e-1 > s && o.ok {
		// "three days later": TimeML writes the length alone, "later"
		// being the signal that anchors it
		d := *f
		d.kind, d.anaphoric, d.counted = fDur, false, false
		x.Parts = []Expr{r.build(&d, s, e-1, tr, p)}
	}
	if f.open && o.ok {
		sub := *f
		sub.open = false
		ps := max(f.tokStart, s)
		x.Parts = []Expr{r.build(&sub, ps, max(f.tokEnd, ps+1), tr, p)}
		o.to, o.gran = r.ref.AddDate(0, 0, 1), GrainOpen
		o.how = "from the date written to the publication date"
		o.relative = true
	}
	x.Type, x.Value, x.From, x.To, x.Granularity, x.Resolved = o.typ, o.value, o.from, o.to, o.gran, o.ok
	x.Relative, x.Anchor, x.Invalid = o.relative, o.anchor, o.invalid
	x.Mod = o.mod
	x.ByTense = o.byTense
	x.Rough = f.kind == fOffset && f.inN && f.unit >= uWeek
	x.HasYear = f.year != 0 && !f.relYear || f.decade != 0 || f.century != 0
	x.HasMonth = f.month != 0
	x.HasDay = f.day != 0
	x.Fiscal = f.fiscal
	x.BareWeekday = f.kind == fPoint && f.weekday >= 0 && f.day == 0
	if f.weekdayStated {
		x.WeekdayStated, x.StatedWeekday = true, time.Weekday(f.weekday)
		x.WeekdayStart, x.WeekdayEnd = p.t[f.wdStart].start, p.t[f.wdEnd-1].end
	}
	x.Resolution = r.explain(&x, o)
	if f.kind == fRange && o.ok && len(x.Parts) == 2 {
		alignEnds(x.Parts, o.from, o.to.AddDate(0, 0, -1))
	}
	return x
}

// alignEnds gives each end of a range that wrote no year the year the
// range resolved it to: "from Thursday, Aug. 11, to Sunday, Aug. 14" in
// a sentence about next year's festival ends in that year, even where
// the end alone, by its weekday or the tense, would fall in another, so
// that the weekday written with each end is checked in the right year.
func alignEnds(parts []Expr, first, last time.Time) {
	for i, want := range []time.Time{first, last} {
		e := &parts[i]
		if e.HasYear || !e.Resolved || e.Granularity != GrainDay || e.From.Year() == want.Year() {
			continue
		}
		d := time.Date(want.Year(), e.From.Month(), e.From.Day(), 0, 0, 0, 0, time.UTC)
		if d.Day() != e.From.Day() {
			continue // February 29 in a year without it
		}
		e.From, e.To = d, d.AddDate(0, 0, 1)
		e.Value = value(d, GrainDay)
		e.Resolution = fmt.Sprintf("%s → %s, in %d, the year of the range it belongs to", e.Text, e.Value, d.Year())
	}
}

// resolveForm computes the interval and value of any form.
func (r *resolver) resolveForm(f *form, tr tense.Result) res {
	var o res
	switch f.kind {
	case fPoint:
		g := *f
		g.scheduled = tr.Scheduled
		g.fip = tr.FutureInPast
		g.target = tr.Prep == "for"
		g.perfectNow = tr.Perfect && tr.Tense == tense.Past && presentPerfect(tr.Cue)
		tn, cue := tr.Tense, tr.Cue
		if tr.Modifier && tn == tense.Future && g.year == 0 {
			// "would publish the findings of the Sept. 11 inspection": a
			// date inside a noun phrase names an event the copy refers
			// back to, which the clause's future does not put ahead.
			tn, cue = tense.Unknown, ""
		}
		o = r.point(&g, tn, cue)
	case fOffset:
		o = r.offset(f, tr.Tense)
	case fSpan:
		o = r.span(f)
	case fDur:
		o = res{typ: Duration, value: durValue(f.n, f.unit), anchor: -1}
		if f.andHalf {
			o.value = halfDurValue(f.n, f.unit)
		}
	case fRef:
		o = res{typ: Date, value: f.ref, anchor: -1, relative: true}
	case fSet:
		o = res{typ: Set, value: f.setValue, anchor: -1}
	case fRange:
		a := *f
		a.kind, a.end = fPoint, nil
		o = r.point(&a, tr.Tense, tr.Cue)
		b := r.point(f.end, tr.Tense, tr.Cue)
		if o.ok && f.end.year == 0 && f.end.month != 0 {
			// "from Thursday, Aug. 11, to Sunday, Aug. 14": a yearless end
			// is in the start's year, or in the year after it when its
			// month comes earlier ("Dec. 28-Jan. 3"), whatever its weekday
			// or the tense alone would pick.
			e := *f.end
			e.year = o.from.Year()
			if f.month != 0 && f.end.month < f.month {
				e.year++
			}
			b = r.point(&e, tr.Tense, tr.Cue)
			b.relative = true
		}
		if o.ok && b.ok && b.to.After(o.from) {
			o.to, o.gran = b.to, GrainRange
			o.relative = o.relative || b.relative
		} else {
			o.ok = false
		}
	}
	if !o.ok {
		return o
	}
	if f.hour >= 0 && o.gran == GrainDay {
		o.typ = Time
		o.value = fmt.Sprintf("%sT%02d:%02d", o.value, f.hour, f.minute)
	} else if f.dayPart != partNone && o.gran == GrainDay && (f.weekday < 0 || f.dayPart == partEvening) {
		// "tonight", "this morning", "Thursday evening"; "Monday night" and
		// "Friday morning" stay dates, as TimeML mostly annotates them
		o.typ = Time
		o.value += "T" + dayPartCode[f.dayPart]
	}
	if f.weekOf && o.gran == GrainDay {
		o.from, o.to = unitInterval(o.from, GrainWeek)
		o.gran, o.value = GrainWeek, value(o.from, GrainWeek)
	}
	if f.part != pNone {
		r.applyPart(&o, f.part)
	}
	return o
}

// presentPerfect reports whether a perfect cue is in the present ("has
// extended", "have agreed"), not the past ("had met").
func presentPerfect(cue string) bool {
	return len(cue) >= 4 && (eqFold(cue[:4], "has ") || len(cue) >= 5 && eqFold(cue[:5], "have ")) ||
		strings.HasPrefix(cue, "'ve ")
}

// rangeParts resolves the two ends of a range alone, for scorers that
// want them apart ("from 2014 to 2022" is two TIMEX3s).
func (r *resolver) rangeParts(f *form, s, e int, tr tense.Result, p *parser) []Expr {
	b := *f.end
	if b.tokEnd <= b.tokStart || b.tokStart < s || b.tokEnd > e {
		return nil
	}
	a := *f
	a.kind, a.end = fPoint, nil
	as, ae := s, b.tokStart-1
	if f.tokEnd > f.tokStart {
		as, ae = f.tokStart, f.tokEnd
	}
	if ae <= as {
		return nil
	}
	b.tokStart, b.tokEnd = 0, 0
	return []Expr{r.build(&a, as, ae, tr, p), r.build(&b, f.end.tokStart, f.end.tokEnd, tr, p)}
}

// offset resolves n units from the publication date or, for an anaphoric
// form, from the expression before.
func (r *resolver) offset(f *form, tn Tense) res {
	if f.of != nil {
		// "the day before last Tuesday": counted from the day written
		sub := r.point(f.of, tn, "")
		if !sub.ok || sub.gran != GrainDay {
			return res{typ: Date, anchor: -1, value: "XXXX-XX-XX", how: "not resolved: the date it counts from is not a day"}
		}
		o := res{typ: Date, ok: true, relative: sub.relative, anchor: -1}
		o.from, o.to = unitInterval(shift(sub.from, f.unit, f.n), grainOfUnit(f.unit))
		o.gran, o.value = grainOfUnit(f.unit), value(o.from, grainOfUnit(f.unit))
		o.how = fmt.Sprintf("counted from %s", sub.from.Format("2006-01-02"))
		if sub.how != "" {
			o.how += " (" + sub.how + ")"
		}
		return o
	}
	if f.clockAlone && tn != tense.Future && r.last >= 0 && r.out[r.last].Granularity == GrainDay && r.cur-r.out[r.last].End < 300 {
		// "The first blast came on Friday, Aug. 7. At 10:40 a.m., ...": the day just named
		a := r.out[r.last]
		o := res{typ: Date, ok: true, relative: true, anchor: r.last, gran: GrainDay, from: a.From, to: a.To}
		o.value = value(a.From, GrainDay)
		o.how = "on the day of " + r.anchorName(r.last)
		return o
	}
	if f.inN && (tn == tense.Past || tn == tense.Unknown && f.unit < uDay) {
		// "rain falling in three hours": with no tense to look ahead, a
		// span of hours is how long something took, not when.

		return res{typ: Duration, value: durValue(f.n, f.unit), anchor: -1}
	}
	o := res{typ: Date, relative: true, ok: true, anchor: -1}
	base, bgran := r.ref, GrainDay
	n := f.n
	g := grainOfUnit(f.unit)
	if f.clauseAnchor {
		// "born the same year the cooperative was founded": the year of
		// the clause's event, not of the date written last.
		o.ok, o.value = false, "XXXX"
		o.how = "not resolved: the same " + grainOfUnit(f.unit) + " as the event of the clause after it"
		return o
	}
	if f.anaphoric {
		base, bgran, o.anchor = r.anchorOf(f.keepGrain && f.unit == uQuarter)
		if o.anchor >= 0 && f.n != 0 && !f.keepGrain && f.unit <= uWeek && bgran != GrainDay && bgran != GrainWeek {
			// "the day before" after "this November": no day to count from
			o.ok, o.value = false, "XXXX-XX-XX"
			o.how = "not resolved: " + r.anchorName(o.anchor) + ", the date before it, names no single day"
			return o
		}
		if o.anchor < 0 && f.n > 0 && f.unit >= uYear {
			// "Forty years later, the festival she helped start draws
			// thousands": later than a time the copy has not dated; the
			// publication date is the time the story is told from.
			o.ok, o.value = false, "XXXX"
			o.how = "not resolved: no date before it to count from"
			return o
		}
	}
	if f.unit == uYear && f.n < 0 && (f.ago || f.anaphoric) {
		defer func() { r.yearBack = len(r.out) }() // the index this expression gets
		if f.anaphoric && o.anchor >= 0 && o.anchor == r.yearBack && !f.keepGrain {
			// "... a year ago. Sales were $3 million a year earlier": the same period
			a := r.out[o.anchor]
			o.from, o.to, o.gran, o.value = a.From, a.To, a.Granularity, a.Value
			o.how = "the same period as " + r.anchorName(o.anchor)
			return o
		}
	}
	if f.keepGrain && f.unit == uQuarter && f.year != 0 {
		// the 1988 quarter: the quarter just reported, in the year written
		o.relative = false
		if o.anchor >= 0 && bgran == GrainQuarter {
			o.from = ymd(f.year, base.Month(), 1)
			o.to, o.gran = o.from.AddDate(0, 3, 0), GrainQuarter
		} else {
			o.from, o.to, o.gran, o.anchor = ymd(f.year, 1, 1), ymd(f.year+1, 1, 1), GrainYear, -1
		}
		o.value = value(o.from, o.gran)
		o.how = "from " + r.anchorName(o.anchor)
		return o
	}
	if f.endMonth != 0 && r.lastQ < 0 {
		// with a quarter named before, "the quarter ended Sept. 30" is
		// that one, however the company numbers its fiscal quarters
		return r.quarterEnded(f)
	}
	if f.latest && o.anchor >= 0 && r.out[o.anchor].To.After(r.ref) {
		o.anchor = -1 // "the latest quarter" after "a fourth-quarter charge": not one still running
	}
	if f.keepGrain && f.unit == uQuarter && n == 0 && (o.anchor < 0 || bgran != GrainQuarter) {
		n, o.anchor, base = -1, -1, r.ref // "the quarter" with none before: the latest completed one
	}
	if f.keepGrain && f.unit == uYear {
		// "the year-ago quarter": a year before the period being reported,
		// the latest quarter mentioned, or else the publication year
		base, g, o.anchor = r.ref, GrainYear, -1
		if r.lastQ >= 0 {
			base, g, o.anchor = r.out[r.lastQ].From, GrainQuarter, r.lastQ
		}
	} else if f.unit == uYear && n != 0 && (f.anaphoric || f.ago && n == -1) && r.base >= 0 {
		// a year earlier / a year ago: the same period a year before the
		// period just mentioned ("the third quarter ... a year ago"); "41
		// years ago" counts from the publication date
		b := r.out[r.base]
		fine := b.Granularity == GrainQuarter || b.Granularity == GrainMonth || b.Granularity == GrainHalf
		if f.anaphoric && (f.counted || f.keepGrain) && (fine || b.Granularity == GrainDay || b.Granularity == GrainWeek) ||
			f.ago && fine && r.cur-b.End < 300 {
			base, g, o.anchor = b.From, b.Granularity, r.base
		} else if f.ago && f.comparison && r.lastQ >= 0 && r.cur-r.out[r.lastQ].End < 1200 {
			q := r.out[r.lastQ]
			base, g, o.anchor = q.From, q.Granularity, r.lastQ
		}
	}
	if f.keepGrain && f.unit == uQuarter {
		g = GrainQuarter
	}
	if f.unit == uWeekend {
		g = GrainWeek
	}
	if f.decadeGrain {
		g = GrainDecade
	}
	t := shift(base, f.unit, n)
	if g == GrainSeason {
		g = GrainMonth
	}
	if f.exactDay && o.anchor < 0 {
		g = GrainDay
	}
	o.from, o.to = unitInterval(t, g)
	o.gran, o.value = g, value(o.from, g)
	o.how = "from " + r.anchorName(o.anchor)
	return o
}

// span resolves a stretch reaching back or forward from the publication
// date: "the past 12 months", "within six months", "in recent weeks".
func (r *resolver) span(f *form) res {
	o := res{typ: Duration, relative: true, ok: true, gran: GrainRange, anchor: -1, value: durValue(f.n, f.unit)}
	ref := r.ref
	if f.n < 0 {
		// "in recent weeks", "the coming months": the interval is a guide;
		// TimeML calls "the past few months" and "recent years" a reference
		// to the past, "recent weeks" a duration
		o.mod = "APPROX"
		if !f.fwd && (!f.recent || f.unit >= uYear) {
			o.typ, o.value = Date, "PAST_REF"
		}
	}
	if !f.fwd {
		o.to = ref.AddDate(0, 0, 1)
		switch {
		case f.n > 0 && f.unit >= uDay:
			o.from = shift(ref, f.unit, -f.n)
		case f.n > 0:
			o.from = ref
		case f.unit <= uDay:
			o.from = ref.AddDate(0, 0, -10)
		case f.unit <= uFortnight:
			o.from = ymd(ref.Year(), ref.Month()-1, 1)
		case f.unit <= uHalf:
			o.from = ymd(ref.Year(), ref.Month()-3, 1)
		default:
			o.from = ymd(ref.Year()-3, 1, 1)
		}
		o.how = "back from the publication date"
		return o
	}
	o.from = ref
	switch {
	case f.n > 0 && f.unit >= uDay:
		o.to = shift(ref, f.unit, f.n).AddDate(0, 0, 1)
	case f.n > 0:
		o.to = ref.AddDate(0, 0, 1)
	case f.unit <= uDay:
		o.to = ref.AddDate(0, 0, 11)
	case f.unit <= uFortnight:
		o.to = ref.AddDate(0, 2, 0)
	case f.unit <= uHalf:
		o.to = ref.AddDate(0, 6, 0)
	default:
		o.to = ref.AddDate(5, 0, 0)
	}
	o.how = "on from the publication date"
	return o
}

// applyPart narrows an interval to its early, middle or late part, or to
// the part before or after the publication date.
func (r *resolver) applyPart(o *res, part int) {
	from, to := o.from, o.to
	y, m := from.Year(), from.Month()
	day := r.ref.AddDate(0, 0, 1)
	switch part {
	case pEarlier:
		if day.Before(to) {
			o.to = day
		}
		o.gran = GrainRange
		return
	case pLater:
		if r.ref.After(from) {
			o.from = r.ref
		}
		o.gran = GrainRange
		return
	case pEarly, pBegin:
		o.mod = "START"
	case pMid:
		o.mod = "MID"
	default:
		o.mod = "END"
	}
	switch o.gran {
	case GrainDay:
		return
	case GrainMonth:
		switch part {
		case pEarly, pBegin:
			o.to = ymd(y, m, 11)
		case pMid:
			o.from, o.to = ymd(y, m, 10), ymd(y, m, 21)
		default:
			o.from = ymd(y, m, 20)
		}
	case GrainYear:
		switch part {
		case pEarly:
			o.to = ymd(y, 5, 1)
		case pBegin:
			o.to = ymd(y, 1, 16)
		case pMid:
			o.from, o.to = ymd(y, 5, 1), ymd(y, 9, 1)
		case pLate:
			o.from = ymd(y, 9, 1)
		default:
			o.from = ymd(y, 12, 15)
		}
	case GrainDecade:
		switch part {
		case pEarly, pBegin:
			o.to = ymd(y+4, 1, 1)
		case pMid:
			o.from, o.to = ymd(y+3, 1, 1), ymd(y+7, 1, 1)
		default:
			o.from = ymd(y+6, 1, 1)
		}
	default:
		third := to.Sub(from) / 3
		switch part {
		case pEarly, pBegin:
			o.to = dayOf(from.Add(third))
		case pMid:
			o.from, o.to = dayOf(from.Add(third)), dayOf(to.Add(-third))
		default:
			o.from = dayOf(to.Add(-third))
		}
	}
}

// add appends x and updates the anaphora anchors.
func (r *resolver) add(x Expr) {
	r.out = append(r.out, x)
	if !x.Resolved || x.Type == Duration || x.Type == Set || x.Granularity == GrainRange || x.Granularity == GrainOpen {
		return
	}
	if r.dlEnd > 0 && x.Start >= r.dlStart && x.End <= r.dlEnd {
		return // the dateline's date is when the story is told, no time in it
	}
	r.last = len(r.out) - 1
	if x.Anchor >= 0 && x.Value != r.out[x.Anchor].Value {
		return // shifted from an anchor: "a year earlier"
	}
	r.base = r.last
	if x.Granularity == GrainQuarter && (r.lastQ < 0 || !x.To.After(r.ref) || r.out[r.lastQ].To.After(r.ref)) {
		// the quarter being reported: one already over wins over a
		// forecast ("expects a loss in the fourth quarter")
		r.lastQ = r.last
	}
}

// quarterEnded resolves "the quarter ended Sept. 30": the three months to
// that day, in the year that puts the day on or before the publication
// date unless a year is written. Its value is the calendar quarter holding
// most of it ("the quarter ended July 31" is 1989-Q2).
func (r *resolver) quarterEnded(f *form) res {
	o := res{typ: Date, relative: f.endYear == 0, ok: true, anchor: -1, gran: GrainQuarter}
	y := f.endYear
	if y == 0 {
		y = r.ref.Year()
		if ymd(y, time.Month(f.endMonth), f.endDay).After(r.ref) {
			y--
		}
	}
	end := ymd(y, time.Month(f.endMonth), f.endDay).AddDate(0, 0, 1)
	o.from, o.to = end.AddDate(0, -3, 0), end
	q, _ := unitInterval(end.AddDate(0, 0, -46), GrainQuarter)
	o.value = value(q, GrainQuarter)
	o.how = fmt.Sprintf("the three months to %s", end.AddDate(0, 0, -1).Format("2006-01-02"))
	return o
}

// pastYearWritten reports an expression that names "the year" without
// saying which ("at the end of the year", "earlier in the year"), not
// "this year": told in the past, it is the year that has ended when the
// period it picks lies after the publication date.
func pastYearWritten(text string) bool {
	t := strings.ToLower(text)
	return strings.HasSuffix(t, "the year") && !strings.Contains(t, "this year")
}

// yearBack moves a resolved period a year earlier, its value too.
func yearBack(o res, cue string) res {
	o.from, o.to = o.from.AddDate(-1, 0, 0), o.to.AddDate(-1, 0, 0)
	if len(o.value) >= 4 {
		var y int
		if _, err := fmt.Sscanf(o.value[:4], "%d", &y); err == nil {
			o.value = fmt.Sprintf("%04d", y-1) + o.value[4:]
		}
	}
	o.how = fmt.Sprintf("the year before the publication year (past tense: %q)", cue)
	return o
}
