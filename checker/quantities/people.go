package quantities

import (
	"regexp"
	"strconv"
	"strings"
)

// personNouns name people; "the 56-year-old man" is an age.
var personNouns = map[string]bool{
	"man": true, "woman": true, "boy": true, "girl": true, "child": true, "son": true,
	"daughter": true, "mother": true, "father": true, "wife": true, "husband": true,
	"brother": true, "sister": true, "grandmother": true, "grandfather": true, "widow": true,
	"widower": true, "driver": true, "student": true, "teacher": true, "nurse": true,
	"doctor": true, "farmer": true, "worker": true, "pilot": true, "suspect": true,
	"victim": true, "mayor": true, "minister": true, "leader": true, "president": true,
	"candidate": true, "chief": true, "executive": true, "founder": true, "owner": true,
	"officer": true, "soldier": true, "player": true, "striker": true, "coach": true,
	"singer": true, "actor": true, "actress": true, "author": true, "writer": true,
	"resident": true, "retiree": true, "pensioner": true, "veteran": true, "lawyer": true,
	"judge": true, "senator": true, "councillor": true, "chairman": true, "chairwoman": true,
	"teenager": true, "baby": true, "grandson": true, "granddaughter": true, "friend": true,
	"neighbour": true, "neighbor": true, "partner": true, "aunt": true, "uncle": true,
	"cousin": true, "nephew": true, "niece": true, "colleague": true, "patient": true,
	"engineer": true, "scientist": true, "economist": true, "activist": true, "journalist": true,
	"goalkeeper": true, "defender": true, "midfielder": true, "athlete": true, "runner": true,
	"fisherman": true, "baker": true, "climber": true, "skipper": true, "captain": true,
}

// adjSkip are words skipped between "-year-old" and its noun.
var adjSkip = map[string]bool{
	"former": true, "retired": true, "veteran": true, "local": true, "new": true, "young": true,
	"british": true, "french": true, "german": true, "swiss": true, "first-time": true,
}

// capFunc are capitalised words that are not names.
var capFunc = map[string]bool{
	"the": true, "a": true, "an": true, "he": true, "she": true, "it": true, "they": true,
	"his": true, "her": true, "their": true, "in": true, "on": true, "at": true, "but": true,
	"and": true, "however": true, "meanwhile": true, "yet": true, "still": true, "after": true,
	"before": true, "when": true, "while": true, "since": true, "for": true, "of": true,
	"by": true, "this": true, "that": true, "last": true, "next": true, "monday": true,
	"tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "i": true, "we": true, "you": true, "its": true, "there": true, "as": true,
	"if": true, "so": true, "also": true, "today": true, "yesterday": true, "now": true,
	"then": true, "with": true, "from": true, "to": true, "one": true, "some": true,
}

// nameBefore returns the run of capitalised words ending at the token
// before[k], a name such as "Maria Kowalczyk" or "Mr. Berg".
func nameBefore(before []tok, k int) (Span, bool) {
	if k >= len(before) || !before[k].isCap() || capFunc[before[k].lower()] {
		return Span{}, false
	}
	if _, isMonth := monthWords[before[k].lower()]; isMonth {
		return Span{}, false
	}
	sp := Span{before[k].start, before[k].end}
	for j := k + 1; j < len(before) && j < k+4; j++ {
		t := before[j]
		if t.w == "." && j+1 < len(before) && before[j+1].isCap() {
			continue // "Mr." or an initial
		}
		if !t.isCap() || capFunc[t.lower()] {
			break
		}
		sp.Start = t.start
	}
	return sp, true
}

// roleBefore returns a noun phrase naming a person ending at before[k]:
// "her mother", "the driver", "a neighbour".
func roleBefore(before []tok, k int) (Span, bool) {
	if k >= len(before) || !personNouns[before[k].lower()] {
		return Span{}, false
	}
	sp := Span{before[k].start, before[k].end}
	if j := k + 1; j < len(before) {
		switch w := before[j].lower(); {
		case w == "her" || w == "his" || w == "their" || w == "the" || w == "a" || w == "an" || w == "its" || w == "our" || w == "my" || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s"):
			sp.Start = before[j].start
		}
	}
	return sp, true
}

// age reads q as an age if it is one; it reports whether it did.
func (sc *scanner) age(q *Quantity, before, after []tok) bool {
	if q.Value != float64(int(q.Value)) || q.Value < 1 || q.Value > 119 || q.Approx == Vague {
		return false
	}
	past := false
	switch word(before, 0) {
	case "was", "were", "turned", "turns", "turn", "then", "then-", "at":
		past = true
	}
	if w := word(after, 0); w == "when" || w == "at" && word(after, 1) == "the" && word(after, 2) == "time" {
		past = true
	}
	switch {
	case q.Unit == "year-old" && strings.HasSuffix(strings.ToLower(q.Text), "old") && strings.Contains(q.Text, " "):
		// "Smith is 54 years old", "who was 40 years old when".
		namedSubject(q, before)
		q.Kind, q.Past = Age, past
		return true
	case q.Unit == "year-old":
		// "the 56-year-old", "a 54-year-old man", "54-year-old Ana Ruiz".
		k := 0
		for k < len(after) && adjSkip[after[k].lower()] {
			k++
		}
		if k < len(after) && after[k].isCap() && after[k].isWord() && !capFunc[after[k].lower()] {
			sp := Span{after[k].start, after[k].end}
			for j := k + 1; j < len(after) && j < k+4 && after[j].isCap() && after[j].isWord(); j++ {
				sp.End = after[j].end
			}
			q.Kind, q.Subject, q.SubjectIsName, q.Past = Age, sp, true, past
			return true
		}
		w := word(after, k)
		if personNouns[singular(w)] {
			q.Kind, q.Subject, q.Past = Age, Span{after[k].start, after[k].end}, past
			q.Anaphor = q.Definite || word(before, 0) == "the"
			return true
		}
		if k == 0 && (w == "" || !after[0].isWord() || stopWords[w]) && word(before, 0) == "the" {
			q.Kind, q.Anaphor, q.Past = Age, true, past
			return true
		}
		// A thing's age ("the 10-year-old treaty"): see elapsed.
		return false
	case q.Unit == "" && word(before, 0) == "aged":
		if sp, ok := nameBefore(before, 2); ok && word(before, 1) == "," {
			q.Subject, q.SubjectIsName = sp, true
		} else if sp, ok := roleBefore(before, 1); ok {
			q.Subject = sp
		}
		q.Kind, q.Past = Age, past
		return true
	case q.Unit == "" && word(before, 0) == "was" && word(after, 0) == "when":
		// "who was 40 when elected in 2010": an age then, not now.
		namedSubject(q, before)
		q.Kind, q.Past = Age, true
		return true
	case q.Unit == "" && (word(before, 0) == "," || word(before, 0) == "("):
		// Apposition: "Smith, 54, said", "her mother, 79,", "Ruiz (54)".
		switch w := word(after, 0); w {
		case ",", ".", ";", ")", "said", "says", "told", "who":
			if word(before, 0) == "(" && w != ")" {
				return false
			}
		default:
			return false
		}
		if sp, ok := nameBefore(before, 1); ok {
			if len(before) > 1 && isYearWord(before[1].lower()) {
				return false
			}
			q.Kind, q.Subject, q.SubjectIsName = Age, sp, true
			return true
		}
		if sp, ok := roleBefore(before, 1); ok {
			q.Kind, q.Subject = Age, sp
			return true
		}
	}
	return false
}

var bornRE = regexp.MustCompile(`^(?i)born,?\s+(?:on\s+|in\s+)?(?:(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(?:(\d{1,2}),?\s+)?)?(?:in\s+)?(\d{4})\b`)

// births turns the year of "born in 1975" or "born on March 3, 1975" into
// a Birth and finds whose it is. qs is sorted by position.
func (sc *scanner) births(qs []Quantity) {
	sc.each("born", func(at int) {
		m := window(bornRE, sc.s, at, 60)
		if m == nil {
			return
		}
		yStart := m[6]
		i := findAt(qs, yStart)
		if i < 0 || qs[i].Kind != Year {
			return
		}
		q := &qs[i]
		q.Kind = Birth
		if m[2] >= 0 {
			q.Start = m[2]
			q.Month = monthWords[strings.ToLower(sc.s[m[2]:m[3]])]
			if q.Month == 0 {
				q.Month = monthWords[strings.ToLower(sc.s[m[2]:m[2]+3])]
			}
			if m[4] >= 0 {
				q.Day, _ = strconv.Atoi(sc.s[m[4]:m[5]])
			}
		}
		lo, _ := sc.bounds(m[0])
		before := sc.prevN(sc.pb[:0], m[0], lo, 12)
		for k := 0; k < len(before); k++ {
			if sp, ok := roleBefore(before, k); ok {
				q.Subject = sp
				break
			}
			if sp, ok := nameBefore(before, k); ok {
				q.Subject, q.SubjectIsName = sp, true
				break
			}
		}
		if q.Subject == (Span{}) {
			if first, ok := sc.next(lo, m[0]); ok && (first.lower() == "he" || first.lower() == "she") {
				q.Anaphor = true
			}
		}
	})
}

// findAt returns the index of the quantity starting at pos, or -1.
func findAt(qs []Quantity, pos int) int {
	lo, hi := 0, len(qs)
	for lo < hi {
		mid := (lo + hi) / 2
		if qs[mid].Start < pos {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(qs) && qs[lo].Start == pos {
		return lo
	}
	return -1
}

// namedSubject sets q's subject to the name before a predicate age, past an
// optional "who" and comma: "Smith is 54 years old", "Ruiz, who was 40
// when".
func namedSubject(q *Quantity, before []tok) {
	k := 1
	if word(before, k) == "who" {
		k++
	}
	if word(before, k) == "," {
		k++
	}
	if sp, ok := nameBefore(before, k); ok {
		q.Subject, q.SubjectIsName = sp, true
	}
}
