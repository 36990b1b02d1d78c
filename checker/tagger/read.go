package tagger

import (
	"github.com/copydesk/copydesk/checker/lexicon"
	"github.com/copydesk/copydesk/checker/text"
)

// Read reads s once for every analysis: it splits it into sentences
// (unless sents, Sentences of s, is given) and tokens, tags each token
// and gives it its lemma from the lexicon.
func (t *Tagger) Read(s string, sents []text.Sentence) *text.Reading {
	r := text.Read(s, sents)
	lx := lexicon.Default()
	var memo lemmas
	var tags []Tag
	for i := range r.Sentences {
		toks := r.Words(i)
		tags = t.Tag(s, toks, tags[:0])
		for k := range toks {
			toks[k].Tag = tags[k]
			toks[k].Lemma = memo.lemma(lx, toks[k].Lower, toks[k].Tag)
		}
	}
	return r
}

// finiteBefore reports a finite verb among the tags of a clause before a
// participle: "it planned to ship a computer based on the 486 chip" has
// its finite verb, so "based" stays a participle.
func finiteBefore(tags []Tag) bool {
	for _, t := range tags {
		if t.IsFinite() {
			return true
		}
	}
	return false
}

// finitePast settles past tense (VBD) against past participle (VBN) in
// tags, those of toks, where a tagger trained on web text often errs on
// news, by the rule that a clause has one finite verb:
//   - a participle right after its subject (a noun, a pronoun, a relative
//     "who"), with no auxiliary and no finite verb before it and no finite
//     verb after it in its clause, is the past tense: "The minister
//     resigned on Tuesday";
//   - a past tense right after a noun and before a preposition, with a form
//     of "be" or "have" or a modal later in its clause, is a participle of
//     a reduced relative: "The man arrested on Monday was charged";
//   - a past tense inside a noun phrase, after its determiner (and an
//     ordinal, a number or an adjective) and before its common noun, is a
//     participle that modifies the noun: "The first failed inspection
//     came", "its two delayed launches".
func finitePast(toks []text.Token, tags []Tag) {
	start := 0 // the clause's first token
	for k, t := range tags {
		if clauseEnd(toks[k].Lower, t) {
			start = k + 1
			continue
		}
		if t == text.VBD && inNounPhrase(toks, tags, k) {
			tags[k] = text.VBN
			continue
		}
		if t == text.VBN && k > 0 && toks[k-1].Lower == "," && k+1 < len(tags) && (tags[k+1] == text.PRPS || tags[k+1] == text.CD || tags[k+1] == text.DT) &&
			!finiteBefore(tags[k+1:]) {
			// "Thelagadi, the app that promises ..., raised its charge",
			// "The flood, caused by heavy rain, damaged 86 houses": a past
			// form with an object after the comma that closes the
			// subject's aside, and no finite verb after it, is the verb.
			tags[k] = text.VBD
			continue
		}
		if k == 0 || !subjectBefore(tags[k-1]) && !(t == text.NN && subjectPast(toks, tags, k)) && !(t == text.VBN && (toks[k-1].Lower == "first" || toks[k-1].Lower == "then" || tags[k-1] == text.RB && !isNegation(toks[k-1].Lower) && !lexicon.Default().Is(lexicon.UnchangedParticiples, toks[k].Lower)) && subjectPast(toks, tags, k)) {
			continue
		}
		from := subordinateStart(toks, tags, start, k)
		switch {
		case t == text.VBN && from > start && !auxiliaryIn(toks[from:k]) && !finiteIn(toks[k+1:], tags[k+1:], false):
			// "said his fruit had rotted since the strike started on Oct.
			// 7": a clause a word of time opens has a finite verb of its
			// own, whatever the clause around it has.
			tags[k] = text.VBD
		case t == text.VBN && !auxiliaryIn(toks[start:k]) && !finiteBefore(tags[start:k]) && !finiteIn(toks[k+1:], tags[k+1:], false) && !(k+1 < len(toks) && toks[k+1].Lower == "by" && governedPhrase(toks, tags, start, k-1)):
			// "under a mediator appointed by the office" is no subject
			// and its verb: a preposition governs the noun, and the
			// agent after it makes the form a passive participle.
			tags[k] = text.VBD
		case t == text.VBP && lexicon.Default().Is(lexicon.UnchangedParticiples, toks[k].Lower) && timeClauseOfPast(toks, tags, start, from):
			// "began in February, when inspectors shut the section": a
			// form both present and past, in a clause of time hung on a
			// past, is the past.
			tags[k] = text.VBD
		case t == text.VBD && tags[k-1].IsNoun() && k+1 < len(tags) && tags[k+1] == text.IN && finiteIn(toks[k+1:], tags[k+1:], true):
			tags[k] = text.VBN
		case t == text.VBD && tags[k-1].IsNoun() && k+1 < len(tags) && (toks[k+1].Lower == "by" && governedPhrase(toks, tags, start, k-1) ||
			(tags[k+1] == text.IN || tags[k+1] == text.TO) && infinitiveObject(toks, tags, start, k-1)):
			// "are due to resume talks under a mediator appointed by the
			// labour office last week": a past form after a noun a
			// preposition governs, with its agent after it, or after the
			// object of an infinitive and before a preposition ("a plan
			// to cut the subsidy paid to the rail company"), is a
			// participle of a reduced relative.
			tags[k] = text.VBN
		case t == text.NN && subjectPast(toks, tags, k) && k+1 < len(tags) && (tags[k+1] == text.IN || tags[k+1].IsAdverb()) &&
			pastForm(lexicon.Default(), toks[k].Lower) && !finiteBefore(tags[start:k]) && !finiteIn(toks[k+1:], tags[k+1:], false):
			// "The landslide struck before dawn": a past form read as a
			// noun after the subject, in a clause with no finite verb, is
			// its verb.
			tags[k] = text.VBD
		case (t == text.NN || t == text.JJ) && (tags[k-1].IsNoun() || tags[k-1] == text.WDT || tags[k-1] == text.WP) && k+1 < len(tags) && tags[k+1] == text.PRPS &&
			lexicon.Default().Is(lexicon.UnchangedParticiples, toks[k].Lower) && !finiteBefore(tags[start:k]) && !finiteIn(toks[k+1:], tags[k+1:], false):
			// "The Tana burst its banks", "The company shut its plant",
			// "the stream, which burst its banks": a form both base and
			// past, read as a noun or an adjective between the subject
			// (or a relative pronoun) and the possessive that opens its
			// object, is the clause's verb.
			tags[k] = text.VBD
		}
	}
}

// infinitiveObject reports a noun phrase ending at toks[e] that is the
// object of an infinitive ("to cut the subsidy"), not of a verb of saying
// (whose object may be a clause's subject: "to say the firm paid").
func infinitiveObject(toks []text.Token, tags []Tag, start, e int) bool {
	j := beforePhrase(tags, start, e)
	return j < e && j > start && tags[j] == text.VB && (tags[j-1] == text.TO || toks[j-1].Lower == "to") &&
		!lexicon.Default().Is(lexicon.SayingVerbs, toks[j].Lemma)
}

// beforePhrase returns the index of the word before the noun phrase that
// ends at e (its nouns, adjectives, determiners, owners and numbers),
// start at the most.
func beforePhrase(tags []Tag, start, e int) int {
	j := e
	for j > start && (tags[j].IsNoun() || tags[j].IsAdjective() || tags[j] == text.DT || tags[j] == text.PRPS || tags[j] == text.CD || tags[j] == text.POS) {
		j--
	}
	return j
}

// governedPhrase reports a noun phrase ending at toks[e], in the clause
// from start, that a preposition or a verb governs: "under a mediator",
// "to cut the subsidy". A past form after such a phrase is no verb of it.
func governedPhrase(toks []text.Token, tags []Tag, start, e int) bool {
	j := beforePhrase(tags, start, e)
	if j == e || tags[j].IsNoun() {
		return false
	}
	return j >= start && (tags[j] == text.IN || tags[j] == text.TO || tags[j].IsVerb() || auxiliaryWord(toks[j].Lower))
}

// timeClauseOfPast reports a clause from start opened by a word of time
// ("when", "after", "until": lexicon time-openers), right before start or
// at from, after a past tense earlier in the sentence.
func timeClauseOfPast(toks []text.Token, tags []Tag, start, from int) bool {
	opener := from > start || start > 0 && lexicon.Default().Is(lexicon.TimeOpeners, toks[start-1].Lower)
	if !opener {
		return false
	}
	for _, t := range tags[:start] {
		if t == text.VBD {
			return true
		}
	}
	return false
}

// subjectPast reports a noun right before toks[k], or before an adverb of
// order there ("The union first struck on Jan. 11"): a subject, after
// which a past form read as a noun is the verb.
func subjectPast(toks []text.Token, tags []Tag, k int) bool {
	p := k - 1
	if p > 0 && (tags[p].IsAdverb() || toks[p].Lower == "first" || toks[p].Lower == "then") {
		p--
	}
	return p >= 0 && tags[p].IsNoun()
}

// subordinateStart returns the index after a word that opens a clause of
// time ("since", "after", "until": lexicon time-openers) and is followed
// by nothing but the noun phrase before toks[k], or start if there is
// none: "since the strike started", "after the two firms merged".
func subordinateStart(toks []text.Token, tags []Tag, start, k int) int {
	for j := k - 1; j > start; j-- {
		switch t := tags[j]; {
		case t.IsNoun() || t.IsAdjective() || t == text.DT || t == text.PRPS || t == text.POS || t == text.CD:
			continue
		case t == text.IN && j < k-1 && lexicon.Default().Is(lexicon.TimeOpeners, toks[j].Lower):
			return j + 1
		}
		return start
	}
	return start
}

// inNounPhrase reports a token k between a noun phrase's determiner (a
// possessive; then perhaps an ordinal, a number or an adjective) and its
// common noun. "That" is left out: it may open a clause ("the plan that
// failed tests").
func inNounPhrase(toks []text.Token, tags []Tag, k int) bool {
	if k == 0 || k+1 >= len(tags) || tags[k+1] != text.NN && tags[k+1] != text.NNS {
		return false
	}
	d := k - 1
	if (tags[d] == text.JJ || tags[d] == text.CD) && d > 0 {
		d--
	}
	return (tags[d] == text.DT || tags[d] == text.PRPS || tags[d] == text.POS) && toks[d].Lower != "that"
}

// clauseEnd reports a token that ends a clause: a comma, a semicolon, a
// colon, a dash, a coordinating conjunction, a word that opens another
// clause ("that", "which", "when") or the sentence's end.
func clauseEnd(lower string, t Tag) bool {
	switch t {
	case text.Comma, text.Colon, text.Period, text.CC, text.WDT, text.WP, text.WRB:
		return true
	}
	return t == text.IN && lower == "that"
}

// subjectBefore reports a tag that can end a clause's subject.
func subjectBefore(t Tag) bool {
	return t.IsNoun() || t == text.PRP || t == text.WP || t == text.WDT
}

// auxiliaryIn reports a form of "be", "have" or "get" among toks: the
// participle after it is one.
func auxiliaryIn(toks []text.Token) bool {
	for k := range toks {
		if auxiliaryWord(toks[k].Lower) {
			return true
		}
	}
	return false
}

// auxiliaryWord reports a form of "be", "have" or "get".
func auxiliaryWord(w string) bool {
	switch w {
	case "be", "is", "are", "was", "were", "been", "being", "'s", "'re", "'m",
		"have", "has", "had", "'ve", "'d", "having", "get", "gets", "got", "gotten":
		return true
	}
	return false
}

// finiteIn reports a finite verb among toks, whose tags are tags, up to
// the clause's end; with aux, only a form of "be" or "have" or a modal
// counts.
func finiteIn(toks []text.Token, tags []Tag, aux bool) bool {
	for k, t := range tags {
		if clauseEnd(toks[k].Lower, t) {
			return false
		}
		if t.IsFinite() && (!aux || t == text.MD || auxiliaryWord(toks[k].Lower)) {
			return true
		}
	}
	return false
}

// lemmas remembers the lemmas of one text's words by part of speech
// (noun, verb, adjective: one map each, keyed by the word alone, which
// hashes faster than a word and a part together): words recur, and each
// first lookup searches the lexicon's tables.
type lemmas [3]map[string]string

// lemma returns Lemma(lx, lower, tag), looking each word up once.
func (m *lemmas) lemma(lx *lexicon.Lexicon, lower string, tag text.Tag) string {
	var pos int
	switch {
	case tag == text.NN || tag == text.NNS:
		pos = 0
	case tag.IsVerb():
		pos = 1
	case tag == text.JJR || tag == text.JJS:
		pos = 2
	default:
		return lower
	}
	if l, ok := m[pos][lower]; ok {
		return l
	}
	if m[pos] == nil {
		m[pos] = map[string]string{}
	}
	l := Lemma(lx, lower, tag)
	m[pos][lower] = l
	return l
}

// Lemma returns the dictionary form of a word of part of speech tag: a
// noun's singular, a verb's infinitive, an adjective's positive; proper
// nouns, numbers and punctuation stay as they are.
func Lemma(lx *lexicon.Lexicon, lower string, tag text.Tag) string {
	switch {
	case tag == text.NN || tag == text.NNS:
		return lx.Lemma(lower, lexicon.Noun)
	case tag.IsVerb():
		return lx.Lemma(lower, lexicon.Verb)
	case tag == text.JJR || tag == text.JJS:
		return lx.Lemma(lower, lexicon.Adjective)
	}
	return lower
}
