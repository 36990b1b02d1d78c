package events

import (
	"sort"
	"strings"

	"github.com/copydesk/copydesk/checker/entities"
	"github.com/copydesk/copydesk/checker/lexicon"
)

// entity is one mention of a person or a place in a sentence.
type entity struct {
	start, end int
	person     bool
	name       string // canonical: the person's full name or the country
	poss       bool   // possessive: "Xi's invitation", "his visit"
	afterPrep  bool   // object of a preposition: "with Xi", "in China"
	via        string // how a description or pronoun was resolved: "the Russian leader → Vladimir Putin"
}

// world is what the article has established so far about places: the last
// country named, for resolving "the country". People come from the entity
// layer (package entities), which resolves names, pronouns and
// descriptions once for every analysis.
type world struct {
	lastCountry string
}

var prepositions = map[string]bool{
	"with": true, "by": true, "to": true, "from": true, "in": true, "of": true, "for": true, "at": true,
	"on": true, "between": true, "among": true, "against": true, "toward": true, "towards": true, "about": true,
}

// places finds the countries a sentence names, and "the country" resolved
// to the last one named, and updates w.
func (w *world) places(toks []token) []entity {
	var out []entity
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !t.word {
			continue
		}
		afterPrep := i > 0 && prepositions[toks[i-1].lower]
		if !t.cap {
			if t.lower == "country" && i > 0 && toks[i-1].lower == "the" && w.lastCountry != "" {
				out = append(out, entity{start: toks[i-1].start, end: t.end, name: w.lastCountry, poss: t.poss,
					afterPrep: i > 1 && prepositions[toks[i-2].lower], via: "“the country” → " + w.lastCountry})
			}
			continue
		}
		// Countries, possibly several words long: "United States", "South Korea".
		for n := min(3, len(toks)-i); n >= 1; n-- {
			if c := country(toks[i : i+n]); c != "" {
				out = append(out, entity{start: t.start, end: toks[i+n-1].end, name: c, poss: toks[i+n-1].poss, afterPrep: afterPrep})
				w.lastCountry = c
				i += n - 1
				break
			}
		}
	}
	return out
}

// country returns the canonical name of the country toks name, or "".
func country(toks []token) string {
	for _, t := range toks {
		if !t.word || !t.cap {
			return ""
		}
	}
	if len(toks) == 1 {
		return lexicon.Default().Value(lexicon.Countries, toks[0].lower)
	}
	if toks[len(toks)-2].poss || !lexicon.Default().Opens(lexicon.Countries, toks[0].lower) {
		return ""
	}
	return lexicon.Default().Value(lexicon.Countries, strings.ToLower(joinTokens(toks, toks[0].start, toks[len(toks)-1].end)))
}

// people returns the people the entity layer found mentioned in toks, as
// participants: named, or a pronoun or description resolved to someone
// named ("his" → Vladimir Putin).
func people(ea *entities.Analysis, toks []token) []entity {
	if ea == nil || len(toks) == 0 {
		return nil
	}
	var out []entity
	from, to := toks[0].start, toks[len(toks)-1].end
	for i := ea.LastBefore(from) + 1; i >= 0 && i < len(ea.Mentions); i++ {
		m := ea.Mentions[i]
		if m.Start >= to {
			break
		}
		if m.Start < from || m.Person < 0 || ea.People[m.Person].Surname == "" {
			continue
		}
		k := tokenAt(toks, m.Start)
		l := tokenAt(toks, m.End-1)
		if k < 0 || l < 0 {
			continue
		}
		name := ea.People[m.Person].Name
		e := entity{start: m.Start, end: toks[l].end, person: true, name: name, poss: toks[l].poss,
			afterPrep: k > 0 && prepositions[toks[k-1].lower]}
		if m.Kind == entities.Pronoun {
			e.poss = toks[k].lower == "his" || toks[k].lower == "her" && k+1 < len(toks) && toks[k+1].word
		}
		if m.Kind != entities.Name {
			e.via = "“" + m.Text + "” → " + name
		}
		out = append(out, e)
	}
	return out
}

// tokenAt returns the index of the token covering byte off, or -1.
func tokenAt(toks []token, off int) int {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].end > off })
	if i < len(toks) && toks[i].start <= off {
		return i
	}
	return -1
}

// stopNames are capitalised words that follow a title but are no name.
var stopNames = map[string]bool{"the": true, "of": true, "and": true, "said": true, "will": true}

func joinTokens(toks []token, start, end int) string {
	var b strings.Builder
	prev := -1
	for _, t := range toks {
		if t.start < start || t.end > end {
			continue
		}
		if prev >= 0 && t.start > prev {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
		prev = t.end
	}
	return b.String()
}
