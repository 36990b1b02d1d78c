package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestAgeYearAgedSpeaker: an aged definite role that speaks a quote, after
// it or before it, is the person the copy was speaking of, whatever word
// it varies their role with; a person named only inside the quote is no
// one it refers to.
func TestAgeYearAgedSpeaker(t *testing.T) {
	pub := time.Date(2026, 1, 22, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"The team was led by marine biologist Ingrid Solbakken.\n\nBorn in 1979 in Hammerfest, Solbakken grew up in a fishing family.\n\nSolbakken said the result had surprised the team. \"We did not expect the calendar itself to move,\" the 44-year-old researcher said.", true},
		{"The award went to Samira El-Haddad, who was born in 1966 in Tanta.\n\nShe has no plans to stop working. \"I wanted the ward, and the ward still wants me,\" said the 61-year-old midwife.", true},
		{"The bridge was designed by engineer Tomasz Nowak, born in 1970.\n\nNowak said the steel had arrived late. \"We lost a month,\" the 49-year-old designer said.", true},
		{"The team was led by marine biologist Ingrid Solbakken.\n\nBorn in 1979 in Hammerfest, Solbakken grew up in a fishing family.\n\nSolbakken said the result had surprised the team. \"We did not expect the calendar itself to move,\" the 46-year-old researcher said.", false},
	})
}

// TestAgeYearRoleOfAbbreviatedTitle: a role is the person who holds the
// office its title abbreviates ("Cpl. Musa Danjuma" ... "the 29-year-old
// corporal").
func TestAgeYearRoleOfAbbreviatedTitle(t *testing.T) {
	pub := time.Date(2025, 8, 12, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"Among the injured was Cpl. Musa Danjuma, aged 27, who broke a leg.\n\nDoctors said the 29-year-old corporal was recovering well.", true},
		{"The patrol was led by Sgt. Amina Bello, 34.\n\nOfficers said the 36-year-old sergeant had been decorated twice.", true},
		{"The ship was commanded by Capt. Lars Eide, 51.\n\nThe 53-year-old captain said the crossing had been rough.", true},
		{"Among the injured was Cpl. Musa Danjuma, aged 27, who broke a leg.\n\nDoctors said the 27-year-old corporal was recovering well.", false},
	})
}

// TestAgeYearRoleOwningApposition: a role that owns the phrase set beside
// a name ("Piotr Zieliński, the contractor's younger brother") is another
// person than the name, so a later "the 48-year-old contractor" stays the
// contractor's.
func TestAgeYearRoleOwningApposition(t *testing.T) {
	pub := time.Date(2025, 3, 11, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"The judge sentenced Tomasz Zieliński, a road contractor, to three years.\n\nBorn in 1979, Zieliński built the firm up.\n\nPiotr Zieliński, the contractor's younger brother, testified in January.\n\nHis lawyer said the 48-year-old contractor would appeal.", true},
		{"The court fined Ana Duarte, a builder, on Monday.\n\nBorn in 1970, Duarte founded her firm in 1995.\n\nRui Duarte, the builder's son, was not charged.\n\nThe 50-year-old builder said she would pay.", true},
		{"Police arrested Kofi Mensah, a pharmacist, on Friday.\n\nMensah was born in 1981 in Kumasi.\n\nAma Mensah, the pharmacist's wife, said he was innocent.\n\nThe 38-year-old pharmacist was released on bail.", true},
		{"The judge sentenced Tomasz Zieliński, a road contractor, to three years.\n\nBorn in 1979, Zieliński built the firm up.\n\nPiotr Zieliński, the contractor's younger brother, testified in January.\n\nHis lawyer said the 45-year-old contractor would appeal.", false},
	})
}

// TestAgeYearRankedOfficeSpelledOut: a role phrase that spells out a
// ranked office in full ("The chief inspector" for "Chief Inspector Grace
// Mutua") is that office's holder, though the rank alone ("Chief") keeps
// other inspectors apart.
func TestAgeYearRankedOfficeSpelledOut(t *testing.T) {
	pub := time.Date(2025, 7, 16, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"The unit is led by Chief Inspector Grace Mutua, 56.\n\nJoseph Lekishon, 47, lost 14 cows.\n\nThe chief inspector says the work is personal. She was 24 when she joined the force in 1998.", true},
		{"The ward is run by Senior Nurse Amara Obi, 49.\n\nA farmer, Tunde Bello, 60, was treated there.\n\nThe senior nurse says the ward is full. She was 30 when she qualified in 2001.", true},
		{"The case was led by Deputy Prosecutor Ana Lima, 44.\n\nThe accused, Rui Costa, 51, denies it.\n\nThe deputy prosecutor said little. She was 22 when she joined the service in 2000.", true},
		{"The unit is led by Chief Inspector Grace Mutua, 51.\n\nJoseph Lekishon, 47, lost 14 cows.\n\nThe chief inspector says the work is personal. She was 24 when she joined the force in 1998.", false},
	})
}

// TestAgeYearPlaceSenseRole: a noun whose other frequent sense is a place
// ("the maternity ward", "The ward reopened") names no person unless the
// copy shows one, so a pronoun after it still finds the person named.
func TestAgeYearPlaceSenseRole(t *testing.T) {
	pub := time.Date(2024, 12, 3, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"The ward closed in 2019. Among those returning is Samira Haddad, aged 58, who led the ward's midwives.\n\nShe was born in 1963 in the village of Kufr Ayyan.", true},
		{"The maternity ward reopened on Monday. Its head nurse, Amal Nasser, 49, ran the ward for a decade.\n\nShe was born in 1970 in Irbid.", true},
		{"The children's ward was rebuilt. Dr. Omar Said, 61, runs the ward.\n\nHe was born in 1958 in Zarqa.", true},
		{"The ward closed in 2019. Among those returning is Samira Haddad, aged 61, who led the ward's midwives.\n\nShe was born in 1963 in the village of Kufr Ayyan.", false},
	})
}

// TestAgeYearLifePhraseTopic: a definite role that is the subject after a
// fronted phrase of a life ("Born in 2008 in Subotica, the new champion
// learned ...") is the person the copy is about, whatever role it varies.
func TestAgeYearLifePhraseTopic(t *testing.T) {
	pub := time.Date(2023, 4, 16, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"Dragana Petrovic won the Vojvodina Open on Sunday, becoming the youngest winner in its history.\n\nPetrovic, 17, drew her final game.\n\nBorn in 2008 in Subotica, the new champion learned the game from her father.", true},
		{"Tomas Berg won the marathon on Sunday. Berg, 31, led from the start.\n\nBorn in 1985 in Tromsø, the winner took up running at 20.", true},
		{"Ana Duarte took the title on Saturday. Duarte, 24, lost one set.\n\nRaised in Braga and born in 1995, the champion turned professional at 17.", true},
		{"Dragana Petrovic won the Vojvodina Open on Sunday, becoming the youngest winner in its history.\n\nPetrovic, 17, drew her final game.\n\nBorn in 2005 in Subotica, the new champion learned the game from her father.", false},
	})
}

// TestAgeYearAgedOpenerIsLastNamedSubject: an aged description opening
// its sentence is the subject the sentence before named, whatever role it
// varies ("Kwabena Asante-Boateng, the Rovers captain, ... The
// 34-year-old defender announced").
func TestAgeYearAgedOpenerIsLastNamedSubject(t *testing.T) {
	pub := time.Date(2025, 9, 20, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"Kwabena Asante-Boateng, the Ashanti Rovers captain, will play his final home match on Sunday, when the club meets Volta Stars.\n\nThe 34-year-old defender announced his retirement on Wednesday.\n\nAsante-Boateng, who turns 36 next month, plans to coach.", true},
		{"Lena Moritz, the orchestra's leader, will play her last concert on Friday, when the orchestra hosts Kammer Sinfonia.\n\nThe 58-year-old violinist announced her departure in May.\n\nMoritz, who turns 62 in October, will teach.", true},
		{"Rui Lopes, the club's goalkeeper, will face Porto Azul on Saturday.\n\nThe 29-year-old keeper has kept 12 clean sheets.\n\nLopes, born in 1992 in Braga, renewed his contract.", true},
		{"Kwabena Asante-Boateng, the Ashanti Rovers captain, will play his final home match on Sunday, when the club meets Volta Stars.\n\nThe 35-year-old defender announced his retirement on Wednesday.\n\nAsante-Boateng, who turns 36 next month, plans to coach.", false},
	})
}
