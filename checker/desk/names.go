package desk

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/checker/entities"
	"github.com/copydesk/copydesk/checker/facts"
	"github.com/copydesk/copydesk/checker/text"
)

// named is a desk name other than a person's: its capitalised words, the
// forms the desk accepts (folded), and what it names.
type named struct {
	house string
	words []string
	forms map[string]bool
	kind  string
}

// namedEntries lists the organisations, places and events of the facts
// by the capitalised words of their house names ("APEC summit" → APEC).
func namedEntries(f *facts.Facts) []named {
	var out []named
	add := func(kind, house string, forms []string) {
		var words []string
		for _, w := range strings.Fields(house) {
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
				words = append(words, w)
			}
		}
		if len(words) == 0 {
			return
		}
		n := named{house: house, words: words, forms: map[string]bool{fold(strings.Join(words, " ")): true}, kind: kind}
		for _, form := range forms {
			n.forms[fold(form)] = true
			for _, w := range strings.Fields(form) {
				n.forms[fold(w)] = true
			}
		}
		out = append(out, n)
	}
	for _, o := range f.Organisations {
		add("organisation", o.Name, o.Forms)
	}
	for _, p := range f.Places {
		add("place", p.Name, p.Forms)
	}
	for _, e := range f.Events {
		add("event", e.Name, e.Forms)
	}
	return out
}

// word is one word of a run of capitalised words, with its place.
type word struct {
	text.Span
	s string
}

// namedVariants finds, among the copy's runs of capitalised words, names
// written close to the house form of a desk organisation, place or event:
// as many words, each the same or near it, at least one near, and the
// whole not a form the desk accepts.
func namedVariants(a *Analysis, in Input) {
	entries := namedEntries(in.Facts)
	if len(entries) == 0 {
		return
	}
	for si := range in.Reading.Sentences {
		for _, run := range capitalRuns(in.Text, in.Reading.Words(si)) {
			for _, e := range entries {
				if v, ok := variantIn(run, e, in.Text); ok && !a.covered(v.Span) && !personNamed(in.Entities, v.Span) {
					a.Variants = append(a.Variants, v)
				}
			}
		}
	}
}

// covered reports whether a variant is already recorded over s.
func (a *Analysis) covered(s text.Span) bool {
	for _, v := range a.Variants {
		if v.Start < s.End && s.Start < v.End {
			return true
		}
	}
	return false
}

// capitalRuns returns the runs of capitalised words of a sentence, split
// into words at spaces ("Asia-Pacific Economic Cooperation").
func capitalRuns(src string, toks []text.Token) [][]word {
	var runs [][]word
	for i := 0; i < len(toks); {
		if !toks[i].IsWord() || !toks[i].Capitalized(src) {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) && toks[j].Start <= toks[j-1].End+1 && (toks[j].IsWord() && toks[j].Capitalized(src) || toks[j].Start == toks[j-1].End) {
			j++
		}
		var run []word
		start := toks[i].Start
		for k := i; k < j; k++ {
			if k+1 == j || toks[k+1].Start > toks[k].End {
				run = append(run, word{Span: text.Span{Start: start, End: toks[k].End}, s: src[start:toks[k].End]})
				if k+1 < j {
					start = toks[k+1].Start
				}
			}
		}
		runs = append(runs, run)
		i = j
	}
	return runs
}

// variantIn looks in a run for the words of a desk name written close to
// it.
func variantIn(run []word, e named, src string) (Variant, bool) {
	n := len(e.words)
	for i := 0; i+n <= len(run); i++ {
		near := 0
		for k, w := range e.words {
			x, y := fold(run[i+k].s), fold(w)
			switch {
			case x == y:
			case len(x) >= 5 && len(y) >= 5 && entities.Near(x, y):
				near++
			default:
				near = -1
			}
			if near < 0 {
				break
			}
		}
		if near <= 0 {
			continue
		}
		sp := text.Span{Start: run[i].Start, End: run[i+n-1].End}
		written := src[sp.Start:sp.End]
		if e.forms[fold(written)] {
			continue
		}
		return Variant{Span: sp, Written: written, House: e.house, Kind: e.kind}, true
	}
	return Variant{}, false
}

// personNamed reports whether a person's name is written over s: a
// person's name is checked against the desk's people, not its places.
func personNamed(ent *entities.Analysis, s text.Span) bool {
	for off := s.Start; off < s.End; off++ {
		if i := ent.MentionAt(off); i >= 0 && ent.Mentions[i].Kind == entities.Name {
			return true
		}
	}
	return false
}
