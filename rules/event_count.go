package rules

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/copydesk/copydesk/checker/analysis"
	"github.com/copydesk/copydesk/checker/dates"
	"github.com/copydesk/copydesk/checker/events"
	"github.com/copydesk/copydesk/checker/lexicon"
	"github.com/copydesk/copydesk/checker/tense"
)

// EventCount flags a count or ordinal that the dated events of its group
// contradict.
var EventCount = &analysis.Rule{
	ID:      "event-count",
	Summary: "a count or ordinal of events that the events' own dates contradict",
	Doc: `"Putin will visit China twice in 2025" promises two visits inside 2025. If the
copy then dates "his second visit" to "this November" in a story published in
2026, the second visit falls outside 2025 and the count is wrong. The rule
groups the mentions of one kind of event with the same participants (the
same traveller and destination for visits, a destination known by its slot
whether or not it is a listed country: "visit Mirelland"; descriptions such
as "the Russian leader", pronouns and "the country" are resolved to the
last compatible mention; "his second visit" with no place of its own is one
of the one series of visits its traveller was given; a return to the place,
"will return to China", or a visit made "again", is the visit after those
already told) and checks each count that has a scope ("twice in 2025", "both
meetings this year") against the group: an ordinal within the count dated
outside the scope, an ordinal beyond the count dated inside it, or more
distinct dated events inside the scope than the count allows. An ordinal
with a scope that lists the events before it ("the third strike this year,
after a strike last November and a stoppage in April") is checked against
them: each must fall inside the scope, and so must a lower ordinal of its
series the copy dates elsewhere ("walked out for the second time this
year" ... "The first strike came last December"; "the first of the three
inspections came last November"; a bare day counts when a past tense of
its own sentence dates it: "The first of the three walkouts came on Dec.
15" in copy of March), and the copy may not date as many
distinct events of its group inside the scope before it as its rank ("her
second visit to the country this year" after a visit in March and a
return in July). A count's scope may follow a short
phrase ("two launches to the moon next year"), and an ordinal without its
noun right after a count ("The second, an orbiter, is planned for January
2029") is the count's second event.`,
	Bad: `(published 2026-02-04) Putin accepted an invitation to visit China twice in 2025.
... He will attend the summit in Shenzhen this November, his second visit to the country.`,
	Good: `(published 2026-02-04) Putin accepted an invitation to visit China twice in 2026.
... He will attend the summit in Shenzhen this November, his second visit to the country.`,
	Severity: analysis.Warning,
	Run:      runEventCount,
}

func runEventCount(p *analysis.Pass) []analysis.Finding {
	ev := p.Events
	var out []analysis.Finding
	var kinds map[string]*kindParties // built on first need
	for _, m := range ev.Mentions {
		if m.Count == 0 || m.Scope < 0 || m.Group < 0 {
			continue
		}
		scope := p.Dates[m.Scope]
		f := analysis.Finding{Span: analysis.At(m.CountSpan.Start, m.CountSpan.End)}
		var why string
		for _, oi := range ev.Groups[m.Group].Mentions {
			o := ev.Mentions[oi]
			if o.Ordinal == 0 || len(o.Dates) == 0 || countedBefore(ev, m.Group, o, m) || otherSeries(p, o, scope) || m.Added && !o.Headless {
				continue // "two more strikes this summer" ... "the third strike this year" ranks the whole series
			}
			d := p.Dates[o.Dates[0]]
			if pastBeforeFuture(p, d, scope) {
				// "two launches next year" ... "Its first launch, in July
				// 2019": a member already past cannot be one of a count
				// still wholly ahead; it ranks the firm's history.
				continue
			}
			switch {
			case o.Ordinal <= m.Count && disjoint(d, scope):
				why = fmt.Sprintf("the %s %s (%q) falls in %s", ordinalWord(o.Ordinal), o.Kind, d.Text, when(d))
			case o.Ordinal > m.Count && within(d, scope) && !soFarThenAhead(p, m, o, d) && !(o.Scope < 0 && o.Ordinal <= m.Count+beforeScope(p, ev.Groups[m.Group], scope, o.Trigger.Start)):
				why = fmt.Sprintf("the copy also speaks of a %s %s (%q, %s)", ordinalWord(o.Ordinal), o.Kind, d.Text, when(d))
			default:
				continue
			}
			f.Related = append(f.Related, dateRef(d),
				analysis.Related{Span: analysis.At(o.OrdinalSpan.Start, o.OrdinalSpan.End), Note: ordinalNote(o)})
			break
		}
		if why == "" && !m.Added {
			if kinds == nil {
				kinds = indexKinds(ev)
			}
			if n, evidence := distinctWithin(p, ev, m, scope, kinds[m.Kind]); n > m.Count {
				why = fmt.Sprintf("the copy dates %d distinct %s inside %s", n, kindPlural(m.Kind), when(scope))
				f.Related = evidence
			}
		}
		if why == "" {
			continue
		}
		f.Message = fmt.Sprintf("%q: %s, given the publication date %s", p.Text[m.CountSpan.Start:m.CountSpan.End], why, day(p.Reference.Date))
		out = append(out, f)
	}
	out = append(out, earlierOutside(p)...)
	out = append(out, tooManyBefore(p)...)
	out = append(out, firstEverBefore(p)...)
	return append(out, lowerOrdinalOutside(p)...)
}

// firstEverBefore flags a rank with a scope when the copy dates the first
// event of its kind ever before that scope and tells each one since with
// "again": "raised its charge for the third time this year" after "first
// raised the fee last December, and again in April" makes this one the
// third in all and only the second this year.
func firstEverBefore(p *analysis.Pass) []analysis.Finding {
	ev := p.Events
	lx := lexicon.Default()
	var out []analysis.Finding
	for _, m := range ev.Mentions {
		if m.Ordinal < 2 || m.Count > 0 || m.Scope < 0 || m.Moved || len(m.Dates) == 0 {
			continue
		}
		scope, until := p.Dates[m.Scope], p.Dates[m.Dates[0]].From
		if m.Dates[0] == m.Scope {
			until = p.Reference.Date.AddDate(0, 0, 1) // dated by its scope alone: up to the publication date
		}
		for _, o := range ev.Mentions {
			if !o.FirstEver || len(o.Dates) == 0 || !lx.SameEvent(o.Kind, m.Kind) || o.Agent != "" && m.Agent != "" && o.Agent != m.Agent {
				continue
			}
			first := p.Dates[o.Dates[0]]
			if first.To.After(scope.From) {
				continue
			}
			since := againsBetween(p, o, first, until)
			if since == 0 || m.Ordinal < since+2 {
				continue
			}
			out = append(out, analysis.Finding{
				Message: fmt.Sprintf("%q: the copy dates the first %s ever in %s, before %s, and %d since, so this is the %s in all and no more than the %s in %s, given the publication date %s",
					p.Text[m.OrdinalSpan.Start:m.OrdinalSpan.End], m.Kind, when(first), when(scope), since, ordinalWord(since+2), ordinalWord(since+1), when(scope), day(p.Reference.Date)),
				Span:    analysis.At(m.OrdinalSpan.Start, m.OrdinalSpan.End),
				Related: []analysis.Related{dateRef(scope), dateRef(first)},
			})
			break
		}
	}
	return out
}

// againsBetween counts the mentions that repeat o's event with "again"
// ("and again in April"), dated after first and before until.
func againsBetween(p *analysis.Pass, o events.Mention, first dates.Expr, until time.Time) int {
	n := 0
	for _, x := range p.Events.Mentions {
		if x.Again && x.Kind == o.Kind && x.Sentence == o.Sentence && len(x.Dates) > 0 {
			if d := p.Dates[x.Dates[0]]; !d.From.Before(first.To) && !d.To.After(until) {
				n++
			}
		}
	}
	return n
}

// beforeScope counts the events of group g the copy puts before the
// scope's start, told before byte at: the larger of the distinct days
// dated there and the counts whose own scope ended there ("visited twice
// in 2025"). A rank with no scope of its own ("his third visit to the
// country as president") counts those too.
func beforeScope(p *analysis.Pass, g events.Group, scope dates.Expr, at int) int {
	var ds []dates.Expr
	counted := 0
	for _, mi := range g.Mentions {
		m := p.Events.Mentions[mi]
		if m.Trigger.Start >= at {
			break
		}
		if m.Count > 0 && m.Scope >= 0 && p.Dates[m.Scope].Resolved && !p.Dates[m.Scope].To.After(scope.From) {
			counted += m.Count
		}
		if len(m.Dates) > 0 && m.Count == 0 && p.Dates[m.Dates[0]].Resolved && !p.Dates[m.Dates[0]].To.After(scope.From) {
			ds = append(ds, p.Dates[m.Dates[0]])
		}
	}
	n, _ := disjointCount(ds)
	return max(n, counted)
}

// soFarThenAhead reports a count in the past tense, which counts the
// events up to the publication date ("have walked out twice this year"),
// beside a higher rank still ahead: told in the future ("the October
// stoppage will be their third of 2025") or dated after the publication
// date. One more is still to come; no contradiction.
func soFarThenAhead(p *analysis.Pass, m, o events.Mention, d dates.Expr) bool {
	if m.Tense.Tense != tense.Past {
		return false
	}
	// "will be their third"; after "has visited Karaçay twice this year",
	// "That would be his third visit of 2026": a rank told in no tense of
	// the past, dated by nothing over, after a count to date.
	ahead := o.Tense.Tense == tense.Future || o.Tense.FutureInPast || o.Tense.Tense == tense.Unknown && m.Tense.Perfect && !datedBefore(p, o)
	return ahead && d.Resolved && d.To.After(p.Reference.Date) || d.Resolved && d.From.After(p.Reference.Date)
}

// datedBefore reports a mention one of whose dates is over by the
// publication date ("The third closure of 2023, which began on May 30").
func datedBefore(p *analysis.Pass, o events.Mention) bool {
	for _, d := range o.Dates {
		if e := p.Dates[d]; e.Resolved && !e.To.After(p.Reference.Date) {
			return true
		}
	}
	return false
}

// pastBeforeFuture reports a date over before the publication date beside
// a scope that begins after it.
func pastBeforeFuture(p *analysis.Pass, d, scope dates.Expr) bool {
	ref := p.Reference.Date
	return d.Resolved && scope.Resolved && !d.To.After(ref) && scope.From.After(ref)
}

// otherSeries reports an ordinal ranked within a scope of its own that
// does not meet the count's ("closed it for the first time this year"
// against "closed twice in 2025", published in 2026): it ranks the events
// of another stretch of time, not the ones counted. A scope that is also
// the ordinal's date ("a second visit next January") dates a member.
func otherSeries(p *analysis.Pass, o events.Mention, scope dates.Expr) bool {
	return o.Scope >= 0 && (o.Dates[0] != o.Scope || p.Dates[o.Scope].Granularity == "year") && disjoint(p.Dates[o.Scope], scope)
}

// tooManyBefore flags an ordinal with a scope when the copy dates as many
// distinct events of its group inside that scope, before its own date, as
// its rank: "her second visit to the country this year" (next week) after
// a visit in March and a return in July makes it the third.
func tooManyBefore(p *analysis.Pass) []analysis.Finding {
	ev := p.Events
	var out []analysis.Finding
	for _, m := range ev.Mentions {
		if m.Ordinal < 2 || m.Count > 0 || m.Scope < 0 || m.Moved || m.Group < 0 || len(m.Earlier) > 0 || len(m.Dates) == 0 {
			continue
		}
		own, scope := p.Dates[m.Dates[0]], p.Dates[m.Scope]
		if own.Start == scope.Start {
			if m.Tense.Tense != tense.Present || !within(dayOf(p.Reference.Date), scope) {
				continue // dated by its scope alone: no day to count before
			}
			// "The trip is her second visit to Ostravia this year": in the
			// present, the one under way on the publication date.
			own = dayOf(p.Reference.Date)
		}
		var before []dates.Expr
		for _, oi := range ev.Groups[m.Group].Mentions {
			o := ev.Mentions[oi]
			if o.Moved {
				before = nil
				break
			}
			if o.Trigger == m.Trigger {
				continue
			}
			for _, di := range o.Dates {
				if d := p.Dates[di]; o.Sentence == m.Sentence && d.To.Add(72*time.Hour).After(own.From) {
					continue // "will walk out on Thursday and Friday, Nov. 6 and 7, their third strike": its own days
				}
				if d := p.Dates[di]; within(d, scope) && d.Granularity != "year" && !d.To.After(own.From) {
					before = append(before, d)
				}
			}
		}
		before = appendInstances(p, before, m, scope, own)
		n, evidence := disjointCount(before)
		if n < m.Ordinal {
			continue
		}
		out = append(out, analysis.Finding{
			Message: fmt.Sprintf("%q: the copy dates %d distinct %s inside %s before this one (%s), given the publication date %s",
				p.Text[m.OrdinalSpan.Start:m.OrdinalSpan.End], n, kindPlural(m.Kind), when(scope), when(own), day(p.Reference.Date)),
			Span:    analysis.At(m.OrdinalSpan.Start, m.OrdinalSpan.End),
			Related: append([]analysis.Related{dateRef(scope)}, evidence...),
		})
	}
	return out
}

// dayOf returns the day of t as a date interval.
func dayOf(t time.Time) dates.Expr {
	d := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	return dates.Expr{From: d, To: d.AddDate(0, 0, 1), Granularity: dates.GrainDay, Resolved: true}
}

// appendInstances appends to before the dates of the other instances of
// m's kind the copy tells with "a" or "an" ("staged a three-day walkout
// in July") or with a dated verb in the past ("The volcano then erupted
// on Feb. 17", "returned in March", which a return ranks after the visit
// before it) inside scope and before own, of the same parties or none:
// an instance the groups keep apart is still one of the series ranked.
func appendInstances(p *analysis.Pass, before []dates.Expr, m events.Mention, scope, own dates.Expr) []dates.Expr {
	lx := lexicon.Default()
	for _, o := range p.Events.Mentions {
		if o.Group == m.Group || o.Noun && !o.Indefinite || o.Plural || o.Count > 0 || o.Ordinal > 0 && !o.Repeat || len(o.Dates) == 0 || !o.Noun && o.Tense.Tense != tense.Past ||
			!lx.SameEvent(o.Kind, m.Kind) || o.Agent != "" && m.Agent != "" && o.Agent != m.Agent || o.Place != "" && m.Place != "" && o.Place != m.Place {
			continue
		}
		if d := p.Dates[o.Dates[0]]; within(d, scope) && d.Granularity != "year" && !d.To.After(own.From) {
			before = append(before, d)
		}
	}
	return before
}

// lowerOrdinalOutside flags an ordinal with a scope when the copy dates a
// lower ordinal of its series outside that scope: "walked out for the
// second time this year" ... "The first strike came last December".
func lowerOrdinalOutside(p *analysis.Pass) []analysis.Finding {
	ev := p.Events
	var out []analysis.Finding
	for _, m := range ev.Mentions {
		if m.Ordinal < 2 || m.Count > 0 || m.Scope < 0 || m.Moved || m.Group < 0 || len(m.Earlier) > 0 {
			continue
		}
		scope := p.Dates[m.Scope]
		// "The first strike came last December" ranks the series; "she
		// first visited it in 2019" or "was first elected in 1994", an
		// adverb, tells of the first ever.
		o, d, ok := firstOutside(p, ev.Groups[m.Group].Mentions, scope, func(o events.Mention) bool {
			return o.Noun && !o.FirstEver && o.Ordinal >= 1 && o.Ordinal < m.Ordinal && o.Count == 0 && !(o.Headless && countElsewhen(p, m.Group, scope))
		})
		if !ok {
			continue
		}
		out = append(out, analysis.Finding{
			Message: fmt.Sprintf("%q: the copy dates the %s %s (%q) in %s, outside %s, given the publication date %s",
				p.Text[m.OrdinalSpan.Start:m.OrdinalSpan.End], ordinalWord(o.Ordinal), o.Kind, d.Text, when(d), when(scope), day(p.Reference.Date)),
			Span: analysis.At(m.OrdinalSpan.Start, m.OrdinalSpan.End),
			Related: []analysis.Related{
				dateRef(scope),
				{Span: analysis.At(o.OrdinalSpan.Start, o.OrdinalSpan.End), Note: ordinalNote(o)},
			},
		})
	}
	return out
}

// countElsewhen reports a count in group g scoped to a period apart from
// scope ("two launches to the moon next year" beside "launched for the
// second time this year"): its headless members ("The first, ...") rank
// that count's series, not a rank of this period.
func countElsewhen(p *analysis.Pass, g int, scope dates.Expr) bool {
	for _, ci := range p.Events.Groups[g].Mentions {
		if c := p.Events.Mentions[ci]; c.Count > 0 && c.Scope >= 0 && disjoint(p.Dates[c.Scope], scope) {
			return true
		}
	}
	return false
}

// firstOutside returns the first of the mentions ids that keep accepts
// whose date, with a year the copy fixes ("last November", "in 2028"),
// falls outside scope, and that date. A bare "February" got its year from
// the tense, and an earlier event's tense may be the ordinal's ("will meet
// ..., after a summit in February"), so it is outside only when a past
// tense of its own sentence fixed it ("The first of the three stoppages
// came on Dec. 15", in copy of March).
func firstOutside(p *analysis.Pass, ids []int, scope dates.Expr, keep func(events.Mention) bool) (events.Mention, dates.Expr, bool) {
	ev := p.Events
	for _, oi := range ids {
		o := ev.Mentions[oi]
		if !keep(o) || len(o.Dates) == 0 || !ev.Times[o.Dates[0]].Fixed && !pastOwnClause(p, o) {
			continue
		}
		if d := p.Dates[o.Dates[0]]; disjoint(d, scope) {
			return o, d, true
		}
	}
	return events.Mention{}, dates.Expr{}, false
}

// pastOwnClause reports an event mention whose date took its year from a
// past tense of its own, in a sentence that names no other event before
// it: the last such day before the publication date.
func pastOwnClause(p *analysis.Pass, o events.Mention) bool {
	t := p.Events.Times[o.Dates[0]]
	if t.Tense.Tense != tense.Past || t.Reported || t.Quoted {
		return false
	}
	for _, x := range p.Events.Mentions {
		if x.Sentence == o.Sentence && x.Trigger.Start < o.Trigger.Start {
			return false
		}
	}
	return true
}

// countedBefore reports an ordinal o told after another count of the
// group than m, that count nearer before it: before m ("plans two
// launches next year ... The second ... in November 2028" ranks that
// series, not the one m counts later, "launched twice last year"), or
// after m ("will visit twice this year ... visited twice in 2025 ... The
// first, in March").
func countedBefore(ev events.Analysis, g int, o, m events.Mention) bool {
	if o.Of > 0 && o.Of == m.Count && o.Trigger.Start > m.Trigger.Start {
		return false // "The second of the two trips": of the two m counts
	}
	for _, ci := range ev.Groups[g].Mentions {
		c := ev.Mentions[ci]
		if c.Count == 0 || c.Trigger == m.Trigger || c.Trigger.Start >= o.Trigger.Start {
			continue
		}
		if o.Trigger.Start < m.Trigger.Start || c.Trigger.Start > m.Trigger.Start {
			// "will visit twice this year ... visited twice in 2025 ...
			// The first, in March": a rank after a later count ranks
			// that count's series.
			return true
		}
	}
	return false
}

// earlierOutside flags an ordinal with a scope whose listed earlier events
// do not all fall in that scope: "the third rail strike this year, after a
// one-day strike last November and a two-day stoppage in April", published
// in July, leaves only two strikes in the year.
func earlierOutside(p *analysis.Pass) []analysis.Finding {
	ev := p.Events
	var out []analysis.Finding
	for _, m := range ev.Mentions {
		if m.Scope < 0 || m.Moved || len(m.Earlier) != m.Ordinal-1 {
			continue
		}
		scope := p.Dates[m.Scope]
		o, d, ok := firstOutside(p, m.Earlier, scope, func(events.Mention) bool { return true })
		if !ok {
			continue
		}
		out = append(out, analysis.Finding{
			Message: fmt.Sprintf("%q: the copy lists the %s before it, but %q falls in %s, outside %s, given the publication date %s",
				p.Text[m.OrdinalSpan.Start:m.OrdinalSpan.End], countNoun(len(m.Earlier), m.Kind), d.Text, when(d), when(scope), day(p.Reference.Date)),
			Span: analysis.At(m.OrdinalSpan.Start, m.OrdinalSpan.End),
			Related: []analysis.Related{
				dateRef(scope),
				{Span: analysis.At(min(o.Trigger.Start, d.Start), max(o.Trigger.End, d.End)), Note: "an earlier " + o.Kind + ": " + note(d)},
			},
		})
	}
	return out
}

// distinctWithin counts the events of m's group dated inside scope that
// must be distinct because their dates do not overlap, and returns their
// dates as evidence.
func distinctWithin(p *analysis.Pass, ev events.Analysis, m events.Mention, scope dates.Expr, kp *kindParties) (int, []analysis.Related) {
	var in []dates.Expr
	for _, oi := range countedMentions(ev, m, kp) {
		o := ev.Mentions[oi]
		if o.Moved {
			return 0, nil
		}
		for _, di := range o.Dates {
			if d := p.Dates[di]; within(d, scope) && d.Granularity != "year" {
				in = append(in, d)
			}
		}
	}
	return disjointCount(in)
}

// kindParties is what the copy tells of one kind of event: the agents and
// places its events are given, and its noun mentions given neither (nor a
// rank or a count).
type kindParties struct {
	agents, places map[string]bool
	bare           []int
}

// indexKinds reads every mention once into the parties of its kind.
func indexKinds(ev events.Analysis) map[string]*kindParties {
	kinds := map[string]*kindParties{}
	for oi, o := range ev.Mentions {
		kp := kinds[o.Kind]
		if kp == nil {
			kp = &kindParties{agents: map[string]bool{}, places: map[string]bool{}}
			kinds[o.Kind] = kp
		}
		if o.Agent != "" {
			kp.agents[o.Agent] = true
		}
		if o.Place != "" {
			kp.places[o.Place] = true
		}
		if (o.Noun || o.Tense.Tense == tense.Past) && o.Agent == "" && o.Place == "" && o.Ordinal == 0 && o.Count == 0 {
			// "It was suspended on Jan. 23, and again on Feb. 29": a past
			// verb of the kind dates one of the events as a noun does.
			kp.bare = append(kp.bare, oi)
		}
	}
	return kinds
}

// countedMentions returns the mentions a count of m's kind counts: those
// of its group and, when every event of the kind the copy tells is its
// agent's or nobody's, the instances told without participants ("has
// been audited twice this year" ... "A special audit followed in May").
func countedMentions(ev events.Analysis, m events.Mention, kp *kindParties) []int {
	out := ev.Groups[m.Group].Mentions
	if kp == nil || len(kp.agents) > 1 || len(kp.places) > 1 || len(kp.agents) == 1 && !kp.agents[m.Agent] || len(kp.places) == 1 && !kp.places[m.Place] {
		return out // another party's events of the kind: the count is of one
	}
	var more []int
	for _, oi := range kp.bare {
		if ev.Mentions[oi].Group != m.Group {
			more = append(more, oi)
		}
	}
	return append(append([]int(nil), out...), more...)
}

// disjointCount returns the size of the largest set of pairwise disjoint
// intervals among in (picked by earliest end), and their dates as
// evidence.
func disjointCount(in []dates.Expr) (int, []analysis.Related) {
	sort.Slice(in, func(i, j int) bool { return in[i].To.Before(in[j].To) })
	var picked []analysis.Related
	var last dates.Expr
	for i, d := range in {
		if i == 0 || !d.From.Before(last.To) {
			picked = append(picked, dateRef(d))
			last = d
		}
	}
	return len(picked), picked
}

func ordinalWord(n int) string {
	words := []string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}
	if n < len(words) {
		return words[n]
	}
	return fmt.Sprintf("%dth", n)
}

func ordinalNote(m events.Mention) string {
	n := fmt.Sprintf("the %s %s", ordinalWord(m.Ordinal), m.Kind)
	if m.Headless {
		n += " (an ordinal without its noun, after the count of " + m.Kind + "s)"
	}
	if m.AgentVia != "" {
		n += "; " + m.AgentVia
	}
	if m.PlaceVia != "" {
		n += "; " + m.PlaceVia
	}
	return n
}

// countNoun says "strike" for one event and "2 strikes" for more.
func countNoun(n int, kind string) string {
	if n == 1 {
		return kind
	}
	return fmt.Sprintf("%d %s", n, kindPlural(kind))
}

// pluralKinds are the kinds whose plural is not made by a rule: "talks"
// is plural already.
var pluralKinds = map[string]string{"talks": "talks"}

// kindPlural returns the plural of an event kind: "launches", "matches",
// "ceremonies", "visits", "talks".
func kindPlural(kind string) string {
	if p, ok := pluralKinds[kind]; ok {
		return p
	}
	switch {
	case strings.HasSuffix(kind, "s"), strings.HasSuffix(kind, "x"), strings.HasSuffix(kind, "z"),
		strings.HasSuffix(kind, "ch"), strings.HasSuffix(kind, "sh"):
		return kind + "es"
	case len(kind) > 1 && strings.HasSuffix(kind, "y") && !strings.ContainsRune("aeiou", rune(kind[len(kind)-2])):
		return kind[:len(kind)-1] + "ies"
	}
	return kind + "s"
}
