package dates

// holidayLed: "Christmas", "Christmas Eve", "Thanksgiving Day", "New
// Year's Day", "New Year's Eve", "Election Day", with an optional year.
func (p *parser) holidayLed(i int) (form, int, bool) {
	f := newForm(fPoint)
	j := i + 1
	switch {
	case p.isCls(i, cHoliday) && p.t[i].upper:
		f.holiday = p.t[i].val
		if f.holiday == holElection && !(p.wordIs(i+1, "Day") && p.t[i+1].upper) {
			return form{}, i, false // the Election Commission
		}
	case p.wordIs(i, "New") && p.isCls(i+1, cUnit) && p.t[i+1].val == uYear && p.t[i+1].upper &&
		p.isPunct(i+2, '\'') && p.wordIs(i+3, "s") && (p.wordIs(i+4, "Day") || p.wordIs(i+4, "Eve")):
		f.holiday = holNewYear
		j = i + 4
	default:
		return form{}, i, false
	}
	switch f.holiday {
	case holChristmas:
		f.month, f.day = 12, 25
	case holHalloween:
		f.month, f.day = 10, 31
	case holNewYear:
		f.month, f.day = 1, 1
	case holThanksgiving:
		f.month, f.day = 11, 22 // the day is computed per year
	case holElection:
		f.month, f.day = 11, 2 // the day is computed per year
	}
	if p.wordIs(j, "Eve") {
		if f.holiday == holNewYear {
			f.month, f.day = 12, 31
		} else {
			f.day--
		}
		j++
	} else if p.wordIs(j, "Day") {
		j++
	}
	if y, k := p.yearAfter(j); y != 0 {
		f.year, f.yearDigits = y, 4
		j = k
	}
	return f, j, true
}

// spelledYear: "nineteen ninety-six", "the year two thousand", as broadcast
// transcripts write years.
func (p *parser) spelledYear(i int) (form, int, bool) {
	if !p.isCls(i, cNumW) {
		return form{}, i, false
	}
	a := p.t[i].val
	f := newForm(fPoint)
	switch {
	case a >= 11 && a <= 20 && p.isCls(i+1, cNumW) && p.t[i+1].val >= 20 && p.t[i+1].val < 100 && p.t[i+1].val%10 == 0:
		y, j := a*100+p.t[i+1].val, i+2
		if p.isPunct(j, '-') && p.attached(j) && p.isCls(j+1, cNumW) && p.t[j+1].val < 10 {
			y += p.t[j+1].val
			j += 2
		}
		f.year, f.yearDigits = y, 4
		return f, j, true
	case a == 2 && p.wordIs(i+1, "thousand") && p.isCls(i-1, cUnit) && p.t[i-1].val == uYear:
		y, j := 2000, i+2
		if p.isKw(j, kwAnd) && p.isCls(j+1, cNumW) && p.t[j+1].val < 20 {
			y += p.t[j+1].val
			j += 2
		}
		f.year, f.yearDigits = y, 4
		return f, j, true
	}
	return form{}, i, false
}

// ordinalCentury: "the 20th century", "the 11th-century temple",
// "the nineteenth century".
func (p *parser) ordinalCentury(i int) (form, int, bool) {
	n := 0
	switch {
	case p.ok(i) && p.t[i].kind == tNum && p.t[i].ord && p.t[i].ndig <= 2:
		n = p.t[i].val
	case p.isCls(i, cOrdW):
		n = p.t[i].val
	}
	j := i + 1
	if p.isPunct(j, '-') && p.attached(j) {
		j++
	}
	if n < 1 || n > 30 || !p.isCls(j, cUnit) || p.t[j].val != uCentury {
		return form{}, i, false
	}
	f := newForm(fPoint)
	f.century = n
	return f, j + 1, true
}

// asSoonAs reports whether "as soon as" or "as early as" opens the words
// just before token i, within its clause: "as soon as Tuesday", "as soon
// as trading opened Monday".
func (p *parser) asSoonAs(i int) bool {
	for k := i - 1; k >= 2 && k >= i-6; k-- {
		if p.t[k].kind == tPunct {
			return false
		}
		if p.isKw(k, kwAs) && (p.wordIs(k-1, "soon") || p.wordIs(k-1, "early")) && p.isKw(k-2, kwAs) {
			return true
		}
	}
	return false
}
