package events

import (
	"sort"
	"strings"

	"github.com/copydesk/copydesk/checker/dates"
	"github.com/copydesk/copydesk/checker/lexicon"
	"github.com/copydesk/copydesk/checker/tense"
	"github.com/copydesk/copydesk/checker/text"
)

// attachDates times each mention of the sentence (from index first on)
// with the dates of its clause: a date that modifies the trigger noun ("the
// March 5 summit", "the summit on March 3"), else the date of a relative
// clause on the noun ("a fire which destroyed the mill on May 3"), else the
// nearest adverbial date whose clause (tense cue) is the mention's and is
// no statement ("officials said on Tuesday"), else for a noun the
// sentence's only date. A noun that is the reference point of another time
// ("a day after the vote") takes only a date on the noun itself, and an
// album or a novel only its release date.
func (a *analyzer) attachDates(toks []token, first int, ds []int, scopes map[int]bool) {
	ms := a.out.Mentions[first:]
	for mi := range ms {
		m := &ms[mi]
		best, bestDist := -1, 1<<30
		apFrom, apTo := -1, -1
		if m.Headless {
			apFrom, apTo = a.appositive(toks, ds)
		}
		themed := m.Noun && themedBy(toks, ms, m)
		after := a.pastScope(toks, m) // where a phrase set beside the noun may begin
		relative := false             // dated by a relative clause of its own: "before the fair, which begins Oct. 15"
		published := -1               // the date of its publication, which no later step may give it
		for _, d := range ds {
			if scopes[d] || !a.dates[d].Resolved || a.dates[d].Start >= apFrom && a.dates[d].Start < apTo {
				continue
			}
			if themed && a.dates[d].Start >= m.Trigger.End {
				continue // "will vote on the deal on May 14": the vote's date, not the deal's
			}
			e, use := a.dates[d], a.out.Times[d]
			var dist int
			switch {
			case m.Noun && !authored[m.Kind] && lex().EventClass(m.Kind) != "" && e.Start >= m.Trigger.End && publishedAfter(toks, m.Trigger.End, e.Start):
				published = d // "a city survey published on Wednesday": the date of its publication, not of the survey
				continue
			case !m.Noun && e.End <= m.Trigger.Start && whenClauseVerb(toks, e.End) == tokenAt(toks, m.Trigger.Start):
				dist = 0 // "began in February, when inspectors shut the section": the clause of "when" is the date's
			case m.Noun && e.End <= m.Trigger.Start && (tokenGap(toks, e.End, m.Trigger.Start) == 0 || adjectivesBefore(toks, e.End, m.Trigger.Start)):
				dist = 0 // "the March 5 summit", "Thursday's crucial vote"
			case m.Noun && e.Start >= m.Trigger.End && complementOfNoun(toks, m):
				continue // "began hearing a challenge to the runoff on Tuesday": the hearing's date, not the runoff's
			case m.Noun && e.Start >= m.Trigger.End && tokenGap(toks, m.Trigger.End, e.Start) == 1 && use.Prep != "" && !possessiveDate(toks, e):
				dist = 0 // "the summit on March 3"; not "lost the race on Wednesday's climb", the climb's day
			case m.Noun && e.Start >= after && apposedGap(toks, after, e, use) && commaAfter(toks, after) && commaAfter(toks, e.End):
				// "The first round, on Feb. 24 and 25, ended ...", "the first
				// inspection, last November, found", "The first flood this
				// year, in April, washed away ...": a date in apposition.
				dist = 0
			case m.Noun && !authored[m.Kind] && m.Qualified && e.Start >= m.Trigger.End && use.Prep != "" && apposedParticiple(toks, ofPhraseEnd(toks, m.Trigger.End), e.Start):
				dist = 0 // "The first round of talks, held in Bodø on June 19, broke down": a participle beside the noun and its "of" phrase
			case m.Noun && m.Qualified && e.Start >= m.Trigger.End && apposedAfterOf(toks, m.Trigger.End, e, use):
				dist = 0 // "The second round of mediation, on May 7, broke up": after the noun's "of" phrase
			case m.Noun && e.Start >= m.Trigger.End && use.Prep != "" && afterName(toks, m.Trigger.End, e.Start):
				dist = 0 // "her first novel, The Lantern Weir, in 2018": the work's name, then its date
			case m.Noun && e.Start >= m.Trigger.End && use.Prep != "" && apposedParticiple(toks, m.Trigger.End, e.Start) && (!authored[m.Kind] || releaseDated(toks, e)):
				// "the fourth race, sailed on Thursday, June 18": a
				// participle set beside the noun dates it; a work's, when
				// it tells the release ("Her first novel, published in
				// 2011").
				dist = 0
			case m.Noun && e.Start >= m.Trigger.End && use.Prep != "" && inAppositive(toks, m.Trigger.End, e.Start):
				dist = 0 // "the fourth stage, a mountain-top finish at Pic d'Aubrac on Wednesday, July 8": the noun phrase restating it is dated
			case m.Noun && e.Start >= m.Trigger.End && e.Relative && use.Fixed && !saidOf(toks, m) &&
				(tokenGap(toks, m.Trigger.End, e.Start) == 0 || a.placeThenDate(toks, m, ds, e.Start)):
				dist = 0 // "a boiler explosion last month", "the vote next week", "a visit to Hanoi last October"
			case !use.Adverbial || !sameClause(m.Tense, use.Tense) || reportVerb(use.Tense.Cue) && !ownCue(m, use.Tense) && !actCue(ms, m, use.Tense) && !audience(toks, m, use.Tense):
				continue // "officials said on Tuesday": the date of the saying
			case e.End <= m.Trigger.Start && closedRelative(toks, e.Start, e.End, m.Trigger.Start):
				continue // "supporters who stayed at home on Sunday would come out for the second round": the relative clause's date
			case m.Noun && e.End <= m.Trigger.Start && insideOf(toks, tokenAt(toks, m.Trigger.Start)):
				continue // "Last Thursday, parliament approved the outline of the deal": the outline's date, not the deal's
			case e.End <= m.Trigger.Start && coordinatedBetween(toks, e.End, m.Trigger.Start):
				continue // "Twelve started the heats on Friday, and six reached the final"
			case m.Trigger.Start > e.End && participleAside(toks, use.Tense):
				continue // "A survey, published on Sunday, gave her 46% in the second round"
			case e.Start >= m.Trigger.End && m.Ordinal > 0 && referencePhrase(toks, m.Trigger.End, e.Start):
				continue // "the third win of her career, after Kernholm in 2024": the date of one before it
			case m.Noun && e.Start >= m.Trigger.End && timeClauseBetween(toks, m.Trigger.End, e.Start):
				continue // "The vote was called after Regent Santoso died in February": the death's date
			case e.Start >= m.Trigger.End && ownedBetween(toks, m.Trigger.End, e.Start):
				continue // "the by-election was called after the death in November": the death's date
			case e.Start >= m.Trigger.End && use.Tense.CueStart >= m.Trigger.End && relationCue(use.Tense) && nounBetween(toks, use.Tense.CueEnd, e.Start):
				continue // "The election followed the retirement in September": its object's date; not "A special audit followed in May"
			case !m.Noun && e.Start >= m.Trigger.End && infinitiveBetween(toks, m.Trigger.End, e.Start):
				continue // "have voted to strike for three days next month": the strike's date, not the vote's
			case m.Noun && e.Start >= m.Trigger.End && nounInfinitiveBetween(toks, m.Trigger.End, e.Start):
				continue // "the first acquisition under Park's plan, announced last year, to double revenue by 2028": the goal's date
			case e.Start >= m.Trigger.End:
				dist = tokenGap(toks, m.Trigger.End, e.Start)
			default:
				dist = tokenGap(toks, e.End, m.Trigger.Start) + 1
			}
			if dist < bestDist {
				best, bestDist = d, dist
			}
		}
		if m.Noun && bestDist > 0 {
			if d := a.targetDate(toks, m, ds, scopes); d >= 0 {
				best, bestDist = d, 0 // "fixed a hearing on the records for March 3", as "set a hearing for June 22"
			}
		}
		if bestDist > 0 && m.Noun {
			// "a fire which destroyed the warehouse on Sept. 8": the date
			// of a relative clause on the event noun times the event, even
			// where the tense analysis put the noun in another clause.
			if rel := a.relativeDate(toks, m, ds, scopes); rel >= 0 {
				best, bestDist, relative = rel, 1, true
			} else if sch := a.scheduledDate(toks, m, ds, scopes); sch >= 0 {
				best, bestDist = sch, 0
			} else if sch := a.subjectScheduled(toks, m, ds, scopes); sch >= 0 {
				best, bestDist = sch, 0
			}
		}
		if m.Ordinal > 0 && m.Count == 0 && m.Scope >= 0 && fineScope[a.dates[m.Scope].Granularity] {
			// "her third album in March": a scope of a month or less
			// dates the event as well, when nothing nearer does.
			if d := tokenGap(toks, m.Trigger.End, a.dates[m.Scope].Start) + 1; d < bestDist && a.dates[m.Scope].Start >= m.Trigger.End {
				best, bestDist = m.Scope, d
			}
		}
		if best < 0 && m.Headless {
			best = a.headlessDate(ds, scopes, apFrom, apTo)
		} else if best < 0 && m.Noun && !themed && !complementOfNoun(toks, m) {
			best = a.soleDate(toks, m, ds, scopes) // "..., which will be his second visit"
			bestDist = 1
			if best >= 0 && a.dates[best].Start >= m.Trigger.End && timeClauseBetween(toks, m.Trigger.End, a.dates[best].Start) {
				best = -1 // "The vote was called after Regent Santoso died in February": the death's date
			}
		}
		if best >= 0 && bestDist > 0 && (!relative && refPoint(toks, m) || authored[m.Kind] && !releaseDated(toks, a.dates[best])) {
			// "a day after the vote", "three years after her first
			// album": the clause's date is not the event's; nor is
			// "recorded in 2026" an album's date (its release is).
			best = -1
		}
		if best >= 0 && best == published {
			best = -1
		}
		if best < 0 && m.Ordinal > 0 && m.Count == 0 && m.Scope >= 0 {
			// "her first election in 2024": the phrase that scopes the
			// ordinal also dates the event, at least to its bounds.
			m.Dates = append(m.Dates, m.Scope)
		}
		if best >= 0 && m.Headless {
			best = a.inScopeYear(first+mi, best)
		} else if best >= 0 && m.Pointed {
			best = a.pointedScopeYear(first+mi, best)
		} else if best >= 0 && m.Count > 0 && m.Scope >= 0 && a.dates[best].Start > a.dates[m.Scope].End && bareDate(a.dates[best]) &&
			a.dates[m.Scope].Granularity == "year" && a.dates[best].From.Year() != a.dates[m.Scope].From.Year() {
			// "visited Kastelia twice in 2025, in April and again in
			// October", read in May 2026: months told after the scope
			// are the count's own, in its year, not the April the
			// resolver chose (one before it may be a slip to report).
			best = -1
		}
		if best >= 0 && a.listed(best) {
			m.Plural = true // "will perform it on Tuesday, April 9, Friday, April 12, ...": several events
		}
		if best >= 0 {
			best = a.finerApposed(best, ds)
		}
		if best >= 0 {
			m.Dates = append(m.Dates, best)
			tr := a.out.Times[best].Tense
			m.Onset = m.Noun && (onset(toks, m, tr) || relativeOnset(toks, m, a.dates[best].Start) || objectOnset(toks, m, tr) || infinitiveOnset(toks, m, a.dates[best].Start)) || !m.Noun && m.Onset
			m.Ended = m.Noun && (ending(toks, m, tr) || endedObject(toks, m))
			m.Direct = bestDist == 0 && m.Noun
			m.Within = m.Direct && (lex().Is(lexicon.LastingEvents, m.Kind) || spanModified(toks, m)) && a.dates[best].Start >= m.Trigger.End && objectPhrase(toks, m) ||
				m.Noun && continued(toks, m)
			m.DateNamed = m.Direct && a.dates[best].End <= m.Trigger.Start && (possEnd(toks, a.dates[best].End) || yearName(a.dates[best]))
			if a.out.Times[best].Mention < 0 {
				a.out.Times[best].Mention = first + mi
			}
		}
	}
}

// spanModified reports an event noun whose phrase gives it a length of
// days or more before it ("a three-week field survey", "a five-day
// strike", "the 10-month inquiry"): it lasts, so a date after it may be
// one day within it.
func spanModified(toks []token, m *Mention) bool {
	k := tokenAt(toks, m.Trigger.Start)
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		w := toks[j].lower
		if i := strings.LastIndexByte(w, '-'); i > 0 && lex().Is(lexicon.TimeUnits, strings.TrimSuffix(w[i+1:], "s")) && w[i+1:] != "time" {
			return true
		}
		if !toks[j].tag.IsAdjective() && !toks[j].tag.IsNoun() {
			return false
		}
	}
	return false
}

// complementOfNoun reports an event noun at the end of the phrase that
// "to" or "against" opens after another noun ("a challenge to the city's
// runoff", "an appeal against the ruling"): a date after it times what
// governs that noun. Not "over", which may give a cause dated on its own
// ("charged two managers over a boiler explosion last month").
func complementOfNoun(toks []token, m *Mention) bool {
	k := tokenAt(toks, m.Trigger.Start)
	j := k - 1
	for j >= 0 && toks[j].word && (toks[j].tag == text.DT || toks[j].tag == text.PRPS || toks[j].tag.IsAdjective() || toks[j].tag.IsNoun() || toks[j].tag == text.CD || toks[j].poss) {
		j--
	}
	if j < 1 || j == k-1 {
		return false
	}
	switch toks[j].lower {
	case "to", "against":
		// Not a person sent to the event: "summoned its chief executive
		// to a hearing on Feb. 18" dates the hearing.
		n := toks[j-1]
		return n.tag.IsNoun() && !n.cap && !lex().PersonSense(n.lemma) && !lex().PersonNoun(n.lower)
	}
	return false
}

// continued reports an event noun that a verb of continuing takes as its
// object ("kept up a strike on Tuesday", "extended the search") or whose
// clause such a verb heads ("the strike entered its second day"): the
// clause's date is a day within the event.
func continued(toks []token, m *Mention) bool {
	i := sort.Search(len(toks), func(k int) bool { return toks[k].start >= m.Trigger.Start })
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		t := toks[j]
		if t.tag.IsVerb() {
			return lex().Is(lexicon.ContinuationVerbs, t.lemma)
		}
		if !(isDeterminer(t.lower) || t.poss || t.tag.IsAdjective() || t.tag == text.RP || t.tag == text.CD) {
			break
		}
	}
	for j := i + 1; j < len(toks) && j <= i+2; j++ {
		if t := toks[j]; t.tag.IsVerb() {
			return lex().Is(lexicon.ContinuationVerbs, t.lemma)
		}
	}
	return false
}

// adjectivesBefore reports one or two adjectives, and nothing else, after
// the date ending at byte from (and its possessive) and before the noun at
// byte to: "Thursday's crucial vote", "last year's disputed election".
func adjectivesBefore(toks []token, from, to int) bool {
	k := sort.Search(len(toks), func(i int) bool { return toks[i].start >= from }) - 1
	i := sort.Search(len(toks), func(i int) bool { return toks[i].start >= to })
	if k < 0 || i-k > 3 || !adjectivesBetween(toks, k, i) {
		return false
	}
	for _, t := range toks[k+1 : i] {
		if ordinals[t.lower] > 0 {
			return false // "Sunday's first round": an ordinal tells which, as before
		}
	}
	return true
}

// placeThenDate reports a date right after the place phrase that follows
// m's noun ("a visit to Hanoi last October").
func (a *analyzer) placeThenDate(toks []token, m *Mention, ds []int, start int) bool {
	k := tokenAt(toks, m.Trigger.Start)
	return k >= 0 && tokenGap(toks, a.ppEnd(toks, k, ds), start) == 0
}

// relationCue reports whether the verb group that times a date ends in a
// verb that orders its subject against its object (lexicon
// relation-verbs): a date after the object dates the object, "The election
// followed the retirement in September of Desmond Achebe".
func relationCue(tr tenseResult) bool {
	return lex().Is(lexicon.RelationVerbs, lex().Lemma(lastVerb(tr.Cue), lexicon.Verb))
}

// nounBetween reports a noun between byte offsets from and to: the object
// of a verb that ends at from, before a date at to.
func nounBetween(toks []token, from, to int) bool {
	for _, t := range toks {
		if t.start >= from && t.end <= to && t.tag.IsNoun() {
			return true
		}
	}
	return false
}

// lastVerb returns the last word of a verb group, lower case: "is set to
// open" → "open".
func lastVerb(cue string) string {
	if k := strings.LastIndexByte(cue, ' '); k >= 0 {
		cue = cue[k+1:]
	}
	return strings.ToLower(cue)
}

// ownedBetween reports an event noun between byte offsets from and to
// that a date at to follows after its preposition or its place ("the
// death in November", "a fire on Sunday", "their meeting in Kiev last
// May"): the date is that noun's, not an event's named before it.
func ownedBetween(toks []token, from, to int) bool {
	k := sort.Search(len(toks), func(i int) bool { return toks[i].start >= to }) - 1
	if k >= 0 && toks[k].start >= from && (toks[k].tag == text.IN || toks[k].lower == "on" || toks[k].lower == "in") {
		k--
	}
	// Past a place after the noun: "their meeting in Kiev last May".
	if j := k; j >= 0 && toks[j].cap && toks[j].start >= from {
		for j >= 0 && toks[j].cap && toks[j].start >= from {
			j--
		}
		if j >= 1 && (toks[j].lower == "in" || toks[j].lower == "at") {
			k = j - 1
		}
	}
	if k < 0 || toks[k].start < from {
		return false
	}
	n := toks[k]
	if k > 0 && toks[k-1].lower == "of" || appositive(toks, from, n.start) || themeOf(toks, from, k) {
		return false // "the second round of talks on Oct. 3", "the first strike, a stoppage on Jan. 20": one event
	}
	return n.word && !n.cap && n.tag.IsNoun() && (n.lemma != "" && lex().EventClass(n.lemma) != "" || lex().EventClass(n.lower) != "" || triggers[n.lower].noun) &&
		!lex().Is(lexicon.OccasionNouns, n.lemma)
}

// themeOf reports an event noun at toks[k] whose noun phrase is the theme
// of the event named right before byte from ("will vote on the deal on
// May 14"): the date after it times the act about it, not the noun.
func themeOf(toks []token, from, k int) bool {
	j := k - 1
	for j >= 0 && toks[j].start >= from && (isDeterminer(toks[j].lower) || toks[j].poss || toks[j].tag.IsAdjective() || toks[j].tag.IsNoun()) {
		j--
	}
	return j >= 0 && toks[j].start >= from && lex().Is(lexicon.ThemePrepositions, toks[j].lower) && tokenGap(toks, from, toks[j].start) == 0
}

// themedBy reports an event noun that is the theme of another event named
// right before its phrase ("vote on the deal", "the ruling over the
// merger"): see themeOf.
func themedBy(toks []token, ms []Mention, m *Mention) bool {
	k := tokenAt(toks, m.Trigger.Start)
	if k <= 0 {
		return false
	}
	for _, o := range ms {
		if o.Trigger.End <= m.Trigger.Start && o.Trigger.Start != m.Trigger.Start && themeOf(toks, o.Trigger.End, k) {
			return true
		}
	}
	return false
}

// appositive reports a noun phrase at byte off that stands in apposition
// right after the noun ending at from: only a comma and its own
// modifiers between ("The first strike, a 24-hour stoppage").
func appositive(toks []token, from, off int) bool {
	k := sort.Search(len(toks), func(i int) bool { return toks[i].start >= from })
	return k < len(toks) && toks[k].lower == "," && tokenGap(toks, toks[k].end, off) <= 3
}

// objectPreps may open a noun phrase that is not the subject of its
// clause: "at the summit", "during the blaze".
var objectPreps = map[string]bool{
	"at": true, "during": true, "in": true, "on": true, "from": true, "of": true, "outside": true,
	"inside": true, "near": true, "over": true, "throughout": true, "amid": true, "by": true, "with": true,
	"for": true, "to": true, "into": true, "against": true, "through": true, "about": true,
}

// objectPhrase reports whether the noun phrase of m is the object of a
// verb or a preposition rather than the subject of its clause: its
// clause's verb stands before it ("were still fighting the blaze"; not a
// verb of saying: "said the summit on March 3 would ..." opens a clause
// whose subject it is), or a preposition opens it ("At the summit on
// Thursday, leaders signed").
func objectPhrase(toks []token, m *Mention) bool {
	if m.Tense.Cue != "" && m.Tense.CueEnd <= m.Trigger.Start && !reportVerb(m.Tense.Cue) {
		return !supportCue(toks, m.Tense.CueEnd, m.Trigger.Start)
	}
	i := sort.Search(len(toks), func(k int) bool { return toks[k].start >= m.Trigger.Start })
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		w := toks[k]
		if !w.word {
			return false
		}
		if isDeterminer(w.lower) || w.poss || w.lower == "his" || w.lower == "her" {
			return k > 0 && objectPreps[toks[k-1].lower]
		}
	}
	return false
}

// supportCue reports a verb group ending at byte end headed by a support
// verb ("carried out", "conducted", "staged"; lexicon class
// support-verbs) whose direct object is the noun at byte noun: its date
// dates the event the object names, not a day within it ("carried out an
// inspection of the factory on Tuesday"; not "performed at the festival
// on Saturday").
func supportCue(toks []token, end, noun int) bool {
	k := tokenAt(toks, end-1)
	if k < 0 {
		return false
	}
	t := toks[k]
	j := k + 1
	switch {
	case lex().Is(lexicon.SupportVerbs, t.lemma):
	case k+1 < len(toks) && lex().Is(lexicon.SupportVerbs, t.lemma+" "+toks[k+1].lower):
		j++
	default:
		return false
	}
	for ; j < len(toks) && toks[j].start < noun; j++ {
		if !inNounPhrase(toks[j]) {
			return false // a preposition or a clause between: no direct object
		}
	}
	return true
}

// sameClause reports whether two positions share their clause, judged by
// the tense cue the tense analysis found for each.
func sameClause(a, b tenseResult) bool {
	if a.Cue == "" || b.Cue == "" {
		return false
	}
	return a.CueStart == b.CueStart
}

// relativeBetween reports a relative pronoun between bytes from and to
// that a noun, not a comma, stands before ("a week in which his government
// survived a confidence vote"): a clause of its own opens there, whose
// events the date before it does not time. A "which" after a comma
// ("..., which will be his second visit") renames the clause before.
func relativeBetween(toks []token, from, to int) bool {
	for k, t := range toks {
		if t.start >= from && t.end <= to && (t.tag == text.WDT || t.tag == text.WP || t.tag == text.WPS || t.lower == "where") {
			p := k - 1
			if p >= 0 && toks[p].tag == text.IN {
				p-- // "in which"
			}
			if p >= 0 && toks[p].lower != "," {
				return true
			}
		}
	}
	return false
}

// soleDate returns the one resolved adverbial date of the sentence that
// scopes no count, or -1 when there is none or more than one: a noun
// mention in a clause of its own ("which will be his second visit") takes
// the date of the sentence when that date is unambiguous. A date after the
// mention in a clause that opens after it ("called the strike
// irresponsible and said the drivers, who would start training in the
// autumn, ...") times that clause, not the mention.
func (a *analyzer) soleDate(toks []token, m *Mention, ds []int, scopes map[int]bool) int {
	found := -1
	for _, d := range ds {
		if scopes[d] || !a.dates[d].Resolved || !a.out.Times[d].Adverbial {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = d
	}
	if found >= 0 && reportVerb(a.out.Times[found].Tense.Cue) {
		return -1 // "officials said on Tuesday that the attack ..."
	}
	if found >= 0 && m.Trigger.Start > a.dates[found].End && participleAside(toks, a.out.Times[found].Tense) {
		return -1 // "A survey, published on Sunday, gave her 46% in the second round"
	}
	if found >= 0 && a.dates[found].End <= m.Trigger.Start && closedRelative(toks, a.dates[found].Start, a.dates[found].End, m.Trigger.Start) {
		return -1 // "Of the 148 riders who started the race on Saturday, May 16, 131 lined up for Friday's stage"
	}
	if found >= 0 && a.dates[found].End <= m.Trigger.Start && inReferencePhrase(toks, a.dates[found].End, m.Trigger.Start) {
		return -1 // "On Friday, a week after the club's relegation, the coach left"
	}
	if found >= 0 && a.dates[found].End <= m.Trigger.Start && relativeBetween(toks, a.dates[found].End, m.Trigger.Start) {
		return -1 // "named a minister on Friday, ... a week in which his government survived a confidence vote"
	}
	if found >= 0 && a.dates[found].End <= m.Trigger.Start && coordinatedBetween(toks, a.dates[found].End, m.Trigger.Start) {
		return -1 // "The festival runs to Sunday, July 12, and the council said the refit ..."
	}
	if found >= 0 && a.dates[found].Start >= m.Trigger.End &&
		(clauseBetween(toks, asideEnd(toks, m.Trigger.End), a.dates[found].Start) || ownedBetween(toks, m.Trigger.End, a.dates[found].Start) ||
			a.out.Times[found].Tense.CueStart >= m.Trigger.End && relationCue(a.out.Times[found].Tense)) {
		return -1
	}
	return found
}

// closedRelative reports a date at bytes [date, end) inside a relative clause
// (a wh-word: "who ...", "which ...") that a comma closes before byte to: the date
// of that clause, not of what follows it. The clause is read back to its
// wh-word however long it runs ("who sat as a deputy judge until she was
// named presiding judge of the chamber in September,"), up to the comma
// or full stop before it. A clause whose own finite verb stands before the
// date is closed as well by the next finite verb, with no comma between:
// "supporters who stayed at home on Sunday would come out for the second
// round" (Sunday is the staying's, not the round's).
func closedRelative(toks []token, date, end, to int) bool {
	k := sort.Search(len(toks), func(i int) bool { return toks[i].start >= date })
	opened, own := false, false
	for j := k - 1; j >= 0; j-- {
		if toks[j].lower == "," || toks[j].lower == "." {
			break
		}
		if t := toks[j].tag; t == text.WP || t == text.WPS || t == text.WDT {
			opened = true
			break
		}
		own = own || toks[j].tag.IsFinite()
	}
	if !opened {
		return false
	}
	for j := k; j < len(toks) && toks[j].start < to; j++ {
		if toks[j].lower == "," && toks[j].start >= end {
			return true // a comma after the date, not the one inside "Saturday, May 16"
		}
		if own && toks[j].start >= end && (toks[j].lower == ";" || toks[j].tag == text.CC) {
			own = false // "who stayed at home on Sunday and came out": the clause goes on
		}
		if own && toks[j].start >= end && toks[j].tag.IsFinite() {
			return true
		}
	}
	return false
}

// participleAside reports a date whose clause is a participle or a
// relative clause set off by a comma before it (", published on Sunday,",
// ", who was born in 1961,"): the date of that clause, not of the
// sentence's events outside it.
func participleAside(toks []token, tr tense.Result) bool {
	k := tokenAt(toks, tr.CueStart)
	if k <= 0 {
		return false
	}
	if tr.CueEnd == toks[k].end && (toks[k].tag == text.VBN || toks[k].tag == text.VBD) && toks[k-1].lower == "," {
		return true
	}
	// ", who was born in 1961,": a relative clause set off by commas
	w := toks[k-1].lower
	return k >= 2 && (w == "who" || w == "which") && toks[k-2].lower == ","
}

// clauseOpeners open a clause of their own between an event noun and a
// later date: a relative pronoun, a subordinator or a verb of saying.
var clauseOpeners = map[string]bool{
	"who": true, "whom": true, "whose": true, "which": true, "that": true, "where": true, "while": true,
	"because": true, "although": true, "though": true, "if": true, "said": true, "says": true, "told": true,
	"added": true, "when": true,
}

// clauseBetween reports whether a clause opener or a semicolon ("no
// election silence on the debate day; campaigning must stop ... on Friday")
// stands between offsets from and to.
func clauseBetween(toks []token, from, to int) bool {
	i := sort.Search(len(toks), func(k int) bool { return toks[k].start >= from })
	for ; i < len(toks) && toks[i].end <= to; i++ {
		if clauseOpeners[toks[i].lower] || toks[i].lower == ";" || subordinator(toks, i) {
			return true
		}
	}
	return false
}

// subordinator reports a conjunction of time that opens a clause, not a
// phrase: "since she took office in 2023", "after the board voted", not
// "since 2023" or "after the vote".
func subordinator(toks []token, i int) bool {
	switch toks[i].lower {
	case "since", "after", "before", "until", "once":
	default:
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		if toks[k].tag.IsFinite() {
			return true
		}
		if !toks[k].word || toks[k].tag == text.IN {
			return false
		}
	}
	return false
}

// listed reports whether date d opens a list of three dates or more ("on
// Tuesday, April 9, Friday, April 12 and Tuesday, April 16"): what it
// times happens on each of them. Two may be the days of one event ("a
// two-day stoppage on March 4 and 5").
func (a *analyzer) listed(d int) bool {
	return a.joined(d) && a.joined(d+1)
}

// joined reports whether date d is followed by another in a list: only a
// comma, "and" or "or" between them.
func (a *analyzer) joined(d int) bool {
	if d+1 >= len(a.dates) || a.dates[d+1].Start < a.dates[d].End {
		return false
	}
	switch a.src[a.dates[d].End:a.dates[d+1].Start] {
	case ", ", " and ", ", and ", " or ":
		return true
	}
	return false
}

// inAppositive reports whether the date at byte to stands inside a noun
// phrase in apposition right after the event noun ending at from: a comma,
// a determiner, then no verb, comma or clause opener before the date ("the
// fourth stage, a mountain-top finish at Pic d'Aubrac on July 8").
func inAppositive(toks []token, from, to int) bool {
	k := sort.Search(len(toks), func(i int) bool { return toks[i].start >= from })
	if k+1 >= len(toks) || toks[k].lower != "," || !isDeterminer(toks[k+1].lower) {
		return false
	}
	for k += 2; k < len(toks) && toks[k].end <= to; k++ {
		t := toks[k]
		if t.lower == "," || t.tag.IsVerb() || clauseOpeners[t.lower] {
			return false
		}
	}
	return true
}

// apposedParticiple reports a past participle set off by a comma right
// after the noun ending at byte from, whose phrase runs on to the date at
// byte to with no comma, verb or clause between: "the fourth race, sailed
// on Thursday", "the second hearing, held only on May 3", "the first
// mill, opened in the village in 2011". The participle says what befell
// the noun, so its date is the event's; but one of saying, thinking or
// deciding tells when the event was spoken of or settled ("The hearing,
// announced on May 1, ...", "the project, approved on Tuesday, ...").
func apposedParticiple(toks []token, from, to int) bool {
	k := sort.Search(len(toks), func(i int) bool { return toks[i].start >= from })
	if k+2 >= len(toks) || toks[k].lower != "," || toks[k+1].tag != text.VBN && toks[k+1].tag != text.VBD {
		return false // the tagger reads many such participles as past tenses
	}
	if p := toks[k+1].lemma; lex().Is(lexicon.SayingVerbs, p) || lex().Is(lexicon.ThoughtVerbs, p) || lex().Is(lexicon.TargetVerbs, p) {
		return false
	}
	if tokenGap(toks, from, to) > 8 {
		return false
	}
	for k += 2; k < len(toks) && toks[k].end <= to; k++ {
		if n := placeCommas(toks, k); n > 0 {
			k += n - 1 // "held in Lomé, Togo, on Aug. 8": a place and its country
			continue
		}
		if t := toks[k]; t.lower == "," || t.tag.IsVerb() || clauseOpeners[t.lower] {
			return false
		}
	}
	return true
}

// placeCommas returns how many tokens from k make the commas of a place
// written with the larger place that holds it ("in Lomé, Togo," "in Tromsø,
// Norway"): a comma between two names, and the comma that closes the
// second; 0 when toks[k] opens no such pair.
func placeCommas(toks []token, k int) int {
	if k == 0 || k+1 >= len(toks) || toks[k].lower != "," || !toks[k-1].cap || !toks[k+1].cap || !toks[k+1].word ||
		k < 2 || !lex().Is(lexicon.Prepositions, toks[k-2].lower) {
		return 0
	}
	if k+2 < len(toks) && toks[k+2].lower == "," {
		return 3
	}
	return 2
}

// publishedAfter reports a participle of making public right after the
// event noun that ends at from, with only a preposition and adverbs
// before the date at to: "a survey published on Wednesday", "the audit,
// released on Monday,".
func publishedAfter(toks []token, from, to int) bool {
	k := sort.Search(len(toks), func(i int) bool { return toks[i].start >= from })
	if k < len(toks) && toks[k].lower == "," {
		k++
	}
	if k >= len(toks) || toks[k].tag != text.VBN && toks[k].tag != text.VBD || !lex().Is(lexicon.PublicationVerbs, toks[k].lemma) {
		return false
	}
	for k++; k < len(toks) && toks[k].end <= to; k++ {
		if t := toks[k]; t.tag != text.IN && !t.tag.IsAdverb() {
			return false
		}
	}
	return true
}

// coordinatedBetween reports whether a clause with a subject of its own
// (a noun phrase, a pronoun or a number), coordinated after a comma
// ("..., and the council said ..."; "..., but officials expect ...";
// "..., and six reached the final"), or a predicate with a verb of its
// own right after the conjunction (", but would skip the blitz"), or any
// clause after a semicolon, opens between offsets from and to: a date before it times the clause it ends,
// not an event named in the next one. A verb phrase an adverb opens (",
// and then left on his second visit") is read as going on with the first.
func coordinatedBetween(toks []token, from, to int) bool {
	i := sort.Search(len(toks), func(k int) bool { return toks[k].start >= from })
	for ; i+2 < len(toks) && toks[i+2].end <= to; i++ {
		if toks[i].lower == ";" {
			return true // "...; the second launch came in March 2015": a clause of its own
		}
		if toks[i].lower != "," || toks[i+1].tag != text.CC {
			continue
		}
		if n := toks[i+2]; n.tag.IsNoun() || n.tag == text.DT || n.tag == text.PRP || n.tag == text.PRPS || n.tag == text.CD || n.tag == text.MD || n.tag.IsFinite() {
			return true // a clause of its own, or a predicate of its own: "would play on Saturday, Dec. 4, but would skip the blitz"
		}
	}
	return false
}

// asideEnd returns the offset after a relative clause set off by commas
// right after the noun ending at off ("The second of the two launches,
// which will carry a crew to the station, is pencilled in for March
// 2029"): the clause after it is the noun's own. It returns off when no
// such aside follows.
func asideEnd(toks []token, off int) int {
	k := sort.Search(len(toks), func(i int) bool { return toks[i].start >= off })
	if k+1 >= len(toks) || toks[k].lower != "," || toks[k+1].tag != text.WDT && toks[k+1].tag != text.WP {
		return off
	}
	for j := k + 2; j < len(toks); j++ {
		if toks[j].lower == "," {
			return toks[j].end
		}
	}
	return off
}

// relativeDate returns the date of a relative clause that opens right
// after the event noun of m ("a fire which destroyed a warehouse on Sept.
// 8", "the summit, which opens on March 3"), or -1. A clause whose verb
// points elsewhere by meaning ("which was announced on Monday", "which the
// union called off in March") or reports a future ("which would open")
// does not time the event.
func (a *analyzer) relativeDate(toks []token, m *Mention, ds []int, scopes map[int]bool) int {
	j := sort.Search(len(toks), func(k int) bool { return toks[k].start >= m.Trigger.End })
	if j < len(toks) && toks[j].lower == "," {
		j++
		j = skipNamed(toks, j)      // "her second novel, Winter Ferries, which came out in 2016"
		j = skipAppositive(toks, j) // "the second walkout, a 48-hour action that began on Jan. 13"
	}
	if j >= len(toks) || toks[j].lower != "which" && toks[j].lower != "that" {
		return -1
	}
	rel := toks[j]
	for _, d := range ds {
		e, use := a.dates[d], a.out.Times[d]
		if scopes[d] || !e.Resolved || e.Start < rel.end || !use.Adverbial || use.Target || use.Reported || a.out.Times[d].Mention >= 0 {
			continue
		}
		if use.Tense.Cue != "" && use.Tense.CueStart >= e.End && !punctBetween(toks, rel.end, e.Start) {
			// "an attack that hit a block on Sunday killed 14": the date
			// stands inside the subject's relative clause, before its verb.
			return d
		}
		if use.Tense.Cue != "" && use.Tense.CueStart >= rel.end && use.Tense.CueStart < e.Start && tokenGap(toks, rel.end, use.Tense.CueStart) <= 2 {
			if planVerb(use.Tense.Cue) {
				return -1 // "the meeting that he requested last month"
			}
			return d
		}
	}
	return -1
}

// scheduledDate returns the date of a participle of scheduling that
// follows the event noun of m in apposition ("The hearing, set for
// Wednesday, May 13,", "the vote, scheduled for June 2,"): the event's
// own date. It returns -1 otherwise.
func (a *analyzer) scheduledDate(toks []token, m *Mention, ds []int, scopes map[int]bool) int {
	j := sort.Search(len(toks), func(k int) bool { return toks[k].start >= m.Trigger.End })
	if j+2 >= len(toks) || toks[j].lower != "," || toks[j+1].tag == text.VBZ || toks[j+1].tag == text.VBP {
		return -1
	}
	// The tagger may read "set" as a noun here: the verb's lemma decides.
	if l := lex().Lemma(toks[j+1].lower, lexicon.Verb); !lex().Is(lexicon.TargetVerbs, l) || lex().Is(lexicon.SayingVerbs, l) {
		return -1
	}
	if toks[j+2].lower != "for" && toks[j+2].lower != "on" {
		return -1
	}
	return a.dateRightAfter(toks, j+2, ds, scopes)
}

// finerApposed returns the date set beside date d, after a comma and
// perhaps "on", when it is finer and lies within d ("last month, on
// Friday, June 30"): the day the event took place; else d. Two that
// disagree are the relative-absolute rule's to report.
func (a *analyzer) finerApposed(d int, ds []int) int {
	e := a.dates[d]
	for _, k := range ds {
		x := a.dates[k]
		if k == d || !x.Resolved || x.Start < e.End || x.Start > e.End+5 {
			continue
		}
		gap := a.src[e.End:x.Start]
		if (gap == ", " || gap == ", on ") && x.Granularity == dates.GrainDay && e.Granularity != dates.GrainDay &&
			!x.From.Before(e.From) && !x.To.After(e.To) {
			return k
		}
	}
	return d
}

// subjectScheduled returns the date after "for" or "on" that a passive
// verb of scheduling gives the ranked event noun that opens its sentence
// as the subject, past an aside set off by commas ("The second round, aimed at
// children missed in November, is scheduled for February"); -1 otherwise.
func (a *analyzer) subjectScheduled(toks []token, m *Mention, ds []int, scopes map[int]bool) int {
	if m.Ordinal == 0 || m.Headless {
		return -1 // a rank names one instance; "The next launch" may be another
	}
	k := tokenAt(toks, m.Trigger.Start)
	for j := 0; j < k; j++ {
		if t := toks[j]; !isDeterminer(t.lower) && !t.poss && ordinals[t.lower] == 0 && !t.tag.IsAdjective() && !t.tag.IsNoun() {
			return -1 // not the sentence's subject
		}
	}
	if k+1 >= len(toks) || toks[k+1].lower != "," {
		return -1
	}
	for n := k + 2; n+2 < len(toks); n++ {
		if toks[n].lower != "," {
			continue
		}
		be, v := toks[n+1], toks[n+2]
		if !be.tag.IsFinite() || !lex().Is(lexicon.Auxiliaries, be.lower) || n+3 >= len(toks) || toks[n+3].lower != "for" && toks[n+3].lower != "on" {
			return -1
		}
		if l := lex().Lemma(v.lower, lexicon.Verb); !lex().Is(lexicon.TargetVerbs, l) || lex().Is(lexicon.SayingVerbs, l) {
			return -1
		}
		return a.dateRightAfter(toks, n+3, ds, scopes)
	}
	return -1
}

// targetDate returns the date after "for" that a verb of scheduling
// (lexicon class target-verbs) gives the event noun of m, its object,
// past the phrases that complete the noun ("Before rising on Wednesday,
// the judge fixed a hearing on the admissibility of the records for March
// 3"): the event's own date, whatever date the clause's act has. It
// returns -1 otherwise.
func (a *analyzer) targetDate(toks []token, m *Mention, ds []int, scopes map[int]bool) int {
	k := tokenAt(toks, m.Trigger.Start)
	j := k - 1
	for j >= 0 && (isDeterminer(toks[j].lower) || toks[j].poss || toks[j].tag.IsAdjective() || toks[j].tag.IsNoun() || toks[j].tag == text.CD) {
		j--
	}
	if j < 0 || j == k-1 || !toks[j].tag.IsVerb() {
		return -1
	}
	if l := lex().Lemma(toks[j].lower, lexicon.Verb); !lex().Is(lexicon.TargetVerbs, l) || lex().Is(lexicon.SayingVerbs, l) {
		return -1
	}
	for n := k + 1; n < len(toks) && n <= k+16; n++ {
		t := toks[n]
		if !t.word && t.lower != "'s" || t.tag.IsFinite() || clauseOpeners[t.lower] {
			return -1
		}
		if t.lower == "for" {
			return a.dateRightAfter(toks, n, ds, scopes)
		}
	}
	return -1
}

// skipAppositive returns the index of "that" or "which" after an
// indefinite noun phrase in apposition that starts at toks[j] ("a 48-hour
// action that began ..."), or j when none stands there.
func skipAppositive(toks []token, j int) int {
	if j >= len(toks) || toks[j].lower != "a" && toks[j].lower != "an" {
		return j
	}
	for k := j + 1; k < len(toks) && k <= j+5; k++ {
		switch {
		case toks[k].lower == "that" || toks[k].lower == "which":
			if toks[k-1].tag.IsNoun() {
				return k
			}
			return j
		case !toks[k].word && toks[k].lower != "-":
			return j
		}
	}
	return j
}

// titleWords may stand in lower case inside a title ("Lanterns at Vey",
// "The House of Spirits").
var titleWords = map[string]bool{"of": true, "the": true, "at": true, "in": true, "on": true, "and": true, "a": true, "an": true, "for": true, "to": true}

// afterName reports a date right after the name a noun ending at byte end
// is given in apposition: "her first novel, The Lantern Weir, in 2018".
// The date's preposition is the only word between.
func afterName(toks []token, end, date int) bool {
	j := sort.Search(len(toks), func(k int) bool { return toks[k].start >= end })
	if j >= len(toks) || toks[j].lower != "," {
		return false
	}
	k := skipNamed(toks, j+1)
	r := k
	for r < len(toks) && r < k+3 && !toks[r].word {
		r++ // past the comma and the closing quote: `"Harmattan Letters,"`
	}
	if k > j+1 && r+1 < len(toks) && releaseWord(toks[r]) {
		// "her second novel, "Harmattan Letters," published in 2011": the
		// work's name, then the participle of its release and its date.
		return tokenGap(toks, toks[r].end, date) == 1
	}
	return k > j+1 && tokenGap(toks, toks[k-1].end, date) == 1
}

// skipNamed returns the index after a name in apposition that starts at
// toks[j] and ends at a comma ("Winter Ferries,"), or j when none does.
func skipNamed(toks []token, j int) int {
	if j < len(toks) && isQuoteMark(toks[j].lower) {
		// "her second album, "Ọjà Blues," which came out in 2017": a
		// quoted title, its comma inside or after the closing mark.
		for k := j + 1; k < len(toks) && k <= j+12; k++ {
			if isQuoteMark(toks[k].lower) {
				if k+1 < len(toks) && toks[k+1].lower == "," {
					return k + 2
				}
				if toks[k-1].lower == "," {
					return k + 1
				}
				return j
			}
		}
		return j
	}
	k := j
	for k < len(toks) && k < j+6 && toks[k].word && (toks[k].cap || titleWords[toks[k].lower]) {
		k++
	}
	if k > j && toks[j].cap && k < len(toks) && toks[k].lower == "," {
		return k + 1
	}
	return j
}

// isQuoteMark reports a token that opens or closes a quotation.
func isQuoteMark(w string) bool {
	switch w {
	case "\"", "“", "”", "‘", "’", "``", "''":
		return true
	}
	return false
}

// yearName reports whether a date written before an event noun names
// which instance of a recurring event is meant rather than dating one
// already known: a year or a month written out, as in "the 2020
// election", "the 2024 Olympics" or "the February strike".
func yearName(e dates.Expr) bool {
	if e.Granularity == "month" {
		return lex().Is(lexicon.Months, strings.ToLower(text.FirstField(e.Text)))
	}
	return e.Granularity == "year" && !e.Relative
}

// possEnd reports whether the word ending at off carries a possessive
// ("Sunday's").
func possEnd(toks []token, off int) bool {
	for _, t := range toks {
		if t.end == off+len("'s") || t.end == off+len("’s") {
			return t.poss
		}
	}
	return false
}

// onsetVerb reports a form of a verb that says when an event starts
// (lexicon class onset-verbs: "opens", "began", "was sparked").
func onsetVerb(w string) bool {
	return w != "" && lex().Is(lexicon.OnsetVerbs, lex().Lemma(w, lexicon.Verb))
}

// startCue reports whether the verb group that times a date ends in a
// verb of starting ("is set to open", "began").
func startCue(tr tenseResult) bool {
	return onsetVerb(lastVerb(tr.Cue))
}

// objectOnset reports whether the event noun of m is the object of a verb
// of starting that its date times, with at most a determiner and
// modifiers between: "began a 12-day strike on Monday, June 8", "opened
// the inquiry on March 3". The date is the event's start.
func objectOnset(toks []token, m *Mention, tr tenseResult) bool {
	if tr.Cue == "" || tr.CueEnd > m.Trigger.Start {
		return false
	}
	if !startCue(tr) {
		return false
	}
	if i := tokenAt(toks, m.Trigger.Start); i >= 0 && i+1 < len(toks) && toks[i+1].lower == "to" && toks[i+1].tag != text.TO {
		return false // "opened the campaign to all adults in July": widened it, not began it
	}
	n := 0
	for _, t := range toks {
		if t.start < tr.CueEnd || t.start >= m.Trigger.Start {
			continue
		}
		if !t.word || t.tag.IsVerb() || t.tag == text.IN || t.tag == text.TO {
			return false
		}
		n++
	}
	return n <= 4
}

// infinitiveOnset reports an event noun right before "to" and a verb of
// starting, the date after them ("set the retrial to open on Monday,
// April 20", "expects the hearing to begin on May 3"): the date is the
// event's start.
func infinitiveOnset(toks []token, m *Mention, date int) bool {
	i := tokenAt(toks, m.Trigger.Start)
	return i >= 0 && i+2 < len(toks) && toks[i+1].lower == "to" && onsetVerb(toks[i+2].lower) && toks[i+2].end <= date
}

// onsetPreps may open the phrase between an event noun and its verb of
// starting: "the trial of a former minister is set to open".
var onsetPreps = map[string]bool{"of": true, "in": true, "at": true, "against": true, "over": true, "for": true}

// onset reports whether the event noun of m is the subject of a verb of
// starting that its date times: "the trial of a former minister is set to
// open on Jan. 14", "when the trial begins Jan. 15". Two such dates for one
// event are two dates for its start, as comparable as dates on the noun.
func onset(toks []token, m *Mention, tr tenseResult) bool {
	if onsetVerb(lastVerb(tr.Cue)) && cueSubject(toks, m, tr) {
		return true
	}
	// "The fire broke out on Saturday": a phrasal verb of starting (lexicon
	// class starting-phrasals) starts its subject too.
	j := sort.Search(len(toks), func(k int) bool { return toks[k].start >= tr.CueEnd })
	if j >= len(toks) {
		return false
	}
	return particles[toks[j].lower] && lex().Is(lexicon.StartingPhrasals, lex().Lemma(lastVerb(tr.Cue), lexicon.Verb)+" "+toks[j].lower) &&
		cueSubject(toks, m, tr)
}

// endVerbs say when an event ends: "the race ends on Sunday", "the
// festival closed on Monday".
var endVerbs = map[string]bool{
	"end": true, "ends": true, "ended": true, "finish": true, "finishes": true, "finished": true,
	"conclude": true, "concludes": true, "concluded": true, "close": true, "closes": true, "closed": true,
}

// endedObject reports an event noun that is the object of a verb of
// ending in any form, its phrase between ("returned to work on Monday,
// ending a five-day strike", "a deal that ended the long dispute", "voted
// to end the blockade"): a date of that clause is the event's end.
func endedObject(toks []token, m *Mention) bool {
	n := 0
	for i := tokenAt(toks, m.Trigger.Start) - 1; i >= 0; i-- {
		t := toks[i]
		if t.tag.IsVerb() {
			// a determiner opens the object: "a closed hearing" is none
			return endVerbs[t.lemma] && i+1 < len(toks) && (isDeterminer(toks[i+1].lower) || toks[i+1].tag == text.PRPS)
		}
		if n++; n > 4 || !t.word && t.lower != "-" || t.tag == text.IN || t.tag == text.TO {
			return false
		}
	}
	return false
}

// ending reports a date that times a verb of ending whose subject is the
// event noun of m ("The race ends on Sunday, September 8"): the event's
// end, no date of the event itself.
func ending(toks []token, m *Mention, tr tenseResult) bool {
	if !subjectOfCue(toks, m, tr, endVerbs) {
		return false
	}
	j := sort.Search(len(toks), func(k int) bool { return toks[k].start >= tr.CueEnd })
	// "The June 9 examination closed one lane": a verb with an object
	// ends no event.
	return j >= len(toks) || toks[j].tag != text.CD && toks[j].tag != text.NN && toks[j].tag != text.NNS
}

// subjectOfCue reports whether the verb group tr, headed by one of verbs,
// has the event noun of m for its subject, with at most a phrase between.
func subjectOfCue(toks []token, m *Mention, tr tenseResult, verbs map[string]bool) bool {
	return verbs[lastVerb(tr.Cue)] && cueSubject(toks, m, tr)
}

// cueSubject reports whether the verb group tr has the event noun of m for
// its subject, with at most a phrase between.
func cueSubject(toks []token, m *Mention, tr tenseResult) bool {
	if tr.Cue == "" || tr.CueStart < m.Trigger.End {
		return false
	}
	i := sort.Search(len(toks), func(k int) bool { return toks[k].start >= m.Trigger.End })
	if m.Tense.CueStart != tr.CueStart && !verbNext(toks, i, tr.CueStart) {
		return false // the noun's clause is another than the date's, unless the verb follows it: "since the walkout began on Nov. 29"
	}
	if i > 0 && toks[i-1].poss {
		return false // "the summit's second day begins": not the summit
	}
	if i < len(toks) && toks[i].end <= tr.CueStart && !onsetPreps[toks[i].lower] {
		return false // only a phrase "of ...", "in ..." may stand between
	}
	n := 0
	for ; i < len(toks) && toks[i].end <= tr.CueStart; i++ {
		if !toks[i].word || clauseOpeners[toks[i].lower] || triggers[toks[i].lower].kind != "" {
			return false
		}
		n++
	}
	j := sort.Search(len(toks), func(k int) bool { return toks[k].start >= tr.CueEnd })
	if j < len(toks) && (isDeterminer(toks[j].lower) || toks[j].lower == "his" || toks[j].lower == "her" || toks[j].poss) {
		return false // "the festival begins its second week": an object, not the start
	}
	return n <= 8
}

// fineScope are the granularities of a scope that also dates its ordinal.
var fineScope = map[string]bool{"day": true, "week": true, "month": true, "season": true}

// planVerbs arrange an event at another time than their own: the date of
// "the meeting that he requested last month" is the request's.
var planVerbs = map[string]bool{
	"requested": true, "request": true, "requests": true, "sought": true, "seek": true, "seeks": true,
	"demanded": true, "demand": true, "demands": true, "organized": true, "organised": true, "arranged": true,
	"convened": true, "wanted": true, "hoped": true, "announced": true, "announces": true, "proposed": true,
	"proposes": true, "planned": true, "plans": true, "scheduled": true, "set": true, "approved": true,
	"called": true, "ordered": true, "booked": true, "postponed": true, "delayed": true, "cancelled": true,
	"canceled": true, "agreed": true, "urged": true, "asked": true, "promised": true, "pledged": true,
}

// planVerb reports whether a verb group ends in a verb of planning.
func planVerb(cue string) bool {
	return planVerbs[lastVerb(cue)]
}

// refWords before an event noun make it the reference point of another
// time: "a day after the vote", "before the summit", "since her first
// album".
var refWords = map[string]bool{
	"after": true, "before": true, "since": true, "until": true, "till": true, "following": true,
	"preceding": true, "ahead": true, "prior": true,
}

// refPoint reports whether the noun phrase of m follows a word that makes
// it the reference point of another time, so that a date of its clause
// does not time it: "resigned on Monday, a day after the vote".
func refPoint(toks []token, m *Mention) bool {
	if !m.Noun {
		return false
	}
	i := sort.Search(len(toks), func(k int) bool { return toks[k].start >= m.Trigger.Start })
	if i+1 < len(toks) && toks[i+1].tag.IsFinite() {
		// "since the flood began on Oct. 14": the noun is the subject of a
		// clause the word opens, whose date times it.
		return false
	}
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		w := toks[k]
		if refWords[w.lower] || (w.lower == "of" || w.lower == "to") && k > 0 && refWords[toks[k-1].lower] {
			return true
		}
		if !w.word || !(w.cap || w.poss || isDeterminer(w.lower) || isPersonPronoun(w.lower) || ordinals[w.lower] > 0 || isDigits(w.lower) || modifierNoun(w)) {
			return false
		}
	}
	return false
}

// releaseDated reports whether a release verb stands right before date e
// or its preposition: "released in 2016", "came out in 2014".
func releaseDated(toks []token, e dates.Expr) bool {
	p := sort.Search(len(toks), func(k int) bool { return toks[k].end > e.Start }) - 1
	if p >= 0 && timePreps[toks[p].lower] {
		p--
	}
	return p >= 0 && releaseWord(toks[p])
}

// releaseWord reports a verb (or the "out" of "came out") that dates a
// work by its release: the lexicon's release verbs.
func releaseWord(t token) bool {
	return lex().Is(lexicon.ReleaseVerbs, t.lower) || t.tag.IsVerb() && lex().Is(lexicon.ReleaseVerbs, t.lemma)
}

// punctBetween reports whether a punctuation token stands between offsets
// from and to.
func punctBetween(toks []token, from, to int) bool {
	i := sort.Search(len(toks), func(k int) bool { return toks[k].start >= from })
	for ; i < len(toks) && toks[i].end <= to; i++ {
		if !toks[i].word && toks[i].lower != "." {
			return true
		}
	}
	return false
}

// sayingForm reports a form of a verb of saying ("said", "tells",
// "confirmed"), from the lexicon.
func sayingForm(w string) bool {
	l := lex()
	return w != "" && l.Is(lexicon.SayingVerbs, l.Lemma(w, lexicon.Verb))
}

// saidOf reports an event noun that "of", "about" or "on" makes the
// matter of a verb of saying before it ("had warned of the storm last
// week", "spoke about the strike on Monday"): a date right after it may
// time the saying, and the clause's verb decides.
func saidOf(toks []token, m *Mention) bool {
	k := tokenAt(toks, m.Trigger.Start)
	for j := k - 1; j >= 1 && j >= k-4; j-- {
		switch toks[j].lower {
		case "of", "about", "on":
			v := toks[j-1]
			return v.tag.IsVerb() && sayingForm(v.lower)
		}
		if !toks[j].word || toks[j].tag.IsVerb() {
			return false
		}
	}
	return false
}

// ownCue reports a verb mention that is itself its clause's verb: a verb
// that can report speech but names the act here ("recalled 28,000 packs
// on June 2"), which the clause's date times.
func ownCue(m *Mention, t tense.Result) bool {
	return !m.Noun && t.CueStart <= m.Trigger.Start && m.Trigger.End <= t.CueEnd
}

// audience reports an event noun that is the object of the verb of
// saying t heads ("told a hearing of the science committee on Tuesday",
// "addressed a rally on Sunday"): the saying takes place at the event, so
// the clause's date is the event's too.
func audience(toks []token, m *Mention, t tense.Result) bool {
	if !m.Noun || t.CueEnd <= t.CueStart || m.Trigger.Start < t.CueEnd {
		return false
	}
	v, k := tokenAt(toks, t.CueEnd-1), tokenAt(toks, m.Trigger.Start)
	return v >= 0 && k >= 0 && objectAt(toks, v, k)
}

// actCue reports whether the verb group t heads is read as an act of m's
// kind, not as saying: "recalled 86,000 boxes on Monday, its second
// recall this year" (a verb that can report speech, read as an act for
// its object), whose date is the noun's that renames it.
func actCue(ms []Mention, m *Mention, t tense.Result) bool {
	for i := range ms {
		if v := &ms[i]; !v.Noun && v != m && v.Kind == m.Kind && ownCue(v, t) {
			return true
		}
	}
	return false
}

// reportVerb reports whether a verb group is headed by a verb of saying.
func reportVerb(cue string) bool {
	for cue != "" {
		w := cue
		if k := strings.IndexByte(cue, ' '); k >= 0 {
			w, cue = cue[:k], cue[k+1:]
		} else {
			cue = ""
		}
		if sayingForm(strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// pastScope returns the end of m's trigger, or of the date that scopes
// its ordinal right after it ("The first flood this year"): where a
// phrase set beside the noun may begin.
func (a *analyzer) pastScope(toks []token, m *Mention) int {
	if m.Scope >= 0 {
		if sc := a.dates[m.Scope]; sc.Start >= m.Trigger.End && tokenGap(toks, m.Trigger.End, sc.Start) == 0 {
			return sc.End
		}
	}
	return m.Trigger.End
}

// possessiveDate reports a date written as an owner ("Wednesday's
// climb"): it dates the noun after it.
func possessiveDate(toks []token, e dates.Expr) bool {
	i := sort.Search(len(toks), func(k int) bool { return toks[k].end >= e.End })
	return i < len(toks) && toks[i].poss
}

// infinitiveBetween reports "to" and a base verb between bytes from and
// to: a date after an infinitive times the infinitive's act ("voted to
// strike next month", "agreed to meet on Friday"), not the verb before it.
func infinitiveBetween(toks []token, from, to int) bool {
	k := sort.Search(len(toks), func(i int) bool { return toks[i].start >= from })
	for ; k+1 < len(toks) && toks[k+1].end <= to; k++ {
		if toks[k].lower == "to" && toks[k+1].tag == text.VB {
			return true
		}
	}
	return false
}

// nounInfinitiveBetween reports "to" and a base verb between bytes from
// and to that complete a noun other than the one at from, past an aside
// on it ("a plan to double revenue", "Park's plan, announced last year,
// to double revenue"): a date after them times what the noun proposes.
// Not the event's own verb ("is set to open on April 2").
func nounInfinitiveBetween(toks []token, from, to int) bool {
	k := sort.Search(len(toks), func(i int) bool { return toks[i].start >= from })
	for ; k+1 < len(toks) && toks[k+1].end <= to; k++ {
		if toks[k].lower != "to" || toks[k+1].tag != text.VB || k == 0 {
			continue
		}
		j := k - 1
		if toks[j].lower == "," {
			// past an aside set off by commas: the noun before it
			for j--; j >= 0 && toks[j].lower != ","; j-- {
			}
			j--
		}
		return j >= 0 && toks[j].start >= from && toks[j].tag.IsNoun() && lex().Is(lexicon.ProspectiveNouns, toks[j].lemmaOr())
	}
	return false
}

// commaAfter reports a comma as the token that starts at or right after
// byte off.
func commaAfter(toks []token, off int) bool {
	i := sort.Search(len(toks), func(k int) bool { return toks[k].start >= off })
	return i < len(toks) && toks[i].lower == ","
}

// verbNext reports the verb group at byte cue starting at toks[i], past
// adverbs: the noun before toks[i] is its subject.
func verbNext(toks []token, i, cue int) bool {
	for i < len(toks) && toks[i].tag.IsAdverb() {
		i++
	}
	return i < len(toks) && toks[i].start == cue
}

// relativeOnset reports a date in a relative clause on the event noun whose
// verb starts the event ("the outbreak, which began in November"): it
// dates the event's start, not the whole event.
func relativeOnset(toks []token, m *Mention, dateStart int) bool {
	i := sort.Search(len(toks), func(k int) bool { return toks[k].start >= m.Trigger.End })
	if i < len(toks) && toks[i].lower == "," {
		i++
	}
	if i+1 >= len(toks) || toks[i].lower != "which" && toks[i].lower != "that" {
		return false
	}
	return onsetVerb(toks[i+1].lower) && toks[i+1].end <= dateStart
}

// apposedAfterOf reports a date in apposition right after the "of"
// phrase that follows an event noun ending at byte end: "the second
// round of mediation, on May 7,".
// timeClauseBetween reports a word of time ("after", "before", "when",
// "since", "until") and then a finite verb between bytes from and to: the
// date after them times that clause's verb, not a noun before it.
func timeClauseBetween(toks []token, from, to int) bool {
	opened, verb := false, false
	for _, t := range toks {
		if t.start < from || t.end > to {
			continue
		}
		switch {
		case t.lower == "," || t.lower == ";":
			opened, verb = false, false // the clause closed: "after agents complained, was conducted on May 30"
		case temporalSubordinators[t.lower] || t.lower == "since":
			opened = true
		case opened && t.tag.IsFinite():
			verb = true
		}
	}
	return verb
}

// ofPhraseEnd returns the byte end of the "of" phrase right after byte end
// ("round of talks"), or end when there is none.
func ofPhraseEnd(toks []token, end int) int {
	k := sort.Search(len(toks), func(i int) bool { return toks[i].start >= end })
	if k >= len(toks) || toks[k].lower != "of" {
		return end
	}
	j := k + 1
	for j < len(toks) && j <= k+5 && (isDeterminer(toks[j].lower) || toks[j].poss || toks[j].tag.IsAdjective() || toks[j].tag.IsNoun()) {
		j++
	}
	if j == k+1 {
		return end
	}
	return toks[j-1].end
}

func apposedAfterOf(toks []token, end int, e dates.Expr, use TimeUse) bool {
	k := sort.Search(len(toks), func(i int) bool { return toks[i].start >= end })
	if k >= len(toks) || toks[k].lower != "of" {
		return false
	}
	j := k + 1
	for j < len(toks) && j <= k+5 && (isDeterminer(toks[j].lower) || toks[j].poss || toks[j].tag.IsAdjective() || toks[j].tag.IsNoun()) && toks[j].start < e.Start {
		j++
	}
	if j == k+1 || j >= len(toks) {
		return false
	}
	ofEnd := toks[j-1].end
	return apposedGap(toks, ofEnd, e, use) && commaAfter(toks, ofEnd) && commaAfter(toks, e.End)
}

// apposedGap reports a date right after the comma that follows an event
// noun ending at end: with its preposition ("the first round, on Feb.
// 24"), or a date named from now without one ("the first inspection,
// last November").
func apposedGap(toks []token, end int, e dates.Expr, use TimeUse) bool {
	gap := tokenGap(toks, end, e.Start)
	return use.Prep != "" && gap == 2 || use.Prep == "" && e.Relative && gap == 1
}

// referencePhrase reports a word of reference ("after", "before",
// "since": refWords) between bytes from and to, with a word of its own phrase between it and to ("after
// Kernholm in 2024", "after his victory in Tuesday's stage") and no verb
// between: the date at to times what that phrase names, an event before
// or after a ranked one, not the ranked one.
func referencePhrase(toks []token, from, to int) bool {
	k := sort.Search(len(toks), func(i int) bool { return toks[i].start >= from })
	for n := 0; k < len(toks) && toks[k].end <= to && n < 30; k, n = k+1, n+1 {
		t := toks[k]
		if t.tag.IsFinite() {
			return false
		}
		if refWords[t.lower] && k+1 < len(toks) && toks[k+1].end < to {
			return true
		}
	}
	return false
}

// inReferencePhrase reports a word that makes what follows it a reference
// point ("after", "before", "since") between bytes from and to, with no
// punctuation between it and to: a noun at to stands inside the phrase or
// clause it opens ("on Wednesday, two days after Labour won the council
// election"), whose time is not that of a date before it.
func inReferencePhrase(toks []token, from, to int) bool {
	i := sort.Search(len(toks), func(k int) bool { return toks[k].start >= from })
	in := false
	for k := i; k < len(toks) && toks[k].end <= to; k++ {
		switch {
		case refWords[toks[k].lower]:
			in = true
		case !toks[k].word && toks[k].lower != "'s" && toks[k].lower != "-":
			in = false
		}
	}
	return in
}
