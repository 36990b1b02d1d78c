package rules_test

import (
	"testing"

	"github.com/copydesk/copydesk/rules"
)

// TestSumTotalPartsTold: parts told in the shapes reporters give them,
// each class with paraphrases of our own.
func TestSumTotalPartsTold(t *testing.T) {
	runCases(t, rules.SumTotal, []ruleCase{
		// "other" inside an item of a colon list leaves the list closed.
		{"other in item, won", "The city set aside 96 billion won for the clinic: 41 billion won for wards, 30 billion won for scanners and other equipment, and 19 billion won for nurses.", 1, "90 billion"},
		{"other in item, euros", "The club budgeted 12 million euros for the season: 7 million euros for wages, 3 million euros for travel and other costs, and 1 million euros for the academy.", 1, "11 million"},
		{"other in item, right", "The trust spent 50 million rand on the dam: 30 million rand for the wall, 15 million rand for pipes and other fittings, and 5 million rand for roads.", 0, ""},
		{"other as last item", "The fund paid out 9 million euros: 5 million euros for housing, 3 million euros for schools and other sums for smaller projects.", 0, ""},
		// A gapped list of a measure with its unit left out, after a verb
		// of share, shares out the total of that measure just before.
		{"elided unit, litres", "The dairy collected 186 million litres of milk last year. Valley farms supplied 94 million litres, hill farms 58 million and organic farms 41 million.", 1, "193 million"},
		{"elided unit, tonnes", "The port handled 2.4 million tonnes of grain in 2025. Wheat made up 1.3 million tonnes, maize 0.9 million and barley 0.4 million.", 1, "2.6 million"},
		{"elided unit, hectares", "Fire burned 12,340 hectares last summer. Pine forest accounted for 7,120 hectares, farmland 3,480 and scrub 2,010.", 1, "12,610"},
		{"elided unit, right", "The dairy collected 186 million litres of milk last year. Valley farms supplied 94 million litres, hill farms 51 million and organic farms 41 million.", 0, ""},
		// A number grouped in thousands or followed by a unit is an amount,
		// whatever word of labelling stands before it.
		{"label word, section", "The mine produced 148,000 tonnes of ore in 2023. The open pit contributed 86,000 tonnes, the underground section 47,000 tonnes and the tailings plant 21,000 tonnes.", 1, "154,000"},
		{"label word, line", "The network carried 900,000 passengers in May. The coastal route carried 500,000 passengers, the valley line 300,000 passengers and the airport link 150,000 passengers.", 1, "950,000"},
		{"label word, route", "The depot shipped 9,870 tonnes in May. The coast road accounted for 4,120 tonnes, the northern route 3,980 tonnes and the rail link 2,210 tonnes.", 1, "10,310"},
		// After a partitive opening the figure is the subject; the word
		// after it is its verb, not its noun.
		{"partitive subject, work", "The library employs 64 people. Of them, 39 work at the main library, 16 at the branches and 12 on the bus.", 1, "67"},
		{"partitive subject, live", "The choir has 48 singers. Of those, 30 live in the town, 12 in the villages and 9 abroad.", 1, "51"},
		{"partitive subject, farm", "Of the union's 1,860 members, 720 farm in the north and 610 around the lake. A further 580 are in the hills.", 1, "1,910"},
		// An added figure in the next sentence goes on with the parts.
		{"added part, further", "Of the 900 nurses, 400 work in the city and 300 in the towns. A further 250 are in the villages.", 1, "950"},
		{"added part, another", "Of the 120 boats, 50 are based in the north and 40 in the west. Another 45 are based in the south.", 1, "135"},
		{"added part, additional", "Of the 300 volunteers, 150 came from the city and 100 from the coast. An additional 80 came from abroad.", 1, "330"},
		{"added after all of it", "The mission has cost 412 million euros so far: 268 million for the craft, 96 million for the launch and 48 million for operations. Officials expect to spend a further 70 million euros.", 0, ""},
		{"added part, right", "Of the 900 nurses, 400 work in the city and 300 in the towns. A further 200 are in the villages.", 0, ""},
		// A count inside the phrase that names an item is no part.
		{"count in item, venues", "The festival sold 48,600 tickets. The main hall accounted for 21,300 of them, the cinema for 15,900 and the three smaller venues in the old town for 12,800.", 1, "50,000"},
		{"count in item, schools", "The district tested 9,140 pupils. The city schools accounted for 5,240 of them, the town schools for 2,610 and the four village schools up the valley for 1,520.", 1, "9,370"},
		{"count in item, wards", "The hospital treated 3,120 patients. Surgery accounted for 1,410 of them, medicine for 1,130 and the two small wards on the top floor for 620.", 1, "3,160"},
		// Rupees in lakhs and crores.
		{"crore, plan", "The council set aside Rs 86 crore for a plan to mend roads and drains. Under the plan, Rs 32 crore would go to roads, Rs 28 crore to drains and Rs 31 crore to schools.", 1, "91 crore"},
		{"crore, scheme", "The state gave Rs. 40 crore for a scheme to build clinics: Rs. 25 crore for buildings and Rs. 20 crore for staff.", 1, "45 crore"},
		{"lakh, fund", "The trust raised Rs 12 lakh for the library: Rs 7 lakh for books and Rs 6 lakh for furniture.", 1, "13 lakh"},
		// The noun a sum was for, named again, points back to it.
		{"for noun, project", "The ministry set aside 500 million euros for a project to rebuild bridges. Commissioners said the project would start soon. For the project, 300 million euros would go to the north, 150 million euros to the south and 100 million euros to the islands.", 1, "550 million"},
		{"for noun, programme", "The city will spend $80 million on a programme to plant trees. Under the programme, $50 million goes to parks, $20 million to streets and $15 million to schools.", 1, "85 million"},
		{"for noun, right", "The city will spend $80 million on a programme to plant trees. Under the programme, $50 million goes to parks, $20 million to streets and $10 million to schools.", 0, ""},
		// A whole of counted units and the list in its sentence that counts
		// them.
		{"unit whole, seats", "In the vote for the 21-seat chamber, the results gave nine seats to the Greens, seven to Labour and six to the Liberals.", 1, "22"},
		{"unit whole, beds", "The 120-bed hospital will keep 70 beds for surgery, 40 for medicine and 20 for children.", 1, "130"},
		{"unit whole, stations", "The 14-station line will have eight stations underground and seven on viaducts.", 1, "15"},
		{"unit whole, right", "The 14-station line will have eight stations underground and six on viaducts.", 0, ""},
	})
}

// TestSumTotalSharesTold: shares of one whole given over two sentences.
func TestSumTotalSharesTold(t *testing.T) {
	runCases(t, rules.SumTotal, []ruleCase{
		{"rest after opening, complaints", "Of the 12,400 complaints logged last year, 46% concerned water and 38% roads. The remaining 22% were about lighting.", 1, "106"},
		{"rest after opening, calls", "Of the 900 calls received, 55% were about heating and 30% about leaks. The rest, 20%, concerned noise.", 1, "105"},
		{"rest after opening, letters", "Of the 2,000 letters sent, 60% backed the plan and 25% opposed it. The remaining 20% were undecided.", 1, "105"},
		{"rest after opening, right", "Of the 2,000 letters sent, 60% backed the plan and 25% opposed it. The remaining 15% were undecided.", 0, ""},
		{"contribute, revenue", "Nigeria accounted for 61% of revenue in the half. Ghana contributed 17%, and the rest, 26%, came from newer markets.", 1, "104"},
		{"contribute, sales", "Exports accounted for 48% of sales. Home buyers contributed 40%, and the rest, 15%, came from the state.", 1, "103"},
		{"contribute, output", "Wind accounted for 52% of output last year. Solar contributed 30%, and the rest, 21%, came from gas.", 1, "103"},
	})
}
