package events

import (
	"github.com/copydesk/copydesk/checker/lexicon"
	"github.com/copydesk/copydesk/checker/text"
	"strings"
)

// notEvent reports whether the trigger word at toks[i] is used in a sense
// that names no event instance: "fire" as a verb or in a compound ("under
// fire", "the fire chief"), "the launch site", "the election campaign",
// "stoppage time", "his final bid", "runoff from
// the site", or a bare singular noun after
// a preposition ("at trial", "on strike", "in session"), an idiom for the
// activity, not one instance of it.
func notEvent(toks []token, i int) bool {
	t := toks[i]
	next := ""
	if i+1 < len(toks) {
		next = toks[i+1].lower
	}
	switch triggers[t.lower].kind {
	case "fire":
		if t.lower == "fire" && (fireCompounds[next] || !determined(toks, i)) {
			return true
		}
		if t.lower == "fires" && (fireCompounds[next] || i == 0 || !isDeterminer(toks[i-1].lower) && numberWords[toks[i-1].lower] == 0 && !toks[i-1].poss) {
			return true // "the company fires 200 workers": a verb
		}
	case "final":
		// "his final bid": an adjective before a noun, not the match.
		if i+1 < len(toks) && toks[i+1].word && !toks[i+1].cap && !continuers[next] && !isDigits(next) {
			return true
		}
	case "runoff":
		if next == "from" || next == "water" || next == "into" {
			return true // "runoff from the firefighting water"
		}
	case "launch":
		if launchCompounds[next] {
			return true // "the launch site", "the launch market"
		}
	case "stoppage":
		if next == "time" {
			return true // "stoppage time"
		}
	}
	if compoundHeads[next] && triggers[t.lower].noun {
		return true // "the election campaign", "the summit venue"
	}
	if triggers[t.lower].noun && i+1 < len(toks) && toks[i+1].tag == text.NN && !toks[i+1].cap && !strings.HasSuffix(next, "ing") &&
		(lex().ThingClass(toks[i+1].lemma) != "" || lex().ContainerClass(toks[i+1].lemma) != "" || lex().Is(lexicon.OrgHeads, toks[i+1].lower)) {
		// "the provincial election office", "the launch range", "the
		// launch sequence": a body, a thing, a place or a set the event
		// names (not a gerund read as a noun: "before the May 21 vote
		// meeting the largest investors").
		return true
	}
	if triggers[t.lower].noun && i+1 < len(toks) && toks[i+1].tag.IsNoun() && !toks[i+1].cap && lex().PersonNoun(toks[i+1].lemma) {
		return true // "the race doctor", "the festival director": a person the event names
	}
	if i > 0 && bareAfter[toks[i-1].lower] && triggers[t.lower].noun && !plural[t.lower] && !(toks[i-1].tag == text.TO && t.tag == text.VB) {
		return true // "on strike", "at trial"; not the infinitive "due to vote"
	}
	return false
}

// determined reports whether a determiner or a possessive opens the noun
// phrase that ends at toks[i], within four words: "a fire", "the
// warehouse fire", "the Sept. 9 fire", "last year's fire".
func determined(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := toks[k]
		if w.poss || isDeterminer(w.lower) || w.lower == "his" || w.lower == "her" {
			return true
		}
		if !w.word && w.lower != "." && w.lower != "-" {
			return false
		}
		if fireVerbs[w.lower] {
			return false
		}
	}
	return false
}

// fireCompounds after "fire" make it a modifier, not the event: "fire
// chief", "fire department".
var fireCompounds = map[string]bool{
	"department": true, "departments": true, "brigade": true, "brigades": true, "service": true, "services": true,
	"chief": true, "chiefs": true, "officials": true, "official": true, "crews": true, "crew": true,
	"station": true, "stations": true, "alarm": true, "alarms": true, "safety": true, "code": true, "codes": true,
	"exit": true, "exits": true, "hazard": true, "hazards": true, "risk": true, "risks": true, "engine": true,
	"engines": true, "truck": true, "trucks": true, "fighters": true, "door": true, "doors": true,
	"escape": true, "sale": true, "insurance": true, "extinguisher": true, "extinguishers": true,
	"marshal": true, "season": true, "danger": true, "ban": true, "bans": true, "drill": true, "drills": true,
	"hydrant": true, "hydrants": true, "power": true, "line": true, "lines": true, "warden": true,
	"inspector": true, "inspectors": true, "regulations": true, "rules": true, "prevention": true,
	"protection": true, "weather": true, "ant": true, "ants": true, "pit": true, "pits": true,
}

// fireVerbs before "fire" make it the object of an idiom ("opened fire",
// "came under fire", "set fire to"), not an instance of a fire.
var fireVerbs = map[string]bool{
	"open": true, "opened": true, "opens": true, "opening": true, "under": true, "cease": true,
	"returned": true, "exchanged": true, "friendly": true, "set": true, "caught": true, "catch": true,
	"on": true, "of": true, "hold": true, "held": true, "heavy": true, "live": true, "artillery": true, "rocket": true,
}

// bareAfter are the prepositions after which a bare singular event noun is
// an idiom: "at trial", "on strike", "in session", "to trial".
var bareAfter = map[string]bool{
	"at": true, "on": true, "in": true, "to": true, "for": true, "under": true, "into": true, "stand": true,
	"face": true, "faces": true, "faced": true, "facing": true, "awaiting": true, "await": true,
}

// launchCompounds after "launch" make it a modifier: "launch site".
var launchCompounds = map[string]bool{
	"site": true, "sites": true, "pad": true, "pads": true, "vehicle": true, "vehicles": true, "complex": true,
	"tower": true, "market": true, "customer": true, "customers": true, "services": true, "provider": true,
	"providers": true, "facility": true, "facilities": true, "party": true,
}

// compoundHeads after an event noun make it a modifier of another thing
// with a time of its own: "the election campaign", "the trial judge".
var compoundHeads = map[string]bool{
	"campaign": true, "campaigns": true, "commission": true, "officials": true, "law": true, "laws": true,
	"rules": true, "observers": true, "monitors": true, "fraud": true, "results": true, "result": true,
	"system": true, "board": true, "authorities": true, "manifesto": true, "promise": true, "promises": true,
	"pledge": true, "pledges": true, "victory": true, "defeat": true, "season": true, "cycle": true,
	"spending": true, "workers": true, "organizers": true, "organisers": true, "venue": true, "judge": true,
	"lawyers": true, "registration": true, "deadline": true, "preparations": true, "agenda": true,
	"fund": true, "pay": true, "committee": true, "team": true, "tickets": true, "schedule": true,
	"ballot": true, "ballots": true, "vote": true, "threat": true, "threats": true, "notice": true,
	"mandate": true, "leaders": true, "leader": true, "talks": true,
}

// beganSubject reports a bare noun at toks[i] that is the subject of a verb
// of starting, perhaps past an "of" phrase or as the subject of its own
// relative clause: "Construction of the new span began on April 8", "since
// construction started", "the suspension that began on April 9": the
// event begun.
func beganSubject(toks []token, i int) bool {
	k := i + 1
	if k+2 < len(toks) && toks[k].lower == "," && toks[k+1].lower == "which" {
		k++ // "The recall, which began in Japan on Thursday": a relative clause set off
	}
	if k+1 < len(toks) && (toks[k].lower == "that" || toks[k].lower == "which") {
		k++ // "the six-day suspension that began on April 9": its relative clause's subject
	}
	if k < len(toks) && toks[k].lower == "of" {
		for k++; k < len(toks) && k <= i+6 && (isDeterminer(toks[k].lower) || toks[k].tag.IsAdjective() || toks[k].tag.IsNoun() && !toks[k].tag.IsVerb()); k++ {
		}
	}
	if k+1 < len(toks) && (toks[k+1].tag == text.PRPS || articles[toks[k+1].lower]) {
		return false // "the first car ferry began the crossing": the verb's object is what began
	}
	return k < len(toks) && toks[k].tag.IsVerb() && onsetVerb(toks[k].lower)
}

// articles open a noun phrase that is no date ("the", "a"), unlike "this"
// or "last" ("began last week").
var articles = map[string]bool{"the": true, "a": true, "an": true}

// openKind returns the kind of an event named by a noun off the closed list
// of triggers: a common noun whose most frequent sense the lexicon knows as
// an act or event ("slaying", "recall", "inspection", "debut"), or that a
// support verb of the copy took as its object (supported: "carried out the
// operation"), in a noun phrase that picks out instances: opened by a
// determiner, a possessive, an ordinal or a number ("the slaying", "Iraq's
// invasion", "the second recall", "two audits"). Its kind is its lemma. It
// returns "" otherwise.
func openKind(toks []token, i int, supported map[string]bool, verbUsed func(string) bool) string {
	t := toks[i]
	lemma := t.lemma
	if t.tag == text.VBG && i > 0 && lex().Is(lexicon.TimeUnits, toks[i-1].lemmaOr()) {
		return "" // "for the second year running": consecutive stretches, no event
	}
	if t.tag == text.VBG || t.tag.IsVerb() && i > 0 && toks[i-1].tag == text.CD {
		// After a determiner, a gerund is a noun ("the Oct. 23 slaying"),
		// and so is a word after the date that opens its noun phrase,
		// whatever the tagger read ("the March 5 raid had been planned").
		lemma = t.lower
	} else if !t.tag.IsNoun() || t.tag.IsProper() {
		return ""
	}
	if lex().Is(lexicon.OrgHeads, lemma) && !(i+1 < len(toks) && toks[i+1].lower == "of") {
		// "hired by the cooperative in February": a body, though WordNet
		// files a cooperative under acts; "an exchange of prisoners" is one.
		return ""
	}
	if t.cap && i > 0 || lemma == "" || i+1 < len(toks) && toks[i+1].tag.IsNoun() && !lex().Is(lexicon.AttemptNouns, toks[i+1].lemmaOr()) {
		// A noun modifying the next one is no head ("the strike fund"),
		// but one a noun of trying follows is the event tried ("the
		// first rescue attempt").
		return ""
	}
	// The object of a verb of starting names the event begun, with no
	// determiner: "began dredging the channel", "started repairs".
	begun := i > 0 && onsetVerb(toks[i-1].lower) || beganSubject(toks, i) || onsetObject(toks, i)
	if !instanceNP(toks, i) && !begun && !datedPlural(toks, i) || lex().Is(lexicon.OccasionNouns, lemma) && !datedBefore(toks, i) {
		return "" // but "the Feb. 1 move": a date before it makes an occasion noun a happening
	}
	if lex().EventClass(lemma) == "" && !supported[lemma] {
		if lex().LaterAct(lemma) != "" && lex().VerbOf(lemma) == lemma && verbUsed(lemma) {
			// "recalled 4,000 cars ... The recall began on June 2",
			// "have audited the cannery twice ... The third audit": a
			// noun first filed as a thing names its act when the copy
			// uses it as a verb too.
			return lemma
		}
		if dated := datedBefore(toks, i); dated || rankedBefore(toks, i) || begun {
			// A date or an ordinal picks the act: "the Sept. 9 launch",
			// "the third postponement"; a date also an act of
			// communication ("the Oct. 8 ratification"), where an
			// ordinal picks a document ("a second bill").
			if k := actNominalKind(toks[i], dated); k != "" {
				return k
			}
			return ""
		}
		if i == 0 || toks[i-1].tag != text.CD && !(i >= 2 && toks[i-2].tag == text.CD && toks[i-1].tag == text.NN && !toks[i-1].cap) {
			return "" // a count may have a noun modifier between: "two pilot enumerations"
		}
		if k := actNominalKind(toks[i], false); k != "" && k != lex().VerbOf(lemma) {
			// A count picks acts whose noun a suffix derives from the
			// verb ("seven performances"); a noun the verb is made from
			// ("two jets") names a thing.
			return k
		}
		return ""
	}
	return lemma
}

// supportObject returns the lemma of the noun a support verb at toks[i]
// takes as its object, within four words and before any preposition
// ("carried out the operation", "conducted three raids", "staged a
// walkout"), or "": the event the verb reports.
func supportObject(toks []token, i int) string {
	t := toks[i]
	if !t.tag.IsVerb() || t.lemma == "" {
		return ""
	}
	if !lex().Is(lexicon.SupportVerbs, t.lemma) && !(i+1 < len(toks) && lex().Is(lexicon.SupportVerbs, t.lemma+" "+toks[i+1].lower)) {
		return "" // "conducted", "carried out"; not "carried its first passengers"
	}
	for k := i + 1; k < len(toks) && k <= i+5; k++ {
		w := toks[k]
		switch {
		case !w.word || w.cap:
			return ""
		case w.tag.IsNoun() && !(k+1 < len(toks) && toks[k+1].tag.IsNoun()):
			if tr, ok := triggers[w.lower]; ok {
				return tr.kind // "staged a walkout": the closed kind, a strike
			}
			if w.lemma != "" && !lex().Is(lexicon.OccasionNouns, w.lemma) {
				return w.lemma
			}
			return ""
		case w.tag.IsVerb() && w.lower != "out":
			return ""
		case (w.tag == text.IN || w.tag == text.TO) && w.lower != "out":
			// "A survey carried out for the city in July": the object
			// comes before any preposition; a noun after one is not it.
			return ""
		}
	}
	return ""
}

// instanceNP reports whether the noun phrase ending at toks[i] is opened,
// within four words, by a determiner, a possessive, an ordinal or a number.
// A participle right before a noun or an adjective modifies it ("the first
// failed inspection", "two delayed test launches").
func instanceNP(toks []token, i int) bool {
	for k, lim := i-1, i-4; k >= 0 && k >= lim; k-- {
		w := toks[k]
		switch {
		case w.poss || isDeterminer(w.lower) || ordinals[w.lower] > 0 || numberWords[w.lower] > 0:
			return true
		case dateComma(toks, k):
			lim -= 2 // "his Feb. 17, 2022 arrest": a date's year and comma
			continue
		case !w.word && w.lower != "." && w.lower != "-":
			return false
		case w.tag == text.VBN && (toks[k+1].tag.IsNoun() || toks[k+1].tag == text.JJ):
			continue
		case w.tag.IsVerb() || w.tag == text.IN || w.tag == text.TO:
			return false
		}
	}
	return false
}

// rankedBefore reports an ordinal right before toks[i], or before a noun
// that modifies it: "the third flight", "the first research flight".
func rankedBefore(toks []token, i int) bool {
	if i > 0 && ordinals[toks[i-1].lower] > 0 {
		return true
	}
	return i > 1 && ordinals[toks[i-2].lower] > 0 && toks[i-1].tag == text.NN && !toks[i-1].cap
}

// dateComma reports the comma of a date written before a noun, between
// its day and its year ("Feb. 17, 2022 arrest", "June 3, 2024 vote").
func dateComma(toks []token, k int) bool {
	return toks[k].lower == "," && k >= 2 && k+1 < len(toks) && toks[k-1].tag == text.CD &&
		lex().Is(lexicon.Months, toks[k-2].lower) && isYear(toks[k+1].lower)
}

// isYear reports a four-digit year from 1000 to 2999.
func isYear(n string) bool {
	return len(n) == 4 && n[0] >= '1' && n[0] <= '2' && strings.Trim(n, "0123456789") == ""
}

// openVerbKind returns the kind of an event named by a verb off the closed
// list of triggers: the noun derived from it that the lexicon knows as an
// act or event ("raided" → "raid", "inspected" → "inspection"), so that a
// verb and its noun are one kind ("raided the depot twice" and "the third
// raid"). It returns "" for other words, auxiliaries among them.
func openVerbKind(toks []token, i int, named, dated func(noun string) bool) string {
	t := toks[i]
	if !t.tag.IsVerb() || t.lemma == "" || t.cap || lex().Is(lexicon.Auxiliaries, t.lower) {
		return ""
	}
	ns := lex().Nominals(t.lemma)
	for _, n := range ns {
		if (n.Class == "act" || n.Class == "event" || n.Class == "communication") && (n.Noun != t.lemma || n.Class != "communication" && dated(n.Noun)) && named(n.Noun) && (!lex().Is(lexicon.OccasionNouns, n.Noun) || dated(n.Noun)) {
			// Of a verb's act nouns, the one the copy uses: "stopped work
			// on Tuesday" ... "the first of the three stoppages", not
			// "stop"; also one of communication ("ratified the treaty on
			// Oct. 6" ... "the Oct. 8 ratification").
			if tr, ok := triggers[n.Noun]; ok && tr.noun {
				return tr.kind
			}
			return n.Noun
		}
	}
	if !lex().Is(lexicon.LightVerbs, t.lemma) {
		// "shut the sluice gates twice this year" ... "The third closure
		// of 2023": the act noun of a synonym of the verb's first sense,
		// when the copy uses it and none of the verb's own.
		var buf [8]string
		for _, n := range lex().SynonymActs(buf[:0], t.lemma) {
			if named(n) && !lex().Is(lexicon.OccasionNouns, n) && lex().EventClass(n) != "" {
				if tr, ok := triggers[n]; ok && tr.noun {
					return tr.kind
				}
				return n
			}
		}
	}
	for _, n := range ns {
		if tr, ok := triggers[n.Noun]; ok && tr.noun {
			return tr.kind // "exploded" → "explosion", a blast
		}
		if n.Noun == t.lemma && lex().LaterAct(n.Noun) != "" && named(n.Noun) && !lex().Is(lexicon.LightVerbs, t.lemma) {
			return n.Noun // "audited twice" ... "The first audit": the copy uses the noun of its act
		}
		if (n.Class == "act" || n.Class == "event") && (lex().EventClass(n.Noun) != "" || n.Noun == t.lemma && !lex().Is(lexicon.LightVerbs, t.lemma) || named(n.Noun)) && !lex().Is(lexicon.OccasionNouns, n.Noun) {
			// The act noun of another form must name an event in its
			// most frequent sense, or be a noun the copy uses itself
			// ("resigned on Friday" ... "the Oct. 7 resignation"); the
			// verb's own form as an act noun ("sentence", "launch") names
			// the act the verb reports.
			return n.Noun
		}
	}
	for _, g := range lex().Inflections(t.lemma) {
		if strings.HasSuffix(g, "ing") && named(g) && !lex().Is(lexicon.OccasionNouns, g) {
			return g // "reopens on June 14" ... "the June 21 reopening": a gerund the lexicon has no noun of
		}
	}
	return ""
}

// actNominalKind returns the kind of an event a noun names that is not an
// event in its most frequent sense but is the act of a verb (the
// lexicon's nominal of class act or event): the verb's own form ("the
// Sept. 9 launch", "the March 5 raid") or its gerund ("the April 16
// sentencing"). The kind is the verb's act noun, as openVerbKind gives it,
// so that "would sentence him on April 14" and "the April 16 sentencing"
// are one kind. With communication, a nominal of that class counts too
// ("the Oct. 8 ratification"). It returns "" for other nouns.
func actNominalKind(t token, communication bool) string {
	verb := lex().VerbOf(t.lemma)
	if strings.HasSuffix(t.lower, "ing") {
		verb = lex().Lemma(t.lower, lexicon.Verb) // a gerund's verb
	}
	if verb == "" {
		return ""
	}
	ns := lex().Nominals(verb)
	for _, written := range [2]bool{true, false} {
		for _, n := range ns {
			// The written form counts as well as the lemma: a tagger may
			// read "the Oct. 11 opening" as the verb's gerund; and it
			// comes before the verb's own form ("its March 11 listing"
			// is a listing, not a list).
			if written && n.Noun != t.lower || !written && n.Noun != t.lemma && n.Noun != verb {
				continue
			}
			if (n.Class == "act" || n.Class == "event" || communication && n.Class == "communication") && !lex().Is(lexicon.OccasionNouns, n.Noun) {
				return n.Noun
			}
		}
	}
	if strings.HasSuffix(t.lower, "ing") && verb != t.lower && lex().Known(verb, lexicon.Verb) && !lex().Known(t.lower, lexicon.Noun) {
		// "the June 21 reopening": the gerund of a verb, a noun the
		// lexicon lacks, names the verb's act.
		return t.lower
	}
	return ""
}

// particles join a verb into a phrasal verb whose compound noun may name
// an event: "walk out" (walkout), "shut down" (shutdown), "sit in" (sit-in).
var particles = map[string]bool{"out": true, "down": true, "in": true, "up": true, "off": true, "over": true}

// phrasalKind returns the kind of the event a phrasal verb at toks[i]
// names by its compound noun ("walk out" → the closed kind of "walkout",
// "lock out" → "lockout", "break in" → "break-in"), and whether the kind is
// one of the closed list; "" for anything else.
func phrasalKind(toks []token, i int) (string, bool) {
	t := toks[i]
	if k, ok := idiomKind(toks, i); ok {
		return k, true
	}
	if !t.tag.IsVerb() || t.lemma == "" || i+1 >= len(toks) || !particles[toks[i+1].lower] {
		return "", false
	}
	for _, c := range []string{t.lemma + toks[i+1].lower, t.lemma + "-" + toks[i+1].lower} {
		if tr, ok := triggers[c]; ok {
			return tr.kind, true
		}
		if lex().EventClass(c) != "" && !lex().Is(lexicon.OccasionNouns, c) {
			return c, false
		}
	}
	return "", false
}

// idiomKind returns the kind of event a fixed verb phrase at toks[i]
// names ("walked off the job", "downed tools"), from the lexicon's event
// idioms, and whether one stands there.
func idiomKind(toks []token, i int) (string, bool) {
	kind, _ := idiomAt(toks, i)
	return kind, kind != ""
}

// idiomAt returns the kind of event the fixed verb phrase at toks[i]
// names and the index of its last word, or "" and i.
func idiomAt(toks []token, i int) (string, int) {
	t := toks[i]
	if !t.tag.IsVerb() || t.lemma == "" || !lex().Opens(lexicon.EventIdioms, t.lemma) {
		return "", i
	}
	key := t.lemma
	for k := i + 1; k < len(toks) && k <= i+3 && toks[k].word; k++ {
		key += " " + toks[k].lower
		if noun := lex().Value(lexicon.EventIdioms, key); noun != "" {
			if tr, ok := triggers[noun]; ok {
				return tr.kind, k
			}
			return noun, k
		}
	}
	return "", i
}

// datedPlural reports a bare plural at toks[i] that a date right after it
// places ("after inspections in March and last November", "following
// floods on Feb. 3 and in May"): events that happened, not a kind of
// thing spoken of in general.
func datedPlural(toks []token, i int) bool {
	if toks[i].tag != text.NNS || i+1 >= len(toks) {
		return false
	}
	k := i + 1
	if w := toks[k].lower; w == "in" || w == "on" {
		k++
	}
	if k < len(toks) && (toks[k].lower == "last" || toks[k].lower == "this" || toks[k].lower == "early" || toks[k].lower == "late") {
		k++
	}
	if k >= len(toks) {
		return false
	}
	w := strings.TrimSuffix(toks[k].lower, ".")
	return lex().Is(lexicon.Months, w) || lex().Is(lexicon.Months, toks[k].lower) || lex().Is(lexicon.Weekdays, w) || isYear(w)
}

// datedBefore reports a date written right before toks[i], inside its noun
// phrase: a month and day ("the Sept. 9 launch", "the April 16
// sentencing") or a year ("the 2025 recount"), not a count ("two jets").
func datedBefore(toks []token, i int) bool {
	if i >= 1 && toks[i-1].poss && lex().Is(lexicon.Weekdays, strings.ToLower(toks[i-1].text)) {
		// "Tuesday's flight", "Friday's vote"; not "Thursday's opening,
		// The Salt Road,": a title set beside it names a work, one of
		// several the copy opens on different days.
		return !(i+2 < len(toks) && toks[i+1].lower == "," && toks[i+2].cap)
	}
	if i < 1 || toks[i-1].tag != text.CD {
		return false
	}
	if isYear(toks[i-1].lower) {
		return true
	}
	return i >= 2 && lex().Is(lexicon.Months, toks[i-2].lower)
}

// onsetObject reports a noun at toks[i] that a verb of starting governs
// past its determiner and adjectives: "began the forensic audit on
// Monday", "opened a new inquiry".
func onsetObject(toks []token, i int) bool {
	j := i - 1
	for j >= 0 && (toks[j].tag.IsAdjective() || toks[j].tag == text.DT || toks[j].tag == text.PRPS) && j >= i-3 {
		j--
	}
	return j >= 0 && j < i-1 && onsetVerb(toks[j].lower)
}
