package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEnumCountNextSentenceForms: the sentence after a count may name its
// things after "They are" with a role before the names, or as indefinite
// noun phrases, and a relative clause on the last item ends the list
// whatever verbs it joins.
func TestEnumCountNextSentenceForms(t *testing.T) {
	pub := time.Date(2024, 1, 3, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EnumCount, pub, []fireCase{
		{"Four specialists have left the department.\n\nThey are the anaesthetists Tomas Bednar and Lucie Vavrova and the surgeon Marek Holub.", true},
		{"Divers recorded four endangered species.\n\nThey were a hawksbill turtle, a dugong and a humphead wrasse, which can live for 30 years and fetches high prices.", true},
		{"Three ships were damaged in the storm.\n\nThey were a tanker, a ferry, a trawler and a tug.", true},
		{"Four firms bid for the contract.\n\nThey were a Czech builder, a Polish dredger, a Dutch engineer and a local cooperative.", false},
		{"The team signed three players.\n\nThey were a mix of youth and experience.", false},
		{"Three candidates stood.\n\nThey are the lawyers Ana Ruiz and Luis Mar and the teacher Eva Sol, who lives and works in Vigo.", false},
	})
}

// TestEnumCountAffiliatedGroups: names grouped by the body they belong to
// ("A and B of Green Valley and C of Civic Forum") are items each, the
// "and" between two affiliated groups opening the next.
func TestEnumCountAffiliatedGroups(t *testing.T) {
	pub := time.Date(2024, 4, 16, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EnumCount, pub, []fireCase{
		{"Four candidates won seats: Zofia Kedzierska and Bartosz Lis of Green Valley and Natalia Wrobel of Civic Forum.", true},
		{"Five ministers resigned: Ana Lima and Rui Gomes of the Liberal Party and Eva Sousa of the Green Alliance.", true},
		{"Two riders crashed: Tom Berg and Ole Dahl of Team Nordic and Jan Holm of Velo Club.", true},
		{"Three candidates won seats: Zofia Kedzierska and Bartosz Lis of Green Valley and Natalia Wrobel of Civic Forum.", false},
		{"Two bakeries won prizes: Caldora and Sorne of Vell and Marlow.", false},
	})
}

// TestEnumCountPluralApposition: a plural noun in lower case set off
// after a list's last item ("..., Hrabová and Podhradí, halts that see
// few passengers and lie far from their villages") says something of them
// all and ends the list.
func TestEnumCountPluralApposition(t *testing.T) {
	pub := time.Date(2026, 5, 4, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EnumCount, pub, []fireCase{
		{"Three stations will close for good.\n\nThey are Dolni Rybnik, Lesni Mlyn, Hrabova and Podhradi, halts that between them see fewer than 150 passengers a day and lie more than a kilometre from the villages.", true},
		{"Two towns were cut off. They are Lhota, Brod and Ves, villages that sit on the flood plain and lose power and water every spring.", true},
		{"Five schools will merge. They are Lipa, Brezina, Dubnik and Jasen, schools that have lost pupils and teachers for a decade.", true},
		{"Four stations will close for good.\n\nThey are Dolni Rybnik, Lesni Mlyn, Hrabova and Podhradi, halts that between them see fewer than 150 passengers a day and lie more than a kilometre from the villages.", false},
	})
}

// TestEnumCountSemicolonItems: items set apart by semicolons, each a name
// and what is said of it after a comma, are counted one per name.
func TestEnumCountSemicolonItems(t *testing.T) {
	pub := time.Date(2023, 3, 14, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EnumCount, pub, []fireCase{
		{"Four defendants were convicted: Adam Zawadzki, the former mayor; Ewa Piatek, his deputy; and Jerzy Sobczak, whose firm won the contract.", true},
		{"Three ministers resigned: Ana Lima, who ran finance; Rui Gomes, the health minister; Eva Sousa, in charge of roads; and Ivo Reis, the youngest.", true},
		{"Two judges dissented: Maria Holm, the presiding judge; Per Berg, who wrote the dissent; and Lena Dahl, a newcomer.", true},
		{"Four defendants were convicted: Marek Zawadzki, the former deputy mayor; Ewa Piatek, who ran the town's procurement office; and Jerzy Sobczak, whose firm won the main road contract.", true},
		{"Three defendants were convicted: Adam Zawadzki, the former mayor; Ewa Piatek, his deputy; and Jerzy Sobczak, whose firm won the contract.", false},
	})
}

// TestEnumCountListBeforeCopulaFronted: the names a sentence opens with,
// past a phrase of a preposition fronted before them, are the list "were
// the four" counts.
func TestEnumCountListBeforeCopulaFronted(t *testing.T) {
	pub := time.Date(2024, 11, 25, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EnumCount, pub, []fireCase{
		{"At the other end of the table, Araxa Futebol Clube, Real Caetite and Sport Club Piquiri were the four clubs relegated.", true},
		{"In the first round, Ana Lima, Rui Gomes and Eva Sousa were the four candidates eliminated.", true},
		{"After the vote, Lhota, Brod and Ves were the two towns that left the union.", true},
		{"At the other end of the table, Araxa Futebol Clube, Real Caetite and Sport Club Piquiri were the three clubs relegated.", false},
	})
}

// TestEnumCountAgentBy: "by" after a noun that is no change ("a loan by
// six banks") names who acted; the count is of them, not a change's size.
func TestEnumCountAgentBy(t *testing.T) {
	pub := time.Date(2024, 4, 9, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EnumCount, pub, []fireCase{
		{"The cash will come from a loan by six banks, including Banco Meridional, Financiera Altamar, Banca Zacatlan, Credito del Bajio, Inversora Patzcuaro, Banco del Tepeyac and Grupo Financiero Huasteco.", true},
		{"The plan was backed in a vote by three parties, including the Greens, the Liberals, Civic Union and Farmers First.", true},
		{"The bill faces a challenge by four senators: Ana Lima, Rui Gomes and Eva Sousa.", true},
		{"The cash will come from a loan by seven banks, including Banco Meridional, Financiera Altamar, Banca Zacatlan, Credito del Bajio, Inversora Patzcuaro, Banco del Tepeyac and Grupo Financiero Huasteco.", false},
	})
}
