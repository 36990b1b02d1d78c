package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestRestatedTallyNoChange: a word of change before a comma does not
// make the figure after it a change ("raising pensions by 4% from June,
// by 212 votes to 148"): the tally can be restated wrongly.
func TestRestatedTallyNoChange(t *testing.T) {
	pub := time.Date(2024, 12, 4, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"The council backed a rise in bus fares from May, by 31 votes to 9. The mayor praised the 35 votes in favour on Friday.", true},
		{"Members voted to lift the weekly cap to 40 hours from March, by 80 votes to 12. The union said the 86 votes in favour were a mandate.", true},
		{"The senate approved a cut in the tax from July, by 61 votes to 30. Its leader praised the 66 votes in favour.", true},
		{"The senate approved a cut in the tax from July, by 61 votes to 30. Its leader praised the 61 votes in favour.", false},
	})
}

// TestRestatedDemonstrative: "that" or "this" before a figure that
// modifies a singular noun points back like "the" ("that 1,520-tonne
// herring haul", "this $2.8 million grant").
func TestRestatedDemonstrative(t *testing.T) {
	pub := time.Date(2025, 10, 8, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"The cooperative landed 1,250 tonnes of herring in September. A biologist said that 1,520-tonne herring haul showed how hard the stock was fished.", true},
		{"The county will receive a $2.35 million grant from the fund. Critics said this $2.8 million grant came too late.", true},
		{"The agency signed a 318 million zloty contract in June. Officials defended that 345 million zloty contract on Friday.", true},
		{"The county will receive a $2.35 million grant from the fund. Critics said this $2.35 million grant came too late.", false},
	})
}

// TestRestatedProperModifier: a measure counts the noun of its "of"
// phrase past a proper adjective ("1,250 tonnes of Baltic herring").
func TestRestatedProperModifier(t *testing.T) {
	pub := time.Date(2025, 10, 8, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"The port handled 1,250 tonnes of Baltic herring in May. Buyers paid more for the 1,420 tonnes of herring than last year.", true},
		{"The importer bought 830 tonnes of Brazilian beef this year. The 910 tonnes of beef will be sold to schools.", true},
		{"Roasters took in 2,400 tonnes of Ethiopian coffee in 2024. The 2,650 tonnes of coffee came by sea.", true},
		{"The importer bought 830 tonnes of Brazilian beef this year. The 830 tonnes of beef will be sold to schools.", false},
	})
}

// TestRestatedActiveVerbNoRelative: a past verb with an object after a
// figure's noun is the clause's verb, not a reduced relative telling a
// part apart, even when a participle follows later ("the 2,750-hectare
// concession overlapped a corridor used by elephants").
func TestRestatedActiveVerbNoRelative(t *testing.T) {
	pub := time.Date(2025, 7, 9, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"The firm won a 2,300-hectare concession in May. Activists said the 2,750-hectare concession overlapped a corridor used by elephants.", true},
		{"The city bought 140 buses in 2024. The mayor said the 160 buses served every district named in the plan.", true},
		{"The state hired 420 nurses last year. Unions said the 460 nurses staffed the wards opened in March.", true},
		{"The state hired 420 nurses last year. Unions said the 420 nurses staffed the wards opened in March.", false},
	})
}

// TestRestatedAgentNoun: a count of people named by the agent noun of a
// verb ("the 14,800 finishers") counts those a count of people was the
// subject of that verb ("14,300 runners finished"), the first such count.
func TestRestatedAgentNoun(t *testing.T) {
	pub := time.Date(2026, 4, 28, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"A record 14,300 runners finished the marathon on Sunday. Four women finished inside the record. Organisers thanked the 14,800 finishers.", true},
		{"This year 2,150 students applied to the academy. The dean said the 2,450 applicants were the most yet.", true},
		{"On Sunday 312 workers protested outside the plant. Police said the 340 protesters left peacefully.", true},
		{"A record 14,300 runners finished the marathon on Sunday. Four women finished inside the record. Organisers thanked the 14,300 finishers.", false},
	})
}

// TestRestatedAgentNounEstimate: a hedged count is one estimate, and a
// later count of the crowd by its agent noun is not read as restating it.
func TestRestatedAgentNounEstimate(t *testing.T) {
	pub := time.Date(2026, 4, 28, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"Some 5,800 nurses marched on Saturday. Police said the 8,500 marchers had gone home.", false},
		{"About 2,000 farmers protested in the square. The mayor said the 3,000 protesters blocked the road.", false},
		{"Nearly 1,200 residents demonstrated outside the town hall. Organisers said the 1,900 demonstrators were peaceful.", false},
	})
}

// TestRestatedOwnersStock: a measure owned by a possessor ("the country's
// 11,200 kilometres of paved road") is that owner's whole stock, another
// figure than an unowned one of the same noun ("4,800 kilometres of road"
// to be paved).
func TestRestatedOwnersStock(t *testing.T) {
	pub := time.Date(2026, 1, 21, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"The plan is meant to pave or repair 4,800 kilometres of road. A survey counted the country's 11,200 kilometres of paved road.", false},
		{"The firm will plant 300 hectares of vines next year. The region's 9,400 hectares of vines produced a record harvest.", false},
		{"The utility will replace 120 kilometres of pipe. The city's 2,300 kilometres of water pipe are old.", false},
		{"The plan is meant to pave or repair 4,800 kilometres of road. The 5,200 kilometres of road will be done by 2030.", true},
	})
}

// TestRestatedChainYear: a year that ends the phrases after a figure's
// noun ("the 250-kilogram cylinder at a fair in Errenteria in 2002") dates
// another occasion than the story's, so the figure restates nothing.
func TestRestatedChainYear(t *testing.T) {
	pub := time.Date(2024, 11, 12, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"His daughter won the category with a 100-kilogram cylinder on Sunday. He first shouldered the 250-kilogram cylinder at a fair in Errenteria in 2002.", false},
		{"She won Sunday's race over a 2,000-metre course. She had first rowed the 1,500-metre course at a regatta in Lucerne in 2015.", false},
		{"The club bought a 40-foot boat this year. Its founders sailed the 30-foot boat at a festival in Cowes in 1990.", false},
		{"The club bought a 40-foot boat this year. The 30-foot boat will be moored at the quay.", true},
	})
}
