package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
)

// WordNet's lexicographer files used here (lexnames).
const (
	nounAct        = 4
	nounEvent      = 11
	nounGroup      = 14
	nounLocation   = 15
	nounPerson     = 18
	nounPhenomenon = 19
	nounProcess    = 22
)

var eventClasses = map[int]string{nounAct: "act", nounEvent: "event", nounProcess: "process"}

// thingClasses are the classes of nouns whose things carry proper names of
// their own: "the tanker Sea Breeze", "the store F.A.O. Schwarz". (Works
// and groups do too, but their classes also hold "meeting" and
// "interview", after which a name starts a clause.)
var thingClasses = map[int]string{6: "artifact", 17: "object"}

// nounClasses names WordNet's noun lexicographer files by number.
var nounClasses = map[int]string{
	3: "tops", 4: "act", 5: "animal", 6: "artifact", 7: "attribute", 8: "body", 9: "cognition",
	10: "communication", 11: "event", 12: "feeling", 13: "food", 14: "group", 15: "location",
	16: "motive", 17: "object", 18: "person", 19: "phenomenon", 20: "plant", 21: "possession",
	22: "process", 23: "quantity", 24: "relation", 25: "shape", 26: "state", 27: "substance",
	28: "time",
}

func run(dir, out string) error {
	d, err := load(dir)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	exc, err := exceptions(dir)
	if err != nil {
		return err
	}
	tables := []struct {
		name string
		rows []string
	}{
		{"lemmas.tsv", lemmaRows(d)},
		{"person.tsv", personRows(d)},
		{"event.tsv", firstSenseRows(d, d.eventClass)},
		{"act-sense.tsv", laterActRows(d)},
		{"container.tsv", containerRows(d)},
		{"thing.tsv", firstSenseRows(d, d.thingClass)},
		{"nominal.tsv", nominalRows(d)},
		{"synonym-nominal.tsv", synonymNominalRows(d)},
		{"event-kin.tsv", kinRows(d)},
		{"person-kin.tsv", personKinRows(d)},
		{"thing-kin.tsv", thingKinRows(d)},
		{"person-suffixes.tsv", personSuffixRows(d)},
		{"exceptions.tsv", exc},
	}
	for _, t := range tables {
		if err := write(filepath.Join(out, t.name), t.rows); err != nil {
			return err
		}
	}
	return writeLicence(dir, out)
}

// writeLicence copies WordNet's licence, as its index files carry it, to
// LICENSE-WordNet beside the tables.
func writeLicence(dir, out string) error {
	raw, err := os.ReadFile(filepath.Join(dir, "index.noun"))
	if err != nil {
		return err
	}
	var b strings.Builder
	b.WriteString("The tables in this folder are generated from WordNet 3.0, under this licence:\n\n")
	for _, line := range strings.Split(string(raw), "\n") {
		f := strings.Fields(line)
		if !strings.HasPrefix(line, "  ") || len(f) == 0 {
			break
		}
		b.WriteString(strings.Join(f[1:], " ") + "\n")
	}
	return os.WriteFile(filepath.Join(out, "LICENSE-WordNet"), []byte(b.String()), 0o644)
}

// lemmaRows lists every single-word lemma with the parts of speech WordNet
// knows it as a common word: "abandon\tnv"; "putin", a name only, is not
// listed.
func lemmaRows(d *db) []string {
	pos := map[string][]byte{}
	for _, p := range []byte("nvar") {
		for lemma, offs := range d.senses[p] {
			if single(lemma) && d.commonIn(p, lemma, offs) {
				pos[lemma] = append(pos[lemma], p)
			}
		}
	}
	rows := make([]string, 0, len(pos))
	for lemma, ps := range pos {
		rows = append(rows, lemma+"\t"+string(ps))
	}
	return rows
}

// personRows lists the nouns that name a person: "person" when that is
// their first (most frequent) sense ("pharmacist"), "sense" when only a
// later one does ("principal", whose first sense is a sum of money): in a
// slot that takes a person ("the 44-year-old principal") it names one.
func personRows(d *db) []string {
	var rows []string
	for lemma, offs := range d.senses['n'] {
		if !single(lemma) || len(offs) == 0 {
			continue
		}
		if s := d.synsets['n'][offs[0]]; s != nil && s.common(lemma) && s.lexfile == nounPerson {
			rows = append(rows, lemma+"\tperson")
			continue
		}
		for _, off := range offs[1:] {
			if s := d.synsets['n'][off]; s != nil && s.common(lemma) && s.lexfile == nounPerson {
				rows = append(rows, lemma+"\tsense")
				break
			}
		}
	}
	return rows
}

// naturalEvents are the synsets of the natural phenomena news reports as
// dated events, each with the kinds below it: a flood (inundation,
// deluge, flash flood), a storm (hurricane, blizzard, tornado, typhoon)
// and a heat wave. Other phenomena (rain, wind, a deposit, gravity) are
// states or things, not events with a date of their own.
var naturalEvents = []string{"11454591", "11462526", "11472612"}

// eventClass returns the event class of a synset: its lexicographer file's
// (act, event, process), or "event" for a natural phenomenon that is or
// falls under one of naturalEvents; "" for others.
func (d *db) eventClass(s *synset) string {
	if c := eventClasses[s.lexfile]; c != "" {
		return c
	}
	if s.lexfile == nounPhenomenon && d.under(s, naturalEvents) {
		return "event"
	}
	return ""
}

// depictions are the roots of the artifacts that render someone or
// something (representation: a portrait, a statue, a photograph): "a
// portrait of Ana Ruiz" names a person, "the door of Casa Arrieta" a place.
var depictions = []string{"03129123"}

// thingClass returns the thing class of noun synset s: "depiction" for a
// rendering of someone, else its lexicographer file's thing class.
func (d *db) thingClass(s *synset) string {
	c := thingClasses[s.lexfile]
	switch {
	case c == "artifact" && d.under(s, depictions):
		return "depiction"
	case c == "artifact" && s.part:
		return "part"
	}
	return c
}

// under reports whether noun synset s is one of roots or has one among
// its hypernyms, however far up.
func (d *db) under(s *synset, roots []string) bool {
	for _, r := range roots {
		if d.synsets['n'][r] == s {
			return true
		}
	}
	seen := map[string]bool{}
	todo := append([]string(nil), s.hypers...)
	for len(todo) > 0 {
		off := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		if seen[off] {
			continue
		}
		seen[off] = true
		for _, r := range roots {
			if off == r {
				return true
			}
		}
		if h := d.synsets['n'][off]; h != nil {
			todo = append(todo, h.hypers...)
		}
	}
	return false
}

// firstSenseRows lists the nouns whose first (most frequent) sense class
// names: "pharmacist\tperson", "inspection\tact".
// laterActRows lists the nouns whose first sense names no act or event but
// a later one does, with that later sense's class: "audit" is first an
// audited account, then an inspection of accounts (act). An ordinal or a
// date before such a noun picks its act ("the third audit").
func laterActRows(d *db) []string {
	var rows []string
	for lemma, offs := range d.senses['n'] {
		if !single(lemma) || len(offs) < 2 {
			continue
		}
		s := d.synsets['n'][offs[0]]
		if s == nil || !s.common(lemma) || d.eventClass(s) != "" || s.lexfile == nounPerson {
			continue
		}
		for _, off := range offs[1:] {
			if t := d.synsets['n'][off]; t != nil && t.common(lemma) {
				if c := d.eventClass(t); c != "" {
					rows = append(rows, lemma+"\t"+c)
					break
				}
			}
		}
	}
	return rows
}

func firstSenseRows(d *db, class func(s *synset) string) []string {
	var rows []string
	for lemma, offs := range d.senses['n'] {
		if !single(lemma) || len(offs) == 0 {
			continue
		}
		s := d.synsets['n'][offs[0]]
		if s == nil || !s.common(lemma) {
			continue
		}
		if c := class(s); c != "" {
			rows = append(rows, lemma+"\t"+c)
		}
	}
	return rows
}

// personSuffixRows lists the endings that mark a noun as naming a person
// (agent nouns: "-ologist", "-ician"): of the nouns WordNet knows with
// that ending, at least minSuffixNouns exist and minSuffixShare name a
// person in their first sense. An ending already implied by a shorter one
// listed is left out. The lexicon uses them for nouns WordNet lacks
// ("volcanologist", "midfielder").
func personSuffixRows(d *db) []string {
	const minSuffixNouns, minSuffixShare = 12, 0.92
	total, person := map[string]int{}, map[string]int{}
	for lemma, offs := range d.senses['n'] {
		if !single(lemma) || len(offs) == 0 {
			continue
		}
		s := d.synsets['n'][offs[0]]
		if s == nil || !s.common(lemma) {
			continue
		}
		isPerson := s.lexfile == nounPerson
		for n := 4; n <= 8 && n < len(lemma)-1; n++ {
			suf := lemma[len(lemma)-n:]
			total[suf]++
			if isPerson {
				person[suf]++
			}
		}
	}
	var good []string
	for suf, n := range total {
		if n >= minSuffixNouns && float64(person[suf]) >= minSuffixShare*float64(n) {
			good = append(good, suf)
		}
	}
	var rows []string
	for _, suf := range good {
		implied := false
		for _, o := range good {
			if len(o) < len(suf) && strings.HasSuffix(suf, o) {
				implied = true
			}
		}
		if !implied {
			rows = append(rows, suf)
		}
	}
	return rows
}

// containerRows lists the nouns that name a place in one of their two
// most frequent senses ("town", "village", "district"), as "location",
// and the other nouns whose first sense names a group ("team",
// "delegation"), as "group".
func containerRows(d *db) []string {
	var rows []string
	for lemma, offs := range d.senses['n'] {
		if !single(lemma) || len(offs) == 0 {
			continue
		}
		class := ""
		for i, off := range offs[:min(2, len(offs))] {
			s := d.synsets['n'][off]
			if s == nil || !s.common(lemma) {
				continue
			}
			if s.lexfile == nounLocation {
				class = "location"
				break
			}
			if i == 0 && s.lexfile == nounGroup {
				class = "group"
			}
		}
		if class != "" {
			rows = append(rows, lemma+"\t"+class)
		}
	}
	return rows
}

// nominalRows lists the nouns derived from each verb with the class of the
// derived sense: "resign\tresignation\tcommunication",
// "inspect\tinspection\tact", "inspect\tinspector\tperson".
func nominalRows(d *db) []string {
	seen := map[string]bool{}
	var rows []string
	for _, v := range d.synsets['v'] {
		for _, p := range v.derivs {
			if p.pos != 'n' || p.src < 1 || p.src > len(v.words) {
				continue
			}
			n := d.synsets['n'][p.offset]
			if n == nil || p.dst < 1 || p.dst > len(n.words) {
				continue
			}
			class := nounClasses[n.lexfile]
			verb, noun := v.words[p.src-1], n.words[p.dst-1]
			if n.act && noun != verb {
				// WordNet files some acts elsewhere: "resignation, the act
				// of giving up (a claim or office ...)" under communication.
				// (A noun the verb's own form, "notice", stays as filed.)
				class = "act"
			}
			if class == "" || !single(verb) || !single(noun) {
				continue
			}
			row := verb + "\t" + noun + "\t" + class
			if !seen[row] {
				seen[row] = true
				rows = append(rows, row)
			}
		}
	}
	return rows
}

// synonymNominalRows lists, for each single-word verb, the act nouns
// derived from the other words of its first sense's synset, which its
// own derivations lack: "shut\tclosure" (shut and close are one sense,
// and closure is close's act), "meet\tencounter". A verb and a noun of
// another word name one act only through such a synonym.
func synonymNominalRows(d *db) []string {
	var rows []string
	for lemma, offs := range d.senses['v'] {
		if !single(lemma) || len(offs) == 0 {
			continue
		}
		s := d.synsets['v'][offs[0]]
		if s == nil {
			continue
		}
		own := map[string]bool{}
		for _, p := range s.derivs {
			if p.pos == 'n' && p.src >= 1 && p.src <= len(s.words) && s.words[p.src-1] == lemma {
				if n := d.synsets['n'][p.offset]; n != nil && p.dst >= 1 && p.dst <= len(n.words) {
					own[n.words[p.dst-1]] = true
				}
			}
		}
		for _, p := range s.derivs {
			if p.pos != 'n' || p.src < 1 || p.src > len(s.words) || s.words[p.src-1] == lemma {
				continue
			}
			n := d.synsets['n'][p.offset]
			if n == nil || p.dst < 1 || p.dst > len(n.words) {
				continue
			}
			noun := n.words[p.dst-1]
			if own[noun] || !single(noun) || noun == lemma || nounClasses[n.lexfile] != "act" && nounClasses[n.lexfile] != "event" && !n.act {
				continue
			}
			rows = append(rows, lemma+"\t"+noun)
		}
	}
	return rows
}

// kinRows lists, for each event noun (first sense an act, event or
// process), the other event nouns that name the same event: those whose
// first sense is the same synset ("walkout" and "strike" are not; "murder"
// and "slaying" are), and those whose first sense is its direct hypernym
// ("assassination\tmurder", "walkout\tstrike"): "murder\tslaying
// execution"... A hypernym names the same event more generally; two nouns
// under one hypernym ("raid", "ambush") are not listed as kin.
func kinRows(d *db) []string {
	return nounKinRows(d, func(lexfile int) bool { return eventClasses[lexfile] != "" })
}

// personKinRows lists, in the same way, for each noun whose first sense
// names a person, the nouns that name the same people, as synonyms or
// more generally ("researcher\tinvestigator scientist"): a count of one
// restated by the other counts the same people.
func personKinRows(d *db) []string {
	return nounKinRows(d, func(lexfile int) bool { return lexfile == nounPerson })
}

// thingKinRows lists, in the same way, for each noun whose first sense
// names a made thing (WordNet's artifacts), the nouns that name the same
// things, as synonyms or more generally ("ship\tvessel"): "38 container
// ships" ... "the 33 vessels" counts them again.
//
// A kin word may have this sense second ("vessel", first a blood vessel):
// copy that counts ships calls them vessels.
func thingKinRows(d *db) []string {
	return nounKinRowsRank(d, func(lexfile int) bool { return lexfile == 6 }, 2)
}

// nounKinRows lists the kin of each single-word noun whose first sense is
// in a lexicon file in: its first sense's other words, and the words of
// its direct hypernyms in such a file, each when that is their first
// sense.
func nounKinRows(d *db, in func(lexfile int) bool) []string {
	return nounKinRowsRank(d, in, 1)
}

// nounKinRowsRank is nounKinRows with kin words taken whose sense is
// among their first rank senses.
func nounKinRowsRank(d *db, in func(lexfile int) bool, rank int) []string {
	var rows []string
	for lemma, offs := range d.senses['n'] {
		if !single(lemma) || len(offs) == 0 {
			continue
		}
		s := d.synsets['n'][offs[0]]
		if s == nil || !s.common(lemma) || !in(s.lexfile) {
			continue
		}
		var kin []string
		add := func(off string) {
			for _, w := range d.synsets['n'][off].words {
				if w != lemma && single(w) && d.senseRank(w, off) < rank && !slices.Contains(kin, w) {
					kin = append(kin, w)
				}
			}
		}
		add(offs[0])
		for _, h := range s.hypers {
			if hs := d.synsets['n'][h]; hs != nil && in(hs.lexfile) {
				add(h)
			}
		}
		if len(kin) > 0 {
			sort.Strings(kin)
			rows = append(rows, lemma+"\t"+strings.Join(kin, " "))
		}
	}
	return rows
}

// senseRank returns the place of synset off among the senses of noun w
// (0 for its first), or a large number when w has no such sense or is no
// common noun there.
func (d *db) senseRank(w, off string) int {
	for i, o := range d.senses['n'][w] {
		if o == off {
			if s := d.synsets['n'][o]; s != nil && s.common(w) {
				return i
			}
			break
		}
	}
	return 1 << 20
}

// firstSense returns the offset of the first sense of noun w, or "".
func (d *db) firstSense(w string) string {
	if offs := d.senses['n'][w]; len(offs) > 0 {
		if s := d.synsets['n'][offs[0]]; s != nil && s.common(w) {
			return offs[0]
		}
	}
	return ""
}

// exceptions lists WordNet's irregular inflections: "went\tgo\tv".
func exceptions(dir string) ([]string, error) {
	var rows []string
	for _, p := range []byte("nvar") {
		err := lines(filepath.Join(dir, posFiles[p]+".exc"), func(line string) error {
			f := strings.Fields(line)
			if len(f) < 2 {
				return fmt.Errorf("short exception line")
			}
			if single(f[0]) && single(f[1]) {
				rows = append(rows, f[0]+"\t"+f[1]+"\t"+string(p))
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return rows, nil
}

// write sorts rows and writes them, one a line, under a header naming the
// source.
func write(path string, rows []string) error {
	sort.Strings(rows)
	rows = dedupe(rows)
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	fmt.Fprintf(w, "# Generated from WordNet 3.0 by checker/lexicon/internal/wngen; do not edit. Licence: LICENSE-WordNet.\n")
	for _, r := range rows {
		fmt.Fprintln(w, r)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func dedupe(rows []string) []string {
	out := rows[:0]
	for i, r := range rows {
		if i == 0 || r != rows[i-1] {
			out = append(out, r)
		}
	}
	return out
}
