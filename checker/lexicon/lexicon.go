// Package lexicon is copydesk's word knowledge, kept once and as data.
//
// Closed word classes (office titles, honorifics, verbs of saying, ...) are
// hand-kept text files under data/, one entry a line, in the manner of
// HeidelTime's pattern files and Vale's YAML rules: a desk can read and
// amend them without reading Go. Open-class knowledge (which nouns name a
// person or an event, in their first sense or a later one, which noun a
// verb derives, irregular inflections, every lemma's parts of speech) is
// generated from WordNet 3.0 into
// wordnet/ by the committed generator internal/wngen (go generate), so the
// checker never needs WordNet at run time. WordNet's licence is in
// wordnet/LICENSE-WordNet.
//
// Generated tables are searched where they lie in the binary (sorted lines
// found through a hash index of line numbers), so loading the lexicon costs
// a few small maps for the closed classes and four bytes a key per table.
package lexicon

//go:generate go run ./internal/wngen -wordnet /usr/share/wordnet -out wordnet

import (
	"embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:embed data/*.txt
var dataFS embed.FS

//go:embed wordnet/*.tsv
var wordnetFS embed.FS

// Class is a closed word class kept in data/.
type Class uint8

// The closed classes; each is the file data/NAME.txt.
const (
	Titles                Class = iota // office titles: "minister", "gov." (governor)
	TitleModifiers                     // what an office is in charge of: "finance", "prime"
	Ranks                              // rank words that change an office: "deputy", "acting"
	Honorifics                         // "mr", "dr", "dame", with the gender some show
	SayingVerbs                        // lemmas of verbs of saying: "say", "tell", "deny"
	NameParticles                      // "von", "de", "bin"
	PersonPronouns                     // "he", "her", with their gender and case
	Determiners                        // "the", "a", "their"
	GenderedNouns                      // person nouns that show a gender: "widow" f
	PersonNouns                        // person nouns WordNet lacks: "midfielder"
	PersonParticiples                  // participles of a life: "born", "raised"
	Countries                          // countries, with their canonical name
	Demonyms                           // adjectives of nationality, with their country
	GenericRoles                       // roles any office holder has: "leader"
	OrgHeads                           // words that end an organisation's name: "ministry", "inc"
	MilitaryRanks                      // ranks one holds one at a time: "general", "colonel"
	IndefinitePronouns                 // "nobody", "someone": no one in particular
	Months                             // month names and abbreviations, with their number
	Weekdays                           // weekday names and abbreviations, with their number
	Currencies                         // money: ISO 4217 codes and names, with their code
	SentenceOpeners                    // capitalised words that open a sentence and name no one
	Kinship                            // nouns of kinship and relation ("husband", "son", "namesake")
	AppointmentVerbs                   // verbs that give a person an office ("promote", "name", "elect")
	MeasureVerbs                       // verbs whose subject is what the figure after them measures ("cost", "worth")
	Auxiliaries                        // auxiliary and copular verb forms ("will", "is", "has")
	ShareVerbs                         // verbs that give a part's share of one whole ("make up", "account for")
	ThoughtVerbs                       // verbs of thought and expectation ("expect", "believe", "vow")
	ReportingCues                      // words other than verbs that introduce a report ("according", "statement")
	EventVerbs                         // verbs whose date is the date of the event that is their subject
	OfficeNouns                        // nouns that name an office in general (took office as)
	OccasionNouns                      // nouns filed as events or acts that name an occasion, a manner or a state, not one happening: "for the first time", "in this case"
	TargetVerbs                        // verbs whose object is a later time by their meaning: "set a hearing for June 22", "offered 3% next year"
	MoneyNouns                         // nouns that refer back to a sum of money already given: "the money", "the funds"
	PlainPersonNouns                   // nouns that say only that someone is a person, of a sex or an age: "the first woman", "a man" are no role
	SupportVerbs                       // verbs whose object names the event they report: "carried out the operation", "conducted a raid"
	ObjectChangeWords                  // change words that also take counted things as their object: "cut 380 jobs", "turned up three finds"
	LightVerbs                         // verbs too general to name an event by their own form: "take", "make"
	DealNouns                          // nouns that name a sale of a business by its price: "takeover", "acquisition"
	DealVerbs                          // verbs of buying or selling whose "for" gives the price: "buy", "acquire"
	Units                              // units of measure a figure is written in, with the unit it is kept in ("kilometres" km)
	LifeVerbs                          // verbs of a step in a life whose "at" gives the age it was taken at ("died at 88")
	SeriesNouns                        // nouns that name one of a series of events only after an ordinal ("the third stage", "the second round")
	RelationVerbs                      // verbs that order their subject against their object in time ("followed the retirement in September")
	DescriptionVerbs                   // verbs of describing someone, whose indefinite person object characterises someone already spoken of
	LifeEventNouns                     // nouns of the events of a person's life, whose possessor is a person
	NamingVerbs                        // verbs of giving a name, as lemmas: a name after one ("also called Marek") introduces whoever bears it
	OriginVerbs                        // verbs that date the start of a thing, as lemmas: "signed in 2010", "finished in 2001"
	MakingVerbs                        // verbs of making things, as lemmas: a noun with one's participle after it ("the trawler, built in 1985") names a thing, no person
	Prepositions                       // prepositions: a phrase one opens after a noun says where, when or what for ("a bridge over the stream")
	RecordNouns                        // what lists or tallies things: "the list of 4,700 patients"
	OtherInstance                      // an occasion like the story's but another: "a similar hearing"
	AudienceNouns                      // people gathered to watch: "a crowd of 14,200", "the 16,200 spectators"
	LeaderNouns                        // who owns or runs an organisation: "the owner of Forno Montefusco"
	RiseNouns                          // a rise by any name: "a 6.5% pay rise", "the 6.5% increase"
	JobLossNouns                       // jobs lost, by any name: "the 460 redundancies", "420 job cuts"
	ShedVerbs                          // verbs that take jobs away: "will shed 420 jobs", "axed 300 posts"
	ContinuationVerbs                  // verbs whose object is an event already under way: "kept up a strike", "the strike entered its second day"
	Commemoration                      // nouns of an occasion that recalls an earlier event: "anniversary", "centenary"
	QuantifierDeterminers              // determiners that quantify over a class: "every", "no"
	ContestVerbs                       // verbs of winning or losing a contest: "unseated ... by 312 votes"
	ResultNouns                        // nouns of a contest's result, by what they measure: "her 321-vote margin"
	CompositionVerbs                   // verbs that say what a whole is made of: "made up of", "break down as follows"
	PositionNouns                      // nouns of a point along a course or scale: "the 30-kilometre mark"
	OnceNouns                          // nouns of an event that happens once to its owner: "its debut"
	HoldingVerbs                       // verbs of owning a share of a whole: "owns 51% of", "the 59% it doesn't own"
	LeadingVerbs                       // verbs of leading or owning a body: "Stará Sladovna is led by ..."
	Negations                          // words that negate a verb: "not", "n't"
	ExceptionWords                     // words that take an exception out of "all": "all but three", "all except two"
	SumWords                           // words that mark a figure as the sum of those before: "Together, ...", "a combined $14.6 billion"
	TotallingVerbs                     // verbs whose object is a whole: "Crowds totalled 21,300", "numbered"
	EnactmentVerbs                     // verbs of enacting or making known a document: "approved the draft in May"
	WholeWords                         // adjectives of the whole of a figure told before: "the full 4.3 million crowns"
	TimeUnits                          // nouns of a stretch of the calendar or a turn: "year", "season", "time"
	LastingEvents                      // event kinds that last days, so a date may fall within one: "fire", "strike", "closure"
	PluralEvents                       // plurals that name one event after "the": "the talks", "the trials", "the championships"
	PaymentNouns                       // kinds of money paid: "compensation", "damages", "fines", "wages"
	AttemptNouns                       // nouns of trying, which name the event they try only beside its noun: "the first launch attempt" ... "the second attempt"
	Ordinals                           // ordinal words with the rank they give: "third" 3, "fiftieth" 50
	ComplementVerbs                    // verbs whose object a participle after it describes: "keep the avenue closed", "had the roof repaired"
	LastingVerbs                       // verbs that give how long their subject went on: "the strike, which ran from Jan. 6 to Feb. 14"
	AdditionWords                      // words that set a figure apart as added to a count: "five further performances", "ten additional beds"
	StartingPhrasals                   // phrasal verbs, as lemma and particle, that start their subject: "break out", "kick off"
	ReschedulingPhrasals               // phrasal verbs, as lemma and particle, that move an event in time: "push back", "bring forward"
	ScheduleNouns                      // nouns that name when something is to happen: "pushed that date back", "moved the deadline"
	RivalOffices                       // offices one person cannot hold at once, with their body: "senator" legislature, "judge" court
	DeferralVerbs                      // verbs that put off, break off or call off an event: "adjourned the trial", "postponed the vote"
	ConverseVerbs                      // verbs of exchange with the verb of the other side: "borrow" lend, "buy" sell
	CurrencySigns                      // currency signs before a figure, with their ISO 4217 code: "$" USD, "n$" NAD, "₦" NGN
	UnchangedParticiples               // verbs whose past and past participle are their base form: "cut", "shut", "set"
	TimeOpeners                        // words that open a clause telling when another happened: "since he was 15", "after voting"
	ThemePrepositions                  // prepositions that open what an act is about: "a vote on the plan", "talks over pay"
	UndertakingNouns                   // nouns that name an undertaking as a plan: "the 7.9 billion kroner project", "the $45 million scheme"
	OnsetVerbs                         // verbs that say when an event starts: "opens", "began", "was sparked"
	WholePrepositions                  // prepositions that open a sentence by naming the whole its shares are of: "Within that business,", "Of those,"
	HedgeComparatives                  // comparatives that with "than" hedge a figure: "more than $110 million", "fewer than 40"
	ChangeDirections                   // adverbs that with "from" name the base of a change: "up from a dime in 1967"
	DismissalVerbs                     // verbs (lemmas, phrasal ones with their particle) whose object loses a job: "laid off", "dismissed"
	FoundingVerbs                      // verbs (lemmas, phrasal ones with their particle) whose object is a body they bring into being: "set up", "founded"
	ArrivalVerbs                       // verbs of going to a place, which with a named place are a visit to it: "came to Aboabo", "flew to Oslo"
	EventIdioms                        // verb phrases, from the verb's lemma, that name an event by the noun given: "walk off the job" walkout
	DivisionVerbs                      // verbs that share a whole out among parts: "the 33 seats were split four ways", "was divided among"
	Romanisations                      // letters that two romanisations of one name write differently, with the form both are read in: "zh" j
	PublicationVerbs                   // verbs of making a finished work public: "a survey published on Wednesday", "the report released Monday"
	DayParts                           // nouns of a part of the day, which are times, not events: "before dawn on Sunday", "after dusk"
	StakeNouns                         // nouns of a share an owner holds of a whole: "its 9.4% holding", "an 8.7% stake"
	TakingVerbs                        // verbs whose subject takes or bears a share of a whole: "won 48%", "shareholders get 38%", "paid 12%"
	KinConverses                       // a kin noun with the kin nouns of the other side of its relation: "daughter" father mother parent
	SettlingVerbs                      // verbs of going to live in a place, which with "to" and a year begin a stay there: "moved to Lyon in 2015"
	ProvisionPhrasals                  // phrasal verbs of contributing money, lemma and particle: "put up", "chip in"
	LetterFolds                        // small letters with diacritics and the plain letters a name is also written in: "ř" r, "æ" ae
	PatronymicParticles                // particles that make the next word a parent's name, not a family name: "bin", "ibn"
	SurnamePrefixes                    // prefixes joined to a surname before a capital, besides the name particles: "Mc" in "McGill"
	ProspectiveNouns                   // nouns that take an infinitive of a later act: "invitation to visit", "plans to build"
	ClauseOpeners                      // subordinators and relative words a clause's own subject may follow: "where", "because", "that"
	AmountNouns                        // nouns that name an amount as such, which "that" or "this" points back with: "sum", "total"
	ReleaseVerbs                       // verbs (and "out") that date an album or a novel by its release, not its making: "appeared in 2009", "came out"
	numClasses
)

var classFiles = [numClasses]string{
	Titles:                "titles",
	TitleModifiers:        "title-modifiers",
	Ranks:                 "ranks",
	Honorifics:            "honorifics",
	SayingVerbs:           "saying-verbs",
	NameParticles:         "name-particles",
	PersonPronouns:        "person-pronouns",
	Determiners:           "determiners",
	GenderedNouns:         "gendered-nouns",
	PersonNouns:           "person-nouns",
	PersonParticiples:     "person-participles",
	Countries:             "countries",
	Demonyms:              "demonyms",
	GenericRoles:          "generic-roles",
	OrgHeads:              "org-heads",
	MilitaryRanks:         "military-ranks",
	IndefinitePronouns:    "indefinite-pronouns",
	Months:                "months",
	Weekdays:              "weekdays",
	Currencies:            "currencies",
	SentenceOpeners:       "sentence-openers",
	Kinship:               "kinship",
	AppointmentVerbs:      "appointment-verbs",
	MeasureVerbs:          "measure-verbs",
	Auxiliaries:           "auxiliaries",
	ShareVerbs:            "share-verbs",
	ThoughtVerbs:          "thought-verbs",
	ReportingCues:         "reporting-cues",
	EventVerbs:            "event-verbs",
	OfficeNouns:           "office-nouns",
	OccasionNouns:         "occasion-nouns",
	TargetVerbs:           "target-verbs",
	MoneyNouns:            "money-nouns",
	PlainPersonNouns:      "plain-person-nouns",
	SupportVerbs:          "support-verbs",
	ObjectChangeWords:     "object-change-words",
	LightVerbs:            "light-verbs",
	DealNouns:             "deal-nouns",
	DealVerbs:             "deal-verbs",
	Units:                 "units",
	LifeVerbs:             "life-verbs",
	SeriesNouns:           "series-nouns",
	RelationVerbs:         "relation-verbs",
	DescriptionVerbs:      "description-verbs",
	LifeEventNouns:        "life-event-nouns",
	NamingVerbs:           "naming-verbs",
	OriginVerbs:           "origin-verbs",
	MakingVerbs:           "making-verbs",
	Prepositions:          "prepositions",
	RecordNouns:           "record-nouns",
	OtherInstance:         "other-instance",
	AudienceNouns:         "audience-nouns",
	LeaderNouns:           "leader-nouns",
	RiseNouns:             "rise-nouns",
	JobLossNouns:          "job-loss-nouns",
	ShedVerbs:             "shed-verbs",
	ContinuationVerbs:     "continuation-verbs",
	Commemoration:         "commemoration-nouns",
	QuantifierDeterminers: "quantifier-determiners",
	ContestVerbs:          "contest-verbs",
	ResultNouns:           "result-nouns",
	CompositionVerbs:      "composition-verbs",
	PositionNouns:         "position-nouns",
	OnceNouns:             "once-nouns",
	HoldingVerbs:          "holding-verbs",
	LeadingVerbs:          "leading-verbs",
	Negations:             "negations",
	StartingPhrasals:      "starting-phrasals",
	ReschedulingPhrasals:  "rescheduling-phrasals",
	ScheduleNouns:         "schedule-nouns",
	RivalOffices:          "rival-offices",
	DeferralVerbs:         "deferral-verbs",
	ConverseVerbs:         "converse-verbs",
	CurrencySigns:         "currency-signs",
	UnchangedParticiples:  "unchanged-participles",
	UndertakingNouns:      "undertaking-nouns",
	OnsetVerbs:            "onset-verbs",
	AdditionWords:         "addition-words",
	LastingVerbs:          "lasting-verbs",
	ComplementVerbs:       "complement-verbs",
	Ordinals:              "ordinals",
	AttemptNouns:          "attempt-nouns",
	SumWords:              "sum-words",
	TotallingVerbs:        "totalling-verbs",
	EnactmentVerbs:        "enactment-verbs",
	WholeWords:            "whole-words",
	TimeUnits:             "time-units",
	LastingEvents:         "lasting-events",
	PluralEvents:          "plural-events",
	PaymentNouns:          "payment-nouns",
	ExceptionWords:        "exception-words",
	TimeOpeners:           "time-openers",
	ThemePrepositions:     "theme-prepositions",
	WholePrepositions:     "whole-prepositions",
	HedgeComparatives:     "hedge-comparatives",
	ChangeDirections:      "change-directions",
	DismissalVerbs:        "dismissal-verbs",
	FoundingVerbs:         "founding-verbs",
	ArrivalVerbs:          "arrival-verbs",
	EventIdioms:           "event-idioms",
	DivisionVerbs:         "division-verbs",
	Romanisations:         "romanisations",
	PublicationVerbs:      "publication-verbs",
	DayParts:              "day-parts",
	StakeNouns:            "stake-nouns",
	TakingVerbs:           "taking-verbs",
	KinConverses:          "kin-converses",
	SettlingVerbs:         "settling-verbs",
	ProvisionPhrasals:     "provision-phrasals",
	LetterFolds:           "letter-folds",
	PatronymicParticles:   "patronymic-particles",
	SurnamePrefixes:       "surname-prefixes",
	ProspectiveNouns:      "prospective-nouns",
	ClauseOpeners:         "clause-openers",
	AmountNouns:           "amount-nouns",
	ReleaseVerbs:          "release-verbs",
}

// String returns the class's file name without extension.
func (c Class) String() string {
	if c < numClasses {
		return classFiles[c]
	}
	return fmt.Sprintf("Class(%d)", c)
}

// Lexicon answers questions about words. It is immutable once built, so one
// Lexicon serves any number of concurrent checks.
type Lexicon struct {
	classes [numClasses]map[string]string
	// opens holds, per class, the first words of its entries of more than
	// one word ("south" for "south korea").
	opens  [numClasses]map[string]bool
	lemmas table // word → parts of speech it has in WordNet ("nv")
	// words numbers every word the lexicon knows, with its parts of
	// speech and the facts asked of every word of every article; forms
	// indexes irreg in memory.
	words wordIndex
	forms map[string][]formLemma
	// verbForms inverts forms for verbs: lemma → irregular forms.
	verbForms map[string][]string
	person    table // nouns that name a person: "person" in the first sense, "sense" in a later one
	event     table // nouns whose first sense names an act, event or process
	laterAct  table // nouns whose first sense names none, but a later one does
	kin       table // event noun → the event nouns that name the same event
	personKin table // person noun → the person nouns that name the same people
	thingKin  table // artifact noun → the nouns that name the same things
	// container holds the nouns whose first sense names a group or a
	// location: what a count of places or groups counts.
	container table
	// thing holds the nouns whose first sense names a thing that carries a
	// proper name: an artifact, a work, a group, an object.
	thing   table
	nominal table // verb → derived noun and the noun's class
	// synNominal is verb → an act noun of another word of its first sense
	// ("shut" → "closure").
	synNominal table
	irreg      table // inflected form → lemma and part of speech
	byNoun     map[string]string
	// romanKeys are the keys of Romanisations, longest first.
	romanKeys []string
	// personEnds are endings that mark an unknown noun as naming a person.
	personEnds []string
}

var (
	defaultOnce sync.Once
	defaultLex  *Lexicon
	defaultErr  error
)

// Default returns the lexicon built from the embedded files, once. It
// panics only if the embedded files are malformed, which a test rules out.
func Default() *Lexicon {
	defaultOnce.Do(func() { defaultLex, defaultErr = load() })
	if defaultErr != nil {
		panic(defaultErr)
	}
	return defaultLex
}

func load() (*Lexicon, error) {
	l := &Lexicon{}
	for c := Class(0); c < numClasses; c++ {
		m, err := readClass(classFiles[c])
		if err != nil {
			return nil, err
		}
		l.classes[c] = m
		l.opens[c] = firstWords(m)
	}
	for _, t := range []struct {
		dst  *table
		name string
	}{{&l.lemmas, "lemmas"}, {&l.person, "person"}, {&l.event, "event"}, {&l.laterAct, "act-sense"}, {&l.container, "container"}, {&l.thing, "thing"}, {&l.nominal, "nominal"}, {&l.synNominal, "synonym-nominal"}, {&l.irreg, "exceptions"}, {&l.kin, "event-kin"}, {&l.personKin, "person-kin"}, {&l.thingKin, "thing-kin"}} {
		raw, err := wordnetFS.ReadFile("wordnet/" + t.name + ".tsv")
		if err != nil {
			return nil, err
		}
		*t.dst = newTable(string(raw))
	}
	l.romanKeys = longestFirst(l.Words(Romanisations))
	l.byNoun = nounsToVerbs(l.nominal)
	l.forms = indexForms(l.irreg)
	l.verbForms = indexVerbForms(l.forms)
	l.indexWords()
	raw, err := wordnetFS.ReadFile("wordnet/person-suffixes.tsv")
	if err != nil {
		return nil, err
	}
	l.personEnds = strings.Fields(newTable(string(raw)).data)
	return l, nil
}

// readClass reads data/NAME.txt: one entry a line, with an optional value
// after a tab; '#' starts a comment line.
func readClass(name string) (map[string]string, error) {
	raw, err := dataFS.ReadFile("data/" + name + ".txt")
	if err != nil {
		return nil, err
	}
	m := map[string]string{}
	for n, line := range strings.Split(string(raw), "\n") {
		line = strings.TrimRight(line, " \r")
		if line == "" || line[0] == '#' {
			continue
		}
		word, value, _ := strings.Cut(line, "\t")
		if word != strings.ToLower(word) || strings.TrimSpace(word) != word {
			return nil, fmt.Errorf("data/%s.txt:%d: %q: want one lower-case entry a line", name, n+1, word)
		}
		if _, dup := m[word]; dup {
			return nil, fmt.Errorf("data/%s.txt:%d: %q is listed twice", name, n+1, word)
		}
		m[word] = value
	}
	return m, nil
}

// firstWords returns the first words of the entries of m that have more
// than one word.
func firstWords(m map[string]string) map[string]bool {
	out := map[string]bool{}
	for w := range m {
		if first, _, multi := strings.Cut(w, " "); multi {
			out[first] = true
		}
	}
	return out
}

// Opens reports whether word (lower case) is the first word of an entry of
// class c that has more than one word, so that a caller need not build the
// longer phrase to look it up when it is not.
func (l *Lexicon) Opens(c Class, word string) bool {
	return l.opens[c][word]
}

// Is reports whether word (lower case; a trailing full stop is ignored)
// belongs to class c.
func (l *Lexicon) Is(c Class, word string) bool {
	_, ok := l.classes[c][strings.TrimSuffix(word, ".")]
	return ok
}

// Value returns the value listed beside word in class c: what an
// abbreviated title stands for, a pronoun's case. It is "" when none is
// listed or word is not in c.
func (l *Lexicon) Value(c Class, word string) string {
	return l.classes[c][strings.TrimSuffix(word, ".")]
}

// Number returns the number a month, a weekday or an ordinal is listed
// with (January 1, Sunday 0, "third" 3; "sept." 9) and whether word is one
// written in full; ok is false for a word not in c.
func (l *Lexicon) Number(c Class, word string) (n int, full, ok bool) {
	v, ok := l.classes[c][strings.TrimSuffix(word, ".")]
	if !ok {
		return 0, false, false
	}
	num, abbr, _ := strings.Cut(v, " ")
	n, err := strconv.Atoi(num)
	if err != nil {
		return 0, false, false
	}
	return n, abbr == "", true
}

// Numbers returns the entries of class c with the numbers they are listed
// with (months, weekdays, ordinals), as a new map a package may keep as
// its index of the class.
func (l *Lexicon) Numbers(c Class) map[string]int {
	out := make(map[string]int, len(l.classes[c]))
	for w := range l.classes[c] {
		if n, _, ok := l.Number(c, w); ok {
			out[w] = n
		}
	}
	return out
}

// Romanised returns s (lower case) with the letters two romanisations of
// a name write differently written one way ("zhaksybekova" and
// "jaksybekova" both read "jaksybekova"); s itself when none occurs.
func (l *Lexicon) Romanised(s string) string {
	for _, k := range l.romanKeys {
		if strings.Contains(s, k) {
			s = strings.ReplaceAll(s, k, l.classes[Romanisations][k])
		}
	}
	return s
}

// Folded returns lower-case s with its letters that carry diacritics
// written as plain letters (LetterFolds): "dvořáková" → "dvorakova",
// "hætta" → "haetta". An s of ASCII letters is returned as it is.
func (l *Lexicon) Folded(s string) string { return l.fold(s, false) }

// FoldedAlt is Folded with each letter that has a second plain spelling
// written in that one: "đorđević" → "djordjevic", "müller" → "mueller".
func (l *Lexicon) FoldedAlt(s string) string { return l.fold(s, true) }

// fold writes s's letters in their first plain spelling, or their last
// when alt is set.
func (l *Lexicon) fold(s string, alt bool) string {
	ascii := true
	for i := 0; i < len(s) && ascii; i++ {
		ascii = s[i] < utf8.RuneSelf
	}
	if ascii {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		f, ok := l.classes[LetterFolds][string(r)]
		if !ok {
			b.WriteRune(r)
			continue
		}
		first, last, two := strings.Cut(f, " ")
		if alt && two {
			first = last
		}
		b.WriteString(first)
	}
	return b.String()
}

// MayRomanise reports whether s holds, in any case, letters two
// romanisations write differently: only then can Romanised change it.
// It allocates nothing.
func (l *Lexicon) MayRomanise(s string) bool {
	for _, k := range l.romanKeys {
		for i := 0; i+len(k) <= len(s); i++ {
			j := 0
			for j < len(k) && s[i+j]|0x20 == k[j] {
				j++
			}
			if j == len(k) {
				return true
			}
		}
	}
	return false
}

// RomanisesAtStart reports whether a key of Romanisations begins s (in
// any case), so that two spellings with different first letters may
// still read alike once romanised ("Zhou" and "Jou"); without one, they
// cannot.
func (l *Lexicon) RomanisesAtStart(s string) bool {
	for _, k := range l.romanKeys {
		if len(k) <= len(s) && strings.EqualFold(s[:len(k)], k) {
			return true
		}
	}
	return false
}

// longestFirst sorts keys longest first, then alphabetically.
func longestFirst(keys []string) []string {
	sort.Slice(keys, func(i, j int) bool {
		return len(keys[i]) > len(keys[j]) || len(keys[i]) == len(keys[j]) && keys[i] < keys[j]
	})
	return keys
}

// Words returns the entries of class c, in no particular order.
func (l *Lexicon) Words(c Class) []string {
	out := make([]string, 0, len(l.classes[c]))
	for w := range l.classes[c] {
		out = append(out, w)
	}
	return out
}
