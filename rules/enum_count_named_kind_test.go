package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEnumCountNameWithTwoNouns: an item that is a name followed by one or
// two common nouns for what it is ("the Halbrecht family trust", "the Osk
// savings bank") names one thing, so a list after "including" that names
// more than the count is read.
func TestEnumCountNameWithTwoNouns(t *testing.T) {
	pub := time.Date(2014, 5, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EnumCount, pub, []fireCase{
		{"Five funds backed the deal, including Greystone Partners, the Velda Pension Fund, the Halbrecht family trust, Nordic Ale Holdings, Corva Invest and Mirabel Capital.", true},
		{"Four banks lent money, including Dalen Bank, the Osk savings bank, the Rinn family trust, Varn Capital and the Tarp farm fund.", true},
		{"Four lenders backed the plan, including the Osk savings bank, Dalen Bank, the Rinn family trust, Varn Capital and Kessel Finance.", true},
		{"Six funds backed the deal, including Greystone Partners, the Velda Pension Fund, the Halbrecht family trust and Corva Invest.", false},
	})
}

// TestEnumCountTwoFullNamesJoined: two people's full names joined by "and"
// in a list that goes on ("Pekka Lehtovaara and Jonas Ekberg of the
// Alliance, Birte Hallum of Labour and ...") are two items; a name with
// an article ("The Marrow and the Moth") may be one.
func TestEnumCountTwoFullNamesJoined(t *testing.T) {
	pub := time.Date(2008, 9, 29, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EnumCount, pub, []fireCase{
		{"Five sitting councillors lost their seats. They were Ida Strand, Pekka Lehtovaara and Jonas Ekberg of the Alliance, Birte Hallum of Labour and the independent Olav Sunde.", false},
		{"Four ministers resigned: Anna Berg, Lars Holm and Eva Lind of the Greens, Tor Vik of Labour and Karin Dahl.", true},
		{"Six delegates walked out: Ole Sand, Mia Rask and Nils Toft of the Farmers, Per Lund of the Left and Siv Ek.", true},
		{"The festival named three headliners: The Marrow and the Moth, Saskia Ohlendorf and the Brass Tacks Collective.", false},
	})
}

// TestEnumCountReportedSubject: a count that opens a reported clause
// ("said that five rowers ...", "said five rowers ...") reaches the colon
// that ends its clause, however long, as a sentence's subject does.
func TestEnumCountReportedSubject(t *testing.T) {
	pub := time.Date(2008, 5, 12, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EnumCount, pub, []fireCase{
		{"The coach said that five rowers had earned places in the squad for the Meridian Cup in Tessaly: Guidi, Fenzi, Lia Morandi and Teo Brassi.", true},
		{"The coach said five rowers had earned places in the squad for next month's Meridian Cup in Tessaly: Guidi, Fenzi, Lia Morandi and Teo Brassi.", true},
		{"Officials said that four ministers would stay in the cabinet after Friday's long reshuffle at the palace: Berg, Holm, Lind, Vik and Dahl.", true},
		{"The coach said that four rowers had earned places in the squad for the Meridian Cup in Tessaly: Guidi, Fenzi, Lia Morandi and Teo Brassi.", false},
	})
}

// TestEnumCountNextSentencePastAdverb: a count that closes its sentence
// past an adverb ("acquitted three defendants outright.") is listed by the
// next sentence's "They were ...", past a role of several words before the
// names ("the former branch managers").
func TestEnumCountNextSentencePastAdverb(t *testing.T) {
	pub := time.Date(2008, 5, 12, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EnumCount, pub, []fireCase{
		{"The panel acquitted three defendants outright. They were the former branch managers Radomir Kessler, Hanna Oberlin, Lutz Pfandl and Marta Veigl.", true},
		{"The panel acquitted three defendants outright. They were Radomir Kessler, Hanna Oberlin, Lutz Pfandl and Marta Veigl.", true},
		{"The court freed two prisoners early. They were Ola Lind, Per Berg and Tor Vik.", true},
		{"The panel acquitted three defendants outright. They were the former branch managers Radomir Kessler, Hanna Oberlin and Lutz Pfandl.", false},
	})
}

// TestEnumCountApposedAfterPhrase: names set off after a count and a
// phrase that names no other set ("the two northern districts with the
// lowest uptake, Arnholt, Sevel and Brenmoor,") list the count; after
// "from four countries" or "from Kenya" they list that phrase's own.
func TestEnumCountApposedAfterPhrase(t *testing.T) {
	pub := time.Date(2008, 5, 12, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EnumCount, pub, []fireCase{
		{"Mobile clinics will visit the two northern districts with the lowest uptake, Arnholt, Sevel and Brenmoor, from next Monday.", true},
		{"Inspectors closed two bakeries in the old town, Kessel, Varn and Lind, last week.", true},
		{"The ministry named four ports on the east coast, Arnholt and Sevel, as the busiest.", true},
		{"Inspectors closed three bakeries in the old town, Kessel, Varn and Lind, last week.", false},
		{"Okafor beat five other finalists from Kenya, South Africa, Ghana, Senegal and Egypt.", false},
		{"She beat five writers from three countries, Syria, Jordan and Tunisia.", false},
	})
}

// TestEnumCountPartInPlace: a count of part of a whole ("Two of the four
// fishmeal plants in Puerto Aldana, ...") reads no list of places after
// its noun: the place is where the whole stands.
func TestEnumCountPartInPlace(t *testing.T) {
	pub := time.Date(2014, 5, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EnumCount, pub, []fireCase{
		{"Two of the four fishmeal plants in Puerto Aldana, Harinas del Norte and Pesquera Valdés, said they would close.", false},
		{"Three of the five mills in Kessel, Varn Paper, Lind Pulp and Osk Board, cut shifts.", false},
		{"One of the three banks in Arnholt, Dalen Bank, was fined.", false},
		{"Three new clinics in Derby, Luton, York and Bath opened.", true},
	})
}

// TestEnumCountSemicolonRoles: items set apart by semicolons may each be a
// role and its name ("the ventilation contractor Wentex-Serwis", "the
// mine's operator, Południowa Spółka Węglowa").
func TestEnumCountSemicolonRoles(t *testing.T) {
	pub := time.Date(2014, 5, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EnumCount, pub, []fireCase{
		{"Prosecutors seized documents from four companies: the mine's operator, Południowa Spółka Węglowa; the ventilation contractor Wentex-Serwis; and the methane-monitoring firm Geomet.", true},
		{"Police questioned three firms: the haulier Brekke Transport; the port's operator, Osk Havn; the crane maker Lind Lift; and the insurer Varn.", true},
		{"The board hired two advisers: the bank Dalen Capital; the law firm Holm & Lind; and the auditor Varn Partners.", true},
		{"Prosecutors seized documents from three companies: the mine's operator, Południowa Spółka Węglowa; the ventilation contractor Wentex-Serwis; and the methane-monitoring firm Geomet.", false},
	})
}
