package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestRestatedRandSign: a capital R glued to an amount in millions or
// written with thousands separators is the rand's sign ("a R36.4 million
// tender"), so its restatements are sums of money.
func TestRestatedRandSign(t *testing.T) {
	pub := time.Date(2025, 3, 27, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"The manager was convicted over a R36.4 million tender on Wednesday. The court ordered the repayment of the R34.6 million contract.", true},
		{"The province awarded a R1.28 billion road deal in May. Auditors questioned the R1.82 billion deal last week.", true},
		{"Residents paid R12,450 in fees last year. The council refunded the R14,250 in fees on Monday.", true},
		{"The manager was convicted over a R36.4 million tender on Wednesday. The court ordered the repayment of the R36.4 million contract.", false},
	})
}

// TestRestatedNewValue: the figure a change reached ("rose 36% to $683
// million") is what the thing now measures, so a later figure written with
// its digits in another order restates it wrongly.
func TestRestatedNewValue(t *testing.T) {
	pub := time.Date(1989, 10, 18, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"Sales increased 36% to $683 million from $502 million. Exports made up 43% of the quarter's $638 million in sales.", true},
		{"Net profit rose 12% to $418.5 million. Analysts said the $481.5 million profit beat forecasts.", true},
		{"Revenue fell 8% to 2.93 billion kroner. The board called the 2.39 billion kroner in revenue disappointing.", true},
		{"Sales increased 36% to $683 million from $502 million. Exports made up 43% of the quarter's $683 million in sales.", false},
	})
}

// TestRestatedAudienceByAnyName: visitors, attendees, fans and anyone
// "-goer" at an event are its audience, one count by any of these names.
func TestRestatedAudienceByAnyName(t *testing.T) {
	pub := time.Date(2026, 2, 17, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"The festival closed on Sunday after drawing 86,000 visitors over nine days. The director said the 68,000 festivalgoers had filled every hotel.", true},
		{"The fair drew 41,500 attendees this year, organisers said. Police said the 44,000 fairgoers had caused no trouble.", true},
		{"Some 12,400 fans watched the final on Saturday. Stewards said the 14,200 racegoers left without incident.", true},
		{"The festival closed on Sunday after drawing 86,000 visitors over nine days. The director said the 86,000 festivalgoers had filled every hotel.", false},
	})
}

// TestRestatedSizeOfThing: a count of things hyphened to a noun ("the
// 14-station line") counts those things, so a later "all 16 stations"
// restates it; the sized noun itself refers back to no count of them.
func TestRestatedSizeOfThing(t *testing.T) {
	pub := time.Date(2026, 2, 17, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"The 14-station line opened on Saturday. The mayor said all 16 stations had lifts.", true},
		{"A 220-bed hospital will open in May. Nurses said the 240 beds were not enough.", true},
		{"The council approved a 36-classroom school on Monday. Builders said all 38 classrooms would have solar panels.", true},
		{"The report found that one in six pupils was persistently absent. The 1,140-pupil academy takes children aged 11 to 18.", false},
		{"Managers said one in seven beds stood empty. The 300-bed hospital opened in 1998.", false},
		{"The survey found that one in five members had not voted. The 4,000-member union will meet on Friday.", false},
		{"The council voted on Tuesday to hire a falconer, ending a two-year argument over nets. The three-year contract, worth 38,000 euros, goes to Ana Silva.", false},
		{"The board voted on Monday to keep the bus, ending a six-month trial of vans. The 12-month contract, worth 9,000 euros, goes to a local firm.", false},
		{"The union voted on Friday to accept the offer, ending a 10-week dispute over shifts. The four-week notice, agreed by both sides, starts in May.", false},
	})
}

// TestRestatedParticipleHead: a participle heading a number's noun phrase
// before its verb ("the 1,420 injured included", "the 510 rescued were")
// counts the people its verb befell ("1,240 people were injured").
func TestRestatedParticipleHead(t *testing.T) {
	pub := time.Date(2026, 2, 17, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"Some 1,240 people were wounded in the shelling. Medics said the 1,600 wounded included 300 children.", true},
		{"Some 1,240 people were injured in the quake. Officials said the 1,420 injured included 300 children.", true},
		{"Crews said 350 people were rescued from the flood. Officials said the 510 rescued were in schools.", true},
		{"Some 1,240 people were injured in the quake. Officials said the 1,240 injured included 300 children.", false},
	})
}

// TestRestatedAddedFigures: figures "further", "additional" or "extra" to
// a count ("Five further performances will follow") are additions, like
// "five more": the whole may be restated after them ("all six
// performances").
func TestRestatedAddedFigures(t *testing.T) {
	pub := time.Date(2025, 10, 10, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"The premiere is on Oct. 18. Five further performances will follow. The conductor will lead all six performances.", false},
		{"The tour opens in Lyon in May. Six additional concerts are planned in June. The band will play all seven concerts unplugged.", false},
		{"The exhibition opens in Oslo on May 2. Three extra venues will follow in June. The show will visit all four venues.", false},
		{"The premiere is on Oct. 18. Five performances will follow. The conductor will lead all six performances.", true},
	})
}

// TestRestatedSubsetThenWhole: a count a relative clause picks out ("the
// 24,906 members who returned ballots") is a part of what a larger, later
// unqualified count gives ("the union's 35,080 members").
func TestRestatedSubsetThenWhole(t *testing.T) {
	pub := time.Date(2026, 1, 22, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"Of the 24,906 members who returned ballots, most backed the offer. Turnout was 71% of the union's 35,080 members.", false},
		{"The 1,240 residents who were evacuated have returned. The town's 3,900 residents will vote in May.", false},
		{"The 86 players who signed up last year came back. The club's 140 players train on Sundays.", false},
		{"Of the 24,906 members who returned ballots, most backed the offer. The union said the 20,906 members who returned ballots were a record.", true},
	})
}

// TestRestatedActOfVerb: a figure named by the act of a verb ("the 2.8
// billion shilling allocation") restates the figure that was that verb's
// object ("allocated 2.4 billion shillings"); a thing of the verb's form
// does not ("farm 4,350 hectares" ... "the 140-hectare farm").
func TestRestatedActOfVerb(t *testing.T) {
	pub := time.Date(2025, 10, 10, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"The government allocated 2.4 billion shillings to the fund. Critics said the 2.8 billion shilling allocation was too small.", true},
		{"Farmers harvested 4.6 million tonnes of wheat this season. Officials said the 4.9 million-tonne harvest was a record.", true},
		{"The ministry donated 12 million euros to the hospital. Doctors said the 21 million euro donation would buy scanners.", true},
		{"The member farms lie in three parishes. Together they farm 4,350 hectares.\n\nHer son, Joost Mulder, 34, runs the family's 140-hectare farm.", false},
		{"The boats sail from two ports. Together they ship 400 tonnes a week.\n\nHer brother, Pieter Kok, 41, runs the firm's 300-tonne ship.", false},
		{"The crews work two shifts. Together they dredge 900 tonnes of silt a day.\n\nHis daughter, Anna Berg, 29, runs the port's 300-tonne dredge.", false},
	})
}
