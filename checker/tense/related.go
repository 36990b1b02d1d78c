package tense

import "github.com/copydesk/copydesk/checker/text"

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
