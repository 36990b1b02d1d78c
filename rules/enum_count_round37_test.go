package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEnumRelativeClauseWithQuote: a relative clause on the last name
// ends the list, even when it quotes a title ("..., who play strangers in
// the drama \"Winter Crossing\"").
func TestEnumRelativeClauseWithQuote(t *testing.T) {
	pub := time.Date(2025, 11, 17, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EnumCount, pub, []fireCase{
		{"The festival closed.\n\nTwo actors shared the prize. They were Ilona Varga, Kwame Mensah and Rosa Llorente, who play strangers in the drama \"Winter Crossing\".", true},
		{"The jury met.\n\nTwo writers won the award. They were Ada Okoro, Lin Bo and Jan Weiss, who wrote the novel \"Salt Roads\" together.", true},
		{"The fair opened.\n\nThree chefs ran the kitchen. They were Omar Haddad and Lea Brun, whose menu (\"Stone Soup\") sold out.", true},
		{"The festival closed.\n\nThree actors shared the prize. They were Ilona Varga, Kwame Mensah and Rosa Llorente, who play strangers in the drama \"Winter Crossing\".", false},
	})
}

// TestEnumTheyWillBe: "They will be" opens a next sentence that names
// what the one before counted, as "They are" does.
func TestEnumTheyWillBe(t *testing.T) {
	pub := time.Date(2026, 9, 15, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EnumCount, pub, []fireCase{
		{"The rector spoke.\n\nThree institutes will open. They will be the Coastal Institute, the Cork Centre, the Health Lab and the Data Lab.", true},
		{"The league met.\n\nTwo clubs will be promoted. They will be Ostara, Velden and Brixham.", true},
		{"The budget passed.\n\nFour towns would get funds, the ministry said. They would be Lenk, Tarvo and Olst.", true},
		{"The rector spoke.\n\nFour institutes will open. They will be the Coastal Institute, the Cork Centre, the Health Lab and the Data Lab.", false},
	})
}

// TestEnumCountBeforeTimeAdverbial: a count whose noun ends its sentence
// but for a time adverbial ("would open three institutes next year.") is
// named by the next sentence.
func TestEnumCountBeforeTimeAdverbial(t *testing.T) {
	pub := time.Date(2026, 9, 15, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EnumCount, pub, []fireCase{
		{"The rector said the university would open three institutes next year. They are the Coastal Institute, the Cork Centre, the Health Lab and the Data Lab.", true},
		{"The airline will add two routes in 2027. They are Lisbon, Porto and Faro.", true},
		{"The council closed four libraries this month. They were Arden, Bexley and Colne.", true},
		{"The airline will add three routes in 2027. They are Lisbon, Porto and Faro.", false},
	})
}
