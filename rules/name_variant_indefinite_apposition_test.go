package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestNameVariantIndefiniteApposition: a full name that keeps a surname
// but changes the given name by a letter, set beside a noun phrase opened
// by "a" or "an", presents a second person of that surname; without it, or
// beside a role the first held, it is the first misnamed.
func TestNameVariantIndefiniteApposition(t *testing.T) {
	pub := time.Date(2025, 10, 24, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NameVariant, pub, []fireCase{
		{"The offer was set out by Paulo Ribeiro, the infrastructure minister. Ribeiro met union leaders on Oct. 15.\n\nPaula Ribeiro, a nurse who travels from Sintra each day, said she spent 60 euros on taxis.", false},
		{"Coach Mario Rossi picked an unchanged side. Rossi said the team was ready.\n\nMaria Rossi, a season-ticket holder since 1998, said she had never seen the stadium so full.", false},
		{"Judge Daniel Okoro adjourned the case. Okoro said it would resume in May.\n\nDaniela Okoro, an accountant who lives near the court, said the delays cost her clients.", false},
		{"The offer was set out by Paulo Ribeiro, the infrastructure minister. Ribeiro met union leaders on Oct. 15.\n\n\"We have no more money,\" said Paula Ribeiro, adding that talks would go on.", true},
	})
}

// TestNameVariantGivenOneLetterOff: a given name one letter off under the
// same surname as a person the copy named with a title is that person
// misspelled, whichever side is wrong.
func TestNameVariantGivenOneLetterOff(t *testing.T) {
	pub := time.Date(2025, 6, 12, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NameVariant, pub, []fireCase{
		{"Prosecutor Krzystof Nowicki told the court the trusses were too light. Nowicki asked for five years.\n\nKrzysztof Nowicki, speaking after the hearing, said his office would study the judgment.", true},
		{"Judge Fernanda Lopes read the verdict. Lopes said the firm had lied.\n\nFernada Lopes, leaving the court, declined to comment.", true},
		{"Coach Sebastain Moreau picked an unchanged side. Moreau said the team was ready.\n\nSebastian Moreau, asked about the injury, said it was minor.", true},
		{"Prosecutor Krzysztof Nowicki told the court the trusses were too light. Nowicki asked for five years.\n\nKrzysztof Nowicki, speaking after the hearing, said his office would study the judgment.", false},
	})
}

// TestNameVariantPortfolioTitle: the capitalised common nouns after a
// title's "for" or "of" name its portfolio ("Commissioner for Transport",
// "Minister of Health"), not the person, whose name follows.
func TestNameVariantPortfolioTitle(t *testing.T) {
	pub := time.Date(2025, 9, 20, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NameVariant, pub, []fireCase{
		{"Commissioner for Transport Oluwasuen Adeyemi said the line would reopen. Adeyemi apologised.\n\nCommissioner Oluwaseun Adeyemi said an independent review would follow.", true},
		{"Minister of Health Rosalind Okafor opened the ward. Okafor thanked the nurses.\n\nMinister Rosalid Okafor said more beds would follow.", true},
		{"Secretary for Education Marten Vos visited the school. Vos praised the teachers.\n\nSecretary Maarten Vos said the budget would rise.", true},
		{"Commissioner for Transport Oluwaseun Adeyemi said the line would reopen. Adeyemi apologised.\n\nCommissioner Oluwaseun Adeyemi said an independent review would follow.", false},
	})
}
