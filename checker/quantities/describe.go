package quantities

import (
	"slices"
	"strings"

	"github.com/copydesk/copydesk/checker/lexicon"
	"github.com/copydesk/copydesk/checker/text"
)

// approxWords maps the hedge written before a number to its meaning; the
// key is the hedge's words, nearest first. The comparatives before "than"
// ("more than", "fewer than") come from the lexicon (hedge-comparatives).
var approxWords = withComparatives(map[string]Approx{
	"about": About, "around": About, "roughly": About, "approximately": About, "some": About,
	"estimated": About, "approx": About, "circa": About, "nearly": Nearly, "almost": Nearly,
	"under": AtMost, "below": AtMost, "over": AtLeast, "above": AtLeast, "exceeding": AtLeast,
	"least at": AtLeast,
	"most at":  AtMost, "to up": AtMost, "of upwards": AtLeast, "to close": Nearly,
	"under just": Nearly, "over just": AtLeast, "shy just": Nearly,
	"many as": AtMost, "much as": AtMost,
})

// withComparatives adds to hedges each comparative that with "than"
// hedges a figure, keyed nearest word first ("than more"), with the bound
// the lexicon gives it.
func withComparatives(hedges map[string]Approx) map[string]Approx {
	lx := lexicon.Default()
	for _, w := range lx.Words(lexicon.HedgeComparatives) {
		hedges["than "+w] = Approx(lx.Value(lexicon.HedgeComparatives, w))
	}
	return hedges
}

// stopWords end a counted noun phrase.
var stopWords = map[string]bool{
	"of": true, "in": true, "for": true, "to": true, "and": true, "or": true, "but": true,
	"that": true, "which": true, "who": true, "whom": true, "was": true, "were": true, "is": true,
	"are": true, "be": true, "been": true, "has": true, "have": true, "had": true, "will": true,
	"would": true, "could": true, "should": true, "may": true, "might": true, "on": true,
	"at": true, "by": true, "from": true, "with": true, "as": true, "than": true, "per": true,
	"a": true, "an": true, "the": true, "this": true, "each": true, "since": true, "after": true,
	"before": true, "over": true, "under": true, "during": true, "into": true, "last": true,
	"next": true, "ago": true, "more": true, "less": true, "when": true, "while": true,
	"said": true, "says": true, "say": true, "its": true, "their": true, "his": true, "her": true,
	"if": true, "so": true, "not": true, "never": true, "already": true, "also": true, "still": true,
	"it": true, "he": true, "she": true, "we": true, "they": true, "you": true, "i": true, "did": true, "do": true, "does": true, "can": true,
	"against": true, "about": true, "out": true, "up": true, "down": true, "among": true,
	"earlier": true, "later": true, "apiece": true, "each.": true, "then": true, "now": true,
	"died": true, "die": true, "dies": true, "fled": true, "rose": true, "fell": true,
	"went": true, "came": true, "left": true, "voted": true, "won": true, "lost": true,
	"took": true, "got": true, "remain": true, "remained": true, "stood": true, "signed": true,
	"there": true, "here": true, "where": true, "these": true, "those": true, "all": true,
	"both": true, "away": true, "old": true, "backed": true, "supported": true, "opposed": true,
	"favoured": true, "favored": true, "chose": true, "preferred": true, "approved": true,
	"rejected": true, "abstained": true,
	// Verbs that often follow a counted noun: "the $1.5 billion fund opens".
	"opens": true, "closes": true, "begins": true, "starts": true, "ends": true,
	"includes": true, "covers": true, "remains": true, "goes": true, "comes": true,
	"makes": true, "takes": true, "gives": true, "shows": true, "means": true, "needs": true,
	"helps": true, "allows": true, "pays": true, "costs": true, "runs": true, "stands": true,
	"holds": true, "seems": true, "appears": true, "expires": true, "affects": true,
	"faces": true, "plans": true, "aims": true, "seeks": true, "wants": true, "offers": true,
	"provides": true, "requires": true, "reaches": true, "continues": true, "marks": true,
	"follows": true, "leads": true, "brings": true, "lasts": true, "stays": true, "gets": true,
	"becomes": true, "looks": true, "lets": true, "sets": true, "puts": true, "keeps": true,
}

// classOfVerb maps what happened to counted people to a class.
var classOfVerb = map[string]string{
	"died": "dead", "killed": "dead", "dead": "dead", "perished": "dead", "drowned": "dead",
	"injured": "injured", "wounded": "injured", "hurt": "injured",
	"arrested": "arrested", "detained": "arrested", "evacuated": "evacuated",
	"missing": "missing", "rescued": "rescued", "displaced": "displaced",
}

// CasualtyClass returns the state a casualty verb or adjective puts
// people or things in ("killed", "drowned" and "dead" are the dead;
// "wounded" the injured), or "" for another word.
func CasualtyClass(w string) string { return casualtyClass(w) }

// casualtyClass returns the class of classOfVerb for a verb in any form
// ("injuring", "injures", "injured"), or "".
func casualtyClass(v string) string {
	if c := classOfVerb[v]; c != "" {
		return c
	}
	lx := lexicon.Default()
	l := lx.Lemma(v, lexicon.Verb)
	if l == "" || l == v && !strings.HasSuffix(v, "ing") {
		return ""
	}
	for w, c := range classOfVerb {
		if lx.Lemma(w, lexicon.Verb) == l {
			return c
		}
	}
	return ""
}

// classOfNoun maps counted nouns that name a class by themselves.
var classOfNoun = map[string]string{
	"victim": "dead", "death": "dead", "fatality": "dead", "dead": "dead", "body": "dead",
	"injured": "injured", "injury": "injured", "wounded": "injured",
	"arrest": "arrested", "evacuee": "evacuated",
}

// qualWords set a quantity apart from others of its class.
var qualWords = map[string]bool{
	"new": true, "another": true, "additional": true, "extra": true, "remaining": true,
	"other": true, "first": true, "second": true, "third": true, "final": true, "initial": true,
	"original": true, "revised": true, "previous": true, "further": true, "annual": true,
	"total": true, "last": true, "next": true, "earlier": true, "later": true, "current": true,
	"proposed": true, "planned": true, "former": true, "separate": true, "similar": true,
	"each": true, "per": true, "a": true, "every": true, "same": true, "more": true,
	"combined": true, "overall": true, "monthly": true, "yearly": true, "daily": true,
	"weekly": true, "average": true,
}

// changeWords before "to", "from" or "by" make a figure a change.
var changeWords = map[string]bool{
	"rose": true, "risen": true, "rising": true, "rises": true, "fell": true, "fallen": true,
	"falling": true, "falls": true, "increased": true, "increase": true, "decreased": true,
	"climbed": true, "jumped": true, "dropped": true, "revised": true, "raised": true,
	"cut": true, "lowered": true, "grew": true, "grown": true, "reduced": true, "soared": true,
	"slipped": true, "declined": true, "doubled": true, "up": true, "down": true, "from": true,
	"climbing": true, "reaching": true, "reached": true, "swelled": true, "increasing": true,
	"expanded": true, "shrank": true, "plunged": true, "surged": true, "boosted": true,
	"bringing": true, "taking": true, "lifting": true, "pushing": true, "topping": true,
	"raising": true, "cutting": true, "lowering": true, "reducing": true, "brought": true,
	"brings": true, "bring": true, "takes": true, "lifts": true, "pushes": true,
}

// changeNear reports a word of change one to three words before the
// preposition before[0], within its phrase: "rose to 14", "was cut by
// 3%". A comma closes the phrase: in "raising the wage by 9% from March,
// by 212 votes to 148" the tally is no change.
func changeNear(before []tok) bool {
	for k := 1; k <= 3 && phraseReaches(before, k); k++ {
		if changeWords[word(before, k)] {
			return true
		}
	}
	return false
}

// phraseReaches reports whether no comma stands between the figure and
// before[k].
func phraseReaches(before []tok, k int) bool {
	for j := 0; j < k && j < len(before); j++ {
		if before[j].w == "," {
			return false
		}
	}
	return true
}

// aroundAfterParticiple reports "around" at before[i] right after a past
// participle that is no word of change: a preposition, not a hedge
// ("organised around five wings", "built around two courtyards"; but
// "has risen around 5%").
func (sc *scanner) aroundAfterParticiple(before []tok, i int) bool {
	if word(before, i) != "around" || i+1 >= len(before) {
		return false
	}
	v := before[i+1]
	return sc.tagIs(v.start, text.VBN) && !changeWords[v.lower()]
}

// describe fills the context of a number: hedge, determiner, counted
// noun, class, qualifiers and whether it reports a change.
func (sc *scanner) describe(q *Quantity) {
	q.Text = sc.s[q.Start:q.End]
	q.Sentence = sc.sentence(q.Start)
	if q.clock {
		q.Noun, q.Class, q.NounSpan = "second", "second", Span{Start: q.Start, End: q.End}
		return
	}
	lo, hi := sc.bounds(q.Start)
	before := sc.prevN(sc.pb[:0], q.Start, lo, 5)
	after := sc.nextN(sc.nb[:0], sc.pastConversion(*q, hi), hi, 6)

	// Hedge and determiner.
	i := 0
	if i < len(before) && before[i].w == "$" {
		i++
	}
	if a, ok := approxWords[word(before, i)+" "+word(before, i+1)]; ok && q.Approx == Exact {
		q.Approx = a
		i += 2
	} else if a, ok := approxWords[word(before, i)]; ok && q.Approx == Exact && !sc.aroundAfterParticiple(before, i) {
		if !(word(before, i) == "some" && q.Kind == Year) {
			q.Approx = a
			i++
		}
		if word(before, i) == "an" && word(before, i-1) == "estimated" {
			i++
		}
	}
	if w := word(before, i); w == "only" || w == "just" {
		q.Qualifier = w
		i++
	}
	if w := word(before, i); w == "another" || w == "remaining" || lexicon.Default().Is(lexicon.AdditionWords, w) || w == "other" || w == "first" || w == "last" || w == "next" || w == "final" || w == "previous" || w == "new" || w == "past" || w == "coming" {
		q.Qualifier = w
		q.Added = lexicon.Default().Is(lexicon.AdditionWords, w)
		i++
	}
	if q.Qualifier == "" && beatenBefore(before[i:]) {
		// "beating the record of 63.90 metres that Kuusela set in 2019":
		// the figure a contest overtook is the one before, no restatement
		// of the new one.
		q.Qualifier = "beaten"
	}
	if lexicon.Default().Is(lexicon.WholeWords, word(before, i)) && word(before, i+1) == "the" {
		i++ // "the full 4.3 million crowns": the whole of a figure told before
	} else if i+1 < len(before) && word(before, i+1) == "the" && !before[i].isCap() && sc.tagIs(before[i].start, text.JJ) {
		i++ // "the national 14.8 percent success rate": a plain adjective inside the noun phrase
	}
	switch word(before, i) {
	case "the", "those", "these", "all", "both":
		// "more than the 290 millimetres the district normally receives":
		// the standard a comparison measures against, no figure told before.
		q.Definite = word(before, i+1) != "than"
		q.whole = word(before, i) == "all" || word(before, i) == "both"
	case "its", "their", "our", "whose":
		// "Its 168 turbines would stand ...", "told our 381 workers" in a
		// quote: the things the owner just named, as "the" would point
		// back to them; not the whole of a part ("won 25 of its 38 games").
		// "whose" owns as they do: "The 27-year-old, whose 21 league
		// goals made him ...".
		q.Definite = word(before, i+1) != "of"
	case "his", "her":
		// "scored 7 points from his nine games": one person's share of a
		// set, set apart from the whole ("Of the 45 games"); not "awarded
		// her $3.5 million", an object.
		if sc.tagIs(before[i].start, text.PRPS) {
			addQualifier(q, word(before, i))
		}
	case "of":
		// "The sale of 570,000 shares", "the loss of 200 jobs": the
		// figure of an act already named.
		// "the list of 4,700 patients", "the crowd of 16,000": a group
		// or record already named holds them.
		q.Definite = word(before, i+2) == "the" && i+1 < len(before) && before[i+1].isWord() &&
			(lexicon.Default().EventClass(word(before, i+1)) != "" || holder(word(before, i+1)))
	default:
		// "the glassworks' 1,520 employees", "the hospital's 430 beds":
		// owned by a thing the copy named with "the".
		w, j := word(before, i), i+1
		if (w == "'" || w == "’") && strings.HasSuffix(word(before, i+1), "s") {
			w, j = word(before, i+1)+"'", i+2 // "the glassworks' 1,520"
		}
		for j < len(before) && before[j].isCap() && before[j].isWord() && word(before, j) != "the" {
			j++ // "the Lhota district's 69,000 residents": a name before the owner's common noun
		}
		if i < len(before) && !before[i].isCap() && (possessive(w) < len(w) || strings.HasSuffix(w, "s'")) && word(before, j) == "the" {
			q.Definite = true
			if o := i + 1; (word(before, i) == "'" || word(before, i) == "’") && o < len(before) && before[o].isCap() {
				// "the Conservatives' nine members": a named owner sets
				// its members apart from another's ("the Labour Party's
				// 11 councillors").
				addQualifier(q, strings.TrimSuffix(word(before, o), "'"))
			}
		}
	}
	if year := sc.yearAround(before, after); year != "" {
		addQualifier(q, year)
	}
	// A change: "rose to 14", "from 12", "up 5%", "by 3%".
	if w := word(before, 0); w == "to" || w == "from" || w == "by" {
		// "rose to 14", "bringing the fund to $1.5 billion".
		// "bringing the death toll to 57": four words back after a
		// determiner.
		far := changeWords[word(before, 4)] && isDet(word(before, 3)) && phraseReaches(before, 4)
		// "from" alone ("up from 12", "from 12 to 14"), but not before a
		// count of things with no "to" after it ("increasing competition
		// from three rivals", "visitors from 30 countries").
		things := w == "from" && objectCounted(q, "from", after) && !toFigure(after)
		// "extended it to 52", "cut them to 12": a bare figure after a
		// verb, its pronoun object and "to" is what the object became.
		object := w == "to" && (word(before, 1) == "it" || word(before, 1) == "them") && len(before) > 2 && sc.tagIs(before[2].start, text.VBD) && q.Noun == "" && q.Unit == ""
		// "a loan by six banks": "by" after a noun that is no change
		// names who acted, not a change's size.
		agent := w == "by" && len(before) > 1 && (sc.tagIs(before[1].start, text.NN) || sc.tagIs(before[1].start, text.NNS)) && !changeWords[word(before, 1)]
		if !things && !agent && (changeNear(before) || far || w == "from" || object) {
			q.Changed = true
			q.NewValue = w == "to"
		}
		if w == "to" && word(before, 1) != "" && before[1].isWord() && before[1].w[0] >= '0' && before[1].w[0] <= '9' {
			q.Changed = true // "from 12 to 14"
		}
	}
	if changeWords[word(before, 0)] && !shareVerbBefore(before) && !fundsRaised(q, word(before, 0)) && !objectCounted(q, word(before, 0), after) && !provided(before) {
		q.Changed = true // "up 5%", not "made up 58%"
	}
	if w := word(after, 0); w == "up" || w == "down" || w == "higher" || w == "lower" || w == "more" || w == "fewer" || w == "less" {
		q.Changed = true
	}
	if q.Kind != Count && q.Kind != Percent {
		return
	}
	if q.Kind == Count && sc.age(q, before, after) {
		return
	}
	// Death tolls: "a death toll of 12", "the toll stood at 14".
	for k := 0; k < len(before) && k < 4; k++ {
		if w := word(before, k); w == "toll" {
			// "the death toll of 34", "the toll stood at 14" refer back.
			q.Class = "dead"
			if d := word(before, k+1); d == "the" || d == "death" && word(before, k+2) == "the" {
				q.Definite = true
			}
			break
		} else if !(w == "of" || w == "at" || w == "to" || w == "stood" || w == "rose" || w == "risen" ||
			w == "was" || w == "is" || w == "had" || w == "has" || w == "climbed" || w == "reached" || w == "death") {
			break
		}
	}
	q.partitive = partitiveOpener(before)
	sc.noun(q, after)
	if q.NounSpan.End > 0 {
		var buf [8]tok
		q.Purpose = purposeNouns(sc.nextN(buf[:0], q.NounSpan.End, hi, len(buf)))
	}
	if q.Kind == Count && !CountsPeople(q.Noun) {
		q.objectVerb = sc.governingVerb(q) // "harvested 4.6 million tonnes", "allocated 2.4 billion shillings"
	}
	if q.Predicate == "" && q.Kind == Count && q.Noun != "" {
		// "killed 18 million oysters": what the verb did to its object,
		// as "18 million oysters were killed" says it.
		q.Predicate = sc.pastVerbBefore(q)
	}
	if q.Kind == Count && q.Noun == "" && len(after) > 0 {
		if tag, ok := sc.tagAt(after[0].start); ok && (tag == text.VBN || tag == text.VBD && q.Definite) && !lexicon.Default().Is(lexicon.Auxiliaries, after[0].lower()) {
			q.byVerb = sc.lemmaAt(after[0].start) // "Of the €4.2 million diverted"; not "the 4,000 tonnes were"
		}
	}
	if w := word(before, i); (w == "that" || w == "this") && !q.Definite && q.Value != 1 && sc.singularHead(q, after) {
		// "that 1,520-tonne herring haul", "this $2 million grant": a
		// demonstrative, which needs a singular head; "said that 14
		// people died" opens a clause.
		q.Definite = true
	}
	if q.Class == "" && q.Unit != "" {
		referent(q, before, i)
	}
	if q.Class == "" && q.Unit != "" && !IsCurrency(q.Unit) && q.Unit != "%" {
		sc.measured(q, after)
		if w := word(before, i); q.Class != "" && possessive(w) < len(w) && possessive(w) > 0 {
			// "the country's 11,200 kilometres of paved road": the
			// owner's whole stock of it, set apart from "4,800
			// kilometres of road" to be paved.
			addQualifier(q, singular(w[:possessive(w)]))
		}
	}
	if w := word(before, i); q.Class == "" && q.Unit != "" && !IsCurrency(q.Unit) && q.Unit != "%" && possessive(w) < len(w) &&
		word(after, 0) != "of" && !(singular(word(after, 0)) == q.Unit && word(after, 1) == "of") {
		// "the reserve's 2,800 hectares" measure the reserve, as "the
		// 2,300-hectare reserve" does.
		if n := singular(w[:possessive(w)]); lexicon.Default().Known(n, lexicon.Noun) && !lexicon.Default().PersonNoun(n) {
			q.Noun, q.Class, q.Modifiers = n, n, nil
		} else if lexicon.Default().PersonNoun(n) {
			// "the men's 200 metres", "the women's 1,500 metres": a
			// contest its entrants' class names, no measure of them.
			q.Approx = Vague
		}
	}
	sc.contestResult(q, before, i)
	sc.stake(q)
	if lexicon.Default().Is(lexicon.PositionNouns, q.Class) {
		// "the 30-kilometre mark": a point along the course, no amount
		// a later figure could restate.
		q.Class = ""
	}
	if q.Class == "" && q.Unit == "" && q.Kind == Count && word(before, i) == "of" && lexicon.Default().Is(lexicon.AudienceNouns, singular(word(before, i+1))) {
		// "A crowd of 14,200", "an attendance of 41,000": the count of
		// those gathered.
		q.Noun, q.Class = singular(word(before, i+1)), "audience"
	}
}

// stake reads a percentage an owner holds: one of a stake noun ("its
// 9.4% holding") measures the stake, as one a verb of holding takes does
// ("owns 8.7% of Tsukimura"), which the whole it is of sets apart.
func (sc *scanner) stake(q *Quantity) {
	if q.Kind != Percent {
		return
	}
	if lexicon.Default().Is(lexicon.StakeNouns, q.Class) {
		q.Class = "stake"
		return
	}
	if q.Class != "" || sc.r == nil {
		return
	}
	if whole, ok := sc.held(*q); ok {
		q.Noun, q.Class = "stake", "stake"
		addQualifier(q, strings.ToLower(whole))
	}
}

// contestResult reads a figure of a contest's result: a count after "by"
// in the clause of a verb of winning or losing is the margin, in the unit
// of its noun ("unseated Lorcan Břetislav by 312 votes"); a figure of a
// result noun is what that noun measures ("her 321-vote margin"), and
// under a possessive pronoun it is its owner's one result, which refers
// back. i is the index in before after the hedge.
func (sc *scanner) contestResult(q *Quantity, before []tok, i int) {
	lx := lexicon.Default()
	if q.Kind != Count || q.Changed {
		return
	}
	if c := lx.Value(lexicon.ResultNouns, q.Class); c != "" && q.Unit != "" {
		q.Class = c
		if i < len(before) && isDet(word(before, i)) && (sc.tagIs(before[i].start, text.PRPS) || sc.tagIs(before[i].start, text.PRP)) {
			q.Definite = true // "her 321-vote margin": a pronoun as determiner, whatever the tagger read
		}
		if i < len(before) && before[i].isCap() && possessive(word(before, i)) < len(word(before, i)) {
			q.Definite = true // "Danko's 1,812-vote margin": a named owner's one result
		}
		return
	}
	if word(before, i) == "by" && q.Unit == "" && q.Noun != "" && sc.contestVerbBefore(before[i].start) {
		q.Unit, q.Class = q.Noun, "margin"
	}
}

// contestVerbBefore reports a verb of winning or losing within the ten
// words before byte off, with no comma or verb of another kind between.
func (sc *scanner) contestVerbBefore(off int) bool {
	if sc.r == nil {
		return false
	}
	toks := sc.r.Tokens
	lx := lexicon.Default()
	for k := sc.r.TokenAt(off) - 1; k >= 0 && k >= sc.r.TokenAt(off)-10; k-- {
		t := toks[k]
		switch {
		case t.Lower == "," || t.Lower == ";" || t.Lower == ":" || t.Lower == "—":
			return false
		case lx.Is(lexicon.ContestVerbs, lx.Lemma(t.Lower, lexicon.Verb)):
			return true // a participle the tagger may read as an adjective: "unseated"
		case t.Tag.IsVerb():
			return false
		}
	}
	return false
}

// gatheredIn reports a count of people after "of" and a noun of an
// audience ("a crowd of about 38,000 people", "an attendance of 41,000
// fans"): the count of those gathered.
func (sc *scanner) gatheredIn(q *Quantity) bool {
	lo, _ := sc.bounds(q.Start)
	before := sc.prevN(sc.pb[:0], q.Start, lo, 4)
	k := 0
	if _, hedge := approxWords[word(before, k)]; hedge {
		k++
	}
	// "a crowd of 38,000 people"; "in front of 3,540 people": those
	// gathered to watch.
	gathered := word(before, k) == "of" && (lexicon.Default().Is(lexicon.AudienceNouns, singular(word(before, k+1))) ||
		word(before, k+1) == "front" && word(before, k+2) == "in")
	return gathered && q.Noun != "" && (CountsPeople(q.Noun) || lexicon.Default().PersonNoun(q.Noun))
}

// singularHead reports a counted noun written in the singular right after
// the figure and its modifiers, not after "of": the figure modifies it
// ("1,520-tonne haul") rather than counting it.
func (sc *scanner) singularHead(q *Quantity, after []tok) bool {
	if q.Noun == "" || q.NounSpan.End == 0 || q.NounSpan.Start < q.End || word(after, 0) == "of" {
		return false
	}
	return strings.ToLower(sc.s[q.NounSpan.Start:q.NounSpan.End]) == q.Noun
}

// chainYear returns the year that ends a chain of prepositional phrases
// after q's noun, with no verb or comma on the way ("cylinder at a fair in
// Errenteria in 2002"), when the chain has two phrases or more; a year in
// the first phrase is read with the noun itself.
func (sc *scanner) chainYear(q *Quantity) string {
	if q.NounSpan.End == 0 || q.NounSpan.Start < q.End {
		return ""
	}
	_, hi := sc.bounds(q.Start)
	var buf [10]tok
	after := sc.nextN(buf[:0], q.NounSpan.End, hi, len(buf))
	preps := 0
	for k := 0; k+1 < len(after); k++ {
		t := after[k]
		w := t.lower()
		if !t.isWord() || sc.tagIs(t.start, text.VBD) || sc.tagIs(t.start, text.VBZ) || sc.tagIs(t.start, text.VBP) || sc.tagIs(t.start, text.VBN) || sc.tagIs(t.start, text.MD) {
			return ""
		}
		if w == "in" || w == "at" || w == "during" {
			preps++
			if n := word(after, k+1); isYearWord(n) && preps >= 2 {
				return n
			}
		}
	}
	return ""
}

// holder reports a noun for a group or a record of things, which "the
// ... of" a figure points back at: "the list of", "the crowd of", "the
// fleet of".
func holder(w string) bool {
	lx := lexicon.Default()
	return lx.ContainerClass(singular(w)) == "group" || lx.Is(lexicon.RecordNouns, singular(w))
}

// subjectsVerb reports a past form the tagger read as a participle that
// is the verb of the clause the figure's noun phrase is the subject of:
// the phrase opens a clause (after "that" or a verb of saying: "estimated
// that the 16,200 spectators spent about £380,000") and no finite verb
// comes after it in the clause, as one would after a reduced relative
// ("the 40 passengers stranded at the port were ...").
func (sc *scanner) subjectsVerb(q *Quantity, t tok) bool {
	if !sc.tagIs(t.start, text.VBN) || sc.r == nil || sc.reducedRelative(t.start) {
		return false
	}
	lo, _ := sc.bounds(q.Start)
	before := sc.prevN(sc.pb[:0], q.Start, lo, 3)
	k := 0
	if isDet(word(before, k)) {
		k++
	}
	if k == len(before) {
		return true // the figure's phrase opens the sentence
	}
	w := word(before, k)
	lx := lexicon.Default()
	return w == "that" || lx.Is(lexicon.SayingVerbs, lx.Lemma(w, lexicon.Verb)) || lx.Is(lexicon.ThoughtVerbs, lx.Lemma(w, lexicon.Verb))
}

// measured gives a measure with no noun of its own the thing its "of"
// phrase names: "42,000 tonnes of wheat", "2,300 hectares of pine
// forest", "40 litres of diesel" measure wheat, forest and diesel. The
// phrase's head is its last noun before anything else.
func (sc *scanner) measured(q *Quantity, after []tok) {
	k, head := 0, -1
	if singular(word(after, 0)) == q.Unit {
		k++ // a unit spelled out after a number word, read after it
	}
	if word(after, k) != "of" {
		return
	}
	k++
	if isDet(word(after, k)) {
		k++
	}
	lx := lexicon.Default()
	for ; k < len(after) && k < 5; k++ {
		t := after[k]
		if t.isCap() && head < 0 && k+1 < len(after) && after[k+1].isWord() && !after[k+1].isCap() && !stopWords[t.lower()] {
			continue // "of Baltic herring", "of Brazilian beef": a proper modifier before the noun
		}
		if !t.isWord() || t.isCap() || stopWords[t.lower()] {
			break
		}
		if sc.tagIs(t.start, text.NN) || sc.tagIs(t.start, text.NNS) ||
			lx.Known(singular(t.lower()), lexicon.Noun) && !lx.Is(lexicon.Prepositions, t.lower()) && !sc.tagIs(t.start, text.JJ) {
			head = k // a noun, or a word the lexicon knows as one where the tagger slipped ("of wheat")
		} else if head >= 0 || !sc.tagIs(t.start, text.JJ) && !sc.tagIs(t.start, text.VBN) {
			break
		}
	}
	if head < 0 {
		return
	}
	t := after[head]
	q.Noun = singular(t.lower())
	q.NounSpan = Span{Start: t.start, End: t.end}
	q.Class = q.Noun
}

// referent gives a measured figure with no noun of its own the thing it
// measures, written before it: the noun it is "of" ("a grant of 850,000
// euros", "the budget of $4 million"), or the subject of a verb of
// measure ("The pipeline will cost about 1.2 billion rand", "the deal is
// worth $3 billion"). i is the index in before after the hedge.
func referent(q *Quantity, before []tok, i int) {
	lx := lexicon.Default()
	k := i
	switch {
	case word(before, k) == "of":
		k++
	default:
		// A verb of measure, after its auxiliaries: "will cost", "is
		// worth", "was valued at".
		if word(before, k) == "at" || word(before, k) == "to" {
			k++ // "valued at", "amounts to"
		}
		if !lx.Is(lexicon.MeasureVerbs, lx.Lemma(word(before, k), lexicon.Verb)) && !lx.Is(lexicon.MeasureVerbs, word(before, k)) {
			return
		}
		k++
		verbEnd := k
		for k < len(before) && lx.Is(lexicon.Auxiliaries, word(before, k)) {
			k++
		}
		if word(before, k) == "," && k == verbEnd {
			k++ // "the contract, worth 2.3 billion crowns": a measure in apposition
		}
		if w := word(before, k); w == "that" || w == "which" {
			k++ // "a prize that carries 50,000 euros": the relative clause's noun
			if word(before, k) == "," && word(before, k-1) == "which" {
				k++ // "the poetry award, which carries 20,000 crowns"
			}
		}
	}
	if k >= len(before) || before[k].isCap() && k+1 < len(before) || !before[k].isWord() {
		return
	}
	n := singular(word(before, k))
	if !lx.Known(n, lexicon.Noun) {
		return
	}
	q.Class, q.Noun = n, n
	// The head's own modifiers: "a pay rise of 6%" is a pay rise, as
	// "the 8% pay rise" is.
	j := k + 1
	for ; j < len(before) && j < k+3 && before[j].isWord() && !before[j].isCap() && !isDet(word(before, j)) && !stopWords[word(before, j)]; j++ {
		q.Modifiers = append(q.Modifiers, word(before, j))
	}
	switch word(before, j) {
	case "the", "this", "that":
		q.Definite = true
	}
}

// yearAround finds a year written in the noun phrase of a number: "2025's",
// "for 2026", "this year's".
func (sc *scanner) yearAround(before, after []tok) string {
	for k := 0; k < len(before) && k < 3; k++ {
		w := word(before, k)
		if !before[k].isWord() && w != "$" {
			break // "OSLO, March 3, 2026 — The 86 million": the dateline's year is not the figure's
		}
		if len(w) >= 4 && isYearWord(w[:4]) && (len(w) == 4 || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")) {
			return w[:4]
		}
		if p, ok := periodPossessive(w); ok && k+1 < len(before) {
			return word(before, k+1) + " " + p // "last year's", "this season's"
		}
		if stopWords[w] && w != "the" && w != "its" && w != "their" {
			break
		}
	}
	for k := 0; k+1 < len(after) && k < 5; k++ {
		w := word(after, k)
		if k == 0 && (w == "for" || w == "in" || w == "of") && isYearWord(word(after, k+1)) {
			// "$2.3 billion for 2026"; after a noun, the noun's reading
			// decides ("the budget for 2026", not "the line opens in 2028").
			return word(after, k+1)
		}
		if (w == "for" || w == "in") && (word(after, k+1) == "fiscal" || word(after, k+1) == "fy") && k+2 < len(after) && isYearWord(word(after, k+2)) {
			return word(after, k+2)
		}
		if (w == "a" || w == "an" || w == "per") && rateUnits[word(after, k+1)] && (k == 0 || !lexicon.Default().Is(lexicon.Prepositions, word(after, k-1)) && !frequencyWord(word(after, k-1))) {
			// "40 a year", "47 kilometres an hour"; but "within a year" is
			// a deadline, "stayed for a week" a stretch, and "cooking for
			// the 24,600 evacuees twice a day" how often the act happens.
			return "per " + word(after, k+1)
		}
		if w == "." || w == ";" || after[k].isWord() && sc.finiteAt(after[k].start) {
			break // "the 46,000 dead hens took a week": the verb's time, not the figure's rate
		}
	}
	return ""
}

// frequencyWord reports a word that with "a" and a unit of time tells how
// often an act happens ("twice a day", "three times a week", "once a
// month"): no rate of the figure before it.
func frequencyWord(w string) bool {
	return w == "once" || w == "twice" || w == "thrice" || w == "times"
}

// definiteHead returns the head noun of a definite noun phrase of common
// words at after[k] ("the main competition" → "competition"), or "".
func (sc *scanner) definiteHead(after []tok, k int) string {
	if word(after, k) != "the" {
		return ""
	}
	head := ""
	for j := k + 1; j < len(after) && j <= k+4; j++ {
		t := after[j]
		if !t.isWord() || t.isCap() {
			break
		}
		tag, _ := sc.tagAt(t.start)
		if tag == text.NN || tag == text.NNS {
			head = t.lower()
			continue
		}
		if head != "" || !tag.IsAdjective() {
			break
		}
	}
	return head
}

// measuresOne reports a figure of a unit that measures one thing its
// noun names, written before it ("the 14.6-kilometre rail tunnel that will
// cut the journey"): a relative clause on a singular noun describes it,
// and sets no part apart.
func (sc *scanner) measuresOne(q *Quantity, after []tok, last int) bool {
	return q.Unit != "" && !IsCurrency(q.Unit) && strings.Contains(q.Text, "-") && last >= 0 && last < len(after) && !isPlural(after[last].lower())
}

// adjectiveAfterNoun reports an adjective right after a figure's noun, at
// after[k], past an adverb of time or negation ("still unvaccinated", "not
// yet paid", "still to come"): a post-modifier that
// sets part of the things apart.
func (sc *scanner) adjectiveAfterNoun(after []tok, k int) bool {
	adverb := false
	for k < len(after) && (word(after, k) == "still" || word(after, k) == "yet" || word(after, k) == "not") {
		k, adverb = k+1, true
	}
	if k >= len(after) || !after[k].isWord() {
		return false
	}
	tag, _ := sc.tagAt(after[k].start)
	if adverb && word(after, k) == "to" && k+1 < len(after) && sc.tagIs(after[k+1].start, text.VB) {
		// "the seven performances still to come", "the 40 homes yet to be
		// rebuilt": an infinitive after "still" or "yet" picks out those
		// ahead (not a purpose, "the £36 million plan to cut waits").
		return true
	}
	return (tag == text.JJ || adverb && tag == text.VBN) && !sc.tagIs(after[min(k+1, len(after)-1)].start, text.NN)
}

// rateUnits are the stretches of time a rate is given per ("a year",
// "an hour").
var rateUnits = map[string]bool{"year": true, "month": true, "week": true, "day": true, "hour": true, "minute": true}

// periodWords name a stretch of the calendar that "last", "this" or
// "next" may pick out.
var periodWords = map[string]bool{
	"year": true, "month": true, "week": true, "season": true, "quarter": true,
	"summer": true, "winter": true, "spring": true, "autumn": true, "fall": true,
}

// periodPossessive returns the period of "year's", "season's" and the
// like.
func periodPossessive(w string) (string, bool) {
	for _, s := range []string{"'s", "’s"} {
		if p, ok := strings.CutSuffix(w, s); ok && periodWords[p] {
			return p, true
		}
	}
	return "", false
}

// datingRelative reads a relative clause at after[k] that only dates what
// the figure counts: "who" or "that", one verb, and a time ("who came last
// year", "that were sold in 2024"), then the clause's end or the main
// verb. It returns the time as yearAround writes it ("last year",
// "2024").
func (sc *scanner) datingRelative(after []tok, k int) (string, bool) {
	if w := word(after, k); w != "who" && w != "that" {
		return "", false
	}
	j := k + 1
	if w := word(after, j); w == "were" || w == "was" {
		j++ // "that were sold in 2024"
	}
	if j >= len(after) {
		return "", false
	}
	if tag, _ := sc.tagAt(after[j].start); !tag.IsVerb() {
		return "", false
	}
	j++
	if w := word(after, j); w == "in" || w == "during" {
		j++
	}
	var when string
	switch w := word(after, j); {
	case isYearWord(w):
		when = w
		j++
	case (w == "last" || w == "this" || w == "next") && (periodWords[word(after, j+1)] || timeWord(word(after, j+1))):
		when = w + " " + word(after, j+1)
		j += 2
	default:
		return "", false
	}
	if tag, _ := sc.tagAt(after[min(j, len(after)-1)].start); j < len(after) && after[j].isWord() && !stopWords[word(after, j)] && !tag.IsVerb() {
		return "", false // "who came last year to vote": the clause goes on; "spent", the main verb, ends it
	}
	return when, true
}

func isYearWord(w string) bool {
	if len(w) != 4 {
		return false
	}
	for i := 0; i < 4; i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w >= "1800" && w <= "2100"
}

// partitiveSubject reports a figure that opens the clause after a
// partitive opening ("Of them,", "Of the union's 1,860 members,") with a
// word after it that can be a verb and a preposition, determiner or
// adverb after that ("Of those, 12 live abroad"): the figure is the
// subject and names no noun of its own.
func (sc *scanner) partitiveSubject(q Quantity, after []tok) bool {
	lo, _ := sc.bounds(q.Start)
	before := sc.prevN(sc.pb[:0], q.Start, lo, len(sc.pb))
	n := len(before)
	if n < 3 || n == len(sc.pb) || word(before, 0) != "," || word(before, n-1) != "of" || len(after) < 2 {
		return false
	}
	for k := 1; k < n-1; k++ {
		if !before[k].isWord() && !isNumberTok(before[k]) && word(before, k) != "'s" {
			return false // one phrase from "Of" to the comma
		}
	}
	lx := lexicon.Default()
	w, nx := after[0].lower(), after[1]
	return lx.Known(lx.Lemma(w, lexicon.Verb), lexicon.Verb) && (sc.tagIs(nx.start, text.IN) || sc.tagIs(nx.start, text.DT) || sc.tagIs(nx.start, text.RB) || sc.tagIs(nx.start, text.TO))
}

// noun finds the counted noun after a number and its class.
func (sc *scanner) noun(q *Quantity, after []tok) {
	last, relative, relVerb := -1, false, ""
	for k, limit := 0, 4; k < len(after) && k < limit; k++ {
		t := after[k]
		w := t.lower()
		if k == 0 && w == "more" && sc.nounAt(after, 1) {
			continue // "five more districts": the districts added
		}
		if sc.adjectivesJoined(after, k) {
			limit++ // "the five central and southern governorates": one noun, two adjectives
			continue
		}
		if !t.isWord() || stopWords[w] && !(k == 0 && strings.HasSuffix(w, "s") && sc.tagIs(t.start, text.NNS)) || t.isCap() && !(k == 0 && q.Start == 0) && k >= sc.capModifiers(after) && !sc.capitalPlural(after, k) {
			break // (a verb in "-s" right after the figure that the reading tags as a plural noun is the noun: "the 6,400 offers went out")
		}
		if k == 0 && t.isCap() && sc.capitalPlural(after, 0) && !sc.nounAt(after, 1) {
			last = 0 // "three Karvenians inside the top ten": a people's plural name is the head
			break
		}
		if _, num := wordVals[w]; num || w[0] >= '0' && w[0] <= '9' {
			break
		}
		if k == 0 && sc.partitiveSubject(*q, after) {
			// "Of them, 39 work at the main library": after "Of them," the
			// figure stands for the whole's things, and a verb follows.
			break
		}
		if k == 0 && (sc.tagIs(t.start, text.MD) || sc.tagIs(t.start, text.VBZ) && !lexicon.Default().Known(singular(w), lexicon.Noun) || sc.tagIs(t.start, text.VBD) && !sc.nounAt(after, 1)) {
			// "the 44-year-old told the radio", "about 30 died", "The $9
			// million comprises": no noun; but "nineteen trapped miners"
			// is a participle before one.
			break
		}
		if k == 0 && (sc.tagIs(t.start, text.VBN) || sc.tagIs(t.start, text.JJ) && strings.HasSuffix(w, "ed")) && classOfVerb[w] == "" && len(after) > 2 && sc.tagIs(after[1].start, text.IN) &&
			!isYearWord(after[2].lower()) && !timeWord(after[2].lower()) {
			// "the remaining 6 shared among three lists", "a charge of
			// $5.3 million related to the sale": a participle (or an
			// adjective in "-ed") with its phrase after a bare figure says
			// what befell the figure's things or what they concern; it
			// names none. ("The $231.2 million
			// earned in 2025" keeps the year its phrase gives.)
			break
		}
		if sc.dateAfter(*q, t.start) {
			break // "8,000 for a solo win and 8,000 today": a date names no counted thing
		}
		if sc.tagIs(t.start, text.IN) && (k > 0 || lexicon.Default().Is(lexicon.Prepositions, w)) {
			// "euros passed through three firms", "earned $6.2 billion
			// between January and June": a preposition opens a phrase of
			// its own.
			break
		}
		modifier := k > 0 && strings.HasSuffix(w, "ing") && sc.nounAt(after, k+1) && !sc.tagIs(after[k-1].start, text.NNS)
		if k > 0 && !modifier && sc.clauseAt(t.start, after[k-1].start) {
			// (A gerund between two nouns modifies the last: "three
			// community nursing bases"; not "212 passengers fleeing
			// flames".)
			// "212 passengers ran aground": the verb ends the noun; a
			// participle opens a reduced relative clause.
			relative = !sc.finiteAt(t.start) && !sc.subjectsVerb(q, t) || q.Definite && (sc.tagIs(t.start, text.VBD) || sc.tagIs(t.start, text.VBP)) && sc.reducedRelative(t.start)
			if relative && strings.HasSuffix(w, "ed") {
				relVerb = w // "the 11 sonar suites delivered to the navy"
			}
			break
		}
		// "33 directly elected seats", "120 newly built homes": a participle
		// after its adverb modifies the noun after it.
		afterAdverb := k > 0 && sc.tagIs(after[k-1].start, text.RB)
		if k > 0 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) && len(w) > 4 && !isNounEnding(w) && !sc.nounAt(after, k) &&
			!(strings.HasSuffix(w, "ing") && sc.nounAt(after, k+1)) && !(afterAdverb && sc.nounAt(after, k+1)) {
			break // not "three new permafrost monitoring stations", "three community nursing bases": a noun modifier
		}
		if k > 0 && qualWords[w] {
			break
		}
		if k > 0 && lexicon.Default().Is(lexicon.Auxiliaries, w) {
			break // "the 2.1-billion-crown deal must ...": a modal, whatever the tagger read
		}
		if k > 0 && sc.tagIs(after[k-1].start, text.NNS) && !sc.tagIs(t.start, text.NNS) && !sc.tagIs(t.start, text.NN) {
			break // "1,450 residents overnight": a plural noun ends its phrase before a word of another kind
		}
		last = k
		if k+2 < len(after) && (after[k+1].w == "'" || after[k+1].w == "’") && strings.HasSuffix(w, "s") && sc.nounAt(after, k+2) &&
			!lexicon.Default().Is(lexicon.TimeUnits, singular(w)) { // not "two weeks' time", a span
			k++ // "Four growers' cooperatives": a plural owner before the head
			limit++
			continue
		}
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			if k == 0 && t.isCap() && q.Unit == "" && len(after) > 1 && sc.tagIs(after[1].start, text.NNS) {
				// "four Rally's directors": a count of what a name owns,
				// as "four of Rally's directors".
				continue
			}
			// "the $420 million bridge's cost": the figure is the bridge's.
			break
		}
	}
	if last < 0 {
		if k := namedHead(after); k > 0 {
			// "the KSh 1.2bn Lake Basin Innovation Fund": the name's last
			// word is a noun of an undertaking or of money, its head.
			t := after[k]
			q.Noun, q.NounSpan = singular(t.lower()), Span{Start: t.start, End: t.end}
			q.Class = q.Noun
			return
		}
		// "30 were injured".
		k := 0
		if w := word(after, k); w == "were" || w == "was" || w == "have" || w == "had" {
			k++
			if word(after, k) == "been" {
				k++
			}
		}
		if c, ok := classOfVerb[word(after, k)]; ok && k > 0 && q.Class == "" {
			q.Class = c
		}
		return
	}
	t := after[last]
	w := t.lower()
	if p := possessive(w); p < len(w) {
		w, t.end, t.w = w[:p], t.start+p, t.w[:p]
	}
	q.Noun = singular(w)
	q.NounSpan = Span{Start: t.start, End: t.end}
	for k := 0; k < last; k++ {
		if sc.adjectivesJoined(after, k) || !after[k].isWord() {
			continue // (not the apostrophe of "growers' cooperatives")
		}
		q.Modifiers = append(q.Modifiers, after[k].lower())
		if qualWords[after[k].lower()] {
			addQualifier(q, after[k].lower())
		}
	}
	if y := sc.chainYear(q); y != "" {
		// "the 250-kilogram cylinder at a fair in Errenteria in 2002": a
		// year at the end of the phrases after the noun dates what it
		// names, another occasion than one not so dated.
		addQualifier(q, y)
	}
	// "of the Merrill Lynch index", "in Lyon": a name after the noun sets
	// the figure apart.
	if p := word(after, last+1); (p == "of" || p == "for" || p == "in" || p == "at" || p == "from") && last+2 < len(after) {
		n := after[last+2]
		if n.lower() == "the" && last+3 < len(after) {
			n = after[last+3]
		}
		named := p == "of" && word(after, last+2) == "the" && last+4 < len(after) && after[last+4].isCap() && after[last+4].isWord()
		if n.isCap() && !timeWord(n.lower()) || isYearWord(n.lower()) || q.Kind == Percent && (p == "of" || p == "in") || q.whole && p != "from" && word(after, last+2) == "the" || named {
			// "the 12 members of the opposition Nagrik Vikas Aghadi": a
			// body named after its common noun owns them, no other whole.
			// "all four parties in the chamber": every one of a set the
			// phrase bounds, not the ones just named.
			// "of the Merrill Lynch index", "in 2026"; for a percentage,
			// any word after "of" or "in": "the 5% rise in prices" is
			// not "a 4% pay rise" (but "the 51% stake from cash" tells
			// how it is paid, not what it is of).
			addQualifier(q, n.lower())
		}
	}
	if p := word(after, last+1); (p == "in" || p == "on" || p == "at" || p == "under") && q.partitive {
		// "Of the 12 films in competition, five are by women": a sentence
		// that divides a set a state bounds ("in competition", "on
		// display") speaks of a part of the whole, not of the whole.
		if last+2 < len(after) && sc.bareNoun(after[last+2]) {
			addQualifier(q, p+" "+after[last+2].lower())
		} else if h := sc.definiteHead(after, last+2); h != "" {
			// "Three of the 14 films in the main competition": a part
			// the phrase's set bounds, by any determiner.
			addQualifier(q, p+" "+h)
		}
	}
	switch word(after, last+1) {
	case "above", "below", "beyond", "under", "over":
		if isDet(word(after, last+2)) {
			// "the 4.4 million crowns above the estimate": a difference
			// from another figure, not the figure itself.
			addQualifier(q, word(after, last+1))
		}
	}
	dating, datesOnly := sc.datingRelative(after, last+1)
	if q.Definite && (relative || sc.contactClause(after[last+1:])) && !datesOnly && !sc.measuresOne(q, after, last) {
		// "the 18,650 crowns paid in error", "the 2,000 schools it
		// promised": a relative clause tells a part or another set.
		addQualifier(q, "who")
	}
	if datesOnly {
		// "The 42,600 spectators who came last year": a clause that only
		// dates the figure's things names the whole set of that time.
		addQualifier(q, dating)
	}
	if q.Definite && sc.adjectiveAfterNoun(after, last+1) {
		// "the 33,600 children still unvaccinated", "the 1,200 homes
		// uninsured": an adjective after the noun picks out a part.
		addQualifier(q, "who")
	}
	q.Predicate = predicate(after[last+1:])
	if q.Predicate == "" && relVerb != "" {
		q.Predicate = relVerb // what a reduced relative says befell them, as "were delivered" would
	}
	switch word(after, last+1) {
	case "who", "that", "which", "whose", "whom":
		// "the 1,200 workers who lost their jobs": a part, told apart
		// (after "a", the clause only describes what is introduced).
		if q.Definite && !datesOnly && !sc.measuresOne(q, after, last) {
			addQualifier(q, "who")
		}
	}
	if sc.gatheredIn(q) {
		q.Class = "audience" // "a crowd of 38,000 people", as "the 33,000-strong crowd"
		return
	}
	if strings.HasSuffix(strings.ToLower(q.Text), "-strong") && q.Class == "" {
		// "the 33,000-strong crowd", "a 300-strong workforce": the size
		// of the group the noun names.
		q.Class = q.Noun
		if audienceNoun(q.Noun) {
			q.Class = "audience"
		}
		return
	}
	switch {
	case q.Class != "":
		return
	case (word(after, last+1) == "and" || word(after, last+1) == "or") && !countFollows(after[last+2:]) && !sc.verbAt(after, last+2) && !isDet(word(after, last+2)):
		// "nine brothers and sisters": the count covers both; "212
		// passengers and 31 crew", "27 scientists and a crew of 14"
		// count each on its own.
		return
	case q.Unit == "" && q.Value != 1 && !isPlural(w) && !strings.Contains(w, "-") && !sc.tagIs(q.NounSpan.Start, text.NNS) && classOfNoun[q.Noun] == "":
		// "the 486 chip", "a 737 jet": a model or a label, not a count;
		// but "the 27 dead", an adjective standing for the people.
		return
	}
	if c, ok := classOfNoun[q.Noun]; ok {
		q.Class = c
		return
	}
	if audienceNoun(q.Noun) {
		q.Class = "audience" // "the 16,200 spectators", as "a crowd of 14,200"
		return
	}

	if lexicon.Default().Is(lexicon.JobLossNouns, q.Noun) || lexicon.Default().Is(lexicon.OfficeNouns, q.Noun) && sc.shedBefore(q) ||
		(q.Noun == "cut" || q.Noun == "loss") && slices.Contains(q.Modifiers, "job") {
		q.Class = "job loss" // "the 460 redundancies", as "will shed 420 jobs"
		return
	}
	if q.Kind == Percent && lexicon.Default().Is(lexicon.RiseNouns, q.Noun) {
		q.Class = "rise" // "the 5.5% increase", as "a 6.5% pay rise"
		return
	}
	if IsCurrency(q.Unit) && lexicon.Default().Is(lexicon.DealNouns, q.Noun) {
		q.Class = "deal" // "the 460-million-euro takeover", "the $68 million purchase": a price
		return
	}
	q.Class = q.Noun
	if q.Predicate == "" && !q.Definite {
		// "destroyed sixteen homes": a later "the 60 destroyed homes"
		// names the same homes.
		q.Predicate = sc.pastVerbBefore(q)
	}
	if CountsPeople(q.Noun) && q.Definite {
		for _, m := range q.Modifiers {
			if c, ok := classOfVerb[m]; ok {
				// "the 1,700 evacuated residents", as "1,400 residents were
				// evacuated"; "the 13 dead men", as "killed 11 workers": the
				// modifier names the class, and sets no part apart.
				q.Class = c
				q.Modifiers = slices.DeleteFunc(slices.Clone(q.Modifiers), func(x string) bool { return x == m })
				return
			}
		}
	}
	if q.whole {
		return // "all 147 passengers were rescued": all of them, whatever befell them
	}
	if q.Noun == "other" {
		// "killing seven people and injuring 38 others": a verb that only
		// befalls people says who the others are.
		if c := casualtyClass(sc.verbBefore(q)); c != "" {
			q.Class, q.Predicate = c, sc.verbBefore(q)
			return
		}
	}
	if CountsPeople(q.Noun) {
		if sc.dismissedBefore(q) {
			q.Class = "job loss" // "will lay off 1,200 workers", as "the 1,200 redundancies"
			return
		}
		if v := sc.verbBefore(q); casualtyClass(v) != "" {
			// "crews evacuated 1,450 residents" count the 1,450 evacuees,
			// and "the 1,450 evacuated residents"; "injuring 38 people"
			// the injured.
			q.Class, q.Predicate = casualtyClass(v), v
			return
		}
		if q.Class == q.Noun && last+1 < len(after) && sc.finiteAt(after[last+1].start) {
			q.subjectVerb = sc.lemmaAt(after[last+1].start) // "14,300 runners finished"
		}
		if q.Class == q.Noun {
			q.objectVerb = sc.governingVerb(q) // "Velstra employs 8,400 people"
		}
		// "12 people died", "12 people were killed".
		k := last + 1
		if w := word(after, k); w == "were" || w == "was" || w == "have" || w == "had" || w == "are" || w == "being" {
			k++
			if word(after, k) == "been" {
				k++
			}
		}
		if c, ok := classOfVerb[word(after, k)]; ok {
			q.Class = c
			if q.Qualifier == "who" && k == last+1 {
				// "each of the 13 people killed by the typhoon": a
				// participle that names the class ("killed": the dead)
				// sets them apart from no other count of the dead.
				q.Qualifier = ""
			}
		} else if sc.dismissedAt(after, passiveVerb(after, last+1)) || facingJobLoss(after, last+1) {
			// "the 421 employees being laid off", "the 350 workers who
			// were dismissed", as "will cut 412 jobs": the clause names
			// the class, so it sets them apart from no other count of it.
			q.Class = "job loss"
			if q.Qualifier == "who" {
				q.Qualifier = ""
			}
		}
	}
}

// dismissedBefore reports a verb of dismissal whose object a count of
// people is, with its particle: "will lay off 1,200 workers", "dismissed
// 300 staff".
func (sc *scanner) dismissedBefore(q *Quantity) bool {
	lo, _ := sc.bounds(q.Start)
	before := sc.prevN(sc.pb[:0], q.Start, lo, 3)
	k := 0
	if _, hedge := approxWords[word(before, 0)]; hedge {
		k = 1 // "will lay off about 1,200 workers"
	}
	if p := word(before, k); p == "off" || p == "redundant" {
		return dismissal(word(before, k+1), p)
	}
	return dismissal(word(before, k), "")
}

// dismissal reports a verb of dismissal (lexicon class dismissal-verbs),
// w as written, with its particle if any. "lay" is read as written as
// well as by its lemma, since it is also a form of "lie".
func dismissal(w, particle string) bool {
	lx := lexicon.Default()
	if particle != "" {
		particle = " " + particle
	}
	return lx.Is(lexicon.DismissalVerbs, lx.Lemma(w, lexicon.Verb)+particle) || lx.Is(lexicon.DismissalVerbs, w+particle)
}

// passiveVerb returns the index of the verb after[k:] opens with, past a
// relative pronoun and auxiliaries: "who were dismissed", "being laid
// off", "will be made redundant".
func passiveVerb(after []tok, k int) int {
	if w := word(after, k); w == "who" || w == "that" {
		k++
	}
	for lexicon.Default().Is(lexicon.Auxiliaries, word(after, k)) {
		k++
	}
	return k
}

// dismissedAt reports a verb at after[k] whose object loses a job (lexicon
// class dismissal-verbs), with its particle: "laid off", "dismissed".
func (sc *scanner) dismissedAt(after []tok, k int) bool {
	if k >= len(after) {
		return false
	}
	return dismissal(word(after, k), word(after, k+1)) || dismissal(word(after, k), "")
}

// pastConversion returns where the words after sum of money q start: past
// the same sum in another currency in brackets right after it ("a 420
// million rupee ($5 million) plan"), else at its end.
func (sc *scanner) pastConversion(q Quantity, hi int) int {
	if q.Kind != Count || !IsCurrency(q.Unit) {
		return q.End
	}
	open, ok := sc.next(q.End, hi)
	if !ok || open.w != "(" {
		return q.End
	}
	digit := false
	pos := open.end
	for k := 0; k < 6; k++ {
		t, ok := sc.next(pos, hi)
		if !ok {
			return q.End
		}
		if t.w == ")" {
			if digit {
				return t.end
			}
			return q.End
		}
		digit = digit || isNumberTok(t)
		pos = t.end
	}
	return q.End
}

// toFigure reports "to" and a figure within the next five words: "from 12
// stores to 15".
func toFigure(after []tok) bool {
	for k := 0; k+1 < len(after) && k < 5; k++ {
		if word(after, k) == "to" && isNumberTok(after[k+1]) {
			return true
		}
	}
	return false
}

// capitalPlural reports a capitalised plural right after a figure whose
// singular is a common noun of WordNet and after which no capitalised
// word goes on: members of a body or a people counted ("45,000 Marines",
// "12 Democrats"), not a name ("300 Toyota cars").
func (sc *scanner) capitalPlural(after []tok, k int) bool {
	if k != 0 || len(after) == 0 {
		return false
	}
	w := after[0].lower()
	if len(w) < 4 || !strings.HasSuffix(w, "s") || len(after) > 1 && after[1].isCap() && after[1].isWord() {
		return false
	}
	lx := lexicon.Default()
	sg := singular(w)
	if strings.HasSuffix(w, "ans") && !lx.Known(sg, lexicon.Noun) && !lx.Known(w, lexicon.Noun) {
		return true // "three Karvenians": a people's name, by its ending, even one the lexicon does not know
	}
	return sg != w && lx.Known(sg, lexicon.Noun) && (sc.tagIs(after[0].start, text.NNPS) || sc.tagIs(after[0].start, text.NNS))
}

// capModifiers returns how many capitalised words (one or two) right after
// a figure modify the common noun after them: "three US vessels" (1), "the
// 40-year-old Kamenica viaduct" (1), "three East African capitals" (2); 0
// for none.
func (sc *scanner) capModifiers(after []tok) int {
	n := 1
	if len(after) > 2 && after[1].isCap() && after[1].isWord() {
		after, n = after[1:], 2
	}
	if len(after) < 2 || !after[1].isWord() || after[1].isCap() {
		return 0
	}
	if sc.capHead(after) {
		return n
	}
	return 0
}

// capHead reports a common noun right after the capitalised word that
// opens after: after[1] is a noun by its tag or, untagged, by the lexicon.
func (sc *scanner) capHead(after []tok) bool {
	w := after[1].lower()
	return sc.nounAt(after, 1) || lexicon.Default().Known(singular(w), lexicon.Noun) && !lexicon.Default().Known(w, lexicon.Verb)
}

// verbAt reports whether ts[k] exists and the shared reading tags it a
// verb: "destroyed sixteen homes and damaged 41 others" joins two acts,
// not two nouns the count covers.
func (sc *scanner) verbAt(ts []tok, k int) bool {
	if k >= len(ts) {
		return false
	}
	tag, ok := sc.tagAt(ts[k].start)
	return ok && tag.IsVerb()
}

// shedBefore reports a verb that takes jobs away right before q: "will
// shed 420 jobs", "axed 300 posts" (jobs by the lexicon's office nouns).
func (sc *scanner) shedBefore(q *Quantity) bool {
	lo, _ := sc.bounds(q.Start)
	t, ok := sc.prev(q.Start, lo)
	if !ok {
		return false
	}
	lx := lexicon.Default()
	return lx.Is(lexicon.ShedVerbs, lx.Lemma(t.lower(), lexicon.Verb)) || lx.Is(lexicon.ShedVerbs, t.lower())
}

// wordBefore returns the word right before figure q, past a hedge
// ("destroyed about 16 homes": "destroyed"), and false at the start of its
// sentence.
func (sc *scanner) wordBefore(q *Quantity) (tok, bool) {
	lo, _ := sc.bounds(q.Start)
	before := sc.prevN(sc.pb[:0], q.Start, lo, 3)
	k := 0
	if _, hedge := approxWords[word(before, 0)]; hedge {
		k = 1
		if w := word(before, 1); w == "an" || w == "a" {
			k = 2 // "killed an estimated 18 million oysters": the hedge's article too
		}
	}
	if k >= len(before) {
		return tok{}, false
	}
	return before[k], true
}

// pastVerbBefore returns the verb in the past tense or a participle whose
// object the figure counts ("destroyed sixteen homes"), lower case, or "".
func (sc *scanner) pastVerbBefore(q *Quantity) string {
	if t, ok := sc.wordBefore(q); ok && (sc.tagIs(t.start, text.VBD) || sc.tagIs(t.start, text.VBN)) {
		return t.lower()
	}
	return ""
}

// verbBefore returns the word before the figure, past a hedge, in lower
// case: the verb whose object it may be ("evacuated 1,450 residents").
func (sc *scanner) verbBefore(q *Quantity) string {
	if t, ok := sc.wordBefore(q); ok {
		return t.lower()
	}
	return ""
}

// governingVerb returns the lemma of the verb right before a count (past a
// hedge) whose object the count is, in any tense ("employs about 8,400
// people": "employ"; "will spend £38 million": "spend"), or "".
func (sc *scanner) governingVerb(q *Quantity) string {
	t, ok := sc.wordBefore(q)
	if !ok {
		return ""
	}
	if tag, ok := sc.tagAt(t.start); ok && (tag.IsFinite() || tag == text.VB || tag == text.VBN || tag == text.VBG) {
		// "allocated", "has allocated", "will allocate", "plans to
		// borrow", "of diverting": the verb whose object the figure is,
		// in any tense.
		return sc.lemmaAt(t.start)
	}
	// "fined the copper miner Minera Cerro Aguilar 2.3 billion pesos":
	// the second object of a verb, past the first, a noun phrase.
	lo, _ := sc.bounds(q.Start)
	pos := q.Start
	for n := 0; n < 8; n++ {
		w, ok := sc.prev(pos, lo)
		if !ok {
			return ""
		}
		tag, _ := sc.tagAt(w.start)
		switch {
		case tag.IsFinite() && n > 0 && sc.nounJustAfter(w.end, q.Start):
			return sc.lemmaAt(w.start)
		case !tag.IsNoun() && !tag.IsAdjective() && tag != text.DT:
			return ""
		}
		pos = w.start
	}
	return ""
}

// nounJustAfter reports a noun ending the words from byte from to byte to:
// the first object before a second ("fined the miner 2.3 billion pesos").
func (sc *scanner) nounJustAfter(from, to int) bool {
	lo, _ := sc.bounds(to)
	w, ok := sc.prev(to, lo)
	if !ok || w.start < from {
		return false
	}
	tag, _ := sc.tagAt(w.start)
	return tag.IsNoun()
}

// countFollows reports whether the words after a coordinating "and"
// begin with a figure of their own, hedged or not ("and 31 crew", "and
// about 20 tanks", "and some $4 million").
func countFollows(after []tok) bool {
	k := 0
	if _, ok := approxWords[word(after, 0)]; ok {
		k = 1
	}
	if k < len(after) && (after[k].w == "$" || after[k].w == "€" || after[k].w == "£") {
		k++
	}
	w := word(after, k)
	if w == "" {
		return false
	}
	_, num := wordVals[w]
	return num || w[0] >= '0' && w[0] <= '9'
}

// facingJobLoss reports a participle of undergoing ("facing", "awaiting")
// right after a count of people and a noun of job loss after it
// ("the 1,420 employees facing dismissal", "the 300 staff awaiting
// redundancy"): the people who lose their jobs.
func facingJobLoss(after []tok, k int) bool {
	switch word(after, k) {
	case "facing", "awaiting":
	default:
		return false
	}
	lx := lexicon.Default()
	for j := k + 1; j < len(after) && j <= k+3; j++ {
		if lx.Is(lexicon.JobLossNouns, singular(word(after, j))) {
			return true
		}
	}
	return false
}

// timeWord reports a month or a weekday: "in June" times the clause, it
// does not tell one figure from another as "in Lyon" does.
func timeWord(w string) bool {
	lx := lexicon.Default()
	_, _, month := lx.Number(lexicon.Months, w)
	_, _, day := lx.Number(lexicon.Weekdays, w)
	return month || day
}

// possessive returns the length of w without a possessive "'s" ending.
func possessive(w string) int {
	for _, e := range []string{"'s", "’s"} {
		if strings.HasSuffix(w, e) && len(w) > len(e) {
			return len(w) - len(e)
		}
	}
	return len(w)
}

// isNounEnding reports words ending in -ed or -ing that are nouns.
func isNounEnding(w string) bool {
	switch w {
	case "building", "buildings", "meeting", "meetings", "hundred", "hundreds", "wedding",
		"ceiling", "funding", "housing", "spending", "bed", "beds", "seed", "seeds", "shed":
		return true
	}
	return false
}

// partitiveOpener reports a figure right after the "Of the" (or "Of its")
// that opens its sentence.
func partitiveOpener(before []tok) bool {
	if len(before) < 2 || !openingDet(word(before, 0)) || word(before, 1) != "of" {
		return false
	}
	// "Of the 40 seats", or a part counted first: "Three of the 14 films".
	return len(before) == 2 || isNumberTok(before[2]) && (len(before) == 3 || !before[3].isWord())
}

// openingDet reports a determiner that may follow the "Of" that opens a
// sentence dividing a whole, any but an indefinite article: "Of the 40
// seats", "Of its 1,260 employees", "Of those 400 workers".
func openingDet(w string) bool { return isDet(w) && w != "a" && w != "an" }

// bareNoun reports a lower-case singular common noun with no determiner
// before it, the object of a preposition of state ("in competition", "on
// remand", "at risk").
func (sc *scanner) bareNoun(t tok) bool {
	tag, ok := sc.tagAt(t.start)
	return ok && tag == text.NN && t.isWord() && !t.isCap() && !isDet(t.lower())
}

// addQualifier adds w to the qualifiers of q, once.
func addQualifier(q *Quantity, w string) {
	q.Added = q.Added || lexicon.Default().Is(lexicon.AdditionWords, w)
	for _, x := range strings.Fields(q.Qualifier) {
		if x == w {
			return
		}
	}
	q.Qualifier = strings.TrimSpace(q.Qualifier + " " + w)
}

// isDet reports a determiner, from the lexicon.
func isDet(w string) bool { return lexicon.Default().Is(lexicon.Determiners, w) }

// fundsRaised reports a sum of money right after "raised": money
// collected ("the city raised 90 million euros"), not a change by it.
func fundsRaised(q *Quantity, verb string) bool {
	return IsCurrency(q.Unit) && (verb == "raised" || verb == "raising" || verb == "raises")
}

// provided reports a phrasal verb of contributing money right before a
// figure (lexicon provision-phrasals: "put up 250 billion pesos"): its
// particle says no change.
func provided(before []tok) bool {
	lx := lexicon.Default()
	return len(before) > 1 && lx.Is(lexicon.ProvisionPhrasals, lx.Lemma(word(before, 1), lexicon.Verb)+" "+word(before, 0))
}

// objectCounted reports a plain count right after a change word that also
// takes things as its object (lexicon object-change-words), or after
// "from", and before a plural noun other than a measure, within two words:
// "would cut 380 jobs", "reduced 40 bus routes", "turned up three finds",
// "competition from three rivals". It counts what the verb acts on; no
// value changes.
func objectCounted(q *Quantity, verb string, after []tok) bool {
	if q.Kind != Count || q.Unit != "" || !lexicon.Default().Is(lexicon.ObjectChangeWords, verb) && verb != "from" {
		return false
	}
	for k := 0; k < 2 && k < len(after) && after[k].isWord(); k++ {
		if w := word(after, k); isPlural(w) { // "380 jobs", "40 bus routes"
			return !measureNouns[singular(w)]
		}
	}
	return false
}

// namedHead returns the index of the last word of a capitalised name that
// opens after when that word is a noun of an undertaking or of money
// (lexicon classes undertaking-nouns, money-nouns: "Lake Basin Innovation
// Fund", "Harbour Renewal Plan"), or 0.
func namedHead(after []tok) int {
	k := 0
	for k < len(after) && k < 5 && after[k].isWord() && after[k].isCap() {
		k++
	}
	if k < 2 {
		return 0
	}
	w := singular(after[k-1].lower())
	if lx := lexicon.Default(); lx.Is(lexicon.UndertakingNouns, w) || lx.Is(lexicon.MoneyNouns, w) {
		return k - 1
	}
	return 0
}

// purposeNouns returns the nouns of a phrase of purpose that opens ws, the
// words after a counted noun: "to" and a verb ("to dig the canal") or
// "for" ("for the harbour"), up to five words.
func purposeNouns(ws []tok) []string {
	k := 0
	switch word(ws, 0) {
	case "to":
		k = 2
	case "for":
		k = 1
	default:
		return nil
	}
	var out []string
	for end := k + 5; k < len(ws) && k < end && ws[k].isWord(); k++ {
		if w := word(ws, k); !isDet(w) && lexicon.Default().Known(w, lexicon.Noun) {
			out = append(out, w)
		}
	}
	return out
}

// predicate returns the participle of a passive right after a counted
// noun ("were evacuated", "had been rescued"), lower case, or "".
func predicate(after []tok) string {
	k := 0
	switch word(after, k) {
	case "were", "was", "are", "is", "had", "have", "has":
		k++
	default:
		return ""
	}
	if word(after, k) == "been" {
		k++
	}
	if w := word(after, k); strings.HasSuffix(w, "ed") && len(w) > 4 {
		return w
	}
	return ""
}

// CountsPeople reports a noun that counts people ("person", "residents",
// "pharmacists"): whose counts a verb of what befell them classes ("12
// people died", "the 40 injured passengers"), and which rules may take for
// one count under two nouns.
func CountsPeople(noun string) bool {
	return noun == "person" || noun != "" && lexicon.Default().PersonNoun(noun)
}

// contactClause reports a relative clause without its pronoun right after
// a counted noun: a subject (a pronoun, a determiner's noun phrase or a
// name), perhaps an adverb, and a finite verb ("the 2,000 schools it
// promised", "the 118 millimetres the town normally receives", "the 40
// jobs Norvik cut").
func (sc *scanner) contactClause(after []tok) bool {
	k := sc.contactSubject(after)
	if k == 0 {
		return false
	}
	for n := 0; n < 2 && k < len(after); n++ {
		if t, ok := sc.tagAt(after[k].start); !ok || !t.IsAdverb() {
			break
		}
		k++ // "the 118 millimetres the town normally receives"
	}
	if k >= len(after) {
		return false
	}
	t, ok := sc.tagAt(after[k].start)
	// "the 16 buoys a previous project moored off the coast": a past form
	// the reading took for a participle, the clause's finite verb standing
	// before, is the contact clause's own verb.
	return ok && (t.IsFinite() || t == text.VBN && strings.HasSuffix(after[k].lower(), "ed"))
}

// contactSubject returns how many tokens at the start of after make the
// subject of a contact clause: a personal pronoun ("it", "they"), a
// determiner and the nouns and adjectives of its phrase ("the town", "its
// three mills"), or a name ("Ardmore"); 0 for none.
func (sc *scanner) contactSubject(after []tok) int {
	switch word(after, 0) {
	case "it", "they", "he", "she", "we", "i", "you":
		return 1
	}
	k := 0
	if isDet(word(after, 0)) {
		k = 1
	}
	nouns := 0
	for ; k < len(after) && k < 6; k++ {
		t, ok := sc.tagAt(after[k].start)
		if !ok || !t.IsNoun() && !t.IsAdjective() && t != text.POS {
			break
		}
		if t.IsNoun() {
			nouns++
		}
		if k == 0 && !t.IsProper() {
			return 0 // a bare common noun after the figure is its own noun phrase's
		}
	}
	if nouns == 0 {
		return 0
	}
	return k
}

// adjectivesJoined reports "and" or "or" at after[k] between two
// adjectives (the first may be read as a noun, but the lexicon knows it as
// an adjective) before a noun ("central and southern governorates", "new or
// refitted ferries"): the coordination is inside the noun phrase.
func (sc *scanner) adjectivesJoined(after []tok, k int) bool {
	if k == 0 || k+2 >= len(after) || after[k].lower() != "and" && after[k].lower() != "or" {
		return false
	}
	prev := sc.tagIs(after[k-1].start, text.JJ) || lexicon.Default().Known(after[k-1].lower(), lexicon.Adjective)
	return prev && sc.tagIs(after[k+1].start, text.JJ) && sc.nounAt(after, k+2)
}

// audienceNoun reports a noun for the people gathered at an event: one of
// the lexicon's, or one who goes to it ("festivalgoer", "racegoer").
func audienceNoun(n string) bool {
	return lexicon.Default().Is(lexicon.AudienceNouns, n) || len(n) > len("goer") && strings.HasSuffix(n, "goer")
}

// beatenBefore reports words before a figure (nearest first) that make it
// the object of a verb of winning: "of", its noun, a determiner or an
// owner, and the verb ("beating the record of", "broke her own best of").
func beatenBefore(before []tok) bool {
	if word(before, 0) != "of" || len(before) < 3 {
		return false
	}
	k := 2
	if w := word(before, k); isDet(w) || w == "his" || w == "her" || w == "its" || w == "their" {
		k++
	}
	if w := word(before, k); w == "own" {
		k++
	}
	lx := lexicon.Default()
	return k < len(before) && lx.Is(lexicon.ContestVerbs, lx.Lemma(word(before, k), lexicon.Verb))
}
