package entities

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/checker/dates"
	"github.com/copydesk/copydesk/checker/lexicon"
	"github.com/copydesk/copydesk/checker/quantities"
	"github.com/copydesk/copydesk/checker/text"
)

// ages ties each age among qs to a person: the person of the name, role or
// pronoun the quantities analysis found beside it ("Moreau, 47", "the
// 52-year-old pharmacist", "He was 64."); for a bare "the 56-year-old", the
// person the copy spoke of just before; with no word beside it ("died aged
// 61"), the subject of its clause.
func (f *finder) ages(a *Analysis, qs []quantities.Quantity, ds []dates.Expr) {
	for _, q := range qs {
		if q.Kind != quantities.Age {
			continue
		}
		age := Age{Span: Span{Start: q.Start, End: q.End}, Text: q.Text, Value: int(q.Value), Person: -1, By: -1,
			Past: q.Past, Restated: q.Anaphor && q.Subject == (quantities.Span{})}
		switch {
		case q.Subject != (quantities.Span{}) && q.FirstPerson:
			// "'I'm 64 and I have never seen the water this high,' said
			// Akosua Boateng": the speaker's age.
			age.By = f.speakerOf(a, q.Subject.Start)
		case q.Subject != (quantities.Span{}):
			age.By = a.MentionAt(q.Subject.End - 1)
			if age.By < 0 {
				age.By = f.appositeName(a, q.Subject.End) // "The 38-year-old coach, Ola Berg, signed on"
			}
			if age.By < 0 && f.afterPreposition(q.Subject.Start) {
				// "The owner of Forno Montefusco on Quay Street turned 60
				// in March", "Emmanuel Tetteh of Coastal Stars is 34": the
				// words before the verb end a phrase of the subject, whose
				// head is the last person named before them.
				age.By = f.phraseHead(a, q.Subject.Start)
			}
			if age.By < 0 && f.placeAt(q.Subject.Start) && f.agedAt(q.Start) {
				// "died on Sunday at the nursing home in Straumvík, aged
				// 83": "aged" after a clause that ends on a place says
				// the age of the clause's subject.
				age.By = a.clauseSubject(f.r, q.Start)
			}
		case q.Anaphor && f.afterQuote(q.Start):
			// "'I have read every statement,' said the 58-year-old": the
			// speaker, named before the quote, not a word inside it.
			age.By = a.lastMentionOutside(f.r.Quotes, q.Start, q.Sentence-2)
			if o := f.otherSpeaker(a, q.Start, age.By, q.Sentence-2); o >= 0 {
				age.By = o
			}
		case q.Anaphor && f.quoteEndingAt(q.Start) >= 0:
			// "'... It was connected,' the 57-year-old said": the speaker
			// named before the quote, however many sentences it runs.
			age.By = a.lastMentionOutside(f.r.Quotes, q.Start, f.r.SentenceOf(f.r.TokenAt(f.quoteEndingAt(q.Start)))-2)
		case q.Anaphor && f.apposedAfter(a, q.End) >= 0:
			age.By = f.apposedAfter(a, q.End) // "The 31-year-old, Jonas Achterberg, was flown"
		case q.Anaphor:
			age.By = f.antecedentOfAge(a, q.Start, q.Sentence-2)
			if t := f.topicInstead(a, age.By, age.Value); t >= 0 {
				age.By = t
			}
		default:
			var ok bool
			if age.By, ok = f.relativeSubject(a, q.Start); !ok {
				if age.By, ok = f.inRelative(a, q.Start); !ok {
					age.By = a.clauseSubject(f.r, q.Start)
				}
			}
		}
		if age.By >= 0 && a.Mentions[age.By].Kind == Pronoun && a.Mentions[age.By].Quoted {
			// "'She is 27, which for a sculler is young,' de Wit said": a
			// pronoun in direct speech is not read across the quote.
			age.By = -1
		}
		if age.By >= 0 {
			age.Person = a.Mentions[age.By].Person
		}
		if q.Anaphor && !q.Past && age.By >= 0 && a.Mentions[age.By].Kind == Role {
			// "Dr. Maria dela Cruz, 52, ... 'We are going back up,' said the
			// 52-year-old doctor": an aged description whose age the copy
			// gave one other person, and not the one it was tied to, is
			// that person's.
			if id := a.onlyOfAge(age.Value, age.Person); id >= 0 {
				age.Person = id
			}
		}
		a.Ages = append(a.Ages, age)
		if q.Reached && q.Past && age.Person >= 0 {
			if b, ok := f.reachedBirth(q, ds); ok {
				b.Person, b.By = age.Person, age.By
				a.Births = append(a.Births, b)
			}
		} else if q.Past && age.Person >= 0 {
			if b, ok := f.pastBirth(q, ds); ok {
				b.Person, b.By = age.Person, age.By
				a.Births = append(a.Births, b)
			}
		}
	}
}

// onlyOfAge returns the one person other than not whose age the copy
// gave as v (now, by a name or description), when not was given none of
// that value; -1 otherwise.
func (a *Analysis) onlyOfAge(v, not int) int {
	found := -1
	for _, g := range a.Ages {
		if g.Past || g.Restated || g.Person < 0 || g.Value != v {
			continue
		}
		if g.Person == not {
			return -1
		}
		if found >= 0 && found != g.Person {
			return -1
		}
		found = g.Person
	}
	return found
}

// apposedAfter returns the name mention set off by commas right after byte
// end ("The 31-year-old, Jonas Achterberg,"), or -1.
func (f *finder) apposedAfter(a *Analysis, end int) int {
	k := f.r.TokenAt(end)
	for k < len(f.r.Tokens) && f.r.Tokens[k].End <= end {
		k++
	}
	if k+1 >= len(f.r.Tokens) || f.r.Tokens[k].Lower != "," {
		return -1
	}
	if m := a.MentionAt(f.r.Tokens[k+1].Start); m >= 0 && a.Mentions[m].Kind == Name {
		return m
	}
	return -1
}

// phraseHead returns the last mention before byte off in its sentence
// with only nouns, names, determiners and prepositions between (the
// noun phrase a phrase at off belongs to), or -1.
func (f *finder) phraseHead(a *Analysis, off int) int {
	k := f.r.TokenAt(off)
	si := f.r.SentenceOf(k)
	for j := k - 1; j >= f.r.First(si); j-- {
		t := f.r.Tokens[j]
		if m := a.MentionAt(t.Start); m >= 0 && a.Mentions[m].Kind != Pronoun {
			return m
		}
		if !(t.Tag.IsNoun() || t.Tag == text.IN || t.Tag == text.DT || t.Tag == text.POS || t.Tag.IsAdjective()) {
			return -1
		}
	}
	return -1
}

// afterPreposition reports a word at byte off right after a preposition.
func (f *finder) afterPreposition(off int) bool {
	k := f.r.TokenAt(off)
	return k > 0 && f.r.Tokens[k-1].Tag == text.IN
}

// placeAt reports a word at byte off that the copy puts where a place
// stands ("in Straumvík").
func (f *finder) placeAt(off int) bool {
	k := f.r.TokenAt(off)
	return k < len(f.r.Tokens) && f.placed[f.r.Tokens[k].Lower]
}

// agedAt reports "aged" right before the age at byte off.
func (f *finder) agedAt(off int) bool {
	k := f.r.TokenAt(off)
	return k > 0 && k < len(f.r.Tokens) && f.r.Tokens[k-1].Lower == "aged"
}

// appositeName returns the name mention in apposition after a role that
// ends at byte end, past the rest of a compound role ("chief executive"),
// or -1.
func (f *finder) appositeName(a *Analysis, end int) int {
	ts := f.r.Tokens
	n := f.nameAfterRole(ts, f.r.TokenAt(end)-1)
	if n < 0 {
		return -1
	}
	if m := a.MentionAt(ts[n].Start); m >= 0 && a.Mentions[m].Kind == Name {
		return m
	}
	return -1
}

// nameAfterRole returns the index of the token after the comma that sets
// off a name in apposition after the role noun toks[k], past the rest of a
// compound role ("chief executive"), or -1: "The 47-year-old chief
// executive, Luciana Bastos,", "the skipper of the club's team, Margit
// Solheim,".
func (f *finder) nameAfterRole(toks []text.Token, k int) int {
	c := k + 1
	if c < len(toks) && toks[c].Lower == "of" {
		// "The veteran skipper of the Gausdal Curling Club's women's
		// team, Margit Solheim,": past the phrase saying whose role it is,
		// of nouns and names only.
		for c++; c < len(toks) && c <= k+10 && toks[c].Lower != ","; c++ {
			if t := toks[c]; t.Kind != text.Word || !(t.Tag.IsNoun() || t.Tag == text.DT || t.Tag == text.POS || t.Tag.IsAdjective() || t.Tag == text.VBG || t.Lower == "'s" || t.Lower == "’s") {
				return -1
			}
		}
	} else if c < len(toks) && toks[c].Lower != "," && !toks[c].Capitalized(f.s) {
		c++ // the rest of a compound role
	}
	if c+1 < len(toks) && toks[c].Lower == "," {
		return c + 1
	}
	return -1
}

// topicInstead returns the subject of the sentence of mention by, for a
// bare "the 41-year-old" that by's person cannot be because the copy gave
// them another age, when that subject is someone else it gave no other
// age ("Alemu ran alone ... ahead of Kenya's Mercy Wanjiku, 24. The
// 41-year-old, who has two children, said"): the topic, not the person
// named in passing. It returns -1 otherwise.
func (f *finder) topicInstead(a *Analysis, by, value int) int {
	if by < 0 || a.Mentions[by].Person < 0 || !a.agedOtherwise(a.Mentions[by].Person, value) {
		return -1
	}
	t := a.clauseSubject(f.r, a.Mentions[by].Start)
	if t < 0 || t == by {
		return -1
	}
	if p := a.Mentions[t].Person; p < 0 || p == a.Mentions[by].Person || a.agedOtherwise(p, value) {
		return -1
	}
	return t
}

// agedOtherwise reports whether the copy already gave person p an age
// now other than value.
func (a *Analysis) agedOtherwise(p, value int) bool {
	for _, g := range a.Ages {
		if g.Person == p && !g.Past && g.Value != value {
			return true
		}
	}
	return false
}

// reachedBirth derives the birth of a person who turned age q at a time
// the clause gives within one year ("turned 60 last year" in copy of 2027:
// born in 1966; "turned 41 in March": born in March 41 years before).
func (f *finder) reachedBirth(q quantities.Quantity, ds []dates.Expr) (Birth, bool) {
	si := f.r.SentenceOf(f.r.TokenAt(q.Start))
	if si >= len(f.r.Sentences) {
		return Birth{}, false
	}
	d, ok := f.dateAfter(ds, f.r.Sentences[si], q.End, false)
	if !ok || d.Start-q.End > 4 && !f.sameClauseAfter(q.End, d.Start) || d.From.Year() != d.To.AddDate(0, 0, -1).Year() {
		return Birth{}, false
	}
	b := Birth{Span: Span{Start: q.Start, End: d.End}, Year: d.From.Year() - int(q.Value)}
	b.Text = fmt.Sprintf("%d (turned %s)", b.Year, f.s[q.Start:d.End])
	if k := f.r.TokenAt(q.Start); k > 0 && f.r.Tokens[k-1].Tag.IsVerb() {
		from := k - 1
		if from > 0 && f.r.Tokens[from-1].Tag == text.MD {
			from-- // "will be 70 in June"
		}
		b.Text = fmt.Sprintf("%d (%s)", b.Year, f.s[f.r.Tokens[from].Start:d.End]) // "1986 (turns 41 next month)"
	}
	if strings.HasSuffix(strings.ToLower(f.s[q.Start:q.End]), "birthday") {
		b.Text = fmt.Sprintf("%d (%s)", b.Year, f.s[q.Start:d.End]) // "1936 (90th birthday on Sunday)"
	}
	switch last := d.To.AddDate(0, 0, -1).Month(); {
	case d.From.Month() == last:
		b.Month = int(d.From.Month())
		if d.Granularity == "day" {
			b.Day = d.From.Day()
		}
	case d.Granularity != "year":
		b.Month, b.MonthTo = int(d.From.Month()), int(last) // "turned 50 in the summer"
	}
	return b, true
}

// pastBirth derives the birth of a person who was age q at a time the
// clause dates, right after the age or in a "when" clause: "was 30 in
// 1990", "was 24 when she joined the firm in 1998" (born in 1973 or 1974).
func (f *finder) pastBirth(q quantities.Quantity, ds []dates.Expr) (Birth, bool) {
	si := f.r.SentenceOf(f.r.TokenAt(q.Start))
	if si >= len(f.r.Sentences) {
		return Birth{}, false
	}
	fronted := q.Subject.Start >= q.End                                // "In 2009, aged 36, she left": the subject after the age
	d, ok := f.dateBeforeWhen(ds, f.r.Sentences[si], q.Start, fronted) // "in 2017, at 20, two years before ..."
	if !ok {
		d, ok = f.dateAfter(ds, f.r.Sentences[si], q.End, false)
	}
	if !ok || d.From.Year() != d.To.AddDate(0, 0, -1).Year() || !(d.Start-q.End <= 4 || d.End <= q.Start || whenClause(f.s[q.End:d.Start])) {
		// "opened the roastery in 2009, when she was 24", "since 2001,
		// when he was 19": a "when" clause on the date just before.
		if d, ok = f.dateBeforeWhen(ds, f.r.Sentences[si], q.Start, fronted); !ok {
			if d, ok = f.frontedWhenDate(ds, f.r.Sentences[si], q.Start); !ok {
				if d, ok = f.ageOfDate(ds, f.r.Sentences[si], q.Start); !ok {
					d, ok = f.dateBeforeAt(ds, f.r.Sentences[si], q.Start)
				}
				if !ok {
					if d, ok = f.thenDate(ds, f.r.Sentences[si], q); !ok {
						return Birth{}, false
					}
				}
			}
		}
	}
	y := d.From.Year() - int(q.Value) - 1
	b := Birth{Span: Span{Start: min(q.Start, d.Start), End: max(q.End, d.End)}, Year: y, OrNext: true}
	from := q.Start
	if k := f.r.TokenAt(q.Start); k >= 2 && f.r.Tokens[k-1].Lower == "at" {
		for j := k - 2; j >= 0 && j >= k-6 && f.r.Tokens[j].Start >= f.r.Sentences[si].Start && f.r.Tokens[j].Kind != text.Punct; j-- {
			if f.r.Tokens[j].Tag.IsVerb() {
				from = f.r.Tokens[j].Start // "died at 88 on Monday", "died on Sunday at 84"
				break
			}
		}
	}
	b.Text = fmt.Sprintf("%d or %d (%s)", y, y+1, f.s[min(from, d.Start):max(d.End, q.End)])
	return b, true
}

// dateBeforeAt returns the date of sentence s that ends right before
// "at" and the age at byte off: "died on Sunday at 84", "retired in March
// at 60", the time of the step of a life the age was reached at.
func (f *finder) dateBeforeAt(ds []dates.Expr, s text.Sentence, off int) (dates.Expr, bool) {
	for i := len(ds) - 1; i >= 0; i-- {
		d := ds[i]
		if d.End > off || d.Start < s.Start {
			continue
		}
		return d, d.Resolved && strings.EqualFold(f.s[d.End:off], " at ")
	}
	return dates.Expr{}, false
}

// ageOfDate returns, for an age written "at the age of" or "at age" at
// byte off, the last date of sentence s before it with no comma or
// semicolon between, within 80 bytes: the time of the clause that step of
// a life is told in ("died on Thursday at her home in Porto at the age of
// 84").
func (f *finder) ageOfDate(ds []dates.Expr, s text.Sentence, off int) (dates.Expr, bool) {
	before := strings.ToLower(f.s[max(s.Start, off-16):off])
	if !strings.HasSuffix(before, "at the age of ") && !strings.HasSuffix(before, "at age ") {
		return dates.Expr{}, false
	}
	src := f.s
	for i := len(ds) - 1; i >= 0; i-- {
		d := ds[i]
		if d.End > off || d.Start < s.Start {
			continue
		}
		if !d.Resolved || off-d.End > 80 || strings.ContainsAny(src[d.End:off], ",;") {
			return dates.Expr{}, false
		}
		return d, true
	}
	return dates.Expr{}, false
}

// deathBefore reports a verb of dying as the last verb of sentence s
// before byte off.
func (f *finder) deathBefore(s text.Sentence, off int) bool {
	ts := f.r.Tokens
	for k := f.r.TokenAt(off) - 1; k >= 0 && ts[k].Start >= s.Start; k-- {
		if ts[k].Tag.IsVerb() {
			return ts[k].Lemma == "die"
		}
	}
	return false
}

// thenDate returns, for an age written "then 17" in apposition ("In 2001
// Lee, then 17, became ..."), the date of one year its sentence gives
// before it, else the first after it in the sentence: the time "then" points
// at.
func (f *finder) thenDate(ds []dates.Expr, s text.Sentence, q quantities.Quantity) (dates.Expr, bool) {
	k := f.r.TokenAt(q.Start)
	if k >= 3 && (f.r.Tokens[k-1].Lower == "a" || f.r.Tokens[k-1].Lower == "an") {
		k-- // "Iriarte, then a 29-year-old programmer,"
	}
	if k < 2 || f.r.Tokens[k-1].Lower != "then" || f.r.Tokens[k-2].Lower != "," {
		return dates.Expr{}, false
	}
	oneYear := func(d dates.Expr) bool {
		return d.Resolved && d.Type == dates.Date && d.From.Year() == d.To.AddDate(0, 0, -1).Year()
	}
	i := sort.Search(len(ds), func(i int) bool { return ds[i].Start >= q.Start })
	for j := i - 1; j >= 0 && ds[j].Start >= s.Start; j-- {
		if oneYear(ds[j]) {
			return ds[j], true
		}
	}
	if d, ok := f.dateAfter(ds, s, q.End, false); ok && oneYear(d) {
		return d, true
	}
	return dates.Expr{}, false
}

// frontedWhenDate returns the date of one year inside a "when" clause
// that opens sentence s and ends at a comma before byte off: the time of
// the main clause's past age ("When the ferry broke down on Monday, ...,
// the first person on the quay was a 72-year-old retired captain").
func (f *finder) frontedWhenDate(ds []dates.Expr, s text.Sentence, off int) (dates.Expr, bool) {
	k := f.r.TokenAt(s.Start)
	ts := f.r.Tokens
	for j := k; j < len(ts) && j < k+16 && ts[j].Start < off; j++ {
		if ts[j].Lower == "—" || ts[j].Lower == "–" {
			k = j + 1 // past a dateline: "SKJELVIKA, Norway, July 9, 2025 (Copydesk) — When ..."
			break
		}
	}
	if k+1 < len(ts) && (ts[k].Lower == "in" || ts[k].Lower == "on") {
		// "In 2012, when she planted the first rows, Kertész was 45": a
		// date that opens the sentence before its "when" clause.
		for _, d := range ds {
			if d.Start != ts[k+1].Start || d.Type != dates.Date || !d.Resolved || d.From.Year() != d.To.AddDate(0, 0, -1).Year() {
				continue
			}
			if w := strings.Fields(strings.ToLower(f.s[d.End:min(off, d.End+12)])); len(w) >= 2 && w[0] == "," && w[1] == "when" && strings.Count(f.s[d.End:off], ",") >= 2 {
				return d, true
			}
		}
		return dates.Expr{}, false
	}
	if k >= len(ts) || ts[k].Lower != "when" {
		return dates.Expr{}, false
	}
	for _, d := range ds {
		if d.Start < ts[k].End || d.End > off || d.Type != dates.Date {
			continue // "for the third time in a month": a length, no date
		}
		if !d.Resolved || d.From.Year() != d.To.AddDate(0, 0, -1).Year() || !strings.Contains(f.s[d.End:off], ",") {
			return dates.Expr{}, false
		}
		return d, true // the clause's first date dates it
	}
	return dates.Expr{}, false
}

// dateBeforeWhen returns the date of one year that a clause ", when she
// was" or ", when Khoury was" right before byte off hangs on ("in 2009,
// when she was 24"), or
// that an age set off by ", at" follows ("in 1990, at 41"), or, fronted
// with its subject after, by ", aged" or ", at the age of" ("In 2009,
// aged 36, she left").
func (f *finder) dateBeforeWhen(ds []dates.Expr, s text.Sentence, off int, fronted bool) (dates.Expr, bool) {
	i := sort.Search(len(ds), func(i int) bool { return ds[i].End > off }) - 1
	if i < 0 || ds[i].Start < s.Start || !ds[i].Resolved {
		return dates.Expr{}, false
	}
	d := ds[i]
	if d.Type != dates.Date || d.From.Year() != d.To.AddDate(0, 0, -1).Year() {
		// "since 2001, when he was 19": the year the open stretch starts.
		y, err := strconv.Atoi(d.Text[max(0, len(d.Text)-4):])
		if err != nil || y < 1800 || y > 2100 {
			return dates.Expr{}, false
		}
		d.From, d.To = time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(y+1, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	ws := strings.Fields(strings.ToLower(f.s[ds[i].End:off]))
	switch strings.Join(ws, " ") {
	case ", at":
		return d, true // "in 1990, at 41": an age set off after the dated clause
	case ", aged", ", at the age of", ", at age":
		// "In 2009, aged 36, she left": fronted with its subject after;
		// after a clause, its subject's ("founded the firm in 1971, at
		// the age of 24"), but not after a death ("the old man died in
		// 2009, aged 81"): copy tells the deaths of those it names in
		// passing, whom a pronoun or a description leaves unsure.
		return d, fronted || !f.deathBefore(s, d.Start)
	}
	comma := 0
	if len(ws) > 0 && ws[0] == "," {
		comma = 1 // "in 1962, when she was 4"; or with none, "in 1962 when she was 4"
	}
	if len(ws) < 3+comma || len(ws) > 5+comma || ws[comma] != "when" || ws[len(ws)-1] != "was" && ws[len(ws)-1] != "were" {
		return dates.Expr{}, false
	}
	switch ws[comma+1] {
	case "he", "she", "i", "they", "we":
		return d, len(ws) == 3+comma
	}
	// "in 2012, when Khoury was 41": the subject named, in capitals.
	subj := strings.Fields(f.s[ds[i].End:off])
	for _, w := range subj[comma+1 : len(subj)-1] {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return dates.Expr{}, false
		}
	}
	return d, true
}

// whenClause reports whether gap, the copy between an age and a date,
// opens a "when" clause that runs on to the date: no punctuation or quote
// mark ends it first, but for the comma that may set the date off right
// after "when" and commas that set off phrases of place or time.
func whenClause(gap string) bool {
	g := strings.TrimSpace(gap)
	if rest, ok := strings.CutPrefix(g, "when,"); ok {
		g = "when " + rest // "was 40 when, in 1990, she took over": the date set off first
	}
	if !strings.HasPrefix(g, "when ") || strings.ContainsAny(g, ";.:\"“”") || strings.Contains(g, " and ") {
		return false // not "when he co-founded the orchestra and served as its concertmaster for 31 years, until 2008"
	}
	// A comma may set off a phrase of place or time inside the clause
	// ("when he was sent to open the London office, in London, in 1997"),
	// not a clause of its own.
	parts := strings.Split(g, ",")
	for i, p := range parts[1:] {
		w, _, _ := strings.Cut(strings.TrimSpace(p), " ")
		if !lexicon.Default().Is(lexicon.Prepositions, strings.ToLower(w)) && (i == len(parts)-2 || !apposedPhrase(p)) {
			return false
		}
	}
	return true
}

// apposedPhrase reports a phrase set off between commas that describes
// the name before it, or names the noun before it: a name of two words or
// more, or a noun phrase its determiner opens, after an adverb of time if
// any ("when he led Vilarinho, then an amateur club, to the
// cup semi-finals in 2014"; "when she joined Orla, a start-up, in 2011").
func apposedPhrase(p string) bool {
	if name := strings.Fields(p); len(name) >= 2 && len(name) <= 4 && allCapitalised(name) {
		return true // "when she took over the farm from her father, Sebastião Moura, in 1998"
	}
	ws := strings.Fields(strings.ToLower(p))
	if len(ws) > 0 && apposedAdverbs[ws[0]] {
		ws = ws[1:]
	}
	return len(ws) >= 2 && lexicon.Default().Is(lexicon.Determiners, ws[0])
}

// allCapitalised reports words that each open with a capital letter: a
// name.
func allCapitalised(ws []string) bool {
	for _, w := range ws {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// sameClauseAfter reports whether bytes [from, to) hold no comma, finite
// verb or conjunction: a date there still times the age just before it
// ("celebrated his 55th birthday on the campaign trail last month").
func (f *finder) sameClauseAfter(from, to int) bool {
	ts := f.r.Tokens
	for k := f.r.TokenAt(from); k < len(ts) && ts[k].Start < to; k++ {
		if t := ts[k]; t.Lower == "," || t.Lower == ";" || t.Tag.IsFinite() || t.Tag == text.CC || t.Tag == text.WDT || t.Tag == text.WP {
			return false
		}
	}
	return true
}

// births ties each birth date to a person: "born" followed by a date with
// its year ("born in 1980", "born on June 3, 1975"), whose person is the
// subject after a fronted phrase ("Born in 1980 in Lyon, Moreau ..."), the
// subject of "was born", or the name before an appositive ("Moreau, born
// in 1980,", "Moreau, who was born in").
func (f *finder) births(a *Analysis, ds []dates.Expr) {
	for k, t := range f.r.Tokens {
		if t.Lower != "born" && !f.bornAbbrev(k) {
			continue
		}
		si := f.r.SentenceOf(k)
		d, ok := f.dateAfter(ds, f.r.Sentences[si], t.End, true)
		if !ok {
			continue
		}
		b := Birth{Span: Span{Start: d.Start, End: d.End}, Text: d.Text, Year: d.From.Year(), Person: -1, By: -1}
		if d.HasMonth || d.Granularity == "month" || d.Granularity == "day" {
			b.Month = int(d.From.Month())
		}
		if d.HasDay || d.Granularity == "day" {
			b.Day = d.From.Day()
		}
		b.By = f.bornSubject(a, si, k, d.End)
		if b.By >= 0 {
			b.Person = a.Mentions[b.By].Person
		}
		a.Births = append(a.Births, b)
	}
}

// bornAbbrev reports "b." opening a bracket after a name: "Anneli
// Rautakoski (b. 1979)".
func (f *finder) bornAbbrev(k int) bool {
	ts := f.r.Tokens
	return ts[k].Lower == "b" && k > 0 && ts[k-1].Lower == "(" && k+2 < len(ts) && ts[k+1].Lower == "." && ts[k+2].Kind == text.Number
}

// dateAfter returns the first resolved date with a year after off in
// sentence s; with clause set, only one in the clause that goes on from
// off (no finite verb or semicolon before it: "born on a farm near Tarvisio
// in 1971", not "born there, and moved in 1990"). The callers without it
// test the words between themselves ("was 19 when he won the title in
// 2008").
func (f *finder) dateAfter(ds []dates.Expr, s text.Sentence, off int, clause bool) (dates.Expr, bool) {
	i := sort.Search(len(ds), func(i int) bool { return ds[i].Start >= off })
	for _, d := range ds[i:] {
		if d.Start >= s.End || clause && !f.clauseGoesOn(off, d.Start) {
			break
		}
		if d.Resolved && d.Type == dates.Date && d.Granularity != "decade" && d.Granularity != "century" {
			return d, true
		}
	}
	return dates.Expr{}, false
}

// clauseGoesOn reports whether no finite verb, semicolon or colon stands
// between byte offsets from and to.
func (f *finder) clauseGoesOn(from, to int) bool {
	ts := f.r.Tokens
	for k := f.r.TokenAt(from); k < len(ts) && ts[k].Start < to; k++ {
		if t := ts[k]; t.Lower == ";" || t.Lower == ":" || t.Tag.IsFinite() {
			return false
		}
	}
	return true
}

// contactRelative reports a relative clause without "that" opening at
// toks[j] on the common noun before it: a subject (an owner and a noun, a
// determiner and a noun, or a pronoun) and then a finite verb, within five
// words and no comma ("the farmhouse his grandfather built", "the mill
// they ran").
func contactRelative(toks []text.Token, j int) bool {
	if j < 1 || !toks[j-1].Tag.IsNoun() || toks[j-1].Tag.IsProper() || toks[j].Tag != text.PRPS && toks[j].Tag != text.DT && toks[j].Tag != text.PRP {
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+5; k++ {
		switch t := toks[k]; {
		case t.Tag.IsFinite():
			return k > j+1 || toks[j].Tag == text.PRP
		case t.Lower == "," || !(t.Tag.IsNoun() || t.Tag.IsAdjective()):
			return false
		}
	}
	return false
}

// bornSubject returns the mention "born" at token k (in sentence si, its
// date ending at dateEnd) is said of, or -1.
func (f *finder) bornSubject(a *Analysis, si, k, dateEnd int) int {
	first := f.r.First(si)
	toks := f.r.Words(si)
	i := k - first
	switch {
	case f.fronted(a, toks, i):
		// "Born in 1980 in Lyon, Moreau studied law", "Raised in Porto and
		// born in 1966, Duarte ...": the subject after the fronted
		// phrase's comma.
		// The phrase may go on after the date ("Born on August 14, 1979,
		// in Gislaved, she started ..."): the subject follows the first
		// comma after it that a mention follows, before any verb, however
		// long the phrase ("Born on Nov. 12, 1968, in the river port of
		// Esselbridge, Oyelaran studied law").
		for j := i + 1; j < len(toks); j++ {
			if (toks[j].Tag == text.WDT || toks[j].Tag == text.WP || toks[j].Tag == text.WPS) && toks[j-1].Kind == text.Word {
				// "Born in 2001 in Bekoji, the highland town that has
				// produced champions, he ...": a relative clause on the
				// place has verbs of its own; the phrase goes on after it.
				for j+1 < len(toks) && toks[j+1].Lower != "," {
					j++
				}
				continue
			}
			if contactRelative(toks, j) {
				// "Born in 1941 in the farmhouse his grandfather built,
				// Michael Dunne said ...": a relative clause without "that"
				// on the place, its own subject and verb.
				for j+1 < len(toks) && toks[j+1].Lower != "," {
					j++
				}
				continue
			}
			if toks[j].Tag.IsFinite() {
				break
			}
			if toks[j].Lower == "," && toks[j].Start >= dateEnd {
				if m := f.mentionOpening(a, toks, j+1); m >= 0 {
					return f.pastApposition(a, toks, j+1, m)
				}
			}
		}
	case i >= 2 && linking(toks[i-1]):
		w := i - 1
		if m, ok := a.whoAntecedent(toks, w-1); ok {
			return m
		}
		return a.lastMentionIn(toks[0].Start, toks[w].Start)
	case i >= 2 && toks[i-1].Lower == "(":
		// "Anneli Rautakoski (b. 1979)": the name before the bracket.
		if m := a.MentionAt(toks[i-2].Start); m >= 0 {
			return m
		}
		return a.lastMentionIn(toks[0].Start, toks[i-1].Start)
	case i >= 1 && toks[i-1].Tag.IsNoun() && a.MentionAt(toks[i-1].Start) >= 0:
		// "Gérard Castaing, a grower born in 1949 who ran the domaine":
		// the participle says it of the person noun it follows; "A former
		// bus driver born in 1958 in Bello, the councillor has ...": a
		// noun phrase opening the sentence describes the subject after
		// its comma.
		m := a.MentionAt(toks[i-1].Start)
		if opensSentence(toks, i-1) {
			if s := f.subjectAfterPhrase(a, toks, i, dateEnd); s >= 0 {
				return s
			}
		}
		return m
	case i >= 2 && toks[i-1].Lower == ",":
		// "Moreau, born in 1980,", "Kofi Mensah (31), born in 1990,"; not
		// "Her predecessor, born in 1951,", where "Her" only determines
		// the phrase the participle is said of.
		m := a.lastMentionIn(toks[0].Start, toks[i-1].Start)
		if m >= 0 && a.Mentions[m].Kind == Pronoun && wordsBetween(toks, a.Mentions[m].End, toks[i-1].Start) {
			return -1
		}
		return m
	}
	return -1
}

// pastApposition returns, for mention m opening at toks[k] after a fronted
// phrase, the name after the noun phrase m heads when that phrase is an
// apposition to it ("Born in 1998 in Polomolok, the son of a plantation
// worker, Dalisay learned"): a comma, no finite verb between, and a name
// opening after it. Else m.
func (f *finder) pastApposition(a *Analysis, toks []text.Token, k, m int) int {
	for j := k; j < len(toks); j++ {
		switch {
		case toks[j].Tag.IsFinite():
			return m
		case toks[j].Lower == "," && toks[j].Start > a.Mentions[m].Start:
			if n := f.mentionOpening(a, toks, j+1); n >= 0 && a.Mentions[n].Kind != Pronoun {
				return n // a pronoun there may be anyone the paragraph before named
			}
			return m
		}
	}
	return m
}

// subjectAfterPhrase returns the mention opening after the first comma past
// byte dateEnd, with no finite verb from token i to it: the subject a
// phrase fronted before it describes; -1 for none.
func (f *finder) subjectAfterPhrase(a *Analysis, toks []text.Token, i, dateEnd int) int {
	for j := i + 1; j < len(toks); j++ {
		if toks[j].Tag.IsFinite() {
			return -1
		}
		if toks[j].Lower == "," && toks[j].Start >= dateEnd {
			return f.mentionOpening(a, toks, j+1)
		}
	}
	return -1
}

// opensSentence reports a noun at toks[k] whose phrase opens the sentence:
// only a determiner, adjectives or nouns before it.
func opensSentence(toks []text.Token, k int) bool {
	for j := 0; j < k; j++ {
		if t := toks[j].Tag; t != text.DT && !t.IsAdjective() && !t.IsNoun() && t != text.VBN {
			return false
		}
	}
	return true
}

// whoAntecedent returns the mention a relative clause opened by "who" at
// toks[w] after a comma is said of: the name before the comma, or past
// its appositives ("Olga Coto, 56, of Miami, who was born in 1949"); -1
// when none is. ok is false when toks[w] opens no such clause.
func (a *Analysis) whoAntecedent(toks []text.Token, w int) (m int, ok bool) {
	if w >= 2 && toks[w].Lower == "who" && toks[w-1].Tag.IsNoun() && !toks[w-1].Tag.IsProper() {
		// "her father, Sérgio Figueiredo, a retired bus driver who ran
		// the first edition": the noun before a "who" without a comma,
		// or the name it is set beside.
		if m := a.MentionAt(toks[w-1].Start); m >= 0 {
			return m, true
		}
		m = a.lastMentionIn(toks[0].Start, toks[w-1].Start)
		if m >= 0 && !a.finiteBetween(toks, a.Mentions[m].End, toks[w-1].Start) {
			return m, true
		}
		return -1, true
	}
	if w < 2 || toks[w].Lower != "who" || toks[w-1].Lower != "," {
		return -1, false
	}
	if m := a.MentionAt(toks[w-2].Start); m >= 0 {
		return m, true
	}
	kin := func(k int) bool { return k >= 0 && lexicon.Default().Is(lexicon.Kinship, toks[k].Lower) }
	if kin(w-2) || w >= 4 && toks[w-2].Tag.IsProper() && toks[w-3].Lower == "," && kin(w-4) {
		// "Her daughter, Zofia, who was born in 2009", "her son, who
		// was born in 2011": the relative named right before the comma,
		// though no person of the layer, is what "who" stands for, not
		// the mother before it.
		return -1, true
	}
	m = a.lastMentionIn(toks[0].Start, toks[w-1].Start)
	if m >= 0 && !a.finiteBetween(toks, a.Mentions[m].End, toks[w-1].Start) {
		return m, true
	}
	return -1, true
}

// wordsAt returns the words of the sentence that holds byte off and the
// index among them of the word at off; ok is false past the last sentence.
func (f *finder) wordsAt(off int) (toks []text.Token, i int, ok bool) {
	k := f.r.TokenAt(off)
	si := f.r.SentenceOf(k)
	if si >= len(f.r.Sentences) {
		return nil, 0, false
	}
	return f.r.Words(si), k - f.r.First(si), true
}

// relativeSubject returns the mention an age after ", who was" is said
// of ("behind Ye-rin Kwon, 31, who was 19 when she won the title"), not
// the subject of the sentence; ok is false when the age stands in no
// such clause.
func (f *finder) relativeSubject(a *Analysis, off int) (int, bool) {
	toks, i, ok := f.wordsAt(off)
	if !ok || i < 2 || i >= len(toks) || !linking(toks[i-1]) {
		return -1, false
	}
	return a.whoAntecedent(toks, i-2)
}

// inRelative returns the antecedent of a relative ", who" that the clause
// holding byte off belongs to, when no subject stands between them ("her
// grandmother, Amaia Etxeberria, who ran a fish stall and died in 1998,
// at 80"); ok is false when off stands in no such clause.
func (f *finder) inRelative(a *Analysis, off int) (int, bool) {
	return f.inRelativePast(a, off, func(m *Mention) bool { return m.Subject })
}

// inRelativePast is inRelative where any mention stop accepts, between
// the clause's "who" and byte off, ends the search.
func (f *finder) inRelativePast(a *Analysis, off int, stop func(*Mention) bool) (int, bool) {
	toks, i, ok := f.wordsAt(off)
	if !ok {
		return -1, false
	}
	for j := min(i, len(toks)) - 1; j >= 2; j-- {
		if m := a.MentionAt(toks[j].Start); m >= 0 && stop(&a.Mentions[m]) {
			return -1, false
		}
		if toks[j].Lower == "who" {
			return a.whoAntecedent(toks, j)
		}
	}
	return -1, false
}

// fronted reports whether toks[i] stands in a phrase that opens the
// sentence (after a dateline's dash, if any) before its subject: no finite
// verb and no mention of a person before it, and a comma after it.
func (f *finder) fronted(a *Analysis, toks []text.Token, i int) bool {
	for k := i - 1; k >= 0; k-- {
		if w := toks[k].Lower; w == "—" || w == "–" || w == "--" || w == "-" && k > 0 && toks[k-1].Lower == "-" {
			toks, i = toks[k+1:], i-k-1 // the sentence after a dateline's dash
			break
		}
	}
	if i > maxFronted {
		return false
	}
	for _, t := range toks[:i] {
		if t.Tag.IsFinite() || t.Lower == "," || a.MentionAt(t.Start) >= 0 {
			return false
		}
	}
	for _, t := range toks[i+1:] {
		if t.Lower == "," {
			return true
		}
	}
	return false
}

// maxFronted bounds the words a fronted phrase runs before its participle.
const maxFronted = 12

// madeSubject reports a passive verb of appointment at toks[j] (or
// before "as" or "to" there), whose complement says what its subject was
// made: "was named the firm's counsel", "has been appointed as head",
// "who was promoted to chief engineer".
func (f *finder) madeSubject(toks []text.Token, j int) bool {
	if j > 0 && (toks[j].Lower == "as" || toks[j].Lower == "to") {
		j-- // "appointed as head", "promoted to chief engineer"
	}
	if toks[j].Tag != text.VBN || !f.lx.Is(lexicon.AppointmentVerbs, toks[j].Lemma) {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-2; k-- {
		if toks[k].Lemma == "be" || toks[k].Lemma == "get" {
			return true
		}
		if !toks[k].Tag.IsAdverb() {
			return false
		}
	}
	return false
}

// linking reports a linking verb, in any form: "is", "has been",
// "became", "remains". What follows it says what the subject is.
func linking(t text.Token) bool {
	return t.Tag.IsVerb() && (t.Lemma == "be" || t.Lemma == "become" || t.Lemma == "remain")
}

// lastMentionIn returns the last mention within [from, to), or -1.
func (a *Analysis) lastMentionIn(from, to int) int {
	i := a.LastBefore(to)
	if i >= 0 && a.Mentions[i].Start >= from {
		return i
	}
	return -1
}

// lastMentionBefore returns the last mention of a person before off, in
// sentence minSent or later, or -1.
func (a *Analysis) lastMentionBefore(off, minSent int) int {
	for i := a.LastBefore(off); i >= 0 && a.Mentions[i].Sentence >= minSent; i-- {
		if a.Mentions[i].Person >= 0 {
			return i
		}
	}
	return -1
}

// antecedentOfAge is lastMentionBefore for an age that names nobody ("The
// 43-year-old said"), passing over a role introduced by "a" or "an" in a
// prepositional phrase ("a new work by a young Czech composer"), someone
// told in passing, and over the speaker whose words the age opens.
func (f *finder) antecedentOfAge(a *Analysis, off, minSent int) int {
	speaker := f.speakerBefore(a, off)
	for i := a.LastBefore(off); i >= 0 && a.Mentions[i].Sentence >= minSent; i-- {
		if m := a.Mentions[i]; m.Person >= 0 && m.Person != speaker && !(m.Kind == Role && f.indefiniteInPhrase(m.Start)) {
			return i
		}
	}
	return -1
}

// speakerBefore returns the person who says what an age at byte off
// opens ("Lombardi's barrister, Fiona Gatt, said the 52-year-old would
// appeal"): a speaker calls no one, not themself, "the 52-year-old". It is
// -1 when a verb of saying and "the" do not stand right before off.
func (f *finder) speakerBefore(a *Analysis, off int) int {
	ts := f.r.Tokens
	k := f.r.TokenAt(off)
	if k < 3 || k >= len(ts) || ts[k-1].Lower != "the" {
		return -1
	}
	v := k - 2
	if !saying(f.lx, ts[v]) && (ts[v].Tag.IsNoun() || ts[v].Tag == text.PRP) {
		v-- // "told reporters the 61-year-old was tired"
	}
	if !saying(f.lx, ts[v]) {
		return -1
	}
	if i := a.LastBefore(ts[v].Start); i >= 0 && a.Mentions[i].Sentence == f.r.SentenceOf(k) {
		return a.Mentions[i].Person
	}
	return -1
}

// indefiniteInPhrase reports "a" or "an" at byte off right after a
// preposition: "by a young Czech composer", "with an architect".
func (f *finder) indefiniteInPhrase(off int) bool {
	k := f.r.TokenAt(off)
	ts := f.r.Tokens
	return k >= 1 && k < len(ts) && ts[k].Start == off && (ts[k].Lower == "a" || ts[k].Lower == "an") && ts[k-1].Tag == text.IN
}

// otherSpeaker returns, when the quote that closes before byte off speaks
// of the person of mention by in the third person and of its speaker in
// the first ("'She runs smarter than I ever did,' said the 55-year-old"
// after "She is coached by her father, Sérgio Figueiredo"), the last
// mention of someone else before the quote and outside quotes, from
// sentence minSent on; else -1.
func (f *finder) otherSpeaker(a *Analysis, off, by, minSent int) int {
	quotes := f.r.Quotes
	if by < 0 || a.Mentions[by].Person < 0 {
		return -1
	}
	p := a.Mentions[by].Person
	var q text.Span
	for _, s := range quotes {
		if s.End > off {
			break
		}
		q = s
	}
	spoken, self := false, false
	for _, m := range a.Mentions {
		if m.Start >= q.Start && m.End <= q.End && m.Kind == Pronoun && m.Person == p && !firstPerson(m.Text) {
			spoken = true
		}
	}
	for k := f.r.TokenAt(q.Start); k < len(f.r.Tokens) && f.r.Tokens[k].Start < q.End; k++ {
		self = self || firstPerson(f.r.Tokens[k].Lower)
	}
	if !spoken || !self {
		return -1 // only a speaker who says "I" sets "she" apart from themself
	}
	for i := a.LastBefore(q.Start); i >= 0 && a.Mentions[i].Sentence >= minSent; i-- {
		if m := a.Mentions[i]; m.Person >= 0 && m.Person != p && !text.InQuotes(quotes, m.Start) {
			return i
		}
	}
	return -1
}

// firstPerson reports "I", "me", "my", "we" and the like.
func firstPerson(w string) bool {
	switch strings.ToLower(w) {
	case "i", "me", "my", "mine", "we", "us", "our":
		return true
	}
	return false
}

// lastMentionOutside is lastMentionBefore skipping mentions inside quotes.
func (a *Analysis) lastMentionOutside(quotes []text.Span, off, minSent int) int {
	last := -1
	for i := a.LastBefore(off); i >= 0 && a.Mentions[i].Sentence >= minSent; i-- {
		m := a.Mentions[i]
		if m.Person < 0 || text.InQuotes(quotes, m.Start) {
			continue
		}
		if m.Subject {
			// The subject of the last sentence told outside the quotes,
			// not a name inside what it says: "Ebenkofler said the
			// operator, Gamskogel Bergbahnen, had agreed ..." before
			// "'...,' said the 59-year-old".
			return i
		}
		if last < 0 {
			last = i
		}
	}
	return last
}

// afterQuote reports an age right after "said the" that follows a quote's
// closing mark: "...," said the 58-year-old.
func (f *finder) afterQuote(off int) bool {
	ts := f.r.Tokens
	k := f.r.TokenAt(off)
	return k >= 1 && k < len(ts) && ts[k-1].Lower == "the" && f.invertedSpeaker(ts, k-1)
}

// quoteEndingAt returns the start of the quotation that ends right before
// "the" before the age at byte off ("'...,' the 57-year-old said"), or -1.
func (f *finder) quoteEndingAt(off int) int {
	ts := f.r.Tokens
	k := f.r.TokenAt(off)
	if k < 2 || k >= len(ts) || ts[k-1].Lower != "the" {
		return -1
	}
	for _, q := range f.r.Quotes {
		if q.End >= ts[k-2].Start && q.End <= ts[k-1].Start && q.End > q.Start {
			return q.Start
		}
	}
	return -1
}

// clauseSubject returns the subject mention of the sentence holding off, if
// it stands before off.
func (a *Analysis) clauseSubject(r *text.Reading, off int) int {
	si := r.SentenceOf(r.TokenAt(off))
	if si >= len(r.Sentences) {
		return -1
	}
	from := r.Sentences[si].Start
	for i := a.LastBefore(off); i >= 0 && i > a.LastBefore(off)-maxScan && a.Mentions[i].Start >= from; i-- {
		if a.Mentions[i].Subject {
			return i
		}
	}
	return -1
}

// wordsBetween reports whether a word stands in toks between byte offsets
// from and to.
func wordsBetween(toks []text.Token, from, to int) bool {
	for _, t := range toks {
		if t.Start >= from && t.End <= to && t.Kind == text.Word {
			return true
		}
	}
	return false
}

// finiteBetween reports whether a finite verb stands in toks between byte
// offsets from and to, other than one that opens an age the copy gives
// ("Kaori Nishimura, aged 41, who was born ...": "aged" read as a past
// tense is the age's own word).
func (a *Analysis) finiteBetween(toks []text.Token, from, to int) bool {
	for k, t := range toks {
		if t.Start >= from && t.End <= to && t.Tag.IsFinite() && !(k+1 < len(toks) && a.ageAt(toks[k+1].Start)) && !participleOnNoun(toks, k) {
			return true
		}
	}
	return false
}

// participleOnNoun reports a past form right after a common noun and
// before a preposition: the participle of a phrase on the noun ("a young
// driver based at the depot"), whatever the tagger read.
func participleOnNoun(toks []text.Token, k int) bool {
	return toks[k].Tag == text.VBD && k > 0 && k+1 < len(toks) && (toks[k-1].Tag == text.NN || toks[k-1].Tag == text.NNS) && toks[k+1].Tag == text.IN
}

// mentionOpening returns the mention that starts at toks[j], past an
// honorific or title before the name ("Born in 1944, Mr. LeGere
// attributed ...") or "the" and a comparative of age ("the elder
// Šimůnek"), or -1.
func (f *finder) mentionOpening(a *Analysis, toks []text.Token, j int) int {
	for k := j; k < len(toks) && k <= j+5; k++ {
		if m := a.MentionAt(toks[k].Start); m >= 0 {
			return m
		}
		w := strings.TrimSuffix(toks[k].Lower, ".")
		if _, cmp := ageComparatives[w]; cmp || w == "the" && k == j {
			continue // "the elder Šimůnek"
		}
		if k > j && (f.roleNoun(toks[k]) || toks[k].Tag.IsAdjective() || toks[k].Tag == text.VBG || toks[k].Tag == text.VBN || strings.HasSuffix(w, "year-old")) {
			continue // "the agronomist Helena Pereira", "the long-serving surgeon Ama Owusu"
		}
		// An honorific, a title or any capitalised word of one before the
		// name: "Senior Resident Magistrate Grace Achieng".
		if !f.lx.Is(lexicon.Honorifics, w) && !isTitleHead(f.lx, w) && toks[k].Lower != "." && !(toks[k].Kind == text.Word && toks[k].Capitalized(f.s)) {
			return -1
		}
	}
	return -1
}

// ageAt reports whether an age the copy gives starts at byte off. Ages
// are in text order.
func (a *Analysis) ageAt(off int) bool {
	i := sort.Search(len(a.Ages), func(i int) bool { return a.Ages[i].Start >= off })
	return i < len(a.Ages) && a.Ages[i].Start == off
}
