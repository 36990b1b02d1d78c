package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestNameVariantServiceRanks: "Additional" and "Joint" rank an office in
// a civil service as "Deputy" does: one that stands in only one of two
// titles of one person is a conflict.
func TestNameVariantServiceRanks(t *testing.T) {
	pub := time.Date(2024, 11, 19, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NameVariant, pub, []fireCase{
		{"Municipal Commissioner Anjali Raghavan, 42, has suspended the contract. Additional Commissioner Raghavan will remain in charge.", true},
		{"Secretary Ramesh Iyer opened the meeting on Monday. Joint Secretary Iyer closed it an hour later.", true},
		{"Joint Secretary Kavita Rao signed the order. Secretary Rao said it would stand.", true},
		{"Additional Secretary Leela Menon signed the order. Additional Secretary Menon said it would stand.", false},
	})
}

// TestNameVariantFamilyNameFirst: a two-word name whose second word is a
// given name romanised as two syllables with a hyphen ("Seo Ji-hoon")
// puts the family name first, so a later "Soe" is that family name
// misspelled; a double surname ("Kamau-Osei") stays last.
func TestNameVariantFamilyNameFirst(t *testing.T) {
	pub := time.Date(2025, 4, 9, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NameVariant, pub, []fireCase{
		{"Daeseong chief executive Seo Ji-hoon said the deal was done. Soe, who toured the plant, declined to give a price.", true},
		{"The film was directed by Park Chan-wook, who spoke on Monday. Prak said the shoot took a year.", true},
		{"Kim Min-jun, 34, led the team. Kmi said the result was fair.", true},
		{"Kim Min-jun, 34, led the team. Kim said the result was fair.", false},
		{"Wanjiru Kamau-Osei led the team. Kamau-Osei said the result was fair.", false},
	})
}

// TestNameVariantNameAfterTheIsNoPerson: a single capitalised word after
// "the" names a thing (a railway, a river, a ship), never a person, so a
// later name one letter or two off is no variant of it.
func TestNameVariantNameAfterTheIsNoPerson(t *testing.T) {
	pub := time.Date(2023, 9, 28, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NameVariant, pub, []fireCase{
		{"The first trains on the Pohjanrata, a new railway, will run on Saturday. She told broadcaster Yle Pohjanmaa that trains would run by 2021.", false},
		{"Barges on the Vistrava, a slow river, carry grain. The mayor, Anna Vistrala, said so.", false},
		{"The crew of the Morwenna, a trawler, were rescued. Skipper Tom Morwena said the sea was rough.", false},
		{"Skipper Tom Morwenna said the sea was rough. Morwena added that the crew were safe.", true},
	})
}
