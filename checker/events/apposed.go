package events

import (
	"github.com/copydesk/copydesk/checker/dates"
	"github.com/copydesk/copydesk/checker/text"
)

// apposedDates gives an event noun the dates of the indefinite noun phrase
// set in apposition right after it, when it has none of its own: "The
// first of the three walkouts, a 48-hour stoppage, began on Dec. 5" (the
// apposition renames the walkout, and the verb after the second comma is
// the walkout's, though the tense of the clause reached only the nearer
// noun).
func (a *analyzer) apposedDates(toks []token, first int) {
	ms := a.out.Mentions
	for mi := first + 1; mi < len(ms); mi++ {
		head, app := &ms[mi-1], ms[mi]
		if !head.Noun || !app.Noun || len(head.Dates) > 0 || len(app.Dates) == 0 || head.Sentence != app.Sentence ||
			!indefiniteApposition(toks, head.Trigger.End, app.Trigger) {
			continue
		}
		head.Dates = append(head.Dates, app.Dates...)
	}
}

// indefiniteApposition reports a noun phrase opened by "a" or "an" right
// after a comma at byte from, whose head is the trigger at span app and
// which a comma closes: ", a 48-hour stoppage,". At most four modifiers
// stand between the article and the head.
func indefiniteApposition(toks []token, from int, app Span) bool {
	k := tokenAt(toks, from)
	if k < 0 || k+2 >= len(toks) || toks[k].start != from || toks[k].lower != "," {
		return false
	}
	if toks[k+1].lower != "a" && toks[k+1].lower != "an" {
		return false
	}
	h := tokenAt(toks, app.Start)
	if h <= k+1 || h > k+6 || h+1 >= len(toks) || toks[h+1].lower != "," {
		return false
	}
	for j := k + 2; j < h; j++ {
		if t := toks[j]; t.word && (t.tag.IsVerb() && t.tag != text.VBN && t.tag != text.VBG) {
			return false // a clause, not a phrase
		}
	}
	return true
}

// oneRankADate takes a date from the later of two ranks of one kind in
// its sentence that both took it without it standing on either ("going
// door to door this week in the second round ..., trying to reach the
// children the first round missed"): one date times one rank of a series,
// and the one nearer to it keeps it.
func (a *analyzer) oneRankADate(first int) {
	ms := a.out.Mentions
	for i := first; i < len(ms); i++ {
		for j := i + 1; j < len(ms); j++ {
			x, y := &ms[i], &ms[j]
			if x.Kind != y.Kind || x.Ordinal == 0 || y.Ordinal == 0 || x.Ordinal == y.Ordinal || x.Count > 0 || y.Count > 0 ||
				x.Sentence != y.Sentence || len(x.Dates) != 1 || len(y.Dates) != 1 || x.Dates[0] != y.Dates[0] || x.Direct || y.Direct {
				continue
			}
			d := a.dates[x.Dates[0]]
			if gap(d, x.Trigger) <= gap(d, y.Trigger) {
				y.Dates = nil
			} else {
				x.Dates = nil
			}
		}
	}
}

// gap is the distance in bytes between a date and a trigger.
func gap(d dates.Expr, t Span) int {
	if d.End <= t.Start {
		return t.Start - d.End
	}
	return max(0, d.Start-t.End)
}
