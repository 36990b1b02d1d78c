package events

import (
	"github.com/copydesk/copydesk/checker/lexicon"
	"github.com/copydesk/copydesk/checker/text"
)

// agentEvent returns the index of the event noun that the "by" phrase of
// a passive verb at toks[i] names, or -1: "has been cut by landslides
// twice this year", "was hit by two strikes", "were disrupted by power
// outages three times". The noun is plural: a count is of several. The events are the agent's; the verb tells only what
// they did, so a count after the phrase counts them.
func agentEvent(toks []token, i int) int {
	if toks[i].tag != text.VBN || !passiveAux(toks, i) || i+2 >= len(toks) || toks[i+1].lower != "by" {
		return -1
	}
	for k := i + 2; k < len(toks) && k <= i+5; k++ {
		t := toks[k]
		if !t.word {
			return -1
		}
		if t.tag.IsNoun() && !t.tag.IsProper() && (k+1 >= len(toks) || !toks[k+1].tag.IsNoun()) {
			if !t.tag.IsPlural() || lex().EventClass(t.lemmaOr()) == "" || lex().Is(lexicon.OrgHeads, t.lemmaOr()) {
				return -1 // "hired by the cooperative in February": a body; a count is of plural events
			}
			return k
		}
		if !(t.tag == text.DT || t.tag == text.CD || t.tag.IsAdjective() || t.tag.IsNoun() || t.tag == text.PRPS) {
			return -1
		}
	}
	return -1
}

// passiveAux reports a form of "be" or "get" just before toks[i], with at
// most an adverb between: "was cut", "has been badly hit", "got caught".
func passiveAux(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		switch {
		case toks[k].lemma == "be" || toks[k].lemma == "get":
			return true
		case toks[k].tag != text.RB:
			return false
		}
	}
	return false
}

// agentOf reports the event noun at toks[i] as the agent of a passive
// verb before its "by" phrase (see agentEvent).
func agentOf(toks []token, i int) bool {
	for k := i - 1; k >= 1 && k >= i-4; k-- {
		if toks[k].lower == "by" {
			return agentEvent(toks, k-1) == i
		}
	}
	return false
}

// subjectEvent returns the index of the plural event noun that opens the
// sentence as the subject of the active verb at toks[i], or -1:
// "Hailstorms battered the district twice in 2023", "Floods have cut the
// road three times this year". As with a passive's agent, the events
// counted are the subject's; the verb tells what they did.
func subjectEvent(toks []token, i int) int {
	if !toks[i].tag.IsVerb() || toks[i].tag == text.VBN && !passiveAux(toks, i) && i > 0 && toks[i-1].lemma != "have" {
		return -1
	}
	k := i - 1
	for k >= 0 && (toks[k].tag == text.MD || toks[k].lemma == "have" || toks[k].tag == text.RB) {
		k-- // "have cut", "will soon hit"
	}
	if k < 0 || !toks[k].tag.IsNoun() || toks[k].tag.IsProper() || !toks[k].tag.IsPlural() || lex().EventClass(toks[k].lemmaOr()) == "" {
		return -1
	}
	for j := k - 1; j >= 0; j-- {
		t := toks[j]
		if t.lower == "—" || t.lower == "–" {
			break // after a dateline's dash
		}
		if !(t.tag == text.DT || t.tag == text.CD || t.tag.IsAdjective() || t.tag.IsNoun() && !t.tag.IsProper()) {
			return -1 // the noun phrase must open the sentence
		}
	}
	return k
}

// subjectOf reports the event noun at toks[i] as the subject of the
// verb after it (see subjectEvent).
func subjectOf(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		if toks[k].tag.IsVerb() {
			return subjectEvent(toks, k) == i
		}
	}
	return false
}

// countAfter reports a count of times after toks[i] in its sentence:
// "twice", "three times".
func countAfter(toks []token, i int) bool {
	for k := i + 1; k < len(toks); k++ {
		if w := toks[k].lower; w == "twice" || w == "thrice" || w == "times" || w == "once" {
			return true
		}
	}
	return false
}
