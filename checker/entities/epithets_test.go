package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAgeSetOffAfterDatedClause: ", at 41" after a clause dated by a year
// is the age its subject was that year, and gives a birth.
func TestAgeSetOffAfterDatedClause(t *testing.T) {
	assertBirths(t, []birthCase{
		{"Marta Quiroga coaches the club. She won her only national title in 2004, at 23.", "1980 or 1981 (2004, at 23)", "Marta Quiroga"},
		{"Olu Adeyemi left the bank in 2019, at 58, to farm cassava near Ilesa.", "1960 or 1961 (2019, at 58)", "Olu Adeyemi"},
		{"Pia Lund is the town's vet. Lund qualified in 1999, at 26; she opened the practice later.", "1972 or 1973 (1999, at 26)", "Pia Lund"},
		{"The chef Ines Vaz, who trained in Lyon and returned in 2012, at 31, runs the kitchen.", "1980 or 1981 (2012, at 31)", "Ines Vaz"},
	})
}

// TestAgeSetOffNeedsDatedClause: without a year just before, ", at 20" is
// no age ("on Tuesday, at 9", a price).
func TestAgeSetOffNeedsDatedClause(t *testing.T) {
	for _, text := range []string{
		"Ana Diaz opened the hall on Tuesday, at 9, and left by noon.",
		"Shares of Kemper peaked in 2011, at 20 kroner, before falling.",
		"Tomas Ek said the index closed the week at 20, up two points.",
	} {
		for _, g := range Find(text, ref).Ages {
			assert.NotEqual(t, 20, g.Value, text)
			assert.NotEqual(t, 9, g.Value, text)
		}
	}
}

// TestConjunctOwner: a possessive right after "and" and a person of its
// gender belongs to that person, not the clause's subject.
func TestConjunctOwner(t *testing.T) {
	for _, c := range []struct{ text, age, who string }{
		{"Rescuer Kojo Mensah carried out an elderly woman and her granddaughter. Mensah, 31, went back in twice.", "31", "Kojo Mensah"},
		{"Nurse Abi Cole treated a widower and his two sons on Monday. Cole, 44, said they were lucky.", "44", "Abi Cole"},
		{"Guard Yaw Ofori found a girl and her mother in the smoke. Ofori, 27, is a volunteer.", "27", "Yaw Ofori"},
	} {
		a := Find(c.text, ref)
		assert.Equal(t, c.who, whoseAge(t, a, c.age), c.text)
		for _, m := range a.Mentions {
			if m.Kind == Pronoun && (m.Text == "her" || m.Text == "his") {
				assert.NotEqual(t, c.who, a.People[m.Person].Name, c.text)
			}
		}
	}
}

// TestClassifyingPossessive: an age or "former" before a possessor
// modifies the whole role ("the 55-year-old former ship's engineer"), so
// the phrase refers back like any aged role.
func TestClassifyingPossessive(t *testing.T) {
	for _, c := range []struct{ text, age, who string }{
		{"Lim Dae-sung stoked the kiln. \"We lost one jar in three,\" said the 55-year-old former ship's engineer.", "55-year-old", "Lim Dae-sung"},
		{"Halla Berg led the crew home. The 48-year-old former ship's captain said the ice was thin.", "48-year-old", "Halla Berg"},
		{"Rosa Lima coaches the girls' side. The 39-year-old women's coach said they trained daily.", "39-year-old", "Rosa Lima"},
	} {
		assert.Equal(t, c.who, whoseAge(t, Find(c.text, ref), c.age), c.text)
	}
}

// TestAgedSpeakerVariesRole: a definite, aged speaker after a quote is the
// person spoken of just before, under whatever word for their role.
func TestAgedSpeakerVariesRole(t *testing.T) {
	for _, c := range []struct{ text, age, who string }{
		{"Radek Vondra, the master glassblower, lit the furnace. \"My hands shook,\" said the 62-year-old gaffer.", "62-year-old", "Radek Vondra"},
		{"Amina Sow, the head teacher, rang the bell. \"We are back,\" said the 51-year-old educator.", "51-year-old", "Amina Sow"},
		{"Piet Kroon, a veteran skipper, brought the boat in. \"The sea was kind,\" said the 70-year-old sailor.", "70-year-old", "Piet Kroon"},
	} {
		assert.Equal(t, c.who, whoseAge(t, Find(c.text, ref), c.age), c.text)
	}
}

// TestRoleOfSynonym: a role WordNet gives as the same people ("chef" for
// "cook") refers back to the person given the other.
func TestRoleOfSynonym(t *testing.T) {
	for _, c := range []struct{ text, age, who string }{
		{"A former ship's cook has won a star. Ngozi Eze opened the place in 2014. The 58-year-old chef told reporters she was tired.", "58-year-old", "Ngozi Eze"},
		{"Surgeon Lea Hahn led the team. The 45-year-old doctor said the boy was stable.", "45-year-old", "Lea Hahn"},
		{"Kari Vik, a researcher, found the wreck. The 36-year-old scientist said it was intact.", "36-year-old", "Kari Vik"},
	} {
		assert.Equal(t, c.who, whoseAge(t, Find(c.text, ref), c.age), c.text)
	}
}

// TestSharedRoleIsTopic: a role two people hold, as a subject, is the
// copy's topic's.
func TestSharedRoleIsTopic(t *testing.T) {
	assertBirths(t, []birthCase{
		{"Efua Lind, the sculptor, died on Tuesday. Her daughter, the sculptor Ama Lind, spoke. Ama Lind was born in 1969. The sculptor was born in 1938.", "1938", "Efua Lind"},
		{"Joao Reis, the architect, has retired. His son, the architect Rui Reis, runs the firm. Rui Reis was born in 1980. The architect was born in 1950.", "1950", "Joao Reis"},
		{"Mari Salo, a painter, opened the show. Her pupil, the painter Aino Kivi, hung it. Kivi was born in 1990. The painter was born in 1961.", "1961", "Mari Salo"},
	})
}

// TestAgeAfterRelativeVerb: an age after a relative clause's own verb is
// the antecedent's ("her grandmother, X, who ... died in 1998, at 80").
func TestAgeAfterRelativeVerb(t *testing.T) {
	assertBirths(t, []birthCase{
		{"Maite Arana named the bar after her grandmother, Amaia Arana, who ran a stall and died in 1998, at 80.", "1917 or 1918 (1998, at 80)", "Amaia Arana"},
		{"Jon Sato thanked his teacher, Kenji Mori, who retired in 2010, at 65.", "1944 or 1945 (2010, at 65)", "Kenji Mori"},
		{"Lisa Holm visited her uncle, Per Holm, who sailed to Oslo and settled there in 1975, at 30.", "1944 or 1945 (1975, at 30)", "Per Holm"},
	})
}

// TestSharedSurnameSubjectHoldsPronoun: a subject named by a surname two
// people share is not skipped to reach someone named before it.
func TestSharedSurnameSubjectHoldsPronoun(t *testing.T) {
	for _, text := range []string{
		"Halvard Dahl, 84, has died. His brother, Einar Dahl, 88, spoke. In 1990 the younger Dahl opened a shop. He sold it in 2020, at 78.",
		"Sara Moe, 60, retired. Her sister, Liv Moe, 66, was there. Later the elder Moe moved north. She sold her boat in 2021, at 61.",
		"Ivo Kral, 70, won. His cousin, Petr Kral, 75, lost. The older Kral then left politics. He wrote a book in 2019, at 68.",
	} {
		a := Find(text, ref)
		for _, g := range a.Ages {
			if g.Past && g.Person >= 0 {
				assert.NotContains(t, []string{"Einar Dahl", "Liv Moe", "Petr Kral"}, a.People[g.Person].Name, text)
			}
		}
	}
}
