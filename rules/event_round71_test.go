package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventSeriesPhase: a noun that names one part of a staged process
// only after an ordinal ("the second phase", "the first tranche") is one
// of a series, so its dates are held to its rank.
func TestEventSeriesPhase(t *testing.T) {
	pub := time.Date(2024, 12, 4, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Sequence, pub, []fireCase{
		{"The first phase of the tariff took effect on Oct. 15. Traders were angry. The second phase, which came into force on Oct. 1, doubled it.", true},
		{"The first tranche of the loan was paid on Sept. 20. Work resumed at once. The second tranche, released on Sept. 2, went to wages.", true},
		{"The first instalment reached farmers on Nov. 12. The second instalment, paid out on Nov. 3, was smaller.", true},
		{"The first wave of layoffs came on Aug. 30. The second wave, which came on Aug. 9, hit the depots.", true},
		{"The first phase of the tariff took effect on Oct. 1. Traders were angry. The second phase, which came into force on Oct. 15, doubled it.", false},
	})
}

// TestEventDateStartVerb: a verb phrase that names the start of a lasting
// event ("walked off the job", "downed tools", "walked out") dates its
// start, as the event noun's verb of starting does, even where the noun
// stands in a clause that another subject's verb governs.
func TestEventDateStartVerb(t *testing.T) {
	pub := time.Date(2024, 12, 4, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"Drivers walked off the job on Monday, Dec. 2. The walkout began on Nov. 29, union leaders said.", true},
		{"Drivers walked off the job on Monday, Dec. 2. Stallholder Awa Ndiaye said she had lost half her trade since the walkout began on Nov. 29.", true},
		{"Dockers walked out on Monday, Dec. 2. Shippers say the walkout, which started on Nov. 26, has cost millions.", true},
		{"Crews downed tools on Monday, Dec. 2. Officials said the strike began on Nov. 27 at the northern depot.", true},
		{"Drivers walked off the job on Monday, Dec. 2. Stallholder Awa Ndiaye said she had lost half her trade since the walkout began on Dec. 2.", false},
		{"Drivers walked off the job on Monday, Dec. 2. The walkout entered its third day on Wednesday.", false},
	})
}

// TestEventNounOwnSubject: an event noun that is the subject of its own
// verb takes no agent from the subject of the clause around it, so the
// speaker of a saying is no participant of the event.
func TestEventNounOwnSubject(t *testing.T) {
	pub := time.Date(2024, 12, 4, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"Nurses walked out on Nov. 11. Patient Ilse Varga said she had waited for weeks since the walkout began on Nov. 14.", true},
		{"Porters downed tools on Oct. 3. Exporter Tomas Berg said his fruit had rotted since the strike started on Oct. 7.", true},
		{"Crews walked off the job on Nov. 11. Grocer Ana Ruiz said prices had climbed since the strike began on Nov. 14.", true},
		{"Crews walked off the job on Nov. 11. Grocer Ana Ruiz said prices had climbed since the strike began on Nov. 11.", false},
	})
}

// TestDurationAnniversaryPastBound: the year an anniversary fell is a
// date of its own sentence, not a bound of another span there ("who ran
// the company until 2009").
func TestDurationAnniversaryPastBound(t *testing.T) {
	pub := time.Date(2024, 10, 9, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Duration, pub, []fireCase{
		{"Her father, who ran the firm until 2009, celebrated the 50th anniversary of its 1971 founding in 2021.", false},
		{"The choir, which sang at the cathedral until 1998, marked the 60th anniversary of its 1950 founding in 2010.", false},
		{"Ines Farah, who chaired the club until 2015, hosted the 40th anniversary of its 1979 opening in 2019.", false},
		{"Her father, who ran the firm until 2009, celebrated the 40th anniversary of its 1971 founding in 2021.", true},
	})
}

// TestEnumSharedSurname: two given names joined before one surname in a
// list of people name two people ("Aino and Liisa Kettunen"); a firm's
// name joined by "and" stays one.
func TestEnumSharedSurname(t *testing.T) {
	pub := time.Date(2023, 5, 16, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EnumCount, pub, []fireCase{
		{"Her band now has four members: Aino and Liisa Kettunen, Jari Mäkelä and Outi Rajala.", false},
		{"The club named five new coaches: Kofi and Ama Mensah, Ines Farah, Lars Eide and Pal Holm.", false},
		{"Three officers were decorated: Rui and Ana Sousa, and Tomas Berg.", false},
		{"Her band now has five members: Aino and Liisa Kettunen, Jari Mäkelä and Outi Rajala.", true},
		{"Three firms bid for the line: Brightwater and Crane Capital, Nordhavn Ventures and Solenne Partners.", false},
		{"Four investors backed it: Brightwater and Crane Capital, Nordhavn Ventures, Solenne Partners and the Kellsby Fund.", false},
	})
}

// TestEventDateDaysNameInstances: where the copy names several events of
// a kind each by its day ("Saturday's concert", "Sunday's concert"), a
// date before the noun names one more, not the same one twice.
func TestEventDateDaysNameInstances(t *testing.T) {
	pub := time.Date(2023, 5, 16, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"Kettunen plays on Friday night. Saturday's concert belongs to a choir, and Sunday's concert closes the festival. The May 19 concert sold out in a day.", false},
		{"Friday's heat went to Ruiz. Saturday's heat was rained off and Sunday's heat ran late. The May 19 heat drew the biggest crowd.", false},
		{"Thursday's hearing heard the police. Friday's hearing was closed, and Monday's hearing will hear the widow. The May 18 hearing lasted an hour.", false},
		{"Saturday's concert belongs to a choir. The May 19 concert sold out in a day.", true},
	})
}

// TestEventCountRankPastEarlier: a rank with no scope of its own counts
// the events the copy puts before the counted period too, so "his third
// visit" inside a year counted "twice" fits two visits the year before.
func TestEventCountRankPastEarlier(t *testing.T) {
	pub := time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"Abenov will visit Korea twice this year, in April and in October. He visited Korea twice in 2025, and the April trip will be his third visit to the country as president.", false},
		{"The band will tour Japan twice this year. It toured Japan twice in 2024, and the spring tour will be its third tour of Japan.", false},
		{"Inspectors will visit the plant twice this year. They inspected it twice in 2025, and the March visit will be their third.", false},
		{"Abenov will visit Korea twice this year, in April and in October. The April trip will be his third visit to the country this year.", true},
	})
}

// TestEventCountRankAfterLaterCount: an ordinal told after a second count
// of its kind ranks that count's series, not the first count's.
func TestEventCountRankAfterLaterCount(t *testing.T) {
	pub := time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"Abenov will visit Korea twice this year. He visited Korea twice in 2025. The first, in March, produced a deal.", false},
		{"The union will strike twice this spring. It struck three times in 2025. The first stoppage, in February, closed the port.", false},
		{"The agency will inspect the dam twice this year. It inspected the dam twice last year. The first inspection, in May, found cracks.", false},
		{"Abenov will visit Korea twice this year. The first visit, in March 2025, produced a deal.", true},
	})
}

// TestSequenceOwnedHeadless: "Her second, ..." after "Her first novel" a
// few sentences before is the second of that series, and the person the
// jury's chair named in passing is not "her".
func TestSequenceOwnedHeadless(t *testing.T) {
	pub := time.Date(2025, 10, 8, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Sequence, pub, []fireCase{
		{"The novelist Eunice Neto has won the prize. The jury, chaired by the poet Amílcar Chissano, praised the book. Her first novel, published in 2012, was a quiet success. Critics noticed. Her second, \"Salt Gardens\", came out in 2009.", true},
		{"The painter Ilse Varga opened a show. Her first exhibition, held in 2015, drew few visitors. She kept painting. Her second, in Vienna, opened in 2011.", true},
		{"The singer Tomas Berg won a prize. His first album, released in 2018, was shot in a week. It cost little. His second, \"Ice\", came out in 2016.", true},
		{"The singer Tomas Berg won a prize. His first album, released in 2016, was shot in a week. It cost little. His second, \"Ice\", came out in 2018.", false},
	})
}

// TestRoleAsOfVerbSubject: a role after "worked as" or "served as" is
// the verb's own subject's, even in a clause the sentence's subject does
// not head.
func TestRoleAsOfVerbSubject(t *testing.T) {
	pub := time.Date(2025, 10, 8, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.AgeYear, pub, []fireCase{
		{"Eunice Neto, 51, won the prize. The book is her first since she returned to Luanda in 2019, where she worked as a translator. The 47-year-old translator thanked the jury.", true},
		{"Ilse Varga, 40, opened the clinic. The town grew after she arrived in 2010, when she served as a nurse. The 44-year-old nurse spoke first.", true},
		{"Tomas Berg, 62, won the seat. He moved to Oslo in 1990, where he trained as an engineer. The 58-year-old engineer thanked voters.", true},
		{"Tomas Berg, 62, won the seat. He moved to Oslo in 1990, where he trained as an engineer. The 62-year-old engineer thanked voters.", false},
	})
}

// TestDurationItsAnniversaryOfDefinite: "its" before an anniversary in a
// clause no plain subject heads stands for the one noun of its sentence,
// opened by "the", whose founding the copy dates elsewhere.
func TestDurationItsAnniversaryOfDefinite(t *testing.T) {
	pub := time.Date(2024, 6, 19, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Duration, pub, []fireCase{
		{"Sales are up 30%, organisers said, as the festival that launched several directors marks its 25th anniversary. Prices rose. The festival was founded in 1994 by students.", true},
		{"Crowds are expected this weekend, when the museum beside the old harbour celebrates its 40th anniversary. It has 12 rooms. The museum opened in 1979 in a customs shed.", true},
		{"Fares will fall, the mayor said, as the tramway that links the two towns marks its 20th anniversary. The tramway was opened in 2000.", true},
		{"Sales are up 30%, organisers said, as the festival that launched several directors marks its 30th anniversary. Prices rose. The festival was founded in 1994 by students.", false},
	})
}

// TestEventDateUndatedVerbBetween: a verb of the event's kind with no date
// of its own ("they will vote against the plan") names no other instance,
// so a later dated noun still refers to the event dated first.
func TestEventDateUndatedVerbBetween(t *testing.T) {
	pub := time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventDate, pub, []fireCase{
		{"The assembly will vote on Tuesday, March 10, on the plan. Three members say they will vote against it. Ahead of the March 12 vote, the governor spoke.", true},
		{"The union will strike on Monday, March 9. Nurses said they would strike to protect pay. Before the March 11 strike, talks broke down.", true},
		{"The city will auction the land on Friday, March 13. Bidders hope to bid low. Before the March 16 auction, the council met.", true},
		{"The assembly will vote on Tuesday, March 10, on the plan. Three members say they will vote against it. Ahead of the March 10 vote, the governor spoke.", false},
	})
}

// TestEnumAppositionPastTime: names in apposition after a counted noun
// may follow a time adverbial ("four ferries next year, the MF Sølvøy,
// ...") and may each open with "the".
func TestEnumAppositionPastTime(t *testing.T) {
	pub := time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EnumCount, pub, []fireCase{
		{"It will retire four diesel ferries next year, the MF Sølvøy, the MF Kvitnes and the MF Bremsund, and replace them.", true},
		{"The port will close four quays this year, Haukevik, Storøy and Brenna, for repairs.", true},
		{"It sold two plants in 2024, the Lund Works, the Berg Mill and the Varga Foundry, for cash.", true},
		{"It will retire three diesel ferries next year, the MF Sølvøy, the MF Kvitnes and the MF Bremsund, and replace them.", false},
		{"Labour won six seats this year, the Christian Democrats five, the Greens four and the Liberals three.", false},
	})
}

// TestRestatedStake: a percentage a verb of holding takes ("owns 8.7% of
// Tsukimura") is the owner's stake, which "its 9.4% holding" restates;
// another owner's stake is another figure.
func TestRestatedStake(t *testing.T) {
	pub := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NumberRestated, pub, []fireCase{
		{"Tanjong Capital, a fund that owns 8.7% of Tsukimura, had argued for a buyback. Its partner said the fund would keep its 9.4% holding.", true},
		{"Orchid Partners holds 12.5% of Kessel Foods. Orchid later said it would not sell its 15.2% stake.", true},
		{"Lund Holdings owns an 8.7% stake in the brewery. Lund said it would keep its 9.4% holding.", true},
		{"Tanjong Capital owns 8.7% of Tsukimura. Rival fund Orchid Partners holds a 5.1% stake in the company.", false},
		{"Tanjong Capital owns 8.7% of Tsukimura. The fund said its 9.4% holding in Sakai Steel was not for sale.", false},
	})
}
