package tagger

import (
	"github.com/copydesk/copydesk/checker/lexicon"
	"github.com/copydesk/copydesk/checker/text"
)

// upos is each tag's most frequent universal part of speech in UD English
// EWT.
var upos = [text.NumTags]string{
	text.None: "",
	text.NN:   "NOUN", text.NNS: "NOUN", text.NNP: "PROPN", text.NNPS: "PROPN",
	text.VB: "VERB", text.VBD: "VERB", text.VBG: "VERB", text.VBN: "VERB", text.VBP: "VERB", text.VBZ: "VERB", text.MD: "AUX",
	text.JJ: "ADJ", text.JJR: "ADJ", text.JJS: "ADJ", text.RB: "ADV", text.RBR: "ADV", text.RBS: "ADV",
	text.DT: "DET", text.PDT: "DET", text.IN: "ADP", text.TO: "PART", text.CC: "CCONJ", text.CD: "NUM",
	text.PRP: "PRON", text.PRPS: "PRON", text.WP: "PRON", text.WPS: "PRON", text.WDT: "PRON", text.WRB: "ADV",
	text.EX: "PRON", text.FW: "X", text.POS: "PART", text.RP: "ADP", text.UH: "INTJ", text.SYM: "SYM", text.LS: "NUM",
	text.Period: "PUNCT", text.Comma: "PUNCT", text.Colon: "PUNCT", text.OpenQ: "PUNCT", text.CloseQ: "PUNCT",
	text.LRB: "PUNCT", text.RRB: "PUNCT", text.Dollar: "SYM", text.Hash: "SYM", text.HYPH: "PUNCT", text.NFP: "PUNCT",
	text.ADD: "PROPN", text.GW: "X", text.AFX: "X", text.XX: "X",
}

// UPOS returns the Universal Dependencies part of speech that tag t
// most often stands for in UD English EWT, whatever the word: "NOUN",
// "VERB", "ADP", "PUNCT", ... Verbs are "VERB" and modals "AUX"; IN is
// "ADP" (not "SCONJ"), DT "DET" and WDT "PRON". UPOSOf and UPOSAt are
// closer to the treebank's own tags.
func UPOS(t Tag) string {
	if t >= text.NumTags {
		return ""
	}
	return upos[t]
}

// UPOSOf returns the universal part of speech of a word of tag t, given
// its lower-case form, by these rules over Tag.UPOS:
//
//   - a verb form of "be" is AUX, and so is one of "have" or "do" that is
//     finite and present ("has", "do", "'ve") or "did", "'d";
//   - IN is SCONJ for words that mostly open clauses ("that", "if",
//     "because", "whether", "while", "although", "unless", "before", ...);
//   - RB "not" and "n't" are PART;
//   - NN pronouns ("something", "anyone", "nothing") are PRON;
//   - NNP adjectives that start names ("United", "New", "National") are ADJ.
//
// It cannot see the sentence, so it takes "have" for AUX in "I have a
// car", and "that" for PRON in "that car"; UPOSAt can.
func UPOSOf(t Tag, lower string) string {
	switch {
	case t.IsVerb() && t != text.MD:
		switch verbClass(lower) {
		case verbBe:
			return "AUX"
		case verbHave, verbDo:
			if t == text.VBP || t == text.VBZ || t == text.VBD && lower != "had" {
				return "AUX"
			}
		}
	case t == text.IN:
		if sconj[lower] {
			return "SCONJ"
		}
	case t == text.RB:
		if isNegation(lower) {
			return "PART"
		}
	case t == text.NN:
		if nounPronoun[lower] {
			return "PRON"
		}
	case t == text.NNP:
		if nameAdjective[lower] {
			return "ADJ"
		}
	}
	return UPOS(t)
}

// UPOSAt returns the universal part of speech of token i of a sentence
// tagged tags, refining UPOSOf with the words around it:
//
//   - "be" is VERB where it states existence ("there is", "is there"),
//     else AUX;
//   - "have" is AUX when a past participle follows ("has gone", "have you
//     seen"), else VERB; "do" is AUX when a base verb follows ("did not
//     go", "do you know"), else VERB;
//   - IN is SCONJ before a gerund ("by using", "of doing"); "as",
//     "after", "before", "since", "until", "like", "than" are SCONJ when a
//     finite verb follows in their clause, else ADP; "because of" is ADP;
//   - "this", "that", "these", "those" and WDT words are DET before a noun,
//     an adjective or a number, else PRON.
func UPOSAt(toks []text.Token, tags []Tag, i int) string {
	if i < 0 || i >= len(toks) || i >= len(tags) {
		return ""
	}
	t, w := tags[i], toks[i].Lower
	n := min(len(toks), len(tags))
	next := func(j int) Tag { // the first tag after j that is not an adverb
		for j++; j < n; j++ {
			if tags[j] != text.RB {
				return tags[j]
			}
		}
		return text.None
	}
	switch {
	case t.IsVerb() && t != text.MD:
		switch verbClass(w) {
		case verbBe:
			if nx := next(i); nx == text.EX {
				return "VERB"
			}
			for j := i - 1; j >= 0; j-- {
				if tags[j] != text.RB {
					if tags[j] == text.EX {
						return "VERB"
					}
					break
				}
			}
			return "AUX"
		case verbHave:
			if verbAhead(tags[i+1:n], text.VBN) {
				return "AUX"
			}
			return "VERB"
		case verbDo:
			if verbAhead(tags[i+1:n], text.VB) {
				return "AUX"
			}
			return "VERB"
		}
		return "VERB"
	case t == text.IN:
		switch {
		case w == "because":
			if i+1 < n && toks[i+1].Lower == "of" {
				return "ADP"
			}
			return "SCONJ"
		case next(i) == text.VBG:
			return "SCONJ"
		case clauseOrPhrase[w]:
			if finiteAhead(tags[i+1 : n]) {
				return "SCONJ"
			}
			return "ADP"
		case sconj[w]:
			return "SCONJ"
		}
		return "ADP"
	case t == text.DT && demonstrative[w] || t == text.WDT:
		if i+1 < n && (tags[i+1].IsNoun() || tags[i+1].IsAdjective() || tags[i+1] == text.CD) {
			return "DET"
		}
		return "PRON"
	}
	return UPOSOf(t, w)
}

// verbAhead reports whether a verb of tag want comes first among the verbs
// of tags, before any punctuation, looking past adverbs, pronouns and a
// short noun phrase (an inverted subject: "have you seen", "did the
// council vote").
func verbAhead(tags []Tag, want Tag) bool {
	for j, t := range tags {
		if j == 6 {
			return false
		}
		switch {
		case t == want:
			return true
		case t.IsVerb() || t == text.MD || t.IsPunct() || t == text.IN || t == text.CC || t == text.TO:
			return false
		}
	}
	return false
}

// finiteAhead reports whether a finite verb comes in the clause that tags
// start, before punctuation, a conjunction or a preposition.
func finiteAhead(tags []Tag) bool {
	for j, t := range tags {
		if j == 8 {
			return false
		}
		switch t {
		case text.VBD, text.VBP, text.VBZ, text.MD:
			return true
		case text.IN, text.CC, text.TO, text.WDT, text.WP, text.WRB, text.Period, text.Comma, text.Colon, text.LRB, text.RRB:
			return false
		}
	}
	return false
}

const (
	verbOther = iota
	verbBe
	verbHave
	verbDo
)

func verbClass(w string) int {
	switch w {
	case "be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m", "s", "re", "m":
		return verbBe
	case "have", "has", "had", "having", "'ve", "'d", "ve", "d":
		return verbHave
	case "do", "does", "did", "doing", "done":
		return verbDo
	}
	return verbOther
}

// isNegation reports a word of negation (lexicon class negations).
func isNegation(w string) bool {
	return lexicon.Default().Is(lexicon.Negations, w)
}

// sconj are the IN words that mostly open clauses in UD English EWT.
var sconj = map[string]bool{
	"that": true, "if": true, "whether": true, "because": true, "cause": true,
	"although": true, "though": true, "while": true, "whilst": true,
	"unless": true, "whereas": true, "once": true, "so": true,
	"before": true, "since": true, "until": true, "till": true,
}

// clauseOrPhrase are the IN words that open clauses and phrases alike.
var clauseOrPhrase = map[string]bool{
	"as": true, "after": true, "before": true, "since": true, "until": true,
	"till": true, "like": true, "than": true,
}

var demonstrative = map[string]bool{"this": true, "that": true, "these": true, "those": true}

// nounPronoun are the pronouns the Penn tags call nouns.
var nounPronoun = map[string]bool{
	"something": true, "anything": true, "everything": true, "nothing": true,
	"someone": true, "anyone": true, "everyone": true, "noone": true,
	"somebody": true, "anybody": true, "everybody": true, "nobody": true,
	"none": true,
}

// nameAdjective are adjectives that EWT tags NNP when they start a name
// ("United States", "New York", "National Guard") and counts as ADJ.
var nameAdjective = map[string]bool{
	"united": true, "new": true, "national": true, "international": true,
	"federal": true, "central": true, "supreme": true, "royal": true,
	"grand": true, "great": true, "big": true, "middle": true, "prime": true,
	"northern": true, "southern": true, "western": true, "eastern": true,
	"islamic": true, "american": true, "british": true, "canadian": true,
	"iraqi": true, "saudi": true, "egyptian": true, "tamil": true,
	"republican": true, "democratic": true, "medical": true, "naval": true,
	"executive": true, "religious": true, "revolutionary": true,
	"global": true, "atomic": true, "white": true, "blue": true, "red": true,
	"green": true,
}
