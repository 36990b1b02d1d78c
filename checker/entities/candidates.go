package entities

import (
	"strings"

	"github.com/copydesk/copydesk/checker/lexicon"
	"github.com/copydesk/copydesk/checker/text"
)

// run is a stretch of capitalised words that may name a person, with the
// title or honorific written before it.
type run struct {
	sent     int
	name     []text.Token
	title    string
	titleSp  Span
	former   bool
	honor    string
	evidence bool // a title, a speech verb, an age or a role says it is a person
	weak     bool // only its place in the sentence does
	org      bool
}



// skipFirst are capitalised words that open a sentence without naming.
var skipFirst = map[string]bool{
	"the": true, "a": true, "an": true, "he": true, "she": true, "it": true, "they": true,
	"his": true, "her": true, "their": true, "in": true, "on": true, "at": true, "but": true,
	"and": true, "however": true, "meanwhile": true, "yet": true, "still": true, "after": true,
	"before": true, "when": true, "while": true, "since": true, "for": true, "of": true,
	"by": true, "this": true, "that": true, "these": true, "those": true, "last": true,
	"next": true, "i": true, "we": true, "you": true, "its": true, "there": true, "as": true,
	"if": true, "so": true, "also": true, "today": true, "yesterday": true, "now": true,
	"then": true, "with": true, "from": true, "to": true, "our": true, "my": true, "both": true,
	"according": true, "during": true, "under": true, "over": true, "former": true, "ex": true,
	"asked": true, "born": true, "like": true, "unlike": true, "despite": true, "although": true,
	"once": true, "later": true, "earlier": true, "here": true, "first": true, "finally": true,
	"even": true, "only": true, "just": true, "thus": true, "instead": true, "indeed": true,
	"perhaps": true, "maybe": true, "what": true, "why": true, "how": true, "where": true,
	"who": true, "whether": true, "not": true, "no": true, "all": true, "every": true,
	"each": true, "many": true, "most": true, "several": true, "dear": true, "until": true,
}


// orgHeads end an organisation's name.
var orgHeads = map[string]bool{
	"council": true, "ministry": true, "bank": true, "party": true, "union": true,
	"commission": true, "committee": true, "agency": true, "company": true, "corporation": true,
	"inc": true, "ltd": true, "group": true, "association": true, "foundation": true,
	"institute": true, "university": true, "court": true, "parliament": true, "assembly": true,
	"organization": true, "organisation": true, "federation": true, "league": true, "club": true,
	"fund": true, "authority": true, "office": true, "department": true, "board": true,
	"service": true, "forces": true, "army": true, "police": true, "nations": true,
	"states": true, "republic": true, "cooperation": true, "summit": true, "school": true,
	"hospital": true, "museum": true, "airlines": true, "airways": true, "network": true,
}

// notNames are capitalised words that do not name a person.
var notNames = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "may": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true, "city": true, "street": true,
	"north": true, "south": true, "east": true, "west": true, "new": true, "county": true,
	"province": true, "region": true, "river": true, "lake": true, "mount": true, "island": true,
	"square": true, "avenue": true, "road": true, "bridge": true, "station": true, "airport": true,
	"cup": true, "league": true, "day": true, "war": true, "act": true, "treaty": true,
	"agreement": true, "accord": true, "peace": true, "energy": true, "economic": true,
	"national": true, "international": true, "global": true, "world": true, "european": true,
	"american": true, "united": true, "kingdom": true, "federal": true, "state": true,
	"god": true, "christmas": true, "easter": true, "copydesk": true, "reuters": true,
}

// places are prepositions that put a place name after them.
var places = map[string]bool{
	"in": true, "at": true, "from": true, "to": true, "near": true, "across": true, "into": true,
	"of": true, "outside": true, "through": true, "toward": true, "towards": true, "via": true,
	"around": true, "on": true, "for": true, "by": true, "visit": true, "visited": true,
	"visiting": true, "between": true, "throughout": true, "over": true, "under": true,
	"inside": true, "within": true, "along": true, "beyond": true, "against": true, "the": true,
	"with": true, "about": true, "among": true, "per": true, "like": true, "versus": true,
}



func bare(w string) string { return strings.TrimSuffix(w, ".") }

// titleWord reports an office title or a rank word (lower case).
func titleWord(lx *lexicon.Lexicon, w string) bool {
	return lx.Is(lexicon.Titles, w) || lx.Is(lexicon.Ranks, w)
}

// isTitleHead reports whether w (lower case) ends an office title:
// "minister", "gov.", "secretary-general", "vice-president".
func isTitleHead(lx *lexicon.Lexicon, w string) bool {
	w = bare(w)
	if titleWord(lx, w) {
		return true
	}
	if i := strings.LastIndexByte(w, '-'); i > 0 {
		return titleWord(lx, w[i+1:]) || titleWord(lx, w[:i])
	}
	return false
}

// saying reports a verb of saying ("said", "told", "denies").
func saying(lx *lexicon.Lexicon, t text.Token) bool {
	return t.Tag.IsVerb() && lx.Is(lexicon.SayingVerbs, t.Lemma)
}

// allCaps reports an acronym ("NATO", "U.S."), not an initial ("J.").
func allCaps(w string) bool {
	n := 0
	for _, r := range w {
		if r >= 'a' && r <= 'z' {
			return false
		}
		if r >= 'A' && r <= 'Z' {
			n++
		}
	}
	return n >= 2
}

// finder reads one article's tokens for names.
type finder struct {
	s  string
	lx *lexicon.Lexicon
	r  *text.Reading
}

// candidates returns the capitalised runs of every sentence.
func (f *finder) candidates() []run {
	var out []run
	for si := range f.r.Sentences {
		toks := f.r.Words(si)
		head := headline(f.s, toks)
		for i := 0; i < len(toks); {
			if !f.startsName(toks, i) {
				i++
				continue
			}
			j := i + 1
			for j < len(toks) && f.continuesName(toks, j) {
				j++
			}
			if r, ok := f.split(toks, i, j, si, head); ok {
				out = append(out, r)
			}
			i = j
		}
	}
	return out
}

func (f *finder) startsName(toks []text.Token, i int) bool {
	t := toks[i]
	if t.Kind != text.Word || !t.Capitalized(f.s) {
		return false
	}
	return !allCaps(t.Text(f.s)) || isTitleHead(f.lx, t.Lower)
}

func (f *finder) continuesName(toks []text.Token, j int) bool {
	t := toks[j]
	if t.Kind != text.Word {
		return false
	}
	if f.lx.Is(lexicon.NameParticles, t.Lower) && j+1 < len(toks) && toks[j+1].Kind == text.Word && toks[j+1].Capitalized(f.s) {
		return true
	}
	return t.Capitalized(f.s) && (!allCaps(t.Text(f.s)) || isTitleHead(f.lx, t.Lower))
}

// split cuts toks[i:j] into a title or honorific and a name, and looks
// around it for evidence that it names a person.
func (f *finder) split(toks []text.Token, i, j, si int, head bool) (run, bool) {
	s, lx := f.s, f.lx
	r := run{sent: si}
	a := i
	for a < j && skipFirst[toks[a].Lower] {
		if toks[a].Lower == "former" {
			r.former = true
		}
		a++
	}
	// The last title head with a name after it ends the title.
	h := -1
	for k := a; k < j-1; k++ {
		if isTitleHead(lx, toks[k].Lower) {
			h = k
		}
	}
	if h >= 0 {
		r.title = strings.ToLower(s[toks[a].Start:toks[h].End])
		r.titleSp = Span{Start: toks[a].Start, End: toks[h].End}
		r.evidence = true
		a = h + 1
	}
	if a < j-1 && lx.Is(lexicon.Honorifics, toks[a].Lower) {
		r.honor = bare(toks[a].Lower)
		r.evidence = true
		a++
	}
	if a >= j || j-a > 4 {
		return r, false
	}
	r.name = append([]text.Token(nil), toks[a:j]...)
	if len(r.name) > 1 && orgHeads[bare(r.name[len(r.name)-1].Lower)] {
		r.org = true
		return r, true
	}
	for _, t := range r.name {
		if notNames[t.Lower] || orgHeads[bare(t.Lower)] || lx.Is(lexicon.Honorifics, t.Lower) || isTitleHead(lx, t.Lower) && len(r.name) == 1 {
			return r, false
		}
	}
	// A name of two or three plain words inside a sentence, not after a
	// preposition of place, is taken for a person's ("met Maria
	// Kowalczyk"); "in Abu Dhabi" is not.
	if len(r.name) >= 2 && len(r.name) <= 3 && a > 0 && i == a && !head {
		if p := toks[a-1]; p.Kind == text.Word && !p.Capitalized(s) && !places[p.Lower] {
			r.weak = true
		}
	}
	r.former = r.former || i > 0 && formerWords[toks[i-1].Lower]
	r.evidence = r.evidence || f.personBefore(toks, i) || f.personAfter(toks, j)
	return r, true
}

// formerWords mark a past office: "former Finance Minister Ana Ruiz".
var formerWords = map[string]bool{"former": true, "ex": true, "then": true, "ex-": true, "then-": true, "late": true}

// personBefore reports a word before a name at toks[i] that shows it names
// a person: a role noun ("pharmacist Ana Silva"), an age ("54-year-old
// Ana Ruiz") or a verb of saying ("said Ana Ruiz").
func (f *finder) personBefore(toks []text.Token, i int) bool {
	if i == 0 {
		return false
	}
	p := toks[i-1]
	return f.roleNoun(p) || saying(f.lx, p) || strings.HasSuffix(p.Lower, "year-old")
}

// personAfter reports words after a name ending before toks[j] that show it
// names a person: a verb of saying ("Ruiz said", "Ruiz's spokesman said"),
// an age in apposition ("Smith, 54,"), or "who".
func (f *finder) personAfter(toks []text.Token, j int) bool {
	if j >= len(toks) {
		return false
	}
	n := toks[j]
	if saying(f.lx, n) || n.Lower == "'s" && j+1 < len(toks) && saying(f.lx, toks[j+1]) {
		return true
	}
	if n.Lower == "," && j+2 < len(toks) && toks[j+1].Kind == text.Number && (toks[j+2].Lower == "," || toks[j+2].Lower == ".") {
		return true // "Smith, 54,"
	}
	return n.Lower == "," && j+1 < len(toks) && (toks[j+1].Lower == "who" || saying(f.lx, toks[j+1]))
}

// roleNoun reports a singular common noun that names a person in its first
// sense: "pharmacist", "foreman", "mayor".
func (f *finder) roleNoun(t text.Token) bool {
	return t.Kind == text.Word && (t.Tag == text.NN || t.Tag == text.NoTag) && f.lx.PersonNoun(t.Lemma)
}

// smallWords stay lower case in a headline.
var smallWords = map[string]bool{
	"a": true, "an": true, "and": true, "the": true, "of": true, "on": true, "in": true,
	"for": true, "to": true, "with": true, "over": true, "at": true, "by": true, "or": true,
	"as": true, "from": true, "vs": true,
}

// headline reports a line in title case with no closing full stop.
func headline(s string, toks []text.Token) bool {
	if len(toks) == 0 || toks[len(toks)-1].Lower == "." {
		return false
	}
	for _, t := range toks {
		if t.Kind == text.Word && !t.Capitalized(s) && !smallWords[t.Lower] {
			return false
		}
	}
	return true
}
