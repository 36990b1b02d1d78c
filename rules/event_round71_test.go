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
