package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestAgeWhenClauseApposition: a "when" clause still runs on to its date
// past a phrase set off beside a name in it ("when he led Vilarinho, then
// an amateur club, to the semi-finals in 2014"), so the age it gives
// dates a birth.
func TestAgeWhenClauseApposition(t *testing.T) {
	pub := time.Date(2025, 9, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"Tomas Ferreira, 58, signed a new deal. He was 41 when he led Vilarinho, then an amateur club, to the cup semi-finals in 2014.", true},
		{"Ines Souto, 47, will lead the bank. She was 29 when she joined Orla, a small start-up, in 2010.", true},
		{"Paulo Rebelo, 66, retired on Friday. He was 40 when he took over Vidrex, now the region's largest glassworks, in 2012.", true},
		{"Tomas Ferreira, 52, signed a new deal. He was 41 when he led Vilarinho, then an amateur club, to the cup semi-finals in 2014.", false},
		{"Ines Souto, 44, will lead the bank. She was 29 when she joined Orla, a small start-up, in 2010.", false},
	})
}

// TestAgeSurnameOfPrincipalKinByPredicate: a relative whose kinship the
// predicate of their first sentence gives ("Ernesto Villalobos, is the
// mayor's cousin", "Ana Duarte is his sister") is not the person a shared
// surname alone names later: that is the one the copy is about.
func TestAgeSurnameOfPrincipalKinByPredicate(t *testing.T) {
	pub := time.Date(2026, 2, 6, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"Mayor Graciela Villalobos signed the loan. The treasurer, Ernesto Villalobos, is the mayor's cousin. Villalobos, 49, was elected in 2024. She was born in 1981.", true},
		{"Coach Rui Duarte extended his contract. Ana Duarte is his sister and runs the club shop. Duarte, 58, arrived in 2019. He was born in 1961.", true},
		{"Judge Piotr Nowak opened the trial. The court clerk, Marta Nowak, was the judge's niece. Nowak, 61, has sat since 2010. He was born in 1970.", true},
		{"Mayor Graciela Villalobos signed the loan. The treasurer, Ernesto Villalobos, is the mayor's cousin. Villalobos, 44, was elected in 2024. She was born in 1981.", false},
	})
}
