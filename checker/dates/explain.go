package dates

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// explain writes the Resolution phrase.
func (r *resolver) explain(x *Expr, o res) string {
	if x.Invalid != "" {
		return fmt.Sprintf("%s → no such date: %s", x.Text, x.Invalid)
	}
	if !o.ok {
		if o.how != "" {
			return fmt.Sprintf("%s → %s", x.Text, o.how)
		}
		switch x.Type {
		case Duration:
			return fmt.Sprintf("%s → a duration, %s", x.Text, x.Value)
		case Set:
			return fmt.Sprintf("%s → a recurring time, %s", x.Text, x.Value)
		}
		return fmt.Sprintf("%s → %s", x.Text, x.Value)
	}
	what := x.Value
	if o.gran == GrainRange || o.gran == GrainOpen || o.mod != "" || x.Type == Duration {
		what = o.from.Format(time.DateOnly) + " to " + o.to.AddDate(0, 0, -1).Format(time.DateOnly)
	}
	how := o.how
	switch {
	case how == "" && !o.relative:
		how = "as written"
	case how == "":
		how = "from the publication date"
	}
	how = strings.Replace(how, "the publication date", "the publication date "+r.refS, 1)
	how = strings.Replace(how, "the publication year", "the publication year "+r.refYear, 1)
	if !strings.Contains(how, r.refS) && !strings.Contains(how, "line") && o.relative && !strings.Contains(how, r.refYear) {
		how += ", publication date " + r.refS
	}
	return x.Text + " → " + what + ", " + how
}

// restates reports whether b, an absolute date after a relative a with
// only a comma (and "in" or "on") or a bracket between, restates it.
func restates(gap string, a, b Expr) bool {
	switch strings.TrimSpace(gap) {
	case ",", ", in", ", on", "(":
	default:
		return false
	}
	return a.Relative && !b.Relative && b.HasYear && a.Type == Date && b.Type == Date
}

// placeInYear moves a date written without its year into the year of a
// relative year it stands beside ("rejected it last year, on Dec. 9" in
// copy of November 2025 is Dec. 9, 2024): the apposition names the day
// within that year, whatever year the tense chose.
func placeInYear(gap string, a Expr, b *Expr) {
	switch strings.TrimSpace(gap) {
	case ",", ", on", ", in":
	default:
		return
	}
	if !a.Relative || !a.Resolved || a.Granularity != GrainYear || !b.Resolved || b.HasYear || !b.HasMonth || b.Type != Date {
		return
	}
	d := a.From.Year() - b.From.Year()
	if d == 0 || len(b.Value) < 4 {
		return
	}
	b.From, b.To = b.From.AddDate(d, 0, 0), b.To.AddDate(d, 0, 0)
	b.Value = strconv.Itoa(b.From.Year()) + b.Value[4:]
	b.Resolution = fmt.Sprintf("%s → %s, within %q beside it", b.Text, b.Value, a.Text)
}

// respective reports two relative days joined by "and" or "or" and, after a
// comma, two absolute dates joined the same way: "Monday and Tuesday,
// Sept. 14 and 15" names each day's date in turn.
func respective(src string, q []Expr) bool {
	for _, x := range q {
		if !x.Resolved || x.Granularity != GrainDay {
			return false
		}
	}
	rel := func(x Expr) bool { return x.Relative && !x.HasDay }
	return rel(q[0]) && rel(q[1]) && joinedDays(src, q[0], q[1]) && strings.TrimSpace(src[q[1].End:q[2].Start]) == "," &&
		q[2].HasMonth && q[2].HasDay && q[3].HasDay && !q[3].WeekdayStated && joinedDays(src, q[2], q[3])
}

// joinedDays reports two expressions joined by "and" or "or" alone.
func joinedDays(src string, a, b Expr) bool {
	g := strings.TrimSpace(src[a.End:b.Start])
	return g == "and" || g == "or"
}

// stateWeekday records weekday day, written apart from date d, as d's
// stated weekday.
func stateWeekday(d *Expr, day Expr) {
	d.WeekdayStated, d.StatedWeekday = true, day.From.Weekday()
	d.WeekdayStart, d.WeekdayEnd = day.Start, day.End
}

// linkAppositives links a relative day and an absolute date written next
// to it: "on Monday (Feb. 3)", "yesterday, Feb. 4", "Feb. 3 (Monday)". An
// absolute date of any grain that restates a relative one beside it ("more
// than 60 years ago, in 1964", "next month, in March") is in the same
// clause: it takes that clause's tense, whatever clause the comma seems to
// put it in.
func linkAppositives(p *parser, xs []Expr) {
	for k := 0; k+1 < len(xs); k++ {
		if k+3 < len(xs) && respective(p.src, xs[k:k+4]) {
			// "on Monday and Tuesday, Sept. 14 and 15": each date is
			// written with its weekday, in turn.
			stateWeekday(&xs[k+2], xs[k])
			stateWeekday(&xs[k+3], xs[k+1])
			k += 3
			continue
		}
		a, b := &xs[k], &xs[k+1]
		if restates(p.src[a.End:b.Start], *a, *b) {
			b.Tense, b.TenseCue, b.Restates = a.Tense, a.TenseCue, k
		}
		placeInYear(p.src[a.End:b.Start], *a, b)
		if yearsAgoBeside(p.src, *a, *b) {
			// "in 1959, 42 years ago": the year and a count of years back
			// after it. (The count first, "three years ago, in 2019", is a
			// span the duration rule compares with its year.)
			b.Appositive = k
			continue
		}
		if !a.Resolved || !b.Resolved || b.Granularity != GrainDay || a.Granularity != GrainDay && !deicticPeriod(*a) {
			continue
		}
		gap := strings.TrimSpace(p.src[a.End:b.Start])
		switch gap {
		case "(", ",", ", on", "—", "— on", "–", "– on", "--", "-- on":
			// "yesterday, Feb. 4", "on Monday (Feb. 3)", "late yesterday
			// — on March 10 —": set off by a comma, a bracket or a dash.
		default:
			continue
		}
		absA := a.HasMonth && a.HasDay && !a.WeekdayStated
		absB := b.HasMonth && b.HasDay && !b.WeekdayStated
		// The second of two days joined by "and" or "or" shares the date
		// after it with the first: "Monday or Tuesday, Sept. 14".
		pair := k > 0 && xs[k-1].Relative && !xs[k-1].HasDay && joinedDays(p.src, xs[k-1], *a)
		switch {
		case pair:
		case a.Relative && !a.HasDay && (absB || deicticPeriod(*a) && namedPeriod(a.Text) && b.HasMonth && b.HasDay):
			// "last week, on Thursday, Feb. 27": a period's day may carry
			// its weekday (not "in two weeks, on Sunday, March 23", a
			// span from now that copy rounds).
			a.Appositive = k + 1
		case b.Relative && !b.HasDay && absA && gap == "(":
			b.Appositive = k
		}
	}
}

// namedPeriod reports a period of the calendar named from now by "last",
// "this", "next", "earlier" or "later" ("last week", "earlier this
// month"), not a span counted from it ("in two weeks").
func namedPeriod(text string) bool {
	switch strings.ToLower(strings.Fields(text + " x")[0]) {
	case "last", "this", "next", "earlier", "later":
		return true
	}
	return false
}

// yearsAgoBeside reports a year followed by a count of years back from the
// publication date ("in 1959, 42 years ago"), after a comma, a dash or in
// brackets, the count not hedged ("about 40 years ago").
func yearsAgoBeside(src string, a, b Expr) bool {
	if !a.Resolved || !b.Resolved || a.Granularity != GrainYear || b.Granularity != GrainYear || a.Relative || !b.Relative {
		return false
	}
	if !strings.HasSuffix(b.Text, "years ago") || hedgedBefore(src, b.Start) {
		return false
	}
	switch strings.TrimSpace(src[a.End:b.Start]) {
	case ",", "(", "—", "–":
		return true
	}
	return false
}

// hedgedBefore reports a hedge of the resolver's keywords as the word
// right before byte off: "about", "around", "nearly", "almost", "some",
// "over", "more than".
func hedgedBefore(src string, off int) bool {
	w := strings.ToLower(lastWord(src[:off]))
	switch k := lexicon[w]; {
	case k.c != cKw:
		return false
	case k.v == kwThan:
		return true // "more than", "less than"
	default:
		return k.v == kwAbout || k.v == kwAround || k.v == kwNearly || k.v == kwAlmost || k.v == kwSeveral || k.v == kwOver
	}
}

// lastWord returns the last word of s, past trailing spaces.
func lastWord(s string) string {
	s = strings.TrimRight(s, " ")
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// deicticPeriod reports a week, a month, a quarter, a season or a year
// counted from the publication date ("last week", "earlier this month",
// "last spring", "last year"): a day written in apposition to it ("last
// week, on Feb. 4") must fall inside it.
func deicticPeriod(e Expr) bool {
	switch e.Granularity {
	case GrainWeek, GrainMonth, GrainRange, GrainQuarter, GrainSeason, GrainYear:
		return e.Relative && e.Anchor < 0 && !e.HasDay // "last spring, on March 4", "last year, on Nov. 3"
	}
	return false
}
