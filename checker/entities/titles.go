package entities

import (
	"strings"

	"github.com/copydesk/copydesk/checker/lexicon"
	"github.com/copydesk/copydesk/checker/text"
)

// TitleChange is a person given, at mention Later, an office that cannot
// be the one given at mention First ("Finance Minister Ruiz" … "Foreign
// Minister Ruiz"; "Deputy Mayor Abara" … "Mayor Abara").
type TitleChange struct {
	Person, First, Later int
}

// titleChanges finds, for each person, the later titles that conflict
// with the first one given; each conflicting title once. A former office
// ("former Finance Minister") is no conflict, nor an office the copy says
// the person was given ("Deputy Prosecutor Daniela Rojas, who was named
// regional prosecutor in August" ... "Regional Prosecutor Rojas").
func (f *finder) titleChanges(a *Analysis) []TitleChange {
	lx := f.lx
	stated := f.statedOffices(a)
	var out []TitleChange
	for id, person := range a.People {
		first := -1
		reported := map[string]bool{}
		for _, mi := range person.Mentions {
			m := a.Mentions[mi]
			if m.Kind != Name || m.Title == "" || m.Former {
				continue
			}
			if first < 0 {
				first = mi
				continue
			}
			if reported[m.Title] || !titlesConflict(lx, a.Mentions[first].Title, m.Title) || given(lx, stated[id], m.Title) {
				continue
			}
			reported[m.Title] = true
			out = append(out, TitleChange{Person: id, First: first, Later: mi})
		}
	}
	return out
}

// titlesConflict reports whether two titles for one office cannot both
// hold: they share an office word ("Minister", "Chief") and a rank word
// stands in one only, or neither's core words (offices, what they are in
// charge of, ranks) contain the other's. Other words ("Russian", "Air
// Force") are left out of the comparison; a football manager is a coach.
func titlesConflict(lx *lexicon.Lexicon, a, b string) bool {
	wa, wb := titleWords(lx, a), titleWords(lx, b)
	if ra, rb := rank(lx, a), rank(lx, b); ra != "" && rb != "" && ra != rb {
		return true // "Gen. Kamara" … "Col. Kamara": one rank at a time
	}
	if fa, fb := fullRank(lx, a), fullRank(lx, b); strings.Contains(fa, " ") && strings.Contains(fb, " ") && fa != fb {
		return true // "Maj. Gen. Dimaculangan" … "Brig. Gen. Dimaculangan"
	}
	if rivalOffices(lx, wa, wb) {
		return true // "Sen. Dizon" … "Rep. Dizon": two seats of one body
	}
	// Offices with no head in common ("President", "Chief Executive")
	// may both be held; only rivals for one office are compared.
	shared := false
	for w := range wa {
		if lx.Is(lexicon.Titles, w) && wb[w] {
			shared = true
		}
	}
	if !shared {
		return false
	}
	for w := range wa {
		if lx.Is(lexicon.Ranks, w) && !wb[w] {
			return true
		}
	}
	for w := range wb {
		if lx.Is(lexicon.Ranks, w) && !wa[w] {
			return true
		}
	}
	return !subset(wa, wb) && !subset(wb, wa)
}

// rivalOffices reports two different offices among the words of two
// titles that are rival seats of one body (lexicon class rival-offices).
func rivalOffices(lx *lexicon.Lexicon, wa, wb map[string]bool) bool {
	for a := range wa {
		body := lx.Value(lexicon.RivalOffices, a)
		if body == "" || wb[a] {
			continue
		}
		for b := range wb {
			if b != a && !wa[b] && lx.Value(lexicon.RivalOffices, b) == body {
				return true
			}
		}
	}
	return false
}

// sharesOffice reports whether title names an office or rank among words,
// the core words of another title ("Capt." and "Captain").
func sharesOffice(lx *lexicon.Lexicon, words map[string]bool, title string) bool {
	for w := range titleWords(lx, title) {
		if words[w] && (lx.Is(lexicon.Titles, w) || lx.Is(lexicon.MilitaryRanks, w) || lx.Is(lexicon.Ranks, w)) {
			return true
		}
	}
	return false
}

// titleWords returns the core words of a title, abbreviations spelled out
// ("Gen." → "general").
func titleWords(lx *lexicon.Lexicon, t string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(t), func(r rune) bool { return r == ' ' || r == '-' }) {
		w = strings.TrimSuffix(w, ".")
		if x := lx.Value(lexicon.Titles, w); x != "" {
			for _, y := range strings.Fields(x) {
				out[y] = true
			}
			continue
		}
		if lx.Is(lexicon.TitleModifiers, w) || lx.Is(lexicon.Ranks, w) || lx.Is(lexicon.Titles, w) {
			out[w] = true
			continue
		}
		if n := lx.Lemma(w, lexicon.Noun); lx.Known(n, lexicon.Noun) && !lx.Is(lexicon.Demonyms, w) && !lx.Opens(lexicon.Countries, w) {
			// Any other noun says what the office is in charge of:
			// "Emergencies Minister", "Veterans Minister".
			out[n] = true
		}
	}
	return out
}

// rank returns the military or police rank a title gives, by its last
// rank word: a compound rank is addressed by its head ("Lt. Gen." is a
// general, "Lt. Col." a colonel), or "".
func rank(lx *lexicon.Lexicon, title string) string {
	found := ""
	for _, w := range strings.FieldsFunc(strings.ToLower(title), func(r rune) bool { return r == ' ' || r == '-' }) {
		w = strings.TrimSuffix(w, ".")
		if x := lx.Value(lexicon.Titles, w); x != "" {
			w = x
		}
		if lx.Is(lexicon.MilitaryRanks, w) {
			found = w
		}
	}
	return found
}

// fullRank returns every rank word of a title, spelled out, in order
// ("Maj. Gen." → "major general"); a compound rank may be shortened to its
// head ("Gen."), but two compound ranks must agree.
func fullRank(lx *lexicon.Lexicon, title string) string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(title), func(r rune) bool { return r == ' ' || r == '-' }) {
		w = strings.TrimSuffix(w, ".")
		if x := lx.Value(lexicon.Titles, w); x != "" {
			w = x
		}
		if lx.Is(lexicon.MilitaryRanks, w) {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

func subset(a, b map[string]bool) bool {
	for w := range a {
		if !b[w] {
			return false
		}
	}
	return true
}

// statedOffices returns, for each person, the core words of the titles the
// copy says they were given: the title after a verb of appointment ("was
// promoted to municipal chief executive", "confirmed as chief executive")
// in a sentence that mentions them.
func (f *finder) statedOffices(a *Analysis) map[int][]map[string]bool {
	out := map[int][]map[string]bool{}
	for si := range f.r.Sentences {
		toks := f.r.Words(si)
		for k, t := range toks {
			if !t.Tag.IsVerb() || !f.lx.Is(lexicon.AppointmentVerbs, t.Lemma) {
				continue
			}
			title := f.titleAfter(toks, k+1)
			if title == nil {
				continue
			}
			for _, m := range a.Mentions {
				if m.Sentence == si && m.Person >= 0 {
					out[m.Person] = append(out[m.Person], title)
				}
			}
		}
	}
	return out
}

// given reports whether title is one of the offices stated.
func given(lx *lexicon.Lexicon, stated []map[string]bool, title string) bool {
	w := titleWords(lx, title)
	for x := range w {
		if lx.Value(lexicon.Ranks, x) == "pending" {
			delete(w, x) // elected mayor, she is "Mayor-elect" until she takes office
		}
	}
	for _, s := range stated {
		if len(w) > 0 && subset(w, s) && ranksIn(lx, s, w) {
			return true
		}
	}
	return false
}

// ranksIn reports whether every rank word of the stated office s stands in
// title words w: being named deputy mayor gives "Deputy Mayor", not
// "Mayor".
func ranksIn(lx *lexicon.Lexicon, s, w map[string]bool) bool {
	for x := range s {
		if lx.Is(lexicon.Ranks, x) && !w[x] {
			return false
		}
	}
	return true
}

// titleAfter returns the core words of the title that follows toks[k],
// after "to", "as", "in as" or a determiner ("to municipal chief
// executive", "as the new chief executive"), read up to a preposition, a
// conjunction, punctuation or a finite verb; nil if it holds no office.
func (f *finder) titleAfter(toks []text.Token, k int) map[string]bool {
	words, _, _ := f.titleSpanAfter(toks, k)
	return words
}

// titleSpanAfter is titleAfter that also returns the tokens [from, to) of
// the title read.
func (f *finder) titleSpanAfter(toks []text.Token, k int) (words map[string]bool, from, to int) {
	for k < len(toks) && (toks[k].Lower == "to" || toks[k].Lower == "as" || toks[k].Lower == "in" || toks[k].Lower == "of" || toks[k].Lower == "over" ||
		f.determiner(toks[k]) || toks[k].Lower == "new" || f.lx.Is(lexicon.OfficeNouns, toks[k].Lower)) {
		k++
	}
	words, head := map[string]bool{}, false
	j := k
	for ; j < len(toks) && j < k+maxTitleWords; j++ {
		t := toks[j]
		if t.Kind != text.Word || t.Tag == text.IN || t.Tag == text.CC || t.Tag.IsFinite() {
			break
		}
		head = head || isTitleHead(f.lx, t.Lower)
		for w := range titleWords(f.lx, t.Lower) {
			words[w] = true
		}
	}
	if !head {
		return nil, 0, 0
	}
	return words, k, j
}

// maxTitleWords bounds the words of a title read after a verb.
const maxTitleWords = 6
