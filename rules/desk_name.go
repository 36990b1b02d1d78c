package rules

import (
	"fmt"

	"github.com/copydesk/copydesk/checker/analysis"
)

// DeskName reports a name spelled otherwise than the desk's house form.
var DeskName = &analysis.Rule{
	ID:      "desk-name",
	Summary: "a name spelled otherwise than the house form in the desk's facts",
	Doc: `With a facts file (--facts), every person, organisation, place and event
the desk lists has a house spelling and the other forms it accepts. A name
in the copy written close to a house form but not as it, nor as an accepted
form, is reported: "Zelensky" where the desk writes "Zelenskyy". Close means
the same first letter and one letter changed, added, dropped or two letters
swapped (two such edits for names of seven letters or more). A name that is
not close to any house form is another name and is left alone; so is one
the desk lists among its forms.`,
	Bad:      "Finance chief Ana Ruis presented the budget on Monday.",
	Good:     "Finance chief Ana Ruiz presented the budget on Monday.",
	Severity: analysis.Warning,
	Run:      runDeskName,
	Facts:    deskExample,
}

func runDeskName(p *analysis.Pass) []analysis.Finding {
	if p.Facts == nil {
		return nil
	}
	var out []analysis.Finding
	for _, v := range p.Desk.Variants {
		out = append(out, analysis.Finding{
			Message: fmt.Sprintf("%q: the desk spells this %s %q, in %s", v.Written, v.Kind, v.House, deskSource(p.Facts)),
			Span:    analysis.At(v.Start, v.End),
		})
	}
	return out
}
