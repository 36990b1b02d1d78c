package rules

import (
	"fmt"
	"strings"

	"github.com/copydesk/copydesk/checker/analysis"
)

// NameVariant reports one person named two ways: a surname spelled
// differently, or an office that changes between mentions.
var NameVariant = &analysis.Rule{
	ID:      "name-variant",
	Summary: "one person is spelled two ways or given two different titles",
	Doc: `"Maria Kowalczyk" and later "Ms. Kowalczik" is one person misspelled;
"Finance Minister Ana Ruiz" and later "Foreign Minister Ruiz" gives one
person two offices. A surname alone is tied to a person only when one
person of that surname was named: a married couple who share a surname are
two people, and are never compared. A middle initial may come and go. A
title that only adds words ("Russian President Putin", "President Putin")
or a former office ("former Finance Minister") is not a conflict; a rank
word that appears on one side only ("Deputy", "Acting") is.`,
	Bad:      "Finance Minister Ana Ruiz … Foreign Minister Ruiz said.",
	Good:     "Finance Minister Ana Ruiz … Finance Minister Ruiz said.",
	Severity: analysis.Warning,
	Run:      runNameVariant,
}

func runNameVariant(p *analysis.Pass) []analysis.Finding {
	a := p.Names
	var out []analysis.Finding
	seen := map[string]bool{}
	for _, m := range a.Mentions {
		if !m.Variant || m.Person < 0 || seen[strings.ToLower(m.Text)] {
			continue
		}
		seen[strings.ToLower(m.Text)] = true
		person := a.People[m.Person]
		first := a.Mentions[person.Mentions[0]]
		out = append(out, analysis.Finding{
			Message: fmt.Sprintf("%q here, but %q earlier: the same person spelled two ways (%s or %s)?",
				m.Text, first.Text, m.Spelled, variantWord(m.Text, m.Spelled)),
			Span:    analysis.At(m.Start, m.End),
			Related: []analysis.Related{{Span: analysis.At(first.Start, first.End), Note: "first named as " + first.Text}},
		})
	}
	for _, person := range a.People {
		var first int = -1
		reported := map[string]bool{}
		for _, mi := range person.Mentions {
			m := a.Mentions[mi]
			if m.Title == "" || m.Former {
				continue
			}
			if first < 0 {
				first = mi
				continue
			}
			f := a.Mentions[first]
			if reported[m.Title] || !titlesConflict(f.Title, m.Title) {
				continue
			}
			reported[m.Title] = true
			out = append(out, analysis.Finding{
				Message: fmt.Sprintf("%s is %q here but %q earlier",
					person.Name, p.Text[m.TitleSpan.Start:m.TitleSpan.End], p.Text[f.TitleSpan.Start:f.TitleSpan.End]),
				Span: analysis.At(m.TitleSpan.Start, m.End),
				Related: []analysis.Related{{
					Span: analysis.At(f.TitleSpan.Start, f.End),
					Note: "first titled " + p.Text[f.TitleSpan.Start:f.TitleSpan.End],
				}},
			})
		}
	}
	return out
}

// variantWord picks the word of name that differs from spelled.
func variantWord(name, spelled string) string {
	for _, w := range strings.Fields(name) {
		if len(w) > 0 && len(spelled) > 0 && strings.EqualFold(w[:1], spelled[:1]) && !strings.EqualFold(w, spelled) {
			return w
		}
	}
	return name
}

// titleAbbrevs expand abbreviated titles.
var titleAbbrevs = map[string]string{
	"gov": "governor", "sen": "senator", "gen": "general", "rep": "representative",
	"prof": "professor", "lt": "lieutenant", "col": "colonel", "capt": "captain",
	"sgt": "sergeant", "ceo": "chief executive officer", "cfo": "chief financial officer",
	"coo": "chief operating officer", "pres": "president", "sec": "secretary",
	"manager": "coach", "trainer": "coach",
}

// rankWords change an office: a deputy minister is not the minister.
var rankWords = map[string]bool{
	"deputy": true, "vice": true, "acting": true, "interim": true, "assistant": true,
	"junior": true, "associate": true, "under": true, "shadow": true, "elect": true,
}

// portfolios name what an office is in charge of.
var portfolios = map[string]bool{
	"finance": true, "foreign": true, "defence": true, "defense": true, "interior": true,
	"home": true, "health": true, "education": true, "justice": true, "economy": true,
	"economic": true, "trade": true, "energy": true, "environment": true, "agriculture": true,
	"transport": true, "labour": true, "labor": true, "culture": true, "tourism": true,
	"industry": true, "housing": true, "treasury": true, "state": true, "development": true,
	"digital": true, "science": true, "research": true, "sport": true, "sports": true,
	"family": true, "social": true, "welfare": true, "employment": true, "infrastructure": true,
	"fisheries": true, "mining": true, "water": true, "communications": true, "security": true,
	"immigration": true, "budget": true, "planning": true, "commerce": true, "executive": true,
	"financial": true, "operating": true, "technology": true, "marketing": true, "prime": true,
	"attorney": true, "general": true, "police": true, "army": true, "navy": true,
}

// titlesConflict reports whether two titles for one office cannot both
// hold: they share an office word ("Minister", "Chief") and a rank word
// stands in one only, or neither's core words (offices, portfolios,
// ranks) contain the other's. Other words ("Russian", "Air Force") are
// left out of the comparison; a football manager is a coach.
func titlesConflict(a, b string) bool {
	wa, wb := titleWords(a), titleWords(b)
	// Offices with no head in common ("President", "Chief Executive")
	// may both be held; only rivals for one office are compared.
	shared := false
	for w := range wa {
		if titleHead[w] && wb[w] {
			shared = true
		}
	}
	if !shared {
		return false
	}
	for w := range wa {
		if rankWords[w] && !wb[w] {
			return true
		}
	}
	for w := range wb {
		if rankWords[w] && !wa[w] {
			return true
		}
	}
	return !subset(wa, wb) && !subset(wb, wa)
}

func titleWords(t string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(t), func(r rune) bool { return r == ' ' || r == '-' }) {
		w = strings.TrimSuffix(w, ".")
		if x, ok := titleAbbrevs[w]; ok {
			for _, y := range strings.Fields(x) {
				out[y] = true
			}
			continue
		}
		if portfolios[w] || rankWords[w] || titleHead[w] {
			out[w] = true
		}
	}
	return out
}

// titleHead are the words that name an office itself.
var titleHead = map[string]bool{
	"president": true, "minister": true, "secretary": true, "chancellor": true, "governor": true,
	"senator": true, "mayor": true, "judge": true, "justice": true, "colonel": true,
	"captain": true, "commissioner": true, "ambassador": true, "chairman": true,
	"chairwoman": true, "chair": true, "director": true, "premier": true, "king": true,
	"queen": true, "prince": true, "princess": true, "pope": true, "bishop": true,
	"archbishop": true, "cardinal": true, "coach": true, "manager": true, "professor": true,
	"representative": true, "speaker": true, "lieutenant": true, "sergeant": true,
	"inspector": true, "detective": true, "superintendent": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "chief": true, "officer": true, "admiral": true,
	"marshal": true, "commander": true, "councillor": true, "dean": true, "prosecutor": true,
	"treasurer": true, "auditor": true, "leader": true, "head": true,
}

func subset(a, b map[string]bool) bool {
	for w := range a {
		if !b[w] {
			return false
		}
	}
	return true
}
