package dates

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/copydesk/copydesk/checker/tense"
)

// only returns the single expression Resolve finds in text.
func only(t *testing.T, text string, ref time.Time, opts Options) (Expr, bool) {
	t.Helper()
	xs := Resolve(text, ref, opts)
	if !assert.Len(t, xs, 1, "%q: %v", text, xs) {
		return Expr{}, false
	}
	return xs[0], true
}

func TestResolveKinds(t *testing.T) {
	tests := []struct {
		text, expr, value string
		from, to          string // "" when not resolved to an interval
		typ               Type
	}{
		// full and partial dates
		{"Feb. 4, 2026", "Feb. 4, 2026", "2026-02-04", "2026-02-04", "2026-02-05", Date},
		{"on 4 February 2026", "4 February 2026", "2026-02-04", "2026-02-04", "2026-02-05", Date},
		{"in February 2026", "February 2026", "2026-02", "2026-02-01", "2026-03-01", Date},
		{"on Sept. 30, 2025", "Sept. 30, 2025", "2025-09-30", "2025-09-30", "2025-10-01", Date},
		{"filed 2026-02-04", "2026-02-04", "2026-02-04", "2026-02-04", "2026-02-05", Date},
		{"filed 2/4/2026", "2/4/2026", "2026-02-04", "2026-02-04", "2026-02-05", Date},
		{"on March 3rd", "March 3rd", "2026-03-03", "2026-03-03", "2026-03-04", Date},
		{"the 3rd of March", "3rd of March", "2026-03-03", "2026-03-03", "2026-03-04", Date},
		// years, decades, centuries
		{"in 2025", "2025", "2025", "2025-01-01", "2026-01-01", Date},
		{"in the 1990s", "the 1990s", "199", "1990-01-01", "2000-01-01", Date},
		{"the early 1990s", "the early 1990s", "199", "1990-01-01", "1994-01-01", Date},
		// weekdays
		{"Wednesday morning", "Wednesday morning", "2026-02-04", "2026-02-04", "2026-02-05", Date},
		{"last Wednesday", "last Wednesday", "2026-01-28", "2026-01-28", "2026-01-29", Date},
		{"next Monday", "next Monday", "2026-02-09", "2026-02-09", "2026-02-10", Date},
		{"this Friday", "this Friday", "2026-02-06", "2026-02-06", "2026-02-07", Date},
		// today and friends
		{"yesterday", "yesterday", "2026-02-03", "2026-02-03", "2026-02-04", Date},
		{"tonight", "tonight", "2026-02-04TNI", "2026-02-04", "2026-02-05", Time},
		{"last night", "last night", "2026-02-03TNI", "2026-02-03", "2026-02-04", Time},
		{"tomorrow afternoon", "tomorrow afternoon", "2026-02-05TAF", "2026-02-05", "2026-02-06", Time},
		// this/last/next units, months, seasons
		{"this week", "this week", "2026-W06", "2026-02-02", "2026-02-09", Date},
		{"last month", "last month", "2026-01", "2026-01-01", "2026-02-01", Date},
		{"next year", "next year", "2027", "2027-01-01", "2028-01-01", Date},
		{"this November", "this November", "2026-11", "2026-11-01", "2026-12-01", Date},
		{"last November", "last November", "2025-11", "2025-11-01", "2025-12-01", Date},
		{"next spring", "next spring", "2026-SP", "2026-03-01", "2026-06-21", Date},
		{"last spring", "last spring", "2025-SP", "2025-03-01", "2025-06-21", Date},
		{"earlier this month", "earlier this month", "2026-02", "2026-02-01", "2026-02-05", Date},
		{"later this year", "later this year", "2026", "2026-02-04", "2027-01-01", Date},
		// halves, quarters, seasons
		{"the first half of 2025", "the first half of 2025", "2025-H1", "2025-01-01", "2025-07-01", Date},
		{"the first six months of the year", "the first six months of the year", "P6M", "2026-01-01", "2026-07-01", Duration},
		{"H1 2025", "H1 2025", "2025-H1", "2025-01-01", "2025-07-01", Date},
		{"Q3 2025", "Q3 2025", "2025-Q3", "2025-07-01", "2025-10-01", Date},
		{"the third quarter of last year", "the third quarter of last year", "2025-Q3", "2025-07-01", "2025-10-01", Date},
		{"summer 2024", "summer 2024", "2024-SU", "2024-06-01", "2024-09-23", Date},
		// parts of periods
		{"mid-2025", "mid-2025", "2025", "2025-05-01", "2025-09-01", Date},
		{"late November", "late November", "2025-11", "2025-11-20", "2025-12-01", Date},
		{"the beginning of March", "the beginning of March", "2026-03", "2026-03-01", "2026-03-11", Date},
		{"the end of the year", "the end of the year", "2026", "2026-12-15", "2027-01-01", Date},
		// offsets and spans
		{"three days ago", "three days ago", "2026-02-01", "2026-02-01", "2026-02-02", Date},
		{"a year ago", "a year ago", "2025", "2025-01-01", "2026-01-01", Date},
		{"in three days", "in three days", "2026-02-07", "2026-02-07", "2026-02-08", Date},
		{"within six months", "within six months", "P6M", "2026-02-04", "2026-08-05", Duration},
		{"over the past 12 months", "the past 12 months", "P12M", "2025-02-04", "2026-02-05", Duration},
		{"in recent weeks", "in recent weeks", "PXW", "2026-01-01", "2026-02-05", Duration},
		{"in the coming days", "in the coming days", "PXD", "2026-02-04", "2026-02-15", Duration},
		// open intervals and ranges
		{"since 2022", "since 2022", "2022", "2022-01-01", "2026-02-05", Date},
		{"from 2019 to 2022", "from 2019 to 2022", "2019", "2019-01-01", "2023-01-01", Date},
		{"between 2020 and 2022", "between 2020 and 2022", "2020", "2020-01-01", "2023-01-01", Date},
		{"the 2024-25 budget", "2024-25", "2024", "2024-01-01", "2026-01-01", Date},
		{"the summit will be held Nov. 10-11", "Nov. 10-11", "2026-11-10", "2026-11-10", "2026-11-12", Date},
		// durations and sets
		{"for three years", "three years", "P3Y", "", "", Duration},
		{"for 2 1/2 years", "2 1/2 years", "P2Y6M", "", "", Duration},
		{"spent 5 1/2 hours there", "5 1/2 hours", "PT5H30M", "", "", Duration},
		{"it took a minute and a half", "a minute and a half", "PT1M30S", "", "", Duration},
		{"for two and a half weeks", "two and a half weeks", "P2.5W", "", "", Duration},
		{"in the last twenty four hours", "the last twenty four hours", "PT24H", "2026-02-04", "2026-02-05", Duration},
		{"a decade", "a decade", "P10Y", "", "", Duration},
		{"a two-year contract", "two-year", "P2Y", "", "", Duration},
		{"every week", "every week", "P1W", "", "", Set},
		{"fiscal 2025", "fiscal 2025", "2025", "2025-01-01", "2026-01-01", Date},
		// references
		{"now", "now", "PRESENT_REF", "", "", Date},
	}
	for _, tt := range tests {
		x, ok := only(t, tt.text, newsRef, Options{})
		if !ok {
			continue
		}
		assert.Equal(t, tt.expr, x.Text, tt.text)
		assert.Equal(t, tt.value, x.Value, tt.text)
		assert.Equal(t, tt.typ, x.Type, tt.text)
		if tt.from == "" {
			assert.False(t, x.Resolved, tt.text)
			continue
		}
		if assert.True(t, x.Resolved, tt.text) {
			assert.Equal(t, tt.from, x.From.Format("2006-01-02"), tt.text)
			assert.Equal(t, tt.to, x.To.Format("2006-01-02"), tt.text)
		}
	}
}

func TestFalseDates(t *testing.T) {
	for _, text := range []string{
		"She sat down with reporters.",
		"The sat nav failed on the Sat road.",
		"Officials may announce the decision soon.",
		"Protesters plan to march on the capital.",
		"Trump spoke to reporters at Mar-a-Lago.",
		"The Sun reported the story first.",
		"Jan Kowalski, a spokesman, declined to comment.",
		"The Senate passed the bill 52-48.",
		"He said the second round of talks was productive.",
		"The 5 a side tournament drew 300 fans.",
		"The 6-year-old boy was unharmed.",
		"Three-quarters of voters agreed.",
		"Prices fall in spring of discontent.",
		"It cost $2,000 and 1,990 people came.",
		"April Ryan, a reporter, asked the question.",
		"United scored twice in the second half to win.",
		"He was 45 years old.",
		"Room 1984 was booked.",
		"Black Friday sales were strong.",
		"He told CBS's ''60 Minutes'' he was innocent.",
		"Baker said on ABC's \"This Week\" that talks would go on.",
		"For Poland, high noon has come.",
		"Short-term rates rose near the close.",
		"He hid in the days before the vote.",
		"He scored 24 and 25.",
		"It is a lesson for today's youth.",
		"The quarter-to-quarter comparison was flattered by charges.",
		"United scored in the first half of the match.",
		"The Bulls led by ten in the fourth quarter of the game.",
		"A columnist for The Sunday Telegraph broke the story.",
		"The probe will fly past the asteroid 2008 PL2.",
		"She wore a Wednesday Addams costume.",
		"Tests found bacteria in the spring that feeds the reservoir.",
		// a minute or an hour from the copy's day is an idiom, no date
		"The party won the group's support at the last minute.",
		"He scored in the last minute of stoppage time.",
		"The deal was saved by a last minute change of heart.",
	} {
		assert.Empty(t, Resolve(text, newsRef, Options{}), text)
	}
}

func TestAnaphora(t *testing.T) {
	text := "The talks began on Wednesday, Jan. 28. The day before, envoys met. In 2019 the plan stalled; that year it was shelved."
	xs := Resolve(text, newsRef, Options{})
	byText := map[string]Expr{}
	for _, x := range xs {
		byText[x.Text] = x
	}
	db := byText["The day before"]
	assert.Equal(t, "2026-01-27", db.Value)
	assert.Equal(t, 0, db.Anchor)
	assert.Contains(t, db.Resolution, `from "Wednesday, Jan. 28" in line 1`)
	fw := Resolve("The vote was on Monday, Jan. 26. The following week, the law passed.", newsRef, Options{})
	if assert.Len(t, fw, 2) {
		assert.Equal(t, "2026-W06", fw[1].Value)
		assert.Equal(t, 0, fw[1].Anchor)
	}
	pf := Resolve("Shares closed lower Friday, down 4% from the previous Friday. They met on Tuesday, Jan. 6, and again the following Monday.", newsRef, Options{})
	if assert.Len(t, pf, 4) {
		assert.Equal(t, "2026-01-23", pf[1].Value)
		assert.Equal(t, 0, pf[1].Anchor)
		assert.Equal(t, "2026-01-12", pf[3].Value)
		assert.Equal(t, 2, pf[3].Anchor)
	}
	fm := Resolve("Jobs rose in the first nine months of 2025.", newsRef, Options{})
	if assert.Len(t, fm, 1) && assert.Len(t, fm[0].Parts, 2) {
		assert.Equal(t, "the first nine months", fm[0].Parts[0].Text)
		assert.Equal(t, "P9M", fm[0].Parts[0].Value)
		assert.Equal(t, "2025", fm[0].Parts[1].Text)
		assert.Equal(t, "2025", fm[0].Parts[1].Value)
	}
	ad := Resolve("The summit will be held on April 24 and 25.", newsRef, Options{})
	if assert.Len(t, ad, 2) {
		assert.Equal(t, "25", ad[1].Text)
		assert.Equal(t, "2026-04-25", ad[1].Value)
	}
	ya := Resolve("Net fell to $2 million from $3 million a year ago. Sales were flat compared with a year earlier.", newsRef, Options{})
	if assert.Len(t, ya, 2) {
		assert.Equal(t, "2025", ya[0].Value)
		assert.Equal(t, "2025", ya[1].Value, "the same comparison period, not 2024")
	}
	nm := Resolve("The talks ended on Monday, Feb. 2. The next morning, envoys left.", newsRef, Options{})
	if assert.Len(t, nm, 2) {
		assert.Equal(t, "2026-02-03TMO", nm[1].Value)
	}
	ty := byText["that year"]
	assert.Equal(t, "2019", ty.Value)
	assert.True(t, ty.Relative)
}

func TestWeekdayStatedInvalidAndAppositive(t *testing.T) {
	x, ok := only(t, "on Wednesday, Feb. 5, 2026", newsRef, Options{})
	if ok {
		assert.True(t, x.WeekdayStated)
		assert.Equal(t, time.Wednesday, x.StatedWeekday)
		assert.Equal(t, time.Thursday, x.From.Weekday())
		assert.True(t, x.HasYear && x.HasMonth && x.HasDay)
	}
	x, ok = only(t, "due Feb. 30", newsRef, Options{})
	if ok {
		assert.False(t, x.Resolved)
		assert.Contains(t, x.Invalid, "28 days")
	}
	xs := Resolve("resigned on Monday (Feb. 3) and yesterday, Feb. 4", newsRef, Options{})
	if assert.Len(t, xs, 4) {
		assert.Equal(t, 1, xs[0].Appositive)
		assert.Equal(t, 3, xs[2].Appositive)
		assert.True(t, xs[0].BareWeekday)
	}
	x, ok = only(t, "on 2/4/2026", newsRef, Options{DayFirst: true})
	if ok {
		assert.Equal(t, "2026-04-02", x.Value)
	}
}

func TestYearChoiceWithoutTense(t *testing.T) {
	jan5 := time.Date(2027, 1, 5, 0, 0, 0, 0, time.UTC)
	x, ok := only(t, "Dec. 29", jan5, Options{})
	if ok {
		assert.Equal(t, "2026-12-29", x.Value)
	}
	x, ok = only(t, "May 9", newsRef, Options{})
	if ok {
		assert.Equal(t, "2026-05-09", x.Value)
	}
}

// TestTenseConventions checks the news conventions that read the tense of
// the clause (through package tense).
func TestTenseConventions(t *testing.T) {
	tests := []struct{ text, value string }{
		{"The talks ended Friday.", "2026-01-30"},
		{"The leaders will meet Friday.", "2026-02-06"},
		{"The treaty was signed in November.", "2025-11"},
		{"The minister will visit in January.", "2027-01"},
		{"The minister will visit in March.", "2026-03"},
		{"The deal was signed on Dec. 12.", "2025-12-12"},
		{"Lawyers will appeal Wednesday's ruling.", "2026-02-04"},
		{"Lawyers will fight Monday's ruling.", "2026-02-02"},
		{"The envoy could arrive as soon as Friday.", "2026-02-06"},
		{"Protesters planned a rally on Thursday.", "2026-02-05"},
		{"Buyers were likely to pounce as soon as trading opened Monday.", "2026-02-09"},
		{"The prosecutor has scheduled a news conference Thursday.", "2026-02-05"},
		{"Protesters planned a rally on Monday.", "2026-02-02"},
		{"The agency has given the family until 9 a.m. Thursday to sign.", "2026-02-05T09:00"},
		{"Lenders have extended the company loans through March.", "2026-03"},
		{"The fund has fallen 2% through Jan. 30.", "2026-01-30"},
		{"The strike began 41 years ago.", "1985"},
		// the present simple of a verb of taking place: a scheduled event,
		// still ahead, however far ("futurate present")
		{"The trade fair opens in Tarnwick on Oct. 6.", "2026-10-06"},
		{"The trial resumes on Sept. 30 after a summer break.", "2026-09-30"},
		{"The festival runs from Aug. 10 in the old port.", "2026-08-10"},
		{"Voting begins in November, officials say.", "2026-11"},
		{"The fair opened in Tarnwick on Oct. 6.", "2025-10-06"},
		{"Shares of the fair's owner rose on Oct. 6.", "2025-10-06"},
		{"The bank is continuing to sell itself under an October agreement.", "2025-10"},
	}
	for _, tt := range tests {
		x, ok := only(t, tt.text, newsRef, Options{})
		if ok {
			assert.Equal(t, tt.value, x.Value, "%s (%s %q)", tt.text, x.Tense, x.TenseCue)
		}
	}
}

func TestMoreKinds(t *testing.T) {
	tests := []struct{ text, expr, value string }{
		{"on Christmas Eve", "Christmas Eve", "2025-12-24"},
		{"the show airs on Tuesdays", "Tuesdays", "XXXX-WXX-2"},
		{"the offer had been scheduled to expire at midnight Monday", "midnight Monday", "2026-02-02T24:00"},
		{"music of the '80s", "the '80s", "198"},
		{"Prices hit their highest level in six months.", "in six months", "P6M"},
		{"The latest figures will be released in two weeks.", "in two weeks", "2026-W08"},
		{"Leaders met at the 2025 G7 summit.", "2025", "2025"},
		{"The minister resigned two weeks ago.", "two weeks ago", "2026-W04"},
		{"The terminal will open on Monday, Jan. 5.", "Monday, Jan. 5", "2027-01-05"},
		{"It will be her first visit in four years.", "in four years", "P4Y"},
		// hours with no tense to look ahead: how long something took
		{"The flood, caused by 112 millimetres of rain falling in three hours, damaged 86 houses.", "in three hours", "PT3H"},
		{"A record, with 40 centimetres of snow in six hours, closed the pass.", "in six hours", "PT6H"},
		{"The fire, spreading across 300 hectares in five hours, forced an evacuation.", "in five hours", "PT5H"},
		{"The results will be announced in three hours.", "in three hours", "2026-02-04"},
		{"It sank exactly two weeks ago.", "two weeks ago", "2026-01-21"},
		{"It was first scheduled to launch on Sunday, Jan. 11.", "Sunday, Jan. 11", "2026-01-11"},
		{"acquisitions in the next 12 to 18 months", "12 to 18 months", "PXM"},
		{"It took three or four days.", "three or four days", "PXD"},
		{"The library was closed Dec. 28-Jan. 3.", "Dec. 28-Jan. 3", "2025-12-28"},
		{"in the late '70s", "late '70s", "197"},
		{"through the last half of the '80s", "the last half of the '80s", "198"},
		{"in the first half of the 1990s", "the first half of the 1990s", "199"},
		{"it posted net for the third quarter of $2 million", "the third quarter", "2025-Q3"},
		{"rallies on Tuesday nights", "Tuesday nights", "XXXX-WXX-2TNI"},
		{"The day before last Tuesday, he left.", "The day before last Tuesday", "2026-02-02"},
		{"Stores opened the day after Christmas.", "the day after Christmas", "2025-12-26"},
		{"by Thanksgiving 2026", "Thanksgiving 2026", "2026-11-26"},
		{"in nineteen ninety-six", "nineteen ninety-six", "1996"},
		{"in the nineties", "the nineties", "199"},
		{"in June last year", "June last year", "2025-06"},
		{"this year's third quarter", "this year's third quarter", "2026-Q3"},
		{"the 1988 third quarter", "the 1988 third quarter", "1988-Q3"},
		{"the last half of 1989", "the last half of 1989", "1989-H2"},
		{"at 5 p.m. EST, Nov. 6", "5 p.m. EST, Nov. 6", "2025-11-06T17:00"},
		{"the current quarter", "the current quarter", "2026-Q1"},
		{"the last decade", "the last decade", "201"},
		{"several years ago", "several years ago", "PAST_REF"},
		{"a few years ago", "a few years ago", "PAST_REF"},
		{"a week or so ago", "a week or so ago", "2026-W05"},
		{"for a couple of years", "a couple of years", "P2Y"},
		{"at least two more weeks", "two more weeks", "P2W"},
		{"for an additional year", "an additional year", "P1Y"},
		{"Eight trading days after that", "Eight trading days", "P8D"},
		{"a 20th century democrat", "20th century", "19"},
		{"the 11th-century temple", "11th-century", "10"},
		{"Campaigns will intensify before Election Day.", "Election Day", "2026-11-03"},
		{"an offering in the near future", "the near future", "FUTURE_REF"},
		{"to placate holders in the short term", "the short term", "FUTURE_REF"},
		{"they hurt more these days", "these days", "PRESENT_REF"},
		{"liquidate it as soon as possible", "as soon as possible", "FUTURE_REF"},
		{"offerings at a later date", "a later date", "FUTURE_REF"},
		{"sales in the weeks ahead", "the weeks ahead", "PXW"},
		{"many changed over the years", "the years", "PXY"},
		{"shares fell in mid-afternoon yesterday", "mid-afternoon yesterday", "2026-02-03TAF"},
		{"trading was light by mid-morning", "mid-morning", "2026-02-04TMO"},
		{"the meeting ended at 3 in the afternoon", "3 in the afternoon", "2026-02-04T15:00"},
		{"Islam will one day be the largest faith", "one day", "FUTURE_REF"},
		{"He had been in the job one day", "one day", "P1D"},
		{"after a day-long meeting", "a day-long", "P1D"},
		{"a decades-long battle", "a decades-long", "PXDE"},
		{"the fair held each July", "each July", "XXXX-07"},
		{"the floods that come every spring", "every spring", "XXXX-SP"},
	}
	for _, tt := range tests {
		x, ok := only(t, tt.text, newsRef, Options{})
		if ok {
			assert.Equal(t, tt.expr, x.Text, tt.text)
			assert.Equal(t, tt.value, x.Value, tt.text)
		}
	}
	// a time dated by the weekday after an aside keeps its own span
	xs := Resolve("The blast occurred at about 10:35 a.m. (0735 GMT) Monday.", newsRef, Options{})
	if assert.Len(t, xs, 2) {
		assert.Equal(t, "10:35 a.m.", xs[0].Text)
		assert.Equal(t, "2026-02-02T10:35", xs[0].Value)
		assert.Equal(t, "2026-02-02", xs[1].Value)
	}
	// "three days later" is a day, and its length a part of its own
	xs = Resolve("The vote was on Monday, Feb. 2. Three days later, the law passed.", newsRef, Options{})
	if assert.Len(t, xs, 2) && assert.Len(t, xs[1].Parts, 1) {
		assert.Equal(t, "2026-02-05", xs[1].Value)
		assert.Equal(t, "Three days", xs[1].Parts[0].Text)
		assert.Equal(t, "P3D", xs[1].Parts[0].Value)
	}
	// a clock time alone is on the day just named, unless it is ahead
	xs = Resolve("The first blast hit on Friday, Jan. 30. At 10:40 a.m., a second followed. Talks will resume at 3 p.m.", newsRef, Options{})
	if assert.Len(t, xs, 3) {
		assert.Equal(t, "2026-01-30T10:40", xs[1].Value)
		assert.Equal(t, 0, xs[1].Anchor)
		assert.Equal(t, "2026-02-04T15:00", xs[2].Value)
	}
	// "Monday and Tuesday nights": both recur at night
	xs = Resolve("The clinic opens Monday and Tuesday nights.", newsRef, Options{})
	if assert.Len(t, xs, 2) {
		assert.Equal(t, "XXXX-WXX-1TNI", xs[0].Value)
		assert.Equal(t, "XXXX-WXX-2TNI", xs[1].Value)
	}
	// a year-ago period is the quarter just reported, a year back
	xs = Resolve("Profit rose in the third quarter of 2025 from the year-earlier quarter.", newsRef, Options{})
	if assert.Len(t, xs, 2) {
		assert.Equal(t, "2024-Q3", xs[1].Value)
		assert.Equal(t, 0, xs[1].Anchor)
	}
}

func TestWeekOfAndYearQuarter(t *testing.T) {
	x, ok := only(t, "during the week of March 6", newsRef, Options{})
	if ok {
		assert.Equal(t, "2026-W10", x.Value)
		assert.Equal(t, GrainWeek, x.Granularity)
	}
	xs := Resolve("Sales rose in the third quarter of 2025, above the 2024 quarter.", newsRef, Options{})
	if assert.Len(t, xs, 2) {
		assert.Equal(t, "2024-Q3", xs[1].Value)
	}
}

// TestQuarterlyReports covers the periods of an earnings story, each
// resolved against the quarter being reported.
func TestQuarterlyReports(t *testing.T) {
	ref := time.Date(1989, 10, 2, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text, expr, value string
	}{
		{"year-earlier ordinal quarter is one expression", "Profit rose from the year-earlier third quarter.",
			"the year-earlier third quarter", "1988-Q3"},
		{"comparable year-ago quarter", "Third-quarter net rose. In the comparable year-ago quarter, it fell.",
			"the comparable year-ago quarter", "1988-Q3"},
		{"the quarter a year ago", "Net fell in the third quarter. For the quarter a year ago, it rose.",
			"the quarter a year ago", "1988-Q3"},
		{"the corresponding period last year", "Net fell in the third quarter, against a gain for the corresponding period last year.",
			"the corresponding period last year", "1988-Q3"},
		{"a year ago sentences after the quarter", "Third-quarter profit rose 8%. Sales rose 2%. Costs fell. Margins were wider than a year ago.",
			"a year ago", "1988-Q3"},
		{"the latest quarter is not one still running", "It expects a fourth-quarter charge. In the latest quarter, it lost $2 million.",
			"the latest quarter", "1989-Q3"},
		{"the latest period is the quarter reported", "Its fiscal second quarter was strong. The latest period includes gains.",
			"The latest period", "1989-Q2"},
		{"the quarter is not spring's", "A strike began last spring. For the quarter, net fell.",
			"the quarter", "1989-Q3"},
		{"a month two months ahead in a past clause is last year's", "The company changed to a calendar year in December.",
			"December", "1988-12"},
		{"the quarter ended July 31 is mostly the second", "In the quarter ended July 31, sales rose.",
			"the quarter", "1989-Q2"},
		{"the first two quarters of a year are its first half", "Losses will last through the first two quarters of 1990.",
			"the first two quarters of 1990", "1990-H1"},
		{"the then current price is past", "Holders may buy at half the then current price.",
			"current", "PAST_REF"},
		{"the year-earlier nine months are last year's first nine", "Net for the year-earlier nine months rose.",
			"the year-earlier nine months", "P9M"},
		{"a month one month ahead in a past clause stays", "The company said sales rose in November.",
			"November", "1989-11"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got *Expr
			xs := Resolve(tt.text, ref, Options{})
			for i := range xs {
				if xs[i].Text == tt.expr {
					got = &xs[i]
				}
			}
			if assert.NotNil(t, got, "%q not found in %v", tt.expr, xs) {
				assert.Equal(t, tt.value, got.Value)
			}
		})
	}
}

// TestRestatedDateSharesTense: an absolute date restating the relative one
// before it takes its clause's tense, across the comma between them.
func TestRestatedDateSharesTense(t *testing.T) {
	ref := time.Date(2025, 1, 22, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ src, date string }{
		{"The firm will reopen the line to Cressington, which closed more than 60 years ago, in 1964.", "1964"},
		{"It will restore the hall, which burned down two decades ago, in 2004, to its old shape.", "2004"},
		{"The museum will show the mosaic, which was found 30 years ago, in 1995.", "1995"},
	} {
		xs := Resolve(c.src, ref, Options{})
		var before, restated Expr
		for i, x := range xs {
			if x.Text == c.date && i > 0 {
				before, restated = xs[i-1], x
			}
		}
		require.NotEmpty(t, restated.Text, c.src)
		assert.Equal(t, before.Tense, restated.Tense, c.src)
		assert.Equal(t, tense.Past, restated.Tense, c.src)
	}
}

// TestWeekdaySetFor: a day set "for" in a past clause whose stated weekday
// fits the publication year, not the year before, is this year's: the
// weekday decides.
func TestWeekdaySetFor(t *testing.T) {
	feb18 := time.Date(2025, 2, 18, 0, 0, 0, 0, time.UTC)
	for _, s := range []string{
		"The judge had heard the appeal and set the sentencing hearing for Tuesday, April 22.",
		"The council booked the hall for Saturday, May 10.",
		"Organisers had planned the parade for Sunday, June 1, the mayor said.",
	} {
		xs := Resolve(s, feb18, Options{})
		if assert.NotEmpty(t, xs, s) {
			x := xs[len(xs)-1]
			assert.Equal(t, 2025, x.From.Year(), s)
			assert.Equal(t, x.StatedWeekday, x.From.Weekday(), s)
		}
	}
	// A past clause with a weekday that fits neither year stays by tense.
	xs := Resolve("The judge set the hearing for Monday, April 22.", feb18, Options{})
	if assert.NotEmpty(t, xs) {
		assert.NotEqual(t, xs[0].StatedWeekday, xs[0].From.Weekday())
	}
}

// TestOwnedLastAndNext: "last" or "next" after an owner ranks the owner's
// own days or seasons; after an object pronoun it still counts from now.
func TestOwnedLastAndNext(t *testing.T) {
	for _, text := range []string{
		"He worked the signal box on the line's last day.",
		"The minister spent his last week in office abroad.",
		"The couple spent their last year in Lisbon quietly.",
	} {
		assert.Empty(t, Resolve(text, newsRef, Options{}), text)
	}
	assert.Len(t, Resolve("Officials told her last week that the plant would close.", newsRef, Options{}), 1)
}

// TestLastOfWhatFollows: "the last week of September", "the next day of
// the hearing" name the final or following one of what comes after "of",
// no time counted from the reference.
func TestLastOfWhatFollows(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"The harvest is expected to begin in the last week of September.", "September"},
		{"Talks broke down in the last week of the session.", ""},
		{"The vote came on the last day of March.", "March"},
	} {
		xs := Resolve(c.text, newsRef, Options{})
		for _, x := range xs {
			assert.NotContains(t, strings.ToLower(x.Text), "last", c.text)
		}
		if c.want != "" && assert.NotEmpty(t, xs, c.text) {
			assert.Equal(t, c.want, xs[len(xs)-1].Text, c.text)
		}
	}
	assert.Len(t, Resolve("Officials met last week in Oslo.", newsRef, Options{}), 1)
}

// TestDelayIsNoPart: "late" or "early" after a span ("a fortnight late",
// "two days early") says how far behind or ahead, no part of the period
// after it.
func TestDelayIsNoPart(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Pickers began a fortnight late this year.", "this year"},
		{"The ferry docked two days early this week.", "this week"},
		{"The monsoon came three weeks late this year, farmers said.", "this year"},
	} {
		got := Resolve(c.text, newsRef, Options{})
		require.NotEmpty(t, got, c.text)
		assert.Equal(t, c.want, got[len(got)-1].Text, c.text)
	}
}
