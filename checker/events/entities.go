package events

import "strings"

// person is someone the article names.
type person struct {
	name        string // "Vladimir Putin"
	surname     string // "Putin"
	nationality string // "Russia", from "Russian President ..."
	role        string // "president"
}

// entity is one mention of a person or a place in a sentence.
type entity struct {
	start, end int
	person     bool
	name       string // canonical: the person's full name or the country
	poss       bool   // possessive: "Xi's invitation", "his visit"
	afterPrep  bool   // object of a preposition: "with Xi", "in China"
	via        string // how a description or pronoun was resolved: "the Russian leader → Vladimir Putin"
}

// world is what the article has established so far: the people named and
// the last country named, for resolving "the Russian leader", "he" and "the
// country" to the most recent compatible mention.
type world struct {
	people      []person
	lastPerson  string
	lastCountry string
}

func (w *world) find(name string) *person {
	for i := len(w.people) - 1; i >= 0; i-- {
		p := &w.people[i]
		if p.name == name || p.surname == name {
			return p
		}
	}
	return nil
}

// describe resolves "the Russian leader", "the president" to the most
// recent person whose nationality and role fit.
func (w *world) describe(nationality, role string) *person {
	for i := len(w.people) - 1; i >= 0; i-- {
		p := &w.people[i]
		if nationality != "" && p.nationality != nationality {
			continue
		}
		if role != "" && role != "leader" && p.role != role {
			continue
		}
		return p
	}
	return nil
}

var prepositions = map[string]bool{
	"with": true, "by": true, "to": true, "from": true, "in": true, "of": true, "for": true, "at": true,
	"on": true, "between": true, "among": true, "against": true, "toward": true, "towards": true, "about": true,
}

var determiners = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true, "its": true, "their": true}

// entities finds the people and countries a sentence mentions, resolving
// descriptions and pronouns against w, and updates w.
func (w *world) entities(toks []token) []entity {
	var out []entity
	nationality, role := "", ""
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !t.word {
			if !(t.lower == "," && role != "" && i > 0 && titles[toks[i-1].lower]) {
				nationality, role = "", ""
			}
			continue
		}
		afterPrep := i > 0 && prepositions[toks[i-1].lower]
		if personPronouns[t.lower] {
			if e, ok := w.pronoun(toks, i, out, afterPrep); ok {
				out = append(out, e)
			}
			nationality, role = "", ""
			continue
		}
		if t.lower == "the" {
			nationality, role = "", ""
			continue
		}
		if !t.cap {
			if titles[t.lower] {
				role = t.lower
				// "the Russian leader", "the president": a description.
				// "the foreign minister, Helen Price": an appositive name.
				if i+2 < len(toks) && toks[i+1].lower == "," && toks[i+2].word && toks[i+2].cap {
					continue
				}
				if i+1 >= len(toks) || !toks[i+1].cap {
					if i > 0 && demonyms[toks[i-1].text] != "" {
						nationality = demonyms[toks[i-1].text]
					}
					if i > 0 && (toks[i-1].lower == "the" || demonyms[toks[i-1].text] != "") {
						if p := w.describe(nationality, role); p != nil {
							start := toks[i].start
							for k := i - 1; k >= 0 && k >= i-2; k-- {
								if toks[k].lower == "the" || demonyms[toks[k].text] != "" {
									start = toks[k].start
								}
							}
							out = append(out, entity{start: start, end: t.end, person: true, name: p.name, poss: t.poss,
								afterPrep: afterPrep, via: "“" + strings.TrimSpace(joinTokens(toks, start, t.end)) + "” → " + p.name})
						}
					}
					nationality, role = "", ""
				}
				continue
			}
			if t.lower == "country" && i > 0 && toks[i-1].lower == "the" && w.lastCountry != "" {
				out = append(out, entity{start: toks[i-1].start, end: t.end, name: w.lastCountry, poss: t.poss,
					afterPrep: i > 1 && prepositions[toks[i-2].lower], via: "“the country” → " + w.lastCountry})
			}
			nationality, role = "", ""
			continue
		}
		// A run of capitalised words.
		j := i
		for j < len(toks) && toks[j].word && toks[j].cap && !toks[j-boolInt(j > i)].poss {
			j++
		}
		if j == i {
			j = i + 1
		}
		i = w.capRun(toks, i, j, &nationality, &role, afterPrep, &out) - 1
	}
	for _, e := range out {
		if e.person && !e.poss && !e.afterPrep {
			w.lastPerson = e.name
		}
	}
	return out
}

// capRun reads the capitalised words toks[i:j] and returns where it stopped.
func (w *world) capRun(toks []token, i, j int, nationality, role *string, afterPrep bool, out *[]entity) int {
	// Leading nationality and title words: "Russian President Vladimir Putin".
	k := i
	for k < j {
		if c := demonyms[toks[k].text]; c != "" {
			*nationality = c
			k++
			continue
		}
		if titles[toks[k].lower] {
			*role = toks[k].lower
			k++
			continue
		}
		if titleMods[toks[k].lower] && k+1 < j && (titles[toks[k+1].lower] || titleMods[toks[k+1].lower]) {
			k++
			continue
		}
		break
	}
	if k == j {
		return j
	}
	// Countries, possibly several words long: "United States", "South Korea".
	for n := min(3, j-k); n >= 1; n-- {
		name := joinTokens(toks, toks[k].start, toks[k+n-1].end)
		if c, ok := countries[name]; ok {
			*out = append(*out, entity{start: toks[k].start, end: toks[k+n-1].end, name: c, poss: toks[k+n-1].poss, afterPrep: afterPrep})
			w.lastCountry = c
			return k + n
		}
	}
	nameToks := toks[k:j]
	if len(nameToks) > 3 {
		nameToks = nameToks[:3]
	}
	full := joinTokens(toks, nameToks[0].start, nameToks[len(nameToks)-1].end)
	last := nameToks[len(nameToks)-1]
	ent := entity{start: nameToks[0].start, end: last.end, person: true, poss: last.poss, afterPrep: afterPrep}
	switch p := w.find(full); {
	case p != nil:
		ent.name = p.name
	case *role != "" || *nationality != "":
		if stopNames[nameToks[0].lower] {
			return k + 1
		}
		w.people = append(w.people, person{name: full, surname: last.text, nationality: *nationality, role: *role})
		ent.name = full
	default:
		if p := w.find(nameToks[0].text); p != nil && len(nameToks) == 1 {
			ent.name = p.name
		} else if len(nameToks) == 2 && k+2 < len(toks) && speechVerbs[toks[k+2].lower] && !stopNames[nameToks[0].lower] &&
			!companySuffixes[last.lower] {
			w.people = append(w.people, person{name: full, surname: last.text})
			ent.name = full
		} else {
			return k + len(nameToks)
		}
	}
	*nationality, *role = "", ""
	*out = append(*out, ent)
	return k + len(nameToks)
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

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// companySuffixes end a company's name, not a person's: "CNW Corp. said".
var companySuffixes = map[string]bool{
	"corp.": true, "corp": true, "inc.": true, "inc": true, "co.": true, "ltd.": true, "ltd": true, "llc": true, "plc": true,
}

// speechVerbs after an unknown two-word name make it a person's: "Helen
// Price said".
var speechVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "added": true, "wrote": true, "announced": true, "argued": true,
}

// pronoun resolves "he", "she", "his", "her" or "him" at toks[i] to the
// nearest preceding subject of the sentence, else the last one before it.
func (w *world) pronoun(toks []token, i int, out []entity, afterPrep bool) (entity, bool) {
	t := toks[i]
	name := w.lastPerson
	for k := len(out) - 1; k >= 0; k-- {
		if out[k].person && !out[k].poss && !out[k].afterPrep {
			name = out[k].name
			break
		}
	}
	if name == "" {
		return entity{}, false
	}
	poss := t.lower == "his" || t.lower == "her" && i+1 < len(toks) && toks[i+1].word
	return entity{start: t.start, end: t.end, person: true, name: name, poss: poss,
		afterPrep: afterPrep, via: "“" + t.text + "” → " + name}, true
}
