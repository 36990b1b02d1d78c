package quantities

import "github.com/copydesk/copydesk/checker/lexicon"

// agentCounts gives a definite count of people named by the agent noun
// of a verb ("the 14,800 finishers", "the 230 voters") the class of the
// first count of people that was that verb's subject ("14,300 runners
// finished the race"), when no earlier count has its own class: the two
// count the same people. A hedged count ("Some 5,800 nurses marched") is
// one estimate, which another count of the crowd by another name may
// well contradict ("Police said the 8,500 marchers"): it is not linked.
func agentCounts(qs []Quantity) {
	lx := lexicon.Default()
	seen := map[string]bool{}   // the classes of the figures read so far
	subject := map[string]int{} // a verb → the first count of people that was its subject
	for j := range qs {
		q := &qs[j]
		if q.Definite && q.Class == q.Noun && !seen[q.Class] && lx.PersonNoun(q.Noun) {
			if verb := lx.VerbOf(q.Noun); verb != "" {
				// The first such count: the copy gives the whole before
				// its parts ("Four women finished inside the record").
				if i, ok := subject[verb]; ok && qs[i].Unit == q.Unit && qs[i].Approx == Exact {
					q.Class = qs[i].Class
				}
			}
		}
		seen[q.Class] = true
		if v := q.subjectVerb; v != "" {
			if _, ok := subject[v]; !ok {
				subject[v] = j
			}
		}
	}
}
