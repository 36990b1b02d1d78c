package quantities

import (
	"github.com/copydesk/copydesk/checker/lexicon"
	"github.com/copydesk/copydesk/checker/text"
)

// copulaSubjects gives a figure that names nothing, the complement of a
// finite form of "be", by the reading's lemma ("Turnout was 61.4 percent", "The deficit is $3 billion"),
// the class of the common noun that is the verb's subject: the figure
// measures it, as a later "the 64 percent turnout" does.
func (sc *scanner) copulaSubjects(qs []Quantity) {
	if sc.r == nil {
		return
	}
	for i := range qs {
		q := &qs[i]
		if q.Class != "" || q.Noun != "" || q.Changed || q.Kind != Count && q.Kind != Percent {
			continue
		}
		lo, _ := sc.bounds(q.Start)
		b := sc.prevN(sc.pb[:0], q.Start, lo, 3)
		if len(b) < 2 || sc.lemmaAt(b[0].start) != "be" || !sc.finiteAt(b[0].start) || !b[1].isWord() {
			continue
		}
		opens := len(b) == 2 || !b[2].isWord() // the noun opens its clause, its capital no name's: "Turnout was"
		if !sc.tagIs(b[1].start, text.NN) && !sc.tagIs(b[1].start, text.NNS) && !(opens && lexicon.Default().Known(b[1].lower(), lexicon.Noun)) {
			continue
		}
		if !opens && !isDet(word(b, 2)) && !sc.tagIs(b[2].start, text.JJ) {
			continue // the noun must open its noun phrase: "Turnout was", "The deficit is"
		}
		q.Class = lexicon.Default().Lemma(b[1].lower(), lexicon.Noun)
	}
}
