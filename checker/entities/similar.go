package entities

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/checker/lexicon"
)

// person returns the person a full name refers to, or -1 for a new one. A
// name that nearly matches one already given (same given name and a
// surname one or two letters off, or the reverse) in another sentence is
// that person, spelled differently: spelled is then the spelling it
// differs from. sents[id] lists the sentences that name person id.
func (a *Analysis) person(given, surname string, si int, bySurname map[string][]int, sents map[int][]int) (id int, spelled string) {
	lg, ls := strings.ToLower(given), strings.ToLower(surname)
	for _, id := range bySurname[ls] {
		if g := a.People[id].Given; strings.EqualFold(g, given) || initialsOf(g, given) || initialsOf(given, g) {
			return id, ""
		}
	}
	for id := range a.People {
		p := &a.People[id]
		if slices.Contains(sents[id], si) {
			continue // two similar names in one sentence are two people
		}
		// Most people share neither name: they are passed over without
		// writing their names in lower case.
		sameGiven, sameSurname := lowerEqual(p.Given, lg), lowerEqual(p.Surname, ls)
		if !sameGiven && !sameSurname && given != "" && (initialsOf(p.Given, given) || initialsOf(given, p.Given)) {
			// "Joseph M. Wekesa" ... "J.M. Wekessa": the given names by
			// their initials are the same given names.
			sameGiven = true
		}
		if !sameGiven && !sameSurname {
			if given != "" && len(bySurname[ls]) == 0 && lowerEqual(innerName(*p), lg) && near(strings.ToLower(p.Surname), ls, true) && len(bySurname[strings.ToLower(p.Surname)]) == 1 {
				// "Rania Abu Zeid" ... "Abu Zaid": the last two words of
				// her name, the second misspelt, when no one has that
				// surname and no one else hers (not "Ben Saleh" among
				// four people named Ben Salem).
				return id, p.Surname
			}
			continue
		}
		pg, ps := strings.ToLower(p.Given), strings.ToLower(p.Surname)
		if sameGiven && (near(ps, ls, true) || endAdded(ps, ls)) {
			return id, p.Surname
		}
		if sameSurname && near(pg, lg, false) {
			return id, p.Given
		}
	}
	return -1, ""
}

// lowerEqual reports whether strings.ToLower(s) == lower, without
// building the lower case of an ASCII s.
func lowerEqual(s, lower string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return strings.ToLower(s) == lower // may change length
		}
	}
	if len(s) != len(lower) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}

// lowerFirst returns the first byte of strings.ToLower(s) for an s that
// starts with an ASCII byte, and ok false otherwise.
func lowerFirst(s string) (c byte, ok bool) {
	if s == "" || s[0] >= utf8.RuneSelf {
		return 0, false
	}
	c = s[0]
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	return c, true
}

// initialsOf reports whether short writes the given names full by their
// initials ("H.B." or "H. B." for "Halima B." or "Halima", "J." for
// "James").
func initialsOf(full, short string) bool {
	var letters []byte
	for _, r := range strings.ReplaceAll(short, " ", "") {
		switch {
		case r == '.':
		case r >= 'A' && r <= 'Z':
			letters = append(letters, byte(r))
		default:
			return false
		}
	}
	words := strings.Fields(full)
	if len(letters) == 0 || len(words) == 0 || !strings.Contains(short, ".") {
		return false
	}
	// A middle name may be given by its initial alone in the full form
	// ("Halima Nwosu" and "H.B. Nwosu"): the letters both give must agree.
	for i := 0; i < len(letters) && i < len(words); i++ {
		if words[i][0] != letters[i] {
			return false
		}
	}
	return true
}

// nearSurname returns the one person whose surname w nearly matches. A
// surname alone may be short ("Linn" for "Lin"): the caller has made sure
// no person of that surname was introduced. When relatives share the
// surname it nearly matches ("Dr. Folasade Oyelaran", "her brother, Kunle
// Oyelaran" ... "Dr. Oyelaren"), it is misspelled whoever it names, and
// is read as naming the principal (see principal). Only people before
// accepts (those named before it) are compared.
func (a *Analysis) nearSurname(w string, kin map[int]byte, g byte, before func(id int) bool) (int, string) {
	if id, spelled := a.nearSurnameOf(w, kin, g, before, false); id >= 0 || spelled != "" {
		return id, spelled
	}
	// "Rodrigo Echeverría Lanz" ... "Echevarría": the first of two
	// surnames, when no surname is near.
	return a.nearSurnameOf(w, kin, g, before, true)
}

// nearSurnameOf is nearSurname over each person's surname, or with first,
// over the first of their two surnames (see firstSurname). spelled is the
// surname matched, "" when none is; a tie gives -1 with spelled set.
func (a *Analysis) nearSurnameOf(w string, kin map[int]byte, g byte, before func(id int) bool, first bool) (int, string) {
	var ids []int
	spelled := ""
	best, tied := 0, false // the edit distance of ids' surname; another surname as near
	for id, p := range a.People {
		sur := p.Surname
		if first {
			sur = firstSurname(p)
		}
		if !nearSpelling(sur, w) || !before(id) {
			continue
		}
		sn := strings.ToLower(sur)
		d := spellingDistance(sn, w)
		switch {
		case len(ids) == 0 || d < best:
			// "Strømnes" after "Strømsnes" and "Strømme": the surname one
			// letter off, over one two letters off.
			ids, best, tied, spelled = append(ids[:0], id), d, false, sur
		case strings.EqualFold(a.People[ids[0]].Surname, p.Surname):
			ids = append(ids, id)
		case d == best:
			tied = true
		}
	}
	if tied {
		return -1, spelled
	}
	if len(ids) == 1 {
		return ids[0], spelled
	}
	if id := principal(ids, kin, g); id >= 0 || len(ids) == 0 {
		return id, spelled
	}
	// People who share the surname as peers ("He and his son, Salim
	// al-Harthy", "Anna Lund and her husband, Erik Lund"): the spelling is
	// the family's, misspelt whichever of them is meant; the first named
	// stands for them.
	return ids[0], spelled
}

// nearSpelling reports whether surname sur (as written) is a near
// spelling of w (lower case): the same first letter or another
// romanisation of it, and near or with a long ending dropped.
func nearSpelling(sur, w string) bool {
	if c, ok := lowerFirst(sur); w == "" || sur == "" || ok && c != w[0] && !startsAlike(sur, w) {
		return false // no near spelling starts with another letter, but another romanisation may
	}
	sn := strings.ToLower(sur)
	return near(sn, w, true) || longEndDropped(sn, w)
}

// firstSurname returns the word before the surname of a person named by
// three words or more ("Echeverría" in "Rodrigo Echeverría Lanz"), when
// it is capitalised and of five letters or more: the first of two
// surnames, by which copy may name them alone. It returns "" otherwise.
func firstSurname(p Person) string {
	ws := strings.Fields(p.Name)
	if len(ws) < 3 || !strings.EqualFold(ws[len(ws)-1], p.Surname) {
		return ""
	}
	w := ws[len(ws)-2]
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || len(w) < 5 || strings.HasSuffix(w, ".") {
		return ""
	}
	return w
}

// innerName returns the capitalised word right before the surname of a
// person named by three words or more ("Abu" in "Rania Abu Zeid"), or "":
// copy may name them by it and the surname.
func innerName(p Person) string {
	if len(p.Name) <= len(p.Given)+len(p.Surname)+1 {
		return "" // two words at most: most people, passed over without splitting
	}
	ws := strings.Fields(p.Name)
	if len(ws) < 3 || !strings.EqualFold(ws[len(ws)-1], p.Surname) {
		return ""
	}
	if r, _ := utf8.DecodeRuneInString(ws[len(ws)-2]); !unicode.IsUpper(r) {
		return ""
	}
	return ws[len(ws)-2]
}

// near reports whether two different spellings are close enough to be one
// name misspelled: the same first letter, one edit apart (two for names of
// seven letters or more), and neither the other with an ending added
// ("Peters" and "Peter", "Arabian" and "Arabia") unless the ending only
// doubles the last letter ("Lin" and "Linn") or adds a silent h or e ("Eze"
// and "Ezeh", "Wiel" and "Wiele"). Names of fewer than five
// letters (down to two: "Ek" and "Eck") are compared only when short is
// true: the caller knows the copy gives no second person of that name.
func near(x, y string, short bool) bool {
	if x != y && min(len(x), len(y)) >= 5 && generation(x) == generation(y) && sameRomanised(x, y) {
		return true // "Zhaksybekova" and "Jaksybekova": two romanisations of one name
	}
	if x != y && generation(x) == generation(y) && sameFolded(x, y) {
		return true // "Dvořáková" and "Dvorakova", "Hætta" and "Haetta": one name with and without its diacritics
	}
	if x == y || min(len(x), len(y)) < 2 || !short && min(len(x), len(y)) < 3 || x[0] != y[0] || generation(x) != generation(y) {
		return false // "Ramon dela Cruz Sr." is not "Ramon dela Cruz Jr." misspelt
	}
	if !short && (len(x) < 5 || len(y) < 5) {
		return false
	}
	if len(x) > len(y) {
		x, y = y, x
	}
	if strings.HasPrefix(y, x) {
		// Only a doubled last letter or a silent final h or e: "Lin"
		// and "Linn", "Eze" and "Ezeh", "Clark" and "Clarke".
		return len(y) == len(x)+1 && (y[len(y)-1] == x[len(x)-1] || y[len(y)-1] == 'h' || y[len(y)-1] == 'e')
	}
	max := 1
	if len(x) >= 7 && len(y) >= 7 {
		max = 2
	}
	return distance(x, y, max) <= max
}

// spellingDistance is how far apart two near spellings of a name are:
// none for two romanisations or a folded diacritic, else their edit
// distance.
func spellingDistance(x, y string) int {
	if sameRomanised(x, y) || sameFolded(x, y) {
		return 0
	}
	return distance(x, y, 3)
}

// sameRomanised reports two spellings that read alike once the letters
// two romanisations write differently are written one way (the lexicon's
// romanisations: "zh" and "j", "ou" and "u").
func sameRomanised(x, y string) bool {
	lx := lexicon.Default()
	if !lx.MayRomanise(x) && !lx.MayRomanise(y) {
		return false // nothing to rewrite: the callers compare the spellings themselves
	}
	return lx.Romanised(strings.ToLower(x)) == lx.Romanised(strings.ToLower(y))
}

// startsAlike reports two spellings with different first letters that
// read alike once romanised: a romanisation must rewrite the start of one
// of them, which is checked first, as it is cheap beside romanising both.
func startsAlike(x, y string) bool {
	lx := lexicon.Default()
	return (lx.RomanisesAtStart(x) || lx.RomanisesAtStart(y)) && sameRomanised(x, y)
}

// sameFolded reports two spellings that are one once the letters with
// diacritics are written as plain letters (lexicon letter-folds); at
// least one of them has such a letter.
func sameFolded(x, y string) bool {
	lx := lexicon.Default()
	fx, fy := lx.Folded(x), lx.Folded(y)
	if fx == x && fy == y {
		return false
	}
	return fx == fy || lx.FoldedAlt(x) == lx.FoldedAlt(y) // "Müller" and "Mueller": an umlaut's second plain spelling
}

// longEndDropped reports a surname of seven letters or more written
// again without its last letter, other than a plural's s ("Quintanar"
// ... "Quintana"): for the surname alone, where the copy gives no second
// person of that name, the same person misspelled; not a nationality
// beside its country ("Australian", "Australia").
func longEndDropped(full, w string) bool {
	if len(full) < 8 || len(w) != len(full)-1 || !strings.HasPrefix(full, w) {
		return false
	}
	last := full[len(full)-1]
	lx := lexicon.Default()
	return last != 's' && last >= 'a' && last <= 'z' && !lx.Is(lexicon.Demonyms, full) && !lx.Is(lexicon.Countries, w)
}

// endAdded reports two surnames of four letters or more, one the other
// with a letter added at the end ("Stark" and "Starke"): under one given
// name, one person misspelled, though alone they may be two names.
func endAdded(x, y string) bool {
	if len(x) > len(y) {
		x, y = y, x
	}
	return len(x) >= 4 && len(y) == len(x)+1 && strings.HasPrefix(y, x) && generation(x) == generation(y)
}

// generation returns the generational suffix a name ends with ("jr",
// "sr", "ii", "iii", "iv"), or "".
func generation(name string) string {
	f := strings.Fields(strings.ToLower(name))
	if len(f) == 0 {
		return ""
	}
	switch w := strings.TrimSuffix(f[len(f)-1], "."); w {
	case "jr", "sr", "ii", "iii", "iv":
		return w
	}
	return ""
}

// distance is the optimal string alignment distance between x and y,
// giving up (returning max+1) once it exceeds max.
func distance(x, y string, max int) int {
	a, b := []rune(x), []rune(y)
	if d := len(a) - len(b); d > max || -d > max {
		return max + 1
	}
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			best = min(best, cur[j])
		}
		if best > max {
			return max + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}
