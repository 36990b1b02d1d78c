package dates

// fkind is the shape of a parsed expression.
type fkind uint8

const (
	fPoint  fkind = iota // a calendar point from written parts: Feb. 4, 2026; March; Q3; the 1990s
	fOffset              // n units from an anchor: yesterday, last week, two years ago, the day before
	fSpan                // a stretch reaching from the anchor: the past 12 months, within six months
	fDur                 // a bare duration: three years, a decade
	fRef                 // PRESENT_REF, PAST_REF, FUTURE_REF
	fSet                 // every day, annually
	fRange               // from X to Y, Nov. 10-11
)

// Part-of-period modifiers.
const (
	pNone = iota
	pEarly
	pMid
	pLate
	pBegin
	pEnd
	pEarlier // earlier this month: from the period's start to the anchor
	pLater   // later this year: from the anchor to the period's end
)

// Relations for "this/last/next X" on a point without a year.
const (
	relNone = iota
	relThis
	relLast
	relNext
)

// form is the meaning of one expression as parsed, before resolution.
type form struct {
	kind fkind
	// Written calendar parts; 0 when absent (weekday -1).
	year, month, day      int
	yearDigits            int
	weekday               int
	quarter, half, season int
	decade, century       int
	decadeHalf            int // "the first half of the 1990s": 1 or 2
	hour, minute          int // -1 when absent
	dayPart               int
	holiday               int
	firstMonths           int // "the first six months of": 6
	rel                   int // relThis, relLast, relNext on a point
	unit                  int
	n                     int  // units; -1 for "several"
	andHalf               bool // "2 1/2 years", "a minute and a half": n and a half units
	anaphoric             bool
	clauseAnchor          bool // "the same year the cooperative was founded": dated by its clause's event
	keepGrain             bool // offset keeps the anchor's granularity ("the year-earlier quarter")
	part                  int
	open                  bool // since X
	ref                   string
	fiscal                bool
	weekdayStated         bool
	approx                bool
	fwd                   bool // a span reaching forward from the anchor
	recent                bool // "recent weeks"
	weekOf                bool // "the week of March 6": the week holding the day
	possessive            bool // "Friday\'s ruling": an event already named, so the latest such day
	earliest              bool // "as soon as Tuesday": a day still ahead
	latest                bool // "the latest quarter": the one reported, which has ended
	endMonth, endDay      int  // "the quarter ended Sept. 30": the last day of the three months
	endYear               int
	scheduled             bool // a scheduling verb decided the clause ("planned a rally on Saturday")
	fip                   bool // future in the past decided the clause ("said he would leave Friday")
	target                bool // "for" before it: a time set or aimed at ("set the hearing for Tuesday, April 22")
	perfectNow            bool // a present perfect decided the clause ("has extended loans through January")
	deadline              bool // after "by", "until", "through", "effective": a date still ahead unless the clause is past
	inN                   bool // "in three days": an offset in future, a duration in past tense
	ago                   bool // counted back from the publication date
	exactDay              bool // "exactly a week ago": the day, not the week
	comparison            bool // "up from $3 million a year ago": the base of a comparison
	decadeGrain           bool // "last decade": the calendar decade, not a year
	counted               bool // "two years earlier": a counted shift, which keeps the anchor's grain for years
	setValue              string
	relYear               bool // the year is yearOffset from the anchor's ("of last year")
	yearOffset            int
	timeText              bool  // a clock time was written
	clockAlone            bool  // a clock time with no day: the day just named, or today
	end                   *form // second point of a range
	of                    *form // the day written after "the day before"/"the week after"
	wdStart, wdEnd        int   // token indexes of a stated weekday
	dateStart             int   // first token of the date after a stated weekday
	tokStart, tokEnd      int
	splitAt               int // first token of the year in "the first nine months of 1997", 0 when none
}

func newForm(k fkind) form {
	return form{kind: k, weekday: -1, hour: -1, minute: -1}
}

// needsTense reports whether the form's resolution depends on the tense of
// its clause: a bare weekday, month, month and day, quarter or season.
func (f *form) needsTense() bool {
	if f.kind == fRange && f.end != nil {
		return f.needsTenseFrom() || f.end.needsTenseFrom()
	}
	if f.kind == fOffset && f.inN {
		return true
	}
	return f.needsTenseFrom()
}

func (f *form) needsTenseFrom() bool {
	return f.kind == fPoint && f.year == 0 && f.rel == relNone && f.decade == 0 && f.century == 0 &&
		(f.month != 0 || f.weekday >= 0 || f.quarter != 0 || f.half != 0 || f.season != 0 || f.unit == uWeekend)
}
