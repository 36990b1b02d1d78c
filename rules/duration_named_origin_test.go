package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestDurationNameOpensOrigin: a name whose last word is the thing's noun,
// opening the sentence that dates its origin ("Kwabena Dapaah Market
// opened in 1968"), names the thing a later "the 45-year-old market" is.
func TestDurationNameOpensOrigin(t *testing.T) {
	pub := time.Date(2023, 9, 25, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Duration, pub, []fireCase{
		{"Kwabena Dapaah Market opened in 1968 under the first council.\n\nFire officers said the 45-year-old market had never had a hydrant.", true},
		{"Ostrava Central Library opened in 1931 in a former bank.\n\nThe 80-year-old library will close for repairs in May.", true},
		{"Lakeside Stadium was built in 1974 for the regional games.\n\nThe 40-year-old stadium will be pulled down next year.", true},
		{"Kwabena Dapaah Market opened in 1968 under the first council.\n\nFire officers said the 55-year-old market had never had a hydrant.", false},
	})
}

// TestDurationAnniversaryOwnerInClause: "its" before an anniversary
// stands for the subject of its own clause, not of the sentence's first
// ("The occupation comes as the university prepares to celebrate its 75th
// anniversary").
func TestDurationAnniversaryOwnerInClause(t *testing.T) {
	pub := time.Date(2023, 12, 6, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Duration, pub, []fireCase{
		{"Founded in 1951 to train teachers, the university now has 7,800 students.\n\nThe occupation comes as the university prepares to celebrate its 75th anniversary next year.", true},
		{"Founded in 1962, the orchestra has toured 40 countries.\n\nThe strike began while the orchestra was planning its 65th anniversary next year.", true},
		{"Established in 1990, the cooperative has 300 members.\n\nThe dispute flared just as the cooperative marked its 30th anniversary this year.", true},
		{"Founded in 1951 to train teachers, the university now has 7,800 students.\n\nThe occupation comes as the university prepares to celebrate its 73rd anniversary next year.", false},
	})
}

// TestDurationSinceClause: a clause of "since" dated at its end ("since
// she succeeded its founding director, Driss Lamrani, in 2008") dates the
// span before it, past a name the clause sets off by commas.
func TestDurationSinceClause(t *testing.T) {
	pub := time.Date(2025, 1, 23, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Duration, pub, []fireCase{
		{"Samira Bennani, who has run the museum for the past 14 years, since she succeeded its founding director, Driss Lamrani, in 2008, said the closure was hard.", true},
		{"Oduya has coached the club for the past nine years, since he replaced its first manager, Peter Wambua, in 2012.", true},
		{"The firm has been led for the past 20 years by Rios, since she took over from her father in 2001.", true},
		{"Samira Bennani, who has run the museum for the past 16 years, since she succeeded its founding director, Driss Lamrani, in 2008, said the closure was hard.", false},
	})
}

// TestDurationOriginThroughWith: a verb of origin, a phrase with "with"
// and a year ("an agreement it signed with the state government in
// 2013") date the thing a later "the 15-year-old agreement" is.
func TestDurationOriginThroughWith(t *testing.T) {
	pub := time.Date(2024, 4, 16, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Duration, pub, []fireCase{
		{"Members are covered by a crop-insurance agreement it signed with the state government in 2013.\n\nThe secretary said the government would review the 15-year-old agreement.", true},
		{"The port runs under a long-term lease it signed with the city in 2010.\n\nThe mayor wants to renegotiate the 20-year-old lease.", true},
		{"The league plays under a ten-year deal it signed with the network in 2016.\n\nThe clubs want to scrap the 12-year-old deal.", true},
		{"Members are covered by a crop-insurance agreement it signed with the state government in 2013.\n\nThe secretary said the government would review the 11-year-old agreement.", false},
	})
}

// TestDurationStayInPlace: a stay of years in a named place ("After seven
// years in Lyon, she came home in 2019") runs from the year a nearby
// sentence says the stay began by a verb of settling ("She moved to Lyon
// in 2015"), to the year its own sentence gives.
func TestDurationStayInPlace(t *testing.T) {
	pub := time.Date(2024, 12, 3, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Duration, pub, []fireCase{
		{"She moved to Lyon in 2015 to study.\n\nAfter seven years in Lyon, Diatta came home to Dakar in 2019.", true},
		{"He emigrated to Toronto in 2001.\n\nAfter 12 years in Toronto, he returned to Accra in 2008.", true},
		{"The couple relocated to Nairobi in 2012.\n\nAfter nine years in Nairobi, they moved back to Kampala in 2016.", true},
		{"She moved to Lyon in 2015 to study.\n\nAfter four years in Lyon, Diatta came home to Dakar in 2019.", false},
	})
}

// TestDurationPastTenureRange: a tenure its holder's pronoun owns and that
// is over ("Over his 12 years at the town hall") counts the one range the
// copy gave before it ("was mayor from 2009 to 2017").
func TestDurationPastTenureRange(t *testing.T) {
	pub := time.Date(2025, 10, 9, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Duration, pub, []fireCase{
		{"Brandão was mayor of the town from 2009 to 2017.\n\nProsecutors accuse him of fraud.\n\nOver his 12 years at the town hall, Brandão built a pool.", true},
		{"Okafor was coach of the club from 2012 to 2016.\n\nThe club was relegated in 2018.\n\nIn his seven years at the club, Okafor won two cups.", true},
		{"Lindqvist chaired the board from 2001 to 2011.\n\nHer successor sold the firm.\n\nDuring her 15 years on the board, Lindqvist doubled its sales.", true},
		{"Brandão was mayor of the town from 2009 to 2017.\n\nProsecutors accuse him of fraud.\n\nOver his eight years at the town hall, Brandão built a pool.", false},
	})
}

// TestDurationNounModifiedOrigin: "The land dispute began in 1996" dates
// "the 19-year-old land dispute"; "a village school" is no school the copy
// means ("the school's 150th anniversary").
func TestDurationNounModifiedOrigin(t *testing.T) {
	pub := time.Date(2023, 9, 21, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Duration, pub, []fireCase{
		{"The court will rule in the 19-year-old land dispute on Oct. 12.\n\nThe land dispute began in 1996, when the chief allotted the plot.", true},
		{"Talks resumed in the 12-year-old border dispute on Monday.\n\nThe border dispute began in 2005 over a river island.", true},
		{"The 30-year-old water treaty expires next year.\n\nThe water treaty was signed in 2001 by both states.", true},
		{"Cwm Aran opened in 1876 in a converted chapel. Parents are planning the school's 150th anniversary next year.\n\nThe new school, which opened in 2021, offers what a village school cannot.", false},
	})
}

// TestDurationDescriptionAfterNamedOrigin: a definite description opening
// the sentence after one that dates a named thing's origin ("Seorin was
// founded in 2011 ... The 15-year-old company") is that thing, not
// another thing of the same noun dated further back.
func TestDurationDescriptionAfterNamedOrigin(t *testing.T) {
	pub := time.Date(2026, 1, 28, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Duration, pub, []fireCase{
		{"The company was founded in 1976 by a lens grinder.\n\nIt is buying Seorin. Seorin was founded in 2011 by two engineers. The 15-year-old company makes lens stacks.", false},
		{"The club was formed in 1950 by dock workers.\n\nIts rival, Vilaverde, was formed in 2001 by students. The 25-year-old club plays in the second division.", false},
		{"The bank opened in 1921 in a converted warehouse.\n\nIt bought Kestral, which opened in 2016. Kestral opened in 2016 in a garage. The 10-year-old bank has 40 branches.", false},
		{"The company was founded in 1976 by a lens grinder.\n\nIt is buying Seorin. Seorin was founded in 2011 by two engineers. The 25-year-old company makes lens stacks.", true},
		{"Osprey Mills was founded in 1990 by two brothers. The 20-year-old company employs 300 people.", true},
	})
}

// TestDurationOwnerIsNotTheThingOpened: a sentence that names the thing
// only as the owner of another ("the company's technical school, which he
// opened in 1996") dates the other thing, not the company's anniversary.
func TestDurationOwnerIsNotTheThingOpened(t *testing.T) {
	pub := time.Date(2025, 5, 6, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Duration, pub, []fireCase{
		{"The handover comes in the company's 50th anniversary year.\n\nThe founder will teach at the company's technical school, which he opened in 1996.", false},
		{"The festival marks the club's 25th anniversary this year.\n\nThe club's youth academy, which opened in 2015, trains 200 players.", false},
		{"The choir will celebrate its 40th anniversary in June.\n\nThe choir's summer school was founded in 2010 by its first conductor.", false},
		{"The handover comes in the company's 50th anniversary year.\n\nThe company was founded in 1996 by a lathe operator.", true},
	})
}

// TestDurationTermsCounted: a span counted in terms ("from 1988 to 1995,
// serving two four-year terms") is the terms together.
func TestDurationTermsCounted(t *testing.T) {
	pub := time.Date(2023, 9, 12, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Duration, pub, []fireCase{
		{"Her father was mayor from 1988 to 1995, serving two four-year terms.", false},
		{"He led the union from 2001 to 2010, three three-year terms in all.", false},
		{"She chaired the board from 2004 to 2014, serving two five-year terms.", false},
		{"Her father was mayor from 1988 to 1995, serving three four-year terms.", true},
	})
}
