package tense

import (
	"strings"

	lex "github.com/copydesk/copydesk/checker/lexicon"
	"github.com/copydesk/copydesk/checker/text"
)

// feature is a bit set of what a token can be. The detector looks every
// word up once and then tests bits, never maps.
type feature uint64

const (
	fModalFuture feature = 1 << iota
	fModalPresent
	fModalConditional
	fFuturePerfect
	fBePresent
	fBePast
	fHavePresent
	fHavePast
	fDoPresent
	fDoPast
	fAuxAfter
	fProspectiveAfterBe
	fProspectiveNoTo
	fProspectiveVerb
	fObjectVerb
	fProspectiveNoun
	fReporting
	fSimplePast
	fPastBoth
	fParticiple
	fNotVerbEd
	fPresentS
	fPresentBase
	fAdverb
	fNotAdverbLy
	fDeterminer
	fPreposition
	fSubjectPronoun
	fNotInfinitive
	fBoundary
	fRelative
	fScheduling
	fCouldLike
	fValidity
	fNotAfterTo
	// Derived per token, not from the lexicon:
	fRegularPast // a regular "-ed" form
	fWord        // a word token (not a number or punctuation)
	fCap         // written with a capital
	fIng         // ends in "-ing"

	fModal  = fModalFuture | fModalPresent | fModalConditional
	fBe     = fBePresent | fBePast
	fHave   = fHavePresent | fHavePast
	fDo     = fDoPresent | fDoPast
	fFinAux = fModal | fBe | fHave | fDo
)

// boundaryWords open a new clause: relative pronouns and subordinators.
var boundaryWords = []string{
	"which", "who", "whom", "whose", "where", "when", "that", "while",
	"whereas", "although", "though", "because", "unless", "if", "whether", "why", "how",
}

// relativeWords open a clause that, after a comma, runs only to the next
// comma: "Putin, who visited in May, will attend".
var relativeWords = []string{"which", "who", "whom", "whose", "where", "when"}

// lexicon maps every listed word to its features; it is never written
// after initialisation.
var lexicon = func() map[string]feature {
	m := make(map[string]feature, 1024)
	for _, l := range []struct {
		words []string
		f     feature
	}{
		{modalsFuture, fModalFuture}, {modalsPresent, fModalPresent},
		{modalsConditional, fModalConditional}, {futurePerfect, fFuturePerfect},
		{bePresent, fBePresent}, {bePast, fBePast},
		{havePresent, fHavePresent}, {havePast, fHavePast},
		{doPresent, fDoPresent}, {doPast, fDoPast},
		{auxAfter, fAuxAfter}, {prospectiveAfterBe, fProspectiveAfterBe},
		{prospectiveNoTo, fProspectiveNoTo}, {prospectiveVerbs, fProspectiveVerb},
		{objectVerbs, fObjectVerb}, {prospectiveNouns(), fProspectiveNoun},
		{reporting, fReporting}, {simplePast, fSimplePast}, {pastBoth, fPastBoth},
		{append(participles, lex.Default().Words(lex.UnchangedParticiples)...), fParticiple}, {notVerbEd, fNotVerbEd}, {presentS, fPresentS},
		{presentBase, fPresentBase}, {adverbs, fAdverb}, {notAdverbLy, fNotAdverbLy},
		{determiners, fDeterminer}, {prepositions, fPreposition},
		{subjectPronouns, fSubjectPronoun}, {notInfinitive, fNotInfinitive},
		{boundaryWords, fBoundary}, {relativeWords, fRelative},
		{scheduling, fScheduling}, {[]string{"could"}, fCouldLike},
		{validity, fValidity}, {notAfterTo, fNotAfterTo},
	} {
		for _, w := range l.words {
			m[w] |= l.f
		}
	}
	return m
}()

// features appends the features of every token to dst.
func features(src string, toks []text.Token, dst []feature) []feature {
	for _, t := range toks {
		if t.Kind != text.Word {
			dst = append(dst, 0)
			continue
		}
		w := t.Lower
		f := lexicon[w] | fWord
		if t.Capitalized(src) {
			f |= fCap
		}
		if len(w) >= 5 && strings.HasSuffix(w, "ly") && f&fNotAdverbLy == 0 {
			f |= fAdverb
		}
		if strings.HasSuffix(w, "ing") {
			f |= fIng
		}
		if f&fNotVerbEd == 0 && regularPast(w) && !nounInEd(w) {
			f |= fRegularPast
		}
		dst = append(dst, f)
	}
	return dst
}

// regularPast reports whether w looks like a regular "-ed" form.
func regularPast(w string) bool {
	if len(w) < 4 || !strings.HasSuffix(w, "ed") {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// nounInEd reports a word in "-ed" the lexicon knows as a noun or an
// adjective but as no form of a verb ("reed", "creed", "sacred"): no
// simple past, whatever its ending.
func nounInEd(w string) bool {
	lx := lex.Default()
	return lx.Lemma(w, lex.Verb) == w && !lx.Known(w, lex.Verb) && (lx.Known(w, lex.Noun) || lx.Known(w, lex.Adjective))
}
