package desk

import (
	"strings"
	"time"

	"github.com/copydesk/copydesk/checker/dates"
	"github.com/copydesk/copydesk/checker/facts"
	"github.com/copydesk/copydesk/checker/lexicon"
	"github.com/copydesk/copydesk/checker/tense"
	"github.com/copydesk/copydesk/checker/text"
)

// eventPattern is one way the desk names an event: the words before its
// head noun ("APEC", folded) and the head ("summit").
type eventPattern struct {
	entry      int
	qual, head string
}

// eventPatterns lists the house name and forms of every desk event.
func eventPatterns(f *facts.Facts) []eventPattern {
	var out []eventPattern
	for i, e := range f.Events {
		for _, name := range append([]string{e.Name}, e.Forms...) {
			w := strings.Fields(fold(name))
			if len(w) == 0 {
				continue
			}
			out = append(out, eventPattern{entry: i, qual: strings.Join(w[:len(w)-1], " "), head: w[len(w)-1]})
		}
	}
	return out
}

// linkEvents finds the places the copy names a desk event as the desk
// names it ("the APEC summit", "next month's Dunmere Film Festival") and
// the definite mentions of its head noun after them ("the summit", "the
// fair"), and links each to the event and to the instance it speaks of.
func linkEvents(a *Analysis, in Input) {
	pats := eventPatterns(in.Facts)
	last := map[string]int{} // head noun → the desk event last named by it
	for si := range in.Reading.Sentences {
		toks := in.Reading.Words(si)
		for k, t := range toks {
			if !t.IsWord() {
				continue
			}
			e, named := namedAt(in, si, t, pats)
			if named {
				last[headOf(t.Lower)] = e
			} else if prev, ok := last[headOf(t.Lower)]; ok && definite(toks, k) {
				e = prev
			} else {
				continue
			}
			a.Events = append(a.Events, eventLink(in, si, toks, k, e))
		}
	}
}

// headOf folds a plural head noun to its singular for matching.
func headOf(w string) string { return strings.TrimSuffix(w, "s") }

// namedAt returns the desk event a token names as its head noun with the
// desk's words before it.
func namedAt(in Input, si int, t text.Token, pats []eventPattern) (int, bool) {
	before := ""
	for _, p := range pats {
		if t.Lower != p.head && t.Lower != p.head+"s" {
			continue
		}
		if before == "" {
			before = fold(in.Text[in.Reading.Sentences[si].Start:t.Start])
			before = strings.TrimSuffix(strings.TrimSuffix(before, "'s"), "’s")
		}
		if p.qual != "" && strings.HasSuffix(before, p.qual) && (len(before) == len(p.qual) || !isLetter(before[len(before)-len(p.qual)-1])) {
			return p.entry, true
		}
	}
	return -1, false
}

// definite reports whether the noun at toks[k] is a definite mention: after
// "the", "this", a possessive or a date in the possessive ("the fair",
// "this year's festival", "Sunday's marathon").
func definite(toks []text.Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		switch w := toks[j]; {
		case w.Lower == "the" || w.Lower == "this" || w.Tag == text.POS || w.Tag == text.PRPS:
			return true
		case w.Tag.IsAdjective() || w.Tag.IsProper() || w.Tag == text.CD:
		default:
			return false
		}
	}
	return false
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80 }

// eventLink ties the event noun at toks[k] to desk event e: its date, its
// place, and the instance of the event they speak of.
func eventLink(in Input, si int, toks []text.Token, k, e int) EventLink {
	t := toks[k]
	l := EventLink{Trigger: t.Span(), Entry: e, Instance: -1, Date: eventDate(in, si, toks, k)}
	l.Place, l.PlaceSpan = placeAfter(in, toks, k)
	ev := in.Facts.Events[e]
	if l.Date >= 0 {
		l.Instance, l.Chosen = instanceOn(ev, in.Dates[l.Date])
	} else {
		l.Instance, l.Chosen = instanceBy(ev, tenseAt(in, t), in.Reference)
	}
	if l.Place != "" && l.Instance >= 0 {
		sent := in.Reading.Sentences[si]
		l.PlaceAgrees = samePlace(in.Facts, l.Place, ev.Dates[l.Instance].Place, fold(in.Text[sent.Start:sent.End]))
	}
	return l
}

// samePlace reports whether the copy's place is the desk's: the same name,
// a form the desk lists for it, or a venue in a sentence that also names
// the desk's place ("at the Expo Centre in Shenzhen").
func samePlace(f *facts.Facts, written, house, sentence string) bool {
	w, h := fold(written), fold(house)
	if h == "" || w == h || strings.Contains(sentence, h) {
		return true
	}
	for _, p := range f.Places {
		if fold(p.Name) != h {
			continue
		}
		for _, form := range p.Forms {
			if fold(form) == w {
				return true
			}
		}
	}
	return false
}

// tenseAt returns the tense the event layer read for the mention at t, or
// Unknown.
func tenseAt(in Input, t text.Token) tense.Tense {
	if in.Events != nil {
		for _, m := range in.Events.Mentions {
			if m.Trigger.Start == t.Start {
				return m.Tense.Tense
			}
		}
	}
	return tense.Unknown
}

// instanceOn returns the instance a dated mention speaks of: the one its
// date falls on, else, for a yearly event, that year's; else for a one-off
// its only instance.
func instanceOn(ev facts.Event, d dates.Expr) (int, string) {
	for i, x := range ev.Dates {
		if overlaps(d, x) {
			return i, "the one on that date"
		}
	}
	if ev.Recurs == "yearly" {
		if d.To.Sub(d.From) > 366*24*time.Hour {
			return -1, ""
		}
		for i, x := range ev.Dates {
			if x.From.Year == d.From.Year() {
				return i, "that year's"
			}
		}
		return -1, ""
	}
	if len(ev.Dates) == 1 {
		return 0, "its only date"
	}
	return -1, ""
}

// instanceBy returns the instance an undated mention speaks of: for the
// future or present, the next on the desk from the publication date; for
// the past, the last before it.
func instanceBy(ev facts.Event, t tense.Tense, ref time.Time) (int, string) {
	best := -1
	for i, x := range ev.Dates {
		start, end := x.From.Start(), lastDay(x)
		switch t {
		case tense.Past:
			if !start.After(ref) && (best < 0 || start.After(ev.Dates[best].From.Start())) {
				best = i
			}
		default:
			if !end.Before(ref) && (best < 0 || start.Before(ev.Dates[best].From.Start())) {
				best = i
			}
		}
	}
	if best < 0 {
		return -1, ""
	}
	if t == tense.Past {
		return best, "the last before the publication date"
	}
	return best, "the next from the publication date"
}

// lastDay is the end of an instance: the day after its last day.
func lastDay(x facts.Instance) time.Time {
	if !x.To.IsZero() {
		return x.To.End()
	}
	return x.From.End()
}

// overlaps reports whether a date of the copy and an instance share a day.
func overlaps(d dates.Expr, x facts.Instance) bool {
	return d.From.Before(lastDay(x)) && x.From.Start().Before(d.To)
}

// placeAfter returns the place the copy gives the event whose noun is
// toks[k]: "in" or "at" and a proper noun after it, with no other noun
// phrase between them ("the summit in Lima", "the summit, which opens in
// Lima"; not "after the summit, Putin met Xi in Beijing"). A country is no
// place to compare: it holds the desk's city.
func placeAfter(in Input, toks []text.Token, k int) (string, text.Span) {
	for j := k + 1; j < len(toks) && j < k+9; j++ {
		t := toks[j]
		if inDate(in.Dates, t.Start) {
			continue
		}
		if (t.Lower == "in" || t.Lower == "at") && j+1 < len(toks) {
			n := j + 1
			if toks[n].Lower == "the" && n+1 < len(toks) {
				n++
			}
			return properRun(in, toks, n)
		}
		if t.Tag.IsNoun() || t.Tag == text.PRP || t.Lower == "and" || t.Lower == "to" && j == k+1 {
			break
		}
	}
	return "", text.Span{}
}

// eventDate returns the date of the event whose noun is toks[k], among the
// resolved dates of its sentence: one written as its modifier ("next
// month's festival", "the Nov. 18 summit"), or after it with no other noun
// phrase between and only a verb that says when the event takes place,
// with the event its subject ("the summit in Castravel this November",
// "the fair opens on Oct. 6"; not "the festival named a jury on Tuesday",
// nor "campaigning for the referendum began on Monday"). The nearest such
// date wins; -1 if none.
func eventDate(in Input, si int, toks []text.Token, k int) int {
	sent, t := in.Reading.Sentences[si], toks[k]
	best, dist := -1, 0
	for di, d := range in.Dates {
		if d.Start < sent.Start || d.End > sent.End || !d.Resolved || d.Type != dates.Date {
			continue
		}
		var ok bool
		var n int
		switch {
		case d.End <= t.Start:
			ok, n = modifies(in, toks, d.End, t.Start), t.Start-d.End
		case d.Start >= t.End:
			ok, n = timesEvent(in, toks, k, d.Start), d.Start-t.End
		}
		if ok && (best < 0 || n < dist) {
			best, dist = di, n
		}
	}
	return best
}

// between returns the tokens that lie wholly in [from, to).
func between(toks []text.Token, from, to int) []text.Token {
	i := 0
	for i < len(toks) && toks[i].Start < from {
		i++
	}
	j := i
	for j < len(toks) && toks[j].End <= to {
		j++
	}
	return toks[i:j]
}

// modifies reports whether a date ending at from modifies the event noun
// at to: only a possessive, adjectives and names stand between ("next
// month's Dunmere Film Festival", "Sunday's marathon").
func modifies(in Input, toks []text.Token, from, to int) bool {
	bt := between(toks, from, to)
	if len(bt) > 6 {
		return false
	}
	for _, t := range bt {
		if !(t.Tag == text.POS || t.Lower == "'s" || t.Lower == "’s" || t.Tag.IsAdjective() || t.Tag.IsProper() ||
			t.IsWord() && t.Capitalized(in.Text) || t.Lower == "-") {
			return false
		}
	}
	return true
}

// timesEvent reports whether a date starting at to times the event whose
// noun is toks[k]: no other noun phrase stands between them (a place after
// "in" or "at" aside), and any verb between is one that says when the
// event takes place, or an auxiliary, with the event as its subject.
func timesEvent(in Input, toks []text.Token, k, to int) bool {
	bt := between(toks, toks[k].End, to)
	if len(bt) > 10 {
		return false
	}
	place, subject := false, isSubject(toks, k)
	for i, t := range bt {
		if i == 0 && t.Tag.IsNoun() && in.Lexicon.Is(lexicon.EventVerbs, t.Lemma) {
			t.Tag = text.VBZ // "the Trade Fair opens": the tagger's plural noun is the verb
		}
		switch {
		case t.Lower == "in" || t.Lower == "at":
			place = true
		case place && (t.Lower == "the" || t.IsWord() && t.Capitalized(in.Text)):
		case t.Tag.IsVerb():
			place = false
			if !subject || !in.Lexicon.Is(lexicon.EventVerbs, t.Lemma) && !in.Lexicon.Is(lexicon.Auxiliaries, t.Lemma) {
				return false
			}
		case t.Tag.IsNoun() || t.Tag == text.PRP || t.Tag == text.PRPS || t.Tag == text.CC || t.Lower == "." || t.Lower == ";":
			return false
		default:
			place = false
		}
	}
	return true
}

// isSubject reports whether the noun phrase ending at toks[k] can be the
// subject of a verb after it: no preposition or verb governs it ("the
// fair opens", "the summit, which opens"; not "campaigning for the
// referendum began", "films from next month's festival").
func isSubject(toks []text.Token, k int) bool {
	j := k - 1
	for j >= 0 && (toks[j].Tag.IsAdjective() || toks[j].Tag.IsNoun() || toks[j].Tag == text.CD || toks[j].Tag == text.POS ||
		toks[j].Tag == text.DT || toks[j].Tag == text.PRPS || toks[j].Lower == "'s" || toks[j].Lower == "’s" || toks[j].Lower == "-") {
		j--
	}
	return j < 0 || !(toks[j].Tag == text.IN || toks[j].Tag == text.TO || toks[j].Tag.IsVerb())
}

// properRun reads the capitalised words from toks[n] as a place, unless it
// is a country.
func properRun(in Input, toks []text.Token, n int) (string, text.Span) {
	end := n
	for end < len(toks) && toks[end].IsWord() && toks[end].Capitalized(in.Text) && !inDate(in.Dates, toks[end].Start) {
		end++
	}
	if end == n {
		return "", text.Span{}
	}
	sp := text.Span{Start: toks[n].Start, End: toks[end-1].End}
	name := in.Text[sp.Start:sp.End]
	if in.Lexicon.Is(lexicon.Countries, strings.ToLower(name)) {
		return "", text.Span{}
	}
	return name, sp
}

// inDate reports whether byte off lies in a date expression.
func inDate(ds []dates.Expr, off int) bool {
	for _, d := range ds {
		if d.Start <= off && off < d.End {
			return true
		}
	}
	return false
}
