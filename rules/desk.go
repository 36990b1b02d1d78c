package rules

import (
	"fmt"
	"sort"

	"github.com/copydesk/copydesk/checker/analysis"
	"github.com/copydesk/copydesk/checker/facts"
)

// deskExample is the facts file the desk rules' examples assume.
const deskExample = `people:
  - name: Ana Ruiz
    born: 1975-06-03
    offices:
      - title: finance minister
        from: 2019-01-10
        to: 2023-03-01
      - title: prime minister
        from: 2023-03-01
events:
  - name: Lisbon summit
    recurs: yearly
    dates:
      - from: 2026-11-18
        place: Lisbon`

// deskSource names the facts file in a message.
func deskSource(f *facts.Facts) string {
	if f.Source == "" {
		return "the desk's facts"
	}
	return "the desk's facts (" + f.Source + ")"
}

// publication says how the publication date was set, for messages.
func publication(p *analysis.Pass) string {
	return fmt.Sprintf("the publication date %s (%s)", day(p.Reference.Date), p.Reference.Source)
}

// linkedPeople returns the copy's people linked to desk people, in order.
func linkedPeople(p *analysis.Pass) []int {
	out := make([]int, 0, len(p.Desk.People))
	for pi := range p.Desk.People {
		out = append(out, pi)
	}
	sort.Ints(out)
	return out
}
