package tagger

import (
	"strings"

	_ "embed"
	"github.com/copydesk/copydesk/checker/lexicon"
	"sync"

	"github.com/copydesk/copydesk/checker/tagger/internal/model"
	"github.com/copydesk/copydesk/checker/text"
)

//go:generate go run ./internal/train -ud ../../../shared/eval/ud-ewt -out model/ewt.bin

// Tag is the shared part-of-speech type of package text: the tagger's
// weights number their tags as text.Tag does.
type Tag = text.Tag

func init() {
	for i := range text.NumTags {
		if text.Tag(i).String() != model.TagNames[i] {
			panic("tagger: text.Tag out of step with the model's tag set")
		}
	}
	if int(text.NumTags) != model.NumTags {
		panic("tagger: text.Tag out of step with the model's tag set")
	}
}

// Tagger tags sentences. It is immutable and safe for concurrent use.
type Tagger struct {
	m *model.Model
}

//go:embed model/ewt.bin
var weights []byte

var (
	once sync.Once
	def  *Tagger
)

// Default returns the tagger built from the embedded weights, trained on
// UD English EWT. It decodes them on the first call (about 12 ms).
func Default() *Tagger {
	once.Do(func() {
		m, err := model.Decode(weights)
		if err != nil {
			panic(err) // the embedded weights are checked by the tests
		}
		def = &Tagger{m}
	})
	return def
}

// Tag appends to dst one tag for each of toks, the tokens of one sentence of
// src as text.AppendWords gives them, and returns the extended slice. Past
// tenses and participles are settled by the rule that a clause has one
// finite verb (see finitePast). Given a dst with room enough it allocates
// nothing.
func (t *Tagger) Tag(src string, toks []text.Token, dst []Tag) []Tag {
	n := len(dst)
	dst = model.Tag(t.m, src, toks, dst)
	namedOpener(src, toks, dst[n:])
	finitePast(toks, dst[n:])
	goesWith(toks, dst[n:])
	verbsOnly(src, toks, dst[n:])
	nounsOnly(src, toks, dst[n:])
	currencyNouns(src, toks, dst[n:])
	afterModal(src, toks, dst[n:])
	nounHeads(toks, dst[n:])
	determinedVerbs(toks, dst[n:])
	infinitiveObjects(toks, dst[n:])
	agreeingHeads(toks, dst[n:])
	verbAfterAside(toks, dst[n:])
	appositionHeads(toks, dst[n:])
	pluralHeads(toks, dst[n:])
	adverbsAfterPlurals(toks, dst[n:])
	participlesSetOff(toks, dst[n:])
	clauseVerbs(toks, dst[n:])
	moreThanVerbs(toks, dst[n:])
	beParticiples(toks, dst[n:])
	return dst
}

// namedOpener retags as a proper noun a capitalised word opening the
// sentence that the model read as an adverb, an adjective, a common noun
// or, for a name in "-s", a verb or a plural ("Valdares never learned"),
// and that the lexicon knows in no part of speech: a name ("Deshpande
// qualified as a doctor", "Okonkwo later moved", "Tkatchenko will
// travel"). A past form the model then read as an
// adjective after it is the participle finitePast settles: the subject's
// verb when the clause has no other.
func namedOpener(src string, toks []text.Token, tags []Tag) {
	if len(tags) < 2 || tags[0] != text.RB && tags[0] != text.JJ && tags[0] != text.NN && tags[0] != text.VBZ && tags[0] != text.NNS || toks[0].Kind != text.Word {
		return
	}
	if !toks[0].Capitalized(src) || !unknown(toks[0].Lower) {
		return
	}
	tags[0] = text.NNP
	if tags[1] == text.JJ && pastForm(lexicon.Default(), toks[1].Lower) {
		tags[1] = text.VBN
	}
}

// unknown reports a word the lexicon knows in no part of speech.
func unknown(w string) bool {
	lx := lexicon.Default()
	for _, p := range []lexicon.POS{lexicon.Noun, lexicon.Verb, lexicon.Adjective, lexicon.Adverb} {
		if lx.Known(lx.Lemma(w, p), p) || lx.Known(w, p) {
			return false
		}
	}
	return true
}

// beParticiples retags as a past participle an adjective after a form of
// "be" that is the past participle of a verb written as its base ("was
// shut on Feb. 3", "were cut by a third", "is set for May"), when a
// preposition follows: a passive verb, not a state.
func beParticiples(toks []text.Token, tags []Tag) {
	lx := lexicon.Default()
	for k := 1; k+1 < len(tags); k++ {
		if tags[k] != text.JJ {
			continue
		}
		n := k + 1
		for n < len(tags) && tags[n].IsAdverb() {
			n++ // "was shut again on Oct. 28"
		}
		if n >= len(tags) || tags[n] != text.IN {
			continue
		}
		switch toks[k-1].Lower {
		case "was", "were", "is", "are", "be", "been", "being":
		default:
			continue
		}
		if lx.Is(lexicon.UnchangedParticiples, toks[k].Lower) {
			tags[k] = text.VBN
		}
	}
}

// goesWith retags as a common noun a whole word the model tagged as the
// part of a split word (the treebank's GW, "e-" "mail") when the lexicon
// knows it as a noun: "his second stage win of the week".
func goesWith(toks []text.Token, tags []Tag) {
	lx := lexicon.Default()
	for k, g := range tags {
		if g == text.GW && toks[k].Kind == text.Word && lx.Known(toks[k].Lower, lexicon.Noun) {
			tags[k] = text.NN
		}
	}
}

// afterModal retags as a base verb a lower-case common noun right after a
// modal, or after a modal and "not", that the lexicon knows as a verb:
// "will audit the credit union", "would not strike again". A modal takes
// a verb, and a finite "have" a participle: a past form the lexicon knows
// as no noun is one ("had struck", "has not sung").
func afterModal(src string, toks []text.Token, tags []Tag) {
	lx := lexicon.Default()
	for k := 1; k < len(tags); k++ {
		if tags[k] != text.NN {
			continue
		}
		j := k - 1
		if j > 0 && isNegation(toks[j].Lower) {
			j--
		}
		if tags[j] == text.MD && !toks[k].Capitalized(src) && lx.Known(toks[k].Lower, lexicon.Verb) {
			tags[k] = text.VB
		}
		if (toks[j].Lower == "had" || toks[j].Lower == "has" || toks[j].Lower == "have") && tags[j].IsFinite() && !toks[k].Capitalized(src) && !lx.Known(toks[k].Lower, lexicon.Noun) && pastForm(lx, toks[k].Lower) {
			tags[k] = text.VBN // "the dockers had struck": a perfect takes a participle
		}
	}
}

// verbsOnly retags as a verb a lower-case word tagged a common noun that
// the lexicon knows as a verb and never as a noun ("The 40 buses consist
// of ...", "The fund comprises ...", "The 80-year-old sang"): a base form
// a present verb, one in "-s" a present verb of the third person, another
// inflected form a past tense. Its stems are read as
// substrings, so it allocates nothing.
func verbsOnly(src string, toks []text.Token, tags []Tag) {
	lx := lexicon.Default()
	for k, g := range tags {
		if g != text.NN && g != text.NNS || toks[k].Capitalized(src) {
			continue
		}
		w := toks[k].Lower
		if lx.Known(w, lexicon.Noun) || lx.Known(w, lexicon.Adjective) {
			continue
		}
		switch {
		case lx.Known(w, lexicon.Verb):
			tags[k] = text.VBP
		case len(w) > 3 && strings.HasSuffix(w, "s") && verbStem(lx, w):
			tags[k] = text.VBZ
		case pastForm(lx, w):
			tags[k] = text.VBD // "The 80-year-old sang for five hours"
		}
	}
}

// pastForm reports a word the lexicon reads as an inflected form of a verb
// and of nothing else, other than one in "-s": "sang", "flew", "shook".
func pastForm(lx *lexicon.Lexicon, w string) bool {
	return verbForm(lx, w) && !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ing")
}

// nounsOnly retags as a common noun a lower-case word tagged an adjective
// that the lexicon knows as a noun and never as an adjective or a verb:
// "the May 29 acquittal", "since his arrival", "a refusal" (nouns in
// "-al" read as adjectives).
func nounsOnly(src string, toks []text.Token, tags []Tag) {
	lx := lexicon.Default()
	for k, g := range tags {
		if g != text.JJ || toks[k].Capitalized(src) {
			continue
		}
		w := toks[k].Lower
		if lx.Known(w, lexicon.Noun) && !lx.Known(w, lexicon.Adjective) && !lx.Known(w, lexicon.Verb) {
			tags[k] = text.NN
		}
	}
}

// currencyNouns retags as a noun the name of a currency after a figure
// that a verb's form shares: "50 million won", "a billion yen", "200 rand".
// After a number the word is what is counted, never the clause's verb.
func currencyNouns(src string, toks []text.Token, tags []Tag) {
	lx := lexicon.Default()
	for k := 1; k < len(tags); k++ {
		if tags[k-1] != text.CD || toks[k].Capitalized(src) || lx.Value(lexicon.Currencies, toks[k].Lower) == "" {
			continue
		}
		if !tags[k].IsNoun() {
			tags[k] = text.NN
		}
	}
}

// verbStem reports a word in "-s" or "-es" whose stem is a verb and no
// noun: "comprises", "consists".
func verbStem(lx *lexicon.Lexicon, w string) bool {
	for _, stem := range [2]string{w[:len(w)-1], strings.TrimSuffix(w, "es")} {
		if stem != w && lx.Known(stem, lexicon.Verb) && !lx.Known(stem, lexicon.Noun) {
			return true
		}
	}
	return false
}

// pluralHeads retags as a plural noun a verb in "-s" that ends a noun
// phrase opened by a determiner and a number above one ("the 30 league
// matches they have played"): a verb there would have that plural phrase
// for its subject, with which its "-s" disagrees; so does one right after
// a bare number and before a finite verb ("40 trucks broke down"). A year
// is no such number ("the 2024 budget cuts 300 jobs").
func pluralHeads(toks []text.Token, tags []Tag) {
	lx := lexicon.Default()
	for k := 1; k+1 < len(tags); k++ {
		if (tags[k] == text.VBN || tags[k] == text.JJ || tags[k] == text.VBD) && tags[k-1] == text.CD && pluralNumber(toks[k-1].Lower) &&
			(tags[k+1].IsFinite() || tags[k+1] == text.MD) && (k < 2 || tags[k-2] != text.IN && !lx.Is(lexicon.Months, toks[k-2].Lower)) {
			tags[k] = text.NNS // "Three co-accused were acquitted", "the 1,420 injured included": a participle heads the number's noun phrase
		}
	}
	for k := 2; k < len(tags); k++ {
		if tags[k] != text.VBZ || !strings.HasSuffix(toks[k].Lower, "s") || !lx.Known(lx.Lemma(toks[k].Lower, lexicon.Noun), lexicon.Noun) {
			continue
		}
		if (tags[k-1] == text.VBD || tags[k-1] == text.VBZ || tags[k-1] == text.VBP) && !lx.Is(lexicon.Auxiliaries, toks[k-1].Lower) &&
			k+1 < len(tags) && (tags[k+1] == text.DT || tags[k+1] == text.IN || tags[k+1] == text.PRPS) {
			tags[k] = text.NNS // "told reporters the ...": no finite verb follows another with nothing between
			continue
		}
		j := k - 1
		for j > 0 && (tags[j] == text.JJ || tags[j] == text.NN || tags[j] == text.HYPH) {
			j--
		}
		if j < k-1 && j > 0 && (tags[j] == text.DT || tags[j] == text.PRPS) && objectHeadAt(toks, tags, j-1, k) {
			tags[k] = text.NNS // "to shut the sluice gates twice": the head of the verb's object
			continue
		}
		if tags[j] != text.CD || !pluralNumber(toks[j].Lower) {
			continue
		}
		if j > 0 && (tags[j-1] == text.DT || tags[j-1] == text.PRPS || tags[j-1] == text.POS || tags[j-1].IsVerb() && j < k-1) ||
			j == k-1 && k+1 < len(tags) && (tags[k+1].IsFinite() || tags[k+1] == text.MD || tags[k+1] == text.VBN) {
			tags[k] = text.NNS // "40 trucks broke down", "commissioned two drone surveys": the number's noun
		}
	}
}

// objectHeadAt reports a verb at toks[v] whose object's noun phrase ends
// with the word in "-s" at toks[k]: a verb that takes no clause ("said
// the company plans to ..." may open one), and after k nothing a verb of
// that phrase would take (an infinitive, a determiner, a number).
func objectHeadAt(toks []text.Token, tags []Tag, v, k int) bool {
	lx := lexicon.Default()
	if !tags[v].IsVerb() || lx.Is(lexicon.Auxiliaries, toks[v].Lower) {
		return false
	}
	if l := lx.Lemma(toks[v].Lower, lexicon.Verb); lx.Is(lexicon.SayingVerbs, l) || lx.Is(lexicon.ThoughtVerbs, l) {
		return false
	}
	if k+1 < len(tags) {
		switch tags[k+1] {
		case text.TO, text.DT, text.PRPS, text.CD, text.VBN, text.PRP:
			return false
		}
	}
	return true
}

// pluralNumber reports a number above one that is no year: "30", "two",
// "1,200".
func pluralNumber(w string) bool {
	switch w {
	case "one", "1", "a":
		return false
	}
	if len(w) == 4 && strings.Trim(w, "0123456789") == "" && (w[0] == '1' || w[0] == '2') {
		return false // a year
	}
	return true
}

// nounFirst reports a word the lexicon knows as a noun and not as an
// adjective ("fair" is both; "show", "trial" are nouns alone), or whose
// noun names an event: "the fair", but not "the poor" or "the same".
func nounFirst(lx *lexicon.Lexicon, w string) bool {
	return !lx.Known(w, lexicon.Adjective) || lx.EventClass(w) != ""
}

// appositionHeads retags as a noun a present verb that ends a noun phrase
// a determiner opens, right before a comma and a finite verb: "Construction
// of the second phase, a branch to the new sports park, began in July". A
// verb there would leave the verb after the comma without a subject; the
// word closes the apposition, and the verb after it is the clause's.
func appositionHeads(toks []text.Token, tags []Tag) {
	lx := lexicon.Default()
	for k := 2; k+2 < len(tags); k++ {
		if tags[k] != text.VBP && tags[k] != text.VBZ || tags[k+1] != text.Comma || !(tags[k+2].IsFinite() || tags[k+2] == text.MD) {
			continue
		}
		if !tags[k-1].IsNoun() && tags[k-1] != text.JJ || !lx.Known(lx.Lemma(toks[k].Lower, lexicon.Noun), lexicon.Noun) {
			continue
		}
		j := k - 1
		for j >= 0 && (tags[j] == text.JJ || tags[j] == text.NN || tags[j] == text.NNS || tags[j] == text.CD || tags[j] == text.HYPH) {
			j--
		}
		if j >= 0 && (tags[j] == text.DT || tags[j] == text.PRPS || tags[j] == text.POS) {
			if tags[k] == text.VBZ && strings.HasSuffix(toks[k].Lower, "s") {
				tags[k] = text.NNS // "the three ferry crossings, ended"
			} else {
				tags[k] = text.NN
			}
		}
	}
}

// agreeingHeads retags as a noun a plain present (VBP), or a base form
// read as a past, right after a
// singular common noun that a determiner or a possessive opens, when the
// lexicon knows it as a noun: a singular subject would take "-s", so the
// word goes on the noun phrase ("raised its delivery charge on
// Wednesday", "the water supply plan").
func agreeingHeads(toks []text.Token, tags []Tag) {
	lx := lexicon.Default()
	for k := 2; k < len(tags); k++ {
		if !presentOrBase(lx, toks[k].Lower, tags[k]) || tags[k-1] != text.NN || !lx.Known(toks[k].Lower, lexicon.Noun) {
			continue
		}
		j := k - 2
		for j >= 0 && (tags[j] == text.JJ || tags[j] == text.NN) {
			j--
		}
		if j >= 0 && (tags[j] == text.DT || tags[j] == text.PRPS || tags[j] == text.POS) {
			tags[k] = text.NN
		}
	}
}

// verbAfterAside retags as a present verb (VBZ) a plural noun in "-s"
// right after the comma or quote that closes an aside on the subject,
// before a preposition, a determiner or a number, when no finite verb came
// before and its stem is a verb: "The exhibition, "Light of the Capital,"
// opens to the public on Friday", "The race, first held in 1988, marks
// its jubilee".
func verbAfterAside(toks []text.Token, tags []Tag) {
	lx := lexicon.Default()
	for k := 2; k+1 < len(tags); k++ {
		closes := toks[k-1].Lower == "," || tags[k-1] == text.CloseQ || toks[k-1].Lower == `"` && k >= 2 && toks[k-2].Lower == ","
		if closes && (tags[k] == text.JJ || tags[k] == text.VBN) && tags[k+1] == text.IN && !finiteOutsideAsides(toks[:k], tags[:k]) && !finiteIn(toks[k+1:], tags[k+1:], false) && pastForm(lx, toks[k].Lower) {
			// "The first round of talks, held over three days at a hotel,
			// ended on Friday": a past form after the aside, before a
			// preposition, is the sentence's one verb.
			tags[k] = text.VBD
			continue
		}
		if closes && tags[k] == text.NN && lx.Known(toks[k].Lower, lexicon.Verb) && (tags[k+1] == text.IN || tags[k+1] == text.TO) &&
			k >= 3 && relativeAside(toks, k) && !finiteOutsideAsides(toks[:k], tags[:k]) {
			// "Lyngvik, who have won seven of their last nine matches,
			// travel to Bergsøy": a plain form after a relative aside on
			// a plural subject is the sentence's verb.
			tags[k] = text.VBP
			continue
		}
		if tags[k] != text.NNS || !closes || !strings.HasSuffix(toks[k].Lower, "s") {
			continue
		}
		if n := tags[k+1]; n != text.IN && n != text.DT && n != text.TO && n != text.PRPS && n != text.CD {
			continue
		}
		if finiteOutsideAsides(toks[:k], tags[:k]) || !verbStem(lx, toks[k].Lower) && !lx.Known(strings.TrimSuffix(toks[k].Lower, "s"), lexicon.Verb) {
			continue
		}
		tags[k] = text.VBZ
	}
}

// relativeAside reports that the comma before toks[k] closes an aside that
// a relative word opened after a comma ("Lyngvik, who have won ...,").
func relativeAside(toks []text.Token, k int) bool {
	for j := k - 2; j > 0; j-- {
		if toks[j].Lower == "," {
			return false
		}
		if (toks[j].Lower == "who" || toks[j].Lower == "which") && toks[j-1].Lower == "," {
			return true
		}
	}
	return false
}

// presentOrBase reports a plain present, or a past tag on a word that is
// its verb's base and no past form ("charge" read as a past tense).
func presentOrBase(lx *lexicon.Lexicon, w string, t Tag) bool {
	switch t {
	case text.VBP:
		return true
	case text.VBD, text.VBN:
		return lx.Known(w, lexicon.Verb) && !lx.Is(lexicon.UnchangedParticiples, w) && !strings.HasSuffix(w, "ed")
	}
	return false
}

// nounHeads retags as a noun an adjective that ends a noun phrase a
// determiner opens, right before punctuation or a verb, when the
// lexicon knows it as a noun: no noun follows for it to modify, so it is
// the head ("The chief executive said", "the former chief executive,
// who ...", "whose chief executive, Kim Dae-ho,").
func nounHeads(toks []text.Token, tags []Tag) {
	lx := lexicon.Default()
	for k := 1; k < len(tags); k++ {
		if tags[k] != text.JJ || !lx.Known(toks[k].Lower, lexicon.Noun) {
			continue
		}
		if k+1 < len(tags) && !(tags[k+1].IsPunct() || tags[k+1].IsVerb() || tags[k+1] == text.MD || tags[k+1] == text.IN) {
			continue
		}
		j := k - 1
		for j >= 0 && (tags[j] == text.JJ || tags[j] == text.NN || tags[j] == text.CD || tags[j] == text.HYPH) {
			j--
		}
		if j >= 0 && (tags[j] == text.DT || tags[j] == text.PRPS || tags[j] == text.WPS || tags[j] == text.POS) && (j < k-1 || nounFirst(lx, toks[k].Lower)) {
			tags[k] = text.NN // also "The fair will open", right after its determiner
		}
	}
}

// participlesSetOff retags as a past participle a past form set off by a
// comma after a figure or its noun and followed by a preposition, in a
// sentence whose verb stands before it: "offered a 4.5% rise, divided
// between 2.5% this year and 2% in 2027", "offered 4.5%, split between
// ..." (a form the model may read as a noun: "split" and the other verbs
// whose participle is their base, lexicon class unchanged-participles). It
// describes the noun; it is
// no clause's past tense.
func participlesSetOff(toks []text.Token, tags []Tag) {
	lx := lexicon.Default()
	finite := false
	for k := 0; k+1 < len(tags); k++ {
		if k >= 2 && finite && toks[k-1].Lower == "," && tags[k+1] == text.IN && toks[k+1].Lower != "that" && text.FigureBefore(toks, func(j int) Tag { return tags[j] }, k-1) &&
			(tags[k] == text.VBD || tags[k] == text.NN && lx.Is(lexicon.UnchangedParticiples, toks[k].Lower)) {
			tags[k] = text.VBN
		}
		finite = finite || tags[k].IsFinite()
	}
}

// adverbsAfterPlurals retags as an adverb a word read as a singular
// common noun right after a plural one, before a mark or a preposition,
// when the lexicon knows it as an adverb: "acquitted three defendants
// outright.", "with 40 workers abroad,": a singular noun does not follow
// a plural head in one noun phrase.
func adverbsAfterPlurals(toks []text.Token, tags []Tag) {
	lx := lexicon.Default()
	for k := 1; k < len(tags); k++ {
		if tags[k] != text.NN || tags[k-1] != text.NNS || !lx.Known(toks[k].Lower, lexicon.Adverb) {
			continue
		}
		if k+1 < len(tags) && toks[k+1].Kind == text.Word && tags[k+1] != text.IN {
			continue
		}
		tags[k] = text.RB
	}
}

// determinedVerbs retags as a noun a word read as a base or present verb
// right after a possessive or an article, or after one and its adjectives
// or ordinals (or, for a base form, names: "the Punta Brena range"), when
// the lexicon knows it as a noun: a determiner opens a noun phrase, not a
// verb ("his second win this year", "the first run", "their new start").
// A form in -s is a plural noun there ("the company's earlier recalls").
func determinedVerbs(toks []text.Token, tags []Tag) {
	lx := lexicon.Default()
	for k := 1; k < len(tags); k++ {
		noun := text.NN
		switch {
		case (tags[k] == text.VB || tags[k] == text.VBP) && lx.Known(toks[k].Lower, lexicon.Noun):
		case tags[k] == text.VBZ && lx.Lemma(toks[k].Lower, lexicon.Noun) != toks[k].Lower && lx.Known(lx.Lemma(toks[k].Lower, lexicon.Noun), lexicon.Noun):
			noun = text.NNS
		default:
			continue
		}
		j := k - 1
		for j > 0 && (tags[j] == text.JJ || tags[j] == text.JJS || tags[j] == text.JJR || tags[k] == text.VB && tags[j] == text.NNP) {
			j-- // a base form after a singular name is no verb either: "the Punta Brena range"
		}
		switch {
		case tags[j] == text.PRPS || tags[j] == text.POS:
		case noun == text.NNS && k >= 2 && tags[k-1] == text.NN && tags[k-2] == text.CD && !singularNumber(toks, tags, k-2):
			// "Three headline acts —": a plural number opens a noun phrase
			// whose head a noun modifier comes before.
		case noun == text.NNS: // "the official says": only an owner makes a plural
			continue
		case tags[j] == text.DT && (toks[j].Lower == "the" || toks[j].Lower == "a" || toks[j].Lower == "an"):
		default:
			continue
		}
		tags[k] = noun
	}
}

// singularNumber reports a number at toks[c] after which a noun may be
// singular: "one" or "1", or the last word of a figure of money or
// measure, after another number or a currency sign, or with a decimal
// point ("$8.6 million loss", "a 2 billion deal").
func singularNumber(toks []text.Token, tags []Tag, c int) bool {
	w := toks[c].Lower
	if w == "one" || w == "1" || strings.ContainsAny(w, ".$€£") {
		return true
	}
	return c > 0 && (tags[c-1] == text.CD || tags[c-1] == text.Dollar)
}

// infinitiveObjects retags as a base verb a word after "to" read as an
// adjective or a noun when the lexicon knows it as a verb and an object
// opens right after it: a determiner, an owner or a name ("a plan to
// double Hanbit's revenue", "to halve the deficit"); not "from single to
// double digits".
func infinitiveObjects(toks []text.Token, tags []Tag) {
	lx := lexicon.Default()
	for k := 1; k+1 < len(tags); k++ {
		if toks[k-1].Lower != "to" || tags[k] != text.JJ && tags[k] != text.NN && tags[k] != text.RB {
			continue
		}
		switch tags[k+1] {
		case text.DT, text.PRPS, text.NNP:
		default:
			continue
		}
		if lx.Known(toks[k].Lower, lexicon.Verb) {
			tags[k] = text.VB
		}
	}
}

// finiteOutsideAsides reports a finite verb among tags that stands outside
// a relative clause set off by commas ("The route, which opened in 1963
// with a barge, marks its 60th anniversary"): the subject's own verb has
// not come yet when only the aside's has.
func finiteOutsideAsides(toks []text.Token, tags []Tag) bool {
	aside := false
	for k, t := range tags {
		switch {
		case toks[k].Lower == ",":
			aside = k+1 < len(tags) && (tags[k+1] == text.WDT || tags[k+1] == text.WP || tags[k+1] == text.WPS)
		case t.IsFinite() && !aside:
			return true
		}
	}
	return false
}

// clauseVerbs retags as a plain present (VBP) a noun read right after the
// plural subject of a clause a subordinator or a relative word opens, when
// the clause then ends with no verb and the lexicon knows the word as a
// verb: a clause needs one, and a plural subject takes the plain form
// ("the districts where its 1,240 members farm.", "the land that their
// families till, ...", "when the two sides meet in May"); a singular
// subject the "-s" form (VBZ: "when the retrial opens on April 22").
func clauseVerbs(toks []text.Token, tags []Tag) {
	lx := lexicon.Default()
	for o := 0; o+2 < len(tags); o++ {
		if !lx.Is(lexicon.ClauseOpeners, toks[o].Lower) {
			continue
		}
		k := o + 1
		for k < len(tags) && (tags[k] == text.DT || tags[k] == text.PRPS || tags[k] == text.CD || tags[k].IsAdjective()) {
			k++
		}
		if k == o+1 || k+1 >= len(tags) {
			continue
		}
		e := k + 2
		ends := e == len(tags) || tags[e].IsPunct() || tags[e] == text.IN || tags[e] == text.TO
		switch {
		case tags[k] == text.NNS && tags[k+1] == text.NN && lx.Known(toks[k+1].Lower, lexicon.Verb) && ends:
			tags[k+1] = text.VBP
		case tags[k] == text.NN && tags[k+1] == text.NNS && ends && verbForm(lx, toks[k+1].Lower) && !finiteIn(toks[e:], tags[e:], false) &&
			!lx.Known(toks[k].Lower+" "+toks[k+1].Lower, lexicon.Noun):
			// "When the retrial opens on April 22,", "once the festival
			// ends on Sunday": a singular subject takes the "-s" form.
			tags[k+1] = text.VBZ
		}
	}
}

// verbForm reports an inflected form of a verb the lexicon knows ("opens",
// "ends"), whatever else the word may be.
func verbForm(lx *lexicon.Lexicon, w string) bool {
	l := lx.Lemma(w, lexicon.Verb)
	return l != w && lx.Known(l, lexicon.Verb)
}

// moreThanVerbs retags as a past tense a participle after a hedging
// comparative and "than" (the lexicon's hedge comparatives) that a noun,
// the clause's subject, stands before: "cases more than doubled", "sales
// less than halved". The comparative hedges the verb as it would a
// number; the verb is still the clause's own.
func moreThanVerbs(toks []text.Token, tags []Tag) {
	for k := 3; k < len(tags); k++ {
		if tags[k] != text.VBN || toks[k-1].Lower != "than" || !lexicon.Default().Is(lexicon.HedgeComparatives, toks[k-2].Lower) {
			continue
		}
		if tags[k-3] == text.NNS || tags[k-3] == text.NN || tags[k-3] == text.NNP || tags[k-3] == text.NNPS || tags[k-3] == text.PRP {
			tags[k] = text.VBD
		}
	}
}
