package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestNumberRestatedReading: the shared reading's verb ends the noun a
// figure counts ("212 passengers ran aground" counts passengers; "a 650
// million rand scheme meant to end" measures a scheme, while "the 18,650 crowns paid in error" is a
// part, told apart by its clause), a figure
// coordinated with another counts its own noun ("212 passengers and 31
// crew"), not both as "nine nurses and doctors" does, a change the copy only plans
// ("would hire 250 more nurses next year") does not explain a restated
// count as one that happened does, and a
// value that comes back after another (A, B, A) is a second thing, not a
// restatement.
func TestNumberRestatedReading(t *testing.T) {
	pub := time.Date(2026, 3, 9, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"A ferry carrying 212 passengers ran aground on Saturday. By evening all 221 passengers had been taken ashore.", true},
		{"About 4,100 workers went home early on Monday. Managers said the 4,600 workers would be paid in full.", true},
		{"On Monday 40 trucks broke down on the mountain road. Mechanics towed the 45 trucks to the depot on Tuesday.", true},
		{"A ferry carrying 212 passengers and 31 crew ran aground on Saturday. By evening all 221 passengers had been taken ashore.", true},
		{"The clinic hired 40 nurses and about 12 doctors in May. The 45 nurses will start on Monday.", true},
		{"A column of 300 soldiers and 20 tanks crossed the river on Friday. The 350 soldiers camped near the bridge.", true},
		{"The clinic hired nine nurses and doctors in May. The 12 nurses will start on Monday.", false},
		{"Some 5,800 nurses marched on Saturday. The ministry said it would hire 250 more nurses next year. Police said the 8,500 nurses had gone home by evening.", true},
		{"About 1,200 dockers walked out on Monday. The port plans to take on 300 more dockers in the spring. By Tuesday the 2,100 dockers were back at work.", true},
		{"Roughly 90 volunteers cleared the beach on Sunday. Organisers expect to recruit 40 more volunteers for the next clean-up. The 140 volunteers collected two tonnes of litter.", true},
		{"Some 5,800 nurses marched on Saturday. By noon 2,700 more nurses had joined them. Police said the 8,500 nurses had gone home by evening.", false},
		{"The province approved a 650 million rand water scheme meant to end dry taps. Critics said the 560 million rand scheme came late.", true},
		{"About 40 passengers stranded at the port slept in a hall on Friday. The 65 passengers left on Monday.", true},
		{"A 12 billion peso housing plan announced on Monday will build 900 homes. Builders welcomed the 14 billion peso plan on Tuesday.", true},
		{"Some 40 injured people were taken to hospital on Friday. Doctors said the 40 injured people were stable.", false},
		{"The agency said she was overpaid 41,300 crowns since 2014. She owes only the 18,650 crowns paid in the last five years.", false},
		{"The plant employed 1,200 workers in January. The 300 workers laid off in May sued the firm.", false},
		{"The storm damaged 140 homes across the valley on Sunday. The 20 homes flooded near the river were condemned.", false},
		{"The firm owned 900 trucks in 2024. The 120 trucks sold last year fetched good prices at auction.", false},
		{"The club signed 30 players over the winter. The 12 players released in June joined rivals.", false},
		{"Some 5,800 nurses marched on Saturday. The 8,500 nurses said the ministry had lied to them.", true},
		{"Crews brought up the last of nineteen trapped miners on Wednesday. The firm will pay each of the 17 miners a bonus.", true},
		{"Police found 40 stolen cars in a barn on Monday. The 46 cars were returned to owners.", true},
		{"Some 300 injured passengers reached the port on Friday. The 420 passengers were treated there.", true},
		{"The firm agreed to buy a 15% stake in Phet Mai for 2.1 billion baht. It will pay for the 51% stake from cash.", true},
		{"Vale took a 30% share in the mine on Monday. It financed the 35% share with a loan.", true},
		{"The union won a 4% raise for nurses. Managers will fund the 6% raise from reserves.", true},
		{"Wages rose 4% in May. The 5% rise in prices ate it up.", false},
		{"About 1,400 residents were evacuated on Monday. The 1,700 evacuated residents returned home on Friday.", true},
		{"Some 60 passengers were injured in the crash. Doctors said the 85 injured passengers were stable.", true},
		{"About 300 workers were rescued from the mine. The 420 rescued workers were flown to Lima.", true},
		{"About 1,400 residents were evacuated on Monday. The 1,400 evacuated residents returned home on Friday.", false},
		{"About 1,400 residents were evacuated on Monday. The 1,700 injured residents were treated in town.", false},
		{"The firm offered a pay rise of 6% in May. Staff rejected the 8% pay rise on Friday.", true},
		{"Staff won a holiday bonus of 4% last year. Managers say the 5% holiday bonus was too costly.", true},
		{"The bank set a rate cut of 0.5% in June. Traders cheered the 0.75% rate cut.", true},
		{"\"One child can infect a classroom,\" she said. Parents of the 1,900 children got letters.", false},
		{"A single nurse covers the ward at night. The 40 nurses of the hospital went on strike.", false},
		{"One passenger was hurt. The 212 passengers were taken ashore.", false},
		{"About 1,100 schools will be connected this year. The last plan connected only 600 of the 2,000 schools it promised.", false},
		{"The firm employed 900 workers in May. It rehired only 300 of the 1,200 workers they laid off.", false},
		{"Some 400 homes were flooded on Monday. Crews reached only 90 of the 450 homes we visited.", false},
		{"The 100-share index shed 47 points. The 30-share index settled 42 points lower. Trading was confined to the 100-share index stocks.", false},
		{"Crews laid a 12-inch pipe on Monday. The 8-inch pipe beside it was left alone. The 12-inch pipe carries water to the north.", false},
		{"The city bought a 40-seat bus in May. The 60-seat bus it replaced was sold. The 40-seat bus starts work in June.", false},
	})
}

// TestNumberRestatedTransposed: a figure that refers back with the same
// digits in another order is a typo even when it names what it counts in
// other words, once three significant digits are swapped; round figures
// and figures a change between explains are left alone.
func TestNumberRestatedTransposed(t *testing.T) {
	pub := time.Date(2026, 3, 9, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"The board backed a buyout worth $213.2 million on Monday. Shareholders rejected the $231.2 million proposal on Friday.", true},
		{"The court imposed a fine of about 549,000 marks. His lawyers said the 594,000-mark fine would ruin him.", true},
		{"The carmaker said it would cut 385 jobs at its plant. Unions said the 835 job cuts would hit older workers.", true},
		{"The ministry set aside 1.74 billion rand for clinics. Nurses welcomed the 1.47 billion rand programme.", true},
		{"The carmaker said it would cut 385 jobs at its plant. It said the 835 new hires would start in May.", false},
		{"Some 5,800 nurses marched on Saturday. Police said the 8,500 marchers had gone home.", false},
		{"Profit was $213.2 million in 2024. The $231.2 million earned in 2025 was a record.", false},
	})
}

// TestNumberRestatedObjectOfVerb: a count of people after a verb of what
// befell them is classed by the verb, as a noun of that class is: "crews
// evacuated 1,450 residents" and "the 1,850 evacuees" count the same.
func TestNumberRestatedObjectOfVerb(t *testing.T) {
	pub := time.Date(2026, 3, 9, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"Emergency crews evacuated 1,450 residents overnight into Monday. The mayor said most of the 1,850 evacuees slept at the hall.", true},
		{"The blast killed 12 miners on Friday. The company named the 14 victims on Saturday.", true},
		{"Police arrested 30 protesters near the palace. A judge freed 12 of the 30 arrested later.", false},
		{"Soldiers rescued 40 villagers from the river. The 40 rescued villagers were taken to a school.", false},
		{"Police arrested about 30 supporters outside the stadium. Lawyers for the 45 arrested supporters said they would appeal.", true},
	})
}

// TestNumberRestatedWholeOfADomain: "all N" bounded by a phrase ("in the
// chamber") counts every member of that set, not the ones just named; a
// phrase that belongs to the verb ("in a warehouse") bounds nothing.
func TestNumberRestatedWholeOfADomain(t *testing.T) {
	pub := time.Date(2026, 3, 9, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"The three parties together hold 71 seats. The president will consult all four parties in the chamber.", false},
		{"The two unions signed on Monday. Talks will include all five unions in the sector.", false},
		{"The three firms bid on Friday. Officials said all four firms in the race had been cleared.", false},
		{"The city ordered 48 electric buses in May. The maker will keep spare parts for all 46 buses in a warehouse.", true},
	})
}

// TestNumberRestatedDifference: a figure "above", "below" or "over" another
// is a difference, not the figure restated.
func TestNumberRestatedDifference(t *testing.T) {
	pub := time.Date(2026, 3, 9, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"The repairs cost 18.6 million crowns. He expects the fund to cover half of the 4.4 million crowns above the estimate.", false},
		{"The plan will cost 90 million euros. Critics attacked the 12 million euros over the budget.", false},
		{"Turnout was 41,000 voters. Officials counted the 3,000 voters below the threshold.", false},
		{"The town sold the mill for 18.6 million crowns. Critics said the 14.6-million-crown sale was cheap.", true},
	})
}

// TestNumberRestatedTransposedMore: two transposed digits are enough when
// the figures share a unit of their own ("a 340-bed hospital", "the
// 430-bed facility"); people counted by different nouns may be one count
// ("about 1,250 people", "the glassworks' 1,520 employees").
func TestNumberRestatedTransposedMore(t *testing.T) {
	pub := time.Date(2026, 3, 9, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"The region will build a 340-bed hospital in Castelmuro. The 430-bed facility will open in 2029.", true},
		{"The city approved a 12-storey tower on Monday. Neighbours fought the 21-storey building for years.", true},
		{"The glassworks employs about 1,250 people. Unions said the glassworks' 1,520 employees would strike.", true},
		{"The region will build a 340-bed hospital. A 430-bed clinic is planned elsewhere.", false},
	})
}

// TestNumberRestatedActOf: a figure after "the <act> of" ("The sale of
// 570,000 shares") refers back as a definite one does.
func TestNumberRestatedActOf(t *testing.T) {
	pub := time.Date(1989, 10, 1, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"The company sold 750,000 shares to the family in May. The sale of 570,000 shares closed on Friday.", true},
		{"The army bought 340 trucks last year. The purchase of 430 trucks was approved in May.", true},
		{"Troops moved 160 families out of the valley. The evacuation of 610 families took two days.", true},
		{"The company sold 750,000 shares to the family in May. The sale of 750,000 shares closed on Friday.", false},
	})
}
