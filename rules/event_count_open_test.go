package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventCountOpenVerbs: a verb off the closed list counts events of the
// kind of the noun derived from it ("inspected on three occasions in 2025"
// and "the third inspection"), and "on N occasions" is a count.
func TestEventCountOpenVerbs(t *testing.T) {
	pub := time.Date(2026, 9, 15, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"The site was inspected on three occasions in 2025. The third inspection, carried out last month, found rust.", true},
		{"Police searched the warehouse twice in 2025. The second search, last month, found nothing.", true},
		{"Troops raided the camp two times in 2025. The second raid, last month, found arms.", true},
		{"The site was inspected on three occasions in 2025. The third inspection, carried out in December 2025, found rust.", false},
		{"Police searched the warehouse twice in 2026. The second search, last month, found nothing.", false},
		{"The mayor said twice in 2025 that the plant would close. The second statement came in May 2025.", false},
	})
}

// TestEventCountPhrasal: a phrasal verb names the event of its compound noun
// ("walk out" a walkout, "shut down" a shutdown), and an ordinal belongs to
// the series its kind was counted in, not to the last event told.
func TestEventCountPhrasal(t *testing.T) {
	pub := time.Date(2025, 11, 20, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"Drivers will walk out twice this year, the union said. A stoppage on Dec. 2 is planned. The second walkout was set for Jan. 12.", true},
		{"The plant will shut down twice this year. A strike on Dec. 2 may delay it. The second shutdown is set for Jan. 20.", true},
		{"Dockers will walk out twice this year. The first walkout is on Dec. 2. The second walkout was set for Jan. 12.", true},
		{"Drivers will walk out twice this year, the union said. A stoppage on Dec. 2 is planned. The second walkout was set for Dec. 12.", false},
		{"Drivers walked out of the meeting on Monday. The second walkout this year came on Dec. 12.", false},
	})
}

// TestEventCountAdjectives: a plain adjective between a count and its noun
// keeps the count ("two official visits", "three public hearings").
func TestEventCountAdjectives(t *testing.T) {
	checkFires(t, rules.EventCount, time.Date(2026, 9, 15, 0, 0, 0, 0, time.UTC), []fireCase{
		{"The court held three public hearings in 2025. The third hearing, last month, was closed.", true},
		{"The union staged two national strikes in 2025. The second strike came in March 2026.", true},
		{"Police made two large raids in 2025. The second raid, last month, freed four.", true},
		{"The court held three public hearings in 2025. The third hearing, in December 2025, was closed.", false},
	})
}

// TestEventCountOrdinalScopePastPlace: a period named from now after the
// place an ordinal trip goes to scopes the ordinal ("her second trip to
// the continent this year"), so an earlier trip told last year contradicts
// it; a month named by itself dates the trip instead.
func TestEventCountOrdinalScopePastPlace(t *testing.T) {
	pub := time.Date(1998, 8, 17, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"Albright's visit to Kenya, her second trip to the continent this year after a tour last December, ended on Sunday.", true},
		{"The minister's stop in Lima, his second trip to the region this year after a tour last November, was brief.", true},
		{"Mendes's visit to Lima, his second trip to the region this year after a tour last October, ended on Monday.", true},
		{"The envoy's talks in Lagos, her second trip to the region this year after a tour last December, ended on Friday.", true},
		{"Albright's visit to Kenya, her second trip to the continent this year after a tour in March, ended on Sunday.", false},
		{"Her second trip to Asia in September, after a tour of Japan last October, began on Monday.", false},
	})
}

// TestEventCountSupportVerbs: a support verb's count counts the event its
// object names ("carried out the operation on two occasions"), and that
// noun is an event of the copy afterwards ("the second operation").
func TestEventCountSupportVerbs(t *testing.T) {
	pub := time.Date(2026, 3, 18, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"The team carried out the operation on two occasions last year. The second operation, on Jan. 9, took six hours.", true},
		{"Inspectors conducted the audit twice in 2025. The second audit, on Feb. 2, found gaps.", true},
		{"The surgeons performed the procedure twice last year. The second procedure took place on Jan. 14.", true},
		{"The team carried out the operation on two occasions last year. The second operation, on Nov. 9, took six hours.", false},
		{"The new tram carried its first passengers twice last year. The second passengers boarded on Jan. 9.", false},
	})
}

// TestEventCountEarlierOfKin: an earlier event listed after "after" counts
// when it is of the same kind in other words ("second summit this year,
// after their meeting in Kiev last May"), and its date, after its own
// place, is its own, not the ordinal event's.
func TestEventCountEarlierOfKin(t *testing.T) {
	pub := time.Date(1998, 2, 14, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"The talks in Moscow were the presidents' second summit this year, after their meeting in Kiev last May.", true},
		{"Friday's blast was the mine's second explosion this year, after a blast in Oruro last November.", true},
		{"The raid was the police's second attack this year, after a bombing in Lima last October.", true},
		{"The talks in Moscow were the presidents' second summit this year, after their meeting in Kiev in January.", false},
		{"The raid was the second this year, after an ambush in Lima last October.", false},
	})
}
