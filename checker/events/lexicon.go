package events

import (
	"strconv"

	"strings"

	"github.com/copydesk/copydesk/checker/lexicon"
	"github.com/copydesk/copydesk/checker/text"
)

// triggers maps a word form to the kind of event it names and whether it is
// a noun. Verb forms and noun forms of one kind share the kind, so "visit
// China" and "his second visit" fall in one group.
var triggers = map[string]struct {
	kind string
	noun bool
}{
	"visit": {"visit", false}, "visits": {"visit", false}, "visited": {"visit", false}, "visiting": {"visit", false},
	"trip": {"visit", true}, "trips": {"visit", true}, "journey": {"visit", true}, "journeys": {"visit", true},
	"travel": {"visit", false}, "travels": {"visit", false}, "traveled": {"visit", false}, "travelled": {"visit", false},
	"tour": {"visit", true}, "toured": {"visit", false},
	"meet": {"meeting", false}, "meets": {"meeting", false}, "met": {"meeting", false}, "meeting": {"meeting", true},
	"meetings": {"meeting", true}, "talks": {"talks", true},
	"summit": {"summit", true}, "summits": {"summit", true},
	"vote": {"vote", true}, "votes": {"vote", true}, "ballot": {"vote", true}, "referendum": {"referendum", true},
	"election": {"election", true}, "elections": {"election", true}, "runoff": {"runoff", true},
	"hearing": {"hearing", true}, "hearings": {"hearing", true}, "trial": {"trial", true},
	"launch": {"launch", true}, "launches": {"launch", true},
	"match": {"match", true}, "matches": {"match", true}, "game": {"game", true}, "final": {"final", true},
	"race": {"race", true}, "conference": {"conference", true}, "congress": {"congress", true},
	"ceremony": {"ceremony", true}, "debate": {"debate", true}, "debates": {"debate", true},
	"concert": {"concert", true}, "festival": {"festival", true}, "premiere": {"premiere", true},
	"blast": {"blast", true}, "blasts": {"blast", true}, "explosion": {"blast", true}, "explosions": {"blast", true},
	"attack": {"attack", true}, "attacks": {"attack", true}, "earthquake": {"earthquake", true}, "quake": {"earthquake", true},
	"strike": {"strike", true}, "walkout": {"strike", true}, "signing": {"signing", true}, "inauguration": {"inauguration", true},
	"auction": {"auction", true}, "session": {"session", true}, "sessions": {"session", true},
	// Synonyms share a kind, so that "a fire ... on Sept. 8" and "the Sept.
	// 9 blaze" are one event; "fire" counts only as a noun with a
	// determiner and not in a compound ("fire chief"): see notEvent. Not
	// "wildfire" (it burns for days, so two dates are no contradiction),
	// nor "ruling" or "decision" (a court or a central bank makes many).
	"fire": {"fire", true}, "fires": {"fire", true}, "blaze": {"fire", true}, "blazes": {"fire", true},
	// A stoppage is a strike of its own, often a short warning one before
	// a longer strike, so "the strike" does not refer back to "a two-hour
	// stoppage"; it still counts among the strikes an ordinal lists (see
	// kin).
	"stoppage": {"stoppage", true}, "stoppages": {"stoppage", true},
	// A person's albums and novels are ranked in time like visits
	// ("her second album"); they group by their author (see authored).
	"album": {"album", true}, "albums": {"album", true}, "novel": {"novel", true}, "novels": {"novel", true},
}

// countsAs names the kind a kind of event counts as when events are
// counted or listed: "the third strike this year, after a strike in May
// and a stoppage in April" counts the stoppage among the strikes.
var countsAs = map[string]string{"stoppage": "strike", "summit": "meeting"}

// kin reports whether events of kinds a and b count as one kind.
func kin(a, b string) bool {
	if k, ok := countsAs[a]; ok {
		a = k
	}
	if k, ok := countsAs[b]; ok {
		b = k
	}
	return a == b || lex().SameEvent(a, b)
}

// plural tells which noun forms name several events ("two visits").
var plural = map[string]bool{
	"visits": true, "trips": true, "journeys": true, "meetings": true, "talks": true, "summits": true,
	"votes": true, "elections": true, "rounds": true, "hearings": true, "launches": true, "matches": true,
	"debates": true, "blasts": true, "explosions": true, "attacks": true, "sessions": true,
	"fires": true, "blazes": true, "albums": true, "novels": true, "stoppages": true,
}

// countWords are the words that count events: "twice", "three times".
var countWords = map[string]int{"once": 1, "twice": 2, "thrice": 3}

// numberWords are the cardinals a count may use: "three times", "two visits".
var numberWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"both": 2, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "8": 8, "9": 9, "10": 10,
}

// ordinals are the words that rank events ("his second visit"): the
// lexicon's ordinal words, and figures with an ordinal suffix ("2nd").
// Built once, never changed.
var ordinals = ordinalIndex()

// ordinalIndex returns the index ordinals holds.
func ordinalIndex() map[string]int {
	m := lex().Numbers(lexicon.Ordinals)
	for n := 1; n <= 20; n++ {
		suffix := "th"
		switch n {
		case 1:
			suffix = "st"
		case 2:
			suffix = "nd"
		case 3:
			suffix = "rd"
		}
		m[strconv.Itoa(n)+suffix] = n
	}
	return m
}

// changeVerbs and changeAdverbs mark a date that moved: two dates for one
// event are then news, not a contradiction ("the vote, postponed from March
// 3 to March 5", "originally set for May"). A verb of change bears on the
// event it governs; an adverb of change on any event of its sentence.
var (
	changeVerbs = map[string]bool{
		"postponed": true, "postpone": true, "postpones": true, "delayed": true, "delay": true, "delays": true,
		"rescheduled": true, "reschedule": true, "moved": true, "shifted": true, "advanced": true, "cancelled": true,
		"canceled": true, "adjourned": true, "suspended": true, "resumed": true,
	}
	changeAdverbs = map[string]bool{"originally": true, "initially": true, "previously": true, "instead": true, "forward": true}
)

// changeWord reports a verb or an adverb of change (lower case).
func changeWord(w string) bool { return changeVerbs[w] || changeAdverbs[w] }

// changeAt reports a word of change at toks[c], or a verb whose particle
// after it, within its clause, makes a phrasal verb that moves an event in
// time (lexicon class rescheduling-phrasals): "pushed that date back by a
// week", "put the vote off", "brought the election forward".
func changeAt(toks []token, c int) bool {
	if changeWord(toks[c].lower) {
		return true
	}
	if !toks[c].tag.IsVerb() {
		return false
	}
	for k := c + 1; k < len(toks) && k <= c+5; k++ {
		t := toks[k]
		if !t.word || t.tag.IsFinite() {
			return false
		}
		if t.tag == text.RP || t.tag == text.RB {
			if lex().Is(lexicon.ReschedulingPhrasals, toks[c].lemma+" "+t.lower) {
				return true
			}
		}
	}
	return false
}

// distinctWords before an event noun say it is another event than the one
// named before: "another summit", "the next vote".
var distinctWords = map[string]bool{
	"another": true, "next": true, "previous": true, "last": true, "earlier": true, "later": true,
	"other": true, "new": true, "following": true, "final": true, "preliminary": true, "a": true, "an": true,
	"each": true, "every": true, "annual": true, "weekly": true, "monthly": true, "regular": true, "emergency": true,
}

// lex is the shared word knowledge.
var lex = lexicon.Default

// isDeterminer reports a word that opens a noun phrase: "the", "a", "its".
func isDeterminer(w string) bool { return lex().Is(lexicon.Determiners, w) }

// isPersonPronoun reports "he", "she", "his", "her", "him" and the like.
func isPersonPronoun(w string) bool { return lex().Is(lexicon.PersonPronouns, w) }

// isTitle reports a word that stands before a person's name or for a
// person: an office ("minister") or a person noun ("singer", "adviser").
func isTitle(w string) bool {
	l := lex()
	return l.Is(lexicon.Titles, w) || l.Is(lexicon.Honorifics, w) || l.PersonNoun(strings.TrimSuffix(w, "."))
}

// isMonth reports a month's name or abbreviation: "march", "sept.".
func isMonth(w string) bool {
	_, _, ok := lex().Number(lexicon.Months, w)
	return ok
}
