package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestAgeDelayedLeadTwoSentences: a lead that describes its subject
// without a name is joined to the person named at the opening of either
// of the next two sentences.
func TestAgeDelayedLeadTwoSentences(t *testing.T) {
	pub := time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"GRASSE, France, March 4, 2026 — A perfume house has bought 12 hectares of fields, its owner said on Tuesday. The purchase doubles its land. Grégoire Aubanel, who turned 60 last year, said the price was fair.\n\nThe 63-year-old owner said he would not sell.", true},
		{"BERGEN, Norway, March 4, 2026 — A vineyard has won a gold medal, its owner said on Friday. The medal is its first. Lucia Ferri, born in 1971, said the harvest was small.\n\nThe 49-year-old owner said prices would rise.", true},
		{"BERGEN, Norway, March 4, 2026 — A ferry firm has ordered two ships, its chief executive said on Monday. The order is worth 90 million euros. Anders Holm, 58, said the ships would run on batteries.\n\nThe 61-year-old chief executive said fares would not rise.", true},
		{"TORUN, Poland, March 4, 2026 — A baker has won the national bread prize, the jury said on Monday. The prize is worth 5,000 euros. Tomasz Wrona, 44, has run his shop since 2001.\n\nThe 44-year-old baker said he would keep his prices.", false},
	})
}

// TestAgeOwnedSubjectPresentsNobody: a sentence whose subject a person owns
// ("Her only defeat came against ... Arjun Raghunathan, 31") is about that
// person; a "She" after it keeps her, not the person it names.
func TestAgeOwnedSubjectPresentsNobody(t *testing.T) {
	pub := time.Date(2025, 3, 23, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"NANDIPUR, India, March 23, 2025 — Aditi Raghavan won the chess title on Saturday. Her only defeat came against the champion, Arjun Raghunathan, 31. She is 19 and studies in Pune.", false},
		{"LEEDS, England, March 23, 2025 — Mira Holt won the stage on Sunday. Her only defeat this month came against the Dutch rider Jan Vos, 27. She is 22 and rides for Leeds.", false},
		{"EVORA, Portugal, March 23, 2025 — Ines Duarte won the final easily. Her one loss of the season came against the veteran Rui Costa, 64. She is 41 and coaches juniors.", false},
	})
}

// TestAgeOwnerInApposition: an owner inside a phrase set beside a name
// ("Raghunathan, her opponent,") is someone else than that name's person,
// so it tells nothing of that person's gender.
func TestAgeOwnerInApposition(t *testing.T) {
	pub := time.Date(2025, 3, 23, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"NANDIPUR, India, March 23, 2025 — Aditi Raghavan, 19, won the title. Her defeat came against Arjun Raghunathan.\n\nSuresh Raghavan, now 48, was in the hall. Raghunathan, her opponent, is no relation; he is 31.", false},
		{"LEEDS, England, March 23, 2025 — Mira Holt, 22, won the stage. Her defeat came against Jan Vos.\n\nTom Holt, now 51, was at the finish. Vos, her rival, is no relation; he is 27.", false},
		{"EVORA, Portugal, March 23, 2025 — Ines Duarte, 41, won the vote. Her only loss came against Rui Costa.\n\nPaulo Duarte, now 70, was in the hall. Costa, her opponent, is no relation; he is 64.", false},
		{"TURKU, Finland, March 23, 2025 — Aino Lehto, 33, won the final. Her one defeat came against Mikko Salo.\n\nJuha Lehto, now 60, watched. Salo, her rival, is no relation; he is 29.", false},
	})
}

// TestAgePreviousHolder: "the previous director", like "the former
// director", is someone else than the one who holds the role now; so are
// "erstwhile" and "onetime" holders.
func TestAgePreviousHolder(t *testing.T) {
	pub := time.Date(2025, 3, 23, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"NANDIPUR, India, March 23, 2025 — Aditi Raghavan, 19, is the national chess champion. The previous champion, 48, watched from the hall.", false},
		{"LEEDS, England, March 23, 2025 — Tom Reyes, 29, is the club's captain. The previous captain, 35, now coaches the juniors.", false},
		{"MADRID, Spain, March 23, 2025 — Ana Gil, 52, is the museum's director. The previous director, 66, wrote its guide.", false},
		{"PORTO, Portugal, March 23, 2025 — Rui Pinto, 40, is the town's mayor. The erstwhile mayor, 72, runs a cafe.", false},
		{"GENT, Belgium, March 23, 2025 — Jan Peeters, 58, is the club's president. The onetime president, 81, still goes to matches.", false},
	})
}

// TestAgeQuoteGoesOn: a quote with no attribution of its own that goes on
// in the paragraph of an attributed one is the same speaker's, and "I am
// 75" in it is that speaker's age.
func TestAgeQuoteGoesOn(t *testing.T) {
	pub := time.Date(2026, 4, 14, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"KRAKOW, Poland, April 14, 2026 — Henryk Wielgosz, 73, rang the bells on Sunday.\n\n\"People think it is about strength,\" he said after the service. \"I am 75 and my shoulders know it.\"", true},
		{"LAGOS, Nigeria, April 14, 2026 — Ada Okafor, 52, runs the bakery.\n\n\"We bake at four,\" she said, wiping flour from her hands. \"I am 58 and I still love it.\"", true},
		{"LINZ, Austria, April 14, 2026 — The river rose overnight.\n\n\"The water came fast,\" said Lena Brandt, 44, the farm's owner. \"I'm 47 and I have never seen it so high.\"", true},
		{"KRAKOW, Poland, April 14, 2026 — Henryk Wielgosz, 73, rang the bells on Sunday.\n\n\"People think it is about strength,\" he said after the service. \"I am 73 and my shoulders know it.\"", false},
	})
}

// TestAgeFinestBirthDate: the finest birth date the copy gives a person
// stands for them: a day of birth over "was 29 when ... in 1998".
func TestAgeFinestBirthDate(t *testing.T) {
	checkFires(t, rules.AgeYear, time.Date(2025, 10, 6, 0, 0, 0, 0, time.UTC), []fireCase{
		{"SPLIT, Croatia, Oct. 6, 2025 — Dr. Teodora Vranjes, 56, found the mushroom.\n\nBorn on 11 October 1969 in Split, Vranjes came to Wales as a student. She was 29 when she first mapped the meadows in 1998.", true},
	})
	checkFires(t, rules.AgeYear, time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), []fireCase{
		{"MADRID, Spain, March 1, 2026 — Ana Ruiz, 42, leads the firm.\n\nShe was 30 when she joined it in 2015. Born on 20 December 1984 in Toledo, Ruiz studied law.", true},
		{"MADRID, Spain, March 1, 2026 — Ana Ruiz, 41, leads the firm.\n\nShe was 30 when she joined it in 2015. Born on 20 December 1984 in Toledo, Ruiz studied law.", false},
	})
	checkFires(t, rules.AgeYear, time.Date(2025, 11, 10, 0, 0, 0, 0, time.UTC), []fireCase{
		{"ACCRA, Ghana, Nov. 10, 2025 — Kofi Mensah, 60, opened the school.\n\nHe was 25 when he arrived in 1990. Born on 30 November 1965, Mensah trained as a teacher.", true},
	})
}

// TestAgeElderOfSurname: "the elder Šimůnek" or "The younger Pugh" is the
// eldest or youngest of the people of that surname, by the ages or birth
// years the copy gave them.
func TestAgeElderOfSurname(t *testing.T) {
	pub := time.Date(2025, 10, 6, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"BANWY, Wales, Oct. 6, 2025 — Rhodri Pugh, 27, found the mushroom with his father, Emrys Pugh, 71.\n\nThe younger Pugh, who turned 30 in August, studies botany.", true},
		{"BRNO, Czech Republic, Oct. 6, 2025 — Vojtech Simunek, 69, runs the works with his son, Jakub Simunek, 41.\n\nThe elder Simunek is 72 and still blows glass.", true},
		{"PORTO, Portugal, Oct. 6, 2025 — Ana Costa, 50, runs the shop with her daughter, Rita Costa, 24.\n\nThe older Costa turned 53 in May.", true},
		{"BANWY, Wales, Oct. 6, 2025 — Rhodri Pugh, 27, found the mushroom with his father, Emrys Pugh, 71.\n\nThe younger Pugh, who turned 27 in August, studies botany.", false},
	})
}

// TestAgeFrontedBirthOfElder: a fronted birth phrase may run on past an
// apposition to "the elder X", whom it dates.
func TestAgeFrontedBirthOfElder(t *testing.T) {
	pub := time.Date(2027, 2, 26, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"NOVY BOR, Czech Republic, Feb. 26, 2027 — Vojtech Simunek, who will be 70 in June, is retiring. His son, Jakub Simunek, 41, takes over.\n\nBorn in 1955 in Kamenicky Senov, a few kilometres south, the elder Simunek moved to Novy Bor as a child.", true},
		{"LINZ, Austria, Feb. 26, 2027 — Karl Brandt, 70, handed the bakery to his son, Max Brandt, 40.\n\nBorn in 1950 in Steyr, a town to the east, the elder Brandt opened the shop in 1979.", true},
		{"LAGOS, Nigeria, Feb. 26, 2027 — Ada Okafor, 30, and her mother, Ngozi Okafor, 58, run the clinic.\n\nBorn in 2001 in Enugu, a city in the east, the younger Okafor trained as a nurse.", true},
	})
}

// TestAgeIAmYearsOld: "I am 72 years old" in a quote is the speaker's age,
// as "I'm 72 years old" is.
func TestAgeIAmYearsOld(t *testing.T) {
	pub := time.Date(2026, 10, 5, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"TBILISI, Georgia, Oct. 5, 2026 — The flocks came down.\n\nLevan Beridze, 69, tends the flock. \"I am seventy-two years old,\" he said.", true},
		{"MADRID, Spain, Oct. 5, 2026 — The mill reopened.\n\nAna Ruiz, 50, runs the mill. \"I am 54 years old and still here,\" she said.", true},
		{"BERGEN, Norway, Oct. 5, 2026 — The ferry sailed.\n\n\"I am 61 years old,\" said Tomas Berg, 58, the ferry's captain.", true},
		{"TBILISI, Georgia, Oct. 5, 2026 — The flocks came down.\n\nLevan Beridze, 69, tends the flock. \"I am 69 years old,\" he said.", false},
	})
}
