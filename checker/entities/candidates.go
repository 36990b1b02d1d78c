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
	subject  bool // one proper noun, the subject of a verb ("Putin accepted")
	weak     bool // only its place in the sentence does
	org      bool
	// article is set for a name after "the": a band's, a ship's or a
	// firm's, never a person's, though it counts among the names the
	// copy gives a surname.
	article bool
}

// foundedBefore reports a verb of founding (lexicon class founding-verbs),
// with its particle, right before toks[i].
func (f *finder) foundedBefore(toks []text.Token, i int) bool {
	if i == 0 {
		return false
	}
	v := toks[i-1]
	if i >= 2 && (v.Lower == "up" || v.Lower == "out") {
		w := toks[i-2]
		return w.Tag.IsVerb() && f.lx.Is(lexicon.FoundingVerbs, f.lx.Lemma(w.Lower, lexicon.Verb)+" "+v.Lower)
	}
	return v.Tag.IsVerb() && f.lx.Is(lexicon.FoundingVerbs, f.lx.Lemma(v.Lower, lexicon.Verb))
}

// notName reports a capitalised word that does not name a person: a
// month or a weekday ("March", "Jan.", "Tuesday"), or one of notNames.
func (f *finder) notName(w string) bool {
	if notNames[w] {
		return true
	}
	// A month or weekday in full, or abbreviated with its full stop: "Jan"
	// alone is a given name.
	_, fullMonth, month := f.lx.Number(lexicon.Months, w)
	_, fullDay, day := f.lx.Number(lexicon.Weekdays, w)
	dot := strings.HasSuffix(w, ".")
	return month && (fullMonth || dot) || day && (fullDay || dot)
}

// monthNames are the months that are also given names.
var monthNames = map[string]bool{"april": true, "may": true, "june": true, "july": true, "august": true}

// notNames are capitalised words that do not name a person.
var notNames = map[string]bool{

	"city": true, "street": true,
	"north": true, "south": true, "east": true, "west": true, "new": true, "county": true,
	"province": true, "region": true, "river": true, "lake": true, "mount": true, "island": true,
	"square": true, "avenue": true, "road": true, "bridge": true, "station": true, "airport": true,
	"cup": true, "league": true, "day": true, "war": true, "act": true, "treaty": true,
	"agreement": true, "accord": true, "peace": true, "energy": true, "economic": true,
	"national": true, "international": true, "global": true, "world": true, "european": true,
	"american": true, "united": true, "kingdom": true, "federal": true, "state": true,
	"god": true, "christmas": true, "easter": true, "copydesk": true, "reuters": true,
}

// locative are the prepositions of where something stands that take a
// container, a building or a place, never a person ("outside", "inside",
// "born in Nowy Targ", "near Alto Paraíso").
var locative = map[string]bool{"outside": true, "inside": true, "in": true, "near": true, "across": true, "throughout": true, "within": true}

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
	// placed holds the lower-case words the copy puts where a place
	// stands ("in Lyon", "to Kestria", "visited Dunavec").
	placed map[string]bool
	// datelined holds the lower-case words of the dateline's place.
	datelined map[string]bool
	// lead is the mention of an unnamed person the lead sentence
	// describes by a role ("A pharmacist in this hill town ..."), whom the
	// next sentences may name; front is the mention of a noun phrase that
	// opens the current sentence in apposition to its subject; -1 if none.
	lead, front int
	// topic is the person the copy names first, the one it is most often
	// about; -1 when it names no one.
	topic int
	// spanEnds holds the end offsets of the stretches of time the date
	// resolver read ("a decade", "four years"): a role after "as" there is
	// one held for that stretch ("after a decade as sales director").
	spanEnds map[int]bool
	// persons remembers which lemmas name a person.
	persons map[string]bool
	// aged holds the end offsets of the names the quantities gave an age
	// to ("Ama Okafor, aged 47", "Ruiz (54)", "47-year-old Ama Okafor").
	aged map[int]bool
	// names are the name mentions the linker made, in text order, while
	// refer reads roles and pronouns among them.
	names []Mention
	// kin caches speaksOfKin per sentence: 0 not yet read, 1 no, 2 yes.
	kin []uint8
	// subj is the scan subject resumes.
	subj subjectScan
}

// candidates returns the capitalised runs of every sentence, and notes the
// words that stand where a place does.
func (f *finder) candidates() []run {
	var out []run
	f.placed, f.datelined = map[string]bool{}, map[string]bool{}
	for si := range f.r.Sentences {
		toks := f.r.Words(si)
		for k := 1; k < len(toks); k++ {
			if places[toks[k-1].Lower] && toks[k-1].Lower != "the" && toks[k].Capitalized(f.s) {
				f.placed[toks[k].Lower] = true // "in Lyon", "visit Kestria"
			}
		}
		if si == 0 {
			f.placeDateline(toks)
		}
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
			if n := nickname(f.s, toks, j); n > 0 && j+n < len(toks) && f.continuesName(toks, j+n) {
				// 'Margarethe "Grete" Oberhuber': the name read without
				// the nickname quoted inside it.
				k := j + n + 1
				for k < len(toks) && f.continuesName(toks, k) {
					k++
				}
				view := append(append(make([]text.Token, 0, len(toks)-n), toks[:j]...), toks[j+n:]...)
				if r, ok := f.split(view, i, k-n, si, head); ok {
					out = append(out, r)
				}
				i = k
				continue
			}
			if j == i+1 && f.nationalityNoun(toks, i) {
				i = j // "The 24-year-old Ghanaian was born": a nationality, no name
				continue
			}
			if r, ok := f.split(toks, i, j, si, head); ok {
				out = append(out, r)
			}
			i = j
		}
	}
	return out
}

// nationality reports a nationality w (lower case): one the lexicon lists
// ("ghanaian"), or one made from a place the copy names with a demonym's
// ending ("dravenian" for "Dravenia", "velmoran" for "Velmora"), for
// countries the lexicon does not know.
func (f *finder) nationality(w string) bool {
	if f.lx.Value(lexicon.Demonyms, w) != "" {
		return true
	}
	for place := range f.placed {
		if len(place) >= 5 && derivedDemonym(place, w) {
			return true
		}
	}
	return false
}

// derivedDemonym reports w as a demonym of place (both lower case): the
// place and "n" ("dravenia" → "dravenian"), or the place past its last
// vowel and "ian", "an" or "ese"; never a word with a hyphen, as names
// may have ("Har-Shefi").
func derivedDemonym(place, w string) bool {
	if strings.ContainsAny(w, "-'") {
		return false
	}
	if w == place+"n" {
		return true
	}
	stem := strings.TrimRight(place, "aeiou")
	if len(stem) < 4 || !strings.HasPrefix(w, stem) {
		return false
	}
	switch w[len(stem):] {
	case "ian", "an", "ese":
		return true
	}
	return false
}

// nationalityNoun reports a nationality alone after "the" or an age,
// a noun for a person ("the Ghanaian", "the 24-year-old Estonian"), not a
// name.
func (f *finder) nationalityNoun(toks []text.Token, i int) bool {
	if i == 0 || !f.nationality(toks[i].Lower) {
		return false
	}
	p := toks[i-1].Lower
	return p == "the" || strings.HasSuffix(p, "year-old")
}

// placeDateline notes the words of a dateline's place, capitals before
// the first comma that open the copy and the region or country after them
// ("VALMORA, Ostravia, Feb. 11, 2026"): the town or country later named
// alone ("closed Valmora's airport") is a place.
func (f *finder) placeDateline(toks []text.Token) {
	k := 0
	for k < len(toks) && allCaps(f.s[toks[k].Start:toks[k].End]) {
		k++
	}
	if k == 0 || k >= len(toks) || toks[k].Lower != "," {
		return
	}
	// The region or country after the town, up to the date: "DORNIK,
	// Kessary, November 13, 2025".
	j := k + 1
	month := func(t text.Token) bool { return f.lx.Is(lexicon.Months, t.Lower) }
	for j < len(toks) && toks[j].Capitalized(f.s) && !month(toks[j]) {
		j++
	}
	if j < len(toks) && j > k+1 && toks[j].Lower == "," && j+1 < len(toks) && month(toks[j+1]) {
		k = j
	}
	for _, t := range toks[:k] {
		if t.Lower != "," {
			f.placed[t.Lower] = true
			f.datelined[t.Lower] = true
		}
	}
}

// namedHere reports a run right after a verb of naming ("also called
// Marek", "a daughter named Abena"): the name of whoever the phrase
// introduces.
func (f *finder) namedHere(r run) bool {
	toks := f.r.Words(r.sent)
	k := tokenIndex(toks, r.name[0].Start)
	return k > 0 && toks[k-1].Tag.IsVerb() && f.lx.Is(lexicon.NamingVerbs, toks[k-1].Lemma)
}

// datelinePlace reports whether every word of name is a word of the
// dateline's place.
func (f *finder) datelinePlace(name []text.Token) bool {
	for _, t := range name {
		if !f.datelined[t.Lower] {
			return false
		}
	}
	return true
}

// nickname returns how many tokens a nickname quoted at toks[j] takes
// ('"Grete"', "'Quino'"): a quote mark the tagger read as opening, one or
// two capitalised words and one it read as closing; 0 for none.
func nickname(s string, toks []text.Token, j int) int {
	if j >= len(toks) || toks[j].Tag != text.OpenQ {
		return 0
	}
	for n := 2; n <= 3 && j+n < len(toks); n++ {
		if toks[j+n].Tag == text.CloseQ {
			for _, t := range toks[j+1 : j+n] {
				if t.Kind != text.Word || !t.Capitalized(s) {
					return 0
				}
			}
			return n + 1
		}
	}
	return 0
}

func (f *finder) startsName(toks []text.Token, i int) bool {
	t := toks[i]
	if f.particleCompound(t) {
		return true // "al-Harthy said"
	}
	if t.Kind == text.Word && !t.Capitalized(f.s) && f.lx.Is(lexicon.NameParticles, t.Lower) {
		return f.continuesName(toks, i) // "according to da Souza"
	}
	if t.Kind != text.Word || !t.Capitalized(f.s) || designation(t.Lower) {
		return false
	}
	if f.givenInitials(toks, i) {
		return true // "J.C. Matlock, chairman, said"
	}
	return !allCaps(t.Text(f.s)) || isTitleHead(f.lx, t.Lower)
}

// givenInitials reports initials with their dots ("J.C.", "J.R.R.") that
// stand before a capitalised word which is no acronym nor a common noun:
// a given name written short, not a country's or a firm's ("U.S. Steel",
// "A.B. Foods").
func (f *finder) givenInitials(toks []text.Token, i int) bool {
	w := toks[i].Text(f.s)
	if len(w) < 4 || len(w)%2 != 0 {
		return false
	}
	for k := 0; k < len(w); k += 2 {
		if w[k] < 'A' || w[k] > 'Z' || w[k+1] != '.' {
			return false
		}
	}
	if i+1 >= len(toks) {
		return false
	}
	n := toks[i+1]
	return n.Kind == text.Word && n.Capitalized(f.s) && !allCaps(n.Text(f.s)) && !f.lx.Known(n.Lower, lexicon.Noun)
}

// designation reports a word with a digit in it ("Aquila-2", "G7",
// "Q3"): a model, a product or a code, never part of a person's name.
func designation(w string) bool {
	return strings.ContainsAny(w, "0123456789")
}

func (f *finder) continuesName(toks []text.Token, j int) bool {
	t := toks[j]
	if t.Kind != text.Word || designation(t.Lower) {
		return false
	}
	if f.lx.Is(lexicon.NameParticles, t.Lower) {
		// "van Rijn", "van den Broek": particles before a capitalised word.
		k := j + 1
		for k < len(toks) && k < j+3 && f.lx.Is(lexicon.NameParticles, toks[k].Lower) {
			k++
		}
		return k < len(toks) && toks[k].Kind == text.Word && toks[k].Capitalized(f.s)
	}
	return t.Capitalized(f.s) && (!allCaps(t.Text(f.s)) || isTitleHead(f.lx, t.Lower)) || f.particleCompound(t)
}

// particleCompound reports a word that joins a lower-case name particle to
// a capitalised name with a hyphen (lexicon.ParticleName): "al-Harthy".
func (f *finder) particleCompound(t text.Token) bool {
	return t.Kind == text.Word && f.lx.ParticleName(t.Text(f.s))
}

// split cuts toks[i:j] into a title or honorific and a name, and looks
// around it for evidence that it names a person.
func (f *finder) split(toks []text.Token, i, j, si int, head bool) (run, bool) {
	s, lx := f.s, f.lx
	r := run{sent: si}
	a := i
	for a < j && (f.lx.Is(lexicon.SentenceOpeners, toks[a].Lower) || f.functionWord(toks[a])) {
		if toks[a].Lower == "former" {
			r.former = true
		}
		a++
	}
	if a == i && i >= 2 && (toks[i-1].Lower == "for" || toks[i-1].Lower == "of") && isTitleHead(lx, toks[i-2].Lower) {
		// "Commissioner for Transport Oluwasuen Adeyemi", "Minister of
		// Health Ana Ruiz": the capitalised common nouns after the title's
		// "for" name its portfolio, not the person.
		p := a
		for p < j-2 && lx.Known(toks[p].Lower, lexicon.Noun) && !lx.PersonNoun(toks[p].Lower) && !lx.Is(lexicon.Titles, toks[p].Lower) {
			p++
		}
		if p > a {
			r.title = strings.ToLower(s[toks[i-2].Start:toks[p-1].End])
			r.titleSp = Span{Start: toks[i-2].Start, End: toks[p-1].End}
			r.evidence = true
			a = p
		}
	}
	// The last title head with a name after it ends the title.
	h := -1
	for k := a; k < j-1; k++ {
		if isTitleHead(lx, toks[k].Lower) || k < j-2 && k > a && f.roleWord(toks[k]) {
			h = k // a title, or a role noun ending one before a full name ("International Master Meera Rai")
		}
	}
	if h == a && h == i && j-h == 2 && f.afterKin(toks, i) {
		h = -1 // "his brother, Dean Farrant": a relative is named in full, not titled
	}
	if h >= 0 {
		r.title = strings.ToLower(s[toks[a].Start:toks[h].End])
		r.titleSp = Span{Start: toks[a].Start, End: toks[h].End}
		r.evidence = true
		a = h + 1
	}
	if a < j-1 && h < 0 && f.openingRole(toks, a) && !(a == i && j-a == 2 && f.afterKin(toks, i)) {
		a++ // "Pharmacist Rui Tavares": a role noun, capitalised to open the sentence
		r.evidence = true
	}
	if a < j-1 && lx.Is(lexicon.Honorifics, toks[a].Lower) {
		r.honor = bare(toks[a].Lower)
		r.evidence = true
		a++
	}
	if a >= j || j-a-f.particles(toks[a:j]) > 4 {
		return r, false // a name has four words at most, besides its particles ("Aukje Geertruida van der Wiel")
	}
	if f.thingNamed(toks, i, j) && r.title == "" && r.honor == "" {
		return r, false
	}
	if f.partOfThing(toks, i, j) && r.title == "" && r.honor == "" {
		r.name, r.org = toks[a:j:j], true
		return r, true
	}
	if r.title == "" && r.honor == "" && j-a >= 2 && f.thingAppositive(toks, j) {
		// "Montefusco Tessuti, the family-owned wool mill,": a firm
		// the apposition says is a thing.
		r.name = toks[a:j:j]
		r.org = true
		return r, true
	}
	r.name = toks[a:j:j] // the shared reading is read-only here: no copy
	if len(r.name) > 1 && (lx.Is(lexicon.OrgHeads, r.name[len(r.name)-1].Lower) || r.honor == "" && f.employerSlot(toks, i)) {
		r.org = true
		return r, true
	}
	for k, t := range r.name {
		if k == 0 && len(r.name) > 1 && r.evidence && monthNames[t.Lower] {
			continue // "Singer June Harlan": after a title or role, a month is a given name
		}
		if f.notName(t.Lower) || lx.Is(lexicon.OrgHeads, t.Lower) || lx.Is(lexicon.Honorifics, t.Lower) || isTitleHead(lx, t.Lower) && len(r.name) == 1 {
			return r, false
		}
	}
	if r.title == "" && r.honor == "" && len(r.name) >= 2 && a > 0 && (locative[toks[a-1].Lower] || f.placeOf(toks, a)) && !(j < len(toks) && toks[j].Tag == text.POS) {
		// "a queue outside Keszthelyi Pékség", "inside Casa Arrieta": a
		// name something stands in or outside of is a building or a
		// place; a person's stands there only as an owner ("outside Ana
		// Ruiz's house").
		r.article = true
		return r, true
	}
	if r.title == "" && r.honor == "" && a == i && f.foundedBefore(toks, i) {
		// "set up Wrona Budownictwo in 1994", "founded Okafor Textiles":
		// what a verb of founding brings into being is a body, not a
		// person, though it carries a family's name.
		r.article = true
		return r, true
	}
	if r.title == "" && r.honor == "" && a == i && i > 0 && toks[i-1].Lower == "the" {
		// "formed the Quinteto Valdivieso", "sailed on the Santa Lucia",
		// "trains on the Pohjanrata": a person's name takes no article
		// before it, a band's, a ship's, a railway's or a firm's does.
		r.article = true
		return r, true
	}
	if r.title == "" && r.honor == "" && len(r.name) >= 2 && f.datelinePlace(r.name) {
		// "BINH SON, Vietnam, 14 May 2026 — ... Born in Binh Son, the
		// daughter of ...": the dateline's place.
		return r, false
	}
	// A name of two or three plain words inside a sentence, not after a
	// preposition of place, is taken for a person's ("met Maria
	// Kowalczyk"); "in Abu Dhabi" is not.
	if len(r.name) >= 2 && len(r.name) <= 3 && a > 0 && i == a && !head {
		if p := toks[a-1]; p.Kind == text.Word && !p.Capitalized(s) && !places[p.Lower] {
			r.weak = true
		}
	}
	// Nor is one that opens a clause as the subject of a verb ("Mei Lin
	// runs the ferry line", "..., Emeka Okafor moved to Milan"), unless
	// the clause refers back to it as "its": "Nordvik Cables named
	// Teodora Valkonen as its chief executive" is a firm.
	if len(r.name) >= 2 && len(r.name) <= 3 && i == a && !head && opensClause(toks, a) && j < len(toks) {
		k := pastAdverbs(toks, j) // "Morag Strachan still opens the shop"
		if f.ledBy(toks, k) && r.title == "" && r.honor == "" {
			// "Stará Sladovna is led by Tereza Kolářová": a body.
			r.org = true
			return r, true
		}
		if n := toks[k]; n.Tag.IsFinite() {
			if !saying(f.lx, n) && itsSubject(toks, k) && r.title == "" && r.honor == "" {
				r.org = true
				return r, true
			}
			r.weak = true
		}
	}
	r.former = r.former || i > 0 && formerWords[toks[i-1].Lower]
	r.subject = f.lone(toks, a, j)
	r.evidence = r.evidence || f.personBefore(toks, i) || f.personAfter(toks, j) || r.subject || f.aged[toks[j-1].End]
	return r, true
}

// particles counts the name particles ("van", "der", "de") among ws.
func (f *finder) particles(ws []text.Token) int {
	n := 0
	for _, w := range ws {
		if f.lx.Is(lexicon.NameParticles, w.Lower) {
			n++
		}
	}
	return n
}

// thingNamed reports a name toks[i:j] that names the thing the common noun
// before it says it is ("the toy store F.A.O. Schwarz", "the tanker Sea
// Breeze", "the hotel Grand Vesta"): a noun of a thing that carries a
// name (an artifact), and no verb after the name whose subject
// it would be. "After the meeting Ana Ruiz said" names a person: a meeting
// carries no name.
func (f *finder) thingNamed(toks []text.Token, i, j int) bool {
	if i == 0 || j-i > 4 {
		return false
	}
	p := toks[i-1]
	if !(p.Tag == text.NN || p.Tag == text.NNS) || p.Capitalized(f.s) || f.lx.Is(lexicon.Titles, p.Lower) {
		return false // "Board chair Solveig Aarnes": an office, though a chair is first a seat
	}
	artifact := f.lx.ThingClass(p.Lemma) != ""
	if !artifact && !f.namingWork(toks, i) {
		return false
	}
	for j < len(toks) && toks[j].Tag.IsAdverb() {
		j++ // "the first loaf Chidi Nwosu ever sold": an adverb before the verb
	}
	if j >= len(toks) || !toks[j].Tag.IsFinite() {
		return true
	}
	if !artifact {
		return false // "After the meeting Ana Ruiz said": a verb after the name has her for its subject
	}
	// A verb follows: the name is its subject unless the noun phrase
	// stands after a preposition or a verb ("the crew of the tanker Sea
	// Breeze was rescued").
	k := i - 2
	for k >= 0 && (toks[k].Tag.IsAdjective() || toks[k].Tag == text.DT || toks[k].Tag == text.PRPS || toks[k].Tag.IsNoun() && !toks[k].Capitalized(f.s)) {
		k--
	}
	return k >= 0 && (toks[k].Tag == text.IN || toks[k].Tag.IsVerb())
}

// namingWork reports a noun at toks[i-1], heading a definite noun phrase,
// that names no person and no thing WordNet files as an artifact but a
// work or a body that carries a name: "the journal Crop Genetics Letters",
// "the newspaper Dagbladet", "the Buenos Aires label Sello Cardón". A
// person noun ("the pharmacist Ana Silva") or one a person may be ("the
// winner") is not.
func (f *finder) namingWork(toks []text.Token, i int) bool {
	if !f.definiteBefore(toks, i-1) {
		return false
	}
	l := toks[i-1].Lemma
	return f.lx.Known(l, lexicon.Noun) && !f.lx.PersonSense(l) && !f.lx.PersonNoun(l) && f.lx.EventClass(l) == ""
}

// definiteBefore reports "the" or an owner opening the noun phrase that
// toks[h] heads, past at most three modifiers: adjectives, nouns and the
// words of a place's name ("the small Córdoba label", "her new novel").
func (f *finder) definiteBefore(toks []text.Token, h int) bool {
	for k := h - 1; k >= 0 && k >= h-4; k-- {
		t := toks[k]
		switch {
		case t.Lower == "the" || t.Tag == text.PRPS || t.Tag == text.POS:
			return true // "the label Sello Cardón", "her novel Lantern Ferry", "the firm's app Kiosko"
		case t.Tag.IsAdjective() || t.Tag.IsNoun():
		default:
			return false
		}
	}
	return false
}

// partOfThing reports a name toks[i:j] after "the <part> of", where the
// noun names a part of an artifact ("the door of Solvang Bøker", "the
// kitchen of Casa Arrieta"): the whole it is a part of is a building, a
// place or a firm, not a person ("the bakery of Rui Lopes" is his), unless
// words after the name show one ("the office of Ana Silva, 45,").
func (f *finder) partOfThing(toks []text.Token, i, j int) bool {
	if i < 3 || toks[i-1].Lower != "of" || toks[i-3].Lower != "the" {
		return false
	}
	p := toks[i-2]
	return p.Tag == text.NN && !p.Capitalized(f.s) && f.lx.ThingClass(p.Lemma) == "part" && !f.personAfter(toks, j)
}

// formerWords mark a past office: "former Finance Minister Ana Ruiz", "the
// previous champion".
var formerWords = map[string]bool{"former": true, "ex": true, "then": true, "ex-": true, "then-": true, "late": true, "previous": true, "erstwhile": true, "onetime": true}

// personBefore reports a word before a name at toks[i] that shows it names
// a person: a role noun ("pharmacist Ana Silva") or one it stands in
// apposition to ("her predecessor, Fergal Walsh"), an age ("54-year-old
// Ana Ruiz"), a verb of saying ("said Ana Ruiz") or a reporting cue
// ("according to Ana Ruiz").
func (f *finder) personBefore(toks []text.Token, i int) bool {
	if i == 0 {
		return false
	}
	p := toks[i-1]
	if p.Lower == "," && i >= 2 && (f.roleNoun(toks[i-2]) || f.ownedRole(toks, i-2)) {
		return true // "Her predecessor, Fergal Walsh,": in apposition to a role
	}
	if p.Lower == "to" && i >= 2 && f.lx.Is(lexicon.ReportingCues, toks[i-2].Lower) {
		return true // "according to Achterbergh"
	}
	return f.roleNoun(p) || saying(f.lx, p) || strings.HasSuffix(p.Lower, "year-old") || f.afterLifePhrase(toks, i)
}

// ownedRole reports a noun at toks[k] with a sense that names a person
// and none that names a thing, heading a noun phrase its owner opens
// ("The firm's founder", "Its founder", "whose founder"): a role held in
// something, as an apposition after it shows.
func (f *finder) ownedRole(toks []text.Token, k int) bool {
	t := toks[k]
	if t.Kind != text.Word || t.Tag != text.NN || !f.lx.PersonSense(t.Lemma) || f.lx.ThingClass(t.Lemma) != "" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch p := toks[j]; {
		case p.Tag == text.PRPS || p.Tag == text.WPS || p.Tag == text.POS:
			return true
		case !p.Tag.IsAdjective() && p.Tag != text.NN:
			return false
		}
	}
	return false
}

// placeOf reports a name at toks[a] after "of" and a noun of a place
// ("the village of Stara Kłoda", "the town of Nowy Targ"): the place's
// name.
func (f *finder) placeOf(toks []text.Token, a int) bool {
	return a >= 2 && toks[a-1].Lower == "of" && toks[a-2].Tag == text.NN && f.lx.ContainerClass(toks[a-2].Lemma) == "location"
}

// afterLifePhrase reports a name at toks[i] just after the comma that ends
// a phrase opening the sentence with a participle of a life ("Born in 1980
// in Lyon, Moreau ...", "Raised in Porto and born in 1966, Duarte ...").
func (f *finder) afterLifePhrase(toks []text.Token, i int) bool {
	if i < 2 || i > maxFronted || toks[i-1].Lower != "," {
		return false
	}
	for _, t := range toks[:i-1] {
		if t.Tag.IsFinite() {
			return false
		}
		if f.lx.Is(lexicon.PersonParticiples, t.Lower) {
			return true
		}
	}
	return false
}

// personAfter reports words after a name ending before toks[j] that show it
// names a person: a verb of saying ("Ruiz said", "Ruiz's spokesman said"),
// an age in apposition ("Smith, 54,"), "who", a participle of a life
// ("Walsh, born in 1951,", "Okafor, raised in Lagos,"), or a noun of an
// event of a life it owns ("Berg's funeral").
func (f *finder) personAfter(toks []text.Token, j int) bool {
	if j >= len(toks) {
		return false
	}
	n := toks[j]
	if saying(f.lx, n) || n.Lower == "'s" && j+1 < len(toks) && saying(f.lx, toks[j+1]) {
		return true
	}
	if (n.Lower == "'s" || n.Lower == "’s") && j+1 < len(toks) && f.lx.Is(lexicon.LifeEventNouns, toks[j+1].Lemma) {
		return true // "Van der Berg's funeral": the possessor of an event of a life
	}
	if n.Lower == "," && j+2 < len(toks) && toks[j+1].Kind == text.Number && (toks[j+2].Lower == "," || toks[j+2].Lower == ".") {
		return true // "Smith, 54,"
	}
	if n.Lower == "," && f.apposition(toks, j) >= 0 {
		return true // "Rui Tavares, a pharmacist in Braga,"
	}
	if n.Lower == "," && f.leaderOf(toks, j+1) {
		return true // "Levan Kapanadze, head of the agency's office, said"
	}
	if n.Lower == "(" && j+3 < len(toks) && toks[j+1].Lower == "b" && toks[j+2].Lower == "." && toks[j+3].Kind == text.Number {
		return true // "Tigist Alemu (b. 1985)"
	}
	if (n.Lower == "and" || n.Lower == "or") && j+2 < len(toks) && toks[j+1].Tag == text.PRPS && f.kinAt(toks, j+2) != "" {
		return true // "had not charged Kalinowsky or his son": coordinated with a relative
	}
	return n.Lower == "," && j+1 < len(toks) && (toks[j+1].Lower == "who" || toks[j+1].Lower == "whose" || saying(f.lx, toks[j+1]) ||
		f.lx.Is(lexicon.PersonParticiples, toks[j+1].Lower))
}

// leaderOf reports a noun of leading a body at toks[k], past "the" or an
// adjective, with "of" after it: "head of the agency's office", "the
// chief of police".
func (f *finder) leaderOf(toks []text.Token, k int) bool {
	for ; k < len(toks) && (toks[k].Lower == "the" || toks[k].Tag.IsAdjective() && !toks[k].Capitalized(f.s)); k++ {
	}
	return k+1 < len(toks) && toks[k].Kind == text.Word && !toks[k].Capitalized(f.s) && f.lx.Is(lexicon.LeaderNouns, toks[k].Lower) && toks[k+1].Lower == "of"
}

// lone reports a surname alone (toks[a:j] one word, a proper noun) that
// is the subject of a verb: "..., Linn told the court",
// "Nowak resigned". It is evidence enough for a name one letter off a
// person's surname; on its own it makes nobody a person.
func (f *finder) lone(toks []text.Token, a, j int) bool {
	if j-a != 1 || j >= len(toks) || !toks[a].Tag.IsProper() {
		return false
	}
	n := toks[j]
	if n.Lower == "'s" && j+1 < len(toks) {
		return toks[j+1].Tag.IsNoun() // "Nowak's lawyer"
	}
	return toks[pastAdverbs(toks, j)].Tag.IsFinite() // "Pillarczyk still bakes the bread"
}

// pastAdverbs returns the index of the first word from toks[k] on that is
// no adverb, or the last word: the verb a subject's adverbs stand before
// ("still opens").
func pastAdverbs(toks []text.Token, k int) int {
	for k+1 < len(toks) && toks[k].Tag == text.RB {
		k++
	}
	return k
}

// openingRole reports a person noun that opens the sentence (or a quote)
// before a name, written with a capital because it opens it, whatever its
// tag: "Pharmacist Rui Tavares", "Volcanologist Sanna Aalto", "Founder
// Rania Khoury".
func (f *finder) openingRole(toks []text.Token, a int) bool {
	if a > 0 && toks[a-1].Kind != text.Punct {
		return false
	}
	t := toks[a]
	if t.Kind != text.Word || t.Tag.IsPlural() {
		return false
	}
	if f.personNoun(t.Lower) {
		return true
	}
	// "Founder Rania Khoury": a noun with a person among its senses, before
	// a name of two words at least ("Mason Greenwood" may be a name).
	return f.lx.PersonSense(t.Lower) && f.lx.ThingClass(t.Lower) == "" && a+2 < len(toks) &&
		toks[a+1].Capitalized(f.s) && toks[a+2].Capitalized(f.s) && toks[a+1].Kind == text.Word && toks[a+2].Kind == text.Word
}

// personNoun is lexicon.PersonNoun, each word looked up once per article.
func (f *finder) personNoun(lemma string) bool {
	v, ok := f.persons[lemma]
	if !ok {
		if f.persons == nil {
			f.persons = map[string]bool{}
		}
		v = f.lx.PersonNoun(lemma)
		f.persons[lemma] = v
	}
	return v
}

// roleAt reports a role noun at toks[k]: one that names a person in its
// first sense (see roleNoun), or, in a slot that takes a person, one that
// names a person in any sense and no physical thing: after an age ("the
// 44-year-old principal") or as the predicate of a copula or a verb of
// appointment ("has been the school's principal", "was named head").
func (f *finder) roleAt(toks []text.Token, k int) bool {
	t := toks[k]
	if f.roleNoun(t) {
		return true
	}
	if k > 0 && strings.HasSuffix(toks[k-1].Lower, "year-old") && t.Kind == text.Word && t.Capitalized(f.s) && f.lx.Is(lexicon.Demonyms, t.Lower) {
		return true // "the 36-year-old Estonian": a nationality after an age names a person
	}
	if t.Kind != text.Word || t.Tag != text.NN || !f.lx.PersonSense(t.Lemma) || f.lx.ThingClass(t.Lemma) != "" {
		return false
	}
	if k > 0 && strings.HasSuffix(toks[k-1].Lower, "year-old") {
		return true
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		switch p := toks[j]; {
		case p.Tag == text.DT || p.Tag == text.PRPS || p.Tag == text.POS || p.Tag.IsAdjective() || p.Tag == text.NN || p.Tag == text.NNP:
			continue
		case p.Tag.IsVerb() && (p.Lemma == "be" || p.Lemma == "become" || f.lx.Is(lexicon.AppointmentVerbs, p.Lemma)):
			return true
		}
		return false
	}
	return false
}

// roleNoun reports a singular common noun that names a person in its first
// sense: "pharmacist", "foreman", "mayor".
func (f *finder) roleNoun(t text.Token) bool {
	return t.Kind == text.Word && (t.Tag == text.NN || t.Tag == text.None) && f.personNoun(t.Lemma) &&
		!f.lx.Is(lexicon.IndefinitePronouns, t.Lower) && !f.lx.Is(lexicon.Auxiliaries, t.Lower) // not "have" read as a noun ("the haves")
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

// opensClause reports whether toks[a] opens a clause: the sentence's first
// word, or one after a comma, a semicolon, a colon or a dash (the dash
// that ends a dateline: "LISBON, March 3, 2026 — Ana Ruiz won ...").
func opensClause(toks []text.Token, a int) bool {
	if a == 0 {
		return true
	}
	switch toks[a-1].Lower {
	case ",", ";", ":", "—", "–", "-", "--":
		return true
	}
	return false
}

// roleWord reports a capitalised noun of a person's role ("Master",
// "Warden") that may end a title written before a full name.
func (f *finder) roleWord(t text.Token) bool {
	return t.Tag.IsNoun() && f.lx.PersonNoun(t.Lemma) && !f.lx.Is(lexicon.Kinship, t.Lemma)
}

// functionWord reports a capitalised word the tagger reads as a
// conjunction, preposition or determiner ("Though", "Unless", "Every"),
// never the start of a name, unless it is a name particle ("De Souza").
func (f *finder) functionWord(t text.Token) bool {
	switch t.Tag {
	case text.IN, text.CC, text.DT, text.WRB, text.WDT:
		return !f.lx.Is(lexicon.NameParticles, t.Lower)
	}
	return false
}

// employerSlot reports a name that stands where a role's employer does:
// after "with" or "at" following a role noun ("an analyst with Dean
// Witter Reynolds", "a professor at Kestria Polytechnic").
func (f *finder) employerSlot(toks []text.Token, i int) bool {
	if i >= 2 && toks[i-1].Lower == "of" && toks[i-2].Tag.IsNoun() && f.lx.Is(lexicon.LeaderNouns, toks[i-2].Lemma) {
		return true // "the owner of Forno Montefusco": what the owner owns
	}
	if i < 2 || toks[i-1].Lower != "with" && toks[i-1].Lower != "at" {
		return false
	}
	return f.roleNoun(toks[i-2])
}

// itsSubject reports a clause whose verb, at toks[j], is followed within
// the clause by "its" before any personal possessive: the clause speaks
// of its subject as a thing ("named Teodora Valkonen as its chief
// executive", "cut its forecast"). After a linking verb "its" owns the
// predicate, which names the subject, so it is someone else's: "Ivo Lund
// was its first coach", "has been its chairman since 2010".
func itsSubject(toks []text.Token, j int) bool {
	if linking(toks[j]) {
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+10; k++ {
		if toks[k].Tag.IsFinite() {
			return false // another clause: "said the troupe would hold its"
		}
		if linking(toks[k]) {
			return false
		}
		switch toks[k].Lower {
		case "its":
			return true
		case "his", "her", "their", ",", ";", ".", "who", "which", "that", "and":
			return false
		}
	}
	return false
}

// afterKin reports a run at toks[i] right after a noun of kinship, with or
// without a comma ("his brother, Dean Farrant", "her son Major").
func (f *finder) afterKin(toks []text.Token, i int) bool {
	k := i - 1
	if k >= 0 && toks[k].Lower == "," {
		k--
	}
	return k >= 0 && f.kinAt(toks, k) != ""
}

// thingAppositive reports an apposition after a name, at toks[j], whose
// head is a thing's noun, not a person's: "Montefusco Tessuti, the
// family-owned wool mill, said".
func (f *finder) thingAppositive(toks []text.Token, j int) bool {
	if j+2 >= len(toks) || toks[j].Lower != "," || toks[j+1].Tag != text.DT {
		return false
	}
	head := -1
	for k := j + 2; k < len(toks) && k <= j+7; k++ {
		t := toks[k]
		if t.Tag == text.NN || t.Tag == text.NNS {
			head = k
			continue
		}
		if t.Tag.IsAdjective() || t.Tag == text.HYPH || t.Tag == text.VBN || t.Tag == text.JJ {
			continue
		}
		if t.Tag == text.POS || t.Tag.IsProper() {
			head = -1 // a possessor or a name before the head: "the yard's foreman"
			continue
		}
		break
	}
	if head < 0 || head+1 < len(toks) && toks[head+1].Tag == text.IN && toks[head+1].Lower == "of" {
		return false // "the head of", "a member of": a role phrase
	}
	l := toks[head].Lemma
	return f.lx.Known(l, lexicon.Noun) && !f.lx.PersonSense(l)
}

// ledBy reports a passive of a verb of leading or owning at toks[k], its
// agent after "by": "is led by", "was founded by", "is run by".
func (f *finder) ledBy(toks []text.Token, k int) bool {
	if k+2 >= len(toks) || toks[k].Lemma != "be" {
		return false
	}
	v := toks[k+1]
	return v.Tag == text.VBN && (f.lx.Is(lexicon.LeadingVerbs, v.Lemma) || f.lx.Is(lexicon.HoldingVerbs, v.Lemma)) && toks[k+2].Lower == "by"
}
