package dates

import wordlex "github.com/copydesk/copydesk/checker/lexicon"

// cls is the lexical class of a word.
type cls uint8

const (
	cNone      cls = iota
	cMonth         // val 1..12
	cMonAbbr       // "Jan", "Sept": val 1..12
	cWeekday       // val 0..6 (time.Weekday)
	cWdAbbr        // "Mon", "Tues": val 0..6
	cSeason        // val season*
	cUnit          // val unit*
	cUnits         // plural unit: val unit*
	cNumW          // cardinal number word: val
	cOrdW          // ordinal word: val
	cDayPart       // morning, afternoon, evening, night: val part*
	cKw            // keyword: val kw*
	cQuarterID     // "Q3": val 1..4
	cHalfID        // "H1": val 1..2
	cFY            // "FY2025", "FY25": val year as written
	cHoliday       // "Christmas", "Thanksgiving": val hol*
	cDecadeW       // "nineties": val the decade of the 1900s (199)
	cWeekdays      // "Mondays": val 0..6, a weekday every week
	cDayParts      // "nights", "mornings": val part*, a part of every such day
)

// Holidays with a fixed or computed date.
const (
	holNone = iota
	holChristmas
	holThanksgiving
	holHalloween
	holElection // Election Day, U.S.: the Tuesday after the first Monday of November
	holNewYear
)

// Seasons, in TIMEX3 order of the year.
const (
	seasonNone = iota
	seasonSpring
	seasonSummer
	seasonFall
	seasonWinter
)

// Units of time.
const (
	uNone = iota
	uSecond
	uMinute
	uHour
	uDay
	uWeek
	uWeekend
	uFortnight
	uMonth
	uQuarter
	uHalf
	uYear
	uDecade
	uCentury
	uPeriod // "period" in "the year-earlier period": the anchor's unit
)

// Parts of the day.
const (
	partNone = iota
	partMorning
	partAfternoon
	partEvening
	partNight
)

// Keywords.
const (
	kwNone = iota
	kwThis
	kwLast
	kwNext
	kwPast
	kwComing
	kwPrevious
	kwFollowing
	kwCurrent
	kwRecent
	kwRecently
	kwEarlier
	kwLater
	kwLatest
	kwAgo
	kwBefore
	kwAfter
	kwSince
	kwFrom
	kwTo
	kwUntil
	kwThrough
	kwBetween
	kwAnd
	kwIn
	kwOn
	kwBy
	kwWithin
	kwOver
	kwDuring
	kwThe
	kwOf
	kwEarly
	kwMid
	kwLate
	kwEnd
	kwBeginning
	kwMiddle
	kwFinal
	kwHalf
	kwToday
	kwYesterday
	kwTomorrow
	kwTonight
	kwNow
	kwFiscal
	kwThat
	kwSame
	kwA
	kwEvery
	kwDaily
	kwWeekly
	kwMonthly
	kwYearly
	kwQuarterly
	kwSeveral
	kwNoon
	kwMidnight
	kwAM
	kwPM
	kwFuture
	kwCurrently
	kwSoon
	kwPreviously
	kwNowadays
	kwYearAgo // "year-ago", "year-earlier" (adjective)
	kwMore
	kwThan
	kwAbout
	kwNearly
	kwAlmost
	kwLess
	kwAt
	kwLeast
	kwUp
	kwHence
	kwEach
	kwFor
	kwOnce
	kwAround
	kwNew        // "New Year's Day"
	kwAs         // "as soon as Tuesday"
	kwCouple     // "a couple of years"
	kwAdditional // "an additional year", "two extra weeks"
	kwNear       // "the near future", "the short term"
	kwThese      // "these days"
	kwAhead      // "the weeks ahead"
	kwFull       // "the full year"
)

var seasonCode = [...]string{"", "SP", "SU", "FA", "WI"}

type lex struct {
	c cls
	v int
}

// lexicon maps lower-case words to their class. It is never written after
// package initialisation.
var lexicon = func() map[string]lex {
	m := map[string]lex{}
	lx := wordlex.Default()
	for _, w := range lx.Words(wordlex.Months) {
		n, full, _ := lx.Number(wordlex.Months, w)
		if full {
			m[w] = lex{cMonth, n}
		} else {
			m[w] = lex{cMonAbbr, n}
		}
	}
	for _, w := range lx.Words(wordlex.Weekdays) {
		n, full, _ := lx.Number(wordlex.Weekdays, w)
		if full {
			m[w] = lex{cWeekday, n}
			m[w+"s"] = lex{cWeekdays, n}
		}
	}
	for k, v := range map[string]int{"mornings": partMorning, "afternoons": partAfternoon, "evenings": partEvening,
		"nights": partNight} {
		m[k] = lex{cDayParts, v}
	}
	for _, w := range lx.Words(wordlex.Weekdays) {
		if n, full, _ := lx.Number(wordlex.Weekdays, w); !full {
			m[w] = lex{cWdAbbr, n}
		}
	}
	for k, v := range map[string]int{"spring": seasonSpring, "summer": seasonSummer, "fall": seasonFall,
		"autumn": seasonFall, "winter": seasonWinter} {
		m[k] = lex{cSeason, v}
	}
	units := map[string]int{"second": uSecond, "minute": uMinute, "hour": uHour, "day": uDay, "week": uWeek,
		"weekend": uWeekend, "fortnight": uFortnight, "month": uMonth, "quarter": uQuarter, "year": uYear,
		"decade": uDecade, "century": uCentury, "period": uPeriod}
	for k, v := range units {
		m[k] = lex{cUnit, v}
		m[k+"s"] = lex{cUnits, v}
	}
	m["centuries"] = lex{cUnits, uCentury}
	m["yr"], m["yrs"] = lex{cUnit, uYear}, lex{cUnits, uYear}
	m["hr"], m["hrs"] = lex{cUnit, uHour}, lex{cUnits, uHour}
	m["min"], m["mins"] = lex{cUnit, uMinute}, lex{cUnits, uMinute}
	for i, w := range []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"} {
		m[w] = lex{cNumW, i}
	}
	for k, v := range map[string]int{"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
		"eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12} {
		m[k] = lex{cNumW, v}
	}
	for w, n := range lx.Numbers(wordlex.Ordinals) {
		if n <= 12 {
			m[w] = lex{cOrdW, n} // "the second week", "the fourth quarter"
		}
	}
	for k, v := range map[string]int{"twenties": 192, "thirties": 193, "forties": 194, "fifties": 195,
		"sixties": 196, "seventies": 197, "eighties": 198, "nineties": 199} {
		m[k] = lex{cDecadeW, v}
	}
	for k, v := range map[string]int{"christmas": holChristmas, "thanksgiving": holThanksgiving, "halloween": holHalloween, "election": holElection} {
		m[k] = lex{cHoliday, v}
	}
	for k, v := range map[string]int{"morning": partMorning, "afternoon": partAfternoon, "evening": partEvening,
		"night": partNight, "overnight": partNight} {
		m[k] = lex{cDayPart, v}
	}
	for k, v := range map[string]int{"this": kwThis, "last": kwLast, "next": kwNext, "past": kwPast,
		"coming": kwComing, "upcoming": kwComing, "previous": kwPrevious, "prior": kwPrevious, "preceding": kwPrevious,
		"following": kwFollowing, "current": kwCurrent, "recent": kwRecent, "recently": kwRecently,
		"earlier": kwEarlier, "later": kwLater, "latest": kwLatest, "ago": kwAgo, "before": kwBefore,
		"after": kwAfter, "since": kwSince, "from": kwFrom, "to": kwTo, "until": kwUntil, "till": kwUntil,
		"through": kwThrough, "between": kwBetween, "and": kwAnd, "in": kwIn, "on": kwOn, "by": kwBy,
		"within": kwWithin, "over": kwOver, "during": kwDuring, "the": kwThe, "of": kwOf, "early": kwEarly,
		"mid": kwMid, "late": kwLate, "end": kwEnd, "beginning": kwBeginning, "start": kwBeginning,
		"middle": kwMiddle, "final": kwFinal, "half": kwHalf, "today": kwToday, "yesterday": kwYesterday, "tomorrow": kwTomorrow,
		"tonight": kwTonight, "now": kwNow, "fiscal": kwFiscal, "that": kwThat, "same": kwSame, "corresponding": kwSame, "comparable": kwSame, "a": kwA, "an": kwA,
		"every": kwEvery, "daily": kwDaily, "weekly": kwWeekly, "monthly": kwMonthly, "several": kwSeveral, "few": kwSeveral,
		"many": kwSeveral, "some": kwSeveral, "noon": kwNoon, "midday": kwNoon, "midnight": kwMidnight, "am": kwAM, "pm": kwPM,
		"future": kwFuture, "currently": kwCurrently, "soon": kwSoon, "nowadays": kwNowadays, "more": kwMore, "than": kwThan, "about": kwAbout,
		"nearly": kwNearly, "almost": kwAlmost, "less": kwLess, "at": kwAt, "least": kwLeast, "up": kwUp,
		"hence": kwHence, "each": kwEach, "for": kwFor, "once": kwOnce,
		"around": kwAround, "roughly": kwAround, "approximately": kwAround, "new": kwNew, "full": kwFull, "as": kwAs,
		"couple": kwCouple, "additional": kwAdditional, "extra": kwAdditional,
		"near": kwNear, "foreseeable": kwNear, "immediate": kwNear, "short": kwNear, "these": kwThese, "ahead": kwAhead} {
		m[k] = lex{cKw, v}
	}
	return m
}()

func lower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if isUpper(c) {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// classify looks a word token up in the lexicon without allocating.
func classify(t *token, w string) {
	if len(w) > 16 {
		return
	}
	var buf [16]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if isUpper(c) {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	b := buf[:len(w)]
	if l, ok := lexicon[string(b)]; ok {
		t.cls, t.val = l.c, l.v
		return
	}
	// Q3, H1, FY2025, FY25
	switch {
	case len(b) == 2 && b[0] == 'q' && b[1] >= '1' && b[1] <= '4':
		t.cls, t.val = cQuarterID, int(b[1]-'0')
	case len(b) == 2 && b[0] == 'h' && (b[1] == '1' || b[1] == '2'):
		t.cls, t.val = cHalfID, int(b[1]-'0')
	case (len(b) == 4 || len(b) == 6) && b[0] == 'f' && b[1] == 'y' && allDigits(b[2:]):
		v := 0
		for _, c := range b[2:] {
			v = v*10 + int(c-'0')
		}
		t.cls, t.val = cFY, v
	}
}

func allDigits(b []byte) bool {
	for _, c := range b {
		if !isDigit(c) {
			return false
		}
	}
	return len(b) > 0
}
