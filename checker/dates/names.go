package dates

// notADate reports whether the expression parsed over tokens [s, e) is a
// name or a generic use that only looks like a date: a quoted title with a
// capitalised unit ("60 Minutes", "This Week"), "high noon", or "today's
// youth".
func (p *parser) notADate(s, e int) bool {
	last := p.t[e-1]
	switch {
	case e-1 > s && last.kind == tWord && last.upper && (last.cls == cUnit || last.cls == cUnits) &&
		(p.isPunct(s-1, '\'') || p.isPunct(s-1, '"') || p.isPunct(s-1, '`')):
		return true // ''60 Minutes'', "This Week"
	case p.isKw(s, kwNoon) && p.wordIs(s-1, "high"):
		return true
	case e == s+1 && (p.isKw(s, kwToday) || p.isKw(s, kwTomorrow)) && p.isPunct(s+1, '\'') && p.wordIs(s+2, "s") &&
		p.ok(s+3) && genericNow[lower(p.src[p.t[s+3].start:p.t[s+3].end])]:
		return true // today's youth, tomorrow's world
	}
	return false
}

// genericNow are the nouns after which "today's" means "of our time".
var genericNow = map[string]bool{"world": true, "youth": true, "society": true, "generation": true,
	"children": true, "kids": true, "young": true, "culture": true, "economy": true, "technology": true,
	"standards": true, "leaders": true, "consumers": true, "families": true, "teenagers": true,
	"personal": true, "modern": true, "global": true}
