package rules_test

import (
	"testing"

	"github.com/copydesk/copydesk/rules"
)

// TestNumberRestatedUnitsAndClasses: a unit joined by a hyphen counts in
// the lexicon's unit ("the 47-kilometre line" ... "all 44 kilometres of
// the line"); a participle that names the class of what a definite count
// counts ("each of the 13 people killed") sets nothing apart; a rate ("47
// kilometres an hour") is no distance with its digits turned.
func TestNumberRestatedUnitsAndClasses(t *testing.T) {
	runCases(t, rules.NumberRestated, []ruleCase{
		{"km hyphen", "Trains returned to the 47-kilometre line on Sunday. Engineers relaid the track along all 44 kilometres of the line.", 1, ""},
		{"tonne hyphen", "A 40-tonne crane lifted the span. The 45 tonnes of the crane rested on two pads.", 1, ""},
		{"hectare hyphen", "The 120-hectare estate was sold. Buyers toured all 102 hectares of the estate.", 1, ""},
		{"killed", "The typhoon killed 11 people on Sunday. The council will pay each of the 13 people killed by the typhoon.", 1, ""},
		{"injured", "The blast injured 24 workers. Doctors treated the 42 workers injured in the blast.", 1, ""},
		{"rate", "Trains crawl along at about 47 kilometres an hour. The rebuilt line will cut the 74-kilometre journey to 52 minutes.", 0, ""},
		{"rate per", "The river flows at 36 kilometres per hour in spring. The 63-kilometre canoe race starts at the dam.", 0, ""},
	})
}

// TestNumberRestatedOwnersThings: "its" or "their" before a figure points
// back as "the" does ("plans to erect 186 turbines" ... "Its 168 turbines
// would stand"), but not the whole of a part ("won 25 of its 38 games").
func TestNumberRestatedOwnersThings(t *testing.T) {
	runCases(t, rules.NumberRestated, []ruleCase{
		{"turbines", "The company plans to erect 186 turbines across the land. Its 168 turbines would stand far from any homestead.", 1, ""},
		{"beds", "The hospital will add 240 beds next year. Its 420 beds will serve three districts.", 1, ""},
		{"members", "The union has 3,150 members in the region. Their 3,510 members voted on Friday.", 1, ""},
		{"part of", "The club has played nine games this month. It won 25 of its 38 games this season.", 0, ""},
	})
}

// TestNumberRestatedOpenAndPartial: an open figure ("more than 300
// millimetres") agrees with any figure inside its bound, and still
// disagrees with one outside it; "three other finalists" are the others,
// not all of "the four finalists"; "Three of the 14 films in the main
// competition" counts a part the phrase bounds, not all 64 films.
func TestNumberRestatedOpenAndPartial(t *testing.T) {
	runCases(t, rules.NumberRestated, []ruleCase{
		{"more than, agrees", "The office recorded 312 millimetres of rain. The dam held back the more than 300 millimetres of rain.", 0, ""},
		{"at least, agrees", "The port employs 2,150 dockworkers. Union leaders spoke for the at least 2,000 dockworkers at the port.", 0, ""},
		{"more than, outside", "The port employs 1,850 dockworkers. The union spoke for the more than 2,000 dockworkers at the port.", 1, ""},
		{"other finalists", "Morimoto won the prize ahead of three other finalists. The four finalists were chosen in October.", 0, ""},
		{"other bidders", "Lund beat two other bidders for the site. The three bidders had each offered more than $1 million.", 0, ""},
		{"other candidates", "Ruiz defeated four other candidates. The five candidates met in a debate last week.", 0, ""},
		{"part in phrase, films", "The festival screened 64 films from 21 countries. Three of the 14 films in the main competition were by women.", 0, ""},
		{"part in phrase, players", "The club has 32 players on its books. Five of the 18 players in the first team are under 21.", 0, ""},
		{"part in phrase, beds", "The hospital has 420 beds. Ten of the 60 beds in the new wing are for children.", 0, ""},
	})
}
