package entities

import (
	"sort"

	"github.com/copydesk/copydesk/checker/lexicon"
	"github.com/copydesk/copydesk/checker/text"
)

// delayedLead joins the person a lead describes without a name ("A
// regional court on Thursday acquitted the 61-year-old retired nurse ...")
// to the person one of the next two sentences opens by naming ("Hedwig
// Aigner had been charged ..."; "... its owner said on Tuesday. The
// purchase doubles its land. Grégoire Aubanel, who turned 60 last year,
// ..."): news copy names the subject of a delayed lead right after it.
// Nobody else may be named before, and their genders must fit.
func (f *finder) delayedLead(a *Analysis) {
	if len(a.Mentions) == 0 {
		return
	}
	m0 := a.Mentions[0]
	for _, m := range a.Mentions[1:] {
		if m.Sentence != 0 {
			break
		}
		if m.Kind == Role && (m.Subject || f.attribution(m)) && m.Person >= 0 && !f.named(a, m.Person) {
			// "A charity ... will close, its founder said": the subject
			// of the lead's closing attribution, whatever persons the lead
			// named before it ("refugees", "14 dancers").
			m0 = m
		}
	}
	if m0.Kind != Role || m0.Sentence != 0 || m0.Person < 0 || f.named(a, m0.Person) {
		return
	}
	n := f.leadNamed(a)
	if (!m0.Subject || n < 0 && f.passiveSubject(m0)) && (n < 0 || a.Mentions[n].Subject && a.Mentions[n].Title != "") {
		// "A court convicted a land surveyor ... Judge Halina Wójcik found
		// Zbigniew Malinowski guilty": an official who opens the next
		// sentence acts on the lead's object, named as an object after;
		// and on the subject of a passive lead ("A former finance
		// director ... was jailed ... Judge Ingrid Solvang found Harald
		// Brekke guilty").
		n = f.leadObjectNamed(a)
	}
	if n < 0 {
		return
	}
	p, q := m0.Person, a.Mentions[n].Person
	if gp, gq := a.People[p].Gender, a.People[q].Gender; gp != 0 && gq != 0 && gp != gq {
		return
	}
	for _, i := range a.People[p].Mentions {
		a.Mentions[i].Person = q
	}
	a.People[q].Mentions = append(a.People[q].Mentions, a.People[p].Mentions...)
	sort.Ints(a.People[q].Mentions)
	a.People[q].Roles = append(a.People[q].Roles, a.People[p].Roles...)
	if a.People[q].Gender == 0 {
		a.People[q].Gender = a.People[p].Gender
	}
	a.People[p].Mentions, a.People[p].Roles = nil, nil
}

// leadNamed returns the mention that names the subject of a delayed lead,
// or -1: the first full name after the lead, in one of the next two
// sentences, opening its sentence ("Hedwig Aigner had been charged") or
// the subject of the clause a verb of saying reports ("Judge Halina
// Wierzbicka said Zbigniew Kołodziej had redrawn ..."). Only people the
// copy gives a role or office of their own (the judge) may be named
// before it: they are the story's officials, not its subject.
func (f *finder) leadNamed(a *Analysis) int {
	for i, m := range a.Mentions {
		if m.Kind != Name || m.Sentence < 1 && !m.Full {
			continue // a single word in the lead may be a firm's ("the dance company Hélice")
		}
		if m.Sentence < 1 || m.Sentence > 2 || !m.Full || m.Person < 0 {
			return -1
		}
		if f.opensSentence(m) || f.reportedName(m) {
			return i
		}
		if len(a.People[m.Person].Roles) == 0 {
			return -1
		}
	}
	return -1
}

// reportedName reports a name that opens the clause a verb of saying
// reports and that a verb follows: "said Zbigniew Kołodziej had
// redrawn", "told the court that Ana Ruiz was".
func (f *finder) reportedName(m Mention) bool {
	ts := f.r.Tokens
	k := f.r.TokenAt(m.Start)
	e := f.r.TokenAt(m.End - 1)
	if k <= 0 || e+1 >= len(ts) || ts[k].Start != m.Start {
		return false
	}
	next := ts[e+1]
	return f.reportedSubject(ts, k) && (next.Tag.IsVerb() || next.Tag == text.MD)
}

// attribution reports a mention that a comma opens and a verb of saying
// follows: the speaker of what the sentence said (", its founder said").
func (f *finder) attribution(m Mention) bool {
	ts := f.r.Tokens
	k := f.r.TokenAt(m.Start)
	e := f.r.TokenAt(m.End - 1)
	if k <= 0 || e+1 >= len(ts) {
		return false
	}
	if c := ts[k-1].Lower; c != "," && !(closingQuote(c) && k >= 2 && (ts[k-2].Lower == "," || ts[k-2].Lower == "?" || ts[k-2].Lower == "!")) {
		return false // `..., the engineer said`, `"... to move," the researcher said`
	}
	v := ts[e+1]
	return v.Tag.IsVerb() && f.lx.Is(lexicon.SayingVerbs, v.Lemma)
}

// named reports whether person p has a name mention.
func (f *finder) named(a *Analysis, p int) bool {
	for _, i := range a.People[p].Mentions {
		if a.Mentions[i].Kind == Name {
			return true
		}
	}
	return false
}

// opensSentence reports a mention that starts its sentence.
func (f *finder) opensSentence(m Mention) bool {
	if m.Sentence >= len(f.r.Sentences) {
		return false
	}
	k := f.r.First(m.Sentence)
	return k < len(f.r.Tokens) && f.r.Tokens[k].Start == m.Start
}

// closingQuote reports a token that closes a quotation: `"`, `”`, `”`.
func closingQuote(w string) bool {
	return w == `"` || w == "”" || w == "''" || w == "’"
}

// leadObjectNamed returns the mention that names a lead's object: the
// first full name in the next sentence that is no subject, no agent of a
// passive and no titled official, past officials (subjects with a role or
// an office of their own) who may be named before it; -1 when a name of
// another kind comes first.
func (f *finder) leadObjectNamed(a *Analysis) int {
	for i, m := range a.Mentions {
		if m.Kind != Name || m.Sentence < 1 {
			continue
		}
		if m.Sentence > 1 || !m.Full || m.Person < 0 {
			return -1
		}
		switch {
		case m.Subject && (m.Title != "" || len(a.People[m.Person].Roles) > 0):
			continue // "Judge Halina Wójcik found ..."
		case !m.Subject && !m.Quoted && m.Title == "" && m.Honorific == "" && !f.agentOfPassive(m):
			return i
		default:
			return -1
		}
	}
	return -1
}

// agentOfPassive reports a mention right after "by": the agent of a
// passive ("The operation was led by Dr. Hana Kovač"), who acts rather
// than is acted on.
func (f *finder) agentOfPassive(m Mention) bool {
	k := f.r.TokenAt(m.Start)
	return k > 0 && f.r.Tokens[k-1].Lower == "by"
}

// passiveSubject reports a mention that is the subject of a passive verb,
// "be" or "get" and a participle after it, past adverbs: "A former
// finance director ... was jailed", "a nurse has been acquitted".
func (f *finder) passiveSubject(m Mention) bool {
	ts := f.r.Tokens
	for k := f.r.TokenAt(m.End-1) + 1; k < len(ts) && k < f.r.TokenAt(m.End-1)+16; k++ {
		t := ts[k]
		if t.Lower == "." {
			return false
		}
		if !t.Tag.IsVerb() && t.Tag != text.MD {
			continue // the role's own phrase: "of the Kestravik Harbour Authority"
		}
		if t.Lemma != "be" && t.Lemma != "get" && t.Lemma != "have" && t.Tag != text.MD {
			return false
		}
		for j := k + 1; j < len(ts) && j <= k+4; j++ {
			switch u := ts[j]; {
			case u.Tag == text.VBN && u.Lemma != "be":
				return true
			case u.Tag.IsAdverb() || u.Lemma == "be" || u.Lemma == "have":
			default:
				return false
			}
		}
		return false
	}
	return false
}
