package entities

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// person returns the person named name.
func person(t *testing.T, a Analysis, name string) (int, Person) {
	t.Helper()
	for i, p := range a.People {
		if p.Name == name {
			return i, p
		}
	}
	require.Failf(t, "no person", "%q not in %+v", name, a.People)
	return -1, Person{}
}

// mention returns the first mention written text.
func mention(t *testing.T, a Analysis, text string) Mention {
	t.Helper()
	for _, m := range a.Mentions {
		if m.Text == text {
			return m
		}
	}
	require.Failf(t, "no mention", "%q not in %+v", text, a.Mentions)
	return Mention{}
}

func TestFindPeopleAndTitles(t *testing.T) {
	s := "Finance Minister Ana Ruiz met Maria Kowalczyk on Monday. \"We agreed,\" said Ms. Kowalczik. " +
		"Foreign Minister Ruiz later denied it. Former Defence Minister Jan Nowak said so."
	a := Find(s, ref)
	ruiz, p := person(t, a, "Ana Ruiz")
	assert.Equal(t, "Ana", p.Given)
	assert.Equal(t, "Ruiz", p.Surname)
	assert.Len(t, p.Mentions, 2)
	assert.Equal(t, "finance minister", mention(t, a, "Ana Ruiz").Title)
	later := mention(t, a, "Ruiz")
	assert.Equal(t, ruiz, later.Person)
	assert.Equal(t, "foreign minister", later.Title)

	k, _ := person(t, a, "Maria Kowalczyk")
	v := mention(t, a, "Kowalczik")
	assert.Equal(t, k, v.Person)
	assert.True(t, v.Variant)
	assert.Equal(t, "Kowalczyk", v.Spelled)
	assert.Equal(t, "ms", v.Honorific)

	n := mention(t, a, "Jan Nowak")
	assert.True(t, n.Former)
	assert.Equal(t, "defence minister", n.Title)
}

func TestFindSharedSurname(t *testing.T) {
	a := Find("Anna Lund and her husband, Erik Lund, run the café. Ms. Lund said so. Mr. Lund agreed.", ref)
	require.Len(t, a.People, 2)
	for _, m := range a.Mentions {
		if m.Kind == Name && !m.Full {
			assert.Equal(t, -1, m.Person, "a shared surname alone names nobody for sure")
		}
		assert.False(t, m.Variant)
	}
}

func TestFindMiddleInitialAndOrder(t *testing.T) {
	a := Find("Judge Carol M. Whitfield ruled. Judge Carol Whitfield found for the city. Whitfield said so. "+
		"Chinese leader Xi Jinping spoke. Xi said the talks went well.", ref)
	_, w := person(t, a, "Carol M. Whitfield")
	assert.Len(t, w.Mentions, 3)
	_, xi := person(t, a, "Xi Jinping")
	assert.Equal(t, "Xi", xi.Surname, "a surname used alone first")
	assert.Len(t, xi.Mentions, 2)
}

func TestFindNotPeople(t *testing.T) {
	for _, s := range []string{
		"Talks were held in Abu Dhabi on Monday.",
		"Strategic Energy and Technology Partnerships",
		"The United Nations and the United States agreed.",
	} {
		a := Find(s, ref)
		assert.Empty(t, a.People, s)
		for _, m := range a.Mentions {
			assert.False(t, m.Variant, s)
		}
	}
}

// TestFindInitials: initials before a capitalised word that is no common
// noun open a person's name; before a common noun ("U.S. Steel", "A.B.
// Foods") they are a firm's or a country's.
func TestFindInitials(t *testing.T) {
	for _, c := range []struct {
		text, name string
	}{
		{"Profits rose, J.C. Matlock, the chairman, said.", "J.C. Matlock"},
		{"The board named R.J. Okafor as chairman.", "R.J. Okafor"},
		{"Earlier, T.K. Nakamura, 61, resigned.", "T.K. Nakamura"},
	} {
		person(t, Find(c.text, ref), c.name)
	}
	for _, s := range []string{
		"U.S. Steel said on Monday that it would cut 400 jobs.",
		"A.B. Foods said profits fell in the first half.",
		"U.K. Mail said it would close two depots.",
	} {
		for _, p := range Find(s, ref).People {
			assert.NotContains(t, p.Name, ".", s)
		}
	}
}

// TestFindFirmAfterFamily: the surname of someone named before a common
// noun names a firm after them ("Keaveney Marine"), no person.
func TestFindFirmAfterFamily(t *testing.T) {
	for _, c := range []struct{ text, firm string }{
		{"Siobhan Keaveney, 47, leads the crew. Raised above the family boatyard, Keaveney Marine on the West Pier, she learned to sail.", "Keaveney Marine"},
		{"Maria Lund, 40, runs the mill. Raised beside the family sawmill, Lund Timber on the river, she learned the trade.", "Lund Timber"},
		{"Samir Haddad, 52, runs the depot. Raised above the family business, Haddad Logistics on the ring road, he learned to drive.", "Haddad Logistics"},
	} {
		for _, p := range Find(c.text, ref).People {
			assert.NotEqual(t, c.firm, p.Name, c.text)
		}
	}
}

func TestFindPlaceNotVariant(t *testing.T) {
	// "Saudi Arabia" may pass for a name, but never two spellings of one.
	for _, m := range Find("He criticised Saudi Arabia. The Saudi Arabian government said nothing.", ref).Mentions {
		assert.False(t, m.Variant)
	}
}

func TestNear(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"kowalczyk", "kowalczik", true},
		{"brandtner", "brantner", true},
		{"behrmann", "berhrmann", true},
		{"peters", "peter", false},
		{"arabia", "arabian", false},
		{"berg", "borg", false},
		{"lund", "lund", false},
		{"smith", "smyth", true},
		{"hansen", "jansen", false},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, near(c.a, c.b, false), "%s/%s", c.a, c.b)
	}
}

func TestPositions(t *testing.T) {
	s := "Ana Ruiz spoke. Later, Ruiz said so."
	a := Find(s, ref)
	i := a.MentionAt(24)
	require.GreaterOrEqual(t, i, 0)
	assert.Equal(t, "Ruiz", a.Mentions[i].Text)
	assert.Equal(t, 0, a.PersonAt(1))
	assert.Equal(t, -1, a.PersonAt(10))
	assert.Equal(t, 0, a.LastBefore(20))
	assert.Equal(t, -1, a.LastBefore(0))
}

// TestFindGivenNameChanged: a full name that repeats one person's surname
// with another given name, and nothing that introduces a second person,
// is that person misnamed; a title, an apposition, a coordination, a role
// noun, a word of kinship in the copy, or a compound surname cut short
// make it someone else or the same name.
func TestFindGivenNameChanged(t *testing.T) {
	variants := []struct{ text, first, later string }{
		{"Tomasz Wrona, the authority's director, said work was done. The canal opened on Monday. Tadeusz Wrona said the cost was on budget.", "Tomasz Wrona", "Tadeusz Wrona"},
		{"The theatre's director, Aisling Brennan, said the grant was welcome. Brennan took over in 2016. Aoife Brennan said tours would go on.", "Aisling Brennan", "Aoife Brennan"},
		{"Marek Zych, who heads the transport company, rode the first tram. Riders cheered. \"It is quiet,\" Marcin Zych said.", "Marek Zych", "Marcin Zych"},
	}
	for _, v := range variants {
		a := Find(v.text, ref)
		id, _ := person(t, a, v.first)
		m := mention(t, a, v.later)
		assert.Equal(t, id, m.Person, v.text)
		assert.True(t, m.Variant, v.text)
	}
	others := []struct{ text, later string }{
		{"Anna Lund runs the café. Her husband Erik Lund bakes. Erik Lund said so.", "Erik Lund"},
		{"Elian Gonzalez's father spoke on Friday. The boy stayed in Miami. Juan Miguel Gonzalez said he was worried.", "Juan Miguel Gonzalez"},
		{"Marek Zych runs the trams. His deputy, Agnieszka Zych, said the line was full.", "Agnieszka Zych"},
		{"Marek Zych runs the trams. Piotr and Agnieszka Zych drive them.", "Agnieszka Zych"},
		{"Marek Zych runs the trams. The engineer Ewa Zych designed the depot.", "Ewa Zych"},
		{"Marek Zych runs the trams. Deputy Mayor Ewa Zych opened the depot.", "Ewa Zych"},
	}
	for _, o := range others {
		m := mention(t, Find(o.text, ref), o.later)
		assert.False(t, m.Variant, o.text)
	}
	a := Find("Lucía Ferrer Baños leads the rail agency. The line opened on Monday. Ferrer Baños said trains were full.", ref)
	id, _ := person(t, a, "Lucía Ferrer Baños")
	m := mention(t, a, "Ferrer Baños")
	assert.Equal(t, id, m.Person)
	assert.False(t, m.Variant)
}

// TestNearSilentH: a surname alone one silent final h off is a variant;
// other added endings are not.
func TestNearSilentH(t *testing.T) {
	for _, p := range [][2]string{{"eze", "ezeh"}, {"sara", "sarah"}, {"hanna", "hannah"}, {"lin", "linn"}} {
		assert.True(t, near(p[0], p[1], true), p)
	}
	for _, p := range [][2]string{{"peter", "peters"}, {"arabia", "arabian"}, {"rao", "raos"}} {
		assert.False(t, near(p[0], p[1], true), p)
	}
}

// TestPersonByLifeParticipleOrRoleApposition: a name followed by a
// participle of a life, or in apposition after a role noun, names a
// person, and "born" in apposition is said of that name, not of a
// possessive that opens the phrase.
func TestPersonByLifeParticipleOrRoleApposition(t *testing.T) {
	for _, c := range []struct{ text, name string }{
		{"Her predecessor, Fergal Walsh, born in 1951, still writes plays.", "Fergal Walsh"},
		{"The old captain, Ilse Marten, raised in Kiel, sailed on.", "Ilse Marten"},
		{"His mentor, Bruno Salgado, still coaches at the club.", "Bruno Salgado"},
		{"The town's first doctor, Omar Haddou, born in 1932, died on Sunday.", "Omar Haddou"},
	} {
		a := Find(c.text, ref)
		id, _ := person(t, a, c.name)
		for _, b := range a.Births {
			assert.Equal(t, id, b.Person, c.text)
		}
	}
}

// TestOwnedRoleApposition: a noun with a person among its senses and no
// thing, owned by what a possessive names, is a role, and the name set off
// after it a person's: the later full name with the same surname and
// another given name is them, not a renamed earlier person.
func TestOwnedRoleApposition(t *testing.T) {
	for _, c := range []struct{ text, name string }{
		{"Mayor Lena Brink opened the hall. The firm's founder, Tomas Brink, declined to comment. Tomas Brink sold it in May.", "Tomas Brink"},
		{"Mayor Lena Brink opened the hall. Its founder, Tomas Brink, is her cousin. Tomas Brink sold it in May.", "Tomas Brink"},
		{"Mayor Lena Brink opened the hall. The choir, whose founder, Tomas Brink, is 80, sang. Tomas Brink wept.", "Tomas Brink"},
		{"Mayor Kim Soo-jin spoke. The line is run by Sinwol Transit, whose chief executive, Kim Dae-ho, is not related to her. Kim Dae-ho was promoted in May.", "Kim Dae-ho"},
	} {
		a := Find(c.text, ref)
		id, _ := person(t, a, c.name)
		n := 0
		for _, m := range a.Mentions {
			assert.False(t, m.Variant, "%s: %q", c.text, m.Text)
			if m.Text == c.name {
				assert.Equal(t, id, m.Person, c.text)
				n++
			}
		}
		assert.Equal(t, 2, n, c.text)
	}
}

// TestFrontedBirthBeforeRoledName: the subject after a fronted phrase of
// birth may carry a role noun and adjectives between its determiner and
// the name; the birth is the named person's.
func TestFrontedBirthBeforeRoledName(t *testing.T) {
	for _, c := range []struct{ text, name string }{
		{"Born in 1968 in Braga, the agronomist Helena Pereira has tracked the disease.", "Helena Pereira"},
		{"Raised in Tromsø and born in 1975, the veteran skipper Ola Berg sails again.", "Ola Berg"},
		{"Born on May 2, 1980, in Kumasi, the long-serving surgeon Ama Owusu leads the unit.", "Ama Owusu"},
	} {
		a := Find(c.text, ref)
		id, _ := person(t, a, c.name)
		require.Len(t, a.Births, 1, c.text)
		assert.Equal(t, id, a.Births[0].Person, c.text)
	}
}

// TestParticleCompoundNames: a lower-case particle hyphened to a
// capitalised name ("al-Harthy", "el-Amin", "bin-Salem") is a name word,
// so the name is found and a misspelling of it is read.
func TestParticleCompoundNames(t *testing.T) {
	for _, c := range []struct{ text, full, slip string }{
		{"Khalid al-Harthy, 68, fished all night. \"The sea takes,\" al-Harthi said.", "Khalid al-Harthy", "al-Harthi"},
		{"The judge, Mona el-Amin, 52, adjourned. Later el-Ameen said the case would resume.", "Mona el-Amin", "el-Ameen"},
		{"Trader Yusuf bin-Salem, 40, sells dates. Asked about prices, bin-Saleem said they had doubled.", "Yusuf bin-Salem", "bin-Saleem"},
	} {
		assertVariantOf(t, c.text, c.full, c.slip)
	}
}

// TestVariantOfSharedSurname: a surname alone one letter off a surname two
// people share as peers ("He and his son, Salim Osman") is the family's
// name misspelt, whichever of them is meant.
func TestVariantOfSharedSurname(t *testing.T) {
	for _, text := range []string{
		"Khalid Osman, 68, fished. He and his son, Salim Osman, 31, worked all night. \"The sea takes,\" Osmann said.",
		"Anna Lindqvist, 50, and her husband, Erik Lindqvist, 52, run the farm. Lindquist said the frost came early.",
		"Ama Mensah, 44, and her brother, Kofi Mensah, 40, sued the council. Asked why, Mensha said the road had flooded.",
	} {
		found := false
		for _, m := range Find(text, ref).Mentions {
			found = found || m.Variant && m.Person >= 0
		}
		assert.True(t, found, text)
	}
}

// TestDisclaimedKinNotVariant: a name the copy says is no relation is
// someone else, however near its spelling.
func TestDisclaimedKinNotVariant(t *testing.T) {
	for _, text := range []string{
		"Siv Nordvik, 58, and her husband, Anders Nordvik, 61, won. The economist Per Nordvig, who is not related to the family, had testified.",
		"Gunnar Kellgard founded the firm. Per Kjellgard, an analyst at Sundbanken who is not related to the founding family, said the cuts were small.",
		"Marta Ruiz, 40, chairs the board. An unrelated Marta Ruis, a nurse, said she had signed the petition.",
	} {
		for _, m := range Find(text, ref).Mentions {
			assert.False(t, m.Variant, "%s: %q", text, m.Text)
		}
	}
}

// TestRoleReadAsAdjectiveTitlesName: a lower-case noun of a person that
// the tagger reads as an adjective right before a name is the role that
// titles it, and the person holds it; a word that compares ages does not.
func TestRoleReadAsAdjectiveTitlesName(t *testing.T) {
	for _, c := range []struct{ text, name, role string }{
		{"Chief executive Meera Raghunathan said the centre would open.", "Meera Raghunathan", "executive"},
		{"The company executive Lena Brink said the plant would close.", "Lena Brink", "executive"},
		{"Local official Tomas Berg said the road would reopen.", "Tomas Berg", "official"},
		{"The fugitive Ana Lopes was caught on Monday.", "Ana Lopes", "fugitive"},
	} {
		a := Find(c.text, ref)
		id, _ := person(t, a, c.name)
		assert.Contains(t, a.People[id].Roles, c.role, c.text)
	}
	a := Find("Arne Halvorsen founded the firm. The elder Halvorsen, 81, still fishes.", ref)
	for _, p := range a.People {
		assert.NotContains(t, p.Roles, "elder")
	}
}

// TestPastAgeDatedByFrontedWhen: a past age in a main clause that a
// fronted "when" clause dates is the age at that date, and gives a birth.
func TestPastAgeDatedByFrontedWhen(t *testing.T) {
	for _, c := range []struct {
		text, name string
		year       int
	}{
		{"When the ferry broke down on Monday, the first person on the quay was a 72-year-old retired captain, Ingrid Solberg.", "Ingrid Solberg", 2026 - 72 - 1},
		{"When the plant opened in 1998, its manager was a 31-year-old engineer, Tomas Berg.", "Tomas Berg", 1998 - 31 - 1},
		{"When the flood came in March 2019, the school's head was a 44-year-old teacher, Ana Ruiz.", "Ana Ruiz", 2019 - 44 - 1},
	} {
		a := Find(c.text, ref)
		id, _ := person(t, a, c.name)
		found := false
		for _, b := range a.Births {
			found = found || b.Person == id && b.Year == c.year
		}
		assert.True(t, found, "%s: %+v", c.text, a.Births)
	}
}

// TestAppositionWithWho: a noun in apposition that "who" follows is said
// of a person, whatever its first sense ("a machine operator who has
// worked there"), so the name before it is a person's and a misspelling
// of it is read.
func TestAppositionWithWho(t *testing.T) {
	for _, c := range []struct{ text, full, slip string }{
		{"The committee, led by Abílio de Menezes, a machine operator who has worked there for 31 years, met. \"We know,\" said de Meneses.", "Abílio de Menezes", "de Meneses"},
		{"The strike was called by Tomasz Wrobel, a crane operator who joined in 1990. Later Wroble said the talks had failed.", "Tomasz Wrobel", "Wroble"},
		{"The case was brought by Ines Lagarde, a sound engineer who lost her hearing. Lagarde's lawyer said Lagard would appeal.", "Ines Lagarde", "Lagard"},
	} {
		assertVariantOf(t, c.text, c.full, c.slip)
	}
}

// TestAppositionRoleReadAsAdjective: an apposition whose role the tagger
// reads as adjectives ("chief executive of Minasul") still says the name
// before it is a person's.
func TestAppositionRoleReadAsAdjective(t *testing.T) {
	for _, c := range []struct{ text, full, slip string }{
		{"Renata da Silveira, chief executive of Minasul, will run it. The name will be chosen later, da Silvera said.", "Renata da Silveira", "da Silvera"},
		{"Tomasz Wrobel, senior executive at Portex, left in May. Asked why, Wroble said the pay was low.", "Tomasz Wrobel", "Wroble"},
		{"Ines Lagarde, chief executive of the mill, spoke first. Lagard said the mill would stay open.", "Ines Lagarde", "Lagard"},
	} {
		assertVariantOf(t, c.text, c.full, c.slip)
	}
}

// TestBirthFromAgeReached: an age a person turned at a time the clause
// gives within one year says the year of birth.
func TestBirthFromAgeReached(t *testing.T) {
	for _, c := range []struct {
		text, name string
		year       int
	}{
		{"Mamadou Diop leads the union. Diop, who turned 60 last year, spoke first.", "Mamadou Diop", ref.Year() - 61},
		{"Ana Reyes runs the shop. She turned 47 in 2024, her sister said.", "Ana Reyes", 1977},
		{"The skipper, Ola Berg, turned 58 in March 2025 and still sails.", "Ola Berg", 1967},
	} {
		a := Find(c.text, ref)
		id, _ := person(t, a, c.name)
		require.NotEmpty(t, a.Births, c.text)
		assert.Equal(t, id, a.Births[0].Person, c.text)
		assert.Equal(t, c.year, a.Births[0].Year, c.text)
	}
}

// TestSameOfficeSameSurname: a second given name with the same surname and
// the same office is that office-holder misnamed, even when kin of that
// surname appear.
func TestSameOfficeSameSurname(t *testing.T) {
	for _, c := range []struct{ text, first, later string }{
		{"Mayor Katarzyna Wróbel opened the pool. Her husband, Piotr Wróbel, swam first. Mayor Magdalena Wróbel said it cost 4 million zloty.", "Katarzyna Wróbel", "Magdalena Wróbel"},
		{"Governor Ama Owusu spoke on Monday. Her son Kofi Owusu attended. Governor Abena Owusu later left.", "Ama Owusu", "Abena Owusu"},
		{"Judge Lena Berg heard the case. Her brother, Nils Berg, testified. Judge Lisa Berg adjourned it.", "Lena Berg", "Lisa Berg"},
	} {
		assertVariantOf(t, c.text, c.first, c.later)
	}
}

// TestStatedOfficeChange: a new office the copy says a person was given is
// no conflict with the old one; an unexplained one is.
func TestStatedOfficeChange(t *testing.T) {
	for _, c := range []struct {
		text     string
		conflict bool
	}{
		{"Deputy Prosecutor Daniela Rojas, who was named regional prosecutor in August, filed it. Regional Prosecutor Rojas spoke.", false},
		{"Deputy Municipal Chief Executive Kofi Asante, who was promoted to municipal chief executive in January, signed. Municipal Chief Executive Asante said so.", false},
		{"Acting Chief Executive Tom Whitlam was confirmed as chief executive in July. Chief Executive Whitlam said so.", false},
		{"Deputy Mayor Aiko Mori opened the drill. Mayor Mori said it went well.", true},
		{"Interior Minister Aylin Doğan spoke. Justice Minister Aylin Doğan later agreed.", true},
	} {
		a := Find(c.text, ref)
		assert.Equal(t, c.conflict, len(a.TitleChanges) > 0, c.text)
	}
	a := Find("Captain Veikko Korhonen took the ship out in 1986. His daughter, Captain Aino Korhonen, took it out on Friday.", ref)
	assert.False(t, mention(t, a, "Aino Korhonen").Variant, "a daughter of the same rank is presented as someone else")
}

// TestParticleSurnames: a surname with particles ("van den Broek", "de la
// Fuente", "da Silva") is one surname, given alone at a sentence's start
// with a capital particle.
func TestParticleSurnames(t *testing.T) {
	for _, c := range []struct{ text, full, alone string }{
		{"Joost van den Broek will step down. Van den Broek, 53, was born in 1972.", "Joost van den Broek", "Van den Broek"},
		{"The coach, Ana de la Fuente, resigned on Monday. De la Fuente said she was tired.", "Ana de la Fuente", "De la Fuente"},
		{"Striker Lucas da Silva scored twice. Da Silva said the team played well.", "Lucas da Silva", "Da Silva"},
	} {
		a := Find(c.text, ref)
		id, p := person(t, a, c.full)
		assert.Equal(t, c.full[strings.Index(c.full, " ")+1:], p.Surname, c.text)
		assert.Equal(t, id, mention(t, a, c.alone).Person, c.text)
	}
	a := Find("Joost van den Broek, 53, coaches the team. His daughter, Femke van den Broek, 19, skates for it.", ref)
	j, _ := person(t, a, "Joost van den Broek")
	f, _ := person(t, a, "Femke van den Broek")
	assert.NotEqual(t, j, f)
}

// TestNameVariantsOfManyKinds: an academic title before a surname, a
// particle changed after a preposition, and a transposition in a full name
// that repeats the given name exactly are variants of one person; "the
// younger van Rijn" among kin is no one in particular.
func TestNameVariantsOfManyKinds(t *testing.T) {
	for _, c := range []struct{ text, first, later string }{
		{"Rector Pavel Kratochvil said the faculty would close. The merger, which Rector Kratochvel has backed, is due in May.", "Pavel Kratochvil", "Kratochvel"},
		{"Provost Ana Ribeiro opened the hall. The library, Provost Ribiero said, would follow.", "Ana Ribeiro", "Ribiero"},
		{"Luciana de Souza, 52, founded the firm in 2004. Sales rose 12%, said da Souza.", "Luciana de Souza", "da Souza"},
		{"The prize went to Sofia Lindahl, a chemist. Her brother, Mattias Lindahl, is a doctor. In May, Sofia Lindhal is due to lecture.", "Sofia Lindahl", "Sofia Lindhal"},
		{"The award went to Ewa Marczak, a biologist. Her husband, Jan Marczak, is a pilot. Next week Ewa Mraczak is due to speak.", "Ewa Marczak", "Ewa Mraczak"},
	} {
		a := Find(c.text, ref)
		id, _ := person(t, a, c.first)
		m := mention(t, a, c.later)
		assert.Equal(t, id, m.Person, c.text)
		assert.True(t, m.Variant, c.text)
	}
	a := Find("Sanne van Rijn won on Sunday. Van Rijn, 27, set a record. Her brother, Thijs van Rijn, was third. The younger van Rijn said he was proud.", ref)
	assert.Equal(t, -1, mention(t, a, "van Rijn").Person)
}

// TestRankAndGivenNameSlips: a rank word dropped ("Detective Chief
// Inspector" ... "Detective Inspector"), a school office, and a brother's
// given name used alone do not hide a misspelt surname.
func TestRankAndGivenNameSlips(t *testing.T) {
	for _, text := range []string{
		"Detective Chief Inspector Fiona McAllister led the inquiry. Detective Inspector McAllister said two men were held.",
		"Chief Superintendent Omar Haddad spoke first. Superintendent Haddad said the roads were shut.",
		"Senior Inspector Lena Berg opened the case. Inspector Berg said it was closed.",
		"Deputy Principal Cormac Feeney wrote to parents. Principal Feeney said the school would open.",
	} {
		assert.NotEmpty(t, Find(text, ref).TitleChanges, text)
	}
	a := Find("Matías Ibarra, 24, scored twice. His brother, Tomás Ibarra, kept goal. Matías said it was his best game. \"We won,\" Matías Ibrara said.", ref)
	id, _ := person(t, a, "Matías Ibarra")
	m := mention(t, a, "Matías Ibrara")
	assert.Equal(t, id, m.Person)
	assert.True(t, m.Variant)
}

// TestNotVariants: a father and son told apart by Sr. and Jr., two firms
// that share a designator, and a Filipino particle surname.
func TestNotVariants(t *testing.T) {
	for _, text := range []string{
		"Ramon dela Cruz Jr., 44, runs the line. He succeeded his father, Ramon dela Cruz Sr., 70, in June.",
		"Warburg Securities said shares would rise. Wako Securities said they would fall.",
		"John Avery II, 50, leads the firm. John Avery III, 24, joined in May.",
		"Analysts at Nomura Holdings agreed. Analysts at Daiwa Holdings did not.",
	} {
		for _, m := range Find(text, ref).Mentions {
			assert.False(t, m.Variant, "%s: %q", text, m.Text)
		}
	}
	a := Find("Ramon dela Cruz Jr., 44, runs the line. Regional Director Liza Cruz, 56, inspected it. Dela Cruz said it was safe.", ref)
	id, _ := person(t, a, "Ramon dela Cruz Jr.")
	assert.Equal(t, id, mention(t, a, "Dela Cruz").Person)
}

// TestKinWithNearNames: relatives whose names are near, in a sentence that
// speaks of kin, are two people.
func TestKinWithNearNames(t *testing.T) {
	for _, c := range []struct{ text, later string }{
		{"Chen Guoliang, 70, founded the firm. Chen Guoliang's younger brother, Chen Guoming, 64, will retire.", "Chen Guoming"},
		{"Anna Marek, 50, runs the farm. Her sister, Hanna Marek, 47, keeps the books.", "Hanna Marek"},
		{"Piotr Nowak, 61, spoke first. His son, Pawel Nowak, 33, spoke next.", "Pawel Nowak"},
	} {
		m := mention(t, Find(c.text, ref), c.later)
		assert.False(t, m.Variant, c.text)
	}
}

// TestCompoundRanks: two compound ranks must agree; a compound rank may
// be shortened to its head.
func TestCompoundRanks(t *testing.T) {
	for _, c := range []struct {
		text     string
		conflict bool
	}{
		{"Maj. Gen. Ricardo Dimaculangan leads the task force. Brig. Gen. Dimaculangan said bridges were up.", true},
		{"Lt. Col. Ana Ruiz spoke. Maj. Ruiz later agreed.", true},
		{"Coast Guard Commodore Arnel Villanueva spoke. Capt. Villanueva said three were rescued.", true},
		{"Lt. Gen. Omar Diallo spoke. Gen. Diallo said the roads were open.", false},
	} {
		assert.Equal(t, c.conflict, len(Find(c.text, ref).TitleChanges) > 0, c.text)
	}
}

// TestFindPartOfThing: a name after "the <part> of" (a door, a kitchen, a
// roof: WordNet's parts of artifacts) is the building or firm it is a
// part of, not a person; the owner named by it stays one person.
func TestFindPartOfThing(t *testing.T) {
	for _, c := range []struct{ text, place, person string }{
		{"On Thursday the bell above the door of Solvang Bøker rings, and Ingrid Marit Solvang looks up. Solvang, 61, bought the shop in 2012.", "Solvang Bøker", "Ingrid Marit Solvang"},
		{"At dawn the kitchen of Casa Arrieta smells of smoke, and Joaquín Arrieta stands at the grill. Arrieta, 47, cooks alone.", "Casa Arrieta", "Joaquín Arrieta"},
		{"In winter the roof of Villa Moretti leaks, and Carla Moretti climbs up with a bucket. Moretti, 55, laughs about it.", "Villa Moretti", "Carla Moretti"},
	} {
		a := Find(c.text, ref)
		for _, p := range a.People {
			assert.NotEqual(t, c.place, p.Name, c.text)
		}
		id, _ := person(t, a, c.person)
		ws := strings.Fields(c.person)
		assert.Equal(t, id, mention(t, a, ws[len(ws)-1]).Person, c.text)
	}
}

// TestFindSubjectBeforeAdverb: a full name opening a clause is the subject
// of its verb with adverbs between ("Morag Strachan still opens").
func TestFindSubjectBeforeAdverb(t *testing.T) {
	for _, c := range []struct{ text, name string }{
		{"Morag Strachan still opens the shop at six every morning.", "Morag Strachan"},
		{"Before dawn, Anton Berg quietly unlocks the gates of the yard.", "Anton Berg"},
		{"Ida Lunde rarely misses a swim in the fjord.", "Ida Lunde"},
	} {
		t.Run(c.name, func(t *testing.T) {
			person(t, Find(c.text, ref), c.name)
		})
	}
}

// A name after "the" is a band's, a ship's or a firm's, not a person's,
// however like a given name its first word looks: no variant of the
// person whose surname it carries.
func TestArticleNamesNoPerson(t *testing.T) {
	for _, c := range []struct{ text, thing string }{
		{"Ernesto Valdivieso, 84, a singer, died on Monday. His son, Martin Valdivieso, said the cause was a stroke. For years Valdivieso toured. He formed the Quinteto Valdivieso in 1969 with four friends.", "Quinteto Valdivieso"},
		{"Goran Petrovic, 62, a boatbuilder, died on Sunday. His brother, Ivo Petrovic, said he had been ill. For years Petrovic built boats. He launched the Vesna Petrovic in 1999, a fishing boat still afloat.", "Vesna Petrovic"},
		{"Ingrid Lindqvist, 70, a shipowner, died on Monday. Her son, Lars Lindqvist, said she had been ill. For decades Lindqvist ran ferries. She sailed the Astrid Lindqvist to Bergen every week until 2010.", "Astrid Lindqvist"},
	} {
		a := Find(c.text, ref)
		for _, p := range a.People {
			assert.NotEqual(t, c.thing, p.Name, c.text)
		}
		for _, m := range a.Mentions {
			assert.False(t, m.Variant, "%s: %q", c.text, m.Text)
		}
	}
}

// The town a dateline opens with is a place when the copy later names it
// alone, even as the owner of something ("closed Valmora's airport").
func TestDatelinePlaceNoPerson(t *testing.T) {
	for _, c := range []struct{ text, place string }{
		{"VALMORA, Ostravia, Feb. 11, 2026 — Ilse Vandermeer, 48, arrives on Thursday. A storm closed Valmora's airport last year, and she had to leave.", "Valmora"},
		{"KESTRIN, March 3, 2026 — Kestrin's mayor, Ana Ruiz, 50, said on Monday that Kestrin will build a tram.", "Kestrin"},
		{"PORT ELLERY, Sept. 2, 2025 — Dara Quinn, 33, won the race. Ellery welcomed her home on Sunday.", "Ellery"},
	} {
		for _, p := range Find(c.text, ref).People {
			assert.NotEqual(t, c.place, p.Name, c.text)
		}
	}
}

// TestGivenNameChangedAfterOpeningPhrase: a name after a phrase that opens
// the sentence ("Speaking to reporters after the vote,") is its subject,
// not someone presented in apposition, so a changed given name is a slip.
func TestGivenNameChangedAfterOpeningPhrase(t *testing.T) {
	for _, c := range []struct{ text, first, later string }{
		{"Energy Minister Nabil Khoury drafted the bill. It passed on Tuesday. Speaking to reporters after the vote, Nadim Khoury said households would be spared.", "Nabil Khoury", "Nadim Khoury"},
		{"Coach Ilse Berger picked the squad. The team won 3-1. After the final whistle, Ilka Berger said the players had earned it.", "Ilse Berger", "Ilka Berger"},
		{"Mayor Tomasz Wrona opened the bridge. Crowds lined the river. Asked about the cost, Tadeusz Wrona said it was on budget.", "Tomasz Wrona", "Tadeusz Wrona"},
	} {
		assertVariantOf(t, c.text, c.first, c.later)
	}
}

// TestSurnameAloneBeforeAdverb: a surname alone that opens its clause is
// its verb's subject past adverbs ("Pillarczyk still bakes"), evidence
// enough for a near spelling of a person's surname to be that person.
func TestSurnameAloneBeforeAdverb(t *testing.T) {
	for _, c := range []struct{ text, first, later string }{
		{"Dorota Pilarczyk, 58, keeps the hut. Pillarczyk still bakes the bread herself.", "Dorota Pilarczyk", "Pillarczyk"},
		{"Ahmed Benali, 40, runs the bakery. Bennali also drives the van on Sundays.", "Ahmed Benali", "Bennali"},
		{"Marta Lindqvist, 33, leads the crew. Lindquist rarely sleeps before a race.", "Marta Lindqvist", "Lindquist"},
	} {
		assertVariantOf(t, c.text, c.first, c.later)
	}
}

// TestKinAlsoNamed: "His grandfather, also named Ottavio Pellegrino" is a
// relative, so a misspelt surname alone still names the principal.
func TestKinAlsoNamed(t *testing.T) {
	for _, c := range []struct{ text, first, later string }{
		{"Gianluca Pellegrino, 53, runs the furnace. His grandfather, also named Ottavio Pellegrino, built it in 1961. Pelegrino is less sure about the future.", "Gianluca Pellegrino", "Pelegrino"},
		{"Marta Kowalczyk, 40, leads the band. Her aunt, also called Ewa Kowalczyk, founded it in 1979. Kowalczik still plays the fiddle.", "Marta Kowalczyk", "Kowalczik"},
		{"Emeka Okonkwo, 35, coaches the team. His father, also named Obi Okonkwo, coached it before him. Okonkow says the job is hard.", "Emeka Okonkwo", "Okonkow"},
	} {
		assertVariantOf(t, c.text, c.first, c.later)
	}
}

// TestDatelineCountryNoPerson: the region or country a dateline gives
// after its town is a place, so a firm named like it is no misspelling
// of a person.
func TestDatelineCountryNoPerson(t *testing.T) {
	for _, text := range []string{
		"DORNIK, Kessary, November 13, 2025 — Skyra Regional, Kessary's second-largest airline, has cancelled 400 flights. Skyra moved 9,000 passengers to the national carrier, Kessair.",
		"ARLON, Brevania, May 5, 2026 — Aldo Air, Brevania's second-largest airline, cancelled 30 flights. Aldo moved 2,000 passengers to the national carrier, Brevanta.",
		"LUMA, Kestria, March 3, 2026 — Bluewing, Kestria's second-largest airline, grounded its fleet. Bluewing moved 2,000 passengers to the national carrier, Kestrair.",
	} {
		for _, m := range Find(text, ref).Mentions {
			assert.False(t, m.Variant, "%s: %q", text, m.Text)
		}
	}
}

// TestNameOutsideIsABuilding: a name after "outside" or "inside" is a
// building or a place, whatever family name it carries.
func TestNameOutsideIsABuilding(t *testing.T) {
	for _, text := range []string{
		"By six there is a queue outside Keszthelyi Pekseg. Keszthelyi, 46, bought the bakery back. Dorottya Keszthelyi says the oven never cools.",
		"Fans waited outside Moreno Hermanos all night. Moreno, 50, opened at dawn. Luis Moreno said he sold 300 shirts.",
		"Inside Casa Arrieta the tables were full. Arrieta, 40, cooks for 60. Ana Arrieta said the kitchen was too small.",
	} {
		for _, m := range Find(text, ref).Mentions {
			assert.False(t, m.Variant, "%s: %q", text, m.Text)
		}
	}
}

// TestPluralNounAloneIsNoPerson: a capitalised word alone that is the
// plural of a common noun, as the subject of a verb other than one of
// saying, is no person ("Winds reached 150 kph").
func TestPluralNounAloneIsNoPerson(t *testing.T) {
	for _, text := range []string{
		"HANOI, Vietnam, March 27, 2025 (Copydesk) — Winds reached 150 kph, said Le Thi Hoa.",
		"LIMA, Peru, May 2, 2025 (Copydesk) — Floods cut the coast road on Friday, the ministry said.",
		"OSLO, Norway, May 2, 2025 (Copydesk) — Prices rose by 3% in April, the bureau said.",
	} {
		for _, m := range Find(text, ref).Mentions {
			assert.NotContains(t, []string{"Winds", "Floods", "Prices"}, m.Text, text)
		}
	}
}

// TestNationalityOfPlaceIsNoName: a nationality made from a place the copy
// names ("Dravenia" → "Dravenian"), alone after an age or "the", is no
// name of a new person; a hyphened name ending alike is a name.
func TestNationalityOfPlaceIsNoName(t *testing.T) {
	for _, c := range []struct {
		text, word string
		person     bool
	}{
		{"Talks in Dravenia ended on Monday. The 49-year-old Dravenian spoke first.", "Dravenian", false},
		{"Ships from Velmora docked. The 30-year-old Velmoran captain was hurt.", "Velmoran", false},
		{"Fighting spread in Ostravia. The 44-year-old Ostravian said he would stay.", "Ostravian", false},
		{"Margalit Har-Shefi, 22, pleaded innocent. The 24-year-old Har-Shefi described Amir as a friend.", "Har-Shefi", true},
	} {
		a := Find(c.text, ref)
		found := false
		for _, p := range a.People {
			if strings.Contains(p.Name, c.word) {
				found = true
			}
		}
		assert.Equal(t, c.person, found, c.text)
	}
}
