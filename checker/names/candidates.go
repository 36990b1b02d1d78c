package names

import (
	"strings"

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

// titleHeads end an office title: "Finance Minister", "Russian President".
var titleHeads = map[string]bool{
	"president": true, "minister": true, "secretary": true, "chancellor": true, "governor": true,
	"gov": true, "senator": true, "sen": true, "mayor": true, "judge": true, "justice": true,
	"general": true, "gen": true, "colonel": true, "col": true, "captain": true, "capt": true,
	"commissioner": true, "ambassador": true, "chairman": true, "chairwoman": true, "chair": true,
	"director": true, "ceo": true, "cfo": true, "coo": true, "premier": true, "king": true,
	"queen": true, "prince": true, "princess": true, "pope": true, "bishop": true,
	"archbishop": true, "cardinal": true, "rabbi": true, "imam": true, "sheikh": true,
	"coach": true, "manager": true, "professor": true, "prof": true, "representative": true,
	"rep": true, "speaker": true, "lieutenant": true, "lt": true, "sergeant": true, "sgt": true,
	"inspector": true, "detective": true, "superintendent": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "chief": true, "executive": true, "officer": true,
	"admiral": true, "marshal": true, "commander": true, "councillor": true, "councilman": true,
	"councilwoman": true, "assemblyman": true, "assemblywoman": true, "dean": true,
	"chairperson": true, "prosecutor": true, "attorney": true, "treasurer": true, "auditor": true,
	"ombudsman": true, "leader": true, "head": true, "deputy": true, "vice": true,
}

// honorifics stand before a name without naming an office.
var honorifics = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "sir": true, "dame": true,
	"rev": true, "mx": true, "lord": true, "lady": true,
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

// particles join the parts of a name: "Ursula von der Leyen".
var particles = map[string]bool{
	"de": true, "van": true, "von": true, "der": true, "den": true, "da": true, "di": true,
	"du": true, "le": true, "la": true, "al": true, "bin": true, "ibn": true, "ter": true, "dos": true,
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

// speech verbs after a name say it names a person.
var speech = map[string]bool{
	"said": true, "says": true, "told": true, "added": true, "explained": true, "wrote": true,
	"argued": true, "noted": true, "insisted": true, "warned": true, "recalled": true,
	"replied": true, "asked": true, "announced": true, "stated": true, "testified": true,
	"admitted": true, "denied": true, "confirmed": true, "acknowledged": true, "urged": true,
}

// roles before a name say it names a person: "adviser Yuri Ushakov".
var roles = map[string]bool{
	"adviser": true, "advisor": true, "spokesman": true, "spokeswoman": true, "leader": true,
	"minister": true, "husband": true, "wife": true, "daughter": true, "son": true,
	"mother": true, "father": true, "brother": true, "sister": true, "chief": true,
	"director": true, "coach": true, "manager": true, "founder": true, "owner": true,
	"lawyer": true, "economist": true, "analyst": true, "professor": true, "author": true,
	"colleague": true, "partner": true, "widow": true, "resident": true, "president": true,
	"striker": true, "captain": true, "player": true, "candidate": true, "mayor": true,
	"secretary": true, "chairman": true, "chairwoman": true, "executive": true, "officer": true,
	"judge": true, "prosecutor": true, "teacher": true, "farmer": true, "researcher": true,
	"scientist": true, "historian": true, "architect": true, "engineer": true, "doctor": true,
	"nurse": true, "neighbour": true, "neighbor": true, "friend": true, "official": true,
	"envoy": true, "negotiator": true, "deputy": true, "senator": true, "governor": true,
	"ambassador": true, "commissioner": true, "inspector": true, "detective": true,
	"journalist": true, "activist": true, "spokesperson": true, "head": true, "ceo": true,
}

func bare(w string) string { return strings.TrimSuffix(w, ".") }

// isTitleHead reports whether w (lower case) ends an office title.
func isTitleHead(w string) bool {
	w = bare(w)
	if titleHeads[w] {
		return true
	}
	if i := strings.LastIndexByte(w, '-'); i > 0 {
		return titleHeads[w[i+1:]] || titleHeads[w[:i]]
	}
	return false
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

// candidates returns the capitalised runs of every sentence.
func candidates(s string, sents []text.Sentence) []run {
	var out []run
	var toks []text.Token
	for si, sent := range sents {
		toks = text.AppendWords(toks[:0], s, sent)
		head := headline(s, toks)
		for i := 0; i < len(toks); {
			if !startsName(s, toks, i) {
				i++
				continue
			}
			j := i + 1
			for j < len(toks) && continuesName(s, toks, j) {
				j++
			}
			if r, ok := split(s, toks, i, j, si, head); ok {
				out = append(out, r)
			}
			i = j
		}
	}
	return out
}

func startsName(s string, toks []text.Token, i int) bool {
	t := toks[i]
	if t.Kind != text.Word || !t.Capitalized(s) {
		return false
	}
	w := t.Text(s)
	return !allCaps(w) || isTitleHead(t.Lower)
}

func continuesName(s string, toks []text.Token, j int) bool {
	t := toks[j]
	if t.Kind != text.Word {
		return false
	}
	if particles[t.Lower] && j+1 < len(toks) && toks[j+1].Kind == text.Word && toks[j+1].Capitalized(s) {
		return true
	}
	return t.Capitalized(s) && (!allCaps(t.Text(s)) || isTitleHead(t.Lower))
}

// split cuts toks[i:j] into a title or honorific and a name, and looks
// around it for evidence that it names a person.
func split(s string, toks []text.Token, i, j, si int, head bool) (run, bool) {
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
		if isTitleHead(toks[k].Lower) {
			h = k
		}
	}
	if h >= 0 {
		r.title = strings.ToLower(s[toks[a].Start:toks[h].End])
		r.titleSp = Span{toks[a].Start, toks[h].End}
		r.evidence = true
		a = h + 1
	}
	if a < j-1 && honorifics[bare(toks[a].Lower)] {
		r.honor = bare(toks[a].Lower)
		r.evidence = true
		a++
	}
	if a >= j {
		return r, false
	}
	if j-a > 4 {
		return r, false
	}
	r.name = append([]text.Token(nil), toks[a:j]...)
	if len(r.name) > 1 && orgHeads[bare(r.name[len(r.name)-1].Lower)] {
		r.org = true
		return r, true
	}
	for _, t := range r.name {
		if notNames[t.Lower] || orgHeads[bare(t.Lower)] || honorifics[bare(t.Lower)] || isTitleHead(t.Lower) && len(r.name) == 1 {
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
	// "former Finance Minister Ana Ruiz".
	if i > 0 {
		p := toks[i-1].Lower
		if p == "former" || p == "ex" || p == "then" || p == "ex-" || p == "then-" || p == "late" {
			r.former = true
		}
		if roles[p] || p == "said" || p == "says" || strings.HasSuffix(p, "year-old") {
			r.evidence = true
		}
	}
	if j < len(toks) {
		n := toks[j].Lower
		if speech[n] || (n == "'s" && j+1 < len(toks) && speech[toks[j+1].Lower]) {
			r.evidence = true
		}
		if n == "," && j+2 < len(toks) && toks[j+1].Kind == text.Number && (toks[j+2].Lower == "," || toks[j+2].Lower == ".") {
			r.evidence = true // "Smith, 54,"
		}
		if n == "," && j+1 < len(toks) && (toks[j+1].Lower == "who" || toks[j+1].Lower == "said") {
			r.evidence = true
		}
	}
	return r, true
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
