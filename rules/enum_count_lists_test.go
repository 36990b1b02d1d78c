package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEnumCountListsTold: lists of people and things in the shapes reporters
// give them, each class with paraphrases of our own.
func TestEnumCountListsTold(t *testing.T) {
	runCases(t, rules.EnumCount, []ruleCase{
		// A count of the units a hyphen joins to it ("a five-member jury")
		// counts the list of them.
		{"unit count, jury", "It was chosen by a five-member jury: the director Ana Paz, the actor Rui Sol, the critic Ida Lund and the producer Tom Berg.", 1, ""},
		{"unit count, panel", "A three-judge panel heard the appeal: Judge Mara Osei, Judge Kofi Tetteh, Judge Ama Bonsu and Judge Yaw Asare.", 1, ""},
		{"unit count, crew", "The four-member crew, Captain Lea Holm, Pilot Ivar Dahl and Engineer Nils Berg, landed safely.", 1, ""},
		{"unit count, right", "It was chosen by a four-member jury: the director Ana Paz, the actor Rui Sol, the critic Ida Lund and the producer Tom Berg.", 0, ""},
		// A phrase said of every item (", each ...") ends the list.
		{"each, wings", "The hospital has five wings: a maternity unit, a cancer centre, a dialysis unit and a burns unit, each with its own entrance.", 1, ""},
		{"each, halls", "The school built four halls: a gym, a library and a theatre, each paid for by a local firm.", 1, ""},
		{"each, boats", "The club bought three boats: a dinghy, a skiff, a launch and a barge, each second-hand.", 1, ""},
		// "around" right after a participle is a preposition, no hedge.
		{"around, organised", "The building is organised around five wings: a maternity unit, a cancer centre, a dialysis unit and a burns unit.", 1, ""},
		{"around, built", "The plan is built around three schemes: a bus lane, a cycle path, a tram line and a ferry.", 1, ""},
		{"around, centred", "The festival is centred around four stages: a main stage, a jazz tent and a folk barn.", 1, ""},
		// Names with a hyphenated particle, nationalities of two words and
		// long roles before a name are named items.
		{"particle, groups", "The camp works with five aid groups: the Hilal Society, Dar al-Amal, the Nour Fund and Bayt el-Karim.", 1, ""},
		{"two-word nationality, jurors", "The five jurors — South Korean director Park Ji-hoon, Thai actress Siri Wong, the critic Dai Oyama and editor Rin Takeda — met on Friday.", 1, ""},
		{"long role, directors", "The firm named four new directors: former central bank deputy governor Hauwa Bello, the Kenyan telecoms executive Wanjiru Kamau and the lawyer Mamadou Diallo.", 1, ""},
		{"later sense role, signings", "The club has made three signings, including goalkeeper Facundo Rivero, centre back Joaquín Ledesma, winger Tomás Arce and midfielder Derlis Acuña.", 1, ""},
		{"later sense role, squad", "The coach named two newcomers, including point guard Ana Ruiz, shooting guard Lia Mora and forward Eva Sol.", 1, ""},
		{"later sense role, right", "The club has made four signings, including goalkeeper Facundo Rivero, centre back Joaquín Ledesma, winger Tomás Arce and midfielder Derlis Acuña.", 0, ""},
	})
}

// TestEnumCountKinRole: a kin word of more than one part before a name
// ("his brother-in-law Tadeusz Kołacz") is a role like any other.
func TestEnumCountKinRole(t *testing.T) {
	runCases(t, rules.EnumCount, []ruleCase{
		{"brother-in-law", "The court convicted five defendants: owner Marek Nowak, his brother-in-law Tadeusz Kołacz, accountant Jolanta Prus and driver Piotr Dembiński.", 1, ""},
		{"mother-in-law", "Police questioned three women: the landlady Ana Ruiz, her mother-in-law Rosa Ruiz, the cook Lia Mora and the maid Eva Sol.", 1, ""},
		{"step-daughter", "He named two heirs: his step-daughter Ida Lund, his nephew Tom Berg and his wife Sara Berg.", 1, ""},
		{"right", "The court convicted four defendants: owner Marek Nowak, his brother-in-law Tadeusz Kołacz, accountant Jolanta Prus and driver Piotr Dembiński.", 0, ""},
	})
}

// TestEnumCountGappedFigures: after a count, clauses with their verb left
// out, each ending in a figure in words ("holds nine seats, Unión Vecinal
// five, Los Verdes four"), are parts that go on with the count, not a
// list of the things it counts; a name with a number in it is still one.
func TestEnumCountGappedFigures(t *testing.T) {
	checkFires(t, rules.EnumCount, time.Time{}, []fireCase{
		{"The council is split among four groups: the mayor's party holds nine seats, Unión Vecinal five, Los Verdes four and Izquierda Local three.", false},
		{"The league has three divisions: the north fields eight teams, the Coast League six and the Valley League five.", false},
		{"The fleet is spread over three ports: Kelvik berths twelve boats, Arnhavn seven and Sundby four.", false},
		{"Dockers walked out at five terminals: Golden Jubilee, Meridian Quay, Kpone Bulk and Shed Nine.", true},
	})
}

// TestEnumCountEachListNext: a count that opens its sentence is named by
// a list of names the next sentence opens with when "each", "all" or
// "both" distributes over it ("The A, the B and C each hold a quarter"),
// names with "of" or "for" inside included.
func TestEnumCountEachListNext(t *testing.T) {
	checkFires(t, rules.EnumCount, time.Time{}, []fireCase{
		{"Four institutes share the instrument. The Devanahalli Centre for Astrophysics, the Sagarpur Institute of Science and Kaveripuram Technical University each hold a quarter of its time.", true},
		{"Five universities are taking part in the dig. Lembah Hijau, the Pesisir Institute of Technology, Sriwangi and Tanjung Baru have each sent a team.", true},
		{"Three clubs entered the cup. Vestby, Ringdal, Orkla and Namsos all lost in the first round.", true},
		{"Four institutes share the instrument. The Devanahalli Centre for Astrophysics, the Sagarpur Institute of Science, the Indus Lab and Kaveripuram Technical University each hold a quarter of its time.", false},
		{"Five councillors voted against. Ana Ruiz, Tomás Vidal and Carlos Peña abstained.", false},
	})
}

// TestEnumCountListSaidToBeTheCount: names that open a sentence and are
// then said to be the count ("A, B and C were the four lead managers") are
// its list.
func TestEnumCountListSaidToBeTheCount(t *testing.T) {
	runCases(t, rules.EnumCount, []ruleCase{
		{"managers", "Bharat Capital, Kaveri Securities and Meridian Finance were the four lead managers of the issue.", 1, "the list it is said of names 3"},
		{"towns", "San Isidro de Looc, Calabagan and Tubod were the four municipalities that signed the pact.", 1, "names 3"},
		{"finalists", "Ana Paz, Rui Sol, Ida Lund and Tom Berg are the three finalists this year.", 1, "names 4"},
		{"right", "Bharat Capital, Kaveri Securities and Meridian Finance were the three lead managers of the issue.", 0, ""},
	})
}
