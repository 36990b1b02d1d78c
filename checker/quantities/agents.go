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
	for j := range qs {
		q := &qs[j]
		if !q.Definite || q.Class != q.Noun || !lx.PersonNoun(q.Noun) {
			continue
		}
		verb := lx.VerbOf(q.Noun)
		if verb == "" || classBefore(qs, j) {
			continue
		}
		for i := range qs[:j] {
			// The first such count: the copy gives the whole before its
			// parts ("Four women finished inside the record").
			if qs[i].subjectVerb == verb && qs[i].Unit == q.Unit {
				if qs[i].Approx == Exact {
					q.Class = qs[i].Class
				}
				break
			}
		}
	}
}

// classBefore reports a figure before qs[j] of its class.
func classBefore(qs []Quantity, j int) bool {
	for i := range qs[:j] {
		if qs[i].Class == qs[j].Class {
			return true
		}
	}
	return false
}
