package rules_test

import (
	"testing"

	"github.com/copydesk/copydesk/rules"
)

func TestNameVariant(t *testing.T) {
	runCases(t, rules.NameVariant, []ruleCase{
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
	})
	checkFixtures(t, rules.NameVariant)
}
