package dates

import "strings"

// Word senses that make a date-like word no date: a season that is a
// water spring, a year that is part of a designation.

// waterVerb reports a verb at i that only a water spring takes as its
// subject ("the spring that feeds the reservoir", "which flows"), as
// opposed to "the spring that followed" or "the summer that brings rain".
func (p *parser) waterVerb(i int) bool {
	return p.ok(i) && p.t[i].kind == tWord && springVerbs[lower(p.src[p.t[i].start:p.t[i].end])]
}

// springVerbs are what a spring of water does.
var springVerbs = map[string]bool{"feeds": true, "fed": true, "flows": true, "flowed": true, "supplies": true,
	"supplied": true, "bubbles": true, "drains": true, "waters": true, "rises": true, "emerges": true, "spills": true}

// designation reports a code at i that makes the number before it part of
// a name, as in asteroid designations ("2008 PL2", "2019 KV4", "1998
// KY26"): two capitals, then digits. "the 2026 G7 summit" and "the 2025
// COP30 talks" keep their year.
func (p *parser) designation(i int) bool {
	if !p.ok(i) || p.t[i].kind != tWord || !p.t[i].sp {
		return false
	}
	w := p.src[p.t[i].start:p.t[i].end]
	if len(w) < 3 || len(w) > 6 || w[0] < 'A' || w[0] > 'Z' || w[1] < 'A' || w[1] > 'Z' {
		return false
	}
	for j := 2; j < len(w); j++ {
		if w[j] < '0' || w[j] > '9' {
			return false
		}
	}
	return true
}

// ownedBefore reports an owner right before token i: a possessive ("the
// line's", "Ross'") or a possessive determiner ("his", "their"). "Last"
// or "next" after one ranks the owner's own days or seasons ("on the
// line's last day", "her next season"), not a time counted from now.
func (p *parser) ownedBefore(i int) bool {
	before := strings.TrimRight(p.src[:p.t[i].start], " ")
	if strings.HasSuffix(before, "'s") || strings.HasSuffix(before, "’s") || strings.HasSuffix(before, "s'") {
		return true
	}
	w := before[strings.LastIndexAny(before, " \n\t(\"“")+1:]
	return possessives[lower(w)]
}

// possessives are the possessive determiners, but "her", which may be an
// object ("told her last week").
var possessives = map[string]bool{"his": true, "its": true, "their": true, "my": true, "our": true, "your": true}
