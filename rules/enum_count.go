package rules

import (
	"fmt"
	"strings"

	"github.com/copydesk/copydesk/checker/analysis"
)

// EnumCount reports a count that disagrees with the list that follows it.
var EnumCount = &analysis.Rule{
	ID:      "enum-count",
	Summary: "a stated count disagrees with the list that follows",
	Doc: `"Three countries — France and Germany" names two, not three. After a
colon, a dash or "namely" the list must have as many items as the count
says; after "including" it may have fewer but not more. Things counted "in"
or "at" a list of places ("three new clinics in Derby, Luton, York and
Bath") stand in each of them, so there may be more things than places but
not fewer. Only lists of names
(capitalised items) or of things each introduced by "a" ("a tree frog, a
gecko and a skink") are counted, since their items can be told apart
safely; names with "and" inside ("Trinidad and Tobago") count as one, and a
plural title distributes over the names after it ("Justices Nina Patel,
Owen Lutz and Grace Whitaker" are three), and a name may carry what it is
of ("Jan Kavan of the Czech Republic"). The whole of a partitive ("two of
the five stages — A and B") and a span of time ("built in the first two
years, in A, B and C") announce no list. Names that open a sentence and
are then said to be the count ("Bharat Capital, Kaveri Securities and
Meridian Finance were the four lead managers") are its list too.`,
	Bad:      "Three countries — France and Germany — signed the accord.",
	Good:     "Two countries — France and Germany — signed the accord.",
	Severity: analysis.Warning,
	Run:      runEnumCount,
}

func runEnumCount(p *analysis.Pass) []analysis.Finding {
	var out []analysis.Finding
	for _, q := range p.Quantities {
		if len(q.Items) == 0 {
			continue
		}
		n, want := len(q.Items), int(q.Value)
		if n == want || !q.ItemsAll && n < want {
			continue
		}
		names := make([]string, n)
		for i, it := range q.Items {
			names[i] = p.Text[it.Start:it.End]
		}
		how := "names"
		if !q.ItemsAll {
			how = "already names"
		}
		where := "the list that follows"
		if q.Items[0].Start < q.Start {
			where = "the list it is said of" // "A, B and C were the four lead managers"
		}
		f := analysis.Finding{
			Message: fmt.Sprintf("%q, but %s %s %d: %s", phrase(p.Text, q), where, how, n, strings.Join(names, ", ")),
			Span:    analysis.At(q.Start, q.NounSpan.End),
		}
		for i, it := range q.Items {
			f.Related = append(f.Related, analysis.Related{Span: analysis.At(it.Start, it.End), Note: fmt.Sprintf("item %d of %d", i+1, n)})
		}
		out = append(out, f)
	}
	return out
}
