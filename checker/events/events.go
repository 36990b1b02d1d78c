// Package events finds the events an article reports (who does what, and
// when) and groups the mentions that speak of the same events.
//
// It reads each sentence once: trigger words ("visit", "trip", "summit",
// "round") become mentions; the people and countries around them become
// participants, with descriptions ("the Russian leader"), pronouns ("his")
// and "the country" resolved to the most recent compatible mention; the
// dates of the same clause (as the tense package delimits it) become the
// event's time; counts ("twice in 2025", "both meetings") and ordinals
// ("his second visit", "for the third time this year") are read with the
// date that scopes them. Mentions of one kind with the same participants
// form a group. Grouping is conservative: a mention whose participants are
// unknown joins no group.
package events

import (
	"strings"
	"unicode/utf8"

	"github.com/copydesk/copydesk/checker/dates"
	"github.com/copydesk/copydesk/checker/entities"
	"github.com/copydesk/copydesk/checker/quantities"
	"github.com/copydesk/copydesk/checker/tagger"
	"github.com/copydesk/copydesk/checker/tense"
	"github.com/copydesk/copydesk/checker/text"
)

// Analysis is the event model of one article.
type Analysis struct {
	// Mentions lists every event mention in order of position.
	Mentions []Mention
	// Groups lists the mentions that speak of the same events.
	Groups []Group
	// Times describes how each date expression is used, parallel to the
	// dates slice Analyze was given.
	Times []TimeUse
	// Orders lists the "before" and "after" that order two dated events
	// of one sentence.
	Orders []Order
}

// Order is "A before B" or "A after B" between two dated stretches of one
// sentence: "resigned on March 5, before the vote on March 3".
type Order struct {
	// Word is the connective; Before is true for "before", false for
	// "after".
	Word   Span
	Before bool
	// Left and Right index the dates on either side.
	Left, Right int
}

// Span is a stretch [Start, End) of the text, in bytes: the shared
// text.Span.
type Span = text.Span

// Mention is one mention of an event.
type Mention struct {
	// Kind is the event's kind: "visit", "meeting", "summit", "round", ...
	Kind string
	// Trigger is the word that names it; Noun tells whether it is a noun.
	Trigger Span
	Noun    bool
	// Plural tells whether the trigger names several events ("visits").
	Plural bool
	// Open is set for a noun outside the closed list of kinds that the
	// lexicon knows as an act or event ("the Oct. 23 slaying", "the second
	// recall"): its kind is its lemma.
	Open bool
	// Sentence is the index of its sentence.
	Sentence int
	// Agent is who does it and Place where (canonical names, "" when
	// unknown); AgentVia and PlaceVia say how a description or pronoun was
	// resolved ("“the Russian leader” → Vladimir Putin").
	Agent, Place       string
	AgentVia, PlaceVia string
	// Described tells a place named by a description ("visited the
	// constituency"), which a name elsewhere may restate: a visit so
	// placed may join the one series its traveller was given.
	Described bool
	// Reference tells whether it dates a noun after "after", "before" or
	// "since" ("will be the third election, after votes in 2025"): a
	// reference point of the clause, not the time of its verb.
	Reference bool
	// Tense is the tense of its clause.
	Tense tense.Result
	// Dates are the indices of the date expressions that time it.
	Dates []int
	// Direct tells whether its date modifies the trigger noun itself ("the
	// March 5 summit", "the summit on March 3") rather than timing its
	// clause.
	Direct bool
	// Within tells whether that date follows the noun of an event that
	// lasts days ("the blaze on Tuesday", "the summit on Thursday") where
	// the noun phrase is the object of a verb or a preposition
	// ("firefighters were fighting the blaze on Tuesday", "signed a pact
	// at the summit on Thursday"): the date may time the clause's act on
	// one day within the event rather than the event itself.
	Within bool
	// Qualified tells whether an "of" phrase after the noun says whose or
	// which event it is ("the trial of his former deputy"), so that a
	// later mention so qualified may be another event than the one before.
	Qualified bool
	// Decided is set when its date times a verb of deciding or scheduling
	// whose object it is ("approved the ballot on Tuesday"), not the event.
	Decided bool
	// Modifier is a classifying word right before the trigger, in lower
	// case: a possessive common noun or an adjective ("women" in "the
	// women's final", "junior" in "the junior race"), or "". Two mentions
	// with different modifiers are two events.
	Modifier string
	// Object is the head of that "of" phrase in lower case ("slepian" in
	// "the slaying of Dr. Barnett Slepian"), or "".
	Object string
	// Theme is, for a verb, the head of its object in lower case
	// ("increase" in "suspended the increase on Jan. 28"), or "": the
	// event told before as a noun of that object ("the Jan. 30 suspension
	// of the tariff increase") is the same one.
	Theme string
	// Retold is set for a verb that tells again an event told before as
	// a noun of its object: it refers back as a definite noun does.
	Retold bool
	// Onset tells whether its date times a verb of starting whose subject
	// it is ("the trial is set to open on Jan. 14"), or, for a verb, one
	// that names a lasting event's start ("walked off the job on Dec. 2").
	Onset bool
	// DateNamed tells whether a date before the noun names which event
	// is meant, as an ordinal would: a possessive ("Sunday's debate") or
	// a year written out ("the 2020 election": a recurring event named by
	// its year is another instance than one of another year).
	DateNamed bool
	// Once tells whether its noun names an event that happens once to
	// what it belongs to ("debut", "merger"; lexicon class once-nouns): a
	// date before it dates that one event, whatever its length ("the June
	// merger").
	Once bool
	// Indefinite tells whether "a" or "an" opens its noun phrase ("a
	// hearing on Jan. 12", "an emergency vote"): a new instance of its
	// kind.
	Indefinite bool
	// Count is how many events it speaks of ("twice" → 2), 0 if none;
	// CountSpan covers the count and its scope ("twice in 2025").
	Count     int
	CountSpan Span
	// Ordinal ranks it ("his second visit" → 2), 0 if none; OrdinalSpan
	// covers the ordinal phrase.
	Ordinal     int
	OrdinalSpan Span
	// RankSaid is set when the ordinal is said of the mention after a
	// comma or a form of "be" ("the Oct. 4 blast was the second this
	// year"): it ranks the event the mention names without telling
	// another instance apart.
	RankSaid bool
	// Ended is set when the date is the end of the event, the time of a
	// verb of ending it is the subject of ("The race ends on Sunday"),
	// no date of the event as a whole.
	Ended bool
	// Pointed is set when the ordinal ranks one of a series a
	// demonstrative points back at ("The first of those visits"): the
	// series counted just before, whatever noun named it.
	Pointed bool
	// Of is the number of the whole an ordinal ranks one of ("The first
	// of the three stoppages" → 3), or 0: the series of that size told
	// before, whatever noun named it.
	Of int
	// Added is set for a count of events added to those told ("two more
	// launches this year", "three further inspections"): other events of
	// the kind inside its scope are not among them.
	Added bool
	// Things is set for a count of things that a verb's events each make
	// ("will launch two more satellites this year", "plans two routes to
	// Morocco in 2026"): its kind is the noun, one event for each thing,
	// ranked by the ordinals that follow ("The second, ...").
	Things bool
	// Repeat tells a visit made again ("will return to China", "revisited
	// Oslo"): after visits of its series already told, it ranks next.
	Repeat bool
	// Again is set for a verb that says the event happens again ("will
	// walk out again on Oct. 28"): another instance of its kind.
	Again bool
	// FirstEver is set for a verb the adverb "first" marks ("first raised
	// the fee last December"): the first instance of its kind ever.
	FirstEver bool
	// Earlier lists the mentions an ordinal names as the events before it
	// ("the third strike this year, after a strike last November and a
	// stoppage in April"), in order; nil when the copy lists none.
	Earlier []int
	// Scope is the index of the date that bounds its count or ordinal
	// ("in 2025", "this year"), or -1.
	Scope int
	// Headless tells whether it is an ordinal without its noun that
	// refers to a count just made ("two launches next year ... The
	// second, an orbiter, is planned for January 2029"); Trigger is then
	// the ordinal word.
	Headless bool
	// Series tells whether the noun names one of a series only by its
	// ordinal ("the third stage", "the second round"): another series of
	// the same noun may run beside it (a women's race beside the men's),
	// so the ordinal ranks it but is no name of one event across the copy.
	Series bool
	// Definite tells whether it refers back to one known event ("the
	// summit", "the March 5 summit"), as opposed to "a summit" or "another".
	Definite bool
	// Moved tells whether its sentence speaks of a change of date
	// ("postponed", "originally scheduled").
	Moved bool
	// Group is the index of its group, or -1.
	Group int
}

// Group is a set of mentions that speak of the same event or series.
type Group struct {
	Kind         string
	Agent, Place string
	// Mentions are indices into Analysis.Mentions, in order of position.
	Mentions []int
}

// TimeUse says how one date expression is used in its sentence.
type TimeUse struct {
	// Prep is the preposition before it ("in", "on", "since", ...), or "".
	Prep string
	// Adverbial tells whether it times the clause's verb ("will visit in
	// 2025") rather than modifying a noun ("the 2016 deal", "next month's
	// summit") or being quoted.
	Adverbial bool
	// Quoted tells whether it stands inside direct speech.
	Quoted bool
	// Scope tells whether it bounds a count or ordinal ("twice in 2025")
	// rather than timing an event.
	Scope bool
	// Fixed tells whether its interval stands whatever the tense: written
	// out, or deictic ("next month", "two weeks ago"); not a bare
	// "September" whose year the resolver chose from the tense.
	Fixed bool
	// Target tells whether a past verb points at a later time by meaning
	// or through a "to"/"for"/"until" ("set a hearing for June 22",
	// "subpoenaed him to testify on Feb. 10"), so the date need not time
	// the verb.
	Target bool
	// Reference tells whether it dates a noun after "after", "before" or
	// "since" ("will be the third election, after votes in 2025"): a
	// reference point of the clause, not the time of its verb.
	Reference bool
	// Tense is the tense of its clause.
	Tense tense.Result
	// Reported tells whether a future tense is seen from the past ("said
	// he would visit", "was expected to"), which is right in copy about
	// the past whatever the date.
	Reported bool
	// Fronted tells whether it opens its sentence, past a preposition at
	// most ("In 2010 he crashed out", "Last year she fell"): the time the
	// whole sentence is set in.
	Fronted bool
	// Sentence is the index of its sentence, or -1.
	Sentence int
	// Mention is the index of the mention it times, or -1.
	Mention int
}

// Options tune Analyze.
type Options struct {
	// Dateline is the date of a dateline opening the copy ("LISBON, Oct.
	// 5 —"): it dates the filing, never an event of the story, so no
	// mention is timed by it. Zero when there is none.
	Dateline Span
	// Tense, when set, answers tense questions from the analysis per
	// sentence it shares with the date resolver; it must cover the
	// sentences Analyze is given.
	Tense *tense.Cache
	// People is the entity layer's analysis of the same text: the
	// participants of events are its people. With none, events have no
	// agents.
	People *entities.Analysis
	// Reading, when set, is the shared reading of the same text, whose
	// tokens are read instead of splitting each sentence again.
	Reading *text.Reading
}

// Analyze builds the event model of src from its sentences and its resolved
// dates, reading its people itself (a check shares the entity layer and
// calls AnalyzeWith). It runs in time linear in the length of src.
func Analyze(src string, sents []text.Sentence, ds []dates.Expr) Analysis {
	r := tagger.Default().Read(src, sents)
	ea := entities.Analyze(entities.Input{
		Text:       src,
		Reading:    r,
		Dates:      ds,
		Quantities: quantities.FindIn(src, sents),
	})
	return AnalyzeWith(src, sents, ds, Options{People: &ea, Reading: r})
}

// AnalyzeWith is Analyze with options.
func AnalyzeWith(src string, sents []text.Sentence, ds []dates.Expr, opts Options) Analysis {
	a := &analyzer{src: src, dates: ds, opts: opts, out: Analysis{Times: make([]TimeUse, len(ds))}}
	for i := range a.out.Times {
		a.out.Times[i] = TimeUse{Sentence: -1, Mention: -1}
	}
	// The token buffers hold the longest sentence piece: one allocation
	// each, not a run of growing ones.
	longest := 0
	for _, s := range sents {
		longest = max(longest, min(s.End-s.Start, maxSentence))
	}
	a.toks, a.words = make([]token, 0, longest/4+8), make([]text.Token, 0, longest/4+8)
	var quoted []Span
	if opts.Reading != nil {
		quoted = opts.Reading.Quotes // the same text's, found once
	} else {
		quoted = text.Quotes(src)
	}
	for si, s := range sents {
		if s.End-s.Start <= maxSentence {
			a.sentence(si, s, true, quoted) // one piece: no slice to build
			continue
		}
		for _, part := range pieces(src, s) {
			a.sentence(si, part, part == s, quoted)
		}
	}
	a.unifyKin()
	a.group()
	return a.out
}

// unifyKin gives a mention the kind of an earlier one that the lexicon
// says names the same event, by a synonym or a more general word: "the
// Oct. 23 slaying" ... "the murder"; "the bombing" ... "the attack". A
// word is matched only with kinds the copy itself used: "raid" and
// "ambush", two kinds of attack, stay apart unless the copy calls them
// both attacks. A gerund is kin of the noun its verb shares its form with
// ("flooding" and "flood", "voting" and "vote").
func (a *analyzer) unifyKin() {
	used := map[string]string{} // a kind the copy used → the kind it stands for
	viaKin := map[string]string{}
	var buf [16]string
	for i := range a.out.Mentions {
		m := &a.out.Mentions[i]
		kind := m.Kind
		if c, ok := used[kind]; ok {
			m.Kind = c
			continue
		}
		kin := lex().AppendEventKin(buf[:0], kind)
		if v := lex().VerbOf(kind); strings.HasSuffix(kind, "ing") && v != "" && v != kind && lex().EventClass(v) != "" {
			kin = append(kin, v) // "the flooding" ... "the flood": the gerund and the verb's own noun
		}
		c, ok := viaKin[kind] // a more general word for an earlier kind
		for _, w := range kin {
			if ok {
				break
			}
			c, ok = used[w] // a more specific word for an earlier kind
		}
		if !ok {
			c = kind
		}
		m.Kind, used[kind] = c, c
		for _, w := range kin {
			if _, seen := viaKin[w]; !seen {
				viaKin[w] = c
			}
		}
	}
}

// maxSentence bounds the bytes read as one sentence: a run-on "sentence"
// of a megabyte (a table, a list, a hostile input) is read in pieces cut at
// spaces, so that the work per sentence stays bounded and the whole linear.
const maxSentence = 2000

// pieces cuts s into stretches of at most about maxSentence bytes.
func pieces(src string, s text.Sentence) []text.Sentence {
	if s.End-s.Start <= maxSentence {
		return []text.Sentence{s}
	}
	var out []text.Sentence
	for start := s.Start; start < s.End; {
		end := min(start+maxSentence, s.End)
		if end < s.End {
			cut := end
			for cut > start+maxSentence/2 && src[cut] != ' ' {
				cut--
			}
			if src[cut] == ' ' {
				end = cut
			}
			for end > start+1 && !utf8.RuneStart(src[end]) {
				end-- // no space to cut at: at least not inside a rune
			}
		}
		out = append(out, text.Sentence{Start: start, End: end})
		start = end
	}
	return out
}
