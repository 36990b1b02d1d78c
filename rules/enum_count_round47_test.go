package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEnumCountTitledNames: a list of names may give each its office or
// role in lower case before it ("secretary of state Madeleine Albright",
// "striker Tomas Berg"); each is still one item.
func TestEnumCountTitledNames(t *testing.T) {
	pub := time.Date(2025, 2, 13, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EnumCount, pub, []fireCase{
		{"Meanwhile, two senior officials -- secretary of state Madeleine Albright, Berger and defense secretary William Cohen -- announced plans to travel.", true},
		{"Two players -- striker Tomas Berg, goalkeeper Ivo Rasa and defender Luka Mir -- were dropped.", true},
		{"Two envoys -- ambassador Lena Holm, consul Piet Vos and deputy consul Ana Ruiz -- left the capital.", true},
		{"Two players -- striker Tomas Berg and goalkeeper Ivo Rasa -- were dropped.", false},
		{"Three ministers -- finance minister Ana Ruiz, foreign minister Juan Soto and health minister Eva Lind -- resigned.", false},
	})
}

// TestEnumCountGerundModifier: a gerund between two nouns of the counted
// phrase modifies the last ("three community nursing bases", "three cargo
// handling depots"), which the list after "in" then counts.
func TestEnumCountGerundModifier(t *testing.T) {
	pub := time.Date(2025, 5, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EnumCount, pub, []fireCase{
		{"The money will pay for three new community nursing bases in Ballykeeran, Drumcross, Lisnagore and Carrowmena, each staffed by two nurses.", true},
		{"The firm runs three cargo handling depots in Oslo, Bergen, Tromsø and Bodø.", true},
		{"The council will build two youth training centres in Ardee, Navan and Trim.", true},
		{"The firm runs three cargo handling depots in Oslo, Bergen and Bodø.", false},
	})
}

// TestEnumCountTheInsideAName: in a list closed by a serial comma, a bare
// "and" before "the" and one word is inside a name ("The Crow and the
// Kettle, and Mireille Dassault").
func TestEnumCountTheInsideAName(t *testing.T) {
	pub := time.Date(2025, 5, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EnumCount, pub, []fireCase{
		{"The festival named two headline acts: The Crow and the Kettle, and Mireille Dassault.", false},
		{"The league admitted two clubs: Harrow and the Vale, and Dunmore Athletic.", false},
		{"The gallery bought two paintings: The Ship and the Storm, and Winter Light.", false},
		{"The festival named two headline acts: The Crow, the Kettle, and Mireille Dassault.", true},
	})
}

// TestEnumCountPlacesPastTimeAfterVerb: the places things stand in may
// follow their verb past a time adverbial ("Two new vaccination centres
// opened last week in Kokobeng, Dwenkrom and Asuomanso").
func TestEnumCountPlacesPastTimeAfterVerb(t *testing.T) {
	pub := time.Date(2025, 5, 2, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EnumCount, pub, []fireCase{
		{"Two new vaccination centres opened last week in Kokobeng, Dwenkrom and Asuomanso, and mobile teams are reaching villages.", true},
		{"Three new clinics opened this month in Derby, Luton, York and Bath.", true},
		{"Two bakeries closed last month in Hull, Leeds and York.", true},
		{"Three new clinics opened this month in Derby, Luton and York.", false},
	})
}
