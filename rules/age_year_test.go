package rules_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/copydesk/copydesk/checker/analysis"
	"github.com/copydesk/copydesk/checker/entities"
	"github.com/copydesk/copydesk/rules"
)

func TestAgeYear(t *testing.T) {
	runCases(t, rules.AgeYear, []ruleCase{
		{"born", "Ana Ruiz, 54, was named director. Ruiz was born in 1975 in Cadiz.", 1, "50 or 51"},
		// What an appointment makes a person is that person.
		{"named as", "The board named Ingeborg Thorsrud as its next chief executive, making her the first engineer to run it. Born in 1968, Thorsrud studied in Tirsvik. The 62-year-old engineer starts in April.", 1, "57 or 58"},
		{"making her", "The party elected Lena Dahl, making her the first teacher to lead it. Born in 1980, Dahl grew up in Oslo. The 50-year-old teacher spoke on Monday.", 1, "45 or 46"},
		{"making him, right", "The club hired Paulo Reis, making him the first coach from abroad. Born in 1970, Reis played in Lisbon. The 55-year-old coach arrives in May.", 0, ""},
		// A fronted "Born" phrase right after a dateline's dash.
		{"fronted after a dateline", "KERROW, Ireland, May 6, 2025 — Born in 1981 in the village of Kerrow, on the Clare coast, Aoife Dunleavy grew up by the sea. Dunleavy, 47, rows.", 1, "43 or 44"},
		{"fronted after a dateline, hyphens", "LYON, March 3, 2026 -- Born in 1970 in Lyon, Marc Perrin studied law. Perrin, 61, is a judge.", 1, "55 or 56"},
		{"fronted after a dateline, right", "LYON, March 3, 2026 — Born in 1970 in Lyon, Marc Perrin studied law. Perrin, 55, is a judge.", 0, ""},
		// An aged description whose head comes after noun modifiers, and
		// one that keeps the topic.
		{"plural modifier before the role", "Born in 1981 in Kerrow, Aoife Dunleavy rowed home. She was tired. The 47-year-old former fisheries inspector took up rowing in 2016.", 1, "44 or 45"},
		{"sports reporter", "Born in 1990 in Ghent, Lotte Maes joined the paper. She is quiet. The 41-year-old sports reporter covers cycling.", 1, "35 or 36"},
		{"arms inspector, right", "Born in 1975 in Oslo, Kari Lund joined the agency. She is thorough. The 50-year-old arms inspector flew to Vienna.", 0, ""},
		// What a person is said to be ("she was the first woman to ...") is
		// no one new and no role that rules another out.
		{"predicate is the subject", "Born in 1981, Aoife Dunleavy rowed home. Officials said she was the first woman from Ireland to do so. The 47-year-old former inspector took up rowing in 2016.", 1, "44 or 45"},
		{"predicate is the subject, man", "Born in 1960, Paulo Reis won. He is the oldest man to win the race. The 70-year-old retired farmer said little.", 1, "65 or 66"},
		{"predicate is the subject, right", "Born in 1960, Paulo Reis won. He is the oldest man to win the race. The 65-year-old retired farmer said little.", 0, ""},

		{"born on", "The 62-year-old Ilse Marten runs the library. She was born on June 3, 1970 in Graz.", 1, "is 55"},
		{"restated", "Harbour pilot Duncan Reid, 54, was honoured. Reid spent six hours on the bridge. The 56-year-old said he did his job.", 1, "56 here but 54"},
		{"bare age before told", "Tomás Ruiz, 47, took over in June 2023. The 44-year-old told the radio on Saturday that he was hurt.", 1, "44 here but 47"},
		{"bare age before a past verb", "Coach Lena Voss, 39, was sacked on Monday. The 41-year-old left the ground without a word.", 1, "41 here but 39"},
		{"bare age before a modal", "Pilot Arne Holm, 58, flew the last route. The 60-year-old will retire in May.", 1, "60 here but 58"},
		{"long fronted phrase", "Judge Ada Oyelaran, 58, sits on the appeal court. Born on Nov. 12, 1968, in the river port of Esselbridge on the coast, Oyelaran studied law.", 1, "is 57"},
		{"long fronted phrase, place first", "Pieter Vos, 49, runs the yard. Raised in the fishing village of Kerkdorp and born there in 1970, Vos joined the navy.", 1, "55 or 56"},
		{"long fronted phrase, pronoun", "Lena Aune, 33, won the race. Born in 1985 in the mountain town of Fjellheim near the border, she began skiing at four.", 1, "40 or 41"},
		{"ordinal birthday", "Euphemia Clarke celebrated her 90th birthday on Sunday, June 7, 2026, with a party. Clarke, who was born on June 7, 1938, came to town in 1960.", 1, "1936"},
		{"ordinal birthday in words", "Otto Brandt marked his fortieth birthday in March 2026 on stage. Brandt was born in 1984 in Kiel.", 1, "1986"},
		{"name's birthday", "Fans filled the square for Chidi Okafor's 50th birthday on May 2, 2025. Okafor was born in 1977.", 1, "1975"},
		{"ordinal birthday right", "Euphemia Clarke celebrated her 90th birthday on Sunday, June 7, 2026. Clarke was born on June 7, 1936.", 0, ""},
		{"pronoun keeps the topic", "Marta Ruiz, 41, met Prime Minister Teodor Balan on Monday. Trade has grown since Balan's government took office. She was born in 1975.", 1, "50 or 51"},
		{"pronoun keeps the topic past a possessor", "Nadia Keller, 38, will meet Mayor Piet Smit on Friday. Smit's council approved the plan in May. She was born in 1980.", 1, "45 or 46"},
		{"possessive pronoun keeps the topic", "Coach Ana Lopes, 52, praised striker Joaquim Reis on Sunday. Reis's goal won the cup. Born in Porto in 1984, she began coaching at 30.", 1, "41 or 42"},
		{"who after an appositive place", "Olga Coto, 56, of Miami, who was born in 1960, watched the vote.", 1, "65 or 66"},
		{"who after an appositive role", "Pedro Ruiz, 51, a baker from Lima, who was born in 1960, spoke on Monday.", 1, ""},
		{"who after two appositives", "The mayor thanked Ana Diaz, 44, of Quito, who was born in 1990.", 1, ""},
		{"who after aged", "Kaori Nishimura, aged 41, who was born on 12 March 1981 in Hamaoka, leads the brewery.", 1, "is 44"},
		{"who after aged, he", "Jonas Vik, aged 60, who was born in 1950, leads the club.", 1, "75 or 76"},
		{"who after aged, right", "Jonas Vik, aged 75, who was born in 1950, leads the club.", 0, ""},
		{"b. in brackets", "Its conductor, Anneli Rautakoski, who is 52, led the choir. Anneli Rautakoski (b. 1979) trained in Helsinki.", 1, "46 or 47"},
		{"b. in brackets, after a surname", "Jonas Vik, 60, leads the club. Vik (b. 1950) played in Bergen.", 1, "75 or 76"},
		{"b. in brackets, right", "Jonas Vik, 75, leads the club. Vik (b. 1950) played in Bergen.", 0, ""},
		// A fronted birth before an honorific or title and the name.
		{"fronted before an honorific", "W. Brent LeGere, 39, is chairman. Born in 1944, Mr. LeGere attributed the loss to costs.", 1, "81 or 82"},
		{"fronted before a title", "Marc Perrin, 61, is a judge. Born in 1970 in Lyon, Judge Perrin studied law.", 1, "55 or 56"},
		{"fronted before Dr.", "Ada Oyelaran, 58, runs the ward. Born in 1971, Dr. Oyelaran trained in Ibadan.", 1, "54 or 55"},
		// A place or firm between an age and the role; the lead's unnamed
		// person named in apposition to the same role.
		{"place before the role, named next", "Kyle Corp. said a 52-year-old Seattle investor has signed a letter of intent. The investor, Donald A. Wright, who was born in 1943, will run the firm.", 1, "52"},
		{"place before the role, lawyer", "The council said a 40-year-old Oslo lawyer had won the tender. The lawyer, Kari Lund, was born in 1970.", 1, "40"},
		{"place before the role, trader", "Police said a 30-year-old Lagos trader was held on Monday. The trader, Ade Bello, was born in 1980.", 1, "30"},
		// A name where a role's employer stands is a firm, not the one a
		// relative clause after it is said of.
		{"employer after with", "Jay Stevens, 33, an analyst with Dean Witter Reynolds who was born in 1951, said the results were weak.", 1, "33"},
		{"employer after at", "Ana Ruiz, 40, a professor at Kestria Polytechnic who was born in 1970, led the study.", 1, "40"},
		{"employer after at, economist", "Omar Ali, 50, an economist at Merrill Lynch who was born in 1960, spoke first.", 1, "50"},
		{"who after a clause", "Ana Diaz, 44, said the man, who was born in 1990, had left.", 0, ""},
		{"aged role owned by others", "The gunmen fired after the victim, Linda Sanders, 35, had finished her cleaning. The men took no money from their 38-year-old victim, the police said.", 1, "38 here but 35"},
		{"aged role owned by a firm", "The pilot, Arne Holm, 58, landed safely. The airline praised its 61-year-old pilot on Monday.", 1, "61 here but 58"},
		{"aged role owned by a doctor", "The patient, Rosa Vidal, 70, was discharged on Friday. Dr. Ines Soto said her 72-year-old patient was recovering.", 1, "72 here but 70"},
		{"aged kin owned by someone is new", "The patient, Rosa Vidal, 70, was discharged on Friday. She thanked her 92-year-old mother.", 0, ""},
		{"two ages", "Tomas Berg, 61, saw the boat. \"I know this water,\" said Berg, 63.", 1, "63 here but 61"},
		{"apposition", "John Smith, 54, born in 1975, won the prize.", 1, "50 or 51"},
		{"right", "Ana Ruiz, 50, was named director. Ruiz was born in 1975.", 0, ""},
		{"mother", "Ana Ruiz, 50, was named director. Her mother, 79, was there. The 79-year-old beamed.", 0, ""},
		{"elected at 40", "Mayor Helen Ashby, who was 40 when elected in 2010, will stand down. Ashby, 56, was born in 1970.", 0, ""},
		{"couple", "Anna Lund, 71, and her husband, Erik Lund, 74, run the café. Mr. Lund, born in 1952, built the counter.", 0, ""},
		// A shared surname alone names the person the copy is about, not a
		// relative introduced as such.
		{"surname past a mother", "Thiago Brandão leads the festival. At 38, he is its youngest president. His mother, Lúcia Brandão, 71, sews costumes. Brandão was born in 1982 in Beira-Rio.", 1, "43 or 44"},
		{"surname past a son", "Sigrun Haldorsen, 61, will lead the yard. Her son, Eirik Haldorsen, 31, is a welder. Haldorsen was born in 1966 in Storvik.", 1, "59 or 60"},
		{"surname past a sister", "Dewi Simanjuntak, 44, runs the school. Her sister, Rosmawati Simanjuntak, 52, heads the office. Simanjuntak was born in 1970.", 1, "55 or 56"},
		{"surname past a son, right", "Sigrun Haldorsen, 60, will lead the yard. Her son, Eirik Haldorsen, 31, is a welder. Haldorsen was born in 1966 in Storvik.", 0, ""},
		// Ages written otherwise: after "aged" or in brackets (evidence of
		// a person), after an adverb, ahead ("will turn"), "years of age",
		// and past a relative clause.
		{"aged after a name after by", "The bakery is run by Ama Okafor, aged 47. She was born in 1971 in Lagos.", 1, "54 or 55"},
		{"age in brackets", "Ama Okafor (47) heads the clinic. She was born in 1971.", 1, "54 or 55"},
		{"aged after a name after with", "The talks were led by Jonas Vik, aged 60. Vik was born in 1950.", 1, "75 or 76"},
		{"now after the copula", "Born in 1971, Ama Okafor is now 47 and runs the bakery.", 1, "54 or 55"},
		{"still after the copula", "Pieter Vos was born in 1980. He is still 35, his papers say.", 1, "45 or 46"},
		{"only after the copula", "Lena Aune was born in 1985. She is only 30 and leads the team.", 1, "40 or 41"},
		{"nearly is a hedge, right", "Lena Aune was born in 1985. She is nearly 41 and leads the team.", 0, ""},
		{"will turn", "Ama Okafor runs the bakery. She will turn 47 in May. She was born in 1971.", 1, ""},
		{"is set to turn", "Jonas Vik leads the club. He is set to turn 70 in June. Vik was born in 1950.", 1, ""},
		{"will turn, right", "Ama Okafor runs the bakery. She will turn 55 in May. She was born in 1971.", 0, ""},
		{"years of age", "Ama Okafor heads the clinic. She is 47 years of age. Okafor was born in 1971.", 1, "54 or 55"},
		{"years of age, after a name", "Jonas Vik, 60 years of age, leads the club. Vik was born in 1950.", 1, "75 or 76"},
		{"years of age, right", "Ama Okafor heads the clinic. She is 54 years of age. Okafor was born in 1971.", 0, ""},
		{"past a relative clause", "Ama Okafor runs the bakery. Okafor, who was born in 1971, is 47.", 1, "54 or 55"},
		{"past a relative clause, he", "Jonas Vik leads the club. Vik, who was born in 1950 in Bergen, is 70.", 1, "75 or 76"},
		{"past a relative clause, right", "Jonas Vik leads the club. Vik, who was born in 1950 in Bergen, is 75.", 0, ""},
		// A noun that names a person in a later sense is a role in a slot
		// that takes a person: after an age, or as what the subject has
		// been made or become.
		{"principal after a linking verb", "Dewi Sirait, who turned 47 in May, has been the school's principal since 2016. The 44-year-old principal said the roof was new.", 1, "44"},
		{"counsel named", "Ines Moreau, 51, was named the firm's counsel in 2020. The 55-year-old counsel said little.", 1, "55 here but 51"},
		{"head who became", "Omar Ali, 40, became head of the museum in May. The 43-year-old head opened the wing.", 1, "43 here but 40"},
		{"principal, right", "Dewi Sirait, 44, has been the school's principal since 2016. The 44-year-old principal said the roof was new.", 0, ""},
		{"promoted to", "Sigrun Dahl, who was promoted to chief engineer in January, was born in 1966. The 61-year-old engineer spoke on Monday.", 1, "59 or 60"},
		{"appointed as", "Omar Ali was appointed as curator of the museum in May. He was born in 1980. The 50-year-old curator opened the wing.", 1, "45 or 46"},
		{"elevated to", "Ana Ruiz has been elevated to chief judge of the court. Ruiz was born in 1970. The 60-year-old judge read the ruling.", 1, "55 or 56"},
		// "The former X" is not the one the copy made X.
		{"former rector", "Ewa Wolska, 57, became rector on Sept. 1, succeeding Jan Zielinski. The former rector, 70, now teaches.", 0, ""},
		{"former mayor", "Ana Ruiz, 44, was elected mayor in May. The former mayor, 68, congratulated her.", 0, ""},
		{"former coach", "Pieter Vos, 39, became coach of the club in June. The former coach, 61, moved to Ghent.", 0, ""},
		{"former mayor named so", "Former Mayor Ana Ruiz, 44, spoke first. The former mayor, 47, left early.", 1, "47 here but 44"},
		{"former role of the lead", "A former municipal treasurer went on trial on Wednesday. Rui Mendonca was born on 14 August 1979 in Areosa. Leaving court, the 47-year-old former treasurer said he was innocent.", 1, ""},
		{"former role of the lead, mayor", "A former mayor was charged on Monday. Ana Ruiz was born in 1970 and ran the town for a decade. The 60-year-old former mayor denied the charges.", 1, "55 or 56"},
		{"former role of the lead, right", "A former mayor was charged on Monday. Ana Ruiz was born in 1970 and ran the town for a decade. The 56-year-old former mayor denied the charges.", 0, ""},
		// A role "be" gave someone in the past ("was the region's first
		// president") is one "the former X" may name; "has been" and a
		// passive appointment ("was elected mayor") give one held now.
		{"was its first president", "Marta Salgado won. Her father, Andres Salgado, was the region's first president and was born in 1936. The former president, now 80, watched.", 1, "Andres Salgado is 80"},
		{"was the club's first coach", "Lena Berg runs the club. Ivo Lund was the club's first coach. Lund was born in 1950. The former coach, 60, came to the match.", 1, "Ivo Lund is 60"},
		{"had been its chairman", "Rita Moss chairs the board. Paul Hale had been the board's chairman until May. Hale was born in 1962. The former chairman, 70, left.", 1, "Paul Hale is 70"},
		{"has been the board chairman", "Paul Hale has been the board's chairman since 2010. Hale was born in 1962. The former chairman, 70, left.", 0, ""},
		// A couple named by two given names and one surname are two
		// people; a surname alone after them names neither for sure.
		{"couple by given names", "Among the victims were Gwen and Idris Treharne. Mrs. Treharne, 81, lost a ring. Mr. Treharne, 84, fitted new locks.", 0, ""},
		{"couple by given names, bakers", "Hildegard and Emeka Okonkwo run the bakery. Mrs. Okonkwo, 59, fears the roadworks. Mr. Okonkwo, 61, does not.", 0, ""},
		{"couple by given names, vintners", "Ana and Luis Prado own the vineyard. Ms. Prado, 40, runs the cellar. Mr. Prado, 45, sells the wine.", 0, ""},
		{"couple by given names, surname alone", "Among the victims were Gwen and Idris Treharne. Treharne, 81, lost a ring. Later, Treharne, 84, fitted new locks.", 0, ""},
		{"couple by given names, surname alone, bakers", "The bakery is run by Hildegard and Emeka Okonkwo. Okonkwo, 59, fears the roadworks. Later, Okonkwo, 61, shrugged.", 0, ""},
		{"couple by given names, surname alone, vintners", "The vineyard belongs to Ana and Luis Prado. Prado, 40, runs the cellar. Later, Prado, 45, sold the wine.", 0, ""},
		// An honorific the person's known gender rules out names someone
		// else of that surname.
		{"Mrs. after a man", "Samuel Karanja, the headmaster, died on Friday. He was 82. Karanja married Grace Njeri in 1967. Mrs. Karanja, a retired nurse, is 80.", 0, ""},
		{"Mrs. after a man, mayor", "Omar Haddad, 60, is the mayor. He was elected in May. Mrs. Haddad, 55, teaches music.", 0, ""},
		{"Mr. after a woman", "Anna Berg, 40, leads the team. She joined in 2010. Mr. Berg, 45, is a pilot.", 0, ""},
		// A bare aged description keeps the topic when the person named in
		// passing was given another age.
		{"bare age keeps the topic", "Almaz Tesfaye (b. 1985) ran alone and finished ahead of Kenya's Mercy Wanjiku, 24. The 41-year-old said she had nearly retired.", 0, ""},
		{"bare age keeps the topic, runner-up", "Lena Aune won the race, beating Sara Holm, 22. The 39-year-old said the hill was hard.", 0, ""},
		{"bare age keeps the topic, wrong", "Lena Aune, 35, won the race, beating Sara Holm, 22. The 39-year-old said the hill was hard.", 1, "39 here"},
		// A firm the clause calls "its" is no person, and what the subject
		// joined or trained as is said of the subject.
		{"firm named someone as its chief", "Nordvik Cables named Teodora Valkonen as its chief executive on Monday. Born in 1979, she joined Nordvik as a trainee engineer in 2003. The 49-year-old engineer spoke to analysts.", 1, "46 or 47"},
		{"firm cut its forecast", "Atlas Motors cut its forecast on Monday. Its chief, Ola Berg, 55, was born in 1970. The 58-year-old chief spoke first.", 1, "58 here but 55"},
		{"firm hired someone as its coach", "Dornbach Rovers hired Emre Kalkan as its coach in May. Kalkan was born in 1980. The 50-year-old coach met the players.", 1, "45 or 46"},
		// An age reached at a time to come gives the birth year too.
		{"turns 41 next month", "Meena Selvam, a surveyor who turns 41 next month, found the stone. The 41-year-old surveyor said so.", 1, "is 40"},
		{"turns 41 next month, right", "Meena Selvam, a surveyor who turns 41 next month, found the stone. The 40-year-old surveyor said so.", 0, ""},
		{"turned 58 last spring", "Ola Berg, a skipper who turned 58 last spring, sails alone. The 60-year-old skipper said so.", 1, "60 here"},
		// An age at a dated time gives the birth as one of two years.
		{"was 24 when she joined in 1998", "Teresa Brandao was 24 when she joined the firm in 1998. She was born in 1971.", 1, "1973 or 1974"},
		{"was 29 when he opened a bar in 2003", "Min-jun Choi was 29 when he opened his first bar in 2003. Choi, who was born in 1978, now owns nine.", 1, "1973 or 1974"},
		{"was 30 in 1990", "Ana Ruiz was 30 in 1990. Ruiz was born in 1955.", 1, "1959 or 1960"},
		{"was 30 when she opened the shop, now", "Lena Voss was 30 when she opened the shop in 2001. Voss, 61, still runs it.", 1, "61 here"},
		{"was 30 when she opened the shop, right", "Lena Voss was 30 when she opened the shop in 2001. Voss, 55, still runs it.", 0, ""},
		{"was 30 when, another clause dated", "Lena Voss was 30 when she moved, and in 2001 she opened the shop. Voss was born in 1950.", 0, ""},
		{"was 40 when; another clause dated", "Omar Haddad was 40 when he left; in 2010 he returned. Haddad was born in 1950.", 0, ""},
		{"was 22 when, by a year", "Rui Costa was 22 when the war ended, and by 1990 he ran the farm. Costa was born in 1950.", 0, ""},
		// A step in a life taken "at" an age dates that age.
		{"died at 88 in January", "Ingrid Solvang died at 88 in January. She was born in 1936.", 1, "1937 or 1938 (died at 88 in January)"},
		{"retired at 60 in 2019", "Rui Costa retired at 60 in 2019. Costa was born in 1950.", 1, "1958 or 1959"},
		{"married at 19 in 1990", "Ana Lind married at 19 in 1990. Lind, 50, runs a bakery.", 1, "50 here"},
		{"retired at 60 in 2019, right", "Rui Costa retired at 60 in 2019. Costa was born in 1959.", 0, ""},
		// A given name told alone before a surname that is also a plural
		// noun leaves the full name a person's.
		{"surname a plural noun, Prates", "\"Osvaldo is part of our history,\" Santana said. Osvaldo Prates, 61, left on Monday. The 63-year-old wrote a letter.", 1, "63 here but 61"},
		{"surname a plural noun, Fields", "\"Rita never gave up,\" her coach said. Rita Fields, 40, won on Monday. The 44-year-old thanked the crowd.", 1, "44 here but 40"},
		{"surname a plural noun, Banks", "\"Tom knows the river,\" the mayor said. Tom Banks, 58, led the rescue. The 52-year-old was praised.", 1, "52 here but 58"},
		// Relatives coordinated with each other, each by a kinship noun, are
		// both relatives: a surname alone still names the principal.
		{"kin and kin, farmer", "Somchai Wongsakul, 58, collapsed. His wife, Malee Wongsakul, 55, and their son, Anan Wongsakul, 31, found him. Born in 1964, Wongsakul farmed rice.", 1, "Somchai Wongsakul is 58"},
		{"kin and kin, runner", "Ola Berg, 40, won the race. His mother, Kari Berg, 70, and his sister, Liv Berg, 35, watched. Berg was born in 1980.", 1, "Ola Berg is 40"},
		{"kin and kin, right", "Ana Ruiz, 50, spoke. Her husband, Luis Ruiz, 52, and their daughter, Eva Ruiz, 20, listened. Ruiz was born in 1976.", 0, ""},
		// A pronoun opening a sentence after one that names the copy's
		// first-named person as an owner is that person, not a subject
		// paragraphs back.
		{"topic owner, dairyman", "Hendrik Vermeulen, born in 1961, milks the cows. Inspector Pieter de Graaf visited in May. He found the records clean. Kees Bakker sold his land in May. The province has offered farmers money, and two of Vermeulen's neighbours have taken it. He has not applied. The 67-year-old dairyman walks the ditches.", 1, "Hendrik Vermeulen is 67"},
		{"topic owner, baker", "Ana Lopes, born in 1970, runs the bakery. Inspector Rita Sousa came in May. She praised the ovens. Eva Mota sold her shop in May. The chain has bought shops nearby, and two of Lopes's rivals have sold to it. She has not sold. The 60-year-old baker opens at five.", 1, "Ana Lopes is 60"},
		{"topic owner, miller", "Tomas Berg, born in 1960, owns the mill. Engineer Ivo Lund came in June. He checked the wheel. Nils Holm sold his farm in May. The town offered jobs in the city, and most of Berg's workers have taken them. He stayed on. The 70-year-old miller grinds rye.", 1, "Tomas Berg is 70"},
		// A possessive pronoun read across sentences tells no gender.
		{"her across sentences, father", "Hendrik Vermeulen, 64, married Marijke in 1987. The couple bought the farm with a loan from her father. He was born in 1955.", 1, "Hendrik Vermeulen is 64"},
		{"her across sentences, uncle", "Omar Haddad, 50, met Leila in 1999. The pair opened a cafe with money from her uncle. He was born in 1960.", 1, "Omar Haddad is 50"},
		{"her across sentences, mother", "Jon Lind, 40, wed Sara in 2010. The two bought a boat with savings from her mother. He was born in 1970.", 1, "Jon Lind is 40"},
		// A role in apposition after "aged N" is the named person's; a
		// compound role ("chief executive") before "who" is the role's person.
		{"aged then role, chief executive", "Carsten Holm, aged 58, the former chief executive of the firm, denies fraud. Judges met. The 60-year-old former chief executive said nothing.", 1, "60 here but 58"},
		{"aged then role, coach", "Rita Lund, aged 44, the club's head coach, resigned on Monday. Fans were angry. The 47-year-old coach spoke later.", 1, "47 here but 44"},
		{"aged then role, right", "Omar Diallo, aged 70, a retired surgeon, opened the clinic. Crowds came. The 70-year-old surgeon cut the ribbon.", 0, ""},
		{"compound role before who, turned", "Carsten Holm, 58, ran the firm. Judges met on Monday. The former chief executive, who turned 60 in January, listened.", 1, "Carsten Holm is 58"},
		{"compound role before who, turns", "Ana Ruiz, 44, leads the bank. Shares rose. The chief executive, who turns 50 in May, spoke.", 1, "Ana Ruiz is 44"},
		{"compound role before who, right", "Ana Ruiz, 49, leads the bank. Shares rose. The chief executive, who turns 50 in May, spoke.", 0, ""},
		// "her" before a noun phrase is its owner, even where the tagger
		// reads it as an object ("celebrated her 104th birthday").
		{"her birthday, 104th", "Ottilie Brandstatter, the oldest resident of the village, celebrated her 104th birthday on Saturday. Brandstatter was born in 1925.", 1, "1925"},
		{"her birthday, 50th", "Ana Ruiz, the town's mayor, celebrated her 50th birthday on Monday. Ruiz was born in 1970.", 1, "1970"},
		{"her birthday, 40th", "Lena Voss, the ship's captain, celebrated her 40th birthday at sea on Friday. Voss was born in 1990.", 1, "1990"},
		// A relative clause on the place of a fronted birth has verbs of its
		// own; the subject follows it.
		{"fronted birth, place with a relative clause", "Dawit Alemu, 27, won the race. Born in 2001 in Bekoji, the highland town that has produced many champions, he moved to Addis Ababa as a teenager.", 1, "Dawit Alemu is 27"},
		{"fronted birth, place with which", "Ana Ruiz, 40, won the seat. Born in 1980 in Cadiz, a port which has built ships for centuries, she studied law in Seville.", 1, "Ana Ruiz is 40"},
		{"fronted birth, place with who", "Omar Diallo, 33, scored twice. Born in 1985 in Dakar, the city whose club first signed him, he moved to Lyon at 17.", 1, "Omar Diallo is 33"},
		// "aged N" after a clause told in the past (not a death) is the age
		// then; after a name it is the name's age now.
		{"aged at a past step, teacher", "Dr. Farhan Siddiqui, 63, retires this summer. He joined the school as a class teacher, aged 35, and became head in 2009.", 0, ""},
		{"aged at a past step, nurse", "Ama Okafor, 58, runs the clinic. She arrived in Lagos as a young nurse, aged 22, and opened the clinic in 1995.", 0, ""},
		{"aged at a past step, apprentice", "Rui Costa, 70, still builds boats. He started at the yard as an apprentice, aged 15, and bought it in 1990.", 0, ""},
		// "I'm 64" in direct speech is the speaker's age.
		{"quoted first person, inverted", "\"I'm 64 and I have never seen the water this high,\" said Akosua Boateng. Born in March 1958, Boateng sells cloth.", 1, "Akosua Boateng is 64"},
		{"quoted first person, pronoun", "Tomas Berg was born in 1950. \"I am 71, and I still fish every day,\" he said.", 1, "Tomas Berg is 71"},
		{"quoted first person, before", "Lena Voss said: \"I'm 39 and nobody hires me.\" Voss was born in 1980.", 1, "Lena Voss is 39"},
		{"quoted first person, then", "\"I was 30 when I opened the shop,\" said Ana Ruiz. Ruiz was born in 1970.", 0, ""},
		{"quoted first person, right", "\"I'm 55,\" said Ana Ruiz. Ruiz was born in 1970.", 0, ""},
		// After a linking verb "its" owns the predicate, not the subject: the
		// subject stays a person.
		{"was its first coach", "Ivo Lund was its first coach. Lund was born in 1950. The 60-year-old coach came to the match.", 1, "Ivo Lund is 60"},
		{"has been its chairman", "Paul Hale has been its chairman since 2010. Hale was born in 1962. The 70-year-old chairman left early.", 1, "Paul Hale is 70"},
		{"became its director", "Nadia Sousa became its director in May. Sousa was born in 1981. The 50-year-old director opened the show.", 1, "Nadia Sousa is 50"},
		{"worked as a nurse", "Born in 1971, Ama Okafor worked as a nurse in Lagos. The 60-year-old nurse now runs a clinic.", 1, "54 or 55"},
		{"trained as a pilot", "Born in 1980, Jonas Vik trained as a pilot in Bergen. The 40-year-old pilot flies to Oslo.", 1, "45 or 46"},
		// A titled surname named before a relative's full name is the
		// principal, not that relative.
		{"titled surname before a wife", "Dean Whitcombe, 61, runs the shop. His wife, Margaret Whitcombe, 58, keeps the accounts. Whitcombe bought it in 1993.", 0, ""},
		{"titled surname before a husband", "Judge Harlow, 60, presided. Her husband, Tom Harlow, 62, watched from the gallery.", 0, ""},
		{"titled surname before a son, wrong", "Mayor Quint, 50, spoke first. His son, Ari Quint, 20, listened. Quint was born in 1960.", 1, "65 or 66"},
		// After a kinship noun, a title word before a surname alone is a
		// given name: the relative is named in full.
		{"brother named Dean", "Liam Farrant, 34, was jailed and his brother, Dean Farrant, 29, was fined.", 0, ""},
		{"cousin named Dean", "Ana Holt, 52, runs the farm with her cousin, Dean Holt, 40.", 0, ""},
		{"son named Dean", "Grace Okafor, 45, and their son, Dean Okafor, 12, waved.", 0, ""},
		// A firm named for a family is no person, by a thing's noun in
		// apposition.
		{"firm in apposition to a mill", "Montefusco Tessuti, the family-owned wool mill, bought a rival. The deal is the first for 43-year-old Chiara Montefusco. Her father, Aldo Montefusco, 74, is chairman. Montefusco was born in 1980.", 1, "45 or 46"},
		{"firm in apposition to a bakery", "Okafor Brothers, the town's oldest bakery, reopened. Its owner, Ada Okafor, 40, thanked the staff. Her uncle, Obi Okafor, 70, watched. Okafor was born in 1975.", 1, "50 or 51"},
		{"firm in apposition to a haulier", "Sorokin Haulage, a family-run haulier, won the contract. Its head, Oleg Sorokin, 53, was born in 1973.", 0, ""},
		// A birthday reached at a time the clause gives, a few words on.
		{"birthday on the trail last month", "Rasmus Thorvaldsen, 52, is running again. Thorvaldsen, who celebrated his 55th birthday on the campaign trail last month, smiled.", 1, "1971"},
		{"birthday at home in March", "Ana Reyes, 44, runs the shop. Reyes celebrated her 49th birthday at home in March.", 1, ""},
		{"birthday at home in March, right", "Ana Reyes, 49, runs the shop. She celebrated her 49th birthday at home in January.", 0, ""},
		// The speaker of a quote, after "said", is the quote's subject;
		// the verbs of a quote that opens its sentence are not the clause's.
		{"said the aged role after a quote", "Born in 1961, Ines Valadares runs the yard. \"People told me wood was finished,\" the boatbuilder said. \"I will stay,\" said the 58-year-old boatbuilder.", 1, "64 or 65"},
		{"said the aged role after a quote, chef", "Born in 1970, Omar Haddad runs the kitchen. \"We cook what the sea brings,\" said the 60-year-old chef.", 1, "55 or 56"},
		{"said the aged role after a quote, right", "Born in 1970, Omar Haddad runs the kitchen. \"We cook what the sea brings,\" said the 55-year-old chef.", 0, ""},
		// An aged role used as a title before a name; a definite role in
		// apposition to the name after it; a long title after a fronted
		// birth.
		{"aged role before a name", "Mariners signed the 29-year-old defender Ebo Quansah on Monday. Quansah was born on 2 November 1999.", 1, "is 26"},
		{"aged role before a name, nurse", "The clinic hired the 40-year-old nurse Ada Obi. Obi was born in 1975.", 1, "50 or 51"},
		{"aged role before a name, right", "Mariners signed the 26-year-old defender Ebo Quansah on Monday. Quansah was born on 2 November 1999.", 0, ""},
		{"definite role in apposition before a name", "The 47-year-old chief executive, Luciana Bastos, will stay. Bastos was born in 1970 in Recife.", 1, "55 or 56"},
		{"definite role in apposition before a name, coach", "The 38-year-old coach, Ola Berg, signed on. Berg was born in 1980.", 1, "45 or 46"},
		{"definite role in apposition before a name, editor", "The 52-year-old editor, Mira Sandoval, resigned. Sandoval was born in 1960.", 1, "65 or 66"},
		{"long title after a fronted birth", "Born in 1971 in Homa Bay, Senior Resident Magistrate Grace Achieng has sat since 2019. Achieng, 58, read the verdict.", 1, "54 or 55"},
		{"long title after a fronted birth, judge", "Born in 1960, Chief Justice Ana Ruiz took office in May. Ruiz, 70, spoke.", 1, "65 or 66"},
		// A bare age after "said the" and a quote is the speaker's, named
		// before the quote, not a word inside it; a role noun that
		// modifies another noun ("victim statements") is no person.
		{"said the bare age after a quote", "Born in 1971, Judge Grace Achieng read the verdict. \"I have read all 37 victim statements,\" said the 58-year-old.", 1, "54 or 55"},
		{"said the bare age after a quote, coach", "Coach Ola Berg, 50, was calm. \"We played well,\" said the 52-year-old.", 1, "52 here but 50"},
		{"said the bare age after a quote, right", "Coach Ola Berg, 50, was calm. \"We played well,\" said the 50-year-old.", 0, ""},
		// Ages of a group are no one's.
		{"group aged after a plural", "Inspector Aino Rautio, 44, said the men, aged 23 and 31, were held.", 0, ""},
		{"group aged, a range", "Teacher Ola Berg, 50, led the pupils, aged 9 to 11, home.", 0, ""},
		{"group aged, children", "Nurse Eva Lind, 39, cared for three children aged 4 and 6.", 0, ""},
		{"group aged, a couple", "Inspector Aino Rautio, 44, said the couple, aged 70 and 72, were safe.", 0, ""},
		{"group aged, a pair", "Coach Ola Berg, 50, praised the pair, aged 19 and 20, after the race.", 0, ""},
		{"group aged, a duo", "Judge Ana Ruiz, 61, sentenced the duo, aged 23 to 25, on Monday.", 0, ""},
		{"other person between", "Ana Ruiz, 54, spoke. Her mother, 79, listened. The 79-year-old smiled.", 0, ""},
		{"turned last year", "Mamadou Diop, aged 52, leads the union. Diop, who turned 60 last year, spoke first.", 1, "turned 60 last year"},
		{"turned in a month", "Ana Reyes, 44, runs the shop. She turned 49 in January, her sister said.", 1, "turned 49 in January"},
		{"turned agrees", "Ana Reyes, 49, runs the shop. She turned 49 in January, her sister said.", 0, ""},
		{"two births", "Ola Berg turned 58 in 2025. Berg was born in 1960 in Bergen.", 1, "born 1960 here but 1967"},
		{"at 39 now", "Karim Haddad leads the chamber. At 39, he is its youngest head. He was born in 1981.", 1, "44 or 45"},
		{"quoted she", "Femke de Wit, 45, coaches Sanne Visser. \"She is 27, which is young,\" de Wit said.", 0, ""},
		{"quoted he", "Coach Omar Ali, 50, praised the striker. \"He is 19 and fearless,\" Ali said.", 0, ""},
		{"quoted said she", "Mayor Ana Ruiz, 54, spoke of her deputy. \"She is 38 and ready,\" said Ruiz.", 0, ""},
		{"as a role then", "Amara Diallo, 51, is governor. She joined the bank as a 32-year-old economist in 2007.", 0, ""},
		{"as a role then, he", "Omar Ali, 50, coaches the side. He came to the club as a 24-year-old striker in 2000.", 0, ""},
		{"as a role then, fronted", "Ana Ruiz, 54, leads the party. She entered parliament as a 29-year-old lawyer in 2001.", 0, ""},
		{"born on a day, fronted, place after", "Maja Lindqvist, 47, runs the firm. Born on August 14, 1979, in Gislaved, she started it in 2006.", 1, "is 46"},
		{"born in a year, fronted, place after", "Ola Berg, 40, runs the yard. Born in 1960, in Bergen, he bought it in 1990.", 1, "65 or 66"},
		{"died aged, with the year", "Lucia Ferro, born on May 3, 1921, painted lemons. She died on Nov. 9, 1998, aged 77.", 0, ""},
		{"died aged, no year", "Arne Solheim, born in 1955, led the choir. He died on Sunday aged 68.", 1, "70 or 71"},
		{"at 19 then", "Karim Haddad, 44, leads the chamber. At 19, he joined it. He was born in 1981.", 0, ""},
		// A role followed by whose it is, then a name in apposition.
		{"role of, skipper", "The veteran skipper of the Gausdal Curling Club's women's team, Margit Solheim, 52, won again. Her coach, Oddvar Haugen, 60, cheered. The 55-year-old skipper spoke later.", 1, "Margit Solheim is 55"},
		{"role of, conductor", "The principal conductor of the Tisza Philharmonic, Reka Fekete, 38, signed on. Its manager, Ivo Rus, 50, agreed. The 41-year-old conductor begins in May.", 1, "Reka Fekete is 41"},
		{"role of, captain", "The captain of the city's rowing club, Ola Berg, 30, retired. His partner, Kari Moe, 29, rows too. The 33-year-old captain waved.", 1, "Ola Berg is 33"},
		// A verb in a fronted phrase is no verb of the clause: the name
		// after it is the subject the next pronoun keeps.
		{"fronted phrase subject, runner", "Ngaire Whitcombe, 70, runs marathons. Her coach, Aroha Ngata, 44, trains her. \"Sleep and hills,\" Ngata said. At the finish on Sunday, wrapped in a blanket, Ngaire Whitcombe smiled. She was born in 1958.", 1, "Ngaire Whitcombe is 70"},
		{"fronted phrase subject, rower", "Ole Vik, 61, rows every day. His doctor, Eva Lind, 50, checks him. \"He is fit,\" Lind said. On the quay on Monday, wrapped in a coat, Ole Vik laughed. He was born in 1950.", 1, "Ole Vik is 61"},
		{"fronted phrase subject, baker", "Ana Sousa, 44, bakes bread. Her partner, Rui Lopes, 50, sells it. \"We never stop,\" Lopes said. At the gate, wrapped in a scarf, Ana Sousa waited. She was born in 1970.", 1, "Ana Sousa is 44"},
		// A relative introduced as such is someone else, whatever name
		// they share; two nouns joined by "and" may name one relative.
		{"namesake, keeper", "Ferdinand Achterberg, who kept the light, died on Saturday. He was 91. His grandson and namesake, Ferdinand Achterberg, 30, is a coastguard officer.", 0, ""},
		{"namesake, founder", "Luis Ortega, 80, founded the club in 1970. His son and namesake, Luis Ortega, 55, runs it now.", 0, ""},
		{"namesake, baker", "Maria Costa, 70, opened the bakery in 1980. Her granddaughter and namesake, Maria Costa, 25, now bakes the bread.", 0, ""},
		{"same name, son", "Luis Ortega, 80, founded the club in 1970. His son, Luis Ortega, 55, runs it now.", 0, ""},
		// A nickname quoted inside a name leaves the name one run.
		{"nickname, postmistress", "Margarethe \"Grete\" Oberhuber, who keeps the post office, will retire in April. Oberhuber, 58, was born in 1960 in Lienz.", 1, "Margarethe \"Grete\" Oberhuber is 58"},
		{"nickname, cook", "Joaquin 'Quino' Arrieta runs the grill at the inn. Arrieta, 47, was born in 1970.", 1, "Joaquin 'Quino' Arrieta is 47"},
		{"nickname, coach", "Kwame \"Big K\" Mensah coaches the under-12s. Mensah, 30, was born in 1980.", 1, "Kwame \"Big K\" Mensah is 30"},
		// The subject of a fronted phrase of a life is the biography's.
		{"life phrase subject, skipper", "Stavros Kalo, who celebrated his 90th birthday last month, sold the ferry. Nikos Pappas, 50, bought it. The island cheered. Born in 1930 on Tinos, the retired skipper moved to the island as a boy.", 1, "Stavros Kalo"},
		{"life phrase subject, shopkeeper", "Ada Berg, 70, closed the shop. Eva Lind, 40, bought the stock. Customers queued all day. Raised in Bergen and born in 1950, the former shopkeeper moved north in 1980.", 1, "Ada Berg is 70"},
		{"life phrase subject, teacher", "Luis Mora, 65, retired on Friday. Pedro Ruiz, 30, replaces him. Pupils sang. Born in 1955 in Cadiz, the veteran teacher taught for 40 years.", 1, "Luis Mora is 65"},
		// "Her name is X" names the person a description introduced.
		{"name is, innkeeper", "A woman in a plum kimono kneels at the door. Her name is Sachiko Kurebayashi, and she turned 50 last April. Kurebayashi, 53, runs the inn.", 1, "Sachiko Kurebayashi is 53"},
		{"name is, fisherman", "A man in a blue coat waits on the quay. His name is Ole Vik, and he turned 60 last May. Vik, 64, still fishes.", 1, "Ole Vik is 64"},
		{"name is, violinist", "A girl with a violin stands on the corner. Her name is Mia Holm, and she turned 12 last June. Holm, 15, plays daily.", 1, "Mia Holm is 15"},
		// A fronted "Aged N," is the subject's age now.
		{"fronted aged, violinist", "Rocio Valdivia leads the violins. She was born in 1989 in Oaxaca. Aged 33, Valdivia is already planning ahead.", 1, "Rocio Valdivia is 33"},
		{"fronted aged, captain", "Born in 1970, Ole Vik skippers the ferry. Aged 50, Vik still takes the night run.", 1, "Ole Vik is 50"},
		{"fronted aged, pronoun", "Ana Lind was born in 1960. Aged 70, she still teaches the piano.", 1, "Ana Lind is 70"},
		// "I'm N years old" in a quote is the speaker's age, as "I'm N" is.
		{"first person years old, court", "Aurelio Benitez was born on 11 August 1957 in Quintero. \"I'm 64 years old and I have never been in court,\" Benitez said.", 1, "Aurelio Benitez is 64"},
		{"first person years old, student", "Mara Voss was born in 1970 in Kiel. \"I'm 40 years old and still learning,\" Voss said.", 1, "Mara Voss is 40"},
		{"first person years old, baker", "Born in 1985, Tariq Aziz runs the bakery. \"I'm 33 years old, and this is my life,\" said Aziz.", 1, "Tariq Aziz is 33"},
		// The office after a verb of appointment and its object is the
		// object's ("named Lena Dahl its treasurer").
		{"appointed, treasurer", "The club named Lena Dahl its treasurer on Monday. Dahl was born in 1980 in Bergen. Ivo Rus, 50, and Kari Moe, 41, sit on the board. The treasurer, who turned 50 last year, spoke first.", 1, "Lena Dahl"},
		{"appointed, registrar", "The court appointed Eva Lind its registrar in 2020. Lind was born in 1975. Jon Ek, 61, and Per Aas, 44, are judges. The registrar, who turned 55 last year, keeps the files.", 1, "Eva Lind"},
		{"appointed, captain", "The club named Ola Berg its captain in June. Berg was born in 1990. Tim Roe, 30, and Sam Lee, 28, are the vice-captains. The captain, who turned 40 last year, trains daily.", 1, "Ola Berg"},
		// An aged role in the sentence that named its one person is that
		// person, whatever role the sentence gave them.
		{"same sentence, conductor", "The orchestra named Reka Fekete its music director on Thursday, making the 38-year-old conductor the first woman in the post. Fekete was born in 1984.", 1, "Reka Fekete is 38"},
		{"same sentence, coach", "The club named Ivo Rus its sporting director on Monday, making the 40-year-old coach the youngest in the league. Rus was born in 1975.", 1, "Ivo Rus is 40"},
		{"same sentence, surgeon", "The hospital named Ana Sousa its medical director in May, making the 35-year-old surgeon the youngest head in its history. Sousa was born in 1980.", 1, "Ana Sousa is 35"},
		// The indefinite object of a verb of describing characterises the
		// copy's topic; it introduces nobody new.
		{"described, coach", "Ibrahima Faye, 44, coaches the national side. Players describe a coach who runs long practices. \"Free throws win finals,\" he said. The 46-year-old turned down two offers.", 1, "Ibrahima Faye is 46"},
		{"described, rowing", "Tomas Berg, 50, trains the rowing eight. Rowers describe a trainer who rarely shouts. \"Calm boats are fast,\" he said. The 52-year-old turned down a job abroad.", 1, "Tomas Berg is 52"},
		{"described, hotel", "Ines Roth, 47, manages the hotel. Guests describe a manager who remembers every name. \"Names are the job,\" she said. The 49-year-old turned down a post in Zurich.", 1, "Ines Roth is 49"},
		// Two indefinite noun phrases joined by "and" before a comma are
		// two people, not a fronted phrase and its subject.
		{"coordinated descriptions, arrests", "Police made two arrests. A 23-year-old man and a 31-year-old woman, both from Norrkoping, were detained on Tuesday.", 0, ""},
		{"coordinated descriptions, crash", "The bus left the road. A 40-year-old teacher and a 19-year-old student, both from Lyon, were hurt.", 0, ""},
		{"coordinated descriptions, herd", "The cattle escaped at night. A 70-year-old farmer and a 45-year-old vet, both from Tarn, found the herd.", 0, ""},
		// Two noun phrases joined by "and" name two people, whatever title
		// the first seems to carry.
		{"coordinated relatives, Dean", "Dean Harker, 34, and Lee Harker, 29, both of Spennymoor, were arrested on Monday.", 0, ""},
		{"coordinated relatives, Major", "Major Lindt, 50, and Eva Lindt, 47, run the farm near Ulm.", 0, ""},
		{"coordinated relatives, Bishop", "Bishop Carr, 70, and Ruth Carr, 66, opened the fete.", 0, ""},
		// A sentence with no person for its subject that names one person
		// for the first time presents them to the pronoun after it.
		{"presented, sergeant", "Cathal Dunleavy, 72, runs the club. His daughter, Siobhan Dunleavy, 44, runs the girls' section. The volunteers include Sergeant Orla Brennan, 41, of the local station. She was 22 when she joined the force in 2007.", 0, ""},
		{"presented, doctor", "Ana Ruiz, 50, chairs the board. The guests included Dr. Eva Soto, 36, of the city hospital. She was 25 when she qualified in 2015.", 0, ""},
		{"presented, farm hand", "Omar Said, 60, owns the farm. The workers include Pedro Lima, 30, from Braga. He was 20 when he arrived in 2016.", 0, ""},
		// With nobody of its gender in the sentences just before, a pronoun
		// keeps the copy's topic, the person it named first.
		{"topic pronoun, bookseller", "Ingrid Solvang, 61, runs the shop. She bought it in 2012. Arne Tveit sold it. He comes on Saturdays. He reads poetry. He drinks coffee. Her road was long. Born in 1958, she trained as a mechanic.", 1, "Ingrid Solvang is 61"},
		{"topic pronoun, boatbuilder", "Tomas Berg, 50, builds boats. He started in 2001. Ana Lind buys them. She sails. She races. She wins. His hands are scarred. Born in 1960, he learned the trade in Bergen.", 1, "Tomas Berg is 50"},
		{"topic pronoun, tuner", "Mei Chen, 40, tunes pianos. She works alone. Li Wei owns the hall. He opens it. He locks it. He cleans it. Her studio is small. She was born in 1990.", 1, "Mei Chen is 40"},
		// "arap" joins the parts of a Kalenjin name, like "van" or "bin".
		{"particle arap, president", "The office of President Daniel arap Moi, 71, who was born in 1924, gave the figures.", 1, "Daniel arap Moi is 71"},
		{"particle arap, runner", "Jonah arap Kiptoo, 50, who was born in 1960 in Eldoret, still runs.", 1, "Jonah arap Kiptoo is 50"},
		{"particle arap, teacher", "The school is led by Mary arap Chelimo, 40, who was born in 1970.", 1, "Mary arap Chelimo is 40"},
		// The first of two surnames names the person alone.
		{"double surname, father", "Deputy Mayor Rosaria Quintela Pazos opened the fair. Quintela, 51, once taught. Her father, Manuel Quintela, 84, makes wine.", 0, ""},
		{"double surname, born", "Ana Belén Ruiz Soto, 40, runs the lab. Ruiz was born in 1980 in Vigo.", 1, "45 or 46"},
		{"double surname, winery", "Marta Gil Ferrer runs the winery. Gil, 47, took over in 2010. Gil was born in 1970.", 1, "55 or 56"},
		// The subject of a clause coordinated after a comma or a semicolon
		// is a subject: a definite role there keeps the topic.
		{"coordinated clause, potter", "The kiln behind Hesper Dunn's cottage is old. On Monday it was cold, and the potter was on her knees. Callum Reid, 41, helped. The 70-year-old potter rested. Dunn was born in 1949.", 1, "Hesper Dunn is 70"},
		{"coordinated clause, baker", "The bakery of Rui Lopes is small. At dawn it was dark, but the baker was at the door. Ana Sousa, 30, served. The 50-year-old baker smiled. Lopes was born in 1960.", 1, "Rui Lopes is 50"},
		{"coordinated clause, semicolon", "The studio of Mei Chen is quiet. The hall was empty; the tuner was alone with the keys. Li Wei, 33, swept. The 40-year-old tuner left. Chen was born in 1970.", 1, "Mei Chen is 40"},
		{"coordinated clause, right", "The studio of Mei Chen is quiet. The hall was empty; the tuner was alone with the keys. Li Wei, 33, swept. The 55-year-old tuner left. Chen was born in 1970.", 0, ""},
		// Adjectives coordinated by a comma stay in the role's phrase.
		{"coordinate adjectives, luthier", "Born in 1980, Ada Vos repairs violins. The quiet, patient luthier was once a soloist. Tom Berg, 50, plays. The 40-year-old luthier works late.", 1, "Ada Vos is 40"},
		{"coordinate adjectives, shipwright", "Born in 1975, Oskar Lind builds boats. The tall, silent shipwright left school early. Eva Moe, 44, sails. The 60-year-old shipwright laughed.", 1, "Oskar Lind is 60"},
		{"coordinate adjectives, trainer", "Born in 1985, Nora Aziz trains horses. The small, cheerful trainer rises at four. Ian Roe, 29, rides. The 30-year-old trainer waved.", 1, "Nora Aziz is 30"},
		// "as the cellist of ..." is a role of the clause's subject.
		{"as the role, cellist", "Born in 1972, Liesbeth Maas mends cellos. She spent two decades as the cellist of a quartet. Pieter Maas, 60, helps. The 58-year-old cellist teaches.", 1, "Liesbeth Maas is 58"},
		{"as the role, chef", "Born in 1965, Anton Berg runs a bakery. He worked for years as the chef of a hotel. Ida Lunde, 30, helps. The 45-year-old chef rests.", 1, "Anton Berg is 45"},
		{"as the role, goalkeeper", "Born in 1990, Sara Holm coaches. She spent a decade as the goalkeeper of the national side. Tove Ek, 50, watched. The 28-year-old goalkeeper left.", 1, "Sara Holm is 28"},
		// A definite role derived from a verb is the subject of that verb
		// when the copy gave nobody the role.
		{"agent of the verb, winner", "Born in 1980, Maja Horvat won the prize on Monday. Jan Novak, 50, chaired the jury, and Ivo Rus, 60, read the verdict. The rules give the winner a grant. The 41-year-old winner thanked Novak.", 1, "Maja Horvat is 41"},
		{"agent of the verb, founder", "Born in 1975, Omar Said founded the firm in 2001. Lena Park, 40, runs sales, and Tim Cole, 52, runs finance. Investors praise the founder for his patience. The 45-year-old founder smiled.", 1, "Omar Said is 45"},
		{"agent of the verb, buyer", "Born in 1970, Jon Ek bought the mill in 2019. Ada Moe, 40, sold it, and Per Dahl, 61, advised her. The deal made the buyer rich. The 50-year-old buyer smiled.", 1, "Jon Ek is 50"},
		// Two roles joined by "and" before a name are both the person's;
		// once given, a role names that person in its later definite uses.
		{"coordinated roles, founder", "Funds will flow, founder and chief executive Achieng Odhiambo said. Odhiambo, 39, grew up in Kisumu. Brian Otieno, 34, and Samuel Kiprono, 60, joined the board. The 45-year-old founder spoke.", 1, "Achieng Odhiambo is 45"},
		{"coordinated roles, owner", "The cafe will close, owner and head chef Rui Lopes said. Lopes, 52, opened it in 2001. Ana Dias, 30, and Joao Reis, 61, work there. The 57-year-old owner wept.", 1, "Rui Lopes is 57"},
		{"coordinated roles, captain", "The side won at home, captain and head coach Lars Berg said. Berg, 41, played in Oslo. Per Moe, 30, and Ole Lie, 62, scored. The 45-year-old captain waved.", 1, "Lars Berg is 45"},
		{"given role, founder's", "Funds will flow, founder and chief executive Ama Mensah said. Mensah, 39, grew up in Accra. Kofi Boateng, 34, joined the board, and Efua Sarpong, 60, chairs it. The founder's path is long. She turned 45 last year.", 1, "Ama Mensah"},
		{"given role, is", "Funds will flow, founder and chief executive Ama Mensah said. Mensah, 39, grew up in Accra. Kofi Boateng, 34, joined the board, and Efua Sarpong, 60, chairs it. Staff praise the founder's drive. She is 45.", 1, "Ama Mensah is 45"},
		{"given role, turned", "Funds will flow, founder and chief executive Ama Mensah said. Mensah, 39, grew up in Accra. Kofi Boateng, 34, joined the board, and Efua Sarpong, 60, chairs it. The founder's office is small. She turned 45 in May.", 1, "Ama Mensah"},
	})
	checkFixtures(t, rules.AgeYear)
}

// TestAgeYearHandMade builds the analyses by hand: the rule reads only them.
func TestAgeYearHandMade(t *testing.T) {
	s := "Smith, 54, was born in 1975."
	p := &analysis.Pass{
		Text:      s,
		Reference: analysis.Reference{Date: time.Date(2026, 3, 3, 0, 0, 0, 0, time.UTC), Source: "flag"},
		Entities: entities.Analysis{
			People:   []entities.Person{{Name: "Smith", Surname: "Smith", Mentions: []int{0}}},
			Mentions: []entities.Mention{{Span: entities.Span{Start: 0, End: 5}, Text: "Smith", Person: 0}},
			Ages:     []entities.Age{{Span: entities.Span{Start: 7, End: 9}, Text: "54", Value: 54, Person: 0, By: 0}},
			Births:   []entities.Birth{{Span: entities.Span{Start: 23, End: 27}, Text: "1975", Year: 1975, Person: 0, By: 0}},
		},
	}
	fs := rules.AgeYear.Run(p)
	require.Len(t, fs, 1)
	assert.Contains(t, fs[0].Message, "Smith is 54 here, but someone born 1975 is 50 or 51")
	assert.Equal(t, 23, fs[0].Related[0].Start)

	p.Reference.Assumed = true
	assert.Empty(t, rules.AgeYear.Run(p), "no birth-year check against an assumed date")
}

// TestAgeYearComparedKin: "the older sister" is one of two sisters by
// their ages, not the one last called a sister; so an age given of it is
// nobody's the copy can tell.
func TestAgeYearComparedKin(t *testing.T) {
	runCases(t, rules.AgeYear, []ruleCase{
		{"older brother", "Pavel Horak, 42, runs the garage. His brother, Jan Horak, 35, keeps the books. The older brother was 22 when he opened the garage in 2006.", 0, ""},
		{"younger sister", "Ada Lind, 30, won the final on Sunday. Her sister, Eva Lind, 36, coaches her. The younger sister was 18 when she won her first title in 2014.", 0, ""},
		{"eldest son", "Omar Haddad, 61, founded the bakery. His son, Karim Haddad, 30, bakes the bread. The eldest son was 25 when he took over the shop in 2016.", 0, ""},
		{"the brother", "Pavel Horak, 42, runs the garage. His brother, Jan Horak, 35, keeps the books. The brother was 22 when he opened the garage in 2006.", 1, "Jan Horak"},
	})
}

// TestAgeYearDescriptionBeforeClosingVerb: "the 65-year-old laughed." is
// an age description whose verb closes the clause, though a tagger may
// read the verb as a participle after a long fronted phrase.
func TestAgeYearDescriptionBeforeClosingVerb(t *testing.T) {
	runCases(t, rules.AgeYear, []ruleCase{
		{"laughed", "Gwenllian Pryce, 63, will retire this month. Asked what she would do with the rest of her days, the 65-year-old laughed.", 1, "65"},
		{"hesitated", "Ines Okafor, 47, took the title on Sunday. Asked what she would change about the club if she could start again, the 49-year-old hesitated and said nothing.", 1, "49"},
		{"sighed", "Tomasz Wolny, 58, runs the bank's branch network. Pressed on whether the bank would cut more jobs before the end of the year, the 56-year-old sighed.", 1, "56"},
		{"agrees", "Gwenllian Pryce, 63, will retire this month. Asked what she would do with the rest of her days, the 63-year-old laughed.", 0, ""},
	})
}

// TestAgeYearAgedSurnameOfAFamily: "the 45-year-old Brandt" is the one
// the surname alone means, the person the relatives were introduced
// around; the age is no description that picks one of the family.
func TestAgeYearAgedSurnameOfAFamily(t *testing.T) {
	runCases(t, rules.AgeYear, []ruleCase{
		{"baker", "Lena Brandt, 42, opened the bakery in May. Her son, Paul Brandt, 19, works there at weekends. The 45-year-old Brandt said trade was slow.", 1, "Lena Brandt is 45"},
		{"rider", "Marco Ferri, 35, took the stage on Sunday. His brother, Luca Ferri, 31, rode for him all day. \"It was perfect,\" the 37-year-old Ferri said.", 1, "Marco Ferri is 37"},
		{"councillor", "Ana Ruiz, 61, leads the council. Her husband, Pedro Ruiz, 64, teaches at the school. The 60-year-old Ruiz was re-elected on Sunday.", 1, "Ana Ruiz is 60"},
		{"port", "Kofi Mensah, 50, runs the port. His daughter, Ama Mensah, 24, is an engineer there. On Monday the 52-year-old Mensah said the port would grow.", 1, "Kofi Mensah is 52"},
		{"agrees", "Lena Brandt, 42, opened the bakery in May. Her son, Paul Brandt, 19, works there at weekends. The 42-year-old Brandt said trade was slow.", 0, ""},
	})
}

// TestAgeYearWillBeAtATime: "will be 70 in June" is an age reached at a
// stated time, as "turns 70 in June" is.
func TestAgeYearWillBeAtATime(t *testing.T) {
	runCases(t, rules.AgeYear, []ruleCase{
		{"mayor", "Mayor Jorge Salgueiro, who will be 70 in June, stepped down on Monday. Salgueiro was born in 1952 in Monte Raso.", 1, "will be 70 in June"},
		{"coach", "Coach Ines Varga will be 45 in May. Varga was born in 1978 in Pécs.", 1, "will be 45 in May"},
		{"author", "The author, Tomas Lind, who will be 80 in November, lives in Umeå. Lind was born in 1949.", 1, "will be 80 in November"},
		{"right", "Mayor Jorge Salgueiro, who will be 70 in June, stepped down on Monday. Salgueiro was born in 1956 in Monte Raso.", 0, ""},
	})
}

// TestAgeYearDelayedLead: a lead that describes its subject without a
// name ("acquitted the 61-year-old retired nurse") names her when the next
// sentence opens ("Hedwig Aigner had been charged ...").
func TestAgeYearDelayedLead(t *testing.T) {
	runCases(t, rules.AgeYear, []ruleCase{
		{"nurse", "BRENNFELD, Austria, March 3, 2026 — A court on Thursday acquitted the 61-year-old retired nurse accused of stealing morphine.\n\nHedwig Aigner had been charged in May. She was born in 1958 in Sankt Wolfram.", 1, "Hedwig Aigner is 61"},
		{"fisherman", "KELSO, March 3, 2026 — Rescuers on Monday found the 47-year-old fisherman missing since Friday.\n\nTomas Reid was found on a ledge below the cliffs. He was born in 1970 in Eyemouth.", 1, "Tomas Reid is 47"},
		{"teacher", "ODDA, Norway, March 3, 2026 — Police have charged a 38-year-old teacher with fraud.\n\nIngrid Moe was arrested at her home on Tuesday. Born in 1981, she has taught at the school since 2010.", 1, "Ingrid Moe is 38"},
		{"someone else named", "KELSO, March 3, 2026 — Rescuers found the 47-year-old fisherman, the coastguard's chief, Ann Boyd, said.\n\nTomas Reid was found on a ledge. He was born in 1970 in Eyemouth.", 0, ""},
	})
}

// TestAgeYearFirmOfTheFamilyName: a name after "the owner of", "the
// founder of" is the organisation's, so a surname alone still means the
// one person of that name.
func TestAgeYearFirmOfTheFamilyName(t *testing.T) {
	runCases(t, rules.AgeYear, []ruleCase{
		{"atelier", "Ines Moreau, 45, is the founder of Atelier Moreau. Born in 1975, Moreau trained in Lyon.", 1, "Ines Moreau"},
		{"studio", "Sara Okafor, 40, is the founder of Studio Okafor. Born in 1975, Okafor trained in Lagos.", 1, "Sara Okafor"},
		{"bodega", "Ana Ruiz, 50, is the owner of Bodega Ruiz. Born in 1965, Ruiz grew up in Jerez.", 1, "Ana Ruiz"},
		{"right", "Ana Ruiz, 60, is the owner of Bodega Ruiz. Born in 1965, Ruiz grew up in Jerez.", 0, ""},
	})
}

// TestAgeYearSubjectWithAPhrase: an age whose subject ends in a phrase
// ("The owner of the bakery on Quay Street turned 60") is the age of the
// phrase's head.
func TestAgeYearSubjectWithAPhrase(t *testing.T) {
	runCases(t, rules.AgeYear, []ruleCase{
		{"owner", "Ana Lind runs the bakery. The owner of the bakery on Quay Street turned 60 in January. Lind was born in 1962.", 1, "turned 60 in January"},
		{"teacher", "Omar Haddad of the school on Mill Road turned 50 in February. Haddad was born in 1970.", 1, "turned 50 in February"},
		{"skipper", "Eva Moe of the ferry company in Kell turned 45 in January. Moe was born in 1975.", 1, "turned 45 in January"},
		{"right", "Ana Lind runs the bakery. The owner of the bakery on Quay Street turned 60 in January. Lind was born in 1966.", 0, ""},
	})
}

// TestAgeYearAgeWithANameInApposition: "The 31-year-old, Jonas
// Achterberg, was flown ..." gives the age of the name set off after it.
func TestAgeYearAgeWithANameInApposition(t *testing.T) {
	runCases(t, rules.AgeYear, []ruleCase{
		{"climber", "Rescuers reached the ridge at dawn. The 31-year-old, Jonas Achterberg, was flown to hospital. Achterberg was born in 1989.", 1, "Jonas Achterberg is 31"},
		{"cyclist", "The race finished in the rain. The 45-year-old, Ines Varga, won by a wheel. Varga was born in 1990.", 1, "Ines Varga is 45"},
		{"striker", "The club announced the deal on Friday. The 28-year-old, Tomas Lind, signed for two years. Lind was born in 1990.", 1, "Tomas Lind is 28"},
		{"right", "Rescuers reached the ridge at dawn. The 31-year-old, Jonas Achterberg, was flown to hospital. Achterberg was born in 1994.", 0, ""},
	})
}

// TestAgeYearDelayedLeadReported: the subject of a delayed lead may be
// named in the clause an official's verb of saying reports ("Judge Halina
// Wierzbicka said Zbigniew Kołodziej had ..."); the official, who has a
// role of her own, is not the lead's subject.
func TestAgeYearDelayedLeadReported(t *testing.T) {
	runCases(t, rules.AgeYear, []ruleCase{
		{"surveyor", "KRAKÓW, March 12, 2024 — A court on Monday sentenced a 58-year-old land surveyor to three years in prison.\n\nJudge Halina Wierzbicka said Zbigniew Kołodziej had redrawn the park's boundary. Born in 1962 in Nowy Targ, Kołodziej opened a practice in 2011.", 1, "Zbigniew Kołodziej is 58"},
		{"bookkeeper", "TARNÓW, March 12, 2024 — Prosecutors have charged a 44-year-old bookkeeper with embezzlement.\n\nProsecutor Adam Nowak told reporters that Ewa Lis had moved the money abroad. Lis was born in 1971 in Tarnów.", 1, "Ewa Lis is 44"},
		{"pilot", "GDYNIA, March 12, 2024 — A 39-year-old pilot was rescued from the sea on Sunday.\n\nCoastguard spokesman Piotr Wrona said Marek Zając was in good health. Zając was born in 1990 in Sopot.", 1, "Marek Zając is 39"},
		{"agrees", "GDYNIA, March 12, 2024 — A 39-year-old pilot was rescued from the sea on Sunday.\n\nCoastguard spokesman Piotr Wrona said Marek Zając was in good health. Zając was born in 1984 in Sopot.", 0, ""},
		{"titled lead", "LAGOS, March 12, 2024 — A 52-year-old High Court judge on Monday ordered the bureau to restore a family's title.\n\nJustice Folake Ade ordered a refund within 60 days. Born in 1966, Ade read law in Lagos.", 1, "Folake Ade is 52"},
		{"unroled name first", "GDYNIA, March 12, 2024 — A 39-year-old pilot was rescued from the sea on Sunday.\n\nPiotr Wrona said Marek Zając was in good health. Zając was born in 1990 in Sopot.", 0, ""},
	})
}

// TestAgeYearWhenNamedWas: ", when Khoury was 41" after a year dates the
// age as ", when she was 41" does, with the subject named in capitals.
func TestAgeYearWhenNamedWas(t *testing.T) {
	runCases(t, rules.AgeYear, []ruleCase{
		{"khoury", "AMMAN, May 3, 2023 — Rania Khoury was 29 when she founded the company in 2004. The firm listed its shares in 2012, when Khoury was 41.", 1, "born 1970 or 1971"},
		{"okafor", "ENUGU, May 3, 2023 — Chidi Okafor, 50, runs the mill. The mill opened in 2010, when Chidi Okafor was 30.", 1, "Chidi Okafor"},
		{"lund", "BERGEN, May 3, 2023 — Astrid Lund, 61, is retiring. She took over the yard in 1995, when Lund was 40.", 1, "Astrid Lund"},
		{"agrees", "AMMAN, May 3, 2023 — Rania Khoury was 29 when she founded the company in 2004. The firm listed its shares in 2012, when Khoury was 37.", 0, ""},
	})
}

// TestAgeYearFounderTitle: a noun with a person among its senses opening
// the sentence before a full name ("Founder Rania Khoury") is the
// person's role, not part of the name.
func TestAgeYearFounderTitle(t *testing.T) {
	runCases(t, rules.AgeYear, []ruleCase{
		{"founder", "AMMAN, May 3, 2023 — Founder Rania Khoury, 48, spoke first. Born in 1980, Khoury trained in Beirut.", 1, "Rania Khoury is 48"},
		{"father", "AMMAN, May 3, 2023 — Parish priest Tomas Ek, 70, spoke first. Born in 1940, Ek trained in Uppsala.", 1, "Tomas Ek is 70"},
		{"sculptor", "AMMAN, May 3, 2023 — Sculptor Ana Ruiz Vega, 52, spoke first. Born in 1950, Ruiz Vega trained in Seville.", 1, "Ana Ruiz Vega is 52"},
	})
}

// TestAgeYearFrontedDatedAge: a year fronted before an age set off by
// commas ("In 2009, aged 36, she left") gives the age of the subject
// after it in that year, whichever way the age is written.
func TestAgeYearFrontedDatedAge(t *testing.T) {
	runCases(t, rules.AgeYear, []ruleCase{
		{"aged", "NSUKKA, Dec. 2, 2024 — The chief midwife, Grace Eze, 56, trained in Enugu. In 2009, aged 36, she left for a rural post.", 1, "Grace Eze is 56"},
		{"at", "TOYAMA, Sept. 21, 2026 — Takeshi Moriyama, 54, leads the unit. In 2011, at 44, he led the recovery of four climbers.", 1, "Takeshi Moriyama is 54"},
		{"at the age of", "ANSAN, May 3, 2024 — Park Sung-ho, 78, is retiring. In 1979, at the age of 29, he founded the company.", 1, "Park Sung-ho is 78"},
		{"agrees", "NSUKKA, Dec. 2, 2024 — The chief midwife, Grace Eze, 51, trained in Enugu. In 2009, aged 36, she left for a rural post.", 0, ""},
		// after a clause the age is its subject's, whom a pronoun may leave unsure
		{"after clause", "PORTO, Sept. 23, 2027 — Rui Deveza, 58, runs the estate. Their father handed them the estate in 1993; the old man died in 2009, aged 81.", 0, ""},
	})
}

// TestAgeYearFrontedRelative: a fronted indefinite noun phrase with a
// relative clause ("A geophysicist who began her career in the Alps,
// she ...") describes the subject after its comma, so a later pronoun
// refers to that subject, not to a new person.
func TestAgeYearFrontedRelative(t *testing.T) {
	runCases(t, rules.AgeYear, []ruleCase{
		{"geophysicist", "TROMSØ, Feb. 17, 2026 — \"We found a fast trend,\" said Professor Ingrid Solheim, 52. A geophysicist who began her career on glaciers in the Alps, she has worked at the institute since 2001. She was born in 1969 in Hammerfest.", 1, "Ingrid Solheim is 52"},
		{"engineer", "GDAŃSK, Feb. 17, 2026 — Marta Wójcik, 40, runs the yard. An engineer who trained in Hamburg, she took over in 2015. She was born in 1975.", 1, "Marta Wójcik is 40"},
		{"farmer", "LYON, Feb. 17, 2026 — Paul Marchand, 66, grows walnuts. A farmer who planted the first trees himself, Marchand still climbs them. He was born in 1949.", 1, "Paul Marchand is 66"},
		{"agrees", "GDAŃSK, Feb. 17, 2026 — Marta Wójcik, 40, runs the yard. An engineer who trained in Hamburg, she took over in 2015. She was born in 1985.", 0, ""},
	})
}

// TestAgeYearRoleWhereHeld: a role with where it is held ("Its leader in
// the house, Farida Sheikh, 47,") is the title of the name apposed to it,
// not a person of its own a later pronoun may take.
func TestAgeYearRoleWhereHeld(t *testing.T) {
	runCases(t, rules.AgeYear, []ruleCase{
		{"leader", "PUNE, Nov. 20, 2023 — Most of the opposition voted against. Its leader in the house, Farida Sheikh, 47, called the levy a tax. She was born in 1979 in the old quarter.", 1, "Farida Sheikh is 47"},
		{"foreman", "LÓDŹ, Nov. 20, 2023 — The night shift walked out. The foreman at the mill, Jan Kos, 58, backed them. He was born in 1960 in Łódź.", 1, "Jan Kos is 58"},
		{"captain", "BERGEN, Nov. 20, 2023 — The crew was rescued. The captain on the trawler, Erik Lund, 39, was last off. He was born in 1990 in Ålesund.", 1, "Erik Lund is 39"},
		{"agrees", "PUNE, Nov. 20, 2023 — Most of the opposition voted against. Its leader in the house, Farida Sheikh, 44, called the levy a tax. She was born in 1979 in the old quarter.", 0, ""},
	})
}

// TestAgeYearThen: an age written "then 17" in apposition is the age at
// the time its sentence dates ("In 2001 Lee, then 17, became ...", "Ruiz,
// then 30, won the seat in 1998").
func TestAgeYearThen(t *testing.T) {
	runCases(t, rules.AgeYear, []ruleCase{
		{"fronted", "SEOUL, Jan. 30, 2025 — Lee Jae-won, 44, lost the final. In 2001 Lee, then 17, became the youngest 9-dan.", 1, "Lee Jae-won is 44"},
		{"after", "LIMA, Jan. 30, 2025 — Ana Ruiz, 50, is retiring. Ruiz, then 30, won the seat in 1998.", 1, "Ana Ruiz is 50"},
		{"comma year", "OSLO, Jan. 30, 2025 — Erik Lund, 61, skippers the boat. In 1990, Lund, then 19, bought his first trawler.", 1, "Erik Lund is 61"},
		{"agrees", "SEOUL, Jan. 30, 2025 — Lee Jae-won, 41, lost the final. In 2001 Lee, then 17, became the youngest 9-dan.", 0, ""},
	})
}

// TestAgeYearAgedAfterClause: an age set off after a dated clause ("He
// qualified as a doctor in 1994, aged 25,") is the clause's subject's at
// that time; after a death it is left alone, since copy tells the deaths
// of people it names in passing.
func TestAgeYearAgedAfterClause(t *testing.T) {
	runCases(t, rules.AgeYear, []ruleCase{
		{"aged", "ACCRA, Dec. 12, 2024 — Dr. Kwabena Asamoah, 50, leads the district. He qualified as a doctor in 1994, aged 25, and returned home.", 1, "Kwabena Asamoah is 50"},
		{"at the age of", "ANSAN, May 3, 2024 — Park Sung-ho, 78, is retiring. Park founded the company in 1979, at the age of 29, with a loan.", 1, "Park Sung-ho is 78"},
		{"at age", "PORTO, May 3, 2024 — Rui Lobo, 80, still walks the mill. He opened it in 1971, at age 24, in a rented shed.", 1, "Rui Lobo is 80"},
		{"death", "PORTO, Sept. 23, 2027 — Rui Deveza, 58, runs the estate. Their father handed it over in 1993; he died in 2009, aged 81.", 0, ""},
	})
}

// TestAgeYearQuoteGoesOn: an aged description attributing a quote that
// goes on from a speaker named just before it is that speaker, whatever
// role word it uses ("said Dr. Kwabena Asamoah, the health director. '...,'
// said the 50-year-old physician").
func TestAgeYearQuoteGoesOn(t *testing.T) {
	runCases(t, rules.AgeYear, []ruleCase{
		{"physician", "ACCRA, Dec. 12, 2024 — Cases fell to 37, said Dr. Kwabena Asamoah, the district's health director. \"It is early. But our ward has empty beds,\" said the 50-year-old physician. Asamoah was born in 1968.", 1, "Kwabena Asamoah is 50"},
		{"engineer", "OSLO, Dec. 12, 2024 — The tunnel opened late, said Kari Holm, the project's director. \"We lost a winter. Still, it is built,\" said the 47-year-old engineer. Holm was born in 1960.", 1, "Kari Holm is 47"},
		{"farmer", "LYON, Dec. 12, 2024 — The harvest was poor, said Paul Marchand, the cooperative's chairman. \"We lost half. Next year will be better,\" said the 66-year-old farmer. Marchand was born in 1950.", 1, "Paul Marchand is 66"},
	})
}

// TestAgeYearRestrictiveWho: an age in a relative clause of "who" with no
// comma before it ("a retired bus driver who ran the first edition in
// 2011, at 41") is the age of the person that noun describes.
func TestAgeYearRestrictiveWho(t *testing.T) {
	runCases(t, rules.AgeYear, []ruleCase{
		{"father", "SERRA ALTA, Sept. 22, 2025 — Born in 1997, Joana Figueiredo won again. She is coached by her father, Sérgio Figueiredo, a retired bus driver who ran the first edition in 2011, at 41.", 0, ""},
		{"uncle", "ODDA, Sept. 22, 2025 — Born in 1995, Ingrid Moe took the title. She trains with her uncle, Per Moe, a ferry captain who won it in 1990, at 30.", 0, ""},
		{"teacher", "LYON, Sept. 22, 2025 — Born in 2001, Léa Roux won the prize. Her mentor, Anne Roux, is a teacher who founded the club in 1985, at 25.", 0, ""},
	})
}

// TestAgeYearQuoteAboutSubject: a quote that speaks of the last subject in
// the third person ("'She runs smarter than I ever did,' said the
// 55-year-old") is spoken by someone else, the last other person named.
func TestAgeYearQuoteAboutSubject(t *testing.T) {
	runCases(t, rules.AgeYear, []ruleCase{
		{"father", "SERRA ALTA, Sept. 22, 2025 — Joana Figueiredo, 28, won on Sunday. She is coached by her father, Sergio Figueiredo.\n\n\"She runs smarter than I ever did,\" said the 55-year-old.", 0, ""},
		{"uncle", "ODDA, Sept. 22, 2025 — Ingrid Moe, 30, took the title. She is trained by her uncle, Bjørn Lund.\n\n\"She is tougher than I was,\" said the 61-year-old.", 0, ""},
		{"coach", "LYON, Sept. 22, 2025 — Léa Roux, 24, won the prize. She was coached by Anne Vidal, a former champion.\n\n\"She listens more than I did,\" said the 52-year-old.", 0, ""},
		// the speaker who says "I" of themself alone is the last subject
		{"self", "LYON, Sept. 22, 2025 — Léa Roux, 24, won the prize. She was coached by Anne Vidal.\n\n\"I worked for this,\" said the 52-year-old.", 1, "Léa Roux is 52"},
	})
}

// TestAgeYearYearThenAgeOf: a year right before "at the age of" gives
// the age then, whatever the step ("took over as director in 2014 at the
// age of 45").
func TestAgeYearYearThenAgeOf(t *testing.T) {
	runCases(t, rules.AgeYear, []ruleCase{
		{"director", "AMMAN, June 17, 2026 — Hospital director Dr. Samir Haddad, 62, opened the unit. Haddad took over as director in 2014 at the age of 45.", 1, "Samir Haddad is 62"},
		{"coach", "KUMASI, June 17, 2026 — Kwabena Asante, 44, was sacked. Asante took charge of the academy in 2015 at the age of 29.", 1, "Kwabena Asante is 44"},
		{"mayor", "BRAGA, June 17, 2026 — Mayor Rita Lobo, 51, cut the ribbon. Lobo won her first election in 2001 at the age of 20.", 1, "Rita Lobo is 51"},
		{"agrees", "AMMAN, June 17, 2026 — Hospital director Dr. Samir Haddad, 57, opened the unit. Haddad took over as director in 2014 at the age of 45.", 0, ""},
	})
}

// TestAgeYearLastSurnameWord: a surname read with its particle ("Maria da
// Conceição Ferreira") is also named by its last word ("Ferreira took
// over"), unless the particle makes that a parent's name ("Irfan bin
// Faizal" is no Faizal); and an age now is no one the copy told died.
func TestAgeYearLastSurnameWord(t *testing.T) {
	runCases(t, rules.AgeYear, []ruleCase{
		{"ferreira", "BEJA, Aug. 21, 2025 — Maria da Conceição Ferreira, 62, runs the cooperative. Ferreira took over in 2012 at the age of 45. Her daughter, Inês Ferreira, 31, is an agronomist.", 1, "Maria da Conceição Ferreira is 62"},
		{"santos", "BEJA, Aug. 21, 2025 — José dos Santos Lima, 70, farms olives. Lima planted the grove in 1990 at the age of 30.", 1, "José dos Santos Lima is 70"},
		{"bin", "IPOH, Nov. 6, 2024 — The bakery's founder, Faizal Ahmad, 52, still bakes. His son, Irfan bin Faizal, 24, runs the shop.", 0, ""},
		{"dead", "SKARVIK, Nov. 13, 2026 — Sverre Haugen founded the orchestra in 1968 at the age of 37. He conducted it for four decades and died in 2009, aged 78. His daughter, Ingrid Haugen, took over in 2010. The 60-year-old conductor has been married since 1991.", 0, ""},
	})
}

// TestAgeYearFrontedDefiniteOf: a fronted definite noun phrase with "of"
// ("The daughter of tenant farmers, she was 24 when ...") describes the
// subject after its comma, as an indefinite one does.
func TestAgeYearFrontedDefiniteOf(t *testing.T) {
	runCases(t, rules.AgeYear, []ruleCase{
		{"daughter", "VARGINHA, Feb. 3, 2024 — Graças Teixeira, 56, won the vote.\n\nThe daughter of tenant farmers, she was 24 when she took over a farm in 1989.", 1, "Graças Teixeira is 56"},
		{"son", "PORTO, Feb. 3, 2024 — Rui Lobo, 70, still fishes.\n\nThe son of a net-maker, he was 16 when he first went to sea in 1960.", 1, "Rui Lobo is 70"},
		{"grandson", "LYON, Feb. 3, 2024 — Paul Marchand, 45, runs the bakery.\n\nThe grandson of its founder, he was 30 when he took it over in 2000.", 1, "Paul Marchand is 45"},
	})
}

// TestAgeYearBothAged: "both aged two", "all aged 40" give the age of each
// of a group, no one person's.
func TestAgeYearBothAged(t *testing.T) {
	runCases(t, rules.AgeYear, []ruleCase{
		{"twins", "KIPTORO, April 24, 2025 — Mary Wambui, 29, waited in line with her twins, both aged two.", 0, ""},
		{"crew", "ODDA, April 24, 2025 — Captain Per Lund, 61, sailed with three deckhands, all aged 19.", 0, ""},
		{"sons", "LYON, April 24, 2025 — Anne Roux, 52, runs the farm with her two sons, each aged over 20.", 0, ""},
	})
}

// TestAgeYearDescriptionAfterOpeningPhrase: a description set off between
// an opening phrase and the subject ("Born in 1938, the daughter of a
// clerk, Wijesinghe published ...") is the subject, not a relative the
// copy called a daughter before.
func TestAgeYearDescriptionAfterOpeningPhrase(t *testing.T) {
	runCases(t, rules.AgeYear, []ruleCase{
		{"daughter", "GALLE, Sri Lanka, December 3, 2024 (Copydesk) — Seetha Perera, whose poems were read in schools, died on Sunday at her home. She was 86.\n\nHer daughter, Nirmala Perera-Silva, said the cause was heart failure.\n\nBorn on March 14, 1938, the daughter of a clerk at the tea factory, Perera published her first book in October 1961, when she was 23.\n\n\"She wrote every morning,\" Nirmala Perera-Silva, 58, said.", 0, ""},
		{"son", "BRAGA, Portugal, May 2, 2025 (Copydesk) — Joaquim Sousa, who built the town's first mill, died on Friday. He was 81.\n\nHis son, Rui Sousa-Lima, said the funeral would be private.\n\nRaised on a farm near Braga, the son of a miller, Sousa opened the mill in June 1970, when he was 26.\n\n\"He never took a day off,\" Rui Sousa-Lima, 52, said.", 0, ""},
		{"granddaughter", "ODENSE, Denmark, June 9, 2025 (Copydesk) — Karen Holm, the city's first woman mayor, died on Monday. She was 90.\n\nHer granddaughter, Sofie Holm-Berg, said she died in her sleep.\n\nBorn on May 2, 1935, the granddaughter of a ferryman on Funen, Holm won her first election in March 1966, when she was 30.\n\n\"She loved the harbour,\" Sofie Holm-Berg, 33, said.", 0, ""},
		{"still caught", "GALLE, Sri Lanka, December 3, 2024 (Copydesk) — Seetha Perera, whose poems were read in schools, died on Sunday at her home. She was 86.\n\nHer daughter, Nirmala Perera-Silva, said the cause was heart failure.\n\nBorn on March 14, 1938, the daughter of a clerk at the tea factory, Perera published her first book in October 1961, when she was 33.", 2, "Seetha Perera"},
	})
}

// TestAgeYearThenApposition: a role set beside a name by "then" ("Marjatta
// Lehtonen, then a young driver based at the depot, who ...") is the
// name's, held at the time told, and an age it carries ("Iriarte, then a
// 29-year-old programmer,") is the age of that time.
func TestAgeYearThenApposition(t *testing.T) {
	runCases(t, rules.AgeYear, []ruleCase{
		{"driver", "KOIVULAHTI, Finland, June 3, 2026 (Copydesk) — The last train was driven by Marjatta Lehtonen, then a young driver based at the depot, who took it to Sarkiniemi and back in December 2009, at the age of 29. Lehtonen, 41, now drives commuter trains.", 1, "Marjatta Lehtonen is 41"},
		{"nurse", "ODDA, Norway, June 3, 2026 (Copydesk) — The first patient was treated by Kari Moe, then a nurse trained in Bergen, who ran the ward alone in March 2010, at the age of 30. Moe, 40, now teaches.", 1, "Kari Moe is 40"},
		{"programmer", "LIMA, Peru, Oct. 4, 2025 (Copydesk) — The festival was founded in 2014 by Gustavo Iriarte, then a 29-year-old programmer at a cinema club, who has directed every edition since. Iriarte, 40, said the first year was hard.", 0, ""},
		{"engineer", "OSLO, Norway, Oct. 4, 2025 (Copydesk) — The bridge was designed in 2005 by Ola Berg, then a 35-year-old engineer at a small firm, who later founded his own. Berg, 55, still inspects it.", 0, ""},
		{"teacher", "ACCRA, Ghana, Oct. 4, 2025 (Copydesk) — The school was opened in 2001 by Ama Owusu, then a 28-year-old teacher from Kumasi, who ran it for two decades. Owusu, 52, retired in June.", 0, ""},
	})
}

// TestAgeYearSubjectAfterCapitalDateline: the first name after a
// dateline's dash is its sentence's subject, whatever the dateline's
// capitals were read as ("SANTA LUZIA DO TAPAJÓS, ... — Joana Magalhães
// won"), so "the 29-year-old winner" is the one who won.
func TestAgeYearSubjectAfterCapitalDateline(t *testing.T) {
	runCases(t, rules.AgeYear, []ruleCase{
		{"do", "SANTA LUZIA DO TAPAJÓS, Brazil, Sept. 8, 2025 (Copydesk) — Joana Magalhães won the half marathon on Sunday.\n\nLuíza Magalhães, 24, was second. The 29-year-old winner crossed the line with both arms raised.", 0, ""},
		{"may", "SAN JOSÉ DE MAYO, Uruguay, Sept. 8, 2025 (Copydesk) — Ana Ferreira won the road race on Sunday.\n\nLucía Ferreira, 22, was second. The 31-year-old winner thanked her coach.", 0, ""},
		{"will", "PORT WILL, Canada, Sept. 8, 2025 (Copydesk) — Kari Olsen won the sprint on Sunday.\n\nInga Olsen, 19, was second. The 27-year-old winner has won it three times.", 0, ""},
	})
}

// TestAgeYearLeadObjectNamed: a lead that tells of its subject as the
// object of an act ("convicted a land surveyor") is named as an object
// after it, past an official who opens the next sentence ("Judge Halina
// Wójcik found Zbigniew Malinowski guilty"); not the agent of a passive.
func TestAgeYearLeadObjectNamed(t *testing.T) {
	runCases(t, rules.AgeYear, []ruleCase{
		{"surveyor", "NOWY BRZEG, Poland, March 12, 2024 (Copydesk) — A regional court on Tuesday convicted a land surveyor of falsifying maps.\n\nJudge Halina Wójcik found Zbigniew Malinowski guilty. The 58-year-old surveyor was also barred from practising.\n\nBorn in 1963 in Jasielsko, Zbigniew Malinowski trained as a geodesist.", 1, "58"},
		{"nurse", "GRAZ, Austria, March 12, 2024 (Copydesk) — A court on Monday acquitted a retired nurse of theft.\n\nJudge Karl Huber cleared Hedwig Aigner of all charges. The 61-year-old nurse wept.\n\nAigner was born in 1950 in Leoben.", 1, "61"},
		{"driver", "PORTO, Portugal, March 12, 2024 (Copydesk) — A court on Friday fined a bus driver for speeding.\n\nJudge Ana Reis ordered Rui Tavares to pay 800 euros. The 44-year-old driver said he would appeal.\n\nTavares was born in 1970 in Braga.", 1, "44"},
		{"passive agent", "DRAVNIK, Slovenia, Feb. 10, 2027 (Copydesk) — Surgeons performed a double bypass on a 67-year-old retired lorry driver from Lesce.\n\nThe operation was led by Dr. Hana Kovač, 58, the chief surgeon.", 0, ""},
	})
}
