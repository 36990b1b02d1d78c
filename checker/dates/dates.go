// Package dates finds the time expressions in news copy and resolves each to
// a calendar interval against the publication date.
package dates

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/copydesk/copydesk/checker/tense"
	text2 "github.com/copydesk/copydesk/checker/text"
)

// Type is the TIMEX3 type of an expression.
type Type string

// TIMEX3 types.
const (
	Date     Type = "DATE"
	Time     Type = "TIME"
	Duration Type = "DURATION"
	Set      Type = "SET"
)

// Tense is the tense or modality of the clause an expression stands in.
type Tense = tense.Tense

// Expr is one time expression and what it resolved to.
type Expr struct {
	// Start and End are byte offsets of the expression in the text.
	Start, End int
	// Text is the expression as written.
	Text string
	// Line is the 1-based line the expression starts on.
	Line int
	// Type is DATE, TIME, DURATION or SET.
	Type Type
	// Value is the TIMEX3 value ("2026-02-04", "2025-H1", "P3Y", ...).
	Value string
	// Mod is the TIMEX3 mod (START, MID, END, APPROX, ...), if any.
	Mod string
	// From and To bound the calendar interval [From, To); zero when the
	// expression does not resolve to one (durations, sets, unknowns).
	From, To time.Time
	// Granularity is day, week, month, quarter, half, season, year,
	// decade, century, range, open or empty.
	Granularity string
	// Resolved reports whether From and To hold an interval.
	Resolved bool
	// Relative reports whether the resolution depended on the publication
	// date or on another expression ("yesterday", "this November", "that
	// year"), as opposed to being fully written out ("Feb. 4, 2026").
	Relative bool
	// Resolution says how it was resolved, as a message can quote it:
	// "this November → 2026-11, from the publication date 2026-02-04".
	Resolution string
	// Tense is the tense of its clause; TenseCue the words that decided it.
	Tense    Tense
	TenseCue string

	// HasYear, HasMonth and HasDay report which calendar parts were
	// written ("Feb. 4" has month and day, no year).
	HasYear, HasMonth, HasDay bool
	// WeekdayStated reports that a weekday was written with a date
	// ("Wednesday, Feb. 5, 2026"); StatedWeekday is that weekday and
	// WeekdayStart, WeekdayEnd its byte offsets. The interval is the
	// date's, whatever the weekday says.
	WeekdayStated            bool
	StatedWeekday            time.Weekday
	WeekdayStart, WeekdayEnd int
	// BareWeekday reports a weekday without a date ("Monday", "next
	// Friday"): its day was chosen from the publication date and tense.
	BareWeekday bool
	// Rough reports a date counted in whole weeks or longer from the
	// publication date ("in two weeks", "a month from now"): it names a
	// week or a month only roughly, a day or so either side.
	Rough bool
	// ByTense reports that the tense of the clause chose the year or the
	// day ("September" in "will open in September"); a date written out
	// or counted from the publication date ("the end of last year") stands
	// whatever the tense.
	ByTense bool
	// Invalid says why a written date does not exist ("February 2026 has
	// only 28 days"); Resolved is then false.
	Invalid string
	// Anchor is the index in the result of the expression an anaphoric
	// one was resolved from ("the day before", "that year"); -1 when it was
	// resolved from the publication date or needs none.
	Anchor int
	// Appositive is the index of an absolute date written in apposition to
	// this relative one ("on Monday (Feb. 3)", "yesterday, Feb. 4", "last
	// week, on Feb. 4"), or -1.
	Appositive int
	// Restates is the index of the relative date this absolute one
	// restates beside it ("more than 60 years ago, in 1964"), whose clause
	// and tense it shares, or -1.
	Restates int
	// Fiscal marks a fiscal year ("fiscal 2025", "FY2025"); its interval
	// is the calendar year, which the fiscal year may not match.
	Fiscal bool
	// Parts holds the ends of a range ("from 2014 to 2022"), the date of
	// an open interval ("since 2022"), the months and the year of "the
	// first nine months of 1997", or the length of "three days later",
	// each resolved alone.
	Parts []Expr
}

// Options tune the resolver.
type Options struct {
	// DayFirst reads 2/4/2026 as 2 April rather than February 4.
	DayFirst bool
	// Tense, when set, answers the tense of a date's clause from one
	// analysis per sentence shared with other analyses; nil builds one.
	Tense *tense.Cache
	// Reading, when set, is the shared reading of text: the grammar then
	// reads its tokens (splitting those it reads finer, such as "2019-21"
	// or "Feb."), instead of tokenizing the text itself.
	Reading *text2.Reading
	// Dateline is the span of the copy's dateline, if any: its date is the
	// time the story is told from, and no "later" or "earlier" counts
	// from it.
	Dateline text2.Span
}

// Resolve finds and resolves every time expression in text against ref,
// the publication date, in order of position.
func Resolve(text string, ref time.Time, opts Options) []Expr {
	p := parser{src: text, dayFirst: opts.DayFirst}
	r := resolver{src: text, ref: dayOf(ref), last: -1, base: -1, lastQ: -1, yearBack: -1, dlStart: opts.Dateline.Start, dlEnd: opts.Dateline.End}
	r.refS, r.refYear = r.ref.Format(time.DateOnly), strconv.Itoa(r.ref.Year())
	r.out = make([]Expr, 0, len(text)/64+4) // about one expression in 80 bytes of news
	tc := opts.Tense
	if tc == nil {
		tc = tense.NewCache(text, text2.Sentences(text))
	}
	sents := tc.Sentences()
	si := 0
	var toks []token
	next := 0 // the first shared token not yet read
	// Expressions never span a line break, so each line is tokenized and
	// parsed alone, reusing one token buffer.
	for ls, line := 0, 1; ls < len(text); line++ {
		le := strings.IndexByte(text[ls:], '\n')
		if le < 0 {
			le = len(text)
		} else {
			le += ls
		}
		if opts.Reading != nil {
			toks, next = fromReading(text, opts.Reading.Tokens, next, ls, le, toks[:0])
		} else {
			toks = tokenize(text, ls, le, toks[:0])
		}
		p.t = toks
		si = r.line(&p, tc, sents, si, line)
		ls = le + 1
	}
	linkAppositives(&p, r.out)
	return r.out
}

// line resolves the expressions of one line, whose tokens p holds; si is
// the index of the first sentence that may hold them.
func (r *resolver) line(p *parser, tc *tense.Cache, sents []text2.Sentence, si, line int) int {
	toks := p.t
	for i := 0; i < len(toks); {
		if !mayStart(toks, i) {
			i++ // no expression starts here
			continue
		}
		f, s, e, ok := p.expr(i)
		if !ok || e <= s {
			i++
			continue
		}
		if p.notADate(s, e) {
			i = e
			continue
		}
		start, end := toks[s].start, toks[e-1].end
		for si < len(sents) && sents[si].End <= start {
			si++
		}
		tr := tense.Result{Tense: tense.Unknown}
		if si < len(sents) && sents[si].Start <= start {
			tr = tc.At(si, start, end)
		}
		r.cur = start
		x := r.build(&f, s, e, tr, p)
		x.Line = line
		r.apposedWeekday(&x)
		r.add(x)
		i = e
	}
	return si
}

// mayStart reports whether an expression may start at token i: numbers and
// date words may; punctuation and plain words may not, nor function words
// ("the", "in", "a") that a plain word follows ("the minister").
func mayStart(toks []token, i int) bool {
	t := toks[i]
	switch {
	case t.kind == tNum:
		return true
	case t.kind == tPunct || t.cls == cNone:
		return false
	case t.cls != cKw:
		return true
	}
	switch t.val {
	case kwThe, kwA, kwIn, kwOn, kwAnd, kwTo, kwOf, kwFor, kwAt, kwBy, kwFrom, kwOver, kwThat, kwThis, kwSince,
		kwBetween, kwWithin, kwEarly, kwLate, kwEvery, kwEach, kwNew, kwAs:
		if i+1 >= len(toks) {
			return false
		}
		n := toks[i+1]
		if t.val == kwNew {
			return n.cls == cUnit && n.val == uYear
		}
		return !(n.kind == tPunct && n.p != '-' && n.p != '\'' || n.kind == tWord && n.cls == cNone)
	}
	return true
}

// apposedWeekday reads a bare weekday set after a full date with "a" or
// "an" ("on the morning of Jan. 20, a Tuesday,") as that date's weekday:
// the date states it, and the weekday names the date's day, so that what
// is counted from it ("that night", "two days later") counts from the
// date.
func (r *resolver) apposedWeekday(x *Expr) {
	n := len(r.out)
	if n == 0 || !x.BareWeekday || !x.Resolved {
		return
	}
	y := &r.out[n-1]
	if !y.Resolved || !y.HasMonth || !y.HasDay || y.WeekdayStated || y.Granularity != GrainDay || y.End > x.Start {
		return
	}
	if gap := r.src[y.End:x.Start]; gap != ", a " && gap != ", an " {
		return
	}
	if rest := r.src[x.End:]; strings.HasPrefix(rest, " and a ") || strings.HasPrefix(rest, " and an ") ||
		strings.HasPrefix(rest, " to a ") || strings.HasPrefix(rest, " to an ") || strings.HasPrefix(rest, " through a ") {
		return // "June 10 and 11, a Tuesday and a Wednesday", "Feb. 16 to Feb. 18, a Monday to a Wednesday": each in turn
	}
	wd := x.From.Weekday()
	if !y.HasYear && y.From.Weekday() != wd {
		// "the 2027 edition would be held on April 18, a Sunday": the
		// weekday picks the year beside the one chosen that it fits.
		for _, dy := range []int{-1, 1} {
			if d := y.From.AddDate(dy, 0, 0); d.Day() == y.From.Day() && d.Weekday() == wd {
				y.From, y.To = d, d.AddDate(0, 0, 1)
				y.Value = value(d, GrainDay)
				y.Resolution = fmt.Sprintf("%s → %s, the year where it is a %s", y.Text, y.Value, wd)
				break
			}
		}
	}
	stateWeekday(y, *x)
	x.From, x.To, x.Value = y.From, y.To, y.Value
	x.Resolution = fmt.Sprintf("%s → %s, the day of %q written before it", x.Text, y.Value, y.Text)
}
