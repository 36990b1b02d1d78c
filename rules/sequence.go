package rules

import (
	"fmt"

	"github.com/copydesk/copydesk/checker/analysis"
	"github.com/copydesk/copydesk/checker/dates"
	"github.com/copydesk/copydesk/checker/events"
	"github.com/copydesk/copydesk/checker/quantities"
)

// Sequence flags ordinals whose dates run the other way.
var Sequence = &analysis.Rule{
	ID:      "sequence",
	Summary: "a first and a second event whose dates run the other way",
	Doc: `"The first round ended Thursday" and "the second round began Wednesday" of the
same week cannot both be right: the second would have begun before the
first ended. The rule follows the ordinals of one group of events (the
rounds of one negotiation, the stages, legs or heats of a race, one
person's visits to one country, one
author's albums or novels: "her first album, released in 2016" ... "her
second album came out in 2014") and flags a later ordinal dated wholly
before an earlier one. An ordinal that ranks in a window ("her first album
in seven years", "his first visit since 2019") is no rank in the series. It also reads "before" and
"after" between two day-exact dates of one sentence ("resigned on March 5,
before the vote on March 3") and flags an order the dates contradict; an
offset ("two days before") is left alone. And it compares the results of
ranked finishers of one contest, told within a few sentences of each other
in the same measure and close in size: a winner who "won the 400 metres
in 51.84 seconds" and a runner-up who "finished second in 51.62 seconds"
cannot both be right, nor a winner with 88.5 points and a runner-up with
91 points (a time is better lower, a score higher). Times may be written
in words or on a clock's face ("won in 1:45.62", "second in 2:08:31").`,
	Bad:      "(published Friday 2026-02-06) The first round ended Thursday. The second round began Wednesday.",
	Good:     "(published Friday 2026-02-06) The first round ended Tuesday. The second round began Wednesday.",
	Severity: analysis.Warning,
	Run:      runSequence,
}

func runSequence(p *analysis.Pass) []analysis.Finding {
	ev := p.Events
	var out []analysis.Finding
	for _, g := range ev.Groups {
		// The ordinal mentions seen so far in the group (at most 16, so that
		// the comparison stays linear in the article).
		var ranked []events.Mention
		for _, mi := range g.Mentions {
			m := ev.Mentions[mi]
			if m.Ordinal == 0 || len(m.Dates) == 0 || m.Moved || bound(p, m.Dates[0]) {
				continue // "a fourth strike before Christmas": a bound, not its date
			}
			dm := p.Dates[m.Dates[0]]
			for _, o := range ranked {
				do := p.Dates[o.Dates[0]]
				earlier, later, dEarlier, dLater := o, m, do, dm
				if o.Ordinal > m.Ordinal {
					earlier, later, dEarlier, dLater = m, o, dm, do
				}
				if earlier.Ordinal == later.Ordinal || dLater.To.After(dEarlier.From) || o.Modifier != "" && m.Modifier != "" && o.Modifier != m.Modifier ||
					apartSeries(p, g, o, m) || otherEdition(p, earlier, later) {
					// "the first car ferry" ... "the second battery-powered
					// ferry": two series, sorted by their modifiers
					continue
				}
				out = append(out, analysis.Finding{
					Message: fmt.Sprintf("the %s %s (%s) is dated before the %s (%s), given the publication date %s",
						ordinalWord(later.Ordinal), later.Kind, when(dLater), ordinalWord(earlier.Ordinal), when(dEarlier), day(p.Reference.Date)),
					Span: analysis.At(m.OrdinalSpan.Start, m.OrdinalSpan.End),
					Related: []analysis.Related{
						{Span: analysis.At(o.OrdinalSpan.Start, o.OrdinalSpan.End), Note: ordinalNote(o)},
						dateRef(do),
						dateRef(dm),
					},
				})
				break
			}
			if len(ranked) < 16 {
				ranked = append(ranked, m)
			}
		}
	}
	out = append(out, rankedResults(p)...)
	for _, o := range ev.Orders {
		l, r := p.Dates[o.Left], p.Dates[o.Right]
		if clockOnly(l) != clockOnly(r) {
			// "reached orbit on Tuesday (June 16) ... after the rocket
			// lifted off at 10:42 a.m.": a time of day without its day is
			// on the day told beside it, not the publication day.
			continue
		}
		// "L before R" is wrong when L lies wholly after R; "L after R"
		// when L lies wholly before R.
		word, wrong := "after", !l.To.After(r.From)
		if o.Before {
			word, wrong = "before", !r.To.After(l.From)
		}
		if !wrong {
			continue
		}
		out = append(out, analysis.Finding{
			Message: fmt.Sprintf("%q orders %q (%s) %s %q (%s), but the dates run the other way, given the publication date %s",
				word, l.Text, when(l), word, r.Text, when(r), day(p.Reference.Date)),
			Span:    analysis.At(o.Word.Start, o.Word.End),
			Related: []analysis.Related{dateRef(l), dateRef(r)},
		})
	}
	return out
}

// otherEdition reports two ranks of a series noun ("the second stage", "the
// first round") of which the one dated earlier is set, by a date that
// opens its sentence, more than half a year before the other: the stages
// of one race fall within weeks, so these are ranks in two editions ("In
// 2010 he crashed out on the second stage" ... "She took the lead on the
// first stage on Thursday"); not "The third stage was ridden in 2020".
func otherEdition(p *analysis.Pass, earlier, later events.Mention) bool {
	if !earlier.Series || !later.Series {
		return false
	}
	de, dl := earlier.Dates[0], later.Dates[0]
	return dl < len(p.Events.Times) && p.Dates[dl].To.Before(p.Dates[de].From.AddDate(0, -6, 0)) && p.Events.Times[dl].Fronted
}

// apartSeries reports a headless member of a count and a rank scoped to a
// period apart from that count's ("two launches next year. The first, in
// March" ... "launched for the second time this year"): two series.
func apartSeries(p *analysis.Pass, g events.Group, a, b events.Mention) bool {
	for _, x := range [2][2]events.Mention{{a, b}, {b, a}} {
		member, ranked := x[0], x[1]
		if !member.Headless || ranked.Scope < 0 {
			continue
		}
		for _, ci := range g.Mentions {
			if c := p.Events.Mentions[ci]; c.Count > 0 && c.Scope >= 0 && disjoint(p.Dates[c.Scope], p.Dates[ranked.Scope]) {
				return true
			}
		}
	}
	return false
}

// bound reports a date that bounds an event rather than dating it, by the
// preposition before it: "before Christmas", "runs until Sunday", "since
// 2019".
func bound(p *analysis.Pass, d int) bool {
	if d >= len(p.Events.Times) || p.Dates[d].Granularity == dates.GrainRange {
		return false // "from Oct. 6 to Nov. 12": both ends told, the event's span
	}
	switch p.Events.Times[d].Prep {
	case "before", "after", "until", "till", "by", "since", "from", "through":
		return true
	}
	return false
}

// placeTaken reports a result of b's place and measure before qs[i],
// within six sentences: qs[i]'s contest has its own, so b ranks another
// ("X won the men's race in 2:05:41 ... Y finished second in 2:07:52 ... Z
// won the women's race in 2:21:08").
func placeTaken(qs []quantities.Quantity, i int, b quantities.Quantity) bool {
	for k := i - 1; k >= 0 && qs[k].Sentence >= qs[i].Sentence-6; k-- {
		if qs[k].Place == b.Place && qs[k].Noun == b.Noun {
			return true
		}
	}
	return false
}

// lowerBetter are the result nouns where a lower figure is a better
// result: times.
var lowerBetter = map[string]bool{"second": true, "minute": true, "hour": true}

// rankedResults flags two placed results of one contest whose places and
// figures run the other way: the same measure, within six sentences of
// each other, no more than 6% apart in size (one race's finishers, not
// the men's and the women's, nor the 100 and the 200 metres), and no result
// of the later one's place already told of the earlier one's contest.
func rankedResults(p *analysis.Pass) []analysis.Finding {
	var out []analysis.Finding
	qs := p.Quantities
	for j, b := range qs {
		if b.Place == 0 {
			continue
		}
		for i := j - 1; i >= 0 && qs[i].Sentence >= b.Sentence-6; i-- {
			a := qs[i]
			if a.Place == 0 || a.Place == b.Place || a.Noun != b.Noun || a.Value <= 0 || b.Value <= 0 ||
				max(a.Value, b.Value)/min(a.Value, b.Value) > 1.06 || placeTaken(qs, i, b) {
				continue
			}
			better, worse := a, b
			if a.Place > b.Place {
				better, worse = b, a
			}
			wrong := better.Value < worse.Value
			if lowerBetter[a.Noun] {
				wrong = better.Value > worse.Value
			}
			if !wrong {
				continue
			}
			cmp := "fewer " + plural(a.Noun) + " than"
			if lowerBetter[a.Noun] {
				cmp = "a slower time than"
			}
			out = append(out, analysis.Finding{
				Message: fmt.Sprintf("the %s place (%s) has %s the %s (%s): the places and the results run the other way",
					ordinalWord(better.Place), resultText(better), cmp, ordinalWord(worse.Place), worse.Text),
				Span:    analysis.At(b.Start, b.End),
				Related: []analysis.Related{{Span: analysis.At(a.Start, a.End), Note: fmt.Sprintf("%s place", ordinalWord(a.Place))}},
			})
			break
		}
	}
	return out
}

// resultText writes a placed result with its unit: "48.30 seconds", or
// a time in several units as the copy wrote it ("29 minutes 48 seconds").
func resultText(q quantities.Quantity) string {
	if r := q.Text[len(q.Text)-1]; r >= 'a' && r <= 'z' {
		return q.Text
	}
	return q.Text + " " + plural(q.Noun)
}

// plural returns the plural of a result noun.
func plural(n string) string { return n + "s" }
