package dates

import (
	"fmt"
	"strings"
	"time"
)

// explain writes the Resolution phrase.
func (r *resolver) explain(x *Expr, o res) string {
	if x.Invalid != "" {
		return fmt.Sprintf("%s → no such date: %s", x.Text, x.Invalid)
	}
	if !o.ok {
		if o.how != "" {
			return fmt.Sprintf("%s → %s", x.Text, o.how)
		}
		switch x.Type {
		case Duration:
			return fmt.Sprintf("%s → a duration, %s", x.Text, x.Value)
		case Set:
			return fmt.Sprintf("%s → a recurring time, %s", x.Text, x.Value)
		}
		return fmt.Sprintf("%s → %s", x.Text, x.Value)
	}
	what := x.Value
	if o.gran == GrainRange || o.gran == GrainOpen || o.mod != "" || x.Type == Duration {
		what = o.from.Format(time.DateOnly) + " to " + o.to.AddDate(0, 0, -1).Format(time.DateOnly)
	}
	how := o.how
	switch {
	case how == "" && !o.relative:
		how = "as written"
	case how == "":
		how = "from the publication date"
	}
	how = strings.Replace(how, "the publication date", "the publication date "+r.refS, 1)
	how = strings.Replace(how, "the publication year", "the publication year "+r.refYear, 1)
	if !strings.Contains(how, r.refS) && !strings.Contains(how, "line") && o.relative && !strings.Contains(how, r.refYear) {
		how += ", publication date " + r.refS
	}
	return x.Text + " → " + what + ", " + how
}

// restates reports whether b, an absolute date after a relative a with
// only a comma (and "in" or "on") or a bracket between, restates it.
func restates(gap string, a, b Expr) bool {
	switch strings.TrimSpace(gap) {
	case ",", ", in", ", on", "(":
	default:
		return false
	}
	return a.Relative && !b.Relative && b.HasYear && a.Type == Date && b.Type == Date
}

// linkAppositives links a relative day and an absolute date written next
// to it: "on Monday (Feb. 3)", "yesterday, Feb. 4", "Feb. 3 (Monday)". An
// absolute date of any grain that restates a relative one beside it ("more
// than 60 years ago, in 1964", "next month, in March") is in the same
// clause: it takes that clause's tense, whatever clause the comma seems to
// put it in.
func linkAppositives(p *parser, xs []Expr) {
	for k := 0; k+1 < len(xs); k++ {
		a, b := &xs[k], &xs[k+1]
		if restates(p.src[a.End:b.Start], *a, *b) {
			b.Tense, b.TenseCue, b.Restates = a.Tense, a.TenseCue, k
		}
		if !a.Resolved || !b.Resolved || a.Granularity != GrainDay || b.Granularity != GrainDay {
			continue
		}
		gap := strings.TrimSpace(p.src[a.End:b.Start])
		if gap != "(" && gap != "," && gap != ", on" {
			continue
		}
		absA := a.HasMonth && a.HasDay && !a.WeekdayStated
		absB := b.HasMonth && b.HasDay && !b.WeekdayStated
		switch {
		case a.Relative && !a.HasDay && absB:
			a.Appositive = k + 1
		case b.Relative && !b.HasDay && absA && gap == "(":
			b.Appositive = k
		}
	}
}
