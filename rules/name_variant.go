package rules

import (
	"fmt"
	"strings"

	"github.com/copydesk/copydesk/checker/analysis"
	"github.com/copydesk/copydesk/checker/entities"
)

// NameVariant reports one person named two ways: a surname spelled
// differently, or an office that changes between mentions.
var NameVariant = &analysis.Rule{
	ID:      "name-variant",
	Summary: "one person is spelled two ways or given two different titles",
	Doc: `"Maria Kowalczyk" and later "Ms. Kowalczik" is one person misspelled;
"Finance Minister Ana Ruiz" and later "Foreign Minister Ruiz" gives one
person two offices, as do rival seats of one body ("Sen. Dizon" and "Rep.
Dizon", "Judge Ruiz" and "Prosecutor Ruiz"). A surname alone is tied to a person only when one
person of that surname was named, or when it already meant one before a
relative of the same name was introduced ("Rautio has commanded the ferry
since 2009" ... "Her son, Juho Rautio" ... "Rautio says"), or when every
other person of that name was introduced as someone's relative ("Her
brother, Kunle Oyelaran"): it then names the person the copy is about, and
a surname one letter off it ("Dr. Oyelaren") is misspelled whoever it
names. A couple named as peers ("Gwen and Idris Treharne", "Anna Lund and
her husband, Erik Lund") are two people, and are never compared. A full name
that keeps a surname but changes the given name ("Tomasz Wrona" ...
"Tadeusz Wrona said") is the same person misnamed when nothing presents a
second person: no title, no apposition or coordination, no word of kinship
("his brother, Tomás Ibarra"), no father and son told apart by "Jr."
and "Sr.", and no pronoun of the other gender said of the later name
("Tatsuya Morioka ... he" and then "Emi Morioka said she"). Surnames keep their particles ("van den Broek", "da Souza"). A
middle initial may come and go, and given names may be written by their
initials ("Halima B. Nwosu" ... "H.B. Nwosu"); initials open a name ("J.C.
Matlock, chairman, said"). Surnames of two letters are compared too ("Ek"
and "Eck"). A word of relation ("who is not related to ...") speaks of the
name beside it only; a firm named for a family ("Okafor Textiles") is no
person renamed; and an appointment participle that opens a sentence
("Promoted to chief inspector in May, he ...") gives its office. A title that only adds words ("Russian
President Putin", "President Putin"), a former office ("former Finance
Minister") or one the copy says was given ("Deputy Prosecutor Daniela
Rojas, who was named regional prosecutor in August") is not a conflict; a
rank word that appears on one side only ("Deputy", "Acting", "Chief") is,
and so are two compound ranks that differ ("Maj. Gen." and "Brig. Gen."),
though a compound rank may be shortened to its head ("Gen.").`,
	Bad:      "Finance Minister Ana Ruiz … Foreign Minister Ruiz said.",
	Good:     "Finance Minister Ana Ruiz … Finance Minister Ruiz said.",
	Severity: analysis.Warning,
	Run:      runNameVariant,
}

func runNameVariant(p *analysis.Pass) []analysis.Finding {
	a := p.Entities
	var out []analysis.Finding
	seen := map[string]bool{}
	for mi, m := range a.Mentions {
		if m.Kind != entities.Name || !m.Variant || m.Person < 0 || seen[strings.ToLower(m.Text)] {
			continue
		}
		if p.Desk.Accepted[mi] && p.Desk.Accepted[firstName(a, m.Person)] {
			continue // both spellings are the desk's for this person
		}
		seen[strings.ToLower(m.Text)] = true
		person := a.People[m.Person]
		first := a.Mentions[person.Mentions[0]]
		for _, mi := range person.Mentions {
			if a.Mentions[mi].Kind == entities.Name {
				first = a.Mentions[mi]
				break
			}
		}
		out = append(out, analysis.Finding{
			Message: fmt.Sprintf("%q here, but %q earlier: the same person spelled two ways (%s or %s)?",
				m.Text, first.Text, m.Spelled, variantWord(m.Text, m.Spelled)),
			Span:    analysis.At(m.Start, m.End),
			Related: []analysis.Related{{Span: analysis.At(first.Start, first.End), Note: "first named as " + first.Text}},
		})
	}
	for _, c := range a.TitleChanges {
		f, m := a.Mentions[c.First], a.Mentions[c.Later]
		out = append(out, analysis.Finding{
			Message: fmt.Sprintf("%s is %q here but %q earlier",
				a.People[c.Person].Name, p.Text[m.TitleSpan.Start:m.TitleSpan.End], p.Text[f.TitleSpan.Start:f.TitleSpan.End]),
			Span: analysis.At(m.TitleSpan.Start, m.End),
			Related: []analysis.Related{{
				Span: analysis.At(f.TitleSpan.Start, f.End),
				Note: "first titled " + p.Text[f.TitleSpan.Start:f.TitleSpan.End],
			}},
		})
	}
	return out
}

// firstName returns the index of a person's first mention by name.
func firstName(a entities.Analysis, person int) int {
	for _, mi := range a.People[person].Mentions {
		if a.Mentions[mi].Kind == entities.Name {
			return mi
		}
	}
	return -1
}

// variantWord picks the part of name written where spelled stands: the
// run of as many words as spelled has, at the start or the end of name,
// that differs from it least ("da Souza" for "de Souza" in "da Souza";
// "Magdalena" for "Katarzyna" in "Magdalena Wróbel").
func variantWord(name, spelled string) string {
	words, n := strings.Fields(name), len(strings.Fields(spelled))
	if n == 0 || n >= len(words) {
		return name
	}
	best, bestScore := name, -1
	for _, c := range []string{strings.Join(words[:n], " "), strings.Join(words[len(words)-n:], " ")} {
		if strings.EqualFold(c, spelled) {
			continue
		}
		if score := commonPrefix(strings.ToLower(c), strings.ToLower(spelled)) + commonSuffix(strings.ToLower(c), strings.ToLower(spelled)); score > bestScore {
			best, bestScore = c, score
		}
	}
	return best
}

func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

func commonSuffix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[len(a)-1-n] == b[len(b)-1-n] {
		n++
	}
	return n
}
