package quantities

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/copydesk/copydesk/checker/tagger"
)

// first returns the first quantity whose text is want.
func first(t *testing.T, qs []Quantity, want string) Quantity {
	t.Helper()
	for _, q := range qs {
		if q.Text == want {
			return q
		}
	}
	require.Failf(t, "not found", "no quantity %q in %+v", want, qs)
	return Quantity{}
}

func TestFindValues(t *testing.T) {
	cases := []struct {
		text, num string
		kind      Kind
		value     float64
		unit      string
		noun      string
		class     string
		approx    Approx
	}{
		{"A $1 billion fund was set up.", "$1 billion", Count, 1e9, "USD", "fund", "fund", Exact},
		{"It cost $1.5bn in all.", "$1.5bn", Count, 1.5e9, "USD", "", "", Exact},
		{"Twelve people died.", "Twelve", Count, 12, "", "person", "dead", Exact},
		{"About 300 workers left.", "300", Count, 300, "", "worker", "worker", About},
		{"More than 40 bands will play.", "40", Count, 40, "", "band", "band", AtLeast},
		{"Up to 90 million euros a year.", "90 million euros", Count, 9e7, "EUR", "", "", AtMost},
		{"Nearly 1,200 homes flooded.", "1,200", Count, 1200, "", "home", "home", Nearly},
		{"Dozens of people were hurt.", "Dozens", Count, 24, "", "", "", Vague},
		{"A 4% pay rise.", "4%", Percent, 4, "%", "rise", "rise", Exact},
		{"Support rose 3 percentage points.", "3 percentage points", Percent, 3, "pp", "", "", Exact},
		{"A 240-km pipeline.", "240-km", Count, 240, "km", "pipeline", "pipeline", Exact},
		{"Half of the 30 seats.", "Half", Count, 0.5, "fraction", "", "", Exact},
		{"Twenty-five ships sailed.", "Twenty-five", Count, 25, "", "ship", "ship", Exact},
		{"It opened in 2010.", "2010", Year, 2010, "", "", "", Exact},
		{"The 14 victims were named.", "14", Count, 14, "", "victim", "dead", Exact},
		{"The death toll rose to 14.", "14", Count, 14, "", "", "dead", Exact},
		{"Thirty were injured.", "Thirty", Count, 30, "", "", "injured", Exact},
		{"It wants more than the 18.7% it already owns.", "18.7%", Percent, 18.7, "%", "", "", Exact},
		{"Divers found three animals never seen before.", "three", Count, 3, "", "animal", "animal", Exact},
		{"They found two species new to science.", "two", Count, 2, "", "species", "species", Exact},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			q := first(t, Find(c.text), c.num)
			assert.Equal(t, c.kind, q.Kind)
			assert.InDelta(t, c.value, q.Value, 1e-6)
			assert.Equal(t, c.unit, q.Unit)
			assert.Equal(t, c.noun, q.Noun)
			assert.Equal(t, c.class, q.Class)
			assert.Equal(t, c.approx, q.Approx)
		})
	}
}

func TestFindSkips(t *testing.T) {
	for _, s := range []string{
		"GENEVA, March 3 (Copydesk) — The talks began.",
		"Under Article 5 the allies must act.",
		"The score was 2-1 at 3:30 p.m.",
		"COVID-19 and the G7 met on 3/4.",
		"In the 1980s it was the 1st choice.",
		"No one came. One of them left.",
		"United scored twice in the second half.",
		"Putin will visit in the first half of 2025.",
	} {
		for _, q := range Find(s) {
			assert.Contains(t, []Kind{Year}, q.Kind, "%q: unexpected %+v", s, q)
		}
	}
}

func TestFindDefiniteAndQualified(t *testing.T) {
	qs := Find("A $2 billion budget for 2025 was cut. The $2.3 billion budget for 2026 grew. Only four cases were solved. The remaining 20 seats went to others. It rose to 14, up from 12.")
	assert.Equal(t, "2025", first(t, qs, "$2 billion").Qualifier)
	b := first(t, qs, "$2.3 billion")
	assert.True(t, b.Definite)
	assert.Equal(t, "2026", b.Qualifier)
	assert.Equal(t, "only", first(t, qs, "four").Qualifier)
	assert.Equal(t, "remaining", first(t, qs, "20").Qualifier)
	assert.True(t, first(t, qs, "14").Changed)
	assert.True(t, first(t, qs, "12").Changed)
}

// A figure owned through a possessive whose common noun a name modifies
// and "the" determines refers back, as "the hospital's 430 beds" does.
func TestFindDefiniteNamedOwner(t *testing.T) {
	for _, tc := range []struct {
		text, figure string
		definite     bool
	}{
		{"The Lhota district's 69,000 residents pay the same.", "69,000", true},
		{"Officials counted the Warta valley's 12,400 farmers again.", "12,400", true},
		{"She thanked the Nizhny Bor municipality's 45 teachers.", "45", true},
		{"Lhota's 69,000 residents pay the same.", "69,000", false}, // a name alone owns it: no "the"
		{"A district's 300 nurses walked out.", "300", false},
	} {
		q := first(t, Find(tc.text), tc.figure)
		assert.Equal(t, tc.definite, q.Definite, tc.text)
	}
}

// A rate ("a week", "a year") after the verb of a figure's clause is
// the verb's, not the figure's: only one within the figure's phrase is.
func TestFindRateNotAfterVerb(t *testing.T) {
	for _, tc := range []struct{ text, figure, qual string }{
		{"Burying the 46,000 dead hens took a week.", "46,000", ""},
		{"The 12 new buses cost 2 million euros a year.", "12", "new"},
		{"The 300 pupils spend an hour a day on the bus.", "300", ""},
		{"The 12 new buses cost 2 million euros a year.", "2 million euros", "per year"},
		{"The line carries 40,000 passengers a day.", "40,000", "per day"},
	} {
		qs := FindRead(tc.text, tagger.Default().Read(tc.text, nil), nil, nil)
		assert.Equal(t, tc.qual, first(t, qs, tc.figure).Qualifier, tc.text)
	}
}

func TestFindAges(t *testing.T) {
	s := "Ana Ruiz, 54, spoke. Her mother, 79, listened. The 56-year-old left. A 23-year-old man was held. " +
		"Helen Ashby, who was 40 when elected in 2010, spoke. Kofi Mensah (31), born in 1990, signed. She was born on June 3, 1970."
	qs := Find(s)
	sub := func(q Quantity) string { return s[q.Subject.Start:q.Subject.End] }

	a := first(t, qs, "54")
	assert.Equal(t, Age, a.Kind)
	assert.Equal(t, "Ana Ruiz", sub(a))
	assert.True(t, a.SubjectIsName)

	m := first(t, qs, "79")
	assert.Equal(t, Age, m.Kind)
	assert.Equal(t, "Her mother", sub(m))
	assert.False(t, m.SubjectIsName)

	an := first(t, qs, "56-year-old")
	assert.Equal(t, Age, an.Kind)
	assert.True(t, an.Anaphor)

	man := first(t, qs, "23-year-old")
	assert.Equal(t, Age, man.Kind)
	assert.False(t, man.Anaphor, "a 23-year-old man is someone new")

	past := first(t, qs, "40")
	assert.Equal(t, Age, past.Kind)
	assert.True(t, past.Past)

	k := first(t, qs, "31")
	assert.Equal(t, "Kofi Mensah", sub(k))
	assert.Equal(t, Birth, first(t, qs, "1990").Kind)
	assert.Equal(t, Birth, first(t, qs, "1970").Kind, "a birth year, whoever's it is")
}

// TestFindPredicateAges: an age after a copula is the subject's age now,
// unless the clause says when it held.
func TestFindPredicateAges(t *testing.T) {
	cases := []struct {
		text, num, subject string
		past               bool
	}{
		{"The foreman died on Sunday. He was 64.", "64", "He", false},
		{"Reyes is 71, and she still runs the shop.", "71", "Reyes", false},
		{"He is 49 now, and says he was wrong.", "49", "He", false},
		{"Ruiz is 61 today and still climbs the mast.", "61", "Ruiz", false},
		{"She is 38 already, her coach said.", "38", "She", false},
		{"She turned 60 on Monday, colleagues said.", "60", "She", true},
		{"She turned 60, colleagues said.", "60", "She", true},
		{"She came home in 1987, the year she turned 60.", "60", "she", true},
		{"Diop, who turned 60 last year, leads the union.", "60", "Diop", true},
		{"Ana Reyes, who turned 47 in March, runs the shop.", "47", "Ana Reyes", true},
		{"The skipper, who turned 58 this spring, sails alone.", "58", "The skipper", true},
		{"He was 30 in 1990, when the plant opened.", "30", "He", true},
		{"Now 73, she still swims every morning.", "73", "she", false},
		{"At 39, he is the youngest chairman in its history.", "39", "he", false},
		{"At 33, Haddad leads a firm of 40 people.", "33", "Haddad", false},
		{"At 19, she joined the pilot service.", "19", "she", true},
		{"At 52, Ruiz still runs the marathon each spring.", "52", "Ruiz", false},
		{"At 71, Morag Strachan still opens the shop at six.", "71", "Morag Strachan", false},
		{"At 64, Anton Berg rarely misses a shift.", "64", "Anton Berg", false},
		{"At 80, Ida Lunde still swims in the fjord.", "80", "Ida Lunde", false},
		{"Now 58, Ilse Grob runs the council.", "58", "Ilse Grob", false},
		{"Now 45, he coaches the under-12s.", "45", "he", false},
		{"At 44, she turns 45 in August.", "45", "she", true},
		{"Carvalhal has fished here since he was fifteen.", "fifteen", "he", true},
		{"She moved to Porto when she was 12.", "12", "she", true},
		{"He lived in Braga until he was 30, his sister said.", "30", "he", true},
		{"He turns 70 next month.", "70", "He", true},
		{"Pereira turns 50 on Friday, friends said.", "50", "Pereira", true},
		// "I" in direct speech: the speaker's age (FirstPerson).
		{"\"I'm 64 and I have never seen this,\" she said.", "64", "I", false},
		{"\"I am 71, and I still fish,\" he said.", "71", "I", false},
		{"\"I was 30 in 1990,\" Ruiz said.", "30", "I", true},
		// A relative "who" right after a person noun stands for that noun's
		// phrase.
		{"Meena Selvam, a surveyor who turns 41 next month, found it.", "41", "a surveyor", true},
		{"The skipper who turned 58 this spring sails alone.", "58", "The skipper", true},
		{"Her neighbour, a nurse who is 47, helped.", "47", "a nurse", false},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			q := first(t, Find(c.text), c.num)
			require.Equal(t, Age, q.Kind)
			assert.Equal(t, c.subject, c.text[q.Subject.Start:q.Subject.End])
			assert.Equal(t, c.past, q.Past)
		})
	}
	for _, s := range []string{"The budget was 64.", "Turnout is 71, officials said.", "The index was 30 in 1990."} {
		for _, q := range Find(s) {
			assert.NotEqual(t, Age, q.Kind, s)
		}
	}
}

func TestFindElapsed(t *testing.T) {
	cases := []struct {
		text, num string
		year      int
		rel       string
	}{
		{"For the past four years, since 2020, it grew.", "four", 2020, "since"},
		{"The 10-year-old treaty, signed in 2010, lapsed.", "10-year-old", 2010, "signed"},
		{"It marked the 25th anniversary of its 2001 founding.", "25th anniversary", 2001, "anniversary"},
		{"Three years ago, in 2019, a fire broke out.", "Three", 2019, "ago"},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			q := first(t, Find(c.text), c.num)
			assert.Equal(t, Elapsed, q.Kind)
			assert.Equal(t, c.year, q.Anchor.Year)
			assert.Equal(t, c.rel, q.Anchor.Rel)
		})
	}
	for _, s := range []string{"The 10-year-old boy, who moved in 2010, won.", "It has grown for four years. It was founded in 2020."} {
		for _, q := range Find(s) {
			assert.NotEqual(t, Elapsed, q.Kind, s)
		}
	}
}

func TestFindGroups(t *testing.T) {
	qs := Find("The council has 30 seats: 12 for the Greens, 10 for Labour and 9 for the Liberals.")
	tot := first(t, qs, "30")
	require.Len(t, tot.Parts, 3)
	assert.True(t, tot.PartsAll)

	qs = Find("She won 48% of the vote, her rival took 39% and the remaining 17% went to others.")
	sh := first(t, qs, "48%")
	assert.Len(t, sh.Shares, 3)
	assert.True(t, sh.SharesAll)

	qs = Find("Turnout was 62%, of whom 55% voted yes.")
	for _, q := range qs {
		assert.Empty(t, q.Shares)
	}

	s := "Three countries — France, Trinidad and Tobago and Germany — signed."
	qs = Find(s)
	c := first(t, qs, "Three")
	require.Len(t, c.Items, 3)
	assert.Equal(t, "Trinidad and Tobago", s[c.Items[1].Start:c.Items[1].End])
	assert.True(t, c.ItemsAll)
}

func TestInterval(t *testing.T) {
	cases := []struct {
		text   string
		lo, hi float64
	}{
		{"12 people", 12, 12},
		{"$1 billion", 0.975e9, 1.025e9},
		{"$1.5 billion", 1.45e9, 1.55e9},
		{"$240 million", 239.5e6, 240.5e6},
		{"2,100 people", 2050, 2150},
		{"about 300 people", 250, 350},
		{"about 4,200 people", 4095, 4305},
		{"more than 40 people", 40, 1e308},
		{"up to 90 people", 0, 90},
	}
	for _, c := range cases {
		q := Find(c.text)[0]
		lo, hi := q.Interval()
		assert.InDelta(t, c.lo, lo, 1e-3*c.lo+1e-9, c.text)
		if c.hi < 1e300 {
			assert.InDelta(t, c.hi, hi, 1e-3*c.hi+1e-9, c.text)
		} else {
			assert.True(t, hi > 1e300, c.text)
		}
	}
}

func TestFindHyphenatedWords(t *testing.T) {
	cases := []struct {
		text, num string
		value     float64
		unit      string
	}{
		{"The eight-year-old festival grew.", "eight-year-old", 8, "year-old"},
		{"A twenty-five-year-old man spoke.", "twenty-five-year-old", 25, "year-old"},
		{"A two-year deal was signed.", "two-year", 2, "year"},
		{"Two-thirds of voters agreed.", "Two-thirds", 2.0 / 3, "fraction"},
	}
	for _, c := range cases {
		q := first(t, Find(c.text), c.num)
		assert.InDelta(t, c.value, q.Value, 1e-9, c.text)
		assert.Equal(t, c.unit, q.Unit, c.text)
	}
}

func TestFindPartsCounted(t *testing.T) {
	cases := []struct {
		text, total string
		parts       []string
		counted     bool
	}{
		{"Participants were divided into three groups: 380 were short sleepers, averaging less than six hours; 610 slept between six and eight hours; and 210 slept more than eight hours.",
			"three", []string{"380", "610", "210"}, true},
		{"The council has 30 seats: 12 for the Greens, 10 for Labour and 8 for the Liberals.",
			"30", []string{"12", "10", "8"}, false},
		{"The 150 volunteers were split into three teams: 40 cleared the beach; 55 planted grass; 30 counted birds; and 25 cooked.",
			"three", []string{"40", "55", "30", "25"}, true},
		{"The study followed 1,200 adults: 380 slept under six hours, 610 slept between six and eight hours and 210 slept longer.",
			"1,200", []string{"380", "610", "210"}, false},
		// A count of places counts the figures given for each, when that
		// is the reading the figures fit.
		{"Some 4,100 families sheltered in three villages: 1,900 in Arvo, 1,400 in Dell and 800 in Mora.",
			"three", []string{"1,900", "1,400", "800"}, true},
		{"The co-op's members come from four districts: 96 from Ash, 88 from Bree, 71 from Cole and 57 from Dunn.",
			"four", []string{"96", "88", "71", "57"}, true},
		{"Volunteers staff 64 polling stations: 40 in Kelm and 24 in Sarn.",
			"64", []string{"40", "24"}, false},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			qs := Find(c.text)
			tot := first(t, qs, c.total)
			assert.Equal(t, c.parts, partTexts(qs, tot))
			assert.Equal(t, c.counted, tot.PartsCounted)
		})
	}
}

func TestFindItemLists(t *testing.T) {
	cases := []struct {
		text, count string
		items       []string
	}{
		{"Four other justices joined her: Chief Justice Walter Hughes and Justices Nina Patel, Owen Lutz and Grace Whitaker.",
			"Four", []string{"Chief Justice Walter Hughes", "Nina Patel", "Owen Lutz", "Grace Whitaker"}},
		{"Three senators objected: Sens. Ana Reyes and Tom Hale and Senator Ruth Stein.",
			"Three", []string{"Ana Reyes", "Tom Hale", "Senator Ruth Stein"}},
		{"Three countries — France and Germany — signed.", "Three", []string{"France", "Germany"}},
		{"They found two species: a tree frog, a bent-toed gecko and a skink, all new.", "two", []string{"a tree frog", "a bent-toed gecko", "a skink"}},
		{"They found two species: a tree frog and Rana borneensis.", "two", nil},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			q := first(t, Find(c.text), c.count)
			var got []string
			for _, it := range q.Items {
				got = append(got, c.text[it.Start:it.End])
			}
			assert.Equal(t, c.items, got)
		})
	}
}

func TestFindPossessiveAndToll(t *testing.T) {
	s := "They must fund the $420 million bridge's cost. The death toll of 34 may rise. A toll of 12 was given."
	qs := Find(s)
	b := first(t, qs, "$420 million")
	assert.Equal(t, "bridge", b.Noun)
	assert.Equal(t, "bridge", s[b.NounSpan.Start:b.NounSpan.End])
	toll := first(t, qs, "34")
	assert.Equal(t, "dead", toll.Class)
	assert.True(t, toll.Definite)
	assert.False(t, first(t, qs, "12").Definite)
}

func TestFindOpeningTotals(t *testing.T) {
	cases := []struct {
		text, total string
		parts       []string
		all         bool
	}{
		{"Of the 55 seats in Parliament, the Alliance won 21, FijiFirst 19, the Liberals 8 and the Federation Party 5.",
			"55", []string{"21", "19", "8", "5"}, false},
		{"Lawmakers approved an $8.4 billion package for school buildings, hospitals and roads. Under the package, $3.1 billion would go to school buildings, $2.6 billion to hospitals and $2.2 billion to road repairs.",
			"$8.4 billion", []string{"$3.1 billion", "$2.6 billion", "$2.2 billion"}, true},
		{"Lawmakers approved an $8.4 billion package for school buildings, hospitals and roads. Under the package, $3.1 billion would go to school buildings and $2.6 billion to hospitals.",
			"$8.4 billion", []string{"$3.1 billion", "$2.6 billion"}, false},
		{"Of the 1,200 candidates, 700 were men, of whom 450 were new.", "1,200", nil, false},
		{"Of the 600 staff, 400 took part in the ballot and 350 voted to strike.", "600", nil, false},
		{"Lawmakers approved an $8.4 billion package. Under the treaty, $3.1 billion would go to A and $2.6 billion to B.", "$8.4 billion", nil, false},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			qs := Find(c.text)
			tot := first(t, qs, c.total)
			assert.Equal(t, c.parts, partTexts(qs, tot))
			assert.Equal(t, c.all, tot.PartsAll)
		})
	}
}

func TestFindPollShares(t *testing.T) {
	cases := []struct {
		text, first string
		shares      int
	}{
		{"The survey of 800 voters found that 52 percent would vote for the tax, 41 percent would vote against it and 11 percent were undecided.", "52 percent", 3},
		{"The poll found that 64% backed more buses, and 58% supported new cycle lanes.", "64%", 0},
		{"In the poll, 47% said they supported the charge and 44% opposed it.", "47%", 2},
		// Two questions: a new verb with a new object.
		{"In the survey, 62% backed the mayor's housing plan and 58% opposed the new parking tax.", "62%", 0},
		{"Asked about the budget, 71% of residents supported the library levy, while 64% rejected a higher bus fare.", "71%", 0},
		// One question: the same object, or an elliptical answer.
		{"In the poll, 55% backed the plan, 50% opposed the plan and 10% were undecided.", "55%", 3},
		{"In the poll, 55% backed the plan, 41% against and 4% undecided.", "55%", 3},
		{"Of the voters, 40% voted for the Greens, 35% voted for the Liberals and 30% voted for the Socialists.", "40%", 3},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			assert.Len(t, first(t, Find(c.text), c.first).Shares, c.shares)
		})
	}
}

func TestFindGroupAddOns(t *testing.T) {
	cases := []struct {
		text, total string
		parts       []string
	}{
		{"The ministry sent two delegations: 14 officials to Geneva and 9 to Vienna, where 2 of them will stay until June.",
			"two", []string{"14", "9"}},
		{"Volunteers worked in three shifts: 40 in the morning, 35 in the afternoon and 20 overnight, with 5 supervisors on call throughout.",
			"three", []string{"40", "35", "20"}},
		{"The tournament drew two teams: 12 players from Leeds and 14 from York, plus 3 coaches.",
			"two", []string{"12", "14"}},
		{"The club fielded three squads: 11 under-12s, 14 under-14s and 9 seniors, 4 of them new.",
			"three", []string{"11", "14", "9"}},
		// A total that is not a count of groups keeps its added figure.
		{"The council has 30 seats: 12 for the Greens, 10 for Labour, plus 8 for the Liberals.",
			"30", []string{"12", "10", "8"}},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			qs := Find(c.text)
			assert.Equal(t, c.parts, partTexts(qs, first(t, qs, c.total)))
		})
	}
}

func TestFindChangedAfterNounPhrase(t *testing.T) {
	cases := []struct {
		text, figure string
		changed      bool
	}{
		{"Dozens more bodies were found, bringing the death toll to 57.", "57", true},
		{"Another 3,000 lost work, pushing the jobless total to 41,000.", "41,000", true},
		{"They brought the death toll to 57.", "57", true},
		{"The team sent the five reports to 12 agencies.", "12", false},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			assert.Equal(t, c.changed, first(t, Find(c.text), c.figure).Changed)
		})
	}
}

// partTexts returns the text of each part of total tot.
func partTexts(qs []Quantity, tot Quantity) []string {
	var got []string
	for _, i := range tot.Parts {
		got = append(got, qs[i].Text)
	}
	return got
}

// TestFindPartsEach: "one each from A and B" is a part per name, so the
// list's sum cannot be read and the total takes no parts.
func TestFindPartsEach(t *testing.T) {
	qs := Find("The novels are by writers from four countries: two from Ireland, two from Britain and one each from Canada and Nigeria.")
	assert.Empty(t, first(t, qs, "four").Parts)
}

// TestCurrencyNames: money named after the figure, by name or ISO code,
// and passed on to the figures of its list written without it.
func TestCurrencyNames(t *testing.T) {
	cases := []struct{ text, num, unit string }{
		{"The port plans to borrow 58 million kroner next year.", "58 million kroner", "NOK"},
		{"The airport will cost 3.6 billion baht.", "3.6 billion baht", "THB"},
		{"Warsaw set aside 240 million zloty for trams.", "240 million zloty", "PLN"},
		{"The fund holds 40 million ISK.", "40 million ISK", "ISK"},
		{"Hydropower earned 4.2 billion kroner, offshore wind 2.9 billion and solar 700 million.", "700 million", "NOK"},
		{"The team won 3 games.", "3", ""},
		// A nationality before the name says whose money it is.
		{"The snack group paid 2.6 billion Danish kroner for it.", "2.6 billion Danish kroner", "NOK"},
		{"Traders moved 40 million Swedish kronor overnight.", "40 million Swedish kronor", "SEK"},
		{"The mine cost 900 million South African rand, or 12 billion Thai baht.", "12 billion Thai baht", "THB"},
		// A name joined by a hyphen to its figure, as an adjective.
		{"The court upheld the 594,000-mark fine.", "594,000-mark", "DEM"},
		{"A 50-euro note was found.", "50-euro", "EUR"},
		{"A 300-rand ticket sold out.", "300-rand", "ZAR"},
		{"A 12-seat van arrived.", "12-seat", "seat"},
	}
	for _, c := range cases {
		q := first(t, Find(c.text), c.num)
		assert.Equal(t, c.unit, q.Unit, c.text)
	}
}

// TestObjectsCounted: a removal verb before a count of things counts the
// things it removes; it reports no change of a figure.
func TestObjectsCounted(t *testing.T) {
	for _, c := range []struct {
		text, num string
		changed   bool
	}{
		{"The maker said it would cut 380 jobs at its plant.", "380", false},
		{"The airline is cutting 1,200 posts this year.", "1,200", false},
		{"The council reduced 40 bus routes to one an hour.", "40", false},
		{"The bank cut 5% of its staff.", "5%", true},
		{"The firm cut costs by 12 million euros.", "12 million euros", true},
	} {
		q := first(t, Find(c.text), c.num)
		assert.Equal(t, c.changed, q.Changed, c.text)
	}
}

// TestReferentOfMeasuredFigure: a figure's referent is the noun after it,
// the noun it is "of", or the subject of a verb of measure; a noun joined
// by a hyphen is its unit.
func TestReferentOfMeasuredFigure(t *testing.T) {
	for _, c := range []struct{ text, num, unit, class string }{
		{"The hospital will open a 220-bed wing.", "220-bed", "bed", "wing"},
		{"They ordered a 14-tonne truck for the farm.", "14-tonne", "tonne", "truck"},
		{"The club built a 900-seat stand last year.", "900-seat", "seat", "stand"},
		{"The theatre will receive a grant of 850,000 euros.", "850,000 euros", "EUR", "grant"},
		{"Officials approved the budget of $4 million on Monday.", "$4 million", "USD", "budget"},
		{"It is the largest loan of 2 billion kroner so far.", "2 billion kroner", "NOK", "loan"},
		{"The pipeline will cost about 1.2 billion rand.", "1.2 billion rand", "ZAR", "pipeline"},
		{"The deal is worth $3 billion, the firms said.", "$3 billion", "USD", "deal"},
		{"The repairs totalled 4 million euros in all.", "4 million euros", "EUR", "repair"},
		// A measure in apposition after the noun's comma.
		{"The board signed the contract, worth 2.3 billion crowns, on Friday.", "2.3 billion crowns", "KRN", "contract"},
		{"She sold the farmhouse, valued at 410,000 euros, to a cousin.", "410,000 euros", "EUR", "farmhouse"},
		{"The council approved the bridge, costing $18 million, in March.", "$18 million", "USD", "bridge"},
	} {
		q := first(t, Find(c.text), c.num)
		assert.Equal(t, c.unit, q.Unit, c.text)
		assert.Equal(t, c.class, q.Class, c.text)
	}
}

// TestAdverbInApposition: an adverb between the comma of an apposition and
// an age leaves it the named person's age, now or then; a hedge makes no
// age.
func TestAdverbInApposition(t *testing.T) {
	for _, c := range []struct {
		text, num, subject string
		past               bool
	}{
		{"The boiler was rebuilt by Veikko Aho, now 72, a retired engineer.", "72", "Veikko Aho", false},
		{"Marta Ilic, already 58, still runs the ferry.", "58", "Marta Ilic", false},
		{"The club signed Ole Brun, then 19, from a village side.", "19", "Ole Brun", true},
		{"The keeper, Tove Lind, currently 41, has not missed a match.", "41", "Tove Lind", false},
	} {
		r := tagger.Default().Read(c.text, nil)
		q := first(t, FindRead(c.text, r, nil, nil), c.num)
		require.Equal(t, Age, q.Kind, c.text)
		assert.Equal(t, c.subject, c.text[q.Subject.Start:q.Subject.End], c.text)
		assert.Equal(t, c.past, q.Past, c.text)
	}
	s := "The fund, nearly 40, was closed."
	for _, q := range FindRead(s, tagger.Default().Read(s, nil), nil, nil) {
		assert.NotEqual(t, Age, q.Kind, s)
	}
}

// TestAgedNameAfterPlace: an aged description followed by where the person
// is from and a name in apposition is that name's age.
func TestAgedNameAfterPlace(t *testing.T) {
	for _, c := range []struct{ text, num, subject string }{
		{"The title went to a 33-year-old from Varna, Emine Kaya, who trains here.", "33-year-old", "Emine Kaya"},
		{"Police arrested a 19-year-old from Leeds, Tom Hale, on Monday.", "19-year-old", "Tom Hale"},
		{"The prize went to a 70-year-old in Braga, Rui Costa, for his roses.", "70-year-old", "Rui Costa"},
	} {
		r := tagger.Default().Read(c.text, nil)
		q := first(t, FindRead(c.text, r, nil, nil), c.num)
		require.Equal(t, Age, q.Kind, c.text)
		assert.Equal(t, c.subject, c.text[q.Subject.Start:q.Subject.End], c.text)
		assert.True(t, q.SubjectIsName, c.text)
	}
}

// TestLifeVerbAt: "at" after a verb of a step in a life gives an age then;
// after a verb of a level it gives none.
func TestLifeVerbAt(t *testing.T) {
	for _, c := range []struct{ text, num string }{
		{"Ingrid Solvang died at 88 on Monday.", "88"},
		{"He retired at 60 in 2019.", "60"},
		{"She married at 19, in Porto.", "19"},
	} {
		q := first(t, FindRead(c.text, tagger.Default().Read(c.text, nil), nil, nil), c.num)
		assert.Equal(t, Age, q.Kind, c.text)
		assert.True(t, q.Past, c.text)
	}
	for _, s := range []string{"The index closed at 88 on Monday.", "Unemployment stood at 40 in May.", "Shares peaked at 61 on Friday."} {
		for _, q := range FindRead(s, tagger.Default().Read(s, nil), nil, nil) {
			assert.NotEqual(t, Age, q.Kind, s)
		}
	}
}

// TestPluralEndsNounPhrase: a plural noun ends the phrase a figure counts
// before a word of another kind ("residents overnight", "parties
// together").
func TestPluralEndsNounPhrase(t *testing.T) {
	for _, c := range []struct{ text, num, noun string }{
		{"Crews evacuated 1,450 residents overnight into Monday.", "1,450", "resident"},
		{"The three parties together hold 71 seats.", "three", "party"},
		{"About 200 protesters nearby were dispersed.", "200", "protester"},
		{"Police held 40 suspects briefly on Monday.", "40", "suspect"},
		// One or two capitalised words before the noun modify it.
		{"Envoys visited three East African capitals.", "three", "capital"},
		{"The 40-year-old Kamenica viaduct will close.", "40-year-old", "viaduct"},
		{"Two EU diplomats left.", "Two", "diplomat"},
	} {
		r := tagger.Default().Read(c.text, nil)
		q := first(t, FindRead(c.text, r, nil, nil), c.num)
		assert.Equal(t, c.noun, q.Noun, c.text)
	}
}

// TestPrepositionEndsNounPhrase: a preposition after a figure's words
// opens a phrase of its own; it is never the figure's noun.
func TestPrepositionEndsNounPhrase(t *testing.T) {
	for _, c := range []struct{ text, num, prep string }{
		{"Prosecutors say 1.84 million euros passed through three companies.", "1.84 million euros", "through"},
		{"Some 400 kilograms hidden inside the crates were found.", "400 kilograms", "inside"},
		{"Customs said 900 tonnes passed across the border.", "900 tonnes", "across"},
	} {
		r := tagger.Default().Read(c.text, nil)
		q := first(t, FindRead(c.text, r, nil, nil), c.num)
		assert.NotEqual(t, c.prep, q.Noun, c.text)
	}
}

// TestMeasuredTotalSums: a sum of money or a measure adds its parts up,
// even where its noun comes back among them; it never counts them.
func TestMeasuredTotalSums(t *testing.T) {
	for _, text := range []string{
		"The $900 million plan has three parts: $500 million of the plan goes to roads, $300 million of the plan to rail and $100 million of the plan to ports.",
		"A 6.4 billion baht package was agreed: 2.8 billion baht of the package for dikes, 2.1 billion baht of the package for pumps and 1.5 billion baht of the package for drains.",
		"The 40 million euro budget covers three areas: 20 million euros of the budget for schools, 12 million euros of the budget for roads and 8 million euros of the budget for parks.",
	} {
		qs := Find(text)
		tot := qs[0]
		require.NotEmpty(t, tot.Parts, text)
		assert.False(t, tot.PartsCounted, text)
	}
}

// TestVerbAfterFigureIsNoNoun: a verb in "-s" right after a figure, which
// the lexicon knows as no noun, names nothing the figure counts.
func TestVerbAfterFigureIsNoNoun(t *testing.T) {
	for _, c := range []struct{ text, num string }{
		{"The fund is new. The $9 million comprises $4 million from the state.", "$9 million"},
		{"The budget is set. The $2 million constitutes a reserve for repairs.", "$2 million"},
		{"The cap was raised. The $40,000 exceeds the old limit.", "$40,000"},
	} {
		q := first(t, FindRead(c.text, tagger.Default().Read(c.text, nil), nil, nil), c.num)
		assert.Empty(t, q.Noun, c.text)
	}
}

// TestNowAgedFronted: "Now aged 54, she ..." is the subject's age now, as
// "Now 54, she ..." and "Aged 54, she ..." are.
func TestNowAgedFronted(t *testing.T) {
	for _, c := range []struct{ text, num, subject string }{
		{"Now aged 54, she said the inquiry was the largest she had run.", "54", "she"},
		{"Now aged 71, Ruiz still opens the shop at six.", "71", "Ruiz"},
		{"Now aged 38, he coaches the under-12s.", "38", "he"},
	} {
		q := first(t, Find(c.text), c.num)
		assert.Equal(t, Age, q.Kind, c.text)
		assert.Equal(t, c.subject, c.text[q.Subject.Start:q.Subject.End], c.text)
	}
}

// TestAgeSubjectPastApposition: the subject of a predicate age is read
// past a noun phrase set off by commas before the verb ("The chief
// executive, an engineer by training, was 24 when ...").
func TestAgeSubjectPastApposition(t *testing.T) {
	for _, c := range []struct{ text, num, subject string }{
		{"The chief executive, an engineer by training, was 24 when she joined the firm in 1998.", "24", "executive"},
		{"Ana Ruiz, a chemist by training, was 31 when she founded the lab in 2004.", "31", "Ana Ruiz"},
		{"Ida Berg, a nurse from Oslo, was 40 when she moved to Tromsø in 2010.", "40", "Ida Berg"},
	} {
		q := first(t, FindRead(c.text, tagger.Default().Read(c.text, nil), nil, nil), c.num)
		assert.Equal(t, Age, q.Kind, c.text)
		assert.Equal(t, c.subject, c.text[q.Subject.Start:q.Subject.End], c.text)
	}
}

// TestAgeOfAnOrganisationsOfficer: after an age, a noun that names a person
// in a later sense and follows a word naming an organisation is its
// officer ("the 50-year-old cooperative chair"), not a thing.
func TestAgeOfAnOrganisationsOfficer(t *testing.T) {
	for _, c := range []struct {
		src, age string
		want     Kind
	}{
		{"The 50-year-old cooperative chair walked reporters through a grove.", "50-year-old", Age},
		{"The 61-year-old council head would not comment.", "61-year-old", Age},
		{"The 47-year-old club chair said the vote was close.", "47-year-old", Age},
		{"The 40-year-old council chamber was rebuilt.", "40-year-old", Count},
	} {
		assert.Equal(t, c.want, first(t, Find(c.src), c.age).Kind, c.src)
	}
}

// TestComparativeHedgesFromLexicon: "more than", "less than" and "fewer
// than" hedge a figure with the bound the lexicon gives them.
func TestComparativeHedgesFromLexicon(t *testing.T) {
	assert.Equal(t, AtLeast, approxWords["than more"])
	assert.Equal(t, AtMost, approxWords["than less"])
	assert.Equal(t, AtMost, approxWords["than fewer"])
}
