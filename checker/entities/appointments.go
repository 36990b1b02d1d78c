package entities

import (
	"github.com/copydesk/copydesk/checker/dates"
	"github.com/copydesk/copydesk/checker/lexicon"
)

// Appointment is an office the copy says a person took: the title after a
// verb of appointment ("became prime minister in 2019", "was sworn in as
// president on May 20").
type Appointment struct {
	// Span covers the title as written; Title is that text.
	Span
	Title string
	// Person is the index in Analysis.People of who took it: the last
	// person mentioned before the verb in its sentence; -1 if none.
	Person int
	// Date is the index, in the dates the analysis was given, of the date
	// in its sentence after the verb that times it; -1 if none.
	Date int
}

// appointments finds the offices the copy says people took.
func (f *finder) appointments(a *Analysis, ds []dates.Expr) []Appointment {
	var out []Appointment
	for si, s := range f.r.Sentences {
		toks := f.r.Words(si)
		for k, t := range toks {
			if !t.Tag.IsVerb() || !f.lx.Is(lexicon.AppointmentVerbs, t.Lemma) {
				continue
			}
			words, from, to := f.titleSpanAfter(toks, k+1)
			if words == nil {
				continue
			}
			span := Span{Start: toks[from].Start, End: toks[to-1].End}
			ap := Appointment{Span: span, Title: f.s[span.Start:span.End], Person: -1, Date: -1}
			if mi := a.lastMentionIn(s.Start, t.Start); mi >= 0 {
				ap.Person = a.Mentions[mi].Person
			}
			for di, d := range ds {
				if d.Start >= t.End && d.End <= s.End && d.Type == dates.Date && d.Resolved {
					ap.Date = di
					break
				}
			}
			out = append(out, ap)
		}
	}
	return out
}

// TitleWords returns the words that identify an office ("Prime Minister",
// "prime minister of Russia" → prime, minister), abbreviations spelled out,
// so that two titles can be compared whatever their wording.
func TitleWords(lx *lexicon.Lexicon, title string) map[string]bool {
	return titleWords(lx, title)
}

// Near reports whether two spellings are close enough to be one name
// misspelled: the same first letter, one edit apart (two for names of seven
// letters or more), and not the one with an ending added. Both are
// compared in lower case.
func Near(x, y string) bool { return near(x, y, len(x) >= 4 && len(y) >= 4) }
