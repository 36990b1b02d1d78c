package rules_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/copydesk/copydesk/checker/analysis"
	"github.com/copydesk/copydesk/checker/dates"
	"github.com/copydesk/copydesk/checker/entities"
	"github.com/copydesk/copydesk/checker/events"
	"github.com/copydesk/copydesk/checker/quantities"
	"github.com/copydesk/copydesk/checker/tagger"
	"github.com/copydesk/copydesk/checker/tense"
	"github.com/copydesk/copydesk/rules"
)

// numbersPass runs the analyses the number and name rules read over s,
// published on the date of its dateline (or on pub when it has none).
func numbersPass(s string, pub time.Time) *analysis.Pass {
	ref := analysis.Reference{Date: pub, Source: "flag"}
	if d, ok := dates.FindDateline(s, false); ok && d.Year > 0 {
		ref = analysis.Reference{Date: time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC), Source: "dateline"}
	}
	rd := tagger.Default().Read(s, nil)
	ds := dates.Resolve(s, ref.Date, dates.Options{})
	qs := quantities.FindRead(s, rd, ds, tense.NewCacheOf(s, rd))
	ent := entities.Analyze(entities.Input{Text: s, Reading: rd, Dates: ds, Quantities: qs})
	return &analysis.Pass{
		Text:       s,
		Reference:  ref,
		Reading:    rd,
		Sentences:  rd.Sentences,
		Dates:      ds,
		Quantities: qs,
		Entities:   ent,
		Events:     events.AnalyzeWith(s, rd.Sentences, ds, events.Options{People: &ent, Reading: rd}),
	}
}

var pub2026 = time.Date(2026, 3, 3, 0, 0, 0, 0, time.UTC)

// ruleCase is one text and how many findings a rule should give on it,
// with a word the first message must contain.
type ruleCase struct {
	name string
	text string
	n    int
	msg  string
}

func runCases(t *testing.T, r *analysis.Rule, cases []ruleCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := numbersPass(c.text, pub2026)
			fs := r.Run(p)
			require.Len(t, fs, c.n, "findings: %+v", fs)
			if c.n > 0 {
				assert.Contains(t, fs[0].Message, c.msg)
				for _, f := range fs {
					assert.True(t, f.Span.Start >= 0 && f.Span.End <= len(c.text) && f.Span.Start < f.Span.End)
					assert.NotEmpty(t, f.Related, "a finding quotes the other side")
				}
			}
		})
	}
}

// checkFixtures runs rule r over its fixtures: those named clean- get no
// finding, the others at least one.
func checkFixtures(t *testing.T, r *analysis.Rule) {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "fixtures", r.ID, "*.txt"))
	require.NoError(t, err)
	if len(paths) == 0 {
		t.Skip("no fixtures")
	}
	for _, path := range paths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			raw, err := os.ReadFile(path)
			require.NoError(t, err)
			fs := r.Run(numbersPass(string(raw), pub2026))
			if strings.HasPrefix(filepath.Base(path), "clean") {
				assert.Empty(t, fs, "clean fixture")
			} else {
				assert.NotEmpty(t, fs, "fixture should fire")
			}
		})
	}
}

// TestNumberRulesQuietOnSeed checks that none of the number and name rules
// fires on the seed article.
func TestNumberRulesQuietOnSeed(t *testing.T) {
	paths, _ := filepath.Glob("../../shared/seeds/*.txt")
	if len(paths) == 0 {
		t.Skip("no seed articles")
	}
	pub := time.Date(2026, 2, 4, 0, 0, 0, 0, time.UTC)
	for _, path := range paths {
		raw, err := os.ReadFile(path)
		require.NoError(t, err)
		p := numbersPass(string(raw), pub)
		for _, r := range []*analysis.Rule{rules.NumberRestated, rules.SumTotal, rules.EnumCount, rules.AgeYear, rules.Duration, rules.NameVariant} {
			assert.Empty(t, r.Run(p), "%s on %s", r.ID, path)
		}
	}
}

func TestNumberRestated(t *testing.T) {
	runCases(t, rules.NumberRestated, []ruleCase{
		// A whole whose sentence gives the earlier figure as its part.
		{"whole with the part stated, species", "The crew found 61 species new to science. Work went on. Of the 214 species identified so far, 61 appear to be undescribed.", 0, ""},
		{"whole with the part stated, flats", "The fire left 40 flats unfit to live in. Crews worked all night. Of the 120 flats in the block, 40 must be rebuilt.", 0, ""},
		{"whole with the part stated, nurses", "Twelve nurses joined the strike. Managers met. Of the 40 nurses on the ward, 12 stayed away.", 0, ""},
		{"whole with another part", "The crew found 61 species new to science. Work went on. The 214 species were named in May.", 1, "214 here but 61"},

		// A count the verb before it acts on ("destroyed sixteen homes"),
		// its clause joined to another act by "and", is restated by "the 60
		// destroyed homes".
		{"destroyed homes", "A landslide destroyed sixteen homes and damaged 41 others. In 2019 a smaller slide destroyed 15 homes. Owners of the 60 destroyed homes will be paid.", 1, "60 here but sixteen"},
		{"flattened barns", "The storm flattened 12 barns and damaged 30 others. Farmers met on Monday. The 21 flattened barns were insured.", 1, "21 here but 12"},
		{"gutted shops, right", "Fire gutted 40 shops and damaged 12 more. Traders met on Monday. The 40 gutted shops reopen in May.", 0, ""},

		{"fund", "A $1 billion fund was set up. Donors met on Monday. The $1.5 billion fund opens in May.", 1, "$1.5 billion here but $1 billion"},
		// A price after a verb of buying is the deal's; a deal, takeover,
		// purchase or sale counted in money restates it.
		{"price and takeover", "Vantor agreed to buy Brightwater for €640 million in cash on Monday. Analysts said the 460-million-euro takeover was cheap.", 1, "460-million-euro here"},
		{"price and deal", "Tessaly agreed to buy the Brekke dairy for 1.8 billion crowns. The 2.1-billion-crown deal must still be approved.", 1, "here but 1.8 billion crowns"},
		{"price and purchase", "The group will buy the port operator for $63 million. It expects the $73 million purchase to close soon.", 1, "$73 million here"},
		{"price and purchase, right", "The group will buy the port operator for $63 million. It expects the $63 million purchase to close soon.", 0, ""},
		// A difference the copy states makes the two a whole and a part.
		{"difference stated, ballots", "Kaya took 24,930 of the 48,210 valid ballots. Of the 49,196 ballots cast, 986 were spoiled.", 0, ""},
		{"difference stated, seats", "The hall has 1,200 seats for the public. The 1,350 seats include 150 for the press.", 0, ""},
		{"difference stated, tonnes", "The port moved 8,000 tonnes of grain in May. The 9,500 tonnes it shipped included 1,500 tonnes of flour.", 0, ""},
		{"difference not stated", "Kaya took 24,930 of the 48,210 valid ballots. Of the 49,196 ballots cast, 900 were spoiled.", 1, "49,196 here"},
		// A sentence that divides a set a state bounds speaks of a part.
		{"partitive in competition", "The festival is showing 42 films. Of the 12 films in competition, five are by women.", 0, ""},
		{"partitive on remand", "The jail holds 300 men. Of the 45 men on remand, 30 are foreign nationals.", 0, ""},
		{"partitive on display", "The museum owns 900 paintings. Of the 120 paintings on display, 80 are oils.", 0, ""},
		{"partitive without a state", "The museum owns 900 paintings. Of the 920 paintings, 80 are oils.", 1, "920 here"},
		{"victims", "Twelve people died in the fire. Rescuers worked all night. The 14 victims were named.", 1, "14 here but twelve"},
		{"hedged", "About 300 workers walked out. The 450 workers on strike met.", 1, "450 here"},
		{"rounding", "About $1 billion was pledged. Officials said the $1.02 billion package would help.", 0, ""},
		{"same", "A $1 billion fund was set up. The $1 billion fund opens in May.", 0, ""},
		// Tolerance follows how a figure is written.
		{"one digit apart", "Crews began a $240 million tram line in June. Residents objected. The $250 million tram line opens in 2028.", 1, "$250 million here but $240 million"},
		{"transposed", "The ferry was carrying 174 passengers. Divers searched the hull. All 147 passengers were rescued.", 1, "the same digits in another order"},
		{"transposed loan", "The port took out a 58 million kroner loan. Bankers agreed. The 85 million kroner loan closes in May.", 1, "the same digits in another order"},
		{"transposed thousands", "Some 12,600 homes lost power. Crews worked overnight. The 16,200 homes were reconnected by noon.", 1, "the same digits in another order"},
		// Digits in another order read past a qualifier only one side carries.
		{"transposed, one side qualified, grant", "The port was awarded a 4.6 million euro grant. Work starts in May. Critics attacked the 6.4 million euro grant from Brussels.", 1, "the same digits in another order"},
		{"transposed, one side qualified, loan", "The city approved a 3.8 million zloty loan. Builders agreed. Critics attacked the 8.3 million zloty loan from Warsaw.", 1, "the same digits in another order"},
		{"transposed, one side qualified, subsidy", "The club received a 2.7 million krone subsidy. Fans cheered. Rivals mocked the 7.2 million krone subsidy from Oslo.", 1, "the same digits in another order"},
		{"round thousands", "Some 2,100 protesters marched on Sunday. Police watched. The 2,600 protesters dispersed at dusk.", 1, "2,600 here"},
		{"hedged rounding", "About 4,200 people fled the floods. Shelters filled. The 4,180 evacuees were counted on Monday.", 0, ""},
		{"written to a tenth", "A $2.4 million grant was approved. The council met. The $2.43 million grant pays for roofs.", 0, ""},
		// A later mention may leave out what set the first apart.
		{"qualifier left out", "The board approved a 3.6 billion baht expansion of Khlong Saen airport. Work starts soon. The 3.9 billion baht expansion will double the terminal.", 1, "3.9 billion baht here"},
		{"place left out", "Voters backed a 900 million euro tunnel under the Sava river. Digging begins in May. The 950 million euro tunnel opens in 2031.", 1, "950 million euro"},
		{"part added", "The firm employs 4,000 workers. The 1,200 workers who were laid off protested.", 0, ""},
		{"round millions", "The agency sought $3 million in aid. Donors gave. The $3 million appeal closed on Friday.", 0, ""},
		{"a stretch of it", "The outbreak has reached 214 cases. Doctors are busy. The 38 cases reported over the past seven days were fewer.", 0, ""},
		{"the same value given before", "Of the 214 cases, 31 people went to hospital. Clinics opened. Staff were hired. More came. Of the 214 people infected, most were young.", 0, ""},
		{"budgets by year", "The city passed a $2.3 billion budget for 2026. The $2 billion budget for 2025 was smaller. The $2.3 billion budget for 2026 adds staff.", 0, ""},
		{"toll rose", "Twelve people died. By evening the death toll had risen to 14. The 14 victims were named.", 0, ""},
		{"indefinite", "Twelve people died on Monday. In 2019, 14 people died in a similar fire.", 0, ""},
		{"different modifiers", "Inspectors visited three suspected weapons sites. They will not visit the eight presidential sites.", 0, ""},
		{"label", "Intel sold its 80486 chip. The 486 chip had a bug.", 0, ""},
		{"named pair", "Leaders of 12 countries met. The two countries, France and Spain, signed.", 0, ""},
		{"brothers and sisters", "He has two brothers. Of the nine brothers and sisters, five left.", 0, ""},
		{"vague", "Dozens of people were hurt. The 12 injured were treated.", 0, ""},
		{"relative clause", "The firm employs 4,000 workers. The 1,200 workers who lost their jobs protested.", 0, ""},
		{"topped up", "A $1 billion fund was set up. Donors added $500 million, bringing it to $1.5 billion. The $1.5 billion fund opens in May.", 0, ""},
		{"periods", "In the 12 months to March, sales rose. In the nine months to December they fell.", 0, ""},
		{"possessive", "The $240 million bridge will replace a truss. Lawmakers met. They must fund the $420 million bridge's cost.", 1, "$420 million here but $240 million"},
		{"toll of", "At least 43 people were killed when a ferry sank. Divers searched. The death toll of 34 was expected to rise.", 1, "34 here but 43"},
		{"toll hedged", "At least 43 people were killed when a ferry sank, and dozens more were missing. Divers searched. The death toll of 45 was expected to rise.", 0, ""},
		{"other rise", "Nurses won a 4% pay rise. Prices kept climbing. The 5% rise in prices hurt them.", 0, ""},
	})
	checkFixtures(t, rules.NumberRestated)
}

// TestNumberRestatedRelativeRepeatsVerb: a later figure whose reduced
// relative clause repeats the earlier figure's verb restates it; one with
// another verb tells another set.
func TestNumberRestatedRelativeRepeatsVerb(t *testing.T) {
	runCases(t, rules.NumberRestated, []ruleCase{
		{"suites delivered", "The company delivered nine sonar suites to the navy. Analysts said the 11 sonar suites delivered to the navy lifted profit.", 1, "11"},
		{"trees planted", "The council planted 400 trees in May. Officials said the 440 trees planted along the river accounted for most of the cost.", 1, "440"},
		{"benches painted", "The city painted 300 benches in May. Officials said the 330 benches painted along the river accounted for most of the cost.", 1, "330"},
		{"another verb", "The company delivered nine sonar suites to the navy. The 11 sonar suites ordered by the navy will follow.", 0, ""},
	})
}

// TestNumberRestatedMeasureOfNoun: a measure with no noun of its own
// measures what its "of" phrase names ("42,000 tonnes of wheat"), so two
// measures of one thing are one figure restated.
func TestNumberRestatedMeasureOfNoun(t *testing.T) {
	runCases(t, rules.NumberRestated, []ruleCase{
		{"barley", "The mill ground 3,200 tonnes of barley in May. Brewers bought the 3,800 tonnes of barley at a fixed price.", 1, "the barley is 3,800 tonnes"},
		{"foam", "Crews sprayed 1,200 litres of foam on the burning tank. The 1,500 litres of foam came from the airport brigade.", 1, "1,500 litres"},
		{"woodland", "The fire burned 450 hectares of oak woodland last week. Replanting the 620 hectares of oak woodland will take a decade.", 1, "620 hectares"},
		{"two crops", "The farm grew 3,200 tonnes of barley and 1,100 tonnes of oats. The 1,100 tonnes of oats went to a porridge maker.", 0, ""},
		{"another crop", "The farm grew 3,200 tonnes of barley this year. The 900 tonnes of oats went to a porridge maker.", 0, ""},
	})
}

// TestNumberRestatedHolderOf: a figure in "the list of", "the team of"
// (a record or a group already named) points back at things counted, and
// a span after "within" is a deadline of the act, not the count's scope.
func TestNumberRestatedHolderOf(t *testing.T) {
	runCases(t, rules.NumberRestated, []ruleCase{
		{"register", "The school has 1,300 pupils on its register for free meals. Inspectors checked the register of 1,600 pupils on Monday.", 1, "1,600"},
		{"roll", "The union has 820 members at the plant. Officials read out the roll of 870 members at the meeting.", 1, "870"},
		{"team", "The charity sent 35 volunteers to the flooded town. The team of 40 volunteers stayed for a week.", 1, "40"},
		{"waiting list within", "The trust has 2,100 people waiting for scans. It will clear the list of 2,500 people within six months.", 1, "2,500"},
		{"same figure", "The trust has 2,100 people waiting for scans. It will clear the list of 2,100 people within six months.", 0, ""},
	})
}

// TestNumberRestatedWithinDeadline: "within a year" after a figure is
// when the act must be done, not a stretch the count is scoped to.
func TestNumberRestatedWithinDeadline(t *testing.T) {
	runCases(t, rules.NumberRestated, []ruleCase{
		{"families", "The council owes 640 families a new home. It promised to rehouse the 700 families within a year.", 1, "700"},
		{"buses", "The depot runs 90 diesel buses. The operator will replace the 110 diesel buses within five years.", 1, "110"},
		{"flats", "The landlord owns 2,300 flats in the district. It has pledged to insulate the 2,800 flats within two years.", 1, "2,800"},
		{"same", "The depot runs 90 diesel buses. The operator will replace the 90 diesel buses within five years.", 0, ""},
	})
}

// TestNumberRestatedAudience: a crowd, an attendance and spectators are
// one count of the people gathered to watch, by any of these names.
func TestNumberRestatedAudience(t *testing.T) {
	runCases(t, rules.NumberRestated, []ruleCase{
		{"crowd", "A crowd of 14,200 lined the river on Saturday. Traders said the 16,200 spectators spent freely.", 1, "16,200"},
		{"audience", "An audience of 900 filled the hall for the premiere. The 1,200 onlookers cheered the soloist.", 1, "1,200"},
		{"attendance", "The final drew an attendance of 41,000. The 44,000 spectators cheered every goal.", 1, "44,000"},
		{"crowd, right", "A crowd of 14,200 lined the river on Saturday. Traders said the 14,200 spectators spent freely.", 0, ""},
	})
}

// TestNumberRestatedSubjectOfAPastVerb: a figure's noun phrase that opens
// a clause, with a past form after it and no other verb, is that verb's
// subject, not a phrase with a reduced relative clause.
func TestNumberRestatedSubjectOfAPastVerb(t *testing.T) {
	runCases(t, rules.NumberRestated, []ruleCase{
		{"spent", "The regatta drew 14,200 spectators on Saturday. Traders said the 16,200 spectators spent freely.", 1, "16,200"},
		{"finished", "The race had 5,400 runners this year. Organisers said the 5,000 runners finished safely.", 1, "5,000"},
		{"gathered", "The march drew 60 protesters on Friday. Police believe the 40 protesters gathered outside the embassy.", 1, "40"},
		{"relative", "The plant employed 820 workers in May. The 300 workers laid off in June were paid in full.", 0, ""},
	})
}

// TestNumberRestatedMeasureOfAnOwner: "the reserve's 2,800 hectares"
// measure the reserve, as "the 2,300-hectare reserve" does; a measure
// with an "of" phrase measures that instead ("the crane's 150 tonnes of
// lifting power").
func TestNumberRestatedMeasureOfAnOwner(t *testing.T) {
	runCases(t, rules.NumberRestated, []ruleCase{
		{"reserve", "The 2,300-hectare reserve opened in 2019. Rangers patrol the reserve's 2,800 hectares on foot.", 1, "2,800 hectares"},
		{"park", "The 800-hectare park was given to the city in 1920. Gardeners tend the park's 900 hectares with six staff.", 1, "900 hectares"},
		{"farm", "The 50-hectare farm has been in the family for a century. The farm's 60 hectares grow oats and barley.", 1, "60 hectares"},
		{"of phrase", "The 120-tonne crane arrived on Monday. Engineers tested the crane's 150 tonnes of lifting power.", 0, ""},
		{"same", "The 2,300-hectare reserve opened in 2019. Rangers patrol the reserve's 2,300 hectares on foot.", 0, ""},
	})
}

// TestNumberRestatedRiseByAnyName: a rise, an increase, a raise and a
// hike given as percentages are one rise restated; a rise "in" something
// else is another.
func TestNumberRestatedRiseByAnyName(t *testing.T) {
	runCases(t, rules.NumberRestated, []ruleCase{
		{"pay", "Unions accepted a 6.5% pay rise on Monday. Managers said the 5.5% increase would cost 40 million euros.", 1, "5.5%"},
		{"rent", "Tenants face a 4% rent rise next year. The council defended the 5% increase on Tuesday.", 1, "5%"},
		{"fares", "Riders face a 7% fare hike in June. The operator said the 9% rise was needed.", 1, "9%"},
		{"same", "Nurses won a 3% raise in May. Ministers said the 3% increase was fair.", 0, ""},
		{"other thing", "Unions accepted a 6.5% pay rise on Monday. Managers said the 5.5% increase in rents was separate.", 0, ""},
	})
}

// TestNumberRestatedJobsLostByAnyName: jobs or posts after a verb that
// takes them away ("will shed 420 jobs") and redundancies or layoffs are
// one count of jobs lost.
func TestNumberRestatedJobsLostByAnyName(t *testing.T) {
	runCases(t, rules.NumberRestated, []ruleCase{
		{"mine", "The mine will shed 420 jobs by June. Unions said the 460 redundancies would hit the valley hard.", 1, "460"},
		{"bank", "The bank axed 300 posts in May. The 350 layoffs followed a loss.", 1, "350"},
		{"airline", "The airline will slash 1,200 positions. Pilots said the 1,500 redundancies were avoidable.", 1, "1,500"},
		{"same", "The mill will cut 120 jobs. The 120 redundancies start in June.", 0, ""},
		{"jobs made", "The mine will shed 420 jobs by June. It will also create 460 jobs in a new plant.", 0, ""},
	})
}
