package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestNumberRestatedUnitsOfLength: millimetres, feet and barrels are
// units, written in full or short, so a figure restated in the other
// form is compared with the first.
func TestNumberRestatedUnitsOfLength(t *testing.T) {
	pub := time.Date(2026, 6, 24, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"The storm dumped 187 millimetres of rain on the port in 36 hours. Forecasters said the 178 mm that fell on the port was typical.", true},
		{"The crew drilled the well to 2,640 feet before the pump failed. Engineers said the 2,460-ft well would be capped.", true},
		{"The tanker was carrying 1.35 million barrels of crude. The 1.53 million barrels will be pumped ashore.", true},
		{"The storm dumped 187 millimetres of rain on the port in 36 hours. Forecasters said the 187 mm that fell on the port was typical.", false},
		{"The crew drilled the well to 2,640 feet before the pump failed. Engineers said the 2,640-ft well would be capped.", false},
	})
}

// TestNumberRestatedTransposedLargerPart: a figure with a relative clause
// is a part of an earlier whole only if it is not larger; larger, and
// written with the earlier one's digits in another order, it is that
// figure mistyped, even where the earlier one carries a qualifier of its
// own ("at the Estadio Municipal").
func TestNumberRestatedTransposedLargerPart(t *testing.T) {
	pub := time.Date(2024, 8, 19, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"The side won 3-1 in front of 18,406 spectators at the Estadio Municipal. The 18,604 fans who packed the ground paid 10 reais each.", true},
		{"The marathon drew 2,315 runners to the start in Vila Nova. The 2,513 runners who lined up in the rain were cheered on.", true},
		{"About 4,170 delegates attended the congress in Porto. The 4,710 delegates who voted backed the motion.", true},
		{"The side won 3-1 in front of 18,406 spectators at the Estadio Municipal. The 18,406 fans who packed the ground paid 10 reais each.", false},
	})
}

// TestNumberRestatedStateOfObject: what a verb did to the things it
// counts ("killed 18 million oysters") lets a later figure name them by
// that state ("the 21 million dead oysters"), past a hedge and its article.
func TestNumberRestatedStateOfObject(t *testing.T) {
	pub := time.Date(2026, 1, 14, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"A heatwave killed an estimated 18 million oysters, officials said. Restocking the 21 million dead oysters will take two seasons.", true},
		{"The outbreak killed 42,000 hens on the farm. Burying the 46,000 dead hens took a week.", true},
		{"The flood drowned some 1,200 sheep in the valley. Farmers are still counting the 1,500 drowned sheep.", true},
		{"A heatwave killed an estimated 18 million oysters, officials said. Restocking the 18 million dead oysters will take two seasons.", false},
		{"A heatwave killed an estimated 18 million oysters, officials said. The 21 million surviving oysters are weak.", false},
	})
}

// TestNumberRestatedNamedOwners: members a named owner has ("the
// Conservatives' nine members") are set apart from another owner's ("the
// Labour Party's 11 councillors").
func TestNumberRestatedNamedOwners(t *testing.T) {
	pub := time.Date(2024, 10, 30, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"The Labour Party's 11 councillors voted in favour. Against were the Conservatives' nine members and two Greens.", false},
		{"The Social Democrats' 40 deputies backed the bill. The Liberals' 35 members opposed it.", false},
		{"Ajax's 14 players trained on Monday. Feyenoord's 16 players rested.", false},
		{"The council's 11 councillors met on Monday. The vote of the 13 councillors was unanimous.", true},
	})
}

// TestNumberRestatedContactClausePast: a contact clause after a figure's
// noun ("the 16 buoys a previous project moored") tells another set, even
// where the reading took its past form for a participle.
func TestNumberRestatedContactClausePast(t *testing.T) {
	pub := time.Date(2026, 1, 22, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"The network will link 40 moored buoys. Trawlers had dragged away 11 of the 16 buoys a previous project moored off the coast.", false},
		{"The city will plant 300 trees. Storms had toppled 20 of the 120 trees a charity planted in 2019.", false},
		{"The board will hire 50 teachers. Many had left the 35 posts the last board created.", false},
		{"The network will link 40 moored buoys. Trawlers will tow the 46 buoys into place.", true},
	})
}

// TestNumberRestatedWhose: "whose" before a figure owns it as "its" or
// "their" do, so the figure refers back.
func TestNumberRestatedWhose(t *testing.T) {
	pub := time.Date(2024, 11, 25, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"Prado finished the season with 19 league goals. The 27-year-old, whose 21 league goals made him the second-highest scorer, wants to stay.", true},
		{"Ruiz ended the season with 14 league goals. The striker, whose 16 league goals won the title, will stay.", true},
		{"The club said it has 240 members. The founder, whose 260 members pay dues each year, is proud.", true},
		{"Prado finished the season with 19 league goals. The 27-year-old, whose 19 league goals made him the second-highest scorer, wants to stay.", false},
	})
}

// TestNumberRestatedDealObject: what a verb of buying or selling took,
// past a role before its name, names the deal its price belongs to, so a
// later price of "the NAME sale" restates it; a sale of another name does
// not.
func TestNumberRestatedDealObject(t *testing.T) {
	pub := time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"In March the club sold winger Tomasz Wilk to a Dutch side for €2.4 million. Fans still argue about the €2.9 million Wilk sale.", true},
		{"The group bought the Halden paper mill from its founders for 310 million kroner. Unions opposed the 350 million kroner Halden purchase.", true},
		{"Ostara sold its subsidiary Brannock Foods to a Swiss investor for $86 million last year. The $92 million Brannock deal closed in June.", true},
		{"In March the club sold winger Tomasz Wilk to a Dutch side for €2.4 million. Fans still argue about the €2.4 million Wilk sale.", false},
		{"In March the club sold winger Tomasz Wilk to a Dutch side for €2.4 million. The €3.1 million Ferreira sale came a year later.", false},
	})
}

// TestNumberRestatedStillAhead: "still" or "yet" and an infinitive after a
// figure's noun pick out the things ahead, a part of those counted before,
// not the same set restated; an infinitive of purpose does not.
func TestNumberRestatedStillAhead(t *testing.T) {
	pub := time.Date(2026, 4, 20, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"The company has added four performances to the run. The seven performances still to come are sold out.", false},
		{"The league scheduled 30 matches this season. The 12 matches yet to be played will be shown on television.", false},
		{"The council promised 400 homes after the flood. The 150 homes still to be rebuilt stand empty.", false},
		{"The council promised 400 homes after the flood. The 450 homes will be finished by May.", true},
	})
}

// TestNumberRestatedWholeWord: "full", "entire" or "whole" between "the"
// and a figure points back to a figure told before, as "the" alone does.
func TestNumberRestatedWholeWord(t *testing.T) {
	pub := time.Date(2009, 11, 18, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"A clerk was found guilty of siphoning 3.4 million crowns from a dredging fund. The authority will sue him for the full 4.3 million crowns.", true},
		{"The mill employed 1,240 people until May. The entire 1,420 staff were sent home.", true},
		{"The festival sold 8,500 tickets in June. Organisers said the whole 9,200 tickets went in an hour.", true},
		{"A clerk was found guilty of siphoning 3.4 million crowns from a dredging fund. The authority will sue him for the full 3.4 million crowns.", false},
	})
}

// TestNumberRestatedMeasureOfOne: a relative clause on a singular noun a
// figure measures ("the 14.6-kilometre rail tunnel that will cut the
// journey") describes it and sets no part apart, so a later size of it is
// compared; on a plural count ("the 1,200 workers who lost their jobs") it
// still picks out a part.
func TestNumberRestatedMeasureOfOne(t *testing.T) {
	pub := time.Date(2026, 4, 8, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"Workers completed the 14.6-kilometre rail tunnel that will cut the journey by half. Track along the 16-km tunnel will follow in June.", true},
		{"The council opened the 320-metre bridge that links the two banks. Cyclists crowded the 380-metre bridge on Sunday.", true},
		{"Engineers finished the 42-kilometre pipeline that will carry gas to the coast. The 48-km pipeline will open in May.", true},
		{"The plant employed 2,400 workers last year. The 1,200 workers who lost their jobs will be retrained.", false},
	})
}

// TestNumberRestatedCopulaSubject: a figure that names nothing, the
// complement of "was" or "is" after a common noun ("Turnout was 61.4
// percent", "The deficit is 3.2 billion euros"), measures that noun, so a
// later "the 64 percent turnout" restates it; a share rounded to whole
// points ("the 61 percent turnout") agrees.
func TestNumberRestatedCopulaSubject(t *testing.T) {
	pub := time.Date(2008, 5, 12, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"Turnout was 61.4 percent of the 4.37 million registered voters, the commission said. Hradil said the 64 percent turnout was the lowest since independence.", true},
		{"The deficit is 3.2 billion euros, the ministry said. Economists said the 3.8 billion euro deficit was too high.", true},
		{"The jobless rate was 6.1 percent, the office said. Economists said the 6.8 percent rate would rise.", true},
		{"Turnout was 61.4 percent. The 61 percent turnout was low.", false},
	})
}

// TestNumberRestatedPersonsShare: a count a person's possessive owns ("his
// nine games", "her 12 matches") is that person's share of a set, which a
// later count of the whole ("Of the 45 games") does not restate.
func TestNumberRestatedPersonsShare(t *testing.T) {
	pub := time.Date(2010, 12, 3, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"Kharadze scored 7 points from his nine games. Of the 45 games, 29 were drawn.", false},
		{"Lind scored in her 12 matches. The 40 matches of the season drew crowds.", false},
		{"Berg won his nine races this year. He said the 14 races of the tour were hard.", false},
		{"The 10 players met once each, 45 games in all. Of the 54 games, 29 were drawn.", true},
	})
}

// TestNumberRestatedKindOfMoney: a sum "in" a kind of money ("46 million
// kroner in compensation", "$3.5 million in damages") is named again by
// that kind ("the 64 million kroner compensation award"), so digits turned
// there are read as a slip; "awarded her $3.5 million" is no one's share.
func TestNumberRestatedKindOfMoney(t *testing.T) {
	pub := time.Date(2014, 5, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"The court ordered the directors to pay 46 million kroner in compensation to the shareholders. Lawyers welcomed the 64 million kroner compensation award.", true},
		{"The jury awarded her $3.5 million in damages. The firm will appeal the $5.3 million damages award.", true},
		{"The club must pay 12 million euros in fines. It will contest the 21 million euro fine.", true},
		{"The court ordered the directors to pay 46 million kroner in compensation to the shareholders. Lawyers welcomed the 46 million kroner compensation award.", false},
	})
}
