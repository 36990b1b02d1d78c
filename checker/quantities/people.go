package quantities

import (
	"regexp"
	"strings"

	"github.com/copydesk/copydesk/checker/lexicon"
	"github.com/copydesk/copydesk/checker/text"
)

// capFunc reports a capitalised word that names no one: a word that opens
// sentences ("The", "However") or a weekday, from the lexicon.
func capFunc(w string) bool {
	lx := lexicon.Default()
	_, _, day := lx.Number(lexicon.Weekdays, w)
	return day || lx.Is(lexicon.SentenceOpeners, w)
}

// isPersonNoun reports a noun that names a person in its first sense
// ("pharmacist", "foreman", "widow"), singular or plural, from the lexicon:
// "the 56-year-old man" is an age, "the 40-year-old club" is not.
func isPersonNoun(w string) bool {
	lx := lexicon.Default()
	w = w[:possessive(w)] // "the 50-year-old saxophonist's set"
	return lx.PersonNoun(lx.Lemma(w, lexicon.Noun))
}

// closingVerb reports a past form in -ed that the tagger read as a
// participle but that closes its clause, so it is the clause's verb:
// "the 65-year-old laughed.", "the 52-year-old shrugged and said".
func (sc *scanner) closingVerb(after []tok) bool {
	if len(after) < 2 || !sc.tagIs(after[0].start, text.VBN) || !strings.HasSuffix(after[0].lower(), "ed") {
		return false
	}
	switch word(after, 1) {
	case ".", ",", ";", "and", "but", "then":
		return true
	}
	return false
}

// ageTakesPerson reports a noun right after an age ("the 44-year-old
// principal") that names a person in any of its senses and whose first
// sense is no physical thing (a building, a vessel): the age picks the
// person reading.
func ageTakesPerson(w string) bool {
	lx := lexicon.Default()
	l := lx.Lemma(w, lexicon.Noun)
	return lx.PersonSense(l) && lx.ThingClass(l) == "" && !thingNouns[l]
}

// officerOf reports a noun after an age that names a person in a later
// sense and follows a word naming an organisation: its officer ("the
// 50-year-old cooperative chair", "the 61-year-old council head"), not a
// thing ("the 40-year-old council chamber").
func officerOf(after []tok, k int) bool {
	if k == 0 || k >= len(after) {
		return false
	}
	lx := lexicon.Default()
	org := lx.Lemma(after[k-1].lower(), lexicon.Noun)
	return lx.PersonSense(lx.Lemma(after[k].lower(), lexicon.Noun)) && (lx.Is(lexicon.OrgHeads, org) || lx.ContainerClass(org) == "group")
}

// adjSkip are words skipped between "-year-old" and its noun.
var adjSkip = map[string]bool{
	"former": true, "retired": true, "veteran": true, "local": true, "new": true, "young": true,
	"british": true, "french": true, "german": true, "swiss": true, "first-time": true,
}

// nameBefore returns the run of capitalised words ending at the token
// before[k], a name such as "Maria Kowalczyk" or "Mr. Berg".
func nameBefore(before []tok, k int) (Span, bool) {
	if k >= len(before) || !nameWord(before[k]) || capFunc(before[k].lower()) {
		return Span{}, false
	}
	if _, isMonth := monthNumber(before[k].lower()); isMonth {
		return Span{}, false
	}
	sp := Span{Start: before[k].start, End: before[k].end}
	for j := k + 1; j < len(before) && j < k+4; j++ {
		t := before[j]
		if t.w == "." && j+1 < len(before) && before[j+1].isCap() {
			continue // "Mr." or an initial
		}
		if !nameWord(t) || capFunc(t.lower()) {
			break
		}
		sp.Start = t.start
	}
	return sp, true
}

// nameWord reports a word that may be part of a name: a capitalised one,
// or a lower-case particle hyphened to a capitalised name ("al-Khatib").
func nameWord(t tok) bool { return t.isCap() || lexicon.Default().ParticleName(t.w) }

// roleBefore returns a noun phrase naming a person ending at before[k]:
// "her mother", "the driver", "a neighbour".
func roleBefore(before []tok, k int) (Span, bool) {
	if k >= len(before) || !isPersonNoun(before[k].lower()) {
		return Span{}, false
	}
	sp := Span{Start: before[k].start, End: before[k].end}
	if j := k + 1; j < len(before) {
		switch w := before[j].lower(); {
		case w == "her" || w == "his" || w == "their" || w == "the" || w == "a" || w == "an" || w == "its" || w == "our" || w == "my" || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s"):
			sp.Start = before[j].start
		}
	}
	return sp, true
}

// thingHead reports a lower-case word that names a thing, not a person,
// heading the noun phrase a name before it modifies: "viaduct" in "the
// Kamenica viaduct".
func (sc *scanner) thingHead(t tok) bool {
	w := t.lower()
	return t.isWord() && !t.isCap() && sc.isNoun(t) && !isPersonNoun(w) && thingAged(singular(w))
}

// madeAfter reports a comma at after[j] and then a past participle of a
// verb of origin ("finished", "built", "opened"): what the name before it
// names was made, so it is a thing, not a person.
func (sc *scanner) madeAfter(after []tok, j int) bool {
	if j+1 >= len(after) || after[j].lower() != "," || !sc.tagIs(after[j+1].start, text.VBN) && !sc.tagIs(after[j+1].start, text.VBD) {
		return false
	}
	lx := lexicon.Default()
	return lx.Is(lexicon.OriginVerbs, lx.Lemma(after[j+1].lower(), lexicon.Verb))
}

// atAge reads an age set beside a name by "at" ("Ernesto Villaflor, at
// 57 the oldest man aboard,"): that person's age now. It reports whether
// it did. (One fronted before its subject, "At 57, Villaflor was the
// oldest", is read with the predicate ages.)
func (sc *scanner) atAge(q *Quantity, before, after []tok) bool {
	if q.Unit != "" || word(before, 0) != "at" || word(after, 0) != "," && !isDet(word(after, 0)) {
		return false
	}
	sp, ok := nameBefore(before, 2)
	if !ok || word(before, 1) != "," {
		return false
	}
	q.Kind, q.Subject, q.SubjectIsName = Age, sp, true
	return true
}

// age reads q as an age if it is one; it reports whether it did.
func (sc *scanner) age(q *Quantity, before, after []tok) bool {
	if q.Value != float64(int(q.Value)) || q.Value < 1 || q.Value > 119 || q.Approx == Vague {
		return false
	}
	if sc.adverbAfterCopula(q, before) {
		before = before[1:] // "she is now 47", "he was still 19"
	}
	past := false
	switch word(before, 0) {
	case "was", "were", "turned", "turns", "turn", "then", "then-", "at":
		past = true
	default:
		// "Dizon, 49, was a 27-year-old resident during the last
		// outbreak", "when coach Tor Eide was the team's 19-year-old
		// goalkeeper": what someone was, an age of that time; so is
		// one set beside a name by "then" ("Gustavo Iriarte, then a
		// 29-year-old programmer,").
		k := 0
		for k < len(before) && k < 3 && (isDet(word(before, k)) || possessive(word(before, k)) < len(word(before, k))) {
			k++
		}
		past = k > 0 && (word(before, k) == "was" || word(before, k) == "were" || word(before, k) == "then" && word(before, k+1) == ",")
	}
	if w := word(after, 0); w == "when" || w == "at" && word(after, 1) == "the" && word(after, 2) == "time" {
		past = true
	}
	if sc.atAge(q, before, after) {
		return true
	}
	if sc.adverbInApposition(q, before) {
		before = before[1:] // "Aho, now 72,", "Berg, still only 19,": past is read above ("then 40")
	}
	switch {
	case q.Unit == "year-old" && strings.Contains(q.Text, " ") && (strings.HasSuffix(strings.ToLower(q.Text), "old") || strings.HasSuffix(strings.ToLower(q.Text), "age")):
		// "Smith is 54 years old", "who was 40 years old when", "47 years
		// of age"; "I'm 64 years old" in a quote is the speaker's.
		if w := word(before, 0); w == "i'm" || w == "i’m" {
			q.Subject, q.FirstPerson = Span{Start: before[0].start, End: before[0].start + 1}, true
		} else if w == "am" && word(before, 1) == "i" {
			// "I am 72 years old": the speaker's, as "I'm" is.
			q.Subject, q.FirstPerson = Span{Start: before[1].start, End: before[1].end}, true
		} else {
			if sc.thingSubject(before) {
				return false // "a third of her trees are less than three years old": the trees' age
			}
			namedSubject(q, before)
		}
		q.Kind, q.Past = Age, past
		return true
	case q.Unit == "year-old":
		// "the 56-year-old", "a 54-year-old man", "54-year-old Ana Ruiz".
		k := 0
		for k < len(after) && adjSkip[after[k].lower()] {
			k++
		}
		if k < len(after) && after[k].isCap() && after[k].isWord() && !capFunc(after[k].lower()) {
			sp := Span{Start: after[k].start, End: after[k].end}
			j := k + 1
			for ; j < len(after) && j < k+4 && after[j].isCap() && after[j].isWord(); j++ {
				sp.End = after[j].end
			}
			if j < len(after) && sc.thingHead(after[j]) {
				return false // "the 40-year-old Kamenica viaduct": a name before a thing's noun
			}
			if sc.madeAfter(after, j) {
				// "the 27-year-old Magdalo Dam, finished in 1961": a
				// thing's name, made then; its last word is what it is.
				q.Noun = singular(after[j-1].lower())
				q.Class = q.Noun
				return false
			}
			if j < len(after) && !after[j].isCap() && isPersonNoun(after[j].lower()) {
				k = j // "a 52-year-old Seattle investor": a place or firm before the role
			} else {
				q.Kind, q.Subject, q.SubjectIsName, q.Past = Age, sp, true, past
				return true
			}
		}
		if sp, ok := sc.nameAfterPlace(after); ok && k == 0 {
			// "a 33-year-old from Varna, Emine Kaya,": a name in apposition
			// after the place the person is from.
			q.Kind, q.Subject, q.SubjectIsName, q.Past = Age, sp, true, past
			return true
		}
		// The head may stand after noun modifiers: "the 47-year-old former
		// fisheries inspector", "a 30-year-old sports reporter".
		for j := k; j < len(after) && j < k+3 && !isPersonNoun(word(after, k)); j++ {
			t := after[j]
			if !t.isWord() || t.isCap() || stopWords[t.lower()] || sc.finiteAt(t.start) {
				break
			}
			if isPersonNoun(t.lower()) {
				k = j
			}
		}
		w := word(after, k)
		if isPersonNoun(w) && k+1 < len(after) && after[k+1].isCap() && after[k+1].isWord() && !capFunc(after[k+1].lower()) {
			// "the 29-year-old defender Ebo Quansah": the role is a title
			// before the name, whose age it is.
			sp := Span{Start: after[k+1].start, End: after[k+1].end}
			for j := k + 2; j < len(after) && j < k+5 && after[j].isCap() && after[j].isWord(); j++ {
				sp.End = after[j].end
			}
			q.Kind, q.Subject, q.SubjectIsName, q.Past = Age, sp, true, past
			return true
		}
		if k == 0 && !isPersonNoun(w) && officerOf(after, 1) {
			k, w = 1, word(after, 1) // "the 50-year-old cooperative chair"
		}
		if isPersonNoun(w) || k == 0 && ageTakesPerson(w) || k == 1 && officerOf(after, 1) {
			// "joined the bank as a 32-year-old economist in 2007": the
			// age in a role taken at a stated time is the age then.
			past = past || (word(before, 1) == "as" || word(before, 0) == "as") && sc.timed(q.Start)
			q.Kind, q.Subject, q.Past = Age, Span{Start: after[k].start, End: after[k].start + possessive(after[k].w)}, past
			q.Anaphor = q.Definite || word(before, 0) == "the"
			return true
		}
		if k == 0 && (w == "" || !after[0].isWord() || stopWords[w] || sc.finiteAt(after[0].start) || sc.closingVerb(after)) && word(before, 0) == "the" {
			// "the 56-year-old", "The 44-year-old told the radio"
			q.Kind, q.Anaphor, q.Past = Age, true, past
			return true
		}
		// A thing's age ("the 10-year-old treaty"): see elapsed.
		return false
	case q.Unit == "" && word(before, 0) == "aged" && sc.groupAged(before, after):
		return false // "the men, aged 23 and 31": ages of a group, no one's
	case q.Unit == "" && (len(before) == 1 || len(before) == 2 && word(before, 1) == "now") && word(before, 0) == "aged" && word(after, 0) == ",":
		// A fronted age: "Aged 33, Rocío Valdivia is already thinking
		// ahead", "Now aged 54, she said" is the subject's age now.
		if sp, ok := subjectAfter(after, 1); ok {
			q.Kind, q.Subject = Age, sp
			return true
		}
		return false
	case q.Unit == "" && word(before, 0) == "aged":
		if sp, ok := nameBefore(before, 2); ok && word(before, 1) == "," {
			q.Subject, q.SubjectIsName = sp, true
		} else if sp, ok := roleBefore(before, 1); ok {
			q.Subject = sp
		}
		// "She died on Nov. 9, 1998, aged 77": a clause with its year
		// gives the age then; "died on Sunday aged 88" the age now; "He
		// joined as a class teacher, aged 35," the age at a step of a life
		// told in the past.
		q.Kind, q.Past = Age, past || yearJustBefore(before) || sc.pastStepBefore(before)
		if sp, ok := subjectAfter(after, 1); ok && q.Subject == (Span{}) && word(after, 0) == "," && yearJustBefore(before) {
			q.Subject = sp // "In 2009, aged 36, she left": fronted with its year, the subject after
		}
		return true
	case q.Unit == "" && word(before, 0) == "was" && word(after, 0) == "when":
		// "who was 40 when elected in 2010": an age then, not now.
		if sp, ok := sc.subjectPastAside(before); ok {
			q.Subject = sp // "The chief executive, an engineer by training, was 24 when ..."
		} else {
			namedSubject(q, before)
		}
		q.Kind, q.Past = Age, true
		return true
	case q.Unit == "" && (word(before, 0) == "i'm" || word(before, 0) == "i’m") && ageEnds[word(after, 0)]:
		// "I'm 64 and I have never seen this": the speaker's age now.
		q.Kind, q.Subject, q.FirstPerson = Age, Span{Start: before[0].start, End: before[0].start + 1}, true
		q.Past = word(after, 0) == "when"
		return true
	case q.Unit == "" && (copulas[word(before, 0)] || futureBe(before)) && ageEnds[word(after, 0)]:
		// A predicate age: "He was 64.", "Smith is 54, and", "she turned
		// 60 on Monday". It is an age at another time (Past) when the clause
		// says when ("was 40 when elected", "was 30 in 1990") or looks
		// ahead ("she turns 45 in August").
		vg := sc.verbGroupStart(before)
		sp, ok := subjectBefore(before, vg)
		if word(before, vg) == "who" && word(before, vg+1) == "and" {
			// "Hamre, who has led the programme since 2004 and who turned
			// 60 last spring": the first relative's person.
			sp, ok = sc.coordinatedRelative(before[vg].start)
		} else if word(before, vg) == "and" && vg < len(before) {
			// "Halvorsen, who has skippered ferries since 1991 and turned
			// 60 last year": a verb coordinated inside a relative clause
			// is said of the relative's person.
			if rs, rok := sc.coordinatedRelative(before[vg].start); rok {
				sp, ok = rs, true
			}
		}
		if word(before, 1) == "," {
			if rs, rok := sc.relativeSubject(before[1].start); rok {
				sp, ok = rs, true
			} else if as, aok := sc.subjectPastAside(before); (!ok || sp.End == 0) && aok {
				sp, ok = as, true
			}
		}
		if !ok {
			return false
		}
		q.Kind, q.Subject = Age, sp
		q.FirstPerson = sp.End-sp.Start == 1 && sc.s[sp.Start] == 'I'
		// "turns 45 in August" is an age still ahead; "since he was
		// fifteen", "when she was 12" one at the time of another clause.
		v := word(before, 0)
		q.Reached = v == "turned" || v == "turns" || v == "turn" || futureBe(before) // "will be 70 in June": turns 70 then
		// A speaker who says "I was 64" speaks of an earlier time.
		q.Past = word(after, 0) == "when" || v == "turns" || v == "turn" || futureBe(before) || lexicon.Default().Is(lexicon.TimeOpeners, word(before, 2)) ||
			(v == "was" || v == "were") && (sc.timed(q.Start) || q.FirstPerson) ||
			q.Reached // an age reached at some time, said or not ("the year she turned 60")
		return true
	case q.Unit == "" && word(before, 0) == "at" && len(before) >= 2 && sc.lifeVerbPastTime(before) && ageEnds[word(after, 0)]:
		// "died at 88 on Monday", "retired at 60 in 2019", "died on
		// Sunday at 84": the age the clause's subject took that step at.
		q.Kind, q.Past = Age, true
		return true
	case q.Unit == "" && ageOfPhrase(before) > 0 && sc.lifeClause(before[ageOfPhrase(before)-1].start) && ageEnds[word(after, 0)]:
		// "died on Thursday at her home in Porto at the age of 84", "retired
		// in 2019 at age 60": the age its clause's step of a life was
		// taken at.
		q.Kind, q.Past = Age, true
		return true
	case q.Unit == "" && word(before, 0) == "at" && word(before, 1) == "," && isYearWord(word(before, 2)) && (word(after, 0) == "," || word(after, 0) == "." || word(after, 0) == ";"):
		// An age set off after a dated clause: "danced her last Giselle in
		// 1990, at 41.", "joined the service in 2011, at 20, after a
		// fire": the age the clause's subject was in that year.
		q.Kind, q.Past = Age, true
		if sp, ok := subjectAfter(after, 1); ok && word(after, 0) == "," {
			q.Subject = sp // "In 2011, at 44, he led": fronted, the subject after
		}
		return true
	case q.Unit == "" && ageOfPhrase(before) > 0 && (word(after, 0) == "in" || word(after, 0) == "during") && isYearWord(word(after, 1)):
		// "founded Zernotech at the age of 29 in 2015": a year right
		// after the age gives the age then, as one right before does.
		q.Kind, q.Past = Age, true
		return true
	case q.Unit == "" && ageOfPhrase(before) > 0 && sc.yearBefore(q.Start, ageOfPhrase(before)) && ageEnds[word(after, 0)]:
		// "took over as director in 2014 at the age of 45": whatever the
		// step, a year right before "at the age of" gives the age then.
		q.Kind, q.Past = Age, true
		return true
	case q.Unit == "" && ageOfPhrase(before) > 0 && sc.yearCommaBefore(q.Start, ageOfPhrase(before)) &&
		(word(after, 0) == "," || word(after, 0) == "." || word(after, 0) == ";"):
		// "founded the company in 1979, at the age of 29, with a loan":
		// the age the clause's subject was in that year.
		q.Kind, q.Past = Age, true
		if sp, ok := subjectAfter(after, 1); ok && word(after, 0) == "," {
			q.Subject = sp // "In 1979, at the age of 29, he founded"
		}
		return true
	case q.Unit == "" && word(before, 0) == "at" && (len(before) == 1 || !before[1].isWord() && before[1].w != ",") && word(after, 0) == ",":
		// A fronted age, at the sentence's start or after the dateline:
		// "At 39, he is the youngest ..." and "At 52, Haugland will also
		// sit on the board" are ages now; "At 19, she joined the pilot
		// service" one at that time.
		if sp, ok := subjectAfter(after, 1); ok {
			q.Kind, q.Subject = Age, sp
			q.Past = !sc.presentAfter(after, sp.End) && !sc.modalAfter(after, sp.End)
			return true
		}
		return false
	case q.Unit == "" && len(before) == 1 && word(before, 0) == "now" && word(after, 0) == ",":
		// A fronted age: "Now 73, she still swims every morning."
		if sp, ok := subjectAfter(after, 1); ok {
			q.Kind, q.Subject = Age, sp
			return true
		}
		return false
	case q.Unit == "" && (word(before, 0) == "," || word(before, 0) == "("):
		// Apposition: "Smith, 54, said", "her mother, 79,", "Ruiz (54)".
		switch w := word(after, 0); w {
		case ",", ".", ";", ")", "said", "says", "told", "who":
			if word(before, 0) == "(" && w != ")" {
				return false
			}
		default:
			return false
		}
		if sp, ok := nameBefore(before, 1); ok {
			if len(before) > 1 && isYearWord(before[1].lower()) {
				return false
			}
			q.Kind, q.Subject, q.SubjectIsName, q.Past = Age, sp, true, past
			return true
		}
		if sp, ok := roleBefore(before, 1); ok {
			q.Kind, q.Subject, q.Past = Age, sp, past
			return true
		}
	}
	return false
}

var bornRE = regexp.MustCompile(`^(?i)born,?\s+(?:on\s+|in\s+)?(?:(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(?:(\d{1,2}),?\s+)?)?(?:in\s+)?(\d{4})\b`)

// births marks the year of "born in 1975" or "born on March 3, 1975" as a
// Birth, the year a person was born, not a count or a date of the story;
// whose birth it is, the entity layer decides. qs is sorted by position.
func (sc *scanner) births(qs []Quantity) {
	sc.each("born", func(at int) {
		m := window(bornRE, sc.s, at, 60)
		if m == nil {
			return
		}
		if i := findAt(qs, m[6]); i >= 0 && qs[i].Kind == Year {
			qs[i].Kind = Birth
		}
	})
}

// copulas link a subject to a predicate age.
// "Turn" is the bare form after a modal or "to": "she will turn 47 in
// May", an age still ahead.
var copulas = map[string]bool{"is": true, "am": true, "was": true, "were": true, "turned": true, "turns": true, "turn": true}

// adverbAfterCopula reports an adverb between a copula and the age after
// it that leaves the age as written ("is now 47", "was still 19", "is
// only 23"); a hedge ("nearly 47") makes the figure approximate and is
// not one.
func (sc *scanner) adverbAfterCopula(q *Quantity, before []tok) bool {
	if len(before) < 2 || q.Approx != Exact || !copulas[word(before, 1)] {
		return false
	}
	if _, hedge := approxWords[word(before, 0)]; hedge {
		return false
	}
	return sc.tagIs(before[0].start, text.RB)
}

// nameAfterPlace returns the name set off by a comma after a prepositional
// phrase that opens after: "from Varna, Emine Kaya", "in Braga, Rui Costa".
func (sc *scanner) nameAfterPlace(after []tok) (Span, bool) {
	if len(after) < 4 || !sc.tagIs(after[0].start, text.IN) {
		return Span{}, false
	}
	j := 1
	for j < len(after) && after[j].isWord() && after[j].w != "," {
		j++
	}
	if j == 1 || j+1 >= len(after) || after[j].w != "," || !after[j+1].isCap() || !after[j+1].isWord() || capFunc(after[j+1].lower()) {
		return Span{}, false
	}
	sp := Span{Start: after[j+1].start, End: after[j+1].end}
	for n := j + 2; n < len(after) && n < j+4 && after[n].isCap() && after[n].isWord(); n++ {
		sp.End = after[n].end
	}
	return sp, true
}

// thingSubject reports a predicate age ("are less than three years
// old") whose copula follows a common noun that names no person: "her
// trees are", "the bridge is". before holds the words before the figure,
// nearest first.
func (sc *scanner) thingSubject(before []tok) bool {
	k := 0
	lx := lexicon.Default()
	for k < len(before) && k < 4 && lx.Lemma(word(before, k), lexicon.Verb) != "be" {
		k++
	}
	if k >= len(before) || k >= 4 || k+1 >= len(before) {
		return false
	}
	n := before[k+1]
	return n.isWord() && !n.isCap() && (sc.tagIs(n.start, text.NN) || sc.tagIs(n.start, text.NNS)) && !isPersonNoun(n.lower()) &&
		!lx.PersonSense(singular(n.lower()))
}

// ageOfPhrase returns the number of words of "at the age of" or "at age"
// right before a figure (before[0] nearest), or 0.
func ageOfPhrase(before []tok) int {
	switch {
	case word(before, 0) == "of" && word(before, 1) == "age" && word(before, 2) == "the" && word(before, 3) == "at":
		return 4
	case word(before, 0) == "age" && word(before, 1) == "at":
		return 2
	}
	return 0
}

// lifeClause reports a verb of a step in a life as the verb of the clause
// that ends before byte off, within a dozen words and no comma back.
func (sc *scanner) lifeClause(off int) bool {
	lo, _ := sc.bounds(off)
	pos := off
	for n := 0; n < 14; n++ {
		t, ok := sc.prev(pos, lo)
		if !ok || t.w == "," || t.w == ";" {
			return false
		}
		if tag, ok := sc.tagAt(t.start); ok && tag.IsVerb() {
			return sc.lifeVerb(t)
		}
		pos = t.start
	}
	return false
}

// lifeVerb reports a verb of a step in a life (lexicon life-verbs): "died",
// "retired", "married".
// lifeVerbPastTime reports a verb of a step of a life right before "at"
// (before[0]), or before a short phrase of time between them ("died on
// Sunday at", "retired last year at", "died in March at").
func (sc *scanner) lifeVerbPastTime(before []tok) bool {
	lx := lexicon.Default()
	for k := 1; k < len(before) && k <= 4; k++ {
		if sc.lifeVerb(before[k]) {
			return true
		}
		w := word(before, k)
		if !(w == "on" || w == "in" || w == "last" || w == "this" || w == "year" || isYearWord(w) ||
			lx.Is(lexicon.Weekdays, w) || lx.Is(lexicon.Months, w)) {
			return false
		}
	}
	return false
}

func (sc *scanner) lifeVerb(t tok) bool {
	tag, ok := sc.tagAt(t.start)
	return ok && tag.IsVerb() && lexicon.Default().Is(lexicon.LifeVerbs, lexicon.Default().Lemma(t.lower(), lexicon.Verb))
}

// pastStepBefore reports a verb in the past tense other than "die" in the
// clause before "aged" (before[0]), past a comma after a common word: "He
// joined as a Year 5 class teacher, aged 35,"; after a name it is the
// name's age now.
func (sc *scanner) pastStepBefore(before []tok) bool {
	if word(before, 1) != "," || len(before) < 3 || before[2].isCap() {
		return false // "led by Jonas Vik, aged 60": the named person's age
	}
	lo, _ := sc.bounds(before[1].start)
	pos := before[1].start
	for n := 0; n < 12; n++ {
		t, ok := sc.prev(pos, lo)
		if !ok || t.w == "," || t.w == ";" {
			return false
		}
		if sc.tagIs(t.start, text.VBD) {
			return lexicon.Default().Lemma(t.lower(), lexicon.Verb) != "die"
		}
		pos = t.start
	}
	return false
}

// adverbInApposition reports an adverb of time or degree between the
// comma of an apposition and an age ("Veikko Aho, now 72,", "the skipper,
// today 58,", "Berg, then 40,"); a hedge ("about 40") makes no age.
func (sc *scanner) adverbInApposition(q *Quantity, before []tok) bool {
	if len(before) < 2 || q.Approx != Exact || word(before, 1) != "," {
		return false
	}
	if _, hedge := approxWords[word(before, 0)]; hedge {
		return false
	}
	return sc.tagIs(before[0].start, text.RB)
}

// ageEnds may follow a predicate age: the clause ends, or says when.
var ageEnds = map[string]bool{".": true, ",": true, ";": true, "and": true, "when": true, "on": true, "in": true, "last": true, "this": true, "next": true, "during": true,
	"now": true, "today": true, "already": true} // "He is 49 now"

// subjectBefore returns the subject written before a predicate age at
// before[k]: a personal pronoun, a name or a noun phrase naming a person,
// or the one a relative "who" stands for, after a comma or a person noun.
func subjectBefore(before []tok, k int) (Span, bool) {
	if w := word(before, k); w == "he" || w == "she" || w == "i" {
		return Span{Start: before[k].start, End: before[k].end}, true
	}
	switch {
	case word(before, k) == "who" && word(before, k+1) == ",":
		k += 2 // "Diop, who turned 60 last year"
	case word(before, k) == "who" && isPersonNoun(word(before, k+1)):
		k++ // "a government surveyor who turns 41 next month"
	case word(before, k) == ",":
		k++ // "The skipper, Ola Berg, turned 58": the name closing an apposition
	}
	if sp, ok := nameBefore(before, k); ok && !(len(before) == k+1 && commonWord(before[k])) {
		return sp, true
	}
	return roleBefore(before, k)
}

// commonWord reports a word the lexicon knows as a common noun or
// adjective ("Turnout", "Inflation"): opening a sentence, its capital says
// nothing of a name.
func commonWord(t tok) bool {
	lx := lexicon.Default()
	w := t.lower()
	return lx.Known(w, lexicon.Noun) || lx.Known(w, lexicon.Adjective) || lx.Known(lx.Lemma(w, lexicon.Noun), lexicon.Noun)
}

// presentAfter reports whether the subject ending at byte offset end
// takes a verb in the present: the first word after it that is no adverb,
// or, untagged, one of the first two ("Ruiz still runs", "Morag Strachan
// still opens").
func (sc *scanner) presentAfter(after []tok, end int) bool {
	n := 0
	for _, t := range after {
		if t.start < end || sc.tagIs(t.start, text.RB) {
			continue
		}
		if presentVerb(t.lower()) {
			return true
		}
		if n++; n == 2 {
			break
		}
	}
	return false
}

// modalAfter reports a modal right after the subject that ends at end
// ("At 52, Haugland will also sit"): a time from now, not an earlier one.
func (sc *scanner) modalAfter(after []tok, end int) bool {
	for _, t := range after {
		if t.start >= end {
			return sc.tagIs(t.start, text.MD)
		}
	}
	return false
}

// subjectAfter returns the subject after a fronted age at after[k]: a
// personal pronoun or a name.
func subjectAfter(after []tok, k int) (Span, bool) {
	if k >= len(after) {
		return Span{}, false
	}
	if w := word(after, k); w == "he" || w == "she" {
		return Span{Start: after[k].start, End: after[k].end}, true
	}
	if word(after, k) == "the" {
		// "At 64, the mayor says": a role the copy gave someone.
		lx := lexicon.Default()
		for j := k + 1; j < len(after) && j <= k+3 && after[j].isWord() && !after[j].isCap(); j++ {
			if w := after[j].lower(); lx.PersonNoun(w) || lx.PersonSense(lx.Lemma(w, lexicon.Noun)) {
				return Span{Start: after[k].start, End: after[j].end}, true
			}
		}
		return Span{}, false
	}
	if !after[k].isCap() || capFunc(after[k].lower()) {
		return Span{}, false
	}
	sp := Span{Start: after[k].start, End: after[k].end}
	for j := k + 1; j < len(after) && j < k+4 && after[j].isCap() && after[j].isWord(); j++ {
		sp.End = after[j].end
	}
	return sp, true
}

// timed reports whether the sentence holding pos says when: a year, or
// "when", "then", "at the time", "the first time", "in those days".
func (sc *scanner) timed(pos int) bool {
	lo, hi := sc.bounds(pos)
	clause := sc.low[lo:hi]
	if strings.Contains(clause, " when ") || strings.Contains(clause, " then ") || strings.Contains(clause, "at the time") ||
		strings.Contains(clause, "in those days") || rankedTime(clause) {
		// "The first time I rode this race, Mikel was seven": a clause
		// of time without a date still puts the age then.
		return true
	}
	for i := 0; i+4 <= len(clause); i++ {
		if (i == 0 || !isDigit(clause[i-1])) && (clause[i] == '1' || clause[i] == '2') && isDigit(clause[i+1]) && isDigit(clause[i+2]) && isDigit(clause[i+3]) && (i+4 == len(clause) || !isDigit(clause[i+4])) {
			return true
		}
	}
	return false
}

// rankedTime reports "time" after an ordinal or "last" in clause, lower
// case: "the first time I rode this race", "the last time we met", "the
// third time he ran".
func rankedTime(clause string) bool {
	for from := 0; ; {
		k := strings.Index(clause[from:], " time")
		if k < 0 {
			return false
		}
		k += from
		from = k + 5
		w := clause[:k]
		if j := strings.LastIndexByte(w, ' '); j >= 0 {
			w = w[j+1:]
		}
		if w == "last" || lexicon.Default().Is(lexicon.Ordinals, w) {
			return true
		}
	}
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// findAt returns the index of the quantity starting at pos, or -1.
func findAt(qs []Quantity, pos int) int {
	lo, hi := 0, len(qs)
	for lo < hi {
		mid := (lo + hi) / 2
		if qs[mid].Start < pos {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(qs) && qs[lo].Start == pos {
		return lo
	}
	return -1
}

// namedSubject sets q's subject to the name before a predicate age, past an
// optional "who" and comma: "Smith is 54 years old", "Ruiz, who was 40
// when".
func namedSubject(q *Quantity, before []tok) {
	k := 1
	if word(before, k) == "who" {
		k++
	}
	if word(before, k) == "," {
		k++
	}
	if sp, ok := nameBefore(before, k); ok {
		q.Subject, q.SubjectIsName = sp, true
	}
}

// presentVerb reports a verb in the present tense of the third person
// singular: "is", "has", or a verb's form in -s ("leads", "runs").
func presentVerb(w string) bool {
	if w == "is" || w == "has" || w == "'s" {
		return true
	}
	if len(w) < 3 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return false
	}
	lx := lexicon.Default()
	l := lx.Lemma(w, lexicon.Verb)
	return l != w && lx.Known(l, lexicon.Verb)
}

// yearBefore reports a year right before the n words that end at byte
// off: "in 2014 at the age of 45".
func (sc *scanner) yearBefore(off, n int) bool {
	lo, _ := sc.bounds(off)
	var buf [8]tok // not sc.pb, which holds the caller's words
	before := sc.prevN(buf[:0], off, lo, min(n+1, len(buf)))
	return isYearWord(word(before, n))
}

// yearCommaBefore reports a year and a comma right before the n words
// that end at byte off: "in 1979, at the age of 29".
func (sc *scanner) yearCommaBefore(off, n int) bool {
	lo, _ := sc.bounds(off)
	var buf [8]tok // not sc.pb, which holds the caller's words
	before := sc.prevN(buf[:0], off, lo, min(n+2, len(buf)))
	return word(before, n) == "," && isYearWord(word(before, n+1))
}

// yearJustBefore reports a year written just before "aged" and its comma:
// "died on Nov. 9, 1998, aged 77".
func yearJustBefore(before []tok) bool {
	for k := 1; k <= 3 && k < len(before); k++ {
		if w := word(before, k); len(w) == 4 && isYearWord(w) {
			return true
		}
		if w := word(before, k); w != "," && !before[k].isWord() {
			return false
		}
	}
	return false
}

// relativeSubject returns the name before a relative clause set off by
// commas that ends at the comma at byte comma: "Okafor" in "Okafor, who
// was born in 1971, is 47". It reads the shared tokens back to the
// clause's "who", within the sentence.
// subjectPastAside returns the subject before an aside that closes at the
// comma right before the verb (before[1]), as apposedSubject reads it.
func (sc *scanner) subjectPastAside(before []tok) (Span, bool) {
	if word(before, 1) != "," {
		return Span{}, false
	}
	return sc.apposedSubject(before[1].start)
}

// apposedSubject returns the subject before a noun phrase set off by
// commas that closes at the comma at byte comma, with no verb inside it:
// "The chief executive, an engineer by training, was 24 when ..." gives
// "The chief executive".
func (sc *scanner) apposedSubject(comma int) (Span, bool) {
	ts := sc.toks.Tokens
	k, first, ok := sc.commaToken(comma)
	if !ok {
		return Span{}, false
	}
	for j := k - 1; j > first && j >= k-8; j-- {
		if g, _ := sc.tagAt(ts[j].Start); g.IsVerb() || ts[j].Lower == "who" || ts[j].Lower == "which" {
			return Span{}, false
		}
		if ts[j].Lower != "," {
			continue
		}
		if g, _ := sc.tagAt(ts[j+1].Start); g != text.DT && g != text.PRPS {
			return Span{}, false // a noun phrase of its own opens the aside: "a nurse from Oslo"
		}
		var buf [6]tok // not the scanner's buffers, which the caller reads
		return subjectBefore(sc.prevN(buf[:0], ts[j].Start, ts[first].Start, len(buf)), 0)
	}
	return Span{}, false
}

// relativeSubject returns the name a relative clause closing at the comma
// at byte comma is said of, the subject of the verb after that comma
// ("Ruiz, who leads the team, is 54" gives "Ruiz").
func (sc *scanner) relativeSubject(comma int) (Span, bool) {
	k, first, ok := sc.commaToken(comma)
	if !ok {
		return Span{}, false
	}
	return sc.relativeBefore(k, first)
}

// coordinatedRelative returns the name a relative clause is said of when
// its "who" at byte who follows "and" and another relative on the same
// name: "Hamre, who has led the programme since 2004 and who turned 60".
func (sc *scanner) coordinatedRelative(who int) (Span, bool) {
	k := sc.toks.TokenAt(who)
	if k >= len(sc.toks.Tokens) || sc.toks.Tokens[k].Start != who {
		return Span{}, false
	}
	return sc.relativeBefore(k-1, sc.toks.First(sc.toks.SentenceOf(k)))
}

// relativeBefore returns the name before ", who" (or "whose", "whom"),
// the relative pronoun being the nearest before token k in its clause,
// with no comma or stop between; first is the sentence's first token.
func (sc *scanner) relativeBefore(k, first int) (Span, bool) {
	ts := sc.toks.Tokens
	for j := k - 1; j > first+1; j-- {
		switch ts[j].Lower {
		case "who", "whose", "whom":
			if ts[j-1].Lower != "," {
				return Span{}, false
			}
			e := j - 2
			b := e
			for b > first && b > e-3 && ts[b-1].Kind == text.Word && ts[b-1].Capitalized(sc.s) {
				b--
			}
			if !ts[e].Capitalized(sc.s) || ts[e].Kind != text.Word {
				return Span{}, false
			}
			return Span{Start: ts[b].Start, End: ts[e].End}, true
		case ",", ".", ";", ":":
			return Span{}, false
		}
	}
	return Span{}, false
}

// groupAged reports an "aged" phrase that gives the ages of a group, not
// of one person: after a plural common noun ("the men, aged 23 and 31",
// "three children aged between 4 and 9"; not a name in "s", "Dekkers,
// aged 49") or listing several ages.
func (sc *scanner) groupAged(before, after []tok) bool {
	k := 1
	switch word(before, k) {
	case "both", "all", "each":
		return true // "with her twins, both aged two": the age of each of a group
	case ",":
		k++
	}
	if k < len(before) && sc.tagIs(before[k].start, text.NNS) && !before[k].isCap() {
		return true // not a surname the tagger read as a plural ("Dekkers, aged 49,")
	}
	return (word(after, 0) == "and" || word(after, 0) == "to") && len(after) > 1 && isNumberTok(after[1])
}

// futureBe reports "will be" (or "'ll be") right before an age: "who
// will be 70 in June" turns 70 then.
func futureBe(before []tok) bool {
	if word(before, 0) != "be" {
		return false
	}
	switch word(before, 1) {
	case "will", "'ll", "’ll", "shall":
		return true
	}
	return false
}

// verbGroupStart returns the index in before (nearest first) of the word
// before the verb group that ends with the copula before[0]: past a modal,
// "to" and the verbs and adverbs of a catenative group ("she will turn",
// "he is set to turn", "she is due to turn"), so that the subject before
// it is found.
func (sc *scanner) verbGroupStart(before []tok) int {
	k := 1
	if word(before, 0) != "turn" && word(before, 0) != "be" {
		return k
	}
	for k < len(before) && k < 5 {
		t, ok := sc.tagAt(before[k].start)
		if !ok || !(t == text.MD || t == text.TO || t.IsVerb() || t.IsAdverb() || t == text.JJ || t == text.VBN) {
			break
		}
		k++
	}
	return k
}

// commaToken returns the index of the token at byte comma and of the
// first token of its sentence; ok is false when no token starts there.
func (sc *scanner) commaToken(comma int) (k, first int, ok bool) {
	ts := sc.toks.Tokens
	k = sc.toks.TokenAt(comma)
	if k >= len(ts) || ts[k].Start != comma {
		return 0, 0, false
	}
	return k, sc.toks.First(sc.toks.SentenceOf(k)), true
}
