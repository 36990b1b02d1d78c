package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestSequenceMemberBareMonthInItsCountsYear: a member's month written
// without its year, under a count of its year ("Two more cruises are
// planned for 2026 ... The second, in September"), is that year's, which
// the resolver cannot know: it is not read in another.
func TestSequenceMemberBareMonthInItsCountsYear(t *testing.T) {
	pub := time.Date(2026, 1, 21, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Sequence, pub, []fireCase{
		{"Two more cruises are planned for 2026. The first leaves Tromsø on Tuesday, March 3. The second, in September, will repeat last year's route.", false},
		{"Two more surveys are planned for 2026. The first starts on Monday, April 6. The second, in October, will cover the north.", false},
		{"Two more concerts are planned for 2026. The first is on Friday, Feb. 13. The second, in November, will close the season.", false},
	})
}

// TestWeekdayDateInTheYearItsSentenceNames: a day without its year whose
// stated weekday fits the year its sentence names before it ("in 2022 with
// a concert on Saturday, May 21") is in that year.
func TestWeekdayDateInTheYearItsSentenceNames(t *testing.T) {
	pub := time.Date(2025, 9, 12, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.WeekdayDate, pub, []fireCase{
		{"The choir celebrated its 60th anniversary in 2022 with a concert on Saturday, May 21.", false},
		{"The club marked its centenary in 2019 with a parade on Sunday, June 9.", false},
		{"The bridge reopened in 2021 with a ceremony on Friday, Oct. 15.", false},
		{"The choir celebrated its anniversary with a concert on Saturday, May 21.", true},
	})
}

// TestNameVariantBodyAFounderSetUp: what a verb of founding brings into
// being ("set up Wrona Budownictwo in 1994") is a firm, not a person, so
// its family name is no variant of the founder's.
func TestNameVariantBodyAFounderSetUp(t *testing.T) {
	pub := time.Date(2023, 3, 14, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.NameVariant, pub, []fireCase{
		{"Judge Sobczyk sentenced Tomasz Wrona, 61, on Monday. Born in 1961, Tomasz Wrona was 33 when he set up Wrona Budownictwo in 1994.", false},
		{"Aylin Demir, 52, spoke on Monday. Demir founded Demir Tekstil in 1998 with her brother.", false},
		{"Kofi Mensah, 47, spoke on Monday. Mensah established Mensah Logistik in 2005.", false},
	})
}

// TestSumTotalMarginIsNoWhole: a margin ("lost by 14 votes") is no whole
// that later figures are parts of.
func TestSumTotalMarginIsNoWhole(t *testing.T) {
	pub := time.Date(2024, 5, 16, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"The incumbent appears to have lost by 14 votes. The first recount narrowed the lead to 11 votes; the second put it back at 14.", false},
		{"The bill passed by 9 votes. A first count gave 7 votes; a second gave 12.", false},
		{"The team won by 6 points. At half-time the lead was 4 points; by the end it was 10.", false},
	})
}
