package dates

// clock reads a time of day at i: "5 p.m.", "10:30 a.m.", "5pm", "noon",
// "midnight". It returns a form with hour and minute set.
func (p *parser) clock(i int) (form, int, bool) {
	f := newForm(fPoint)
	if p.isKw(i, kwNoon) || p.isKw(i, kwMidnight) {
		f.hour, f.minute = 12, 0
		if p.isKw(i, kwMidnight) {
			f.hour = 24 // the end of the day named, as AP style reads "midnight Friday"
		}
		return f, i + 1, true
	}
	if !p.isNum(i) || p.t[i].ndig > 2 || p.t[i].ord || p.t[i].plural {
		return form{}, i, false
	}
	h, m := p.t[i].val, 0
	j := i + 1
	if p.isPunct(j, ':') && p.attached(j) && p.isNum(j+1) && p.t[j+1].ndig == 2 && p.attached(j+1) {
		m = p.t[j+1].val
		j += 2
	}
	pm, e, ok := p.ampm(j)
	if !ok && p.isKw(j, kwIn) && p.isKw(j+1, kwThe) && p.isCls(j+2, cDayPart) && p.t[j+2].val != partNight {
		pm, e, ok = p.t[j+2].val != partMorning, j+3, true // 4 in the morning
	}
	if !ok || h < 1 || h > 12 || m > 59 {
		return form{}, i, false
	}
	if pm && h != 12 {
		h += 12
	} else if !pm && h == 12 {
		h = 0
	}
	f.hour, f.minute = h, m
	return f, e, true
}

// ampm reads "a.m.", "p.m.", "am", "pm", "AM", "PM" at j.
func (p *parser) ampm(j int) (pm bool, e int, ok bool) {
	if !p.ok(j) || p.t[j].kind != tWord {
		return false, j, false
	}
	if p.isKw(j, kwAM) || p.isKw(j, kwPM) {
		return p.isKw(j, kwPM), j + 1, true
	}
	w := p.src[p.t[j].start:p.t[j].end]
	if (eqFold(w, "a") || eqFold(w, "p")) && p.isPunct(j+1, '.') && p.ok(j+2) && eqFold(p.src[p.t[j+2].start:p.t[j+2].end], "m") {
		e := j + 3
		if p.isPunct(e, '.') && p.attached(e) {
			e++
		}
		return eqFold(w, "p"), e, true
	}
	return false, j, false
}

// zones are the time zone abbreviations wire copy writes after a time.
var zones = map[string]bool{"GMT": true, "UTC": true, "EST": true, "EDT": true, "CST": true, "CDT": true,
	"MST": true, "MDT": true, "PST": true, "PDT": true, "BST": true, "CET": true, "CEST": true}

// timeOfDay: a clock time with an optional day after it: "5 p.m.
// Thursday", "10 a.m. today", "noon on Feb. 4", "9 p.m. (1400 GMT)".
func (p *parser) timeOfDay(i int) (form, int, bool) {
	f, j, ok := p.clock(i)
	if !ok {
		return form{}, i, false
	}
	f.timeText = true
	k := j
	if p.ok(k) && p.t[k].kind == tWord && p.t[k].allUpper && zones[p.src[p.t[k].start:p.t[k].end]] {
		k++ // 5 p.m. EST
		if p.isPunct(k, ',') {
			k++
		}
	}
	if p.isKw(k, kwOn) {
		k++
	}
	if p.ok(k) && p.t[k].kind == tWord && p.t[k].cls == cKw {
		if n, _, ok := dayWord(p.t[k].val); ok {
			d := newForm(fOffset)
			d.unit, d.n, d.hour, d.minute, d.timeText = uDay, n, f.hour, f.minute, true
			return d, k + 1, true
		}
	}
	if d, e, ok := p.point(k, true); ok && d.kind == fPoint && (d.weekday >= 0 || d.day != 0) {
		d.hour, d.minute, d.timeText = f.hour, f.minute, true
		return d, e, true
	}
	// "10:35 a.m. (0735 GMT) Friday": the day after the aside dates the
	// time; the day stays an expression of its own
	if p.isPunct(k, '(') {
		// "4 in the morning (4 a.m. EDT Thursday)": the day inside dates it
		if _, c, ok := p.clock(k + 1); ok {
			if p.ok(c) && p.t[c].kind == tWord && p.t[c].allUpper && zones[p.src[p.t[c].start:p.t[c].end]] {
				c++
			}
			if d, e, ok := p.point(c, true); ok && d.kind == fPoint && d.weekday >= 0 && d.day == 0 && d.month == 0 && p.isPunct(e, ')') {
				d.hour, d.minute, d.timeText = f.hour, f.minute, true
				return d, j, true
			}
		}
		for m := k + 1; m < k+8 && p.ok(m); m++ {
			if !p.isPunct(m, ')') {
				continue
			}
			if d, _, ok := p.point(m+1, true); ok && d.kind == fPoint && d.weekday >= 0 && d.day == 0 && d.month == 0 {
				d.hour, d.minute, d.timeText = f.hour, f.minute, true
				return d, j, true
			}
			break
		}
	}
	// a time alone is on the day just named, or today
	d := newForm(fOffset)
	d.unit, d.hour, d.minute, d.timeText, d.clockAlone = uDay, f.hour, f.minute, true, true
	if k > j && !p.isKw(k-1, kwOn) && !p.isPunct(k-1, ',') {
		j = k // keep the zone
	}
	return d, j, true
}
