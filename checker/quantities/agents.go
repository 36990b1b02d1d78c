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
