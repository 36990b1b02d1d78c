package rules

import (
	"fmt"
	"time"

	"github.com/copydesk/copydesk/checker/analysis"
	"github.com/copydesk/copydesk/checker/dates"
	"github.com/copydesk/copydesk/checker/events"
	"github.com/copydesk/copydesk/checker/tense"
)

// EventDate flags one event given two dates that cannot both hold.
var EventDate = &analysis.Rule{
	ID:      "event-date",
	Summary: "one event given two dates that cannot both hold",
	Doc: `"The summit on March 3" and, paragraphs later, "the March 5 summit" cannot
both be right. The rule follows each named event (a summit, a vote, a
hearing, a launch; "the APEC summit" and "the G20 summit" are kept apart)
from its first dated mention to the later definite mentions that refer back
to it ("the summit", "the March 5 summit"); any noun of an act or event
counts ("the Oct. 23 slaying", "the May 15 inspection"). It flags a later date that
shares no day with the first, where one of the two dates is on the noun
itself, or both date the event's start ("the trial is set to open on Jan.
14" ... "when the trial begins Jan. 15"; "The flood began on Saturday, Oct.
12" ... "Since the flood began on Oct. 14"; "began a 12-day strike on Monday,
June 8" ... "Since the strike began on June 10"). Synonyms are one kind: "a fire
... on Sept. 8" and "the Sept. 9 blaze". It stays silent where the copy says the date
moved ("postponed", "rescheduled", "originally", "pushed that date back"), on plural mentions
(but a plural that names one event after "the" is one: "The national trials opened on Aug. 7"
... "Since the trials began on Aug. 6"), on
a date after the noun of an event that lasts days (a fire, a strike, a
summit, a trial) that is the object of a verb or a preposition
("firefighters were still fighting the blaze on Tuesday", "signed a pact at
the summit on Thursday": one day within it, compared only with a date
before the noun, "the March 5 summit", and only when it falls before that
day, on which such an event began), on
mentions with different ordinals ("the first round", "the second round"),
on the stages, legs, heats or rounds of a series, whose ordinals another
series may share (a women's race beside the men's),
and where a date before the noun names which event is meant ("Saturday's
debate" ... "Sunday's debate"; "the 2020 election" ... "the November
election": a recurring event named by its year is another instance), or
where a later mention says whose event it is ("the trial of his former
deputy"), or where the two dates lie half a year or more apart (the instance-gap
setting, in days): that is
another instance of a recurring event ("the election on Oct. 25" ... "the
election last year"). Nor does it read as the event's date a date that
bounds it ("the festival, which runs until Sunday"), the date of a
decision about it ("approved the ballot on Tuesday"; but "set the hearing
for May 13" dates the hearing), or two years ("won the race in 2018" ...
"the race record set in 2019"); and a classifying word tells two events
apart ("the women's final", "the men's final"). A date counted roughly in
whole weeks or months from the publication date ("a runoff in two
weeks") is given half a week or half a month either side, and a date read
back to one the copy named ("held the same day") is not compared as a
date of its own.`,
	Bad:      "The summit on March 3 will open with a vote. ... Delegates arrive before the March 5 summit.",
	Good:     "The summit on March 5 will open with a vote. ... Delegates arrive before the March 5 summit.",
	Severity: analysis.Warning,
	Run:      runEventDate,
	Settings: []analysis.Setting{{
		Name: "instance-gap", Doc: "days two dates of one event must lie apart to be two instances of a recurring event",
		Default: defaultInstanceGap, Min: 7, Max: 731,
	}},
}

func runEventDate(p *analysis.Pass) []analysis.Finding {
	ev := p.Events
	gap := time.Duration(p.Setting("event-date", "instance-gap", defaultInstanceGap)) * 24 * time.Hour
	var out []analysis.Finding
	for _, g := range ev.Groups {
		series := counted(ev, g)
		var earlier []int // the group's dated noun mentions so far
		for _, mi := range g.Mentions {
			m := ev.Mentions[mi]
			if m.Plural || len(m.Dates) == 0 || m.Again {
				continue
			}
			if !m.Noun && !m.Retold {
				// "the two unions merged on 5 March": a dated verb dates
				// the event a later noun refers back to ("the 12 March
				// merger"), but is no reference back itself. One that
				// happens again ("will walk out again on Oct. 28") dates
				// another instance, and is skipped above.
				earlier = append(earlier, mi)
				continue
			}
			if m.Moved {
				break // the copy tells of a change of date: two dates are news
			}
			if prenominal(p, m) && m.Ordinal == 0 && earlierInRankedScope(p, g, m) {
				// "a three-day strike, the third walkout this year" ...
				// "The January 19 strike": the copy says the series has
				// several instances, and a date before the noun names one.
				earlier = append(earlier, mi)
				continue
			}
			if prenominal(p, m) && namedDays(p, earlier) >= 2 {
				// "Saturday's concert ... Sunday's concert ... The May 19
				// concert": the copy names instances by their days, and a
				// date before the noun names another.
				earlier = append(earlier, mi)
				continue
			}
			if ai, ok := datedOtherwise(p, earlier, m, gap); ok && !twoNamed(p, ev.Mentions[ai], m, series) {
				out = append(out, eventDateFinding(p, ev.Mentions[ai], m))
			}
			earlier = append(earlier, mi)
		}
	}
	return out
}

// datedOtherwise returns the earlier mention of the same event that m
// dates otherwise, comparing m with each: the same ordinal, m definite,
// each date on the event itself (or both on its start), neither naming
// which instance is meant, the dates disjoint and not so far apart that
// they are two instances.
func datedOtherwise(p *analysis.Pass, earlier []int, m events.Mention, gap time.Duration) (int, bool) {
	// "recalled milk in January, and ... yoghurt in March" ... "Tuesday's
	// recall, the company's second recall this year": a rank past the
	// first after several dated instances says there are others; an
	// unranked one may be any of them.
	ofSeveral := m.Ordinal >= 2 && datedInstances(p, earlier) >= 2
	for _, ai := range earlier {
		a := p.Events.Mentions[ai]
		if !a.Noun && tenseApart(timeOf(p, a), timeOf(p, m)) {
			continue // "will walk out on Oct. 28" is not "Tuesday's walkout" that was
		}
		if a.Ended || m.Ended {
			continue // "The race ends on Sunday": its end, no date of the race
		}
		if a.Moved {
			continue // "had planned to reopen it on Oct. 20, but pushed that date back": a date given up
		}
		if a.Ordinal == 0 && ofSeveral {
			continue
		}
		if rank(a) != rank(m) || a.Series || m.Series || !m.Definite && !m.DateNamed && !m.Retold || !(onEvent(a) || onEvent(m) || m.Retold || a.Onset && m.Onset) || namesInstance(p, a, m) || m.Qualified && (m.Object == "" || m.Object != a.Object) ||
			a.Modifier != "" && m.Modifier != "" && a.Modifier != m.Modifier || a.Decided || m.Decided {
			continue
		}
		da, dm := p.Dates[a.Dates[0]], p.Dates[m.Dates[0]]
		if sameAsAnchor(p, da) || sameAsAnchor(p, dm) {
			// "the election for the council, held the same day": the copy
			// says the day is one it named; which one, only the reader of
			// the whole paragraph knows.
			continue
		}
		if clockOnly(da) || clockOnly(dm) || a.Onset != m.Onset && (coarse(da) || coarse(dm)) {
			// "discovered at about 6 a.m." names no day of its own, and
			// "began in November" is no date of "an outbreak last winter".
			continue
		}
		if !disjoint(roughly(da), roughly(dm)) || apart(da, dm, gap) || withinAfterStart(a, m, da, dm) ||
			bound(p, a.Dates[0]) || bound(p, m.Dates[0]) || da.Granularity == "year" && dm.Granularity == "year" || otherYear(da, dm) && !a.Once && !m.Once {
			// A bound ("runs until Sunday") is no date of the event, and
			// two years are two instances of what recurs ("won the race in
			// 2018" ... "the race ... in 2019"), as is a whole year beside a
			// day of another year ("won the race on Oct. 22" ... "a fourth
			// day to the race next year"); an event that happens once (a
			// merger) has no other instance.
			continue
		}
		return ai, true
	}
	return -1, false
}

// datedInstances counts the distinct days the mentions ids are dated on.
func datedInstances(p *analysis.Pass, ids []int) int {
	var ds []dates.Expr
	for _, i := range ids {
		if m := p.Events.Mentions[i]; len(m.Dates) > 0 && m.Ordinal == 0 {
			ds = append(ds, p.Dates[m.Dates[0]])
		}
	}
	n, _ := disjointCount(ds)
	return n
}

// namedDays counts the distinct days that mentions ids name their events
// by, a day's possessive before the noun ("Saturday's concert").
func namedDays(p *analysis.Pass, ids []int) int {
	var ds []dates.Expr
	for _, i := range ids {
		if m := p.Events.Mentions[i]; m.DateNamed && len(m.Dates) > 0 && p.Dates[m.Dates[0]].Granularity == dates.GrainDay {
			ds = append(ds, p.Dates[m.Dates[0]])
		}
	}
	n, _ := disjointCount(ds)
	return n
}

// otherYear reports a date of a whole year beside a date that lies in
// another year.
func otherYear(a, b dates.Expr) bool {
	year := func(d dates.Expr) int { return d.From.Year() }
	switch {
	case a.Granularity == dates.GrainYear:
		return year(a) != year(b)
	case b.Granularity == dates.GrainYear:
		return year(a) != year(b)
	}
	return false
}

// counted reports a group that holds several events: a plural mention or
// a count above one ("has seven performances in all").
func counted(ev events.Analysis, g events.Group) bool {
	for _, mi := range g.Mentions {
		if m := ev.Mentions[mi]; m.Plural || m.Count > 1 {
			return true
		}
	}
	return false
}

// earlierInRankedScope reports a date-named mention m whose date falls
// inside the scope of a mention of its group ranked past the first ("the
// third walkout this year") and before that mention's own date: one of
// the earlier instances the rank counts ("The January 19 strike").
func earlierInRankedScope(p *analysis.Pass, g events.Group, m events.Mention) bool {
	dm := p.Dates[m.Dates[0]]
	for _, ri := range g.Mentions {
		r := p.Events.Mentions[ri]
		if r.Ordinal < 2 || r.Scope < 0 || len(r.Dates) == 0 {
			continue
		}
		if within(dm, p.Dates[r.Scope]) && dm.To.Before(p.Dates[r.Dates[0]].From.Add(time.Nanosecond)) {
			return true
		}
	}
	return false
}

// twoNamed reports two mentions each named by a date before the noun
// that are two instances: of a series the copy counts ("seven
// performances"), or side by side in one sentence ("will broadcast the
// April 19 performance and stream the April 27 performance").
func twoNamed(p *analysis.Pass, a, m events.Mention, series bool) bool {
	return prenominal(p, a) && prenominal(p, m) && (series || a.Sentence == m.Sentence)
}

// prenominal reports a noun mention dated by a date written before it,
// inside its noun phrase ("the April 19 performance").
func prenominal(p *analysis.Pass, m events.Mention) bool {
	return m.Noun && m.Direct && p.Dates[m.Dates[0]].End <= m.Trigger.Start
}

// clockOnly reports a time of day written without its day ("at 6 a.m."):
// the resolver gives it the publication day, but in copy about an event it
// is the time on the event's own day.
func clockOnly(d dates.Expr) bool {
	return d.Type == dates.Time && !d.HasDay && !d.BareWeekday && !d.WeekdayStated
}

// coarse reports a date longer than a day: a month, a season, a year.
func coarse(d dates.Expr) bool {
	return d.Granularity != dates.GrainDay
}

// tenseApart reports two mentions told in different tenses, one past and
// one future: two instances, not one dated twice.
func tenseApart(ta, tm tense.Tense) bool {
	return ta == tense.Past && tm == tense.Future || ta == tense.Future && tm == tense.Past
}

// timeOf is the time of an event mention: that of its date against the
// publication date, else its clause's tense. The clause may tell of
// another act: bidders "have registered for the Nov. 21 auction", which is
// still ahead.
func timeOf(p *analysis.Pass, m events.Mention) tense.Tense {
	if len(m.Dates) == 0 {
		return m.Tense.Tense
	}
	switch d := p.Dates[m.Dates[0]]; {
	case !d.Resolved:
	case d.BareWeekday && m.Tense.Tense != tense.Past && m.Tense.Tense != tense.Future:
		// "Thursday's vote has wider implications": the side of the
		// publication date a bare weekday falls on is the resolver's
		// guess when its clause has no past or future of its own.
		return m.Tense.Tense
	case d.From.After(p.Reference.Date):
		return tense.Future
	case !d.To.After(p.Reference.Date):
		return tense.Past
	}
	return m.Tense.Tense
}

// namesInstance reports a date before the noun that names which instance
// of a recurring event is meant: on both mentions ("Saturday's debate" ...
// "Sunday's debate"), or on one by a stretch longer than a day ("last
// year's festival", "the July agreement"). A day named on one mention only
// ("the vote on Oct. 12" ... "Sunday's vote") dates the same event, and so
// does any date before the noun of an event that happens once ("merged in
// April" ... "the June merger").
func namesInstance(p *analysis.Pass, a, m events.Mention) bool {
	if a.DateNamed && m.DateNamed {
		return true
	}
	for _, x := range []events.Mention{a, m} {
		if x.DateNamed && p.Dates[x.Dates[0]].Granularity != dates.GrainDay && !x.Once {
			return true
		}
	}
	return false
}

// eventDateFinding reports one event dated two ways.
func eventDateFinding(p *analysis.Pass, a, m events.Mention) analysis.Finding {
	da, dm := p.Dates[a.Dates[0]], p.Dates[m.Dates[0]]
	return analysis.Finding{
		Message: fmt.Sprintf("the %s is dated %s here (%q) but %s earlier (%q), given the publication date %s",
			m.Kind, when(dm), dm.Text, when(da), da.Text, day(p.Reference.Date)),
		Span: analysis.At(min(m.Trigger.Start, dm.Start), max(m.Trigger.End, dm.End)),
		Related: []analysis.Related{
			{Span: analysis.At(min(a.Trigger.Start, da.Start), max(a.Trigger.End, da.End)), Note: "first dated here: " + note(da)},
			{Span: analysis.At(dm.Start, dm.End), Note: note(dm)},
		},
	}
}

// onEvent reports whether a mention's date is on the event noun itself
// ("the March 5 summit", "the summit on March 3 will open") and not,
// for an event that lasts days, possibly one day within it ("were fighting
// the blaze on Tuesday", "signed a pact at the summit on Thursday").
func onEvent(m events.Mention) bool {
	return m.Direct && !m.Within
}

// withinAfterStart reports a day within a lasting event that falls after
// the day the other mention dates it by: a fire "on Wednesday afternoon"
// that broke out as "the Sept. 8 blaze" the evening before is one fire.
// A lasting event named by a date is named by its first day.
func withinAfterStart(a, m events.Mention, da, dm dates.Expr) bool {
	if a.Within == m.Within {
		return false
	}
	within, named := da, dm
	if m.Within {
		within, named = dm, da
	}
	return !within.From.Before(named.From)
}

// defaultInstanceGap is how many days apart two dates of "one" event must
// lie to be two instances of a recurring event ("the election on Oct. 25"
// ... "the election last year") rather than one event dated twice: a slip
// of a day, a week or a month is a contradiction, half a year is another
// election, summit or final. A desk may set the instance-gap setting.
const defaultInstanceGap = 183

// apart reports whether two resolved intervals lie at least gap apart.
func apart(a, b dates.Expr, gap time.Duration) bool {
	if b.From.Before(a.From) {
		a, b = b, a
	}
	return b.From.Sub(a.To) >= gap
}

// sameAsAnchor reports a date read back to another that it lies in ("the
// same day", "that day").
func sameAsAnchor(p *analysis.Pass, d dates.Expr) bool {
	if d.Anchor < 0 || d.Anchor >= len(p.Dates) {
		return false
	}
	return within(d, p.Dates[d.Anchor]) // (inside it, when the anchor is a week: "this week ... the same day")
}

// rank is the ordinal that tells a mention's instance apart: none when
// the ordinal is only said of it ("the Oct. 4 blast was the second").
func rank(m events.Mention) int {
	if m.RankSaid {
		return 0
	}
	return m.Ordinal
}
