package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestNameVariantRomanisations: one name written in two romanisations
// ("Zhaksybekova" and "Jaksybekova", "Youssef" and "Yussef") is one
// person spelled two ways, though the first letters may differ.
func TestNameVariantRomanisations(t *testing.T) {
	pub := time.Date(2023, 9, 12, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NameVariant, pub, []fireCase{
		{"The department's deputy head, Aigerim Zhaksybekova, said the grain was wet. Jaksybekova said the region would ask for help.", true},
		{"The port's director, Karim Boutros, said the cranes were idle. Butros said work would resume on Monday.", true},
		{"The coach, Dmitri Tchernov, named his squad on Friday. Chernov said two players were injured.", true},
		{"The department's deputy head, Aigerim Zhaksybekova, said the grain was wet. Zhaksybekova said the region would ask for help.", false},
		{"The mayor, Ana Khalil, opened the fair. Her rival, Omar Halim, stayed away.", false},
		{"Jordanian novelist Layla Haddad won the prize on Monday. Leila Haddad told reporters she would open a workshop.", true},
		{"The striker Reina Okafor scored twice. Rayna Okafor said the team had trained hard.", true},
		// A long vowel written doubled in one romanisation, single in
		// another: "Ji-hoon" and "Ji-hun", "Deepak" and "Dipak".
		{"Park Ji-hoon, 54, founded Hanul Precision in 1998.\n\nIn a statement, Park Ji-hun thanked employees.", true},
		{"Surgeon Deepak Menon led the team. Dr. Dipak Menon said the patient was recovering.", true},
		{"The mayor, Kim Soo-jin, opened the bridge. Kim Su-jin said tolls would be dropped.", true},
		{"Park Ji-hoon, 54, founded Hanul Precision in 1998.\n\nHis finance chief, Park Ji-won, stays on.", false},
	})
}

// TestNameVariantLeaderAppositive: a full name set off by "head of" or
// "chief of" a body is a person's ("Levan Kapanadze, head of the agency's
// office, said"), so a surname spelled otherwise later is that person's.
func TestNameVariantLeaderAppositive(t *testing.T) {
	pub := time.Date(2023, 10, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NameVariant, pub, []fireCase{
		{"Levan Kapanadze, head of the agency's office in Kakheti, said the heat raised sugar levels. Kapanadse said exports had risen.", true},
		{"Amara Diallo, chief of the port authority, said the cranes were idle. Dialo said work would resume.", true},
		{"Tomasz Wrzesniak, the head of the regional water board, said the dam held. Wrzesniac said the spillway was open.", true},
		{"Levan Kapanadze, head of the agency's office in Kakheti, said the heat raised sugar levels. Kapanadze said exports had risen.", false},
	})
}
