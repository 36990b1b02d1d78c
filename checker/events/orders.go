package events

// offsetWords before "before" or "after" make it an offset ("two days
// before"), which the order check leaves alone.
var offsetWords = map[string]bool{
	"days": true, "day": true, "weeks": true, "week": true, "months": true, "month": true, "years": true,
	"year": true, "hours": true, "hour": true, "minutes": true, "shortly": true, "just": true, "soon": true,
	"long": true, "right": true, "immediately": true, "even": true, "only": true, "the": true,
}

// orders records "before" and "after" that stand between two day-exact
// dates of the sentence, the second within a few words of the connective.
func (a *analyzer) orders(toks []token, ds []int, scopes map[int]bool) {
	for k, t := range toks {
		if t.lower != "before" && t.lower != "after" || inDate(a.dates, ds, t.start) {
			continue
		}
		if k > 0 && offsetWords[toks[k-1].lower] {
			continue
		}
		if k+1 < len(toks) && (toks[k+1].lower == "which" || toks[k+1].lower == "whom") {
			continue // "end on Friday, June 21, after which the judge ... before the recess begins on Aug. 1": a relative looking back
		}
		left, right := -1, -1
		for _, d := range ds {
			e := a.dates[d]
			if scopes[d] || !e.Resolved || e.Granularity != "day" || !a.out.Times[d].Fixed && !e.HasDay {
				continue
			}
			if e.End <= t.start {
				left = d
				if clauseBetween(toks, e.End, t.start) {
					left = -1 // "will be sworn in on Jan. 1 and said she would name him before Thanksgiving": another clause's
				}
			} else if e.Start >= t.end && right < 0 && phraseTo(toks, t.end, e.Start) {
				right = d
			}
		}
		if left >= 0 && right >= 0 {
			a.out.Orders = append(a.out.Orders, Order{Word: Span{Start: t.start, End: t.end}, Before: t.lower == "before", Left: left, Right: right})
		}
	}
}

// phraseTo reports whether the stretch between byte offsets from and to
// stays within the phrase or clause "before" or "after" opened: no comma,
// semicolon or colon ("after a 4-0 home defeat by Valdmoor Rovers on Feb.
// 17", "before the first shots rang out on June 1"; not "after the vote,
// which the court annulled on May 3").
func phraseTo(toks []token, from, to int) bool {
	for _, t := range toks {
		if t.start < from || t.end > to {
			continue
		}
		if t.lower == "," || t.lower == ";" || t.lower == ":" {
			return false
		}
	}
	return true
}
