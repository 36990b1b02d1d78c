package dates

import (
	"fmt"
	"strings"
	"time"
	"unicode"

	wordlex "github.com/copydesk/copydesk/checker/lexicon"
	"github.com/copydesk/copydesk/checker/tense"
)

// resolver turns forms into Exprs in text order, keeping the anchors that
// anaphoric expressions ("the day before", "that year") resolve against.
type resolver struct {
	src string
	ref time.Time
	out []Expr
	// dlStart and dlEnd bound the dateline, whose date anchors no
	// anaphoric expression; both zero for none.
	dlStart, dlEnd int
	// last is the index in out of the latest expression that can anchor an
	// anaphoric one; base the latest that is not itself shifted from an
	// anchor ("a year earlier" counts from it); lastQ the latest base of
	// quarter granularity; -1 for none.
	last, base, lastQ int
	// yearBack is the index of the latest "a year ago" or "a year earlier"
	// (counted back in years), -1 for none: a "year earlier" right after it
	// names the same comparison period, not one a year before that.
	yearBack int
	// cur is the byte offset of the expression being resolved.
	cur int
	// refS and refYear are the publication date and year as written in
	// explanations, formatted once.
	refS, refYear string
}

// res is an interval with its granularity and TIMEX3 value.
type res struct {
	from, to time.Time
	gran     string
	value    string
	typ      Type
	ok       bool
	invalid  string
	mod      string
	how      string // how the year or day was chosen
	// byTense is set when the tense of the clause chose the year or the
	// day (a bare "September" or "Monday").
	byTense  bool
	relative bool
	anchor   int
}

// anchorOf returns the interval anaphoric expressions count from: the
// latest anchoring expression, or the publication date.
func (r *resolver) anchorOf(quarter bool) (time.Time, string, int) {
	idx := r.last
	if quarter {
		idx = r.lastQ // "the quarter" after "last spring" is not spring's quarter
	}
	if idx < 0 {
		return r.ref, GrainDay, -1
	}
	a := r.out[idx]
	return a.From, a.Granularity, idx
}

// futurate reports a present-simple cue whose verb says that an event
// takes place ("opens", "resumes", "is held"): with a date, it speaks of a
// scheduled event still ahead. A progressive ("is continuing") tells of
// something under way, not scheduled.
func futurate(cue string) bool {
	ws := strings.Fields(strings.ToLower(cue))
	switch {
	case len(ws) == 1:
	case len(ws) == 2 && (ws[0] == "is" || ws[0] == "are") && !strings.HasSuffix(ws[1], "ing"):
	default:
		return false
	}
	lx := wordlex.Default()
	return lx.Value(wordlex.EventVerbs, lx.Lemma(ws[len(ws)-1], wordlex.Verb)) == "occurs"
}

// point resolves a calendar point written in parts, choosing a missing
// year (or a bare weekday's week) by the tense of its clause.
func (r *resolver) point(f *form, tn Tense, cue string) (o res) {
	o.typ, o.anchor = Date, -1
	scheduled := false
	ry := r.ref.Year()
	if f.deadline && (tn == tense.Present || tn == tense.Unknown) {
		tn, cue = tense.Future, "" // "by February", "effective Feb. 1": a date still ahead
	} else if tn == tense.Present && futurate(cue) {
		tn, scheduled = tense.Future, true // "the fair opens on Oct. 6": a scheduled event, still ahead
	} else if f.deadline && f.perfectNow {
		// "has extended the loans through January", "has fallen 2% this
		// year through Oct. 19": ahead or behind, whichever is nearer
		tn, cue = tense.Unknown, ""
	}
	y := f.year
	byTense := false
	why := func(s string) string {
		byTense = true
		if scheduled {
			return fmt.Sprintf("%s (a scheduled event: %q)", s, cue)
		}
		if cue != "" {
			return fmt.Sprintf("%s (%s tense: %q)", s, tn, cue)
		}
		return s
	}
	defer func() { o.byTense = o.byTense || byTense }()
	if f.relYear {
		base := r.ref
		if f.anaphoric {
			var idx int
			base, _, idx = r.anchorOf(false)
			o.anchor = idx
		}
		y = base.Year() + f.yearOffset
		o.relative = true
		o.how = "year from " + r.anchorName(o.anchor)
	}
	switch {
	case f.century != 0:
		o.from, o.to, o.gran = ymd((f.century-1)*100, 1, 1), ymd(f.century*100, 1, 1), GrainCentury
		o.value = fmt.Sprintf("%02d", f.century-1)
		o.ok = true
		return o
	case f.decade != 0:
		o.from, o.to, o.gran = ymd(f.decade*10, 1, 1), ymd(f.decade*10+10, 1, 1), GrainDecade
		o.value = fmt.Sprintf("%03d", f.decade)
		switch f.decadeHalf {
		case 1:
			o.to, o.mod = ymd(f.decade*10+5, 1, 1), "START"
		case 2:
			o.from, o.mod = ymd(f.decade*10+5, 1, 1), "END"
		}
		o.ok = true
		return o
	case f.firstMonths != 0:
		if y == 0 {
			y, o.relative, o.how = ry, true, "the publication year"
		}
		o.from, o.to = ymd(y, 1, 1), ymd(y, time.Month(1+f.firstMonths), 1)
		o.gran, o.typ, o.value, o.ok = GrainRange, Duration, durValue(f.firstMonths, uMonth), true
		if f.firstMonths == 6 {
			o.gran = GrainHalf
		} else if f.firstMonths == 3 {
			o.gran = GrainQuarter
		}
		return o
	case f.weekday >= 0 && f.day == 0:
		return r.weekday(f, tn, why)
	case f.unit == uWeekend:
		return r.weekend(f, tn, why)
	}
	// month, month-day, quarter, half, season, or year alone
	var from, to func(y int) time.Time
	gran := GrainYear
	switch {
	case f.holiday == holElection:
		gran = GrainDay
		from = func(y int) time.Time { // the Tuesday after the first Monday of November
			first := ymd(y, 11, 1)
			return first.AddDate(0, 0, (int(time.Monday)-int(first.Weekday())+7)%7+1)
		}
		to = func(y int) time.Time { return from(y).AddDate(0, 0, 1) }
	case f.holiday == holThanksgiving:
		gran = GrainDay
		from = func(y int) time.Time { // the fourth Thursday of November
			first := ymd(y, 11, 1)
			return first.AddDate(0, 0, (int(time.Thursday)-int(first.Weekday())+7)%7+21)
		}
		to = func(y int) time.Time { return from(y).AddDate(0, 0, 1) }
	case f.month != 0 && f.day != 0:
		gran = GrainDay
		from = func(y int) time.Time { return ymd(y, time.Month(f.month), min(f.day, daysIn(y, time.Month(f.month)))) }
		to = func(y int) time.Time { return from(y).AddDate(0, 0, 1) }
	case f.month != 0:
		gran = GrainMonth
		from = func(y int) time.Time { return ymd(y, time.Month(f.month), 1) }
		to = func(y int) time.Time { return ymd(y, time.Month(f.month+1), 1) }
	case f.quarter != 0:
		gran = GrainQuarter
		from = func(y int) time.Time { return ymd(y, time.Month(3*f.quarter-2), 1) }
		to = func(y int) time.Time { return ymd(y, time.Month(3*f.quarter+1), 1) }
	case f.half != 0:
		gran = GrainHalf
		from = func(y int) time.Time { return ymd(y, time.Month(6*f.half-5), 1) }
		to = func(y int) time.Time { return ymd(y, time.Month(6*f.half+1), 1) }
	case f.season != 0:
		gran = GrainSeason
		from = func(y int) time.Time { s, _ := seasonInterval(y, f.season); return s }
		to = func(y int) time.Time { _, e := seasonInterval(y, f.season); return e }
	case y != 0:
		o.from, o.to, o.gran, o.value, o.ok = ymd(y, 1, 1), ymd(y+1, 1, 1), GrainYear, fmt.Sprintf("%04d", y), true
		return o
	default:
		return o
	}
	if y == 0 {
		o.relative = true
		ref := r.ref
		switch f.rel {
		case relThis:
			y = ry
			if f.season == seasonWinter && ref.Month() >= 4 {
				y = ry + 1
			}
			o.how = "from the publication date"
			if f.season == seasonWinter {
				o.how = "the winter holding or following the publication date"
			}
		case relLast:
			y = ry
			for to(y).After(ref) {
				y--
			}
			o.how = "the latest before the publication date"
		case relNext:
			y = ry
			for !from(y).After(ref) {
				y++
			}
			o.how = "the first after the publication date"
		default:
			y = ry
			switch {
			// A past clause about a later date means last year's, a
			// future one about an earlier date next year's, unless the
			// date is close enough to the publication date that the tense
			// is more likely loose ("expects third-quarter losses" in
			// October, "will be paid Nov. 6" read as past).
			case tn == tense.Past && r.pastAhead(from(y).Sub(ref), gran, cue):
				y--
				o.how = why("the latest on or before the publication date")
			case tn == tense.Future && ref.Sub(to(y)) >= slack(gran, false):
				y++
				o.how = why("the first after the publication date")
			case tn != tense.Past && tn != tense.Future && absDur(from(y).Sub(ref)) > 183*24*time.Hour:
				// no tense: across a year boundary, a date close to the
				// publication date is meant rather than one far from it
				gap := func(y int) time.Duration { // from ref to the interval
					switch {
					case ref.Before(from(y)):
						return from(y).Sub(ref)
					case !ref.Before(to(y)):
						return ref.Sub(to(y)) + 24*time.Hour
					}
					return 0
				}
				// A stated weekday picks among the years the one it fits:
				// "strikes on Wednesday, March 12" in copy of November is
				// last March's, a Wednesday, not next March's.
				fits := func(y int) bool { return f.weekdayStated && gran == GrainDay && fitsWeekday(y, f) }
				best := y
				for _, c := range []int{y - 1, y + 1} {
					if fits(c) && !fits(best) || fits(c) == fits(best) && gap(c) < gap(best) {
						best = c
					}
				}
				y = best // "Dec. 29" in copy of Jan. 5, "October" in copy of Jan. 8
				o.how = "the nearest to the publication date"
				if y == ry {
					o.how = "in the publication year"
				}
			default:
				o.how = why("in the publication year")
			}
			if y == ry && f.weekdayStated && gran == GrainDay && !fitsWeekday(y, f) {
				// "will run from Friday, July 10" in copy of July 14: the
				// tense said next year's day but the day lay within the
				// slack kept for loose tenses; the stated weekday, which
				// fits next year's July 10 and not this year's, settles it.
				// Not so for a past clause a day or so ahead: a day off by
				// one ("Friday, Aug. 8" in copy of Friday, Aug. 7) always
				// fits last year's weekday, and is a slip to report.
				switch {
				case tn == tense.Future && !ref.Before(to(y)) && fitsWeekday(y+1, f):
					y++
					o.how = fmt.Sprintf("the first after the publication date, where %s %d is a %s", time.Month(f.month), f.day, time.Weekday(f.weekday))
				}
			}
			if y != ry && (f.fip || f.target) && f.weekdayStated && gran == GrainDay && fitsWeekday(ry, f) && !fitsWeekday(y, f) {
				// "was scheduled to launch on Thursday, March 14" in April
				// copy: a future seen from the past may lie behind the
				// publication date, and the stated weekday fits this
				// year's March 14, not the next year's ("will open on
				// Monday, Jan. 5" stays a future date, and a weekday error);
				// so may a time set "for" a day ("set the hearing for
				// Tuesday, April 22" in February copy: this April)
				y = ry
				o.how = fmt.Sprintf("in the publication year, where %s %d is a %s", time.Month(f.month), f.day, time.Weekday(f.weekday))
			}
		}
	}
	if o.relative && f.weekdayStated && gran == GrainDay && !fitsWeekday(y, f) {
		if sy := r.yearBefore(); sy != 0 && fitsWeekday(sy, f) {
			// "celebrated its 60th anniversary in 2022 with a concert on
			// Saturday, May 21": a day whose weekday fits the year its
			// sentence names before it, and not the year the tense chose,
			// is in the year named.
			y = sy
			o.how = fmt.Sprintf("in %d, the year its sentence names, where %s %d is a %s", sy, time.Month(f.month), f.day, time.Weekday(f.weekday))
		}
	}
	o.from, o.to, o.gran, o.ok = from(y), to(y), gran, true
	switch gran {
	case GrainSeason:
		o.value = fmt.Sprintf("%04d-%s", y, seasonCode[f.season])
	default:
		o.value = value(o.from, gran)
	}
	if gran == GrainDay && f.day > daysIn(y, time.Month(f.month)) {
		o.invalid = fmt.Sprintf("%s %d has only %d days", time.Month(f.month), y, daysIn(y, time.Month(f.month)))
		o.ok = false
		o.value = fmt.Sprintf("%04d-%02d-%02d", y, f.month, f.day)
	}
	return o
}

// fitsWeekday reports whether f's month and day fall on its stated
// weekday in year y.
func fitsWeekday(y int, f *form) bool {
	return f.day <= daysIn(y, time.Month(f.month)) && ymd(y, time.Month(f.month), f.day).Weekday() == time.Weekday(f.weekday)
}

// pastAhead reports whether a past clause's date lying ahead of the
// publication date by ahead is too far ahead for a loose tense (see
// slack). A month of a past clause more than a fortnight ahead is, unless
// its sentence reports what someone said before it, where the tense is
// often the report's: "The first inspection, in December, found ..." in
// copy of Nov. 8 is last December's, while "The company said sales rose in
// November" in copy of Oct. 2 is read as this November. The sentence is
// read only in that case.
func (r *resolver) pastAhead(ahead time.Duration, gran, cue string) bool {
	if ahead > slack(gran, true) {
		return true
	}
	return gran == GrainMonth && cue != "" && ahead > 15*24*time.Hour && !r.reportedBefore()
}

// maxLookBack bounds how far back from the expression being resolved its
// sentence is read (see sentenceBefore), so that the cost per expression
// stays flat on copy without full stops.
const maxLookBack = 400

// sentenceBefore returns the text from the start of the sentence of the
// expression being resolved (or maxLookBack bytes back) to it.
func (r *resolver) sentenceBefore() string {
	lo := max(0, r.cur-maxLookBack)
	return r.src[lo+strings.LastIndex(r.src[lo:r.cur], ". ")+1 : r.cur]
}

// yearBefore returns the last year written as a number in the sentence
// before the expression being resolved, or 0 when none.
func (r *resolver) yearBefore() int {
	year := 0
	for _, w := range strings.FieldsFunc(r.sentenceBefore(), func(c rune) bool { return c < '0' || c > '9' }) {
		if len(w) != 4 || w < "1800" || w > "2100" {
			continue
		}
		year = 0
		for _, c := range w {
			year = year*10 + int(c-'0')
		}
	}
	return year
}

// reportedBefore reports a verb of saying before the expression being
// resolved, in its sentence.
func (r *resolver) reportedBefore() bool {
	lx := wordlex.Default()
	for _, w := range strings.FieldsFunc(r.sentenceBefore(), func(c rune) bool { return !unicode.IsLetter(c) }) {
		w = strings.ToLower(w)
		if lx.Is(wordlex.SayingVerbs, w) || lx.Is(wordlex.SayingVerbs, lx.Lemma(w, wordlex.Verb)) {
			return true
		}
	}
	return false
}

// slack is how far past the publication date a date in a past clause (or
// before it, in a future clause) may lie and still be taken in the
// publication year, for tense read loosely: a day or month just ahead in
// reported speech, a quarter whose results are still to come; a month at
// most the next one.
func slack(gran string, past bool) time.Duration {
	day := 24 * time.Hour
	switch {
	case gran == GrainQuarter || gran == GrainHalf:
		return 92 * day
	case gran == GrainDay && past:
		return 60 * day
	case gran == GrainDay:
		return 7 * day
	case gran == GrainMonth && past:
		return 31 * day
	}
	return 0
}

// unitFloor is the start of the unit of granularity g holding t.
func unitFloor(t time.Time, g string) time.Time {
	if g == GrainSeason {
		return dayOf(t)
	}
	s, _ := unitInterval(t, g)
	return s
}

// namedDay returns the day on weekday wd, within six days of ref either
// way, that an expression before this one dated: with its date ("Saturday
// (Sept. 20)", "Tuesday, Oct. 14") or as a weekday of its own clause
// ("will mark the anniversary on Saturday" before "Saturday's concert"),
// the latest such; zero when none.
func (r *resolver) namedDay(wd int, ref time.Time) time.Time {
	for k := len(r.out) - 1; k >= 0; k-- {
		x := r.out[k]
		if !x.Resolved || x.Granularity != GrainDay || int(x.From.Weekday()) != wd {
			continue
		}
		if diff := x.From.Sub(ref); diff > -7*24*time.Hour && diff < 7*24*time.Hour {
			return x.From
		}
	}
	return time.Time{}
}

// weekday resolves a weekday without a date.
func (r *resolver) weekday(f *form, tn Tense, why func(string) string) res {
	o := res{typ: Date, anchor: -1, relative: true, gran: GrainDay, ok: true}
	ref := r.ref
	if f.anaphoric && (f.rel == relLast || f.rel == relNext) {
		if base, g, idx := r.anchorOf(false); idx >= 0 && g == GrainDay {
			ref, o.anchor = base, idx // the previous Friday: the one before the day just named
		}
	}
	wd := f.weekday
	back := (int(ref.Weekday()) - wd + 7) % 7 // days back to the latest on or before
	fwd := (wd - int(ref.Weekday()) + 7) % 7  // days on to the first on or after
	var d time.Time
	switch f.rel {
	case relLast:
		if back == 0 {
			back = 7
		}
		d, o.how = ref.AddDate(0, 0, -back), "the latest before "+r.anchorName(o.anchor)
	case relNext:
		if fwd == 0 {
			fwd = 7
		}
		d, o.how = ref.AddDate(0, 0, fwd), "the first after "+r.anchorName(o.anchor)
	case relThis:
		d, o.how = weekStart(ref).AddDate(0, 0, isoWeekday(wd)-1), "in the week of the publication date"
	default:
		o.byTense = true // a bare weekday: its week was chosen
		switch {
		case f.possessive && r.namedDay(wd, ref) != (time.Time{}):
			// "will celebrate ... on Saturday (Sept. 20)" ... "Saturday's
			// celebration will end at 8 p.m.": the day the copy dated
			d, o.how = r.namedDay(wd, ref), "the day of that name the copy dated before, within a week of the publication date"
		case f.possessive:
			// "Wednesday's ruling": an event already named, whatever the clause
			d, o.how = ref.AddDate(0, 0, -back), "the latest on or before the publication date (a past event named by its day)"
		case f.earliest:
			d, o.how = ref.AddDate(0, 0, fwd), "the first on or after the publication date (as soon as)"
		case tn == tense.Future && f.fip && back < fwd:
			// "said he would leave Friday", "had been scheduled to expire
			// Friday": ahead of the saying, which may be past; the nearest
			d, o.how = ref.AddDate(0, 0, -back), why("the nearest to the publication date")
		case tn == tense.Future || tn == tense.Present:
			d, o.how = ref.AddDate(0, 0, fwd), why("the first on or after the publication date")
		case tn == tense.Unknown && (f.scheduled || f.deadline && f.perfectNow) && fwd < back:
			// "planned a rally on Saturday": the scheduled event, the nearest such day
			d, o.how = ref.AddDate(0, 0, fwd), "the nearest to the publication date (a scheduled event or a deadline)"
		case tn != tense.Past && f.timeText && fwd < back:
			// a clock time without a verb ("5 p.m. Thursday") is a schedule:
			// the nearest such day
			d, o.how = ref.AddDate(0, 0, fwd), "the nearest to the publication date"
		default:
			// past or unknown: the news convention
			d, o.how = ref.AddDate(0, 0, -back), why("the latest on or before the publication date")
		}
	}
	o.from, o.to = d, d.AddDate(0, 0, 1)
	o.value = value(d, GrainDay)
	return o
}

// weekend resolves "the weekend", "this weekend", "last weekend".
func (r *resolver) weekend(f *form, tn Tense, why func(string) string) res {
	o := res{typ: Date, anchor: -1, relative: true, gran: GrainRange, ok: true}
	ref := r.ref
	sat := ref.AddDate(0, 0, -((int(ref.Weekday()) - 6 + 7) % 7)) // latest Saturday on or before
	if ref.Weekday() == time.Sunday {
		sat = ref.AddDate(0, 0, -1)
	}
	inWeekend := ref.Weekday() == time.Saturday || ref.Weekday() == time.Sunday
	switch {
	case f.rel == relLast:
		if inWeekend {
			sat = sat.AddDate(0, 0, -7)
		}
		o.how = "the latest before the publication date"
	case f.rel == relNext || f.rel == relThis || tn == tense.Future:
		if !inWeekend {
			sat = sat.AddDate(0, 0, 7)
		}
		o.how = why("the first on or after the publication date")
	default:
		o.how = why("the latest on or before the publication date")
	}
	o.from, o.to = sat, sat.AddDate(0, 0, 2)
	_, w := sat.ISOWeek()
	o.value = fmt.Sprintf("%04d-W%02d-WE", sat.Year(), w)
	return o
}

// anchorName names what an anaphoric expression was resolved from.
func (r *resolver) anchorName(idx int) string {
	if idx < 0 {
		return "the publication date"
	}
	a := r.out[idx]
	return fmt.Sprintf("%q in line %d", a.Text, a.Line)
}
