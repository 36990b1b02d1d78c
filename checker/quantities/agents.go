package quantities

import (
	"strings"

	"github.com/copydesk/copydesk/checker/lexicon"
)

// agentCounts gives a definite count of people named by the agent noun
// of a verb ("the 14,800 finishers", "the 230 voters") the class of the
// first count of people that was that verb's subject ("14,300 runners
// finished the race"), and one named by its patient noun in "-ee" ("the
// 8,900 employees") that of the first count that was its object ("employs
// 8,400 people"), when no earlier count has its own class: the two count
// the same people. A hedged count ("Some 5,800 nurses marched") is
// one estimate, which another count of the crowd by another name may
// well contradict ("Police said the 8,500 marchers"): it is not linked.
func agentCounts(qs []Quantity) {
	lx := lexicon.Default()
	seen := map[string]bool{}   // the classes of the figures read so far
	subject := map[string]int{} // a verb → the first count of people that was its subject
	object := map[string]int{}  // a verb → the first count of people that was its object
	for j := range qs {
		q := &qs[j]
		if q.Definite && q.Class == q.Noun && !seen[q.Class] && lx.PersonNoun(q.Noun) {
			if verb := lx.VerbOf(q.Noun); verb != "" {
				// The first such count: the copy gives the whole before
				// its parts ("Four women finished inside the record").
				// A noun in "-ee" names the verb's object ("employee",
				// "trainee", "evacuee"), any other its subject.
				by := subject
				if strings.HasSuffix(q.Noun, "ee") {
					by = object
				}
				if i, ok := by[verb]; ok && qs[i].Unit == q.Unit && qs[i].Approx == Exact {
					q.Class = qs[i].Class
				}
			}
		}
		seen[q.Class] = true
		firstOf(subject, q.subjectVerb, j)
		firstOf(object, q.objectVerb, j)
	}
}

// firstOf records j as the first count of verb v's people in by, unless
// one is recorded already or v is "".
func firstOf(by map[string]int, v string, j int) {
	if _, ok := by[v]; v != "" && !ok {
		by[v] = j
	}
}

// actCounts gives a definite figure named by the act of a verb ("the 4.9
// million-tonne harvest", "the 2.8 billion shilling allocation", "the
// 9,640 offers") the class of the first figure of its unit that was that
// verb's object ("harvested 4.6 million tonnes", "allocated 2.4 billion
// shillings", "offered 9,460 places"): the two measure one act. A sum
// that names nothing takes the act's noun as its class.
func actCounts(qs []Quantity) {
	lx := lexicon.Default()
	object := map[string]int{} // a verb → the first figure that was its object
	for j := range qs {
		q := &qs[j]
		if q.Definite && q.Noun != "" && q.objectVerb == "" {
			// The verb the noun is derived from, looked up once: the
			// figures before it are not searched. The act may also be
			// named by a modifier of the noun ("will spend £38 million"
			// ... "the £36 million spending plan").
			if i := actObject(lx, object, qs, q); i >= 0 {
				if qs[i].Class == "" {
					qs[i].Class = q.Class
				} else {
					q.Class = qs[i].Class
				}
			}
		}
		if q.Definite && q.Noun == "" && q.Class == "" && q.byVerb != "" {
			// "diverted €4.7 million" ... "Of the €4.2 million diverted":
			// one act's sum, whatever the copy calls it.
			if i, ok := object[q.byVerb]; ok && qs[i].Unit == q.Unit && (qs[i].Class == "" || qs[i].Class == q.byVerb) {
				qs[i].Class, q.Class = q.byVerb, q.byVerb
			}
		}
		firstOf(object, q.objectVerb, j)
	}
}

// undertakings gives a definite sum of money named by an undertaking noun
// ("the 7.9 billion kroner project") the class of the last sum of its
// currency, in an earlier sentence, given for a thing or an act ("a 7.4
// billion kroner wind farm"), when no earlier figure had its own noun:
// the plan restated by its general name. A pot of money ("budget",
// "fund") is no undertaking's price, nor a sum of another size (within a
// factor of two: "a loan of 40,000 ringgit" is not "the project, worth 48
// million").
func undertakings(qs []Quantity) {
	lx := lexicon.Default()
	seen := map[string]bool{}
	for j := range qs {
		q := &qs[j]
		if q.Definite && IsCurrency(q.Unit) && lx.Is(lexicon.UndertakingNouns, q.Noun) && !seen[q.Class] {
			for i := j - 1; i >= 0; i-- {
				p := qs[i]
				if p.Unit != q.Unit || p.Sentence == q.Sentence || p.Changed {
					continue
				}
				if p.Class != "" && p.Noun != "" && !lx.Is(lexicon.MoneyNouns, p.Noun) && !lx.Is(lexicon.UndertakingNouns, p.Noun) &&
					p.Value > 0 && q.Value/p.Value < 2 && p.Value/q.Value < 2 {
					q.Class = p.Class
				}
				break
			}
		}
		seen[q.Class] = true
	}
}

// actObject returns the index of the first figure that was the object of
// the verb whose act q's noun, or one of its modifiers, names (or of the
// verb of the other side of that exchange), in another sentence and of
// q's unit; -1 for none.
func actObject(lx *lexicon.Lexicon, object map[string]int, qs []Quantity, q *Quantity) int {
	for k := -1; k < len(q.Modifiers); k++ {
		n := q.Noun
		if k >= 0 {
			n = q.Modifiers[k]
		}
		v := lx.VerbOf(n)
		if v == "" && strings.HasSuffix(n, "ing") {
			v = lx.Lemma(n, lexicon.Verb) // "spending", a gerund
		}
		i, ok := object[v]
		if !ok {
			// The other side of an exchange: "will borrow $80 million"
			// ... "the $60 million loan" (lexicon class converse-verbs).
			i, ok = object[lx.Value(lexicon.ConverseVerbs, v)]
		}
		if ok && qs[i].Unit == q.Unit && qs[i].Sentence != q.Sentence && actOf(lx, v, n) {
			if k >= 0 && qs[i].Predicate == "" {
				qs[i].Predicate = n // what the verb did to it, as the later modifier says: "spending"
			}
			return i
		}
	}
	return -1
}

// actOf reports whether noun names the act of verb, or what it yields: a
// noun the lexicon derives from it ("allocation", "harvest"), not a
// thing of the same form ("farm 4,350 hectares" ... "the 140-hectare
// farm").
func actOf(lx *lexicon.Lexicon, verb, noun string) bool {
	for _, n := range lx.Nominals(verb) {
		if n.Noun == noun && (n.Class == "act" || n.Class == "event" || n.Class == "possession" || n.Class == "communication") {
			return true
		}
	}
	return false
}
