package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestAgeFrontedAsRole: a role after "as" in a phrase fronted before a
// named subject ("Raised in Tirupalayam as the daughter of two teachers,
// Srinivasan studied") is that subject, and its gender is theirs.
func TestAgeFrontedAsRole(t *testing.T) {
	pub := time.Date(2024, 10, 3, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"The team, led by Meenakshi Rao, 41, found the source. Its co-author, Harish Pillai, praised her. Raised in Tirupalayam as the daughter of two teachers, Rao studied physics. She was born in 1979.", true},
		{"The crew, led by Tomas Vidal, 52, reached port. A deckhand, Rui Cabo, called it luck. Trained in Vigo as the son of a fisherman, Vidal went to sea young. He was born in 1975.", true},
		{"The shop is run by Ana Mota, 38. Her supplier, Luis Reis, is older. Known in Braga as the widow of a baker, Mota took over the ovens. She was born in 1990.", true},
		{"The team, led by Meenakshi Rao, 45, found the source. Its co-author, Harish Pillai, praised her. Raised in Tirupalayam as the daughter of two teachers, Rao studied physics. She was born in 1979.", false},
	})
}

// TestAgePassiveAgentPronoun: a subject pronoun in a clause of time after
// a passive clause is its agent ("was noticed by Arjun Das, 27, ...,
// while he was checking"), and a person named before only as an owner in
// an aside presents no one new.
func TestAgePassiveAgentPronoun(t *testing.T) {
	pub := time.Date(2024, 10, 3, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"Meera Rao, 41, leads the team. The source was noticed by Arjun Das, 27, a student in Rao's group, while he was checking the data. He was born in 1990.", true},
		{"Lena Berg, 50, runs the lab. The leak was found by Ola Nes, 33, a technician in Berg's unit, while he was cleaning a tank. He was born in 1980.", true},
		{"Ines Cota, 62, chairs the board. The error was spotted by Rui Lobo, 29, an auditor on Cota's staff, while he was reading the accounts. He was born in 1985.", true},
		{"Meera Rao, 41, leads the team. The source was noticed by Arjun Das, 27, a student in Rao's group, while he was checking the data. He was born in 1997.", false},
	})
}

// TestAgeOfAgeThenYear: "at the age of N in YEAR" dates the age as "in
// YEAR at the age of N" does.
func TestAgeOfAgeThenYear(t *testing.T) {
	pub := time.Date(2024, 7, 8, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"Chief executive Iryna Bondar, 35, said sales rose. Bondar, who founded the firm at the age of 29 in 2015, wants to list it.", true},
		{"Coach Rui Matos, 50, was sacked. Matos began coaching at age 22 in 1990.", true},
		{"The potter Aiko Sato, 61, opened a show. Sato won her first prize at the age of 23 in 1991.", true},
		{"Chief executive Iryna Bondar, 38, said sales rose. Bondar, who founded the firm at the age of 29 in 2015, wants to list it.", false},
	})
}

// TestAgeWhenClauseNameApposed: a "when" clause runs on to its date past
// a name set off beside a noun in it ("from her father, Sebastião Moura,
// in 1998"), and a predicate age of a thing ("her trees are three years
// old") is nobody's.
func TestAgeWhenClauseNameApposed(t *testing.T) {
	pub := time.Date(2023, 7, 20, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"Grower Rosa Moura, 52, walked her rows. She was 24 when she took over the farm from her father, Sebastiao Moura, in 1998.", true},
		{"Chef Ana Lobo, 30, opened a bistro. She was 19 when she joined the kitchen of her uncle, Paulo Lobo, in 2010.", true},
		{"Mayor Ivo Reis, 61, resigned. He was 40 when he beat his rival, Carlos Nunes, in 1998.", true},
		{"Grower Rosa Moura, 49, walked her rows. She was 24 when she took over the farm from her father, Sebastiao Moura, in 1998.", false},
		{"Grower Rosa Moura, 49, walked her rows. About a third of her trees are less than three years old. She was 24 when she took over the farm in 1998.", false},
	})
}

// TestAgeOwnersRelative: "His son" is a relative of the owner, never the
// owner: the other person of the owner's surname, when the copy named
// one, else someone the copy does not name; the owner's age stands.
func TestAgeOwnersRelative(t *testing.T) {
	pub := time.Date(2023, 3, 14, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"A court heard the trial of the developer Zbigniew Nowak and his son. Nowak, 67, and Krzysztof Nowak, 38, deny the charges. Born in 1955, Nowak founded the firm in 1991. His son joined the company in 2008, at 23.", false},
		{"Maria Sousa, 70, and Ana Sousa, 41, run the bakery. Sousa opened it in 1985, when she was 32. Her daughter took over the ovens in 2010, at 28.", false},
		{"Ivo Berg, 58, and Ola Berg, 30, run the yard. Berg bought it in 2001, at 35. His son joined the yard in 2012, at 19.", false},
	})
}

// TestAgeFrontedYearWhenClause: a date that opens the sentence before its
// "when" clause dates the age its main clause gives ("In 2012, when she
// planted the first rows, Kertész was 45").
func TestAgeFrontedYearWhenClause(t *testing.T) {
	pub := time.Date(2026, 9, 8, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"The geneticist Zsofia Kertesz, 62, bred the vine. In 2012, when she planted the first rows, Kertesz was 45.", true},
		{"The coach Ivo Marek, 50, was sacked. In 2014, when the club was relegated, Marek was 31.", true},
		{"The mayor Ana Lobo, 58, resigned. In 2001, when the bridge fell, Lobo was 30.", true},
		{"The geneticist Zsofia Kertesz, 59, bred the vine. In 2012, when she planted the first rows, Kertesz was 45.", false},
	})
}

// TestAgeStackedApposition: a second apposition ("Ruiz, the institute's
// director, a chemist by training") says more of the one the first named,
// so a later description by it ("the 63-year-old chemist") is that person.
func TestAgeStackedApposition(t *testing.T) {
	pub := time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"Dr. Ana Ruiz, 60, opened the lab. \"It works,\" said Dr. Ana Ruiz, the institute's director, a chemist by training. The 63-year-old chemist has led the institute since 2017.", true},
		{"Ivo Berg, 52, signed the deal. \"We won,\" said Ivo Berg, the club's chairman, a banker by trade. The 55-year-old banker took over in 2019.", true},
		{"Lena Holm, 41, spoke. \"Enough,\" said Lena Holm, the union's leader, a nurse by training. The 44-year-old nurse called the strike.", true},
		{"Dr. Ana Ruiz, 63, opened the lab. \"It works,\" said Dr. Ana Ruiz, the institute's director, a chemist by training. The 63-year-old chemist has led the institute since 2017.", false},
	})
}

// TestAgeYearAgedAfterSurnameInS: a surname ending in "s" that the tagger
// reads as a plural noun ("Dekkers, aged 49,") is one person's name, not a
// group whose ages "aged" gives; a plural common noun still is.
func TestAgeYearAgedAfterSurnameInS(t *testing.T) {
	pub := time.Date(2014, 5, 20, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"Maarten Dekkers was born in 1961. Dekkers, aged 49, trained as an engineer.", true},
		{"Anna Rijkers, born in 1970, runs the farm. Rijkers, aged 38, took over from her father.", true},
		{"Joris Hendriks was born in 1980. Hendriks, aged 27, said he would stay.", true},
		{"Maarten Dekkers was born in 1961. Dekkers, aged 52, trained as an engineer.", false},
	})
}

// TestAgeYearWhenClauseWithoutComma: "in 1962 when she was 4" ties the
// age to the year as "in 1962, when she was 4" does.
func TestAgeYearWhenClauseWithoutComma(t *testing.T) {
	pub := time.Date(2000, 4, 17, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"Josefa Gonzalez, 46, left Cuba in 1962 when she was 4.", true},
		{"Piotr Lis, 52, joined the mine in 1990 when he was 18.", true},
		{"Ana Ruiz, 30, moved to Lima in 1995 when Ruiz was 9.", true},
		{"Piotr Lis, 52, joined the mine in 1966 when he was 18.", false},
	})
}

// TestAgeYearStepDatedBeforeAt: "died on Sunday at 84", "retired last year
// at 60": a date between the verb of a step of a life and "at" times the
// age, as one after it does ("died at 84 on Sunday").
func TestAgeYearStepDatedBeforeAt(t *testing.T) {
	pub := time.Date(2001, 12, 4, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"Amparo Villasante, a novelist, died on Sunday at 84, her family said. She was born in 1921.", true},
		{"The coach, Ivo Marek, retired last year at 60. He was born in 1945.", true},
		{"The poet Lena Holm died in March at 91. She was born in 1915.", true},
		{"The poet Lena Holm died in March at 86. She was born in 1915.", false},
	})
}

// TestAgeYearNationalityAfterAge: a nationality after an age ("making the
// 36-year-old Estonian the youngest conductor", "The 51-year-old
// Chilean") names a person, the one the sentence is about.
func TestAgeYearNationalityAfterAge(t *testing.T) {
	pub := time.Date(1999, 5, 7, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"The orchestra named Taavi Ruutmaa its director, making the 36-year-old Estonian the youngest conductor. Ruutmaa was born in 1959.", true},
		{"The jury chose Ana Ruiz. The 51-year-old Chilean, born in 1950, said she was moved.", true},
		{"The board appointed Lars Brekke on Monday, making the 44-year-old Norwegian its youngest chairman. Brekke was born in 1950.", true},
		{"The orchestra named Taavi Ruutmaa its director, making the 39-year-old Estonian the youngest conductor. Ruutmaa was born in 1959.", false},
	})
}

// TestAgeYearNationalityIsNoName: a nationality alone after "the" or an
// age ("The 24-year-old Ghanaian") is no name of a new person: it refers
// back to the person the copy named.
func TestAgeYearNationalityIsNoName(t *testing.T) {
	pub := time.Date(1999, 5, 7, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"The club signed Kofi Mensah on Monday. The 24-year-old Ghanaian was born in 1971.", true},
		{"The festival honoured Ines Brito. The 70-year-old Portuguese was born in 1921.", true},
		{"Police arrested Lars Berg on Friday. The 41-year-old Norwegian was born in 1950.", true},
		{"The club signed Kofi Mensah on Monday. The 28-year-old Ghanaian was born in 1971.", false},
		{"Dawn French, 56, spoke first. French said the show would go on.", false},
	})
}
