package rules_test

import (
	"testing"

	"github.com/copydesk/copydesk/rules"
)

func TestNameVariant(t *testing.T) {
	runCases(t, rules.NameVariant, []ruleCase{
		// The possessor of an event of a life is a person.
		{"life event, funeral", "Willem van den Berg, who tuned bicycles for 40 years, died on Sunday. Van der Berg's funeral will be held on Friday.", 1, "Van der Berg"},
		{"life event, retirement", "Coach Ana de Oliveira won three titles. De Olivera's retirement was announced on Monday.", 1, "De Olivera"},
		{"life event, wedding", "The farmer Jan van Dijk sold his herd in March. Van Dyk's wedding took place in June.", 1, "Van Dyk"},
		// A silent final e added is a misspelling, like a doubled letter.
		{"silent e, Wiel", "Aukje van der Wiel grows tulips near the dyke. Her father, Gerrit van der Wiel, 71, helps. \"Too early,\" said van der Wiele.", 1, "van der Wiele"},
		{"silent e, Clark", "The coach, Morven Clark, picked the side. \"We were ready,\" Clarke said after the match.", 1, "Clarke"},
		{"silent e, Brown", "Inspector Dara Brown led the search. Officers found the boy at dawn, Browne said.", 1, "Browne"},
		// Name particles do not count among a name's four words.
		{"particles, Wiel", "Aukje Geertruida van der Wiel, 39, likes the fields in winter. Her brother works in Haarlem. \"Too early,\" said van der Wiele.", 1, "Aukje Geertruida van der Wiel"},
		{"particles, Berg", "Maria Johanna van den Berg, 52, opened the shop in 2001. \"We were lucky,\" van den Berk said.", 1, "Maria Johanna van den Berg"},
		{"particles, Hout", "Karel Jan Willem van der Hout, 61, restores organs. \"It takes patience,\" said van der Houd.", 1, "Karel Jan Willem van der Hout"},
		// An abbreviation of a title ("Supt.", "Cllr.", "Det.") is no given
		// name, listed or not; "Harbour Master" is a title.
		{"abbreviated title, superintendent", "Superintendent Adaeze Okonkwo, who was promoted from chief inspector in January, led the response. Supt. Okonkwo praised neighbours who knocked on doors.", 0, ""},
		{"abbreviated title, councillor", "Councillor Bridget Nolan chaired the meeting on Monday. Cllr. Nolan said the budget would pass.", 0, ""},
		{"abbreviated title, detective on a theft", "Detective Rui Sousa traced the van on Monday. Det. Sousa said two men were held.", 0, ""},
		{"abbreviated title, detective on a fraud", "Detective Ola Berg read the ledgers in May. Det. Berg told the court the sums did not add up.", 0, ""},
		{"abbreviated title, detective", "Detective Ana Lima found the car on Friday. Det. Lima said the owner was abroad.", 0, ""},
		{"harbour master", "The response was led by Kwame Asante, who became harbour master in October. Harbour Master Asante said the pier would be reviewed.", 0, ""},
		{"harbour master, since", "The ferry was met by Ana Lima, who became harbour master in May. Harbour Master Lima said the quay was safe.", 0, ""},
		{"harbour master, storm", "The boats were tied up by Tomas Berg, who became harbour master in 2019. Harbour Master Berg said the storm had passed.", 0, ""},

		// A name coordinated with a relative ("Kalinowsky or his son") is a
		// person's, wherever it stands.
		{"coordinated with a relative, son", "Teodor Kalinowski resigned as mayor on Monday. Kalinowski, 63, was first elected in 2010. Prosecutors had not charged Kalinowsky or his son.", 1, "Kalinowski or Kalinowsky"},
		{"coordinated with a relative, wife", "Ana Okafor opened the clinic in 2001. Okafor, 58, still runs it. The town thanked Okafur and her husband.", 1, "Okafor or Okafur"},
		{"coordinated with a relative, brother", "Pieter Hoogendijk founded the yard in 1990. Hoogendijk, 61, builds barges. Neighbours praised Hoogendyk and his brother.", 1, "Hoogendijk or Hoogendyk"},

		// A firm named for a family before the person: its plural noun is
		// no given name the person was renamed from.
		{"firm first, textiles", "Okafor Textiles, the family-owned cloth maker, agreed to buy a mill on Wednesday. It is Okafor's second purchase this year. The company was started in 1981, when Ama Okafor opened a fabric shop. She was 30 at the time.", 0, ""},
		{"firm first, breweries", "Lund Breweries, the family-owned brewer, bought a pub on Monday. It is Lund's third purchase this year. The company was started in 1970, when Greta Lund opened a bar. She was 34 at the time.", 0, ""},
		{"firm first, dairies", "Haddad Dairies, the family-owned milk firm, opened a plant on Friday. It is Haddad's fifth plant. The company was started in 1990, when Samir Haddad sold his first churn. He was 25 at the time.", 0, ""},

		// A relative introduced by a kinship noun and an honorific is still a
		// relative: the surname alone, misspelled, names the principal.
		{"relative with an honorific, Lim", "The satellite reached orbit, said the chief engineer, Dr. Rosario Lim. The team included Lim's brother, Dr. Arturo Lim, 52. Lin said images would come on Friday.", 1, "Lim or Lin"},
		{"relative with an honorific, Oyelaran", "Dr. Folasade Oyelaran runs the clinic. Her husband, Mr. Kunle Oyelaran, keeps the books. Oyelaren said the clinic would expand.", 1, "Oyelaran or Oyelaren"},
		{"relative with an honorific, Haddad", "Judge Samira Haddad heard the case. Her son, Mr. Karim Haddad, watched. Hadad said the ruling would follow.", 1, "Haddad or Hadad"},

		// A word of relation speaks of the family of the name beside it,
		// not of every name in its sentence.
		{"relation of another name, coach", "The federation named Zoltan Kerekes head coach on Monday. Kerekes kept the goalkeeping coach, Balazs Tot, who is not related to the federation president, and hired an assistant. \"We must attack,\" Zsolt Kerekes told reporters.", 1, "Zoltan or Zsolt"},
		{"relation of another name, mayor", "Mayor Ines Duarte opened the bridge on Monday. Duarte thanked the engineer, Rui Sousa, who is no relation of the minister, and the builders. Iris Duarte told reporters the bridge was safe.", 1, "Ines or Iris"},
		{"relation of the name itself", "Ines Duarte, who is not related to the builder, opened the bridge on Monday. Crowds cheered. Iris Duarte told reporters the bridge was safe.", 0, ""},

		// An appointment participle opening a sentence gives its office to
		// the subject after the comma.
		{"fronted promotion", "Inspector Pieter de Graaf visited in February. Promoted to chief inspector in May, he came back on Tuesday. Chief Inspector de Graaf said the records were fine.", 0, ""},
		{"fronted appointment as coach", "Assistant Coach Ivo Lund ran the drills. Named as coach in June, he took over the squad. Coach Lund praised the players.", 0, ""},
		{"fronted promotion, sergeant", "Sergeant Ana Ruiz led the raid. Promoted to inspector last year, she now runs the unit. Inspector Ruiz said more arrests would follow.", 0, ""},

		// Initials before a surname give a name; initials of the given names
		// already written are the same person.
		{"initials open a name", "Profits rose, J.C. Matlock, chairman, said. Revenue was flat, Mr. Matlack said.", 1, "Matlock or Matlack"},
		{"initials open a name, appointed", "The board named R.J. Okafor as chairman. Mr. Okafur said little.", 1, "Okafor or Okafur"},
		{"initials of a country", "U.S. Trade Representative Ana Ruiz spoke. Ruiz said talks would resume.", 0, ""},
		{"initials of the given names", "Health Minister Halima B. Nwosu spoke. Nwosu, a surgeon, still signs her papers as H.B. Nwosu.", 0, ""},
		{"initial of the given name", "Dr. James Okoro runs the clinic. Okoro, a surgeon, signs his papers as J. Okoro.", 0, ""},
		{"initials of two given names", "Judge Maria Teresa Lund spoke first. Lund, a jurist, writes her books as M.T. Lund.", 0, ""},

		// A two-letter surname one letter off is a variant too, when the copy
		// introduces no one of the other spelling.
		{"two letters, inserted", "Sigrid Ek, 28, played the concerto on Friday. After long applause, Eck played an encore.", 1, "Ek or Eck"},
		{"two letters, silent h", "Dr. Linh Do, 42, runs the clinic. The hospital was full. Doh said more beds were needed.", 1, "Do or Doh"},
		{"two letters, one changed", "Coach Wei Wu, 45, named the squad on Monday. Training resumed. Wo said the injury was minor.", 1, "Wu or Wo"},
		{"two letters, both introduced", "Wei Wu, 45, and Tao Wo, 50, met on Monday. Wo said the talks went well.", 0, ""},

		// A surname the copy gave a person under another given name that is
		// no common word names that person, with no other sign of a person.
		{"given swapped, due to appear", "Piotr Zawada, 34, is accused of theft. Police said the shop was closed. Pawel Zawada is due to appear before magistrates on Friday.", 1, "Piotr or Pawel"},
		{"given swapped, held", "Chidi Okeke, 51, was arrested. Officers searched the house. Emeka Okeke is held in Lagos.", 1, "Chidi or Emeka"},
		{"given swapped, to defend", "Tuula Saarinen, 29, won the race. The course was wet. Aino Saarinen is expected to defend the title.", 1, "Tuula or Aino"},
		{"given swapped, an adverb before", "Lena Berg, 40, won the vote. Crowds cheered. Surely Berg is due to speak.", 0, ""},
		{"firm named for a person, bakeries", "Bertil Aspgren, 81, founded the firm. Aspgren said sales rose. Aspgren Bakeries employs 1,450 people.", 0, ""},
		{"firm named for a person, breweries", "Maria Lund, 40, runs the firm. Lund said sales rose. Lund Breweries employs 300 people.", 0, ""},
		{"firm named for a person, dairies", "Ola Berg, 50, owns the firm. Berg said sales rose. Berg Dairies reported a profit.", 0, ""},
		{"given swapped, a third adverb before", "Lena Berg, 40, won the vote. Crowds cheered. Naturally Berg is due to speak.", 0, ""},
		{"given swapped, another adverb before", "Lena Berg, 40, won the vote. Crowds cheered. Clearly Berg is due to speak.", 0, ""},

		{"spelling", "The authority appointed Maria Kowalczyk on Monday. \"We will keep the facade,\" said Ms. Kowalczik.", 1, `"Kowalczik" here, but "Maria Kowalczyk"`},
		{"speech verb", "Avalanche expert Lukas Brandtner warned of danger. Brantner said skiers should stay on runs.", 1, "Brantner"},
		{"title", "Finance Minister Ana Ruiz presented a plan. Foreign Minister Ruiz defended it.", 1, `"Foreign Minister" here but "Finance Minister"`},
		{"rank", "Deputy Mayor Olga Petrenko opened a school. Mayor Petrenko thanked the builders.", 1, "Deputy Mayor"},
		{"according to", "Dr. Mireille Achterberg leads the unit. The outbreak began on Feb. 27, according to Achterbergh.", 1, "Achterbergh"},
		{"according to, after a figure", "Engineer Tomasz Wieczorek inspected the span. Traffic fell by a third, according to Wieczorrek.", 1, "Wieczorrek"},
		{"according to, opening", "Judge Helena Marquardt heard the case. According to Marquart, the firm knew of the fault.", 1, "Marquart"},
		{"given name known, caption", "Beatriz de Almeida, the physicist, said the team was tired. Beatriz de Almeyda, centre, celebrates with the crew.", 1, "Almeyda"},
		{"given name known, list", "Coach Ingrid Solberg picked the team. The squad thanked Ingrid Solbergh, Ola Vik and Per Dahl.", 1, "Solbergh"},
		{"given name known, second person", "Ingrid Solberg coached the team. Ingrid Haugen, her assistant, ran drills.", 0, ""},
		{"after a dateline", "LISBON, March 3, 2026 — Ana Ferreira won the race on Sunday. Ferriera said she was tired.", 1, "Ferriera"},
		{"after a dateline, en dash", "OSLO, May 4, 2026 – Ingrid Solberg opened the bridge on Monday. Solbergh cut the ribbon.", 1, "Solbergh"},
		{"after a semicolon", "The votes were counted; Mart Kasemets won the seat. Kasemetz thanked his staff.", 1, "Kasemetz"},
		{"whose after a surname", "Tourism is booming, said Jalal Ebrahim, president of Safari Centre. Ebrahin, whose company sends travellers on safaris, said bookings held.", 1, "Ebrahin"},
		{"whose after a surname, firm", "Engineer Marta Kowalska designed the bridge. Kowalsky, whose firm won the contract in 2019, declined to comment.", 1, "Kowalsky"},
		{"whose after a surname, family", "Olu Adebayo, a farmer, lost his herd in the flood. Adebyao, whose family has farmed there for a century, will rebuild.", 1, "Adebyao"},
		{"couple", "Anna Lund and her husband, Erik Lund, run the café. Ms. Lund said so. Mr. Lund agreed.", 0, ""},
		{"middle initial", "Judge Carol M. Whitfield ruled. Judge Carol Whitfield found for the city. Whitfield said so.", 0, ""},
		{"nationality", "Russian President Vladimir Putin spoke. President Putin left.", 0, ""},
		{"former", "Former Finance Minister Teresa Nowak spoke. Foreign Minister Nowak agreed.", 0, ""},
		{"brothers", "Prime Minister Jan Wrobel spoke. Finance Minister Piotr Wrobel, his brother, agreed.", 0, ""},
		{"place names", "He criticised Saudi Arabia on Monday. The Saudi Arabian government said nothing.", 0, ""},
		{"plural", "Tom Peters said so. Ms. Peter, his aunt, agreed.", 0, ""},
		{"two offices", "President Ana Ruiz opened the plant. Chief Executive Ruiz said sales rose.", 0, ""},
		{"coach", "Coach Marco Bellini praised the team. Manager Bellini said more was needed.", 0, ""},
		// A surname misspelled where a relative shares it: whoever it
		// names, it is spelled otherwise.
		{"misspelled, brother named", "Dr. Folasade Oyelaran runs the unit. Her brother, Kunle Oyelaran, 38, built the wing. Dr. Oyelaren said the wait was long.", 1, "Oyelaren"},
		{"misspelled, cousin named", "Dike warden Maarten Hoogendijk checked the breach. His cousin Pieter Hoogendijk farms nearby. The water will fall by Friday, Hoogendyk said.", 1, "Hoogendyk"},
		{"misspelled, short, uncle named", "Engineer Ananya Das, 34, closed the bridge. Her uncle, Subrata Das, drives a bus over it. Ms. Dass said repairs would take a month.", 1, "Dass"},
		{"misspelled, wife named after", "Inspector Tomas Varga led the raid. Eva Varga, his wife, teaches in the town. Vargha said the men were armed.", 1, "Vargha"},
		{"misspelled before the relatives are named", "Eero Hakkarainen coached the team. Hakarainen left it in 1993. He is survived by his wife of 55 years, Leena Hakkarainen, and their son, Mikko Hakkarainen.", 1, "Hakarainen"},
		{"misspelled, son named after a possessor", "Coach Chidi Oti praised the rookies. Among them was Emeka Oti, the coach's son. \"We were slow,\" Coach Otti said.", 1, "Otti"},
		{"misspelled, daughter named after a possessor", "Mayor Ines Lindqvist opened the pool. Swimming first was Maja Lindqvist, the mayor's daughter. \"It is warm,\" Lindquist said.", 1, "Lindquist"},
		{"relative's own surname, right", "Dr. Folasade Oyelaran runs the unit. Her brother, Kunle Oyelaran, 38, built the wing. Oyelaran said the wait was long.", 0, ""},
		{"similar surname of another full name, right", "Aditi Rao won. Her grandfather, Venkatesh Rao, watched. She drew with International Master Meera Rai, 23. Rai said Aditi played well.", 0, ""},
		// A conjunction or preposition opening the sentence is no part of
		// the name after it.
		{"though before a name", "Australian financier Kerry Packer bought a stake. Though Mr. Parker has since sold it, the firm is wary.", 1, "Parker"},
		{"unless before a name", "The authority appointed Maria Kowalczyk on Monday. Unless Ms. Kowalczik agrees, the facade goes.", 1, "Kowalczik"},
		{"because before a name", "Dr. Mireille Achterberg leads the unit. Because Dr. Achterbergh left early, the meeting ended.", 1, "Achterbergh"},
		// Under one given name, a surname with a letter added is the same
		// name misspelled.
		{"letter added, reporter", "Reporter Lisa Stark has more on the tapes. The pilot spoke to the tower. \"We are fine,\" said Lisa Starke.", 1, "Starke"},
		{"letter added, quote", "Engineer Anna Lind inspected the span. \"It holds,\" said Anna Linde.", 1, "Linde"},
		{"letter added, speech verb", "Coach Tomas Berg picked the team. Tomas Berge said the squad was tired.", 1, "Berge"},
		{"letter added, other given name, right", "Coach Tomas Berg picked the team. Anna Berge, the captain, said the squad was tired.", 0, ""},
		// An office the copy says was given covers only that office, rank
		// and all.
		{"named deputy, later plain mayor", "Deputy Mayor Siddharth Rao spoke first. Rao, who was named deputy mayor in September, said the ploughs broke. Mayor Rao said more would come.", 1, `"Mayor" here but "Deputy Mayor"`},
		{"named acting, later plain director", "Acting Director Lena Holm opened the museum. Holm, who was appointed acting director in May, spoke. Director Holm thanked donors.", 1, `"Director" here but "Acting Director"`},
		{"named assistant, later plain coach", "Assistant Coach Omar Ali ran drills. Ali, who was named assistant coach in June, smiled. Coach Ali said the team was fit.", 1, `"Coach" here but "Assistant Coach"`},
		{"promoted from deputy, right", "Deputy Mayor Siddharth Rao spoke first. Rao, who was named mayor in September, said the ploughs broke. Mayor Rao said more would come.", 0, ""},
		// Police ranks, like military ones, are held one at a time.
		{"inspector then sergeant", "Inspector Katalin Voros led the raid. Sergeant Voros said the bells would return.", 1, `"Sergeant" here but "Inspector"`},
		{"constable then inspector", "Constable Ola Berg found the car. Inspector Berg said it was stolen.", 1, `"Inspector" here but "Constable"`},
		{"superintendent then sergeant", "Superintendent Ana Ruiz opened the station. Sergeant Ruiz showed the cells.", 1, `"Sergeant" here but "Superintendent"`},
		{"promoted inspector, right", "Inspector Aino Rautio took the case in June and was promoted to chief inspector in July. Chief Inspector Rautio said the men were held.", 0, ""},
		// A given name that is also a noun for a thing is still a name;
		// an appositive office with a firm's possessive still presents a
		// person.
		{"given name Mike", "The study was written by Mark Potach, who edits the journal. Mike Potach says such members are rare.", 1, "Mike"},
		{"given name Rumen", "The strike was called by the union, led by Radoslav Mirchev, who drives a bus. Rumen Mirchev said the walkout would last.", 1, "Rumen"},
		{"given name Hope", "The case was heard by Grace Akintola, who sits in Lagos. Hope Akintola said the evidence was thin.", 1, "Hope"},
		{"office with a firm's possessive", "Martin Fabi, Innopac's president, declined to comment. Mr. Fabbi would not say more.", 1, "Fabbi"},
		// A role noun ending a title before a full name.
		{"role title, master", "The open was won by Grand Master Ilya Petrov on Sunday. Petrow said the final was hard.", 1, "Petrow"},
		{"role title, gardener", "The garden is kept by Head Gardener Rosa Kempton. Kempten said the roses came early.", 1, "Kempten"},
		{"role title, counsel", "The firm was defended by Lead Counsel Ines Moreau. Moraeu said the ruling was fair.", 1, "Moraeu"},
		// A given name changed where a relative, named as such, shares
		// the surname.
		{"given name changed, daughter named", "Radovan Kestić, 58, founded the bus firm. His daughter, Mila Kestić, runs it. \"We lose money,\" Radomir Kestić said.", 1, "Radomir"},
		{"given name changed, son named", "Farmer Jonas Brekke, 61, lost his barn. His son, Ola Brekke, helped. Johan Brekke said he would rebuild.", 1, "Johan"},
		{"given name changed, sister named", "Mayor Lucía Ferrer opened the pool. Her sister, Rosa Ferrer, swam first. \"It is warm,\" said Luisa Ferrer.", 1, "Luisa"},
		{"business partner is no kin", "Tomasz Wrona, the partner who led the round, will join the board. Tadeusz Wrona said the firm had looked at eleven others.", 1, "Tadeusz"},
		{"business partner is no kin, firm name", "Kenji Morita, the Sora partner who led the round, will join the board. Kenta Morita said Sora had looked at eleven firms.", 1, "Kenta"},
		{"possessed partner is kin, right", "Ana Berg, 40, runs the farm. Her partner, Ola Berg, keeps the bees. Ola Berg said the honey was late.", 0, ""},
		{"new relative introduced, right", "Radovan Kestić, 58, founded the bus firm. His daughter, Mila Kestić, runs it. His son, Radomir Kestić, drives.", 0, ""},
		// An honorific of a relative's gender may name the relative.
		{"honorific may name the relative", "Ana Sousa runs the bakery. Her husband, Rui Sousa, bakes. Mr. Souza said the ovens were old.", 0, ""},
	})
	checkFixtures(t, rules.NameVariant)
}

// TestNameVariantOfficeByAnyNoun: any noun before the office word says
// what the office is in charge of, listed or not ("Emergencies Minister",
// "Forestry Minister"); a nationality does not.
func TestNameVariantOfficeByAnyNoun(t *testing.T) {
	runCases(t, rules.NameVariant, []ruleCase{
		{"veterans", "Veterans Minister Ola Brandt opened the clinic on Monday. Later, Transport Minister Brandt cut the ribbon at the depot.", 1, "Transport Minister"},
		{"forestry", "Forestry Minister Ines Valcourt toured the burned hills. Culture Minister Valcourt promised help for the museum.", 1, "Culture Minister"},
		{"pensions", "Pensions Secretary Amir Dalton spoke first. Employment Secretary Dalton then took questions.", 1, "Employment Secretary"},
		{"same office", "Forestry Minister Ines Valcourt toured the burned hills. Forestry Minister Valcourt promised help.", 0, ""},
		{"nationality", "Kazakh Forestry Minister Ines Valcourt toured the hills. Forestry Minister Valcourt promised help.", 0, ""},
	})
}
