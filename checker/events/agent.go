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
