package tense

import (
	lex "github.com/copydesk/copydesk/checker/lexicon"
	"github.com/copydesk/copydesk/checker/text"
)

// relatedEventDate reports a date at toks[pos] that times an event noun
// the clause relates its own act to, on the side the clause's tense leaves
// open: a noun phrase after "after" in a future clause ("will be the third
// strike this year, after a walkout in January"), or after "before" in a
// past one ("had voted before the strike on March 3"). That event has a
// time of its own, which may lie on either side of the publication date;
// "before" in a future clause and "after" in a past one keep the clause's
// side, as does a date that is the preposition's own object ("will reopen
// after March 3").
func relatedEventDate(toks []text.Token, pos int, tn Tense) bool {
	if tn != Future && tn != Past {
		return false
	}
	k := pos
	if !isIN(toks[k]) {
		k--
	}
	if k < 1 || !isIN(toks[k]) || toks[k-1].Tag == 0 || !toks[k-1].Tag.IsNoun() {
		return false
	}
	// Walk back over the noun phrases, their own dated phrases and the
	// conjunctions between them ("a walkout in January and a 24-hour
	// stoppage on March 3") to the word that governs them.
	j := k - 1
	for n := 0; j >= 0 && n < 20 && inNounPhrases(toks[j]); n++ {
		j--
	}
	if j < 0 || j == k-1 {
		return false
	}
	if l := toks[k-1].Lemma; l != "" && lex.Default().EventClass(l) == "" && lex.Default().LaterAct(l) == "" && lex.Default().Known(l, lex.Noun) {
		return false // "testified before the committee on May 28": a body, no event
	}
	if lex.Default().Is(lex.DayParts, toks[k-1].Lower) {
		return false // "broke its banks before dawn on Sunday": a time of day, no event
	}
	switch toks[j].Lower {
	case "after", "following":
		return tn == Future
	case "before":
		return tn == Past
	}
	return false
}

// isIN reports a preposition that dates a noun: "in", "on", "at".
func isIN(t text.Token) bool {
	return t.Lower == "in" || t.Lower == "on" || t.Lower == "at"
}

// inNounPhrases reports a token that may stand inside coordinated noun
// phrases with their prepositional dates.
func inNounPhrases(t text.Token) bool {
	switch g := t.Tag; {
	case g.IsNoun(), g.IsAdjective(), g == text.DT, g == text.CD, g == text.PRPS, g == text.POS, g == text.HYPH:
		return true
	case g == text.CC || g == text.Comma:
		return true
	}
	return isIN(t)
}

// recalledEventDate reports a date at toks[pos] inside the of-phrase of a
// commemoration noun ("will mark the 75th anniversary of its founding in
// 1957", "plans a centenary of the strike of 1926"): it dates the event
// recalled, which lies before the occasion whatever the clause's tense.
func recalledEventDate(toks []text.Token, pos int) bool {
	k := pos
	if !isIN(toks[k]) && toks[k].Lower != "of" {
		k--
	}
	if k < 1 || !isIN(toks[k]) && toks[k].Lower != "of" {
		return false
	}
	j := k - 1
	for hop := 0; hop < 3; hop++ {
		for n := 0; j >= 0 && n < 12 && inNounPhrases(toks[j]); n++ {
			j--
		}
		if j < 1 || toks[j].Lower != "of" || toks[j-1].Tag == 0 || !toks[j-1].Tag.IsNoun() {
			return false
		}
		if lex.Default().Is(lex.Commemoration, toks[j-1].Lower) {
			return true
		}
		j-- // "of the founding of the club in 1957": one noun phrase further up
	}
	return false
}
