package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEnumCountPlaceAndTradeRoles: a list item is a name after its
// holder's role even when a place's name modifies the role ("the Dakar
// band Xalam Bi") or the role is a word of the trade the lexicon does not
// know ("libero Priscila Damasceno").
func TestEnumCountPlaceAndTradeRoles(t *testing.T) {
	pub := time.Date(2025, 11, 18, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EnumCount, pub, []fireCase{
		{"Three foreign acts are on the bill, including the Malian singer Fanta Diabate, the Egyptian oud player Karim Sobhy, the Dakar band Xalam Bi and the Tunisian singer Amira Ben Salah.", true},
		{"Okubo, Ferraz and libero Priscila Damasceno were the four players named to the all-star team.", true},
		{"Two guests spoke, including the Lagos lawyer Ade Bello, the Accra banker Kofi Mensah and the Kumasi trader Ama Owusu.", true},
		{"The troupe has three masters: maalem Hamid Kasri, maalem Omar Hayat and maalem Said Oghassa, and a dancer.", false},
		{"Four foreign acts are on the bill, including the Malian singer Fanta Diabate, the Egyptian oud player Karim Sobhy, the Dakar band Xalam Bi and the Tunisian singer Amira Ben Salah.", false},
	})
}

// TestEnumCountNameOwnedCount: a count before a name's possessive and a
// plural noun ("four Rally's directors") counts what the name owns.
func TestEnumCountNameOwnedCount(t *testing.T) {
	pub := time.Date(1989, 11, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EnumCount, pub, []fireCase{
		{"The suit names Mr. Tanaka and four Rally's directors: Mr. Sugarman, James Trotter and William Trotter.", true},
		{"The regulator fined three Meridian's subsidiaries: Meridian Gas and Meridian Power.", true},
		{"Police questioned five Corvex's managers: Ana Lind, Per Holm, Ola Berg and Eva Sand.", true},
		{"The suit names Mr. Tanaka and three Rally's directors: Mr. Sugarman, James Trotter and William Trotter.", false},
		{"Analysts expect two Boeing's rivals, Airbus and Comac, to gain.", false},
	})
}
