package events

import (
	"slices"
	"strings"

	"github.com/copydesk/copydesk/checker/dates"
	"github.com/copydesk/copydesk/checker/lexicon"
	"github.com/copydesk/copydesk/checker/tense"
)

// personal kinds are told apart by who takes part: two people's visits are
// two series, while "the summit" is one event whoever attends it.
var personal = map[string]bool{"visit": true, "meeting": true, "talks": true}

// authored kinds are told apart by their author alone: "her first album"
// and "her second album" are one series, another singer's album another.
var authored = map[string]bool{"album": true, "novel": true}

// key is what sets a group of mentions apart: the kind of event, and for
// personal and authored kinds who takes part, and where.
type key struct{ kind, agent, place string }

// group puts together the mentions that speak of the same event or series:
// the same kind with the same participants. A visit joins a group only when
// both its traveller and its destination are known, a meeting only when
// both who met and whom. Another kind's
// indefinite mention ("a summit", "another vote") opens a new group that
// later definite mentions ("the summit") join.
func (a *analyzer) group() {
	open := map[key]int{}
	// The earlier events an ordinal lists ("the third strike this year,
	// after a strike in May and a stoppage in April"), and any event of a
	// kind already named in its sentence that stands after "after" or
	// "since" ("the second fire at the market this year, after a blaze in
	// January") are told in passing: each is a group of its own, and a
	// later "the fire" still means the main one.
	background := a.background // nil, and free, in most articles
	for mi, m := range a.out.Mentions {
		for _, oi := range m.Earlier {
			if background == nil {
				background = map[int]bool{}
			}
			background[oi] = true
		}
		if earlierOccasion(m) || a.apposedToRank(mi) || a.ownedSeparately(mi) {
			if background == nil {
				background = map[int]bool{}
			}
			background[mi] = true
		}
	}
	series := map[key][]int{}      // kind and agent → the groups of that agent's series
	opened := map[key][]int{}      // every group of a key opened so far, oldest first
	ranked := map[key]int{}        // the group in which each kind was last ranked past the first
	countedIn := map[key]int{}     // the group in which each kind was last counted
	lastRank := map[key]rankAt{}   // the group and rank of each kind's last ranked mention
	ofObject := map[themeKey]int{} // the latest group of a key holding a noun of that "of" object
	for mi := range a.out.Mentions {
		m := &a.out.Mentions[mi]
		k := key{kind: m.Kind, place: m.Place}
		if g := a.seriesOf(m.Of, mi); g >= 0 && !background[mi] {
			// "walked out for the third time this year ... The first of
			// the three stoppages": the series of that size, by any name.
			m.Group = g
			a.out.Groups[g].Mentions = append(a.out.Groups[g].Mentions, mi)
			continue
		}
		if g, ok := lastCounted(countedIn); m.Pointed && ok && !background[mi] {
			// "have inspected the plant three times in 2026 ... The first
			// of those visits": the series counted last, by any name.
			m.Group = g
			a.out.Groups[g].Mentions = append(a.out.Groups[g].Mentions, mi)
			continue
		}
		fresh := false
		if personal[m.Kind] {
			if agentOnly(m) {
				// "His second visit will be this November": with no place
				// of its own, one of the one series of visits its agent
				// was given.
				gs := series[key{kind: m.Kind, agent: m.Agent}]
				if len(gs) > 1 && m.Ordinal > 0 {
					gs = a.rankedGroups(gs) // "arrived in Abuja on his second visit ... His first visit": the ranked series
				}
				if len(gs) == 1 {
					m.Group = gs[0]
					a.out.Groups[gs[0]].Mentions = append(a.out.Groups[gs[0]].Mentions, mi)
				}
				continue
			}
			if m.Agent == "" && m.Ordinal > 0 && m.Count == 0 {
				// "The band's first tour of Japan ... Their second tour of
				// Japan": visits ranked to one destination, by a traveller
				// the copy names no person, make one series; so do those
				// ranked by the same word alone ("Its first Asian tour ...
				// The second Asian tour"), or by none.
				k.place = m.Place
				if k.place == "" {
					k.place = m.Object
				}
				if k.place == "" {
					k.place = m.Modifier
				}
			} else if m.Place == "" && m.Count > 0 && m.Theme != "" {
				// "toured the excavation twice last year", "Inspectors have
				// visited the plant twice this year": a count of visits to a
				// site the copy names by a common noun, by whoever.
				k.place = m.Theme
			} else if m.Place == "" || m.Agent == "" && m.Count == 0 {
				// A count needs only its destination: "The band will
				// tour Europe twice in 2024" counts the visits of a
				// traveller the copy names no person.
				continue
			}
			k.agent = m.Agent
		} else if authored[m.Kind] {
			agent := m.Agent
			if agent == "" && m.Ordinal > 0 {
				// "Their second album came out in 2011": ranked, it is one
				// of the one author's series told so far, named or not.
				agent = a.onlyAuthor(open, m.Kind)
			}
			if agent == "" {
				continue
			}
			k.agent, k.place = agent, ""
		} else {
			fresh = !m.Definite && !m.DateNamed && m.Ordinal == 0 && m.Count == 0 // "Thursday's vote" names one it means
			if fresh && !m.Noun && a.inSentenceOf(open, k, m.Sentence) {
				// "The strike began on Monday, when 640 workers walked
				// out": the verb tells the event its sentence names.
				fresh = false
			}
			if _, known := open[k]; fresh && !m.Noun && len(m.Dates) == 0 && !m.Again && known {
				// "will vote on Tuesday, March 10 ... three members have
				// said they will vote against the plan ... Ahead of the
				// March 12 vote": a verb with no date of its own names no
				// other instance, and leaves the one told open.
				fresh = false
			}
		}
		g, ok := open[k]
		cg, counted := countedIn[k]
		if !counted && m.Ordinal > 0 && m.Count == 0 {
			// "have walked out twice this year" ... "The first stoppage":
			// an ordinal of a kind that counts as the counted one.
			for ck, c := range countedIn { // the earliest such series, whatever the map's order
				if ck.place == k.place && ck.agent == k.agent && kin(ck.kind, m.Kind) && (!counted || c < cg) {
					cg, counted = c, true
				}
			}
			if !counted && k.agent == "" && k.place == "" {
				// "will tour Europe twice in 2024" ... "The second tour,
				// booked for March 2025": a rank that names no one and
				// nowhere is of the one series of its kind counted.
				cg, counted = onlyCounted(countedIn, m.Kind)
			}
		}
		if counted && m.Ordinal > 0 && m.Count == 0 && !background[mi] {
			// "will walk out twice this year" ... "a stoppage on Dec. 2"
			// ... "The second walkout": an ordinal belongs to the series
			// its kind was counted in, not the last event told.
			g, ok, fresh = cg, true, false
		}
		if m.Ordinal > 0 && m.Count == 0 && !counted && !background[mi] && (!ok || !a.ranks(g)) {
			// "the crews' second strike of 2025 ... The first stoppage":
			// a lower rank of a kind that counts as one ranked before
			// belongs to that series, even past an unranked one told
			// since ("their second strike this year ... a five-day strike
			// that ran from June 9 ... The first strike came last
			// December").
			if rg, found := a.rankedKin(ranked, k, m); found {
				g, ok, fresh = rg, true, false
			}
		}
		if !ok && !fresh && m.Definite && m.Place == "" && !personal[m.Kind] && !background[mi] {
			// "The Brandwald Marathon was run on Sunday ... the April 12
			// marathon": a definite mention with no place of its own is
			// the one event of its kind the copy has named by a name.
			if og, one := onlyOpen(open, m.Kind); one && a.namedByName(og) {
				g, ok = og, true
			}
		}
		if fresh && m.Theme != "" && !background[mi] {
			// "the Jan. 30 suspension of the water-tariff increase" ...
			// "suspended the increase on Jan. 28": a verb whose object
			// an event noun of its kind was told of is that event.
			if tg, found := ofObject[themeKey{k, m.Theme}]; found {
				g, ok, fresh, m.Retold = tg, true, false, true
			}
		}
		if r, found := lastRank[k]; found && m.Ordinal > r.n && m.Count == 0 && !counted && !background[mi] && (!ok || !a.ranks(g)) {
			// "The first eruption ... Six more eruptions have followed ...
			// The second eruption": a rank goes on with the series of
			// lower ranks, not the unranked events told since.
			g, ok, fresh = r.g, true, false
		}
		if ok && !fresh && !background[mi] && !(m.Ordinal > 0 && a.ranks(g)) {
			// A rank stays with its ranked series whatever year it is
			// dated in ("the second time this year ... The first of the
			// two recalls came last November"): that year is what the
			// rule checks.
			g = a.sameYearGroup(m, g, opened[k])
		}
		if !ok || fresh || background[mi] {
			g = len(a.out.Groups)
			agent := k.agent
			if agent == unnamedAuthor {
				agent = ""
			}
			a.out.Groups = append(a.out.Groups, Group{Kind: m.Kind, Agent: agent, Place: m.Place})
			if !background[mi] {
				open[k] = g
				opened[k] = append(opened[k], g)
				if personal[m.Kind] {
					sk := key{kind: m.Kind, agent: k.agent}
					series[sk] = append(series[sk], g)
				}
			}
		}
		if m.Repeat && m.Ordinal == 0 {
			// "would return to Mirelland next January": the visit after
			// those of its series already told.
			if n := a.instances(g); n > 0 {
				m.Ordinal, m.OrdinalSpan = n+1, m.Trigger
			}
		}
		m.Group = g
		a.out.Groups[g].Mentions = append(a.out.Groups[g].Mentions, mi)
		if m.Count > 0 && !background[mi] {
			countedIn[k] = g
		}
		if m.Ordinal > 1 && m.Count == 0 && !background[mi] {
			ranked[k] = g
		}
		if m.Ordinal > 0 && m.Count == 0 && !background[mi] {
			lastRank[k] = rankAt{g: g, n: m.Ordinal}
		}
		if m.Noun && m.Object != "" && !background[mi] {
			ofObject[themeKey{k, m.Object}] = g
		}
	}
	a.joinLaterSeries(series)
}

// agentOnly reports a personal mention with a traveller and no place of
// its own, or one only described, that refers to a series: ranked,
// definite or a return.
func agentOnly(m *Mention) bool {
	return m.Agent != "" && (m.Place == "" || m.Described) && (m.Ordinal > 0 || m.Definite || m.Repeat)
}

// joinLaterSeries gives each personal mention that names its traveller
// and no place, told before any of that traveller's visits, the one
// series the copy goes on to give them: "on her second visit to the
// district this year" in the lead, then "first came to Aboabo in
// February, and returned in May".
func (a *analyzer) joinLaterSeries(series map[key][]int) {
	for mi := range a.out.Mentions {
		m := &a.out.Mentions[mi]
		if m.Group >= 0 || !personal[m.Kind] || !agentOnly(m) {
			continue
		}
		gs := series[key{kind: m.Kind, agent: m.Agent}]
		if len(gs) != 1 || a.out.Mentions[a.out.Groups[gs[0]].Mentions[0]].Trigger.Start < m.Trigger.Start {
			continue // told after the series began: the pass has decided
		}
		m.Group = gs[0]
		a.out.Groups[gs[0]].Mentions = append([]int{mi}, a.out.Groups[gs[0]].Mentions...)
	}
}

// onlyCounted returns the group of the one series of a kind kin to kind
// that was counted, if there is exactly one.
func onlyCounted(countedIn map[key]int, kind string) (int, bool) {
	g, n := -1, 0
	for ck, c := range countedIn {
		if kin(ck.kind, kind) {
			g, n = c, n+1
		}
	}
	return g, n == 1
}

// themeKey is a key of groups and the head of an event's object.
type themeKey struct {
	k   key
	obj string
}

// rankAt is a group and the rank a mention in it was given.
type rankAt struct{ g, n int }

// ranks reports whether any mention of group g is ranked.
func (a *analyzer) ranks(g int) bool {
	for _, mi := range a.out.Groups[g].Mentions {
		if a.out.Mentions[mi].Ordinal > 0 {
			return true
		}
	}
	return false
}

// onlyOpen returns the one open group of kind among those keyed by a
// place, and whether there is exactly one.
func onlyOpen(open map[key]int, kind string) (int, bool) {
	g, n := -1, 0
	for k, og := range open {
		if k.kind == kind && k.agent == "" {
			if n == 0 || og != g {
				n++
			}
			g = og
		}
	}
	return g, n == 1
}

// namedByName reports a group whose first mention is the last word of the
// event's name, capitalised ("the Brandwald Marathon").
func (a *analyzer) namedByName(g int) bool {
	ms := a.out.Groups[g].Mentions
	if len(ms) == 0 {
		return false
	}
	c := a.src[a.out.Mentions[ms[0]].Trigger.Start]
	return c >= 'A' && c <= 'Z'
}

// inSentenceOf reports whether the open group of key k has a mention in
// sentence si.
func (a *analyzer) inSentenceOf(open map[key]int, k key, si int) bool {
	g, ok := open[k]
	if !ok {
		return false
	}
	ms := a.out.Groups[g].Mentions
	return len(ms) > 0 && a.out.Mentions[ms[len(ms)-1]].Sentence == si
}

// seriesOf returns the group of the latest mention before mi that counts
// n events or ranks the nth ("three times", "for the third time"), or -1.
func (a *analyzer) seriesOf(n, mi int) int {
	if n < 2 {
		return -1
	}
	for j := mi - 1; j >= 0; j-- {
		o := a.out.Mentions[j]
		if o.Group >= 0 && (o.Count == n || o.Ordinal == n && o.Count == 0) {
			return o.Group
		}
	}
	return -1
}

// lastCounted returns the group in which a series was last counted.
func lastCounted[K comparable](countedIn map[K]int) (int, bool) {
	g := -1
	for _, c := range countedIn {
		g = max(g, c)
	}
	return g, g >= 0
}

// instances counts the single events group g holds so far (not counts).
func (a *analyzer) instances(g int) int {
	n := 0
	for _, mi := range a.out.Groups[g].Mentions {
		if a.out.Mentions[mi].Count == 0 && !a.out.Mentions[mi].Plural {
			n++
		}
	}
	return n
}

// earlierOccasion reports an indefinite mention in a clause in the past
// perfect (not the present perfect, "have summoned him to a hearing"): "At a hearing on Jan. 12, the court had refused bail" tells an
// occasion before the story's own ("At Thursday's hearing he was
// sentenced"), another instance of its kind.
//
// An indefinite mention its modifier sets apart as like the story's event
// but another ("A similar hearing in March 2023 drew 140 residents";
// lexicon class other-instance), or compares with it ("a smaller flood"),
// is one too, whatever its tense.
func earlierOccasion(m Mention) bool {
	if !m.Indefinite || m.DateNamed || m.Ordinal != 0 || m.Count != 0 {
		return false
	}
	return m.Tense.Tense == tense.Past && m.Tense.Pluperfect || lexicon.Default().Is(lexicon.OtherInstance, m.Modifier) || comparative(m.Modifier)
}

// comparative reports an adjective in its comparative form ("smaller",
// "earlier", "bigger"): before an indefinite event noun it compares that
// event with the story's, another instance ("after a smaller flood on 9
// January").
func comparative(w string) bool {
	if !strings.HasSuffix(w, "er") {
		return false
	}
	lx := lexicon.Default()
	if l := lx.Lemma(w, lexicon.Adjective); l != w {
		return lx.Known(l, lexicon.Adjective) // "earlier"
	}
	stem := w[:len(w)-2] // "smaller"
	if len(stem) > 2 && stem[len(stem)-1] == stem[len(stem)-2] && !lx.Known(stem, lexicon.Adjective) {
		stem = stem[:len(stem)-1] // "bigger"
	}
	return len(stem) > 1 && (lx.Known(stem, lexicon.Adjective) || lx.Known(stem+"e", lexicon.Adjective)) // "larger"
}

// ownedSeparately reports an event noun owned by a pronoun ("His trial")
// within a few lines after a word that sets something apart as separate
// or like the story's (lexicon other-instance: "The agent faces separate
// charges. His trial is to begin on May 6"): another instance of its
// kind, which a later "the trial" does not mean.
func (a *analyzer) ownedSeparately(mi int) bool {
	m := a.out.Mentions[mi]
	if !m.Noun || m.Trigger.Start < 4 {
		return false
	}
	pre := strings.Fields(strings.ToLower(a.src[max(0, m.Trigger.Start-4):m.Trigger.Start]))
	if len(pre) != 1 || pre[0] != "his" && pre[0] != "her" && pre[0] != "their" {
		return false
	}
	from := m.Trigger.Start - 240
	if from < 0 {
		from = 0
	}
	for _, w := range strings.Fields(strings.ToLower(a.src[from:m.Trigger.Start])) {
		if lexicon.Default().Is(lexicon.OtherInstance, strings.Trim(w, ",.;")) {
			return true
		}
	}
	return false
}

// apposedToRank reports an indefinite event noun set beside a headless
// rank ("The first, a 24-hour stoppage on Feb. 27, cancelled ..."): one
// of the series told in passing, which a later "the stoppage" does not
// mean.
func (a *analyzer) apposedToRank(mi int) bool {
	m := a.out.Mentions[mi]
	if mi == 0 || !m.Noun || !m.Indefinite {
		return false
	}
	r := a.out.Mentions[mi-1]
	if !r.Headless || r.Ordinal == 0 || r.Sentence != m.Sentence || r.Trigger.End > m.Trigger.Start {
		return false
	}
	gap := a.src[r.Trigger.End:m.Trigger.Start]
	return strings.HasPrefix(gap, ", a ") || strings.HasPrefix(gap, ", an ")
}

// rankedKin returns the group in which a kind that counts as m's, of the
// same place and agent, was last ranked above m's ordinal.
func (a *analyzer) rankedKin(ranked map[key]int, k key, m *Mention) (int, bool) {
	g := -1
	for rk, rg := range ranked {
		if rg > g && rk.place == k.place && rk.agent == k.agent && kin(rk.kind, m.Kind) && a.rankAbove(rg, m.Ordinal) {
			g = rg
		}
	}
	return g, g >= 0
}

// rankAbove reports whether a mention of group g ranks above ordinal n.
func (a *analyzer) rankAbove(g, n int) bool {
	for _, mi := range a.out.Groups[g].Mentions {
		if a.out.Mentions[mi].Ordinal > n {
			return true
		}
	}
	return false
}

// sameYearGroup returns the group a definite mention dated on the noun
// itself, or one named by its date ("Sunday's win"), joins among the
// groups of its kind: the last one told (g),
// unless an earlier group is dated on the very same day and g is not, or
// every date g has falls in another year than the mention's and an
// earlier group has one in the same year. "Will be auctioned on Nov. 18
// ... A smaller lot was auctioned in London in 2024 ... the Nov. 21
// auction": the auction of 2024 is another; the Nov. 21 auction is the
// one of Nov. 18, misdated. "Inspected the bridge on Tuesday ... also
// inspected the viaduct on March 11 ... the April 15 inspection": the
// inspection of that Tuesday. "Won the race on Sunday ... also won the
// third stage, on Jan. 23 ... Sunday's win": the win of that Sunday.
func (a *analyzer) sameYearGroup(m *Mention, g int, groups []int) int {
	if !m.Noun || !m.Definite && !m.DateNamed || !m.Direct || len(m.Dates) == 0 || len(groups) < 2 {
		return g
	}
	d := a.dates[m.Dates[0]]
	day := d.HasDay || d.Granularity == dates.GrainDay // "Sunday's win": a weekday names a day
	if !d.HasMonth && !day {
		return g
	}
	if day && !a.groupHasDay(g, d) {
		for i := len(groups) - 1; i >= 0; i-- {
			if groups[i] != g && a.groupHasDay(groups[i], d) {
				return groups[i]
			}
		}
	}
	if !d.HasMonth || a.groupHasYear(g, d.From.Year()) != 0 {
		return g
	}
	for i := len(groups) - 1; i >= 0; i-- {
		if groups[i] != g && a.groupHasYear(groups[i], d.From.Year()) == 1 {
			return groups[i]
		}
	}
	return g
}

// groupHasYear reports 1 when a mention of group g is dated in year, -1
// when none of its mentions is dated, 0 when all its dates are in other
// years.
func (a *analyzer) groupHasYear(g, year int) int {
	dated, in := a.groupDated(g, func(d dates.Expr) bool { return d.From.Year() == year })
	switch {
	case in:
		return 1
	case !dated:
		return -1
	}
	return 0
}

// groupHasDay reports whether a mention of group g is dated on the day d
// names.
func (a *analyzer) groupHasDay(g int, d dates.Expr) bool {
	_, on := a.groupDated(g, func(e dates.Expr) bool { return e.Granularity == dates.GrainDay && e.From.Equal(d.From) })
	return on
}

// groupDated reports whether a mention of group g has a resolved date, and
// whether one of those dates is as match wants.
func (a *analyzer) groupDated(g int, match func(dates.Expr) bool) (dated, matched bool) {
	for _, mi := range a.out.Groups[g].Mentions {
		for _, di := range a.out.Mentions[mi].Dates {
			if d := a.dates[di]; d.Resolved {
				dated = true
				if match(d) {
					return true, true
				}
			}
		}
	}
	return dated, false
}

// unnamedAuthor stands for the author of ranked works the copy gives no
// author ("her first novel ... Her second novel"): one series.
const unnamedAuthor = "\x00"

// onlyAuthor returns the author of the groups of kind open so far when
// they all have one, unnamedAuthor when none is open, or "".
func (a *analyzer) onlyAuthor(open map[key]int, kind string) string {
	found := ""
	for k := range open {
		if k.kind != kind {
			continue
		}
		if found != "" && k.agent != found {
			return ""
		}
		found = k.agent
	}
	if found == "" {
		return unnamedAuthor
	}
	return found
}

// rankedGroups returns those of groups gs that hold a ranked mention
// ("his second visit"): a ranked mention with no place of its own belongs
// to a series the copy ranks, not to an arrival told beside it. A counted
// series ("will visit Mirelland twice") is not ranked: "His second visit"
// may be to the other place.
func (a *analyzer) rankedGroups(gs []int) []int {
	var out []int
	for _, g := range gs {
		if slices.ContainsFunc(a.out.Groups[g].Mentions, func(mi int) bool {
			return a.out.Mentions[mi].Ordinal > 0
		}) {
			out = append(out, g)
		}
	}
	return out
}
