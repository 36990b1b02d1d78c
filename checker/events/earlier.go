package events

import (
	"sort"

	"github.com/copydesk/copydesk/checker/dates"
	"github.com/copydesk/copydesk/checker/text"
)

// listNext after a comma continue a list of earlier events.
var listNext = map[string]bool{"a": true, "an": true, "and": true, "another": true}

// earlier fills Earlier for the ordinals of the sentence's mentions (from
// index first on) that are followed by "after" or "following" and a list of
// singular indefinite mentions of their kind (or one counted as it, see
// kin): "the third rail strike this
// year, after a one-day strike last November and a two-day stoppage in
// April". The list ends at the next comma or the end of the sentence. An
// item of the list without its noun ("and another of fish sauce in
// February") is one more earlier event of the ordinal's kind, dated by the
// date in it.
func (a *analyzer) earlier(toks []token, first int, ds []int, scopes map[int]bool) {
	ms := a.out.Mentions
	var elided []elidedItem
	for mi := first; mi < len(ms); mi++ {
		m := &ms[mi]
		if m.Ordinal < 2 || m.Count > 0 {
			continue
		}
		k := sort.Search(len(toks), func(k int) bool { return toks[k].start >= m.OrdinalSpan.End })
		if k < len(toks) && toks[k].lower == "," {
			k++
		}
		if k < len(toks) && (toks[k].lower == "follows" || toks[k].lower == "followed" || afterVerb(toks, k)) {
			// "..., the union's third this year, follows a stoppage in
			// December and a strike in March", "came after a strike ..."
			if toks[k].lower != "follows" && toks[k].lower != "followed" {
				k++
			}
		} else if k >= len(toks) || toks[k].lower != "after" && toks[k].lower != "following" {
			continue
		}
		end := len(a.src)
		for j := k + 1; j < len(toks); j++ {
			if toks[j].lower == "," && j+1 < len(toks) && listNext[toks[j+1].lower] && !clauseNext(toks, j+1) {
				continue // "after a strike in March, a strike last December and ..."
			}
			if toks[j].lower == "," || toks[j].lower == ";" {
				end = toks[j].start
				break
			}
		}
		var list []int
		var plural []elidedItem
		mixed := false
		for oi := mi + 1; oi < len(ms) && ms[oi].Trigger.Start < end; oi++ {
			o := ms[oi]
			if o.Trigger.Start < toks[k].end {
				continue // in a clause on the ordinal's noun: "the third recall the regulator has imposed"
			}
			if o.Plural && kin(o.Kind, m.Kind) && !o.Definite && o.Count == 0 && o.Ordinal == 0 && !clash(o.Place, m.Place) && !clash(o.Agent, m.Agent) {
				// "their third strike this year, after stoppages on Feb. 20
				// and June 11": a plural of the kind, one earlier event for
				// each of its dates.
				if items := a.datedItems(toks, o, end, mi, ds, scopes); len(items) >= 2 {
					plural = append(plural, items...)
					continue
				}
			}
			if !kin(o.Kind, m.Kind) || o.Plural || o.Definite || o.Count > 0 || o.Ordinal > 0 ||
				clash(o.Place, m.Place) || clash(o.Agent, m.Agent) {
				list, mixed = nil, true
				break
			}
			list = append(list, oi)
		}
		m.Earlier = list
		if !mixed {
			elided = append(elided, plural...)
			// The items may all stand without their noun: "the third
			// evacuation this year, after one last December and another
			// in March".
			elided = append(elided, a.elidedItems(toks, k, end, mi, ds, scopes)...)
		}
	}
	for _, e := range elided {
		a.addElided(e)
	}
}

// elidedItem is an item of a list of earlier events without its noun:
// the token that stands for it ("another"), the mention whose list it is
// in, and its date.
type elidedItem struct {
	tok   token
	owner int
	date  int
}

// elidedItems finds the items of the list of earlier events from toks[k]
// to byte end that stand without their noun (see elidedHead): "and
// another of bottled fish sauce in February", "after one last December",
// each with the one resolved date of its stretch.
func (a *analyzer) elidedItems(toks []token, k, end, owner int, ds []int, scopes map[int]bool) []elidedItem {
	var out []elidedItem
	for j := k + 1; j < len(toks) && toks[j].end <= end; j++ {
		if !elidedHead(toks, j, k) || a.mentionAt(owner, toks[j].start) {
			continue // (a noun the copy already made a mention of is counted as one)
		}
		stop := end
		for q := j + 1; q < len(toks) && toks[q].end <= end; q++ {
			if toks[q].lower == "and" || toks[q].lower == "," {
				stop = toks[q].start
				break
			}
		}
		d := -1
		for _, di := range ds {
			if e := a.dates[di]; !scopes[di] && e.Resolved && e.Start > toks[j].end && e.End <= stop {
				d = di
				break
			}
		}
		if d >= 0 {
			out = append(out, elidedItem{tok: toks[j], owner: owner, date: d})
		}
	}
	return out
}

// datedItems returns one earlier event for each resolved date after the
// plural mention o up to byte end, owned by the ordinal at owner.
func (a *analyzer) datedItems(toks []token, o Mention, end, owner int, ds []int, scopes map[int]bool) []elidedItem {
	t := sort.Search(len(toks), func(k int) bool { return toks[k].start >= o.Trigger.Start })
	if t >= len(toks) {
		return nil
	}
	var out []elidedItem
	for _, di := range ds {
		if e := a.dates[di]; !scopes[di] && e.Resolved && e.Type == dates.Date && e.Start >= o.Trigger.End && e.End <= end {
			out = append(out, elidedItem{tok: toks[t], owner: owner, date: di})
		}
	}
	return out
}

// elidedHead reports a word at toks[j] that stands for the ordinal's noun
// in its list of earlier events opened at toks[k]: "another" after "and"
// or a comma, or "one" opening the list or after them ("after one last
// December"), not "one of" a group.
func elidedHead(toks []token, j, k int) bool {
	p := toks[j-1].lower
	joined := j > k+1 && (p == "and" || p == ",")
	switch toks[j].lower {
	case "another":
		return joined
	case "one":
		return (j == k+1 || joined) && (j+1 >= len(toks) || toks[j+1].lower != "of")
	}
	return actHead(toks, j, k)
}

// actHead reports the head of an indefinite noun phrase in the list of
// earlier events opened at toks[k] whose noun names an act only in a later
// sense, so that it is no event mention of its own ("the third inspection
// this year, after an unannounced check last October and a routine audit
// in February"): an instance of the ordinal's series all the same.
func actHead(toks []token, j, k int) bool {
	t := toks[j]
	if !t.word || t.tag != text.NN || lex().LaterAct(t.lemma) == "" || j+1 < len(toks) && toks[j+1].tag.IsNoun() {
		return false
	}
	for q := j - 1; q > k; q-- {
		switch w := toks[q]; {
		case w.lower == "a" || w.lower == "an":
			return true
		case !(w.tag.IsAdjective() || w.tag == text.VBN || w.tag == text.NN):
			return false
		}
	}
	return false
}

// addElided adds the mention an elided item stands for, of its owner's
// kind and participants, and lists it among the owner's earlier events.
func (a *analyzer) addElided(e elidedItem) {
	o := a.out.Mentions[e.owner]
	m := Mention{
		Kind: o.Kind, Trigger: Span{Start: e.tok.start, End: e.tok.end}, Noun: true, Sentence: o.Sentence, Scope: -1, Group: -1,
		Agent: o.Agent, Place: o.Place, AgentVia: o.AgentVia, PlaceVia: o.PlaceVia, Open: o.Open,
		Headless: true, Dates: []int{e.date}, Direct: true, Tense: o.Tense,
	}
	a.out.Mentions = append(a.out.Mentions, m)
	a.out.Mentions[e.owner].Earlier = append(a.out.Mentions[e.owner].Earlier, len(a.out.Mentions)-1)
}

// clash reports whether two participants are both known and differ: "a
// trip to Paris" is no earlier visit of "his second visit to Germany".
func clash(a, b string) bool { return a != "" && b != "" && a != b }

// markBackground records the indefinite mentions of the sentence (from
// index first on) that stand as the reference point of another mention of
// their kind before them in the sentence: "a fire ... was the second at
// the market this year, after a blaze in January"; and definite ones after
// a rank past the first ("his second win of the week, after his victory
// on Tuesday").
func (a *analyzer) markBackground(toks []token, first int) {
	ms := a.out.Mentions
	for mi := first + 1; mi < len(ms); mi++ {
		m := &ms[mi]
		if !refPoint(toks, m) {
			continue
		}
		for oi := first; oi < mi; oi++ {
			// A definite one only after a rank past the first: "his
			// second stage win of the week, after his victory in
			// Tuesday's opening stage" names the first.
			if kin(ms[oi].Kind, m.Kind) && (!m.Definite || ms[oi].Ordinal > 1) {
				if a.background == nil {
					a.background = map[int]bool{}
				}
				a.background[mi] = true
				break
			}
		}
	}
}

// afterVerb reports "comes after" or "came after" at toks[k].
func afterVerb(toks []token, k int) bool {
	return k+1 < len(toks) && (toks[k].lower == "comes" || toks[k].lower == "came") && toks[k+1].lower == "after"
}

// clauseNext reports a clause from toks[k] to the next comma or the end: a
// finite verb stands in it ("..., and their union warned that ..."), so the
// list before it has ended.
func clauseNext(toks []token, k int) bool {
	for ; k < len(toks) && toks[k].lower != "," && toks[k].lower != ";"; k++ {
		if toks[k].tag.IsFinite() {
			return true
		}
	}
	return false
}
