package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestNameOtherOfficeTwoLettersOff: a surname two letters off a person's,
// written under a title that person was not given, names a second person
// ("Bernard Lemoine", the baker ... "Mayor Bernard Lemaire"); one letter
// off, or with no title of its own, it is still a misspelling.
func TestNameOtherOfficeTwoLettersOff(t *testing.T) {
	pub := time.Date(2026, 5, 20, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NameVariant, pub, []fireCase{
		{"LYON, France, May 20, 2026 — Bernard Lemoine will close his bakery on Saturday.\n\nLemoine, the village's baker for 30 years, said his knees had decided.\n\nMayor Bernard Lemaire said the commune had bought the building.", false},
		{"SIENA, Italy, May 20, 2026 — Paolo Moretti opened his wine bar in 1998.\n\nMoretti, who trained as a chef, said rents had doubled.\n\nCouncillor Paolo Morelli said the city would cap them.", false},
		{"TURIN, Italy, May 20, 2026 — Giulia Marchetti runs the school's choir.\n\nMarchetti said the concert would go ahead.\n\nHeadteacher Giulia Marchesi said the hall had been booked.", false},
		{"LYON, France, May 20, 2026 — Bernard Lemoine will close his bakery on Saturday.\n\nLemoine, the village's baker for 30 years, said his knees had decided.\n\nMayor Bernard Lemoyne said the commune had bought the building.", true},
		{"LYON, France, May 20, 2026 — Bernard Lemoine will close his bakery on Saturday.\n\nLemoine, the village's baker for 30 years, said his knees had decided.\n\nBernard Lemaire said the commune had bought the building.", true},
	})
}

// TestNameKinOfAnotherOwner: a kinship noun owned by another name ("Halny's
// son ... works in Dziedzic's department") makes no family of the name
// beside it, so a later changed given name is still reported.
func TestNameKinOfAnotherOwner(t *testing.T) {
	pub := time.Date(2024, 11, 5, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NameVariant, pub, []fireCase{
		{"GDANSK, Poland, Nov. 5, 2024 — The design was led by Krzysztof Dziedzic, the chief naval architect.\n\nHalny's son, Piotr Halny, 34, works in Dziedzic's department.\n\nKarol Dziedzic said the second ship would run on batteries.", true},
		{"TURKU, Finland, Nov. 5, 2024 — The survey was led by Aino Lehtonen, the chief geologist.\n\nKorhonen's daughter, Sanna Korhonen, 29, works in Lehtonen's team.\n\nAnni Lehtonen said the samples were sent to Helsinki.", true},
		{"PORTO, Portugal, Nov. 5, 2024 — The plan was drawn up by Rui Tavares, the city engineer.\n\nSousa's brother, Nuno Sousa, 41, sits on Tavares's staff.\n\nRicardo Tavares said work would start in May.", true},
		{"GDANSK, Poland, Nov. 5, 2024 — The design was led by Krzysztof Dziedzic, the chief naval architect.\n\nHis son, Karol Dziedzic, 34, works in the same department.\n\nKarol Dziedzic said the second ship would run on batteries.", false},
	})
}

// TestNameUnknownWordNearAPerson: a surname alone, no word of the
// lexicon and no place, inside its sentence, close to the surname of
// someone the copy showed to be a person, is that person misspelt
// whatever its slot ("expected Gallimberti to sign").
func TestNameUnknownWordNearAPerson(t *testing.T) {
	pub := time.Date(2024, 9, 9, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NameVariant, pub, []fireCase{
		{"CREMONA, Italy, Sept. 9, 2024 — Her apprentice, Benedetta Galimberti, 24, mixes the varnish. Galimberti said the work was slow.\n\nMontesanto said she expected Gallimberti to sign the instruments next year.", true},
		{"LYON, France, Sept. 9, 2024 — The chef, Aurélien Marchetaux, 41, opened the bistro in 2019. Marchetaux said prices would rise.\n\nCritics praised Marchettaux for the menu.", true},
		{"OSLO, Norway, Sept. 9, 2024 — The skipper, Henrikke Svendsrud, 52, has sailed for 30 years. Svendsrud said the season was poor.\n\nThe crew trusted Svendrud completely.", true},
		{"CORK, Ireland, Sept. 9, 2024 — The sculptor, Máire Ní Bhriain, 70, showed in London. Ní Bhriain said she would keep working.\n\nHer work sold well in Britain and abroad.", false},
	})
}
