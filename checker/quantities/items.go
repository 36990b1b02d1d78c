package quantities

import (
	"strings"
	"unicode"

	"github.com/copydesk/copydesk/checker/lexicon"
	"github.com/copydesk/copydesk/checker/text"
)

// pairNames are names with "and" inside, one item in a list.
var pairNames = []string{
	"Trinidad and Tobago", "Bosnia and Herzegovina", "Antigua and Barbuda",
	"Saint Kitts and Nevis", "Sao Tome and Principe", "São Tomé and Príncipe",
	"Saint Vincent and the Grenadines", "Turks and Caicos", "Heard and McDonald",
	"Marks and Spencer", "Ernst and Young", "Procter and Gamble", "Johnson and Johnson",
}

// items reads the list that follows a count: "three countries — France,
// Germany and Italy"; or, for the count that opens its sentence or the last
// count of people in it (lastPeople), the names of the next sentence
// ("They are ..."). Only lists of capitalised names are read: they are
// the ones whose items can be counted safely.
func (sc *scanner) items(q *Quantity, lastPeople bool) {
	if q.NounSpan.End == 0 && sc.headlessBeforeNames(*q) {
		// "convicted the remaining two, Desmond Arkwright, Ffion
		// Battersby and Lionel Sayce": a count whose noun the copy left
		// out, named in apposition right after it.
		h := *q
		h.NounSpan, h.Noun = Span{Start: q.End, End: q.End}, "people"
		if sc.readItems(&h, lastPeople); h.ItemsAll {
			q.Items, q.ItemsAll = h.Items, true
		}
		return
	}
	if q.Kind != Count || q.Unit != "" && !countUnit(q.Unit) || q.Approx != Exact || q.Value < 2 || q.Value > 20 ||
		q.Value != float64(int(q.Value)) || q.NounSpan.End == 0 || q.Changed && !sc.after(q.Start, "to") && !sc.moreOf(q) || measureNouns[q.Noun] {
		// A span or a measure announces no list ("built in the first two
		// years, in A, B and C"), nor a figure changed from; a figure
		// after "to" may ("cut power to four towns, including ...",
		// "grew to three plants: ...").
		return
	}
	// A count of the units a hyphen joins to it counts them, whatever its
	// noun: "a five-member jury: A, B, C and D".
	if q.Unit == "" && !isPlural(strings.ToLower(sc.s[q.NounSpan.Start:q.NounSpan.End])) && !sc.tagIs(q.NounSpan.Start, text.NNS) || sc.partitiveWhole(q.Start) {
		return
	}
	sc.readItems(q, lastPeople)
}

// readItems reads the list of what q counts, in the sentence, the next
// one, or the names before a copula, into q.Items.
func (sc *scanner) readItems(q *Quantity, lastPeople bool) {
	_, hi := sc.bounds(q.Start)
	pos, all, ok, opener := 0, true, false, ""
	if n, opened := sc.listOpener(q, hi); opened {
		gap := strings.TrimSpace(sc.s[q.NounSpan.End:n.start])
		pos, all, ok = sc.listStart(n, hi, gap == "" || timeGap(gap) || nounPhraseGap(gap) && (sc.titledAfter(n, hi) || singularGap(gap) && sc.namesAfter(n, hi)))
		opener = n.lower()
	}
	sentEnd := hi
	if !ok && (sc.opensSentence(q) || lastPeople || sc.closesSentence(q)) {
		pos, hi, ok = sc.listNext(hi) // "Five councillors voted against. They were A, B and C."
		all, opener = true, ""
	}
	if !ok {
		hi = sentEnd
		// "... close three of its mills. The mills, in Kuusiranta,
		// Hirvilampi, Rautavesi and Pyhäkoski, produce newsprint": the
		// next sentence opens by naming the counted things again, a list
		// of names set beside them.
		if p, e, op, found := sc.restatedListNext(q, hi); found {
			pos, hi, ok, all, opener = p, e, true, true, op
		} else if sc.opensSentence(q) {
			// "Four institutes share the instrument. The A, the B and C
			// each hold a quarter": names the next sentence opens with,
			// each given a share of what the count's sentence told.
			if p, e, found := sc.eachListNext(hi); found {
				pos, hi, ok, all, opener = p, e, true, true, ""
			}
		}
	}
	if !ok {
		// "Bharat Capital, Kaveri Securities and Meridian Finance were the
		// four lead managers": the names the sentence opens with, set
		// equal to the count by "were the".
		if p, e, found := sc.listBeforeCopula(*q); found {
			pos, hi, ok, all, opener = p, e, true, true, ""
		}
	}
	if !ok {
		return
	}
	// The list ends at a closing dash or parenthesis, or the sentence end.
	end := hi
	if k := strings.IndexAny(sc.s[pos:hi], "—–)"); k >= 0 {
		end = pos + k
	}
	for _, d := range []string{" - ", " --", " _", ",\"", ",”"} {
		if k := strings.Index(sc.s[pos:end], d); k >= 0 {
			// "-- A, B and C --": a dash typed as hyphens; "... lost four
			// companies: A, B and C," said the director: the quotation
			// closes the list.
			end = pos + k
		}
	}
	if opener == "," || placePreps[opener] {
		// Names in apposition end at the comma after the last one: "three
		// capitals, Nairobi and Dar es Salaam, and offered help"; so do
		// places things stand in: "in A, B and C, the worst-hit
		// districts, and flew ...".
		if k := strings.Index(sc.s[pos:end], " and "); k >= 0 {
			if c := strings.IndexByte(sc.s[pos+k:end], ','); c >= 0 {
				end = pos + k + c
			}
		}
	}
	if e := sc.participleAfterLast(pos, end); e >= 0 {
		// "four new machines: a combine harvester, a grain cart and a
		// swather, financed over seven years at ...": a participle's
		// phrase after the last item says something of them all.
		end = pos + e
	}
	if e := pluralAppositionAfterLast(sc.s[pos:end]); e >= 0 {
		// "They are A, B, C and D, halts that see fewer than 150
		// passengers a day": a plural noun in lower case after the last
		// item says something of them all and ends the list.
		end = pos + e
	}
	list := blankRoles(strings.TrimRight(sc.s[pos:end], " .;\n"))
	for _, w := range relativeAsides {
		// "..., the Vodnik Dredging group and Kaimana Waterworks, which
		// built the quay": a clause on the last item ends the list,
		// whatever it holds ("..., who play strangers in the drama
		// \"Winter Crossing\"").
		if k := strings.Index(list, w); k >= 0 && strings.Contains(list[:k], " and ") && !itemAfterAnd(list[k:]) {
			list = list[:k]
		}
	}
	if k := strings.Index(list, ", each "); k >= 0 && strings.Contains(list[:k], " and ") {
		// "a cancer centre, a dialysis unit and a burns unit, each with its
		// own entrance": a phrase said of every item ends the list.
		list = list[:k]
	}
	if its := semicolonItems(strings.TrimRight(sc.s[pos:end], " .;\n"), pos); len(its) >= 2 {
		// "Four defendants were convicted: Adam Zawadzki, the former
		// mayor; Ewa Piątek, his deputy; and Jerzy Sobczak, whose firm
		// won": items set apart by semicolons, each a name and what is
		// said of it.
		q.Items, q.ItemsAll = its, all
		return
	}
	if strings.ContainsAny(list, "(\":“”") {
		return
	}
	for _, w := range []string{", which", ", who", ", where", ", whose", " both ", " as well as ", ", each", " among ", " between "} {
		if strings.Contains(list, w) {
			return
		}
	}
	var items []Span
	off := pos
	rest := list
	titled := hasPluralTitle(list) // "Chief Justice Hughes and Justices Patel, Lutz and Whitaker": lists within a list
	afterAnd, indef, underTitle := false, false, false
	for len(rest) > 0 {
		// Next separator: ", and ", ", ", " and ", " or ", "; ".
		cut, sep, and := len(rest), 0, false
		for _, s := range []string{", and ", ", or ", ", ", "; ", " and ", " or "} {
			k := indexOutsidePairs(rest, s)
			if (s == " and " || s == " or ") && !titled && k >= 0 && (afterAnd || innerAnd(list, rest, k+len(s))) && !(affiliated(rest[:k]) && affiliated(nextItem(rest[k+len(s):]))) {
				k = -1 // "Caldora and Sorne and Vell": the last item's own "and"
			}
			if k >= 0 && k < cut {
				cut, sep, and = k, len(s), s != ", " && s != "; "
			}
		}
		// A plural title distributes over the names after it: "Chief
		// Justice Walter Hughes and Justices Nina Patel, Owen Lutz and
		// Grace Whitaker" names four; its run of names is a list of its own.
		title := pluralTitle(rest)
		if title > 0 {
			afterAnd = false
		}
		inName := false
		if afterAnd && sep > 0 && !and && !underTitle {
			if len(items) > 0 && listGoesOn(rest[cut+sep:]) {
				// "Brightwater and Crane Capital, Nordhavn Ventures and
				// Solenne Partners": names go on to a last "and", so the
				// first "and" joined one name; among people, two given
				// names joined before a surname are two, and so are two
				// full names ("Pekka Lehtovaara and Jonas Ekberg of the
				// Alliance, Birte Hallum of Labour and ...").
				last := sc.s[items[len(items)-1].Start:items[len(items)-1].End]
				inName = !sharedSurname(q.Noun, last, rest[:cut]) && !(CountsPeople(q.Noun) && fullName(last) && fullName(rest[:cut]))
			} else {
				// "France and Germany, the ministry said": the list ended.
				rest, sep = rest[:cut], 0
			}
		}
		// "novelists Marta Quiroga and Iker Salcedo, critic ...": the
		// "and" after a plural title joins two of its names, not one name.
		underTitle = strings.TrimSpace(rest[:min(title, len(rest))]) != "" || underTitle && afterAnd
		afterAnd = and
		item := strings.TrimSpace(rest[min(title, cut):cut])
		if !all && placePreps[opener] {
			item = leadingName(item) // "Bath next year": the place
		}
		if strings.Contains(item, " in ") && lexicon.Default().ContainerClass(q.Noun) == "location" {
			// "plants in four prefectures: Onodera in Niigata and Nagano,
			// Minase in Shizuoka and Gifu": the places counted stand inside
			// the items, after their owners, not as the items.
			return
		}
		if item != "" {
			st := off + strings.Index(rest, item)
			if inName {
				st = items[len(items)-1].Start
				items = items[:len(items)-1]
			}
			items = append(items, Span{Start: st, End: st + len(item)})
			// Names, or things each introduced by "a": "a tree frog, a
			// bent-toed gecko and a burrowing skink". Not both.
			if len(items) == 1 {
				indef = indefinite(item)
			}
			if indef && !indefinite(item) || !indef && !namedItem(item) {
				return
			}
		}
		if cut+sep > len(rest) {
			break
		}
		off += cut + sep
		rest = rest[cut+sep:]
	}
	// One item is not a list: "Two men — Smith said — fled".
	if len(items) >= 2 && !sc.gappedFigures(items) {
		q.Items, q.ItemsAll = items, all
	}
}

// headlessBeforeNames reports a count with no noun after a determiner
// ("the remaining two", "the other three") that a comma and a capitalised
// name follow: its items, if any, are the names in apposition, read as
// people the count stands for.
func (sc *scanner) headlessBeforeNames(q Quantity) bool {
	if q.Kind != Count || !q.Definite || q.Approx != Exact || q.Value < 2 || q.Value > 20 || q.Value != float64(int(q.Value)) {
		return false
	}
	_, hi := sc.bounds(q.Start)
	c, ok := sc.next(q.End, hi)
	if !ok || c.w != "," || sc.partitiveWhole(q.Start) {
		return false // "Two of the four, A and B, pleaded": the names are the part's
	}
	n, ok := sc.next(c.end, hi)
	return ok && n.isCap()
}

// gappedFigures reports a list whose every item ends in a figure written
// in words: clauses with their verb left out ("the mayor's party holds
// nine seats, Unión Vecinal five, Los Verdes four and Izquierda Local
// three"), which go on with the count as parts, not as the things it
// counts. One name with a number in it ("Shed Nine") is still a name.
func (sc *scanner) gappedFigures(items []Span) bool {
	for _, it := range items {
		item := sc.s[it.Start:it.End]
		k := strings.LastIndexByte(item, ' ')
		if k < 0 {
			return false
		}
		if _, ok := wordVals[strings.ToLower(item[k+1:])]; !ok {
			return false
		}
	}
	return true
}

// blankRoles returns list with each role set off after a name blanked
// out, byte for byte, so that offsets hold: in "Adaeze Okonkwo, a
// compliance officer at a bank, and Ibrahim Bako, an auditor" the items
// are the names. A role is a phrase a determiner or an owner opens after
// a comma, up to the next comma, that holds a person noun.
func blankRoles(list string) string {
	lx := lexicon.Default()
	b := []byte(list)
	for i := 0; i < len(list); {
		k := strings.Index(list[i:], ", ")
		if k < 0 {
			break
		}
		k += i
		rest := list[k+2:]
		det, _, _ := strings.Cut(rest, " ")
		if prev := strings.LastIndexByte(list[:k], ' '); !upperWord(list[prev+1 : k]) {
			i = k + 2
			continue // only after a name: not "a folding tablet, a smart speaker"
		}
		switch det {
		case "a", "an", "its", "his", "her", "their", "the":
		default:
			i = k + 2
			continue
		}
		e := strings.IndexByte(rest, ',')
		if e < 0 {
			e = len(rest)
		}
		seg := rest[:e]
		role := false
		ws := strings.Fields(seg)
		for n, w := range ws {
			if w != strings.ToLower(w) {
				break // a name, not a role: "the MF Sølvøy"
			}
			if lx.PersonNoun(w) {
				// Not a role before its holder's name, an item itself:
				// "his brother-in-law Tadeusz Kołacz".
				role = n+1 >= len(ws) || ws[n+1] == strings.ToLower(ws[n+1])
			}
		}
		if role && e < len(rest) {
			for j := k; j < k+2+e; j++ {
				b[j] = ' '
			}
		}
		i = k + 2 + e
	}
	blankRolesBefore(list, b)
	return string(b)
}

// blankRolesBefore blanks out in b, the bytes of list, a role an item
// opens with before its holder's name ("..., and the deputy mayor,
// Miriama Kereama"): the item is the name.
func blankRolesBefore(list string, b []byte) {
	lx := lexicon.Default()
	for _, open := range []string{" and ", ", "} {
		for i := 0; ; {
			k := strings.Index(list[i:], open)
			if k < 0 {
				break
			}
			at := i + k + len(open)
			i = at
			det, _, _ := strings.Cut(list[at:], " ")
			if !lx.Is(lexicon.Determiners, det) {
				continue
			}
			e := strings.Index(list[at:], ", ")
			if e < 0 {
				continue
			}
			ws := strings.Fields(list[at : at+e])
			next, _, _ := strings.Cut(list[at+e+2:], " ")
			if len(ws) < 2 || len(ws) > 5 || !upperWord(next) || !lx.PersonNoun(ws[len(ws)-1]) || strings.ToLower(list[at:at+e]) != list[at:at+e] {
				continue
			}
			for j := at; j < at+e+2; j++ {
				b[j] = ' '
			}
		}
	}
}

// sharedSurname reports two given names before one surname among people
// counted: "four members: Aino and Liisa Kettunen, Jari Mäkelä and Outi
// Rajala" names two people by "Aino and Liisa Kettunen", where a firm's
// name ("Brightwater and Crane Capital") names one.
func sharedSurname(noun, first, second string) bool {
	lx := lexicon.Default()
	ws := strings.Fields(second)
	return (lx.PersonNoun(noun) || lx.PersonSense(noun)) && !strings.Contains(first, " ") && len(ws) == 2 &&
		!lx.Is(lexicon.OrgHeads, strings.ToLower(ws[1])) // not "Brightwater and Crane Capital", one investor
}

// moreOf reports a count of more things, "more" between the figure and
// its noun ("will move on to five more districts: ..."): a count of the
// things added, which a list may name.
func (sc *scanner) moreOf(q *Quantity) bool {
	return q.NounSpan.Start > q.End && strings.TrimSpace(sc.low[q.End:q.NounSpan.Start]) == "more"
}

// listBeforeCopula returns the span of the words that open q's sentence
// (after a dateline's dash) up to a form of "be" and "the" right before q
// ("A, B and C were the four lead managers"), when they hold "and"; ok is
// false otherwise.
func (sc *scanner) listBeforeCopula(q Quantity) (pos, end int, ok bool) {
	lo, _ := sc.bounds(q.Start)
	before := sc.prevN(sc.pb[:0], q.Start, lo, 2)
	if word(before, 0) != "the" || len(before) < 2 {
		return 0, 0, false
	}
	switch word(before, 1) {
	case "were", "are", "became", "remain", "remained":
	default:
		return 0, 0, false
	}
	pos, end = lo, before[1].start
	if k := strings.LastIndexAny(sc.s[pos:end], "—–"); k >= 0 {
		pos += k + len("—") // past a dateline's dash
	}
	for pos < end && sc.s[pos] == ' ' {
		pos++
	}
	if c := strings.IndexByte(sc.s[pos:end], ','); c > 0 && fronted(sc.s[pos:pos+c]) {
		// "At the other end of the table, A, B and C were the four
		// clubs relegated": past a phrase of a preposition that opens
		// the sentence.
		pos += c + 1
		for pos < end && sc.s[pos] == ' ' {
			pos++
		}
	}
	if !strings.Contains(sc.s[pos:end], " and ") || pos >= end || !unicode.IsUpper(rune(sc.s[pos])) {
		return 0, 0, false
	}
	return pos, end, true
}

// fronted reports a phrase that a preposition opens, in lower case after
// it: "At the other end of the table", "In the first round".
func fronted(p string) bool {
	w, rest, ok := strings.Cut(p, " ")
	if !ok || !lexicon.Default().Is(lexicon.Prepositions, strings.ToLower(w)) {
		return false
	}
	for _, x := range strings.Fields(rest) {
		if x != strings.ToLower(x) {
			return false
		}
	}
	return true
}

// listOpener finds the word or mark that opens the list of what q counts,
// a few words on at most: "five ministers on Monday, including ...", "two
// finalists for the new hall: ...", "three new clinics in Derby, ...".
func (sc *scanner) listOpener(q *Quantity, hi int) (tok, bool) {
	limit := 10
	if sc.opensSentence(q) || sc.opensThatClause(*q) || sc.afterSaying(*q) {
		// The subject's count reaches the mark that ends its clause: "Three
		// smaller parties failed to clear the 5% threshold needed to enter
		// the assembly: ..."; so does a reported clause's ("said that
		// five rowers had earned places in the squad for the Cup: ...").
		limit = 24
	}
	for k, pos := 0, q.NounSpan.End; k < limit; k++ {
		t, more := sc.next(pos, hi)
		if !more {
			break
		}
		if k == 0 {
			if past, ok := sc.pastTime(t, hi); ok && past.w == "," && past.start > t.start {
				t = past // "two new trade offices next year, in Hanoi, ...": past a time adverbial
			}
		}
		if k == 1 {
			if past, ok := sc.pastTime(t, hi); ok && past.start > t.start {
				t = past // "two centres opened last week in Kokobeng, ...": past a time adverbial after the verb
			}
		}
		if k <= 1 && placePreps[t.lower()] && !sc.partOfWhole(q) {
			// "three new clinics in Derby, Luton, York and Bath", "three
			// satellite campuses, in Kibwezo, ...": the places they stand
			// in, at least one each, so no more places than things.
			if nx, ok := sc.next(t.end, hi); ok && nx.isCap() {
				return t, true
			}
		}
		if t.w == "," {
			if mark, ok := sc.adverbAside(t, hi); ok {
				return mark, true // "Five players left the club, too — A, B, ..."
			}
		}
		if !t.isWord() && !(t.w == "," && k == 0 && sc.placeAfterComma(t, hi)) {
			return t, true
		}
		if t.w == "," {
			pos = t.end
			continue
		}
		if isYearWord(t.lower()) {
			pos = t.end
			continue // "from April 2025:": a date's year is no other figure
		}
		if isNumberTok(t) {
			if pc, ok := sc.percentAt(t.end, hi); ok {
				pos = pc.end
				continue // "the 5% threshold": a share counts no things of its own
			}
		}
		if isNumberTok(t) && sc.after(t.start, "top") {
			pos = t.end
			continue // "three riders in the top ten, namely ...": a rank's bound, no count of its own
		}
		if isNumberTok(t) || t.lower() == "including" || t.lower() == "and" || t.lower() == "or" {
			// another figure first: "17 researchers from five countries —
			// Chile, ..." lists the countries
			return t, t.lower() == "including"
		}
		pos = t.end
	}
	return tok{}, false
}

// partOfWhole reports a count of part of a whole named after "of" ("Two
// of the four fishmeal plants in Puerto Aldana, ..."): the place after
// its noun is where the whole stands, and names after it may be the
// part's, so no list of places is read there.
func (sc *scanner) partOfWhole(q *Quantity) bool {
	return q.NounSpan.Start > q.End && strings.Contains(sc.s[q.End:q.NounSpan.Start], " of ")
}

// listStart reads the opener n of a list: where its first item starts,
// and whether its items claim to be all that is counted (not after
// "including", nor places things stand in); ok is false for no list. A
// comma opens a list of names in apposition only right after the counted
// noun (nextToNoun): "three rivals, A and B, ...".
func (sc *scanner) listStart(n tok, hi int, nextToNoun bool) (pos int, all, ok bool) {
	pos, all = n.end, true
	switch n.lower() {
	case "in", "at":
		all = false
	case ":", "—", "–", "(", "--", "_": // "_" is a dash in some wire copy
	case "-":
		if n.start == 0 || sc.s[n.start-1] != ' ' {
			return 0, false, false
		}
		if pos < len(sc.s) && sc.s[pos] == '-' {
			pos++ // "--", a dash typed as two hyphens
		}
	case ",", "including":
		n2, ok := sc.next(n.end, hi)
		if n.w == "," && nextToNoun && ok && (n2.isCap() || sc.titledAfter(n, hi) || sc.theName(n2, hi)) && sc.closedAppositive(n2.start, hi) {
			// "three rivals, Digital Equipment Corp. and Hewlett-Packard
			// Co., in ...", "Two aides, political adviser Uzi Arad and
			// Cabinet Secretary Danny Naveh, left": names, titled or not.
			return n.end, true, true
		}
		if n.w == "," {
			if !ok || !(n2.lower() == "including" || n2.lower() == "namely") {
				return 0, false, false
			}
			pos = n2.end
		}
		all = n.lower() != "including" && n2.lower() != "including"
	default:
		return 0, false, false
	}
	return pos, all, true
}

// timeGap reports the words between a counted noun and the comma after
// it as a time adverbial ("four ferries next year, the MF Sølvøy, ..."):
// the noun's list may still follow.
func timeGap(g string) bool {
	ws := strings.Fields(strings.ToLower(g))
	if len(ws) != 2 {
		return false
	}
	switch ws[0] {
	case "next", "this", "last":
		return measureNouns[ws[1]] || timeWord(ws[1])
	case "in", "by":
		return isYearWord(ws[1]) || timeWord(ws[1])
	}
	return false
}

// theName reports "the" at t before a capitalised word: a named thing
// ("the MF Sølvøy").
func (sc *scanner) theName(t tok, hi int) bool {
	if t.lower() != "the" {
		return false
	}
	n, ok := sc.next(t.end, hi)
	if !ok || !n.isCap() {
		return false
	}
	// Not gapped clauses: "won six seats, the Christian Democrats five,
	// the Greens four ...": a figure ends each.
	for pos := n.end; pos < hi; {
		w, more := sc.next(pos, hi)
		if !more {
			break
		}
		if isNumberTok(w) {
			return false
		}
		pos = w.end
	}
	return true
}

// nounPhraseGap reports the words between a counted noun and the comma
// after it as a short phrase of a preposition ("Three top aides to
// Netanyahu, ...", "two deputies of the mayor, ..."): still its noun
// phrase.
func nounPhraseGap(g string) bool {
	ws := strings.Fields(g)
	if len(ws) == 0 || len(ws) > 4 || !lexicon.Default().Is(lexicon.Prepositions, ws[0]) {
		return false
	}
	for _, w := range ws {
		if strings.ContainsAny(w, "0123456789,;:") {
			return false
		}
	}
	return true
}

// titledAfter reports a name after its holder's role written in lower
// case right after the comma n ("political adviser Uzi Arad"): an item of
// people in apposition, where a bare name might go on the phrase before
// the comma ("finalists from Kenya, South Africa and Ghana").
// singularGap reports a phrase between a count and a comma that names
// no other set the names after the comma could list: no number word and
// no plural noun, ending in a common word ("with the lowest uptake"; not
// "from four countries", "by writers from the region" or "from Kenya",
// which the names after the comma go on listing).
func singularGap(g string) bool {
	ws := strings.Fields(g)
	if len(ws) == 0 || ws[len(ws)-1] != strings.ToLower(ws[len(ws)-1]) {
		return false // "from Kenya, South Africa, ...": the names go on the phrase's own list
	}
	for _, w := range ws {
		w = strings.ToLower(w)
		if _, num := wordVals[w]; num || isPlural(w) {
			return false
		}
	}
	return true
}

// namesAfter reports names right after the comma n, closed as an
// apposition ("the two northern districts with the lowest uptake,
// Arnholt, Sevel and Brenmoor, from next Monday").
func (sc *scanner) namesAfter(n tok, hi int) bool {
	first, ok := sc.next(n.end, hi)
	return ok && n.w == "," && first.isCap() && first.isWord() && sc.closedAppositive(first.start, hi)
}

func (sc *scanner) titledAfter(n tok, hi int) bool {
	first, ok := sc.next(n.end, hi)
	if !ok || first.isCap() || first.lower() == "including" || first.lower() == "namely" {
		return false // "including the brothers Ander and Jon Mugika": some of them, opened by a word of its own
	}
	end := strings.IndexAny(sc.s[first.start:hi], ",")
	if end < 0 {
		end = hi - first.start
	}
	item := sc.s[first.start : first.start+end]
	if k := strings.Index(item, " and "); k >= 0 {
		item = item[:k]
	}
	return titledName(item)
}

// opensSentence reports a figure in the subject that opens its sentence,
// after a determiner at most: "Five councillors ...", "The three ministers
// ...". Only that count is what "They were ..." names next.
func (sc *scanner) opensSentence(q *Quantity) bool {
	lo, _ := sc.bounds(q.Start)
	before := sc.prevN(sc.pb[:0], q.Start, lo, 2)
	return len(before) == 0 || len(before) == 1 && isDet(word(before, 0))
}

// opensThatClause reports a figure that opens a clause "that" starts
// (past a determiner): "said that 47 people had died".
// afterSaying reports a figure right after a verb of saying, past a
// determiner: the subject of the clause it reports ("said five rowers had
// earned places").
func (sc *scanner) afterSaying(q Quantity) bool {
	lo, _ := sc.bounds(q.Start)
	before := sc.prevN(sc.pb[:0], q.Start, lo, 2)
	k := 0
	if isDet(word(before, 0)) {
		k = 1
	}
	lx := lexicon.Default()
	return k < len(before) && lx.Is(lexicon.SayingVerbs, lx.Lemma(word(before, k), lexicon.Verb))
}

func (sc *scanner) opensThatClause(q Quantity) bool {
	lo, _ := sc.bounds(q.Start)
	before := sc.prevN(sc.pb[:0], q.Start, lo, 2)
	return word(before, 0) == "that" || isDet(word(before, 0)) && word(before, 1) == "that"
}

// listNext returns where the list of the sentence that starts at byte
// start begins, and where that sentence ends, when it only names what the
// sentence before counted: "They were Ines Barta, Mehmet Oral and Jana
// Pohl." ok is false for any other sentence.
func (sc *scanner) listNext(start int) (pos, end int, ok bool) {
	if start >= len(sc.s) {
		return 0, 0, false
	}
	_, end = sc.bounds(start)
	t1, ok1 := sc.next(start, end)
	t2, ok2 := sc.next(t1.end, end)
	if !ok1 || !ok2 {
		return 0, 0, false
	}
	if w := t2.lower(); (w == "will" || w == "would") && (t1.lower() == "they" || t1.lower() == "these") {
		if be, ok := sc.next(t2.end, end); ok && be.lower() == "be" {
			t2 = tok{start: be.start, end: be.end, w: "are", l: "are"} // "They will be ..."
		}
	}
	if t2.w == "," || !theyAre(t1, t2) {
		// "In order from the west, they are ...": a fronted phrase first.
		for k := 0; k < 8 && ok2 && t2.w != ","; k++ {
			t2, ok2 = sc.next(t2.end, end)
		}
		if !ok2 {
			return 0, 0, false
		}
		t1, ok1 = sc.next(t2.end, end)
		t2, ok2 = sc.next(t1.end, end)
		if !ok1 || !ok2 {
			return 0, 0, false
		}
	}
	if !theyAre(t1, t2) {
		return 0, 0, false
	}
	first, ok := sc.next(t2.end, end)
	if ok && (first.lower() == "a" || first.lower() == "an") && sc.indefiniteItems(first.start, end) {
		return t2.end, end, true // "They were a hawksbill turtle, a dugong and a humphead wrasse."
	}
	if ok && first.lower() == "the" {
		first, ok = sc.next(first.end, end) // "They are the Hospital Santa Lucía, ..."
	}
	for n := 0; n < 3 && ok && first.isWord() && !first.isCap(); n++ {
		// "They are the anaesthetists Tomáš Bednář and Lucie Vávrová and
		// the surgeon Marek Holub", "They were the former branch managers
		// Radomir Kessler, ...": a role before the names.
		first, ok = sc.next(first.end, end)
	}
	if !ok || !first.isCap() {
		return 0, 0, false
	}
	return t2.end, end, true
}

// indefiniteItems reports a list from byte from to to whose every item
// opens with "a" or "an", two or more of them joined by commas and a last
// "and": "a hawksbill turtle, a dugong and a humphead wrasse". One
// indefinite noun phrase ("a mix of locals and tourists") is no list.
func (sc *scanner) indefiniteItems(from, to int) bool {
	g := sc.s[from:to]
	if k := strings.Index(g, ", which"); k > 0 {
		g = g[:k]
	}
	if k := strings.Index(g, ", who"); k > 0 {
		g = g[:k]
	}
	g = strings.TrimSuffix(strings.TrimSpace(g), ".")
	last := strings.LastIndex(g, " and ")
	if last < 0 {
		return false
	}
	items := append(strings.Split(g[:last], ", "), g[last+len(" and "):])
	for _, it := range items {
		if !strings.HasPrefix(it, "a ") && !strings.HasPrefix(it, "an ") || strings.Contains(it, " of ") {
			return false
		}
	}
	return len(items) >= 2
}

// itemAfterAnd reports an "and" in s, the words after a relative clause
// on a list's item, that goes on with another item, a name or a noun
// phrase its determiner opens ("..., which merged in 2019, and Tern
// Foods"), not with the clause's second verb ("which can live for 30
// years and fetches high prices").
func itemAfterAnd(s string) bool {
	for rest := s; ; {
		k := strings.Index(rest, " and ")
		if k < 0 {
			return false
		}
		rest = rest[k+len(" and "):]
		w, _, _ := strings.Cut(rest, " ")
		if upperWord(w) || isDet(strings.ToLower(w)) {
			return true
		}
	}
}

// semicolonItems returns the items of a list at byte off whose items
// semicolons set apart, each a name followed by what is said of it after
// a comma, or a role and its name ("the ventilation contractor
// Wentex-Serwis", "the mine's operator, Południowa Spółka Węglowa"), the
// last after "and"; nil unless every item names someone so.
func semicolonItems(list string, off int) []Span {
	if !strings.Contains(list, "; ") {
		return nil
	}
	var out []Span
	at := 0
	for _, part := range strings.Split(list, "; ") {
		item := strings.TrimLeft(part, " ")
		lead := len(part) - len(item)
		if rest, ok := strings.CutPrefix(item, "and "); ok {
			item, lead = rest, lead+4
		}
		name := item
		if c := strings.Index(name, ", "); c >= 0 {
			name = name[:c]
		}
		if !properName(name) && !titledName(strings.TrimPrefix(name, "the ")) && !roleThenName(item) {
			return nil
		}
		st := off + at + lead
		out = append(out, Span{Start: st, End: st + len(name)})
		at += len(part) + 2
	}
	return out
}

// roleThenName reports an item that is a role and then, after a comma, a
// name: "the mine's operator, Południowa Spółka Węglowa".
func roleThenName(item string) bool {
	c := strings.Index(item, ", ")
	return c > 0 && item[:c] == strings.ToLower(item[:c]) && properName(strings.TrimRight(item[c+2:], " .,"))
}

// participleAfterLast returns the offset in sc.s[pos:end] of the comma
// after the last item of a list that a participle follows ("..., a grain
// cart and a swather, financed over seven years"), or -1.
func (sc *scanner) participleAfterLast(pos, end int) int {
	list := sc.s[pos:end]
	k := strings.Index(list, " and ")
	if k < 0 {
		return -1
	}
	for off := k; ; {
		c := strings.Index(list[off:], ", ")
		if c < 0 {
			return -1
		}
		// (A past form there is a participle whatever the tagger read:
		// the items have no verb of their own after the list's opener.)
		if at := pos + off + c + 2; sc.tagIs(at, text.VBN) || sc.tagIs(at, text.VBG) || sc.tagIs(at, text.VBD) {
			return off + c
		}
		off += c + 2
	}
}

// pluralAppositionAfterLast returns where the comma stands that sets a
// plural noun in lower case after a list's last item ("A, B and C, halts
// that ..."), or -1: the first "and" followed, before another, by such a
// comma.
func pluralAppositionAfterLast(list string) int {
	for off := 0; ; {
		k := strings.Index(list[off:], " and ")
		if k < 0 {
			return -1
		}
		k += off
		c := strings.Index(list[k:], ", ")
		if c < 0 {
			return -1
		}
		if n := strings.Index(list[k+5:], " and "); n < 0 || k+5+n > k+c {
			if w, _, _ := strings.Cut(list[k+c+2:], " "); w != "" && w == strings.ToLower(w) && lettersOnly(w) && isPlural(w) {
				return k + c
			}
		}
		off = k + 5
	}
}

// restatedListNext returns where the list begins in the sentence after
// byte start, that sentence's end and the word that opens the list, when
// the sentence opens with "The" and the counted noun again, set off by a
// dash or a comma, perhaps "in" or "at", and a capitalised name: "The
// harbours — Vila Nova, Porto Cerdeira and ... —", "The mills, in
// Kuusiranta, Hirvilampi and ...,".
func (sc *scanner) restatedListNext(q *Quantity, start int) (pos, end int, opener string, ok bool) {
	if start >= len(sc.s) {
		return 0, 0, "", false
	}
	_, end = sc.bounds(start)
	the, ok1 := sc.next(start, end)
	noun, ok2 := sc.next(the.end, end)
	mark, ok3 := sc.next(noun.end, end)
	if !ok1 || !ok2 || !ok3 || the.lower() != "the" || singular(noun.lower()) != q.Noun {
		return 0, 0, "", false
	}
	if mark.w != "—" && mark.w != "–" && mark.w != "," {
		return 0, 0, "", false
	}
	opener = ","
	if mark.w != "," {
		opener = "—"
	}
	first, ok := sc.next(mark.end, end)
	if ok && placePreps[first.lower()] {
		opener = first.lower()
		first, ok = sc.next(first.end, end)
	}
	if !ok || !first.isCap() {
		return 0, 0, "", false
	}
	return first.start, end, opener, true
}

// eachListNext returns where the sentence after byte start begins and
// where the list of capitalised names that opens it ends, when a word
// that distributes over its subject ("each", "all", "both"), perhaps
// after an auxiliary, follows the list: "The Devanahalli Centre, the
// Sagarpur Institute and Kaveripuram Technical University each hold
// ...", "Lembah Hijau, Sriwangi and Tanjung Baru have each sent ...".
func (sc *scanner) eachListNext(start int) (pos, end int, ok bool) {
	if start >= len(sc.s) {
		return 0, 0, false
	}
	_, hi := sc.bounds(start)
	first, ok := sc.next(start, hi)
	if !ok {
		return 0, 0, false
	}
	name := first
	if first.lower() == "the" {
		if name, ok = sc.next(first.end, hi); !ok {
			return 0, 0, false
		}
	}
	if !name.isCap() {
		return 0, 0, false
	}
	and := false
	for t, n := first, 0; n < 40; n++ {
		next, more := sc.next(t.end, hi)
		if !more {
			return 0, 0, false
		}
		w := next.lower()
		switch {
		case w == "and":
			and = true
		case (w == "each" || w == "all" || w == "both") && and:
			return first.start, t.end, true
		case auxiliaryWord(w) && and:
			if d, ok := sc.next(next.end, hi); ok && (d.lower() == "each" || d.lower() == "all" || d.lower() == "both") {
				return first.start, t.end, true
			}
			return 0, 0, false
		case next.isWord() && !next.isCap() && !listWord(w):
			return 0, 0, false // a verb or a common noun: no list of names
		}
		t = next
	}
	return 0, 0, false
}

// listWord reports a lower-case word that may stand inside a list of
// names: "the Institute of Science", "the Centre for Astrophysics".
func listWord(w string) bool {
	switch w {
	case "the", "of", "for", "and", "de", "da", "do", "la", "le", "del", "van", "von":
		return true
	}
	return false
}

// auxiliaryWord reports a form of "have", "be" or a modal.
func auxiliaryWord(w string) bool {
	switch w {
	case "have", "has", "had", "are", "were", "will", "would", "can", "could":
		return true
	}
	return false
}

// theyAre reports "they were", "these are" and the like, which open a
// sentence that names what the one before counted.
func theyAre(t1, t2 tok) bool {
	switch t1.lower() + " " + t2.lower() {
	case "they were", "they are", "these were", "these are", "those were", "those are":
		return true
	}
	return false
}

// closesSentence reports a count whose noun ends its sentence, but for a
// time adverbial: "Trains will call at seven stations." The next sentence
// may name them.
func (sc *scanner) closesSentence(q *Quantity) bool {
	_, hi := sc.bounds(q.Start)
	t, ok := sc.next(q.NounSpan.End, hi)
	if ok && t.w != "." {
		t, ok = sc.pastTime(t, hi) // "would open three research institutes next year."
	}
	if ok && t.w != "." && sc.r != nil {
		t, ok = sc.pastPlaces(t, hi) // "six stages on the dunes and around the old harbour."
	}
	if ok && t.w != "." && sc.tagIs(t.start, text.RB) {
		t, ok = sc.next(t.end, hi) // "acquitted three defendants outright."
	}
	return !ok || t.w == "."
}

// pastPlaces returns the token after prepositional phrases that start at
// t and hold nothing but prepositions, determiners, adjectives, nouns and
// "and" ("on the dunes and around the old harbour"), or t itself when t
// opens none or they hold a verb, a number or a comma.
func (sc *scanner) pastPlaces(t tok, hi int) (tok, bool) {
	if g, _ := sc.tagAt(t.start); g != text.IN {
		return t, true
	}
	cur := t
	for k := 0; k < 16; k++ {
		if cur.w == "." {
			return cur, true
		}
		g, _ := sc.tagAt(cur.start)
		if !(g == text.IN || g == text.DT || g == text.PRPS || g == text.POS || g == text.CC || g.IsAdjective() || g.IsNoun()) || isNumberTok(cur) {
			return t, true
		}
		next, ok := sc.next(cur.end, hi)
		if !ok {
			return cur, false
		}
		cur = next
	}
	return t, true
}

// pastTime returns the token after a time adverbial that starts at t
// ("next year", "this spring", "in 2027", "in March"), or t itself.
func (sc *scanner) pastTime(t tok, hi int) (tok, bool) {
	w := t.lower()
	next, ok := sc.next(t.end, hi)
	if !ok {
		return t, true
	}
	n := next.lower()
	switch {
	case (w == "next" || w == "this" || w == "last") && (measureNouns[n] || timeWord(n)),
		(w == "in" || w == "by") && (isYearWord(n) || timeWord(n)):
		return sc.next(next.end, hi)
	}
	return t, true
}

// closedAppositive reports a run of names from byte pos joined by "and"
// and closed by a comma or the sentence's end, with no verb before the
// "and": the appositive list in "the dissents of three justices, Stephen
// Breyer and Ruth Bader Ginsburg, were read".
func (sc *scanner) closedAppositive(pos, hi int) bool {
	k := strings.Index(sc.s[pos:hi], " and ")
	if k < 0 {
		return false
	}
	for _, it := range strings.Split(sc.s[pos:pos+k], ", ") {
		if !namedItem(it) {
			return false
		}
	}
	rest := sc.s[pos+k+len(" and ") : hi]
	end := strings.IndexByte(rest, ',')
	if end < 0 {
		end = len(strings.TrimRight(rest, " .\n"))
	}
	return namedItem(rest[:end])
}

// namedItem reports an item of a list that names one thing: a short name
// ("Hewlett-Packard Co."), a part of a named owner ("Philip Morris Co.'s
// Miller Brewing unit"), or a name with one or two common nouns for what it
// is ("the Miller Brewing unit", "the Halbrecht family trust").
func namedItem(s string) bool {
	s = strings.TrimPrefix(s, "the ")
	if k := strings.LastIndex(s, " in "); k > 0 && properName(s[k+len(" in "):]) {
		s = s[:k] // "the Vestre Maritime Museum in Havnå": a name and where it stands
	}
	if properName(s) || titledName(s) {
		return true
	}
	for _, p := range []string{"'s ", "’s "} {
		if k := strings.Index(s, p); k > 0 && properName(s[:k]) {
			s = s[k+len(p):]
		}
	}
	for n := 0; n < 2; n++ {
		k := strings.LastIndexByte(s, ' ')
		if k <= 0 {
			break
		}
		w := s[k+1:]
		if w != strings.ToLower(w) || !lexicon.Default().Known(w, lexicon.Noun) || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
			break
		}
		s = s[:k] // common nouns head the name: "unit", "subsidiary", "family trust"
	}
	return properName(s)
}

// titledName reports a name after its holder's office or role written in
// lower case, perhaps after a nationality, or an organisation's name after
// what it is: "secretary of state Madeleine Albright", "defense secretary
// William Cohen", "striker Tomas Berg", "Slovak critic Zuzana Vrábelová",
// "Spanish engineering group Ibercarril".
func titledName(s string) bool {
	ws := strings.Fields(s)
	lx := lexicon.Default()
	demonym := 0 // the words of a nationality before the role still to pass
	for i, w := range ws {
		if demonym > 0 {
			demonym--
			continue
		}
		if n := demonymAt(ws, i); n > 0 {
			demonym = n - 1
			continue // "the Slovak critic Zuzana Vrábelová", "South Korean director Park Ji-hoon": a nationality before the role
		}
		if i == 0 && upperWord(w) && len(ws) > 2 && !upperWord(ws[1]) && lettersOnly(ws[1]) {
			continue // "the Dakar band Xalam Bi": a place's name before the role, as a nationality
		}
		if upperWord(w) {
			pre := ws[:i]
			role := func(w string) bool {
				return isTitleWord(w) || lx.PersonNoun(w) || lx.Is(lexicon.OrgHeads, w) || lx.ContainerClass(w) == "group" // "engineering group Ibercarril"
			}
			if i > 0 && unknownRole(lx, pre[i-1]) && len(ws)-i >= 2 {
				// "libero Priscila Damasceno", "maalem Hamid Kasri": a word
				// of the trade the lexicon does not know, right before a
				// full name, is the holder's role.
				return properName(strings.Join(ws[i:], " "))
			}
			// The role may run to six words: "former central bank deputy
			// governor Hauwa Bello-Danjuma".
			// The word right before the name may name a person in a later
			// sense: "centre back Joaquín Ledesma", "point guard Ana Ruiz".
			return i > 0 && i <= 6 && (role(pre[0]) || role(pre[i-1]) || lx.PersonSense(pre[i-1])) && properName(strings.Join(ws[i:], " "))
		}
		if w != strings.ToLower(w) || !lettersOnly(strings.ReplaceAll(w, "-", "")) || i > 0 && w != "of" && lx.Is(lexicon.Prepositions, w) {
			return false // "about 8 million euros to hire engineers in Tallinn": no office
		}
	}
	return false
}

// unknownRole reports a lower-case word of letters the lexicon knows in
// no part of speech, long enough to be no slip: a role of a trade's own
// vocabulary ("libero", "maalem").
func unknownRole(lx *lexicon.Lexicon, w string) bool {
	return len(w) >= 4 && w == strings.ToLower(w) && lettersOnly(w) && !lx.Known(w, lexicon.Noun) && !lx.Known(w, lexicon.Verb) &&
		!lx.Known(w, lexicon.Adjective) && !lx.Known(w, lexicon.Adverb)
}

// demonymAt returns how many words of ws, from i, name a nationality
// that a lower-case role follows ("Slovak", "South Korean"), or 0.
func demonymAt(ws []string, i int) int {
	lx := lexicon.Default()
	for n := 2; n >= 1; n-- {
		if i+n >= len(ws) || upperWord(ws[i+n]) {
			continue
		}
		all := true
		for _, w := range ws[i : i+n] {
			all = all && upperWord(w)
		}
		if all && lx.Is(lexicon.Demonyms, strings.ToLower(strings.Join(ws[i:i+n], " "))) {
			return n
		}
	}
	return 0
}

// lettersOnly reports a word of letters alone.
func lettersOnly(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}

// leadingName returns the capitalised words that open s ("Bath" of "Bath
// next year").
func leadingName(s string) string {
	end, ws := 0, strings.Fields(s)
	for i, w := range ws {
		if !upperWord(w) && !placeLink(ws, i) {
			break
		}
		end = strings.Index(s[end:], w) + end + len(w)
	}
	return s[:end]
}

// placePreps open the places a count of things stands in.
var placePreps = map[string]bool{"in": true, "at": true}

// placeAfterComma reports a comma followed by a preposition of place and a
// capitalised word: "three satellite campuses, in Kibwezo, ...".
func (sc *scanner) placeAfterComma(t tok, hi int) bool {
	p, ok := sc.next(t.end, hi)
	if !ok || !placePreps[p.lower()] {
		return false
	}
	n, ok := sc.next(p.end, hi)
	return ok && n.isCap()
}

// isTitleWord reports an office, a rank or an honorific written before a
// name; its plural ("Justices", "Senators") heads a run of names.
func isTitleWord(w string) bool {
	lx := lexicon.Default()
	return lx.Is(lexicon.Titles, w) || lx.Is(lexicon.Ranks, w) || lx.Is(lexicon.Honorifics, w)
}

// pluralTitle returns the length of a plural title and the space after it
// opening s ("Justices Nina Patel, ..."), or 0.
func pluralTitle(s string) int {
	lead := len(s) - len(strings.TrimLeft(s, " "))
	if n := pluralTitleAt(s[lead:]); n > 0 {
		return lead + n
	}
	return lead + pluralNounAt(s[lead:])
}

// pluralNounAt returns the length of a plural common noun, after "the",
// and the space after it, that stands before names and distributes over
// them: "the carriers Nimitz and George Washington", "the rivers Avon and
// Severn"; else 0.
func pluralNounAt(s string) int {
	n := 0
	if strings.HasPrefix(s, "the ") {
		n = len("the ")
	}
	k := strings.IndexByte(s[n:], ' ')
	if k < 3 || n+k+1 >= len(s) || !unicode.IsUpper(firstRune(s[n+k+1:])) {
		return 0
	}
	w := s[n : n+k]
	if w != strings.ToLower(w) || !isPlural(w) || !lexicon.Default().Known(singular(w), lexicon.Noun) {
		return 0
	}
	return n + k + 1
}

func pluralTitleAt(s string) int {
	k := strings.IndexByte(s, ' ')
	if k < 3 || k+1 >= len(s) || !unicode.IsUpper(firstRune(s)) || !unicode.IsUpper(firstRune(s[k+1:])) {
		return 0
	}
	w := strings.ToLower(s[:k])
	if strings.HasSuffix(w, ".") {
		// "Sens.", "Reps.", "Drs.", "Messrs."
		if b := strings.TrimSuffix(w, "."); isTitleWord(b) || isTitleWord(strings.TrimSuffix(b, "s")) {
			return k + 1
		}
		return 0
	}
	if sg := singular(w); sg != w && isTitleWord(sg) {
		return k + 1
	}
	return 0
}

// hasPluralTitle reports a plural title or rank that heads a run of names
// anywhere in list ("Justices", "Sens.").
func hasPluralTitle(list string) bool {
	for i := 0; i < len(list); i++ {
		if list[i] != ' ' && (i == 0 || list[i-1] == ' ') && pluralTitle(list[i:]) > 0 {
			return true
		}
	}
	return false
}

// fullName reports a person's name of two words or more, perhaps with the
// body the person belongs to ("Jonas Ekberg of the Alliance"), opened by no
// article: not a band's "The Marrow and the Moth".
func fullName(s string) bool {
	s = strings.TrimSpace(s)
	if k := strings.Index(s, " of "); k > 0 {
		s = s[:k]
	}
	ws := strings.Fields(s)
	return len(ws) >= 2 && len(ws) <= 4 && !strings.EqualFold(ws[0], "the") && properName(s)
}

// affiliated reports names that close with the body they belong to, "of"
// and a capitalised name ("Bartosz Lis of Green Valley"): an "and" between
// two such opens another group of the list ("Zofia Kędzierska and Bartosz
// Lis of Green Valley and Natalia Wróbel of Civic Forum").
func affiliated(s string) bool {
	k := strings.LastIndex(s, " of ")
	if k < 0 {
		return false
	}
	name := strings.TrimPrefix(s[k+len(" of "):], "the ")
	return properName(name) && properName(strings.TrimSpace(s[:k]))
}

// nextItem returns s up to its first comma, semicolon or " and ".
func nextItem(s string) string {
	if k := strings.IndexAny(s, ",;"); k >= 0 {
		s = s[:k]
	}
	if k := strings.Index(s, " and "); k >= 0 {
		s = s[:k]
	}
	return strings.TrimRight(s, " .")
}

// innerAnd reports a bare "and" (ending at rest[at]) inside a name of a
// list that closes with a serial comma: "Port Aln and District, and
// Harrow Athletic", where one word stands between it and the comma. Two
// or more ("Mehmet Oral and Jana Pohl of the Civic Union, and ...") name
// items of their own.
func innerAnd(list, rest string, at int) bool {
	if !strings.Contains(list, ", and ") && !strings.Contains(list, ", or ") {
		return false
	}
	seg := rest[at:]
	if c := strings.IndexByte(seg, ','); c >= 0 {
		seg = seg[:c]
	}
	seg = strings.TrimPrefix(strings.TrimSpace(seg), "the ") // "The Crow and the Kettle, and ..."
	return len(strings.Fields(seg)) == 1
}

// listGoesOn reports that s, what follows a comma after "A and B", still
// lists names and closes on its own "and" or "or": "..., C, D and E".
func listGoesOn(s string) bool {
	k := max(strings.LastIndex(s, " and "), strings.LastIndex(s, " or "))
	if k < 0 {
		return false
	}
	for _, part := range strings.Split(strings.TrimRight(s[:k], ","), ", ") {
		if !namedItem(strings.TrimSpace(part)) {
			return false
		}
	}
	last := strings.TrimSpace(s[k:])
	last = strings.TrimRight(last[strings.IndexByte(last, ' ')+1:], " .;")
	// "..., and the deputy mayor, Miriama Kereama": a role, then the name.
	return namedItem(last) || roleThenName(last)
}

// indexOutsidePairs is strings.Index(s, sep) skipping names such as
// "Trinidad and Tobago".
func indexOutsidePairs(s, sep string) int {
	from := 0
	for {
		k := strings.Index(s[from:], sep)
		if k < 0 {
			return -1
		}
		k += from
		inside := false
		for _, p := range pairNames {
			i := strings.Index(p, sep)
			if i >= 0 && k-i >= 0 && strings.HasPrefix(s[k-i:], p) {
				inside = true
				break
			}
		}
		if !inside {
			return k
		}
		from = k + len(sep)
	}
}

// connectors may stand in lower case inside a name ("Bank of England"),
// as name particles do ("Beatriz de Almeida", lexicon class name-particles).
var connectors = map[string]bool{"of": true, "the": true, "and": true, "for": true, "&": true}

// indefinite reports whether s is a short noun phrase introduced by "a"
// or "an": at most four lower-case words after it, such as "a bent-toed
// gecko", acronyms before its noun allowed ("a CT scanner") and a phrase
// after it left out ("a cycle bridge over the Ganit stream").
func indefinite(s string) bool {
	ws := strings.Fields(s)
	if len(ws) > 0 && (ws[0] == "a" || ws[0] == "an") {
		// "a cycle bridge over the Ganit stream": the noun phrase ends at
		// a preposition after its noun.
		for k := 2; k < len(ws); k++ {
			if lexicon.Default().Is(lexicon.Prepositions, ws[k]) {
				ws = ws[:k]
				break
			}
		}
	}
	if len(ws) < 2 || len(ws) > 5 || ws[0] != "a" && ws[0] != "an" {
		return false
	}
	for i, w := range ws[1:] {
		if i < len(ws)-2 && acronym(w) {
			continue // "a CT scanner", "an MRI unit": an acronym before the noun
		}
		if modelWord(w, ws[i]) {
			continue // "a Twin Otter", "a Saab 340": a make or model named as a kind
		}
		for _, r := range w {
			if !(r >= 'a' && r <= 'z' || r == '-') {
				return false
			}
		}
		if w == "and" || w == "or" || stopWords[w] {
			return false
		}
	}
	return true
}

// modelWord reports a word of a make or model after "a": capitalised
// ("Otter", "A320"), or a number after such a word ("Saab 340").
func modelWord(w, before string) bool {
	r := firstRune(w)
	if unicode.IsUpper(r) {
		return true
	}
	return unicode.IsDigit(r) && unicode.IsUpper(firstRune(before)) && strings.Trim(w, "0123456789") == ""
}

// acronym reports a word of two to five capital letters ("CT", "NATO").
func acronym(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// properName reports whether s is a short name: at most four words, each
// capitalised or a connector.
func properName(s string) bool {
	for _, link := range []string{" of ", " for "} {
		if k := strings.Index(s, link); k > 0 {
			// "Jan Kavan of the Czech Republic", "Bank of England", "the
			// Centre for Astrophysics": a name and what it is of or for,
			// each a name of its own.
			if properName(s[:k]) && properName(strings.TrimPrefix(s[k+len(link):], "the ")) {
				return true
			}
		}
	}
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 4 {
		return false
	}
	for i, w := range ws {
		if !upperWord(w) && (i == 0 || !connectors[w] && !lexicon.Default().Is(lexicon.NameParticles, w) && !particleJoined(w) && !placeLink(ws, i)) {
			return false
		}
	}
	return true
}

// particleJoined reports a name written with its particle and a hyphen,
// the name capitalised: "al-Amal", "el-Sayed", "bin-Talal".
func particleJoined(w string) bool {
	p, rest, ok := strings.Cut(w, "-")
	return ok && upperWord(rest) && lexicon.Default().Is(lexicon.NameParticles, p)
}

// upperWord reports a word that starts with a capital letter.
func upperWord(w string) bool {
	r := firstRune(w)
	return r >= 'A' && r <= 'Z' || r > 0x7f && unicode.IsUpper(r)
}

// placeLink reports a short lower-case word, one of at most two, between
// capitalised ones inside a place's name ("Sankt Jakob im Tal", "San
// Isidro de Collpa", "Halle an der Saale"), but not a conjunction between
// two names.
func placeLink(ws []string, i int) bool {
	short := func(k int) bool { return len(ws[k]) <= 3 && ws[k] != "and" && ws[k] != "or" && !upperWord(ws[k]) }
	if !short(i) {
		return false
	}
	l, r := i-1, i+1
	if l >= 0 && short(l) {
		l-- // "Halle an der Saale"
	}
	if r < len(ws) && short(r) {
		r++
	}
	return l >= 0 && r < len(ws) && r-l <= 3 && upperWord(ws[l]) && upperWord(ws[r])
}

// after reports whether the word right before byte off is w (lower case).
func (sc *scanner) after(off int, w string) bool {
	lo, _ := sc.bounds(off)
	t, ok := sc.prev(off, lo)
	return ok && t.lower() == w
}

// partitiveWhole reports a figure that is the whole of a partitive, "two
// of the five stages": the list after it names the part, not the whole.
func (sc *scanner) partitiveWhole(off int) bool {
	lo, _ := sc.bounds(off)
	before := sc.prevN(sc.pb[:0], off, lo, 6)
	k := 0
	for k < len(before) && k < 4 && (isDet(word(before, k)) || possessive(word(before, k)) < len(word(before, k)) || partitiveModifiers[word(before, k)]) {
		k++ // "of the top five", "of the county's five"
	}
	if word(before, k) != "of" || k+1 >= len(before) {
		return false
	}
	_, num := wordVals[word(before, k+1)]
	return num || isNumberTok(before[k+1]) || word(before, k+1) == "some" || word(before, k+1) == "all"
}

// partitiveModifiers may stand between "of the" and the whole's figure:
// "three of the top five finishers", "two of the last four races".
var partitiveModifiers = map[string]bool{"top": true, "bottom": true, "first": true, "last": true, "remaining": true, "other": true, "original": true}

// percentAt returns the percent sign or word right at byte off, if there
// is one: the number before it is a share.
func (sc *scanner) percentAt(off, hi int) (tok, bool) {
	t, ok := sc.next(off, hi)
	return t, ok && (t.w == "%" || t.lower() == "percent")
}

// adverbAside returns the dash or colon after an adverb set off by the
// comma t ("left the club, too — ..."), which opens the list as it would
// without the adverb.
func (sc *scanner) adverbAside(t tok, hi int) (tok, bool) {
	adv, ok := sc.next(t.end, hi)
	if !ok || !sc.tagIs(adv.start, text.RB) {
		return tok{}, false
	}
	mark, ok := sc.next(adv.end, hi)
	if !ok || mark.w != ":" && mark.w != "—" && mark.w != "–" {
		return tok{}, false
	}
	return mark, true
}
