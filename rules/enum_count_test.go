package rules_test

import (
	"testing"

	"github.com/copydesk/copydesk/rules"
)

func TestEnumCount(t *testing.T) {
	runCases(t, rules.EnumCount, []ruleCase{
		// A list of names in apposition right after the counted noun.
		{"appositive names, firms", "It faces three established rivals, Digital Equipment Corp. and Hewlett-Packard Co., in the market.", 1, "names 2"},
		{"appositive names, justices", "The dissents of three justices, Stephen Breyer and Ruth Bader Ginsburg, were read aloud.", 1, "names 2"},
		{"appositive names, ministers", "Four new ministers, Ana Ruiz, Tomas Berg and Li Wen, were sworn in on Monday.", 1, "names 3"},
		{"appositive names, right", "Two new ministers, Ana Ruiz and Tomas Berg, were sworn in on Monday.", 0, ""},
		{"a comma after a place is no apposition", "Okafor beat five other finalists from Kenya, South Africa, Ghana, Senegal and Egypt.", 0, ""},
		{"a copula list", "The four countries are Estonia, Portugal, Slovenia and Ireland.", 0, ""},
		// An item named as a part of its owner, or with a noun for what it is.
		{"owned units", "Its three major rivals -- Philip Morris Co.'s Miller Brewing unit and Adolph Coors Co. -- cut prices.", 1, "names 2"},
		{"named with a head noun", "Three carriers -- the Nimitz carrier and the Vinson -- sailed on Monday.", 1, "names 2"},
		{"owned divisions", "Two divisions -- Acme Corp.'s Brill unit and Cole Inc.'s Dunn subsidiary -- were sold.", 0, ""},
		// Things each introduced by "a" after a relative clause and a
		// phrasal verb's particle.
		{"turned up finds", "The team turned up three finds that excited the specialists: a bronze brooch, a silver penny, a bone comb and a lead spindle whorl.", 1, "names 4"},
		{"drew up schemes", "The council drew up two schemes to ease traffic: a ring road, a bus lane and a tram.", 1, "names 3"},
		{"set up clinics", "The charity set up four clinics this spring: a maternity ward, a dental surgery, a pharmacy and an eye clinic.", 0, ""},
		// The next sentence names those counted at the start of one.
		{"next sentence, councillors", "Five councillors voted against the budget. They were Ines Barta, Mehmet Oral and Jana Pohl of the Civic Union, and Lukas Reiter of the Green List.", 1, "names 4"},
		{"next sentence, clubs", "Four clubs were relegated. These were Orla, Besk and Tarn.", 1, "names 3"},
		{"next sentence, ministers", "Three ministers resigned on Monday. They were Ana Ruiz, Tomas Berg and Li Wen.", 0, ""},
		{"next sentence, not the subject", "Officials closed 12 schools after two teachers fell ill. They were Ana Ruiz and Li Wen.", 0, ""},
		// A plural noun before names distributes over them; a capitalised
		// modifier before the counted noun; an underscore as a dash.
		{"plural noun before names, carriers", "The ship sailed alongside three US vessels: the carriers Nimitz and George Washington.", 1, "names 2"},
		{"plural noun before names, rivers", "The fund will clean three waterways: the rivers Avon and Severn.", 1, "names 2"},
		{"plural noun before names, tankers", "Two ships -- the tankers Orla and Besk -- collided.", 0, ""},
		{"underscore dashes", "Over the dissents of three justices _ Stephen Breyer and Ruth Bader Ginsburg _ the court upheld the law.", 1, "names 2"},
		{"underscore dashes, right", "Over the dissents of two justices _ Stephen Breyer and Ruth Bader Ginsburg _ the court upheld the law.", 0, ""},
		{"from is no change before things", "Sun faces increasing competition from three established rivals -- Digital Equipment Corp. and Hewlett-Packard Co.", 1, "names 2"},
		{"from is no change, visitors", "Visitors came from four countries: Chile, Peru and Bolivia.", 1, "names 3"},
		{"from is no change, right", "Visitors came from three countries: Chile, Peru and Bolivia.", 0, ""},
		// A relative clause on the last item ends the list.
		{"clause on the last item, consortiums", "The authority received bids from four consortiums to deepen the channel: Halvorsen Marine of Norrvik, the Vodnik Dredging group and Kaimana Waterworks, which built the quay.", 1, "names 3"},
		{"clause on the last item, firms", "Three firms bid for the bridge: Orla Steel, the Besk group and Tarn Works, which built the old one.", 0, ""},
		{"clause on the last item, clubs", "Five clubs applied: Orla, Besk, Tarn and Vosk, whose ground is the oldest.", 1, "names 4"},
		// "They are ..." names the last count of people before it.
		{"next sentence, the last people counted", "The jury named five writers to its shortlist on Tuesday, choosing from 146 novels. They are Ama Boateng, Ilkka Raatikainen, Sofia Etxeberria and Rahul Mehrotra.", 1, "names 4"},
		{"next sentence, the last people counted, right", "The jury named four writers to its shortlist on Tuesday, choosing from 146 novels. They are Ama Boateng, Ilkka Raatikainen, Sofia Etxeberria and Rahul Mehrotra.", 0, ""},
		{"next sentence, the last people counted, candidates", "The party picked three candidates for the seat on Monday after a long night. They are Ana Ruiz and Tomas Berg.", 1, "names 2"},
		// Names in apposition end at their closing comma, particles and
		// all.
		{"apposition then a clause, capitals", "It condemned the bombings in three East African capitals, Nairobi and Dar es Salaam, and offered help.", 1, "names 2"},
		{"apposition then a clause, ports", "Ships left four ports, Gdansk and Gdynia, and sailed north.", 1, "names 2"},
		{"apposition then a clause, right", "Ships left two ports, Gdansk and Gdynia, and sailed north.", 0, ""},
		{"apposition then a clause, cities", "She toured three cities, Ras el Tin and Abu Dhabi, and flew home.", 1, "names 2"},
		{"a span announces no list", "Nine clinics will be built in the first two years, in Ashby, Brill, Cole, Dunn, Eyre, Fenn, Gale, Hale and Innes.", 0, ""},
		{"a span of months announces no list", "The 12 stations open over three months, in Arles, Blois and Caen first.", 0, ""},
		{"a distance announces no list", "The route runs for four kilometres, past Alder, Birch, Cedar, Elm and Fir streets.", 0, ""},
		{"partitive whole, dash", "Two of the five stages — the Castle Courtyard and the Old Brewery — are new this year.", 0, ""},
		{"partitive whole, commas", "Three of the 12 ministers, Ana Ruiz, Tom Berg and Li Wei, resigned on Monday.", 0, ""},
		{"partitive whole, colon", "Two of the six finalists are from Lagos: Chidi Okafor and Ngozi Eze.", 0, ""},
		{"names of places, hyphen dashes", "The four foreign ministers -- Bronislaw Geremek of Poland, Janos Martonyi of Hungary and Jan Kavan of the Czech Republic -- signed the documents.", 1, "names 3"},
		{"names of places, dashes", "Three envoys — Ana Ruiz of Spain, Tom Berg of Norway, Li Wei of China and Omar Haddad of the United Arab Emirates — met.", 1, "names 4"},
		{"hyphen dashes", "Three firms -- Acme, Brill, Cole and Dunn -- bid for the contract.", 1, "names 4"},
		{"names of places, right", "Three mayors — Ana Ruiz of Lyon, Tom Berg of Oslo and Li Wei of Shanghai — met.", 0, ""},
		{"banks of countries, right", "Three banks, the Bank of England, the Bank of Japan and the Bank of Canada, cut rates.", 0, ""},
		{"a date before the colon", "Under the plan, three hospitals would stop delivering babies from April 2025: Ashcombe, St Brannoc's, Pellow Cross and Linnet Valley.", 1, "names 4"},
		{"a year before the dash", "Two ports will close in 2027 — Gdansk, Gdynia and Szczecin.", 1, "names 3"},
		{"a noun modifier in -ing", "The institute will build three new permafrost monitoring stations in Kvalsund, Honnes, Ravnfjell and Skarvik.", 1, "names 4"},
		{"a noun modifier in -ing, right", "The institute will build four new permafrost monitoring stations in Kvalsund, Honnes, Ravnfjell and Skarvik.", 0, ""},
		{"partitive whole after a possessive", "Two of the county's five districts — Arnsby and Coltrane — voted against it.", 0, ""},
		{"partitive whole after top", "Three of the top five finishers — Ruiz, Vainio and Lind — were picked.", 0, ""},
		{"partitive whole after last", "Two of the last four races, Oslo and Bergen, were cancelled.", 0, ""},
		{"change target announces a list, including", "The storm cut power to four towns, including Ballykeeran, Carrigmore, Kilbrennan, Dunmanor and Rathcullen.", 1, "names 5"},
		{"change target announces a list, colon", "The firm cut its network to three depots: Lyon, Nice, Pau and Metz.", 1, "names 4"},
		{"change target announces a list, dash", "Aid was raised to five villages — Arlo, Bree and Cole.", 1, "names 3"},
		{"changed from announces no list", "The chain grew from two to three plants: Lyon, Nice and Pau.", 0, ""},
		{"dash", "Three countries — France and Germany — signed the accord.", 1, "names 2"},
		{"places after in", "The trust will open three new clinics in Derby, Luton, York and Bath next year.", 1, "names 4"},
		{"places after a comma and in", "It will open three satellite campuses, in Kibwezo, Nyaruri, Lokitau and Ombasa, by 2028.", 1, "names 4"},
		{"places after in, two", "The firm runs two depots in Leeds, York and Hull.", 1, "names 3"},
		{"several things per place", "The chain has five stores in Paris, Lyon and Nice.", 0, ""},
		{"as many places", "The trust will open three clinics in Derby, Luton and York.", 0, ""},
		{"list of the later count", "The team of 17 researchers from five countries — Chile, Argentina, Spain, Germany and Japan — watched the star.", 0, ""},
		{"list of the later count, colon", "Its 40 staff work in three offices: Lyon, Lille and Nice.", 0, ""},
		{"list of the later count, wrong", "Its 40 staff work in three offices: Lyon, Lille, Nice and Metz.", 1, "names 4"},
		{"colon", "Night trains will run to four cities: Lille, Nantes and Strasbourg, the operator said.", 1, "names 3"},
		{"namely", "It picked two companies, namely Norvik, Beltrax and Ostra, to build the ships.", 1, "names 3"},
		{"including", "She replaced two ministers on Monday, including Ana Ruiz, Jan Nowak and Eva Lind.", 1, "already names 3"},
		{"right", "Three countries — France, Germany and Italy — signed the accord.", 0, ""},
		{"including fewer", "Twelve nations, including Austria and Spain, may join.", 0, ""},
		{"plural title", "Four other justices joined her: Chief Justice Walter Hughes and Justices Nina Patel, Owen Lutz and Grace Whitaker.", 0, ""},
		{"plural title over", "Three councillors abstained: Councillor Petra Holm and Councillors Ivo Brandt, Sara Lind and Erik Moss.", 1, "names 4"},
		{"indefinite items", "They found two animal species new to science: a tree frog, a bent-toed gecko and a burrowing skink, all in the forest.", 1, "names 3"},
		{"indefinite right", "They found three species new to science: a tree frog, a bent-toed gecko and a burrowing skink.", 0, ""},
		{"indefinite mixed", "It weighed two options: a tax rise, a spending cut and what the minister called a pause.", 0, ""},
		{"pair name", "Two countries: Trinidad and Tobago and Jamaica, will host the games.", 0, ""},
		{"lower case", "The museum has five galleries: ancient art, sculpture and painting.", 0, ""},
		{"relative clause", "Two countries: France, which hosts the talks, and Spain.", 0, ""},
		{"aside", "Two men — Smith said they were armed — fled the scene.", 0, ""},
		{"ampersand", "Two firms: Procter & Gamble and Unilever, bid for it.", 0, ""},
	})
	checkFixtures(t, rules.EnumCount)
}

// TestEnumCountListAfterTheInNextSentence: the list of the next sentence
// may open with "the" before its first name ("They are the Hospital Santa
// Lucia, ...").
func TestEnumCountListAfterTheInNextSentence(t *testing.T) {
	runCases(t, rules.EnumCount, []ruleCase{
		{"parties", "Five smaller parties failed to clear the threshold. They were the Pirate List, the Pensioners' Front, the Liberal Centre and New Kelvana.", 1, "Five smaller parties"},
		{"hospitals", "Four hospitals will take part in the study. They are the Hospital Santa Lucia, the Clinica San Bruno and the Hospital del Carmen.", 1, "Four hospitals"},
		{"firms", "Three firms applied for the contract. These were the Kessler Group and the Ondra Works.", 1, "Three firms"},
		{"firms, right", "Three firms applied for the contract. These were the Kessler Group, the Ondra Works and the Tanaka Company.", 0, ""},
	})
}

// TestEnumCountAcronymInIndefiniteItem: an item introduced by "a" may
// carry an acronym before its noun ("a CT scanner").
func TestEnumCountAcronymInIndefiniteItem(t *testing.T) {
	runCases(t, rules.EnumCount, []ruleCase{
		{"scanners", "The money will buy three new machines, namely a CT scanner, a PET scanner, a linear accelerator and a mammography unit.", 1, "three new machines"},
		{"radios", "Each crew will get two new devices: a VHF radio, a GPS receiver and a satellite phone.", 1, "two new devices"},
		{"units", "The ward gains three rooms, namely an MRI suite, an ICU bay, a laundry and a chapel.", 1, "three rooms"},
		{"units, right", "The ward gains two rooms, namely an MRI suite and an ICU bay.", 0, ""},
	})
}

// TestEnumCountIndefiniteItemWithPhrase: an item introduced by "a" may go
// on with a phrase after its noun ("a cycle bridge over the Ganit stream").
func TestEnumCountIndefiniteItemWithPhrase(t *testing.T) {
	runCases(t, rules.EnumCount, []ruleCase{
		{"projects", "Two new projects — a covered market, a second public swimming pool and a cycle bridge over the Ganit stream — take most of the money.", 1, "Two new projects"},
		{"clinics", "The trust will open two clinics: a walk-in centre in Luton, a dental surgery at the station and a pharmacy near the market.", 1, "two clinics"},
		{"vehicles", "The brigade bought three vehicles: a fire engine with a long ladder and a rescue boat for the harbour.", 1, "three vehicles"},
		{"vehicles, right", "The brigade bought two vehicles: a fire engine with a long ladder and a rescue boat for the harbour.", 0, ""},
	})
}

// TestEnumCountAndInsideAName: an "and" followed by more names up to a
// last "and" joins one name ("Baird and Lowe, Tessaro Group and Quill
// Partners" names three); an "and" the list ends on is its last.
func TestEnumCountAndInsideAName(t *testing.T) {
	runCases(t, rules.EnumCount, []ruleCase{
		{"law firms", "Three firms advised on the sale: Baird and Lowe, Tessaro Group and Quill Partners.", 0, ""},
		{"bands", "The festival named two headline acts: The Crow and the Kettle, and Mireille Dassault.", 0, ""},
		{"sponsors", "Four sponsors signed on: Hatch and Byrne, Orvo Dairies, Kelp Mutual and the Linden Trust.", 0, ""},
		{"sponsors, miscounted", "Five sponsors signed on: Hatch and Byrne, Orvo Dairies, Kelp Mutual and the Linden Trust.", 1, "names 4"},
		{"law firms, miscounted", "Two firms advised on the sale: Baird and Lowe, Tessaro Group and Quill Partners.", 1, "names 3"},
		{"pair then a clause", "Three countries sent envoys: France and Germany, the ministry said.", 1, "names 2"},
	})
}

// TestEnumCountPartOfAWhole: the list after "four of the twelve wards"
// names the part, counted by the whole's noun.
func TestEnumCountPartOfAWhole(t *testing.T) {
	runCases(t, rules.EnumCount, []ruleCase{
		{"wards", "The Greens carried four of the twelve wards outright: Harrowgate, Kelmscott, Dunmere, Little Oskby and Tannery Hill.", 1, "names 5"},
		{"districts", "Rebels hold three of the nine districts: Orla, Besk, Tarn and Vell.", 1, "names 4"},
		{"clubs", "Two of the six founding clubs remain in the league: Rovers, Athletic and Harbour United.", 1, "names 3"},
		{"wards, right", "The Greens carried five of the twelve wards outright: Harrowgate, Kelmscott, Dunmere, Little Oskby and Tannery Hill.", 0, ""},
	})
}

// TestEnumCountNamedInTheNextSentence: a count whose noun ends its
// sentence is named by the next one, even after a fronted phrase ("In
// order from the west, they are ...").
func TestEnumCountNamedInTheNextSentence(t *testing.T) {
	runCases(t, rules.EnumCount, []ruleCase{
		{"stations", "Trains will call at seven stations. In order from the west, they are Lovinsk Central, Brodna, Korytsa, Upper Mala, Selo Bridge and Vransk Airport.", 1, "names 6"},
		{"islands", "The ferry serves four islands. From north to south, these are Arra, Bolm and Cress.", 1, "names 3"},
		{"libraries", "The council will close five libraries. They are Arden, Bramley, Cole and Dunmore.", 1, "names 4"},
		{"stations, right", "Trains will call at six stations. In order from the west, they are Lovinsk Central, Brodna, Korytsa, Upper Mala, Selo Bridge and Vransk Airport.", 0, ""},
	})
}

// TestEnumCountPartOfANamedWhole: "three more of the nation's top
// steelmakers -- A and B --": a part of a whole given with no figure is
// counted by the whole's noun, and "more of" is no change of a figure.
func TestEnumCountPartOfANamedWhole(t *testing.T) {
	runCases(t, rules.EnumCount, []ruleCase{
		{"steelmakers", "Separately, three more of the nation's top steelmakers -- Armco Inc. and National Intergroup Inc. -- reported lower earnings.", 1, "names 2"},
		{"hospitals", "Four of the region's hospitals -- St Anne's, Kell General and Moor Park -- will close wards.", 1, "names 3"},
		{"customers", "Two of its biggest customers, Acme Corp., Bolt Ltd. and Crane Group, left in May.", 1, "names 3"},
		{"hospitals, right", "Three of the region's hospitals -- St Anne's, Kell General and Moor Park -- will close wards.", 0, ""},
	})
}

// TestEnumCountOneConjunction: a list joins its last item with one "and";
// an earlier bare "and", or any bare "and" in a list with a serial comma,
// is inside a name.
func TestEnumCountOneConjunction(t *testing.T) {
	runCases(t, rules.EnumCount, []ruleCase{
		{"hotels", "Guests spent the night in three hotels — the Harbour Lodge, the Crown and Anchor and the Meridia.", 0, ""},
		{"markets", "The recall covers bikes sold in three markets — Ostmark, Caldora and Sorne and Vell — since May.", 0, ""},
		{"serial comma", "Three clubs can still take the title — Kestle Rovers, Port Aln and District, and Harrow Athletic — on Sunday.", 0, ""},
		{"hotels, miscounted", "Guests spent the night in four hotels — the Harbour Lodge, the Crown and Anchor and the Meridia.", 1, "names 3"},
		{"serial comma, miscounted", "Four clubs can still take the title — Kestle Rovers, Port Aln and District, and Harrow Athletic — on Sunday.", 1, "names 3"},
	})
}
