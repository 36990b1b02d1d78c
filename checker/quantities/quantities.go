// Package quantities finds the numbers in an article with their units,
// counted nouns and approximations, and the facts built on them that rules
// compare: ages and birth years, spans of time tied to a year, totals with
// their parts, shares of one whole, and counts with the list that follows.
package quantities

import (
	"sort"
	"strings"

	"github.com/copydesk/copydesk/checker/dates"
	"github.com/copydesk/copydesk/checker/lexicon"

	"github.com/copydesk/copydesk/checker/tense"
	"github.com/copydesk/copydesk/checker/text"
)

// Kind says what a number stands for.
type Kind string

// The kinds of quantity.
const (
	// Count is an amount: people, money, seats, kilometres.
	Count Kind = "count"
	// Percent is a share or a rate, in % or percentage points (Unit says).
	Percent Kind = "percent"
	// Year is a calendar year written as four digits ("in 2010").
	Year Kind = "year"
	// Age is the age of a person ("Smith, 54", "the 56-year-old").
	Age Kind = "age"
	// Birth is a birth year or date ("born in 1975"); Value is the year.
	Birth Kind = "birth"
	// Elapsed is a span of time said to lead from a year to the
	// publication date ("for the past four years, since 2020", "the
	// 10-year-old treaty, signed in 2010", "its 25th anniversary").
	Elapsed Kind = "elapsed"
)

// Approx is how a value is hedged.
type Approx string

// The approximations.
const (
	// Exact is a plain figure, perhaps rounded.
	Exact Approx = ""
	// About is "about", "around", "roughly", "some", "an estimated".
	About Approx = "about"
	// AtLeast is "more than", "over", "at least", "upwards of".
	AtLeast Approx = "at-least"
	// AtMost is "up to", "less than", "fewer than", "under", "at most".
	AtMost Approx = "at-most"
	// Nearly is "nearly", "almost", "just under".
	Nearly Approx = "nearly"
	// Vague is a round vague amount: "dozens", "hundreds", "scores".
	Vague Approx = "vague"
)

// Span is a stretch [Start, End) of the text, in bytes: the shared
// text.Span.
type Span = text.Span

// Anchor is the year an Elapsed quantity counts from.
type Anchor struct {
	Span
	// Year is the calendar year; Rel is how it is tied to the span:
	// "since", "ago", "anniversary" or the verb ("signed", "founded").
	Year int
	Rel  string
	// Until is the year a span ends, when the copy gives it ("from 2011
	// to 2019"), else 0: the span then runs to the publication date.
	Until int
}

// Quantity is one number in the text.
type Quantity struct {
	// Start and End are byte offsets of the number as written, with its
	// currency sign, multiplier and unit ("$1.5 billion", "10-year-old").
	Start, End int
	// Text is Text[Start:End].
	Text string
	// Kind says what the number stands for.
	Kind Kind
	// Value is the number (1.5e9 for "$1.5 billion", 0.5 for "half");
	// for Birth and Year, the year.
	Value float64
	// Approx says how the value is hedged.
	Approx Approx
	// Unit is a currency code ("USD", "EUR"), "%", "pp" (percentage
	// points), a measure ("km", "tonne", "year", "month") or empty.
	Unit string
	// Noun is the counted noun, singular and lower case ("person",
	// "fund", "seat"), and NounSpan where it is written.
	Noun     string
	NounSpan Span
	// Modifiers are the words between the number and its noun, lower
	// case ("reconstruction" in "$1.5 billion reconstruction fund").
	Modifiers []string
	// Predicate is the participle the clause says of the counted noun,
	// lower case ("evacuated" in "1,400 residents were evacuated"), or
	// "": a later "the 1,700 evacuated residents" names the same people.
	Predicate string
	// Purpose holds the nouns of a phrase of purpose after the counted
	// noun, lower case ("canal" in "a 6.8 billion rupee plan to dig the
	// canal", "harbour" in "a $45 million scheme for the harbour"): a later
	// "the canal plan" names the same plan.
	Purpose []string
	// Class groups quantities that count the same kind of thing: the
	// noun, or a class such as "dead" for "12 people died" and "the 14
	// victims". Empty when nothing is counted.
	Class string
	// For is the head noun of what a sum of money with no noun of its
	// own is for ("640 million pesos for the wing": "wing"), or what owns
	// or has the budget a sum is ("The tour has a budget of 2.3 million
	// euros": "tour"), lower case and singular, or "": a later "the 460
	// million peso wing" names the same sum.
	For string
	// Qualifier holds what sets this quantity apart from others of its
	// class ("2025", "new", "remaining", "first"); empty if nothing does.
	Qualifier string
	// Object holds the words of the name a verb of buying or selling took
	// as its object, lower case, for a deal's price ("ibrahim", "danladi"
	// in "sold forward Ibrahim Danladi to Merelbeke for $1.2 million"): a
	// later price may name the deal by any of them ("the Danladi sale").
	Object []string
	// Added is true for a figure a word sets apart as added to a count
	// already given ("five further performances", "ten additional beds";
	// lexicon class addition-words).
	Added bool
	// Definite is true after "the", "those", "all": the copy refers back
	// to something already counted ("the 14 victims").
	Definite bool
	// whole is true after "all" or "both": the whole of what was counted,
	// whatever the verb says befell it.
	whole bool
	// clock is true for a finishing time written on a clock's face ("in
	// 1:45.62", "in 2:08:31"), read in seconds.
	clock bool
	// partitive is true for a figure right after the "Of the" that opens
	// its sentence ("Of the 12 films in competition, five ...").
	partitive bool
	// subjectVerb is the lemma of the finite verb a count of people is
	// the subject of ("14,300 runners finished": "finish"), which a later
	// count of its agent noun names ("the 14,800 finishers").
	subjectVerb string
	// objectVerb is the lemma of the finite verb a count (of people, or of
	// things or money) is the
	// object of ("employs 8,400 people": "employ"), which a later count of
	// its patient noun names ("the 8,900 employees").
	objectVerb string
	// byVerb is the lemma of a past participle right after a figure that
	// names nothing ("Of the €4.2 million diverted"): the act the figure
	// measures, as a figure that verb took as its object did.
	byVerb string
	// Changed is true for a figure reported as a change or a revision
	// ("rose to 14", "from 12", "up 5%"): restatements are expected.
	Changed bool
	// NewValue is true for the figure a change reached, after "to" ("sales
	// rose 36% to $683 million"): what the thing now measures, which a
	// later figure may restate.
	NewValue bool
	// Planned is true for a change the copy only plans or expects ("would
	// hire 250 more nurses next year", "plans to add 40 beds"): it does
	// not move the count the copy reports (FindRead sets it).
	Planned bool
	// Superseded is true for a figure its clause gives in the past
	// perfect in a sentence that opens with its time ("On Monday the
	// ministry had put the toll at 41"): as of a moment before the
	// story's, which a later figure may have replaced (FindRead sets it).
	Superseded bool
	// Place is the finishing place its clause gives the one a result is
	// measured for: 1 for "won the 400 metres in 51.84 seconds", 2 for
	// "finished second in 51.62 seconds"; 0 for any other figure.
	Place int
	// Direction is the way a change goes when the word after the figure
	// says it: 1 for "12 more", "dozens more", "up"; -1 for "200 fewer",
	// "down"; 0 otherwise.
	Direction int
	// TimeScoped is true for a count for a stretch of time named just
	// after it ("the 38 cases reported over the past seven days", "the 12
	// deaths last week"), not a count of the whole (FindDated sets it).
	TimeScoped bool
	// ScopeDate is 1 + the index, among the dates FindDated was given, of
	// that stretch of time; 0 for none.
	ScopeDate int
	// Covers is 1 + the index, among the dates FindDated was given, of
	// the stretch with both ends that a span of days, weeks or months is
	// said to fill ("a four-day strike from Oct. 18 to Oct. 24"); 0 for
	// none.
	Covers int
	// Sentence is the index of the sentence it stands in, in
	// text.Sentences of the same text (analysis.Pass.Sentences).
	Sentence int

	// Subject is the words an Age is said of: the name, pronoun or noun
	// phrase written beside it ("Smith" in "Smith, 54"; "her mother" in
	// "her mother, 79"; "He" in "He was 64."). Empty for "the
	// 56-year-old". The entity layer says whose it is.
	Subject Span
	// SubjectIsName is true when Subject is a capitalised name rather
	// than a noun phrase such as "her mother".
	SubjectIsName bool
	// Anaphor is true for an age that names nobody ("the 56-year-old"):
	// it refers back to someone already mentioned.
	Anaphor bool
	// Past is true for an age at some earlier time ("who was 40 when
	// elected in 2010"), which the publication date says nothing about.
	Past bool
	// Reached is true for an age a person turned ("turned 60 last year",
	// "turns 45 in August"): with the time the clause gives, it says the
	// year of birth.
	Reached bool
	// FirstPerson is true for an age whose subject is "I" ("I'm 64 and I
	// have never seen this"): in direct speech, the speaker's.
	FirstPerson bool
	// Anchor is the year an Elapsed quantity counts from.
	Anchor Anchor

	// Parts lists, on a stated total, the indices (in the slice Find
	// returns) of its parts; PartsAll says they claim to be all of it
	// (a colon list, "a total of"), not some of it ("including").
	Parts    []int
	PartsAll bool
	// PartsInClauses is true when each part stands in a clause of its own,
	// after a semicolon ("three groups: 380 ...; 610 ...; and 210 ...").
	PartsInClauses bool
	// PartsCounted is true when the total counts the parts themselves,
	// not what they hold ("three groups: 380 ..., 610 ... and 210 ..."):
	// the number of parts, not their sum, must match it.
	PartsCounted bool
	// Shares lists, on the first of several percentages of one whole,
	// the indices of all of them; SharesAll says the copy presents them
	// as the whole ("the remaining 20%", "the rest").
	Shares    []int
	SharesAll bool
	// Items lists the things enumerated after a count ("three countries:
	// France, Germany and Italy"); ItemsAll says the list claims to be
	// complete (a colon or dash), not a sample ("including").
	Items    []Span
	ItemsAll bool
}

// Interval returns the range of true values the written figure allows,
// given its approximation and rounding. hi may be +Inf.
func (q Quantity) Interval() (lo, hi float64) {
	return interval(q)
}

// Find returns every quantity in s, in order of position.
func Find(s string) []Quantity { return FindIn(s, text.Sentences(s)) }

// FindDated is FindIn for a text whose dates are resolved: it also marks
// the counts a stretch of time scopes (Quantity.TimeScoped).
func FindDated(s string, sents []text.Sentence, ds []dates.Expr) []Quantity {
	qs := findIn(s, sents, nil, ds)
	timeScopes(s, qs, ds)
	coveredSpans(s, qs, ds)
	return qs
}

// FindRead is FindDated for a text with its shared reading: the reading's
// sentences, and its parts of speech where words alone are ambiguous (a
// finite verb ends the noun a figure counts: "212 passengers ran aground").
// A change in a clause of future tense or prospective modality, by tc, is
// Planned.
func FindRead(s string, r *text.Reading, ds []dates.Expr, tc *tense.Cache) []Quantity {
	qs := findIn(s, r.Sentences, r, ds)
	timeScopes(s, qs, ds)
	coveredSpans(s, qs, ds)
	for i := range qs {
		q := &qs[i]
		if tc == nil || q.Class == "" && !q.Changed {
			continue // a figure no rule compares needs no tense
		}
		t := tc.At(q.Sentence, q.Start, q.End)
		q.Planned = q.Changed && t.Tense == tense.Future
		q.Superseded = t.Pluperfect && frontedDate(s, r.Sentences[q.Sentence], ds)
	}
	return qs
}

// frontedDate reports a sentence that opens with the time of its clause
// ("On Monday evening the ministry had put the toll at 41", "By Tuesday,
// officials had counted 38"): a past perfect there gives a state of that
// earlier moment, not reported speech shifted back ("told staff that the
// wing had been finished").
func frontedDate(src string, s text.Sentence, ds []dates.Expr) bool {
	i := sort.Search(len(ds), func(i int) bool { return ds[i].End > s.Start })
	if i >= len(ds) || ds[i].Start >= s.End || ds[i].Type == dates.Duration {
		return false
	}
	// "On Monday", "By Tuesday", "Late on Friday": a preposition opens
	// the sentence and the date follows it (not a dateline's place).
	head := strings.Fields(src[s.Start:ds[i].Start])
	if d := src[ds[i].Start:ds[i].End]; len(head) == 0 && len(d) > 3 {
		head = strings.Fields(d)[:1] // "On Monday evening" may be the date's own words
	}
	return len(head) >= 1 && len(head) <= 2 && lexicon.Default().Is(lexicon.Prepositions, strings.ToLower(head[0]))
}

// FindIn is Find for a text already split into sentences (by
// text.Sentences), so that a check splits it once.
func FindIn(s string, sents []text.Sentence) []Quantity { return findIn(s, sents, nil, nil) }

// findIn is FindIn with an optional shared reading and resolved dates.
func findIn(s string, sents []text.Sentence, r *text.Reading, ds []dates.Expr) []Quantity {
	if len(s) == 0 {
		return nil
	}
	sc := newScanner(s, sents, r)
	sc.dates = ds
	qs := append(append(append(sc.numerals(make([]Quantity, 0, len(s)/60+4)), sc.anniversaries()...), sc.birthdays()...), sc.clockTimes()...)
	sort.SliceStable(qs, func(i, j int) bool { return qs[i].Start < qs[j].Start })
	sc.births(qs)
	for i := range qs {
		sc.describe(&qs[i])
		qs[i].For = sc.moneyFor(qs[i])
	}
	sc.unitsBack(qs)
	inheritUnits(qs)
	sc.inheritMeasures(qs)
	for i := range qs {
		if qs[i].For == "" && qs[i].Noun == "" {
			qs[i].For = sc.moneyFor(qs[i]) // "21 million pounds for schools, 15 million for roads": the unit inherited
		}
	}
	sc.prices(qs)
	sc.copulaSubjects(qs)
	sc.group(qs)
	agentCounts(qs)
	actCounts(qs)
	undertakings(qs)
	for i := range qs {
		qs[i].Direction = direction(s, qs[i])
		qs[i].PartsInClauses = len(qs[i].Parts) > 1 && ownClauses(s, qs, qs[i].Parts)
	}
	return qs
}
